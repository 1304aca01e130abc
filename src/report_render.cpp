#include "painjournal/report_render.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "painjournal/csv.h"
#include "painjournal/entry_json.h"
#include "painjournal/report_words.h"
#include "painjournal/util.h"

namespace pj {

// The words text and HTML share (report_words.h); the constants stay here.
namespace {

constexpr const char* kNoBreak = "\u00a0";  // two bytes in UTF-8

}  // namespace

std::string DayMonth(const Date& d) { return fmt::format("{} {} {}", WeekdayAbbrev(d), d.day, MonthAbbrev(d.month)); }

std::string OneDecimal(double v) { return std::isfinite(v) ? fmt::format("{:.1f}", v) : "-"; }

// ↑ ↓ = for the view's direction; "" for none.
std::string Arrow(Direction d) {
  switch (d) {
    case Direction::kUp: return "↑";
    case Direction::kDown: return "↓";
    case Direction::kSame: return "=";
    case Direction::kNone: break;
  }
  return "";
}

// A load's figure as text and HTML show it: a count whole, a mean to one
// decimal, "-" for none.
std::string Figure(const LoadInfo& info, double v) {
  if (info.count_days) return std::isfinite(v) ? std::to_string(static_cast<int>(std::lround(v))) : "-";
  return OneDecimal(v);
}

// A site's "vs week before" in text and HTML: "↓ from 3.0", or, for a site
// with no intensity this week but some the week before, "none, was 4.0";
// "" when there is nothing to compare.
std::string SiteChange(const VsWeekBefore& c) {
  if (c.change != Direction::kNone) return Arrow(c.change) + " from " + OneDecimal(c.before);
  if (!std::isfinite(c.now) && std::isfinite(c.before)) return "none, was " + OneDecimal(c.before);
  return "";
}

// "Stress (mean per day)" from "stress (mean per day)": HTML's labels begin a table row.
std::string Capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::vector<WeekView> Views(const std::vector<WeekReport>& weeks) {
  std::vector<WeekView> views;
  for (const WeekReport& w : weeks) views.push_back(ViewWeek(w));
  return views;
}

// "Mon 28 Dec 2026 to Sun 3 Jan 2027", or one year at the end.
std::string WeekSpan(const Date& monday) {
  const Date sunday = AddDays(monday, 6);
  if (monday.year == sunday.year) return DayMonth(monday) + " to " + DayMonth(sunday) + " " + std::to_string(sunday.year);
  return DayMonth(monday) + " " + std::to_string(monday.year) + " to " + DayMonth(sunday) + " " +
         std::to_string(sunday.year);
}

std::string Entries(int n) { return n == 1 ? "1 entry" : std::to_string(n) + " entries"; }

// "1 of 2 (50%); 1 still open", counting only treatments whose window closed
// or that were followed up.
std::string Adherence(const WeekReport& w) {
  const int decided = w.passive - w.pending;
  std::string out = decided > 0 ? fmt::format("{} of {} ({:.0f}%)", w.with_followup, decided,
                                              100.0 * w.with_followup / decided)
                                : std::string("none decided yet");
  if (w.pending) out += fmt::format("; {} still open", w.pending);
  return out;
}

// "massage 2, walk 3" with the count bound to its name (a no-break space
// between, which Wrap and HTML keep together; text replaces it after
// wrapping with PlainSpaces).
std::string DoneList(const WeekReport& w) {
  std::vector<std::string> done;
  for (const auto& [a, n] : w.actions) done.push_back(a + kNoBreak + std::to_string(n));
  return Join(done, ", ");
}

// Text for terminals and grep has plain spaces only: `grep "massage 2"`
// must find what the reader sees.
std::string PlainSpaces(std::string s) {
  for (size_t at = s.find(kNoBreak); at != std::string::npos; at = s.find(kNoBreak, at)) s.replace(at, 2, " ");
  return s;
}

// The one line said instead of findings, when none holds.
std::string NoFindings(const WeekReport& w) {
  if (w.comparisons_with_data == 0) return "not enough data yet.";
  return fmt::format("no clear difference in {} {} with enough data.", w.comparisons_with_data,
                     w.comparisons_with_data == 1 ? "comparison" : "comparisons");
}

std::string OpenLine(const OpenFollowup& o) {
  return fmt::format("{}{} {} {}: no movement logged yet, due by {} {}", o.action, o.site ? " (" + *o.site + ")" : "",
                     WeekdayAbbrev(LocalDate(o.at)), FormatClock(o.at), WeekdayAbbrev(LocalDate(o.due)),
                     FormatClock(o.due));
}

std::string Sparkline(const std::array<std::optional<int>, 7>& days) {
  static const char* const kBars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  std::string out;
  for (const auto& d : days) {
    if (!d) {
      out += ' ';
      continue;
    }
    int level = static_cast<int>(std::lround(std::clamp(*d, 0, 10) * 7 / 10.0));
    out += kBars[level];
  }
  return out;
}

// ---- Text ----

// Names from the journal (sites, actions) and the findings that quote them
// go through Visible where they enter the text, before padding and
// wrapping, so widths count what is shown and our own colours stay ours.
std::string ReportText(const std::vector<WeekReport>& weeks, const AnalysisParams& p, const TextStyle& s) {
  const std::vector<WeekView> views = Views(weeks);
  std::string out;
  for (size_t wi = 0; wi < weeks.size(); ++wi) {
    const WeekReport& w = weeks[wi];
    const WeekView& v = views[wi];
    if (wi) out += "\n";
    out += s.bold + "Week " + w.week + ", " + WeekSpan(w.start) + (w.current ? " (so far)" : "") + s.reset + "\n";
    out += fmt::format("{} on {} of 7 days.\n", Entries(w.entries), w.days_logged);
    if (w.entries == 0) out += "Nothing logged this week.\n";
    if (!v.nothing_to_compare) {
      out += "\n";
      if (!v.sites.empty()) {
        // Two header lines, so that each column says what it counts:
        // "episodes begun", "pain days", "mean per entry" (of every
        // intensity logged at the site that week), the highest, and the
        // mean the week before.
        out += s.bold + std::string(26, ' ') + AlignRight("episodes", 10) + AlignRight("pain", 6) +
               AlignRight("mean", 11) + s.reset + "\n";
        out += s.bold + PadRight("Pain", 18) + " MTWTFSS" + AlignRight("begun", 10) + AlignRight("days", 6) +
               AlignRight("per entry", 11) + AlignRight("highest", 9) + "  vs week before" + s.reset + "\n";
        for (const SiteRow& site : v.sites) {
          std::string row = "  " + PadRight(Visible(site.site), 16) + " " + Sparkline(site.daily_max) +
                            AlignRight(std::to_string(site.episodes), 10) +
                            AlignRight(std::to_string(site.pain_days), 6) +
                            AlignRight(OneDecimal(site.mean_intensity.now), 11) +
                            AlignRight(site.max_intensity ? std::to_string(*site.max_intensity) : "-", 9) + "  " +
                            SiteChange(site.mean_intensity);
          while (!row.empty() && row.back() == ' ') row.pop_back();
          out += row + "\n";
        }
        out += "\n";
      } else if (w.entries > 0) {
        out += "No pain logged at any site this week.\n\n";
      }
      out += s.bold + PadRight("Load", 28) + AlignRight("this week", 11) + AlignRight("week before", 13) + s.reset +
             "\n";
      for (const LoadRow& l : v.loads) {
        std::string row = "  " + PadRight(l.info->label, 26) + AlignRight(Figure(*l.info, l.value.now), 11) +
                          AlignRight(Figure(*l.info, l.value.before), 13) + "  " + Arrow(l.value.change);
        while (!row.empty() && row.back() == ' ') row.pop_back();
        out += row + "\n";
      }
    }
    if (w.entries > 0) {
      out += "\n";
      if (w.actions.empty()) {
        out += "Done: nothing logged.\n";
      } else {
        out += PlainSpaces(Wrap(Visible(fmt::format("Done: {} (actions by class: passive {}, movement {}, other {}).",
                                                    DoneList(w), w.passive_actions, w.movement_actions,
                                                    w.other_actions)),
                                78, 0, 2));
      }
    }
    if (w.passive > 0)
      out += Wrap(fmt::format("Passive relief followed by movement within {}: {}.", HumanSpan(p.followup_window),
                              Adherence(w)),
                  78, 0, 2);
    if (!w.open.empty()) {
      if (w.entries == 0 && !v.nothing_to_compare) out += "\n";  // after the tables
      out += "Follow-ups still open:\n";
    }
    for (const OpenFollowup& o : w.open) out += Wrap(Visible(OpenLine(o)), 78, 2, 4);
  }
  if (weeks.size() > 1) {
    // A trend line per site, oldest week first.
    std::set<std::string> names;
    for (const WeekView& v : views)
      for (const SiteRow& site : v.sites) names.insert(site.site);
    if (!names.empty()) {
      // At most the 9 newest weeks fit 80 columns.
      const size_t shown = std::min<size_t>(weeks.size(), 9);
      std::vector<size_t> cols;
      for (size_t i = shown; i-- > 0;) cols.push_back(i);
      out += "\n" + s.bold + PadRight("Mean per entry", 18);
      for (size_t i : cols) out += AlignRight(weeks[i].week.substr(5), 6);
      out += s.reset + "\n";
      for (const std::string& name : names) {
        std::string row = "  " + PadRight(Visible(name), 16);
        std::vector<double> means;
        for (size_t i : cols) {
          double m = NAN;
          for (const SiteRow& site : views[i].sites)
            if (site.site == name) m = site.mean_intensity.now;
          row += AlignRight(OneDecimal(m), 6);
          means.push_back(m);
        }
        // An arrow only between the oldest and the newest week shown, when
        // both have a value.
        std::string change = means.size() > 1 ? Arrow(CompareShown(means.back(), means.front())) : "";
        out += row + (change.empty() ? "" : "  " + change) + "\n";
      }
    }
  }
  if (!weeks.empty() && !weeks.front().trials.empty()) {
    out += "\n" + s.bold + "Trials" + s.reset + "\n";
    // Names in a plan file are shown as Visible, a line at a time.
    for (size_t i = 0; i < weeks.front().trials.size(); ++i) {
      if (i) out += "\n";
      for (const std::string& line : SplitList(ReportTrialText(weeks.front().trials[i]), '\n'))
        out += Visible(line) + "\n";
    }
  }
  const std::vector<std::string>& findings = weeks.empty() ? std::vector<std::string>{} : weeks.front().findings;
  if (!findings.empty()) {
    out += "\n" + s.bold + "Findings over the whole journal" + s.reset + "\n";
    for (const std::string& f : findings) out += Wrap(Visible("- " + f), 78, 2, 4);
  } else if (!weeks.empty() && weeks.front().findings_computed) {
    out += "\n" + s.bold + "Findings over the whole journal:" + s.reset + " " + NoFindings(weeks.front()) + "\n";
  }
  return out;
}

// ---- JSON ----

namespace {

// A figure of the view for JSON: a count whole, a mean as computed; null
// for none.
Json JsonFigure(bool count, double v) {
  if (!std::isfinite(v)) return nullptr;
  return count ? Json(static_cast<int>(std::lround(v))) : Json(v);
}

Json JsonDirection(Direction d) {
  const char* name = DirectionName(d);
  return name ? Json(name) : Json(nullptr);
}

}  // namespace

// Every figure with a week before is KEY, prev_KEY and KEY_change ("up",
// "down", "same" or null), the same facts as text's arrows.
std::string ReportJson(const std::vector<WeekReport>& weeks) {
  Json arr = Json::array();
  for (const WeekReport& w : weeks) {
    const WeekView v = ViewWeek(w);
    Json o = Json::object();
    o["week"] = w.week;
    o["start"] = FormatDate(w.start);
    o["entries"] = w.entries;
    o["days_logged"] = w.days_logged;
    Json sites = Json::array();
    for (const SiteRow& s : v.sites) {
      Json j = Json::object();
      j["site"] = s.site;
      j["episodes"] = s.episodes;
      j["pain_days"] = s.pain_days;
      j["mean_intensity"] = JsonFigure(false, s.mean_intensity.now);
      j["max_intensity"] = s.max_intensity ? Json(*s.max_intensity) : Json(nullptr);
      j["prev_mean_intensity"] = JsonFigure(false, s.mean_intensity.before);
      j["mean_intensity_change"] = JsonDirection(s.mean_intensity.change);
      Json daily = Json::array();
      for (const auto& d : s.daily_max) daily.push_back(d ? Json(*d) : Json(nullptr));
      j["daily_max"] = daily;
      sites.push_back(j);
    }
    o["sites"] = sites;
    Json load = Json::object();
    for (const LoadRow& l : v.loads) {
      load[l.info->key] = JsonFigure(l.info->count_days, l.value.now);
      load["prev_" + l.info->key] = JsonFigure(l.info->count_days, l.value.before);
      load[l.info->key + "_change"] = JsonDirection(l.value.change);
    }
    o["load"] = load;
    Json actions = Json::object();
    for (const auto& [a, n] : w.actions) actions[a] = n;
    o["actions"] = actions;
    Json followup = Json::object();
    followup["passive"] = w.passive;
    followup["with_followup"] = w.with_followup;
    Json open = Json::array();
    for (const OpenFollowup& f : w.open) {
      Json j = Json::object();
      j["action"] = f.action;
      j["site"] = f.site ? Json(*f.site) : Json(nullptr);
      j["at"] = FormatDateTime(f.at);
      j["due"] = FormatDateTime(f.due);
      open.push_back(j);
    }
    followup["open"] = open;
    o["followup"] = followup;
    o["findings"] = w.findings_computed ? Json(w.findings) : Json(nullptr);
    arr.push_back(o);
  }
  Json root = Json::object();
  root["weeks"] = arr;
  Json trials = Json::array();
  if (!weeks.empty())
    for (const ReportTrial& t : weeks.front().trials) trials.push_back(ReportTrialJson(t));
  root["trials"] = trials;
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// ---- CSV ----

// The columns of earlier versions keep their places; the directions and
// the loads' week before follow them.
std::string ReportCsv(const std::vector<WeekReport>& weeks) {
  const std::vector<LoadInfo>& loads = ReportLoads();
  std::vector<std::string> header = {"week",          "start",         "site",        "episodes", "pain_days",
                                     "mean_intensity", "max_intensity", "prev_mean_intensity"};
  for (const char* d : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}) header.push_back(d);
  for (const LoadInfo& l : loads) header.push_back(l.key);
  header.push_back("mean_intensity_change");
  for (const LoadInfo& l : loads) {
    header.push_back("prev_" + l.key);
    header.push_back(l.key + "_change");
  }
  std::string out = Join(header, ",") + "\n";
  auto num = [](bool count, double v) {
    if (!std::isfinite(v)) return std::string();
    return count ? std::to_string(static_cast<int>(std::lround(v))) : FormatNumber(v);
  };
  auto dir = [](Direction d) {
    const char* name = DirectionName(d);
    return std::string(name ? name : "");
  };
  for (const WeekReport& w : weeks) {
    const WeekView v = ViewWeek(w);
    std::vector<SiteRow> rows = v.sites;
    // A week with no site still has its row: its load would be lost.
    if (rows.empty()) rows.push_back(SiteRow{"", 0, 0, {NAN, NAN, Direction::kNone}, std::nullopt, {}});
    for (const SiteRow& s : rows) {
      std::vector<std::string> cells = {w.week,
                                        FormatDate(w.start),
                                        CsvCell(s.site, true, false),
                                        std::to_string(s.episodes),
                                        std::to_string(s.pain_days),
                                        num(false, s.mean_intensity.now),
                                        s.max_intensity ? std::to_string(*s.max_intensity) : "",
                                        num(false, s.mean_intensity.before)};
      for (const auto& d : s.daily_max) cells.push_back(d ? std::to_string(*d) : "");
      for (const LoadRow& l : v.loads) cells.push_back(num(l.info->count_days, l.value.now));
      cells.push_back(dir(s.mean_intensity.change));
      for (const LoadRow& l : v.loads) {
        cells.push_back(num(l.info->count_days, l.value.before));
        cells.push_back(dir(l.value.change));
      }
      out += Join(cells, ",") + "\n";
    }
  }
  return out;
}

}  // namespace pj
