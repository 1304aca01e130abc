#include "painjournal/report_render.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "painjournal/csv.h"
#include "painjournal/entry_json.h"
#include "painjournal/util.h"

namespace pj {

namespace {

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

std::string DayMonth(const Date& d) { return fmt::format("{} {} {}", kDays[WeekdayOf(d)], d.day, kMonths[d.month - 1]); }

std::string OneDecimal(double v) { return std::isfinite(v) ? fmt::format("{:.1f}", v) : "-"; }

// ↑ ↓ = against the week before, on the values as shown (one decimal), so
// an arrow never contradicts the numbers beside it.
std::string Change(double now, double before) {
  if (!std::isfinite(now) || !std::isfinite(before)) return "";
  double a = std::stod(fmt::format("{:.1f}", now)), b = std::stod(fmt::format("{:.1f}", before));
  return a > b ? "↑" : a < b ? "↓" : "=";
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

// "massage 2, walk 3" with the count bound to its name (no break between).
std::string DoneList(const WeekReport& w) {
  std::vector<std::string> done;
  for (const auto& [a, n] : w.actions) done.push_back(a + "\u00a0" + std::to_string(n));
  return Join(done, ", ");
}

std::string ChangeInt(int now, int before) { return now > before ? "↑" : now < before ? "↓" : "="; }

std::string OpenLine(const OpenFollowup& o) {
  return fmt::format("{}{} {} {}: no movement logged yet, due by {} {}", o.action, o.site ? " (" + *o.site + ")" : "",
                     kDays[WeekdayOf(LocalDate(o.at))], FormatClock(o.at), kDays[WeekdayOf(LocalDate(o.due))],
                     FormatClock(o.due));
}

Json Nullable(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }

}  // namespace

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
  std::string out;
  for (size_t wi = 0; wi < weeks.size(); ++wi) {
    const WeekReport& w = weeks[wi];
    if (wi) out += "\n";
    out += s.bold + "Week " + w.week + ", " + WeekSpan(w.start) + (w.current ? " (so far)" : "") + s.reset + "\n";
    out += fmt::format("{} on {} of 7 days.\n", Entries(w.entries), w.days_logged);
    if (w.entries == 0) {
      out += "Nothing logged this week.\n";
      if (!w.open.empty()) out += "Follow-ups still open:\n";
      for (const OpenFollowup& o : w.open) out += Wrap(Visible(OpenLine(o)), 78, 2, 4);
      continue;
    }
    out += "\n";
    if (w.sites.empty()) {
      out += "No pain logged at any site this week.\n";
    } else {
      out += s.bold + PadRight("Pain", 18) + " MTWTFSS" + AlignRight("episodes", 10) + AlignRight("pain days", 11) +
             AlignRight("mean", 6) + AlignRight("highest", 9) + "  vs week before" + s.reset + "\n";
      for (const SiteWeek& site : w.sites) {
        std::string change = Change(site.mean_intensity, site.prev_mean_intensity);
        if (!change.empty()) change += " from " + OneDecimal(site.prev_mean_intensity);
        if (!site.max_intensity && std::isfinite(site.prev_mean_intensity))
          change = "(was " + OneDecimal(site.prev_mean_intensity) + ")";
        std::string row = "  " + PadRight(Visible(site.site), 16) + " " + Sparkline(site.daily_max) +
                          AlignRight(std::to_string(site.episodes), 10) + AlignRight(std::to_string(site.pain_days), 11) +
                          AlignRight(OneDecimal(site.mean_intensity), 6) +
                          AlignRight(site.max_intensity ? std::to_string(*site.max_intensity) : "-", 9) + "  " + change;
        while (!row.empty() && row.back() == ' ') row.pop_back();
        out += row + "\n";
      }
    }
    out += "\n" + s.bold + PadRight("Load", 24) + AlignRight("this week", 11) + AlignRight("week before", 13) + s.reset + "\n";
    auto load_row = [&](const std::string& label, const std::string& now, const std::string& before,
                        const std::string& change) {
      std::string row = "  " + PadRight(label, 22) + AlignRight(now, 11) + AlignRight(before, 13) + "  " + change;
      while (!row.empty() && row.back() == ' ') row.pop_back();
      out += row + "\n";
    };
    load_row("stress (mean)", OneDecimal(w.load.stress_mean), OneDecimal(w.prev_load.stress_mean),
             Change(w.load.stress_mean, w.prev_load.stress_mean));
    load_row("hours sat (mean)", OneDecimal(w.load.sitting_hours_mean), OneDecimal(w.prev_load.sitting_hours_mean),
             Change(w.load.sitting_hours_mean, w.prev_load.sitting_hours_mean));
    // A count over the week so far is not comparable with a whole week.
    load_row("shallow-breathing days", std::to_string(w.load.shallow_days), std::to_string(w.prev_load.shallow_days),
             !w.current && w.load.breathing_days + w.prev_load.breathing_days
                 ? ChangeInt(w.load.shallow_days, w.prev_load.shallow_days)
                 : "");
    out += "\n";
    if (w.actions.empty()) {
      out += "Done: nothing logged.\n";
    } else {
      out += Wrap(Visible(fmt::format("Done: {} (actions by class: passive {}, movement {}, other {}).", DoneList(w),
                                      w.passive_actions, w.movement_actions, w.other_actions)),
                  78, 0, 2);
    }
    if (w.passive > 0)
      out += Wrap(fmt::format("Passive relief followed by movement within {}: {}.", HumanSpan(p.followup_window),
                              Adherence(w)),
                  78, 0, 2);
    if (!w.open.empty()) out += "Follow-ups still open:\n";
    for (const OpenFollowup& o : w.open) out += Wrap(Visible(OpenLine(o)), 78, 2, 4);
  }
  if (weeks.size() > 1) {
    // A trend line per site, oldest week first.
    std::set<std::string> names;
    for (const WeekReport& w : weeks)
      for (const SiteWeek& site : w.sites) names.insert(site.site);
    if (!names.empty()) {
      // At most the 9 newest weeks fit 80 columns.
      const size_t shown = std::min<size_t>(weeks.size(), 9);
      std::vector<const WeekReport*> cols;
      for (size_t i = shown; i-- > 0;) cols.push_back(&weeks[i]);
      out += "\n" + s.bold + PadRight("Mean intensity", 18);
      for (const WeekReport* w : cols) out += AlignRight(w->week.substr(5), 6);
      out += s.reset + "\n";
      for (const std::string& name : names) {
        std::string row = "  " + PadRight(Visible(name), 16);
        std::vector<double> means;
        for (const WeekReport* w : cols) {
          double m = NAN;
          for (const SiteWeek& site : w->sites)
            if (site.site == name) m = site.mean_intensity;
          row += AlignRight(OneDecimal(m), 6);
          means.push_back(m);
        }
        // An arrow only between the oldest and the newest week shown, when
        // both have a value.
        std::string change = means.size() > 1 ? Change(means.back(), means.front()) : "";
        out += row + (change.empty() ? "" : "  " + change) + "\n";
      }
    }
  }
  const std::vector<std::string>& findings = weeks.empty() ? std::vector<std::string>{} : weeks.front().findings;
  if (!findings.empty()) {
    out += "\n" + s.bold + "Findings over the whole journal" + s.reset + "\n";
    for (const std::string& f : findings) out += Wrap(Visible("- " + f), 78, 2, 4);
  }
  return out;
}

// ---- JSON ----

std::string ReportJson(const std::vector<WeekReport>& weeks) {
  Json arr = Json::array();
  for (const WeekReport& w : weeks) {
    Json o = Json::object();
    o["week"] = w.week;
    o["start"] = FormatDate(w.start);
    o["entries"] = w.entries;
    o["days_logged"] = w.days_logged;
    Json sites = Json::array();
    for (const SiteWeek& s : w.sites) {
      Json j = Json::object();
      j["site"] = s.site;
      j["episodes"] = s.episodes;
      j["pain_days"] = s.pain_days;
      j["mean_intensity"] = Nullable(s.mean_intensity);
      j["max_intensity"] = s.max_intensity ? Json(*s.max_intensity) : Json(nullptr);
      Json daily = Json::array();
      for (const auto& d : s.daily_max) daily.push_back(d ? Json(*d) : Json(nullptr));
      j["daily_max"] = daily;
      sites.push_back(j);
    }
    o["sites"] = sites;
    Json load = Json::object();
    load["stress_mean"] = Nullable(w.load.stress_mean);
    load["sitting_hours_mean"] = Nullable(w.load.sitting_hours_mean);
    load["shallow_days"] = w.load.shallow_days;
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
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// ---- CSV ----

std::string ReportCsv(const std::vector<WeekReport>& weeks) {
  std::string out =
      "week,start,site,episodes,pain_days,mean_intensity,max_intensity,prev_mean_intensity,"
      "mon,tue,wed,thu,fri,sat,sun,stress_mean,sitting_hours_mean,shallow_days\n";
  auto num = [](double v) { return std::isfinite(v) ? FormatNumber(v) : std::string(); };
  for (const WeekReport& w : weeks) {
    std::vector<SiteWeek> rows = w.sites;
    if (rows.empty()) rows.push_back(SiteWeek{"", 0, 0, NAN, std::nullopt, {}, NAN});  // the week's load still counts
    for (const SiteWeek& s : rows) {
      std::vector<std::string> cells = {w.week,
                                        FormatDate(w.start),
                                        CsvCell(s.site, true, false),
                                        std::to_string(s.episodes),
                                        std::to_string(s.pain_days),
                                        num(s.mean_intensity),
                                        s.max_intensity ? std::to_string(*s.max_intensity) : "",
                                        num(s.prev_mean_intensity)};
      for (const auto& d : s.daily_max) cells.push_back(d ? std::to_string(*d) : "");
      cells.push_back(num(w.load.stress_mean));
      cells.push_back(num(w.load.sitting_hours_mean));
      cells.push_back(std::to_string(w.load.shallow_days));
      out += Join(cells, ",") + "\n";
    }
  }
  return out;
}

// ---- HTML ----

namespace {

// HTML-escaped, after Visible: a page that quotes the journal carries no
// control character either (HTML cannot show most of them, even as &#x1b;).
std::string Esc(const std::string& s) {
  std::string out;
  for (char c : Visible(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

const char* const kColors[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
                               "#e377c2", "#17becf", "#7f7f7f", "#bcbd22", "#393b79", "#ad494a"};
constexpr size_t kNColors = sizeof kColors / sizeof kColors[0];

// A line chart over the days of the weeks shown (oldest first): one series
// a row of `values` (NaN = no point), y from 0 to `top`.
std::string LineChart(const std::vector<std::string>& names, const std::vector<std::vector<double>>& values,
                      const std::vector<Date>& days, double top, const std::string& title, bool bars = false) {
  // The legend wraps, five names a row.
  const size_t legend_rows = (names.size() + 4) / 5;
  const double W = 720, left = 36, right = 12, topm = 12, bottom = 28 + 16.0 * static_cast<double>(legend_rows);
  const double H = 180 + bottom;
  const double plot_w = W - left - right, plot_h = H - topm - bottom;
  const size_t n = days.size();
  // Half a day's width of padding on each side keeps bars inside the plot.
  const double step = plot_w / static_cast<double>(std::max<size_t>(n, 1));
  auto x = [&](size_t i) { return left + step * (static_cast<double>(i) + 0.5); };
  auto y = [&](double v) { return topm + plot_h * (1 - std::clamp(v, 0.0, top) / top); };
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"100%\" role=\"img\" "
      "aria-label=\"{}\">\n",
      W, H, Esc(title));
  for (int g = 0; g <= 4; ++g) {
    double v = top * g / 4.0;
    svg += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#ddd\"/>", left, y(v), W - right,
                       y(v));
    svg += fmt::format("<text x=\"{}\" y=\"{:.1f}\" font-size=\"10\" text-anchor=\"end\" fill=\"#555\">{}</text>\n",
                       left - 4, y(v) + 3, FormatNumber(v));
  }
  // A date under every k-th Monday, so that labels never run together.
  const size_t weeks_shown = (n + 6) / 7;
  const size_t every = std::max<size_t>(1, (weeks_shown + 9) / 10);
  for (size_t i = 0; i < n; i += 7) {
    if ((i / 7) % every) continue;
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" font-size=\"10\" text-anchor=\"start\" fill=\"#555\">{} {}</text>",
                       x(i) - step / 2, H - bottom + 14, days[i].day, kMonths[days[i].month - 1]);
  }
  for (size_t sidx = 0; sidx < values.size(); ++sidx) {
    const char* color = kColors[sidx % kNColors];
    const std::vector<double>& v = values[sidx];
    if (bars) {
      double bw = std::max(1.0, step * 0.6);
      for (size_t i = 0; i < n; ++i)
        if (std::isfinite(v[i]))
          svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\" "
                             "opacity=\"0.6\"/>",
                             x(i) - bw / 2, y(v[i]), bw, y(0) - y(v[i]), color);
      continue;
    }
    std::string points;
    auto flush = [&] {
      if (!points.empty())
        svg += fmt::format("<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2\" points=\"{}\"/>\n", color, points);
      points.clear();
    };
    for (size_t i = 0; i < n; ++i) {
      if (!std::isfinite(v[i])) {
        flush();
        continue;
      }
      points += fmt::format("{:.1f},{:.1f} ", x(i), y(v[i]));
      svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3\" fill=\"{}\"/>", x(i), y(v[i]), color);
    }
    flush();
  }
  // Legend.
  for (size_t sidx = 0; sidx < names.size(); ++sidx) {
    double lx = left + 136.0 * static_cast<double>(sidx % 5);
    double ly = H - bottom + 22 + 16.0 * static_cast<double>(sidx / 5);
    svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"10\" height=\"10\" fill=\"{}\"/><text x=\"{:.1f}\" "
                       "y=\"{:.1f}\" font-size=\"11\">{}</text>\n",
                       lx, ly, kColors[sidx % kNColors], lx + 14, ly + 9, Esc(FitWidth(Visible(names[sidx]), 18)));
  }
  return svg + "</svg>\n";
}

}  // namespace

std::string ReportHtml(const std::vector<WeekReport>& weeks, const AnalysisParams& p, const Time& now) {
  // Days of all weeks shown, oldest first.
  std::vector<const WeekReport*> oldest_first;
  for (auto it = weeks.rbegin(); it != weeks.rend(); ++it) oldest_first.push_back(&*it);
  std::vector<Date> days;
  std::set<std::string> names;
  for (const WeekReport* w : oldest_first) {
    for (int i = 0; i < 7; ++i) days.push_back(AddDays(w->start, i));
    for (const SiteWeek& s : w->sites) names.insert(s.site);
  }
  std::vector<std::string> site_names(names.begin(), names.end());
  std::vector<std::vector<double>> intensity(site_names.size());
  std::vector<double> stress, sitting;
  for (const WeekReport* w : oldest_first) {
    for (size_t k = 0; k < site_names.size(); ++k) {
      const SiteWeek* found = nullptr;
      for (const SiteWeek& s : w->sites)
        if (s.site == site_names[k]) found = &s;
      for (int i = 0; i < 7; ++i)
        intensity[k].push_back(found && found->daily_max[static_cast<size_t>(i)]
                                   ? static_cast<double>(*found->daily_max[static_cast<size_t>(i)])
                                   : NAN);
    }
    for (int i = 0; i < 7; ++i) {
      stress.push_back(w->load.stress_daily[static_cast<size_t>(i)]);
      sitting.push_back(w->load.sitting_daily[static_cast<size_t>(i)]);
    }
  }
  const std::string span = weeks.size() == 1 ? weeks.front().week
                                             : weeks.back().week + " to " + weeks.front().week;
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<title>Pain journal, " + Esc(span) + "</title>\n";
  h += R"(<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: #222; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; }
h2 { font-size: 1.15rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 1.6rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
table { border-collapse: collapse; margin: .3rem 0 .8rem; }
th, td { padding: .15rem .6rem; text-align: right; border-bottom: 1px solid #eee; }
th:first-child, td:first-child { text-align: left; }
th { font-weight: 600; }
.note { color: #555; font-size: .9rem; }
.strip { font-family: ui-monospace, "DejaVu Sans Mono", monospace; letter-spacing: .1em; white-space: pre; }
svg { display: block; max-width: 100%; height: auto; }
@media print {
  @page { size: A4; margin: 14mm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  section { break-inside: avoid; }
  h2 { break-after: avoid; }
}
</style>
</head>
<body>
)";
  h += "<h1>Pain journal, " + Esc(span) + "</h1>\n";
  h += "<p class=\"note\">As of " + Esc(DayMonth(LocalDate(now))) + " " + std::to_string(LocalDate(now).year) + " " +
       Esc(FormatClock(now)) +
       ". Weeks run Monday to Sunday. Intensity is 0-10. Findings are associations in these records, not proof of "
       "cause; each number stands with its count and uncertainty.</p>\n";
  h += "<section>\n<h2>Daily highest intensity by site</h2>\n";
  if (site_names.empty())
    h += "<p>No pain logged in these weeks.</p>\n";
  else
    h += LineChart(site_names, intensity, days, 10, "Daily highest intensity by site");
  h += "</section>\n<section>\n<h2>Load</h2>\n";
  auto any = [](const std::vector<double>& v) { return std::any_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); }); };
  if (any(stress))
    h += "<h3>Stress (daily mean, 0-10)</h3>\n" + LineChart({"stress"}, {stress}, days, 10, "Daily mean stress");
  if (any(sitting))
    h += "<h3>Hours sat (daily mean)</h3>\n" +
         LineChart({"hours sat"}, {sitting}, days, 24, "Daily mean hours sat", true);
  if (!any(stress) && !any(sitting)) h += "<p>No stress or hours sat logged in these weeks.</p>\n";
  h += "</section>\n";
  for (const WeekReport& w : weeks) {
    h += "<section>\n<h2>Week " + Esc(w.week) + ", " + Esc(WeekSpan(w.start)) + (w.current ? " (so far)" : "") +
         "</h2>\n";
    h += fmt::format("<p>{} on {} of 7 days.</p>\n", Entries(w.entries), w.days_logged);
    if (!w.sites.empty()) {
      h += "<table>\n<tr><th>Site</th><th>Mon-Sun</th><th>Episodes</th><th>Pain days</th><th>Mean</th>"
           "<th>Highest</th><th>Week before</th></tr>\n";
      for (const SiteWeek& s : w.sites)
        h += fmt::format("<tr><td>{}</td><td class=\"strip\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
                         "<td>{}</td></tr>\n",
                         Esc(s.site), Esc(Sparkline(s.daily_max)), s.episodes, s.pain_days,
                         OneDecimal(s.mean_intensity), s.max_intensity ? std::to_string(*s.max_intensity) : "-",
                         std::isfinite(s.prev_mean_intensity)
                             ? (s.max_intensity ? Change(s.mean_intensity, s.prev_mean_intensity) + " from "
                                                : std::string("none this week, was ")) +
                                   OneDecimal(s.prev_mean_intensity)
                             : "-");
      h += "</table>\n";
    }
    h += "<table>\n<tr><th>Load</th><th>This week</th><th>Week before</th></tr>\n";
    h += fmt::format("<tr><td>Stress (mean)</td><td>{} {}</td><td>{}</td></tr>\n", OneDecimal(w.load.stress_mean),
                     Change(w.load.stress_mean, w.prev_load.stress_mean), OneDecimal(w.prev_load.stress_mean));
    h += fmt::format("<tr><td>Hours sat (mean)</td><td>{} {}</td><td>{}</td></tr>\n",
                     OneDecimal(w.load.sitting_hours_mean),
                     Change(w.load.sitting_hours_mean, w.prev_load.sitting_hours_mean),
                     OneDecimal(w.prev_load.sitting_hours_mean));
    h += fmt::format("<tr><td>Shallow-breathing days</td><td>{}</td><td>{}</td></tr>\n</table>\n", w.load.shallow_days,
                     w.prev_load.shallow_days);
    if (!w.actions.empty()) {
      h += "<p>Done: " + Esc(DoneList(w)) +
           fmt::format(" (actions by class: passive {}, movement {}, other {}).</p>\n", w.passive_actions,
                       w.movement_actions, w.other_actions);
    }
    if (w.passive > 0)
      h += "<p>Passive relief followed by movement within " + HumanSpan(p.followup_window) + ": " +
           Esc(Adherence(w)) + ".</p>\n";
    if (!w.open.empty()) {
      h += "<p>Follow-ups still open:</p>\n<ul>\n";
      for (const OpenFollowup& o : w.open) h += "<li>" + Esc(OpenLine(o)) + "</li>\n";
      h += "</ul>\n";
    }
    h += "</section>\n";
  }
  if (!weeks.empty() && !weeks.front().findings.empty()) {
    h += "<section>\n<h2>Findings over the whole journal</h2>\n<ul>\n";
    for (const std::string& f : weeks.front().findings) h += "<li>" + Esc(f) + "</li>\n";
    h += "</ul>\n</section>\n";
  }
  h += "</body>\n</html>\n";
  return h;
}

}  // namespace pj
