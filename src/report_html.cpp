#include "painjournal/report_html.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "painjournal/analysis_render.h"
#include "painjournal/html_page.h"
#include "painjournal/report_render.h"
#include "painjournal/report_words.h"
#include "painjournal/trial_html.h"
#include "painjournal/util.h"

namespace pj {

namespace {

std::string Stamp(const Time& t) {
  const Date d = LocalDate(t);
  return DayMonth(d) + " " + std::to_string(d.year) + " " + FormatClock(t);
}

// The entries of the report's days (journal days from the first Monday to
// the last Sunday), in time order.
std::vector<const Entry*> InPeriod(const ReportPageInput& in, const std::vector<Date>& days, int day_start_min) {
  std::vector<const Entry*> out;
  if (!in.entries || days.empty()) return out;
  const int64_t first = DaysFromCivil(days.front().year, days.front().month, days.front().day);
  const int64_t last = first + static_cast<int64_t>(days.size()) - 1;
  for (const Entry& e : *in.entries) {
    const int64_t d = JournalDay(e.at, day_start_min);
    if (d >= first && d <= last) out.push_back(&e);
  }
  std::stable_sort(out.begin(), out.end(), [](const Entry* a, const Entry* b) { return a->at.utc < b->at.utc; });
  return out;
}

// Who and when: the period, its entries, and one line a week (a week with
// nothing logged says so).
std::string Header(const std::vector<WeekReport>& weeks, const Time& now) {
  std::string h;
  const Date first = weeks.back().start, last = AddDays(weeks.front().start, 6);
  int entries = 0, days = 0;
  for (const WeekReport& w : weeks) {
    entries += w.entries;
    days += w.days_logged;
  }
  const bool so_far = weeks.front().current;
  h += "<section class=\"period\">\n";
  h += "<p><b>Period:</b> " + HtmlEsc(DayMonth(first)) + (first.year != last.year ? " " + std::to_string(first.year) : "") +
       " to " + HtmlEsc(DayMonth(last)) + " " + std::to_string(last.year) +
       (weeks.size() == 1 ? ", week " + HtmlEsc(weeks.front().week)
                          : fmt::format(", {} weeks ({} to {})", weeks.size(), HtmlEsc(weeks.back().week),
                                        HtmlEsc(weeks.front().week))) +
       (so_far ? (weeks.size() == 1 ? " (so far)" : ", the last one so far") : "") + ". ";
  h += fmt::format("<b>Entries:</b> {} on {} of {} days.</p>\n", Entries(entries), days, 7 * weeks.size());
  if (weeks.size() > 1) {
    h += weeks.size() > 6 ? "<ul class=\"weeks many\">\n" : "<ul class=\"weeks\">\n";  // many: in columns
    for (size_t i = weeks.size(); i-- > 0;) {
      const WeekReport& w = weeks[i];
      h += "<li>" + HtmlEsc(w.week) + (w.current ? " (so far)" : "") + ": " +
           (w.entries == 0 ? std::string("nothing logged this week.")
                           : fmt::format("{} on {} of 7 days.", Entries(w.entries), w.days_logged)) +
           "</li>\n";
    }
    h += "</ul>\n";
  } else if (weeks.front().entries == 0) {
    h += "<p>Nothing logged this week.</p>\n";
  }
  h += "<p class=\"note\">As of " + HtmlEsc(Stamp(now)) +
       ". Weeks run Monday to Sunday. Intensity is 0-10. Findings are associations in these records, not proof of "
       "cause; each number stands with its count and uncertainty.</p>\n</section>\n";
  return h;
}

// The pain timeline: every entry's intensity per site, and every passive
// and movement action marked.
std::string Timeline(const std::vector<const Entry*>& period, const std::vector<WeekView>& views,
                     const std::vector<Date>& days, const ReportPageInput& in, const AnalysisParams& p) {
  std::set<std::string> names;
  for (const WeekView& v : views)
    for (const SiteRow& s : v.sites) names.insert(s.site);
  std::vector<TimelinePoint> points;
  std::vector<TimelineMark> marks;
  for (const Entry* e : period) {
    if (e->site && e->intensity()) {
      points.push_back({e->at, *e->site, *e->intensity()});
      names.insert(*e->site);
    }
    if (!in.vocab || e->did.empty()) continue;
    std::vector<std::string> passive, movement;
    for (const std::string& a : e->did) {
      const ActionClass c = in.vocab->ClassOf(a);
      if (c == ActionClass::kPassive) passive.push_back(a);
      if (c == ActionClass::kMovement) movement.push_back(a);
    }
    if (!passive.empty()) marks.push_back({e->at, e->site, Join(passive, ", "), true});
    if (!movement.empty()) marks.push_back({e->at, e->site, Join(movement, ", "), false});
    if (e->site && (!passive.empty() || !movement.empty())) names.insert(*e->site);
  }
  std::string h = "<section class=\"timeline\">\n<h2>Pain timeline by site, with what was done</h2>\n";
  if (names.empty() && marks.empty()) return h + "<p>No pain and no relief logged in these weeks.</p>\n</section>\n";
  h += TimelineChart({names.begin(), names.end()}, points, marks, days, p.day_start_min, p.pain_threshold);
  return h + "</section>\n";
}

// The daily highest intensity per site, for a page made without entries.
std::string DailyChart(const std::vector<WeekReport>& weeks, const std::vector<WeekView>& views,
                       const std::vector<Date>& days) {
  std::set<std::string> names;
  for (const WeekView& v : views)
    for (const SiteRow& s : v.sites) names.insert(s.site);
  std::vector<std::string> site_names(names.begin(), names.end());
  std::vector<std::vector<double>> intensity(site_names.size());
  for (size_t wi = weeks.size(); wi-- > 0;)
    for (size_t k = 0; k < site_names.size(); ++k) {
      const SiteRow* found = nullptr;
      for (const SiteRow& s : views[wi].sites)
        if (s.site == site_names[k]) found = &s;
      for (size_t i = 0; i < 7; ++i)
        intensity[k].push_back(found && found->daily_max[i] ? static_cast<double>(*found->daily_max[i]) : NAN);
    }
  std::string h = "<section>\n<h2>Daily highest intensity by site</h2>\n";
  if (site_names.empty())
    h += "<p>No pain logged in these weeks.</p>\n";
  else
    h += LineChart(site_names, intensity, days, 10, "Daily highest intensity by site");
  return h + "</section>\n";
}

std::string LoadCharts(const std::vector<WeekReport>& weeks, const std::vector<WeekView>& views,
                       const std::vector<Date>& days) {
  const std::vector<LoadInfo>& loads = ReportLoads();
  std::vector<std::vector<double>> load_daily(loads.size());
  for (size_t wi = weeks.size(); wi-- > 0;)
    for (size_t k = 0; k < views[wi].loads.size(); ++k)
      for (size_t i = 0; i < 7; ++i) load_daily[k].push_back(views[wi].loads[k].daily[i]);
  std::string h = "<section class=\"load\">\n<h2>Load</h2>\n";
  auto any = [](const std::vector<double>& v) {
    return std::any_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); });
  };
  std::vector<std::string> charted;
  bool drawn = false;
  for (size_t k = 0; k < loads.size(); ++k) {
    const LoadInfo& l = loads[k];
    if (l.chart_heading.empty()) continue;
    charted.push_back(l.series);
    if (!any(load_daily[k])) continue;
    h += "<div class=\"keep\">\n<h3>" + HtmlEsc(l.chart_heading) + "</h3>\n" +
         LineChart({l.series}, {load_daily[k]}, days, l.chart_top, l.chart_label, l.chart_bars, 120) + "</div>\n";
    drawn = true;
  }
  if (!drawn) h += "<p>No " + HtmlEsc(Join(charted, " or ")) + " logged in these weeks.</p>\n";
  return h + "</section>\n";
}

// The period's notes, dated, by site (those without a site last).
std::string Notes(const std::vector<const Entry*>& period) {
  std::map<std::string, std::vector<const Entry*>> by_site;
  std::vector<const Entry*> unsited;
  for (const Entry* e : period) {
    if (!e->note || e->note->empty()) continue;
    (e->site ? by_site[*e->site] : unsited).push_back(e);
  }
  std::string h = "<section class=\"notes\">\n<h2>Notes</h2>\n";
  if (by_site.empty() && unsited.empty()) return h + "<p>No notes in these weeks.</p>\n</section>\n";
  auto group = [&](const std::string& heading, const std::vector<const Entry*>& list) {
    h += "<div class=\"keep\">\n<h3>" + heading + "</h3>\n<ul class=\"notes\">\n";
    for (const Entry* e : list) {
      const std::string intensity = e->intensity() ? fmt::format(", intensity {}", *e->intensity()) : "";
      h += "<li><span class=\"when\">" + HtmlEsc(DayMonth(LocalDate(e->at)) + " " + FormatClock(e->at)) +
           HtmlEsc(intensity) + "</span>: " + HtmlEsc(*e->note) + "</li>\n";
    }
    h += "</ul>\n</div>\n";
  };
  for (const auto& [site, list] : by_site) group(HtmlEsc(site), list);
  if (!unsited.empty()) group("No site given", unsited);
  return h + "</section>\n";
}

// One week's tables, as before the therapist's page: the week's figures.
std::string WeekTables(const WeekReport& w, const WeekView& v, const AnalysisParams& p) {
  std::string h = "<section class=\"week\">\n<h3>Week " + HtmlEsc(w.week) + ", " + HtmlEsc(WeekSpan(w.start)) +
                  (w.current ? " (so far)" : "") + "</h3>\n";
  h += fmt::format("<p>{} on {} of 7 days.</p>\n", Entries(w.entries), w.days_logged);
  if (w.entries == 0) h += "<p>Nothing logged this week.</p>\n";
  if (!v.nothing_to_compare) {
    h += "<div class=\"tables\">\n";  // side by side where they fit
    if (!v.sites.empty()) {
      h += "<table>\n<tr><th>Site</th><th>Mon-Sun</th><th>Episodes begun</th><th>Pain days</th>"
           "<th>Mean per entry</th><th>Highest</th><th>Week before</th></tr>\n";
      for (const SiteRow& s : v.sites) {
        const std::string change = SiteChange(s.mean_intensity);
        h += fmt::format("<tr><td>{}</td><td class=\"strip\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
                         "<td>{}</td></tr>\n",
                         HtmlEsc(s.site), HtmlEsc(Sparkline(s.daily_max)), s.episodes, s.pain_days,
                         OneDecimal(s.mean_intensity.now), s.max_intensity ? std::to_string(*s.max_intensity) : "-",
                         change.empty() ? "-" : change);
      }
      h += "</table>\n";
    } else if (w.entries > 0) {
      h += "<p>No pain logged at any site this week.</p>\n";
    }
    h += "<table>\n<tr><th>Load</th><th>This week</th><th>Week before</th></tr>\n";
    for (const LoadRow& l : v.loads) {
      const std::string arrow = Arrow(l.value.change);
      h += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", HtmlEsc(Capitalised(l.info->label)),
                       Figure(*l.info, l.value.now) + (arrow.empty() ? "" : " " + arrow),
                       Figure(*l.info, l.value.before));
    }
    h += "</table>\n</div>\n";
  }
  if (w.entries > 0 && w.actions.empty()) h += "<p>Done: nothing logged.</p>\n";
  if (!w.actions.empty())
    h += "<p>Done: " + HtmlEsc(DoneList(w)) +
         fmt::format(" (actions by class: passive {}, movement {}, other {}).</p>\n", w.passive_actions,
                     w.movement_actions, w.other_actions);
  if (w.passive > 0)
    h += "<p>Passive relief followed by movement within " + HumanSpan(p.followup_window) + ": " +
         HtmlEsc(Adherence(w)) + ".</p>\n";
  if (!w.open.empty()) {
    h += "<p>Follow-ups still open:</p>\n<ul>\n";
    for (const OpenFollowup& o : w.open) h += "<li>" + HtmlEsc(OpenLine(o)) + "</li>\n";
    h += "</ul>\n";
  }
  return h + "</section>\n";
}

// "2026-08-24 to 2026-11-20" of an analysis, or "" for an empty one.
std::string AnalysisSpan(const Analysis& a) {
  if (!a.first || !a.last) return "";
  const std::string first = FormatDate(LocalDate(*a.first)), last = FormatDate(LocalDate(*a.last));
  return first == last ? "on " + first : first + " to " + last;
}

}  // namespace

std::string ReportHtml(const std::vector<WeekReport>& weeks, const AnalysisParams& p, const Time& now,
                       const ReportPageInput& in) {
  const std::vector<WeekView> views = Views(weeks);
  std::vector<Date> days;  // of all weeks shown, oldest first
  for (size_t wi = weeks.size(); wi-- > 0;)
    for (int i = 0; i < 7; ++i) days.push_back(AddDays(weeks[wi].start, i));
  const std::string span = weeks.empty() ? std::string()
                                         : weeks.size() == 1 ? weeks.front().week
                                                             : weeks.back().week + " to " + weeks.front().week;
  std::string h = HtmlPageStart("Pain journal, " + span);
  h += "<h1>Pain journal, " + HtmlEsc(span) + "</h1>\n";
  if (weeks.empty()) return h + HtmlPageEnd();
  h += Header(weeks, now);
  const std::vector<const Entry*> period = InPeriod(in, days, p.day_start_min);
  h += in.entries ? Timeline(period, views, days, in, p) : DailyChart(weeks, views, days);

  // The running or finished n-of-1 trials of these weeks (issue 11).
  h += TrialsHtml(weeks.front().trials);

  if (in.analysis) {
    const Analysis& a = *in.analysis;
    h += AnalysisSections(
        a, "<p class=\"note\">" +
               HtmlEsc(fmt::format("Over the whole journal ({}, {}), not only the weeks of this page.",
                                   Entries(static_cast<int>(a.entries)), AnalysisSpan(a))) +
               "</p>\n");
  } else if (!weeks.front().findings.empty()) {
    h += "<section class=\"findings\">\n<h2>Findings over the whole journal</h2>\n<ul>\n";
    for (const std::string& f : weeks.front().findings) h += "<li>" + HtmlEsc(f) + "</li>\n";
    h += "</ul>\n</section>\n";
  } else if (weeks.front().findings_computed) {
    h += "<section class=\"findings\">\n<h2>Findings over the whole journal</h2>\n<p>" +
         HtmlEsc(Capitalised(NoFindings(weeks.front()))) + "</p>\n</section>\n";
  }
  h += LoadCharts(weeks, views, days);
  if (in.entries) h += Notes(period);
  h += "<h2>Week by week</h2>\n";
  for (size_t wi = 0; wi < weeks.size(); ++wi) h += WeekTables(weeks[wi], views[wi], p);
  return h + HtmlPageEnd();
}

std::string AnalysisHtml(const Analysis& a, const Time& now) {
  const AnalysisParams& p = a.params;
  std::string h = HtmlPageStart("Pain journal analysis");
  h += "<h1>Pain journal analysis</h1>\n<section class=\"period\">\n";
  h += "<p><b>Analysis of</b> " + HtmlEsc(Entries(static_cast<int>(a.entries))) +
       (a.first ? ", " + HtmlEsc(AnalysisSpan(a)) : std::string()) + fmt::format(
           ": {} episodes, {} passive relief {}.</p>\n", a.episodes.size(), a.treatments,
           a.treatments == 1 ? "entry" : "entries");
  h += "<p class=\"note\">" +
       HtmlEsc(fmt::format("As of {}. Pain threshold {}, episode gap {}, follow-up window {}, recurrence window {}, "
                           "lag {} d, day start {:02}:{:02}. Associations in these records, not proof of cause: n are "
                           "counts, CI 95% intervals, p from Fisher's exact test, q adjusted for the number of "
                           "factor comparisons (Benjamini-Hochberg).",
                           Stamp(now), p.pain_threshold, HumanSpan(p.episode_gap), HumanSpan(p.followup_window),
                           HumanSpan(p.recurrence_window), p.lag_days, p.day_start_min / 60, p.day_start_min % 60)) +
       "</p>\n</section>\n";
  h += AnalysisSections(a, "");
  return h + HtmlPageEnd();
}

}  // namespace pj
