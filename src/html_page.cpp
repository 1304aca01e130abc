#include "painjournal/html_page.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "painjournal/analysis_render.h"
#include "painjournal/entry_fields.h"
#include "painjournal/util.h"

namespace pj {

std::string HtmlEsc(const std::string& s) {
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

// Tables never wrap a site name or a header (nowrap), so that a row reads
// as one line at A4 width; sections and their blocks are kept whole on a
// page; a heading stays with what follows it.
std::string HtmlPageStart(const std::string& title) {
  std::string h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<title>" + HtmlEsc(title) + "</title>\n";
  h += R"(<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: #222; background: #fff; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; }
h2 { font-size: 1.15rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 1.6rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
table { border-collapse: collapse; margin: .3rem 0 .8rem; font-size: .92em; }
th, td { padding: .15rem .4rem; text-align: right; border-bottom: 1px solid #eee; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
th { font-weight: 600; }
td.l, th.l { text-align: left; }
.note { color: #555; font-size: .9em; }
.strip { font-family: ui-monospace, "DejaVu Sans Mono", monospace; letter-spacing: .1em; white-space: pre; }
.relief { display: flex; align-items: flex-start; gap: .8rem; margin-bottom: .4rem; }
.relief svg { width: 270px; flex: none; }
.relief table { margin: 0 0 .2rem; }
.relief p { margin: 0; }
.tables { display: flex; flex-wrap: wrap; align-items: flex-start; column-gap: .6rem; }
ul.weeks { list-style: none; padding-left: 0; margin: .3rem 0; }
ul.weeks.many { columns: 17rem; }
ul.notes { padding-left: 1.2rem; margin: .2rem 0 .6rem; }
ul.notes li { margin: .1rem 0; }
.when { color: #555; white-space: nowrap; }
svg { display: block; max-width: 100%; height: auto; }
.keep { break-inside: avoid; }
@media print {
  @page { size: A4; margin: 14mm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
  table { font-size: 8.5pt; }
  th, td { padding: .1rem .3rem; }
  section, .keep, tr, li { break-inside: avoid; }
  section.relief-section, section.notes, section.load { break-inside: auto; }
  h2, h3 { break-after: avoid; }
  p { margin: .4em 0; }
  h3 { margin: .7em 0 .2em; }
}
</style>
</head>
<body>
)";
  return h;
}

std::string HtmlPageEnd() { return "</body>\n</html>\n"; }

namespace {

const char* const kColors[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
                               "#e377c2", "#17becf", "#7f7f7f", "#bcbd22", "#393b79", "#ad494a"};
constexpr size_t kNColors = sizeof kColors / sizeof kColors[0];

// The groups of the branch, alike in every chart and table: no movement
// after passive relief (orange, dashed) and with movement (green, solid),
// the colours of the timeline's passive and movement markers.
constexpr const char* kPassiveColor = "#d95f02";
constexpr const char* kMovementColor = "#1b9e77";

std::string SvgOpen(double w, double h, const std::string& label, const std::string& cls) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{}\" viewBox=\"0 0 {} {}\" width=\"100%\" role=\"img\" "
      "aria-label=\"{}\">\n",
      cls, w, h, HtmlEsc(label));
}

std::string Text(double x, double y, const std::string& s, const char* anchor = "start", int size = 10,
                 const char* fill = "#555") {
  return fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"{}\" text-anchor=\"{}\" fill=\"{}\">{}</text>", x, y,
                     size, anchor, fill, s);
}

// A triangle pointing down (passive) or up (movement) centred at x, y.
std::string Triangle(double x, double y, bool down, const char* color, const std::string& title) {
  const double r = 4.5;
  std::string pts = down ? fmt::format("{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}", x - r, y - r * 0.8, x + r,
                                       y - r * 0.8, x, y + r * 0.8)
                         : fmt::format("{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}", x - r, y + r * 0.8, x + r,
                                       y + r * 0.8, x, y - r * 0.8);
  return fmt::format("<polygon class=\"{}\" points=\"{}\" fill=\"{}\">{}</polygon>",
                     down ? "mark-passive" : "mark-movement", pts, color,
                     title.empty() ? "" : "<title>" + title + "</title>");
}

}  // namespace

std::string LineChart(const std::vector<std::string>& names, const std::vector<std::vector<double>>& values,
                      const std::vector<Date>& days, double top, const std::string& title, bool bars,
                      double height) {
  // The legend wraps, five names a row.
  const size_t legend_rows = (names.size() + 4) / 5;
  const double W = 720, left = 36, right = 12, topm = 12, bottom = 28 + 16.0 * static_cast<double>(legend_rows);
  const double H = height + bottom;
  const double plot_w = W - left - right, plot_h = H - topm - bottom;
  const size_t n = days.size();
  // Half a day's width of padding on each side keeps bars inside the plot.
  const double step = plot_w / static_cast<double>(std::max<size_t>(n, 1));
  auto x = [&](size_t i) { return left + step * (static_cast<double>(i) + 0.5); };
  auto y = [&](double v) { return topm + plot_h * (1 - std::clamp(v, 0.0, top) / top); };
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"100%\" role=\"img\" "
      "aria-label=\"{}\">\n",
      W, H, HtmlEsc(title));
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
                       x(i) - step / 2, H - bottom + 14, days[i].day, MonthAbbrev(days[i].month));
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
  for (size_t sidx = 0; sidx < names.size(); ++sidx) {
    double lx = left + 136.0 * static_cast<double>(sidx % 5);
    double ly = H - bottom + 22 + 16.0 * static_cast<double>(sidx / 5);
    svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"10\" height=\"10\" fill=\"{}\"/><text x=\"{:.1f}\" "
                       "y=\"{:.1f}\" font-size=\"11\">{}</text>\n",
                       lx, ly, kColors[sidx % kNColors], lx + 14, ly + 9, HtmlEsc(FitWidth(Visible(names[sidx]), 18)));
  }
  return svg + "</svg>\n";
}

// ---- The pain timeline ----

std::string TimelineChart(const std::vector<std::string>& sites, const std::vector<TimelinePoint>& points,
                          const std::vector<TimelineMark>& marks, const std::vector<Date>& days, int day_start_min,
                          int pain_threshold) {
  const double W = 720, left = 112, right = 10, band_h = 46, lane_h = 10, gap = 6;
  const double plot_w = W - left - right;
  const size_t n = std::max<size_t>(days.size(), 1);
  const int64_t first_day = days.empty() ? 0 : DaysFromCivil(days[0].year, days[0].month, days[0].day);
  // Days from the first day shown, in journal days (day_start), with the
  // time of day as the fraction; NaN outside the days shown.
  auto pos = [&](const Time& t) {
    const int64_t day = JournalDay(t, day_start_min) - first_day;
    if (day < 0 || day >= static_cast<int64_t>(n)) return static_cast<double>(NAN);
    int64_t secs = ((t.utc + t.offset_min * 60LL - day_start_min * 60LL) % 86400 + 86400) % 86400;
    return static_cast<double>(day) + static_cast<double>(secs) / 86400.0;
  };
  auto x = [&](double d) { return left + plot_w * d / static_cast<double>(n); };
  bool unsited = std::any_of(marks.begin(), marks.end(), [](const TimelineMark& m) { return !m.site; });
  const double row_h = band_h + 2 * lane_h + gap;
  const double rows_h = row_h * static_cast<double>(sites.size()) + (unsited ? 2 * lane_h + gap : 0);
  const double topm = 6, axis_h = 16, legend_h = 20;
  const double H = topm + rows_h + axis_h + legend_h;
  std::string svg = SvgOpen(W, H, "Pain timeline by site, with passive relief and movement marked", "timeline");
  // Mondays: a light line through every row, a date under every k-th.
  const size_t every = std::max<size_t>(1, ((n + 6) / 7 + 9) / 10);
  for (size_t i = 0; i < days.size(); ++i) {
    const bool monday = WeekdayOf(days[i]) == 0;
    svg += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" stroke=\"{3}\"/>",
                       x(static_cast<double>(i)), topm, topm + rows_h, monday ? "#bbb" : "#eee");
    if (monday && (i / 7) % every == 0)
      svg += Text(x(static_cast<double>(i)) + 2, topm + rows_h + 12,
                  fmt::format("{} {}", days[i].day, MonthAbbrev(days[i].month)));
  }
  svg += "\n";
  auto lanes = [&](double y0, const std::optional<std::string>& site) {
    for (const TimelineMark& m : marks) {
      if (m.site != site) continue;
      const double d = pos(m.at);
      if (!std::isfinite(d)) continue;
      const std::string title = HtmlEsc(fmt::format("{} {} {}: {}", FormatDate(LocalDate(m.at)), FormatClock(m.at), m.passive ? "passive" : "movement", m.actions));
      svg += Triangle(x(d), y0 + (m.passive ? lane_h / 2 : lane_h * 1.5), m.passive,
                      m.passive ? kPassiveColor : kMovementColor, title);
    }
    svg += "\n";
  };
  double y0 = topm;
  for (size_t k = 0; k < sites.size(); ++k) {
    const char* color = kColors[k % kNColors];
    auto y = [&](double v) { return y0 + 4 + (band_h - 8) * (1 - std::clamp(v, 0.0, 10.0) / 10.0); };
    svg += fmt::format("<g class=\"site\"><rect x=\"{}\" y=\"{:.1f}\" width=\"{}\" height=\"{}\" fill=\"#fafafa\" "
                       "stroke=\"#ddd\"/>",
                       left, y0, plot_w, band_h);
    svg += Text(left - 8, y0 + band_h / 2 + 4, HtmlEsc(FitWidth(Visible(sites[k]), 16)), "end", 11, "#222");
    for (int v : {0, 10}) svg += Text(left - 2, y(v) + 3, std::to_string(v), "end", 8, "#999");
    svg += fmt::format("<line class=\"threshold\" x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#aaa\" "
                       "stroke-dasharray=\"3,3\"/>",
                       left, y(pain_threshold), left + plot_w, y(pain_threshold));
    // The entries' intensities, joined while less than two days apart.
    std::string line;
    double last = NAN;
    auto flush = [&] {
      if (line.find(' ') != line.rfind(' '))
        svg += fmt::format("<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\" points=\"{}\"/>", color, line);
      line.clear();
    };
    for (const TimelinePoint& p : points) {
      if (p.site != sites[k]) continue;
      const double d = pos(p.at);
      if (!std::isfinite(d)) continue;
      if (std::isfinite(last) && d - last > 2) flush();
      last = d;
      line += fmt::format("{:.1f},{:.1f} ", x(d), y(p.intensity));
      svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"2.2\" fill=\"{}\"><title>{} {}: {}</title></circle>",
                         x(d), y(p.intensity), color, FormatDate(LocalDate(p.at)), FormatClock(p.at), p.intensity);
    }
    flush();
    svg += "</g>\n";
    lanes(y0 + band_h, sites[k]);
    y0 += row_h;
  }
  if (unsited) {
    svg += Text(left - 8, y0 + lane_h + 4, "no site given", "end", 10, "#222");
    lanes(y0, std::nullopt);
  }
  // Legend.
  const double ly = H - legend_h + 12;
  svg += fmt::format("<g class=\"legend\"><circle cx=\"{}\" cy=\"{}\" r=\"3\" fill=\"#555\"/>", left, ly - 3);
  svg += Text(left + 8, ly, "intensity of an entry (0-10)", "start", 10, "#222");
  svg += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#aaa\" stroke-dasharray=\"3,3\"/>",
                     left + 170, ly - 3, left + 192, ly - 3);
  svg += Text(left + 196, ly, fmt::format("pain threshold ({})", pain_threshold), "start", 10, "#222");
  svg += Triangle(left + 318, ly - 3, true, kPassiveColor, "");
  svg += Text(left + 326, ly, "passive relief", "start", 10, "#222");
  svg += Triangle(left + 418, ly - 3, false, kMovementColor, "");
  svg += Text(left + 426, ly, "movement", "start", 10, "#222");
  svg += "</g>\n</svg>\n";
  return svg;
}

// ---- The analysis ----

std::string FactorName(const FactorRow& r) {
  if (r.factor.rfind("pain:", 0) == 0) return r.factor.substr(5) + " pain";
  const Field* f = FindField(r.factor);
  if (f && f->load.is_load) {
    std::string label(f->load.high_label);
    size_t at = label.find("{}");
    if (at != std::string::npos) label.replace(at, 2, FormatNumber(r.threshold));
    at = label.find(">=");
    if (at != std::string::npos) label.replace(at, 2, "≥");
    return label;
  }
  return r.factor + " ≥ " + FormatNumber(r.threshold) + " (median)";
}

namespace {

std::string Pct(double v) { return std::isfinite(v) ? fmt::format("{:.0f}%", 100 * v) : "-"; }

// A ratio or a number of days as the tables show it: two significant
// figures, at most one decimal above 10.
std::string Num2(double v) {
  if (!std::isfinite(v)) return "-";
  if (std::fabs(v) >= 10) return fmt::format("{:.0f}", v);
  if (std::fabs(v) >= 1) return fmt::format("{:.1f}", v);
  return fmt::format("{:.2g}", v);
}

std::string PValue(double p) {
  if (!std::isfinite(p)) return "-";
  if (p < 0.001) return "&lt;0.001";
  return p < 0.01 ? fmt::format("{:.3f}", p) : fmt::format("{:.2f}", p);
}

std::string RiskCell(const RiskRatio& r) {
  if (!std::isfinite(r.rr)) return "-";
  if (!std::isfinite(r.ci.lo) || !std::isfinite(r.ci.hi)) return Num2(r.rr);
  return Num2(r.rr) + " (" + Num2(r.ci.lo) + "–" + Num2(r.ci.hi) + ")";
}

std::string SiteName(const std::string& site) { return site == "*" ? "all sites" : HtmlEsc(site); }

std::string Reading(const CurveReading& r, bool pct) {
  auto one = [&](const std::optional<double>& v) {
    if (!v) return std::string("n.r.");
    return pct ? Pct(*v) : fmt::format("{:.1f}", *v);
  };
  if (!r.value) return pct ? "-" : "n.r.";
  std::string s = one(r.value);
  if (pct && !r.lower && !r.upper) return s;
  return s + " <span class=\"note\">(" + one(r.lower) + "–" + one(r.upper) + ")</span>";
}

// The follow-up table: two rows per site (no movement, with movement).
std::string FollowupTableHtml(const Analysis& a) {
  std::string h =
      "<table class=\"followup\">\n<tr><th>Site</th><th class=\"l\">Then</th><th>Treated</th>"
      "<th>Came back</th><th>Stayed away</th><th>Persisted</th><th>Censored</th><th>Came back (95% CI)</th>"
      "<th>Risk ratio (95% CI)</th><th>p</th></tr>\n";
  for (const FollowupRow& r : a.followup) {
    if (r.with_followup.treatments + r.without_followup.treatments == 0) continue;
    bool first = true;
    for (const auto& [label, c] : {std::pair<const char*, const OutcomeCounts*>{"no movement", &r.without_followup},
                                   {"with movement", &r.with_followup}}) {
      h += "<tr>";
      if (first) h += "<td rowspan=\"2\">" + SiteName(r.site) + "</td>";
      const int known = c->recurred + c->stayed_away;
      h += fmt::format("<td class=\"l\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
                       label, c->treatments, c->recurred, c->stayed_away, c->persisted, c->censored,
                       known ? Pct(c->rate) + " <span class=\"note\">(" + Pct(c->rate_ci.lo) + "–" +
                                   Pct(c->rate_ci.hi) + ")</span>"
                             : std::string("-"));
      if (first)
        h += fmt::format("<td rowspan=\"2\">{}</td><td rowspan=\"2\">{}</td>",
                         r.enough_data ? RiskCell(r.risk_ratio) : "not enough data",
                         r.enough_data ? PValue(r.p_value) : "-");
      h += "</tr>\n";
      first = false;
    }
  }
  return h + "</table>\n";
}

std::string ReliefNumbers(const ReliefRow& r, int64_t followup_window) {
  std::string h =
      "<table class=\"relief-numbers\">\n<tr><th class=\"l\"></th><th>Entered</th><th>Returns</th>"
      "<th>Median, days</th><th>Pain-free 7 d</th><th>14 d</th></tr>\n";
  for (const auto& [label, g, color] :
       {std::tuple<const char*, const ReliefGroup*, const char*>{"no movement", &r.without_followup, kPassiveColor},
        {"with movement", &r.with_followup, kMovementColor}}) {
    h += fmt::format(
        "<tr><td class=\"l\"><span style=\"color:{}\">■</span>&nbsp;{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "<td>{}</td></tr>\n",
        color, label, g->n, g->events, g->n ? Reading(g->median, false) : "-", Reading(g->pain_free_7d, true),
        Reading(g->pain_free_14d, true));
  }
  h += "</table>\n<p class=\"note\">";
  h += r.logrank_p ? "Log-rank p = " + PValue(*r.logrank_p) + "." : std::string("No log-rank test (nothing to compare).");
  h += fmt::format(" Back within the first {} (not in the curves): {} without movement, {} with.",
                   HumanSpan(followup_window), r.without_followup.returned_early, r.with_followup.returned_early);
  if (!r.enough_data) h += " Not enough data to compare (3 entered in each group and 3 returns needed).";
  return h + "</p>\n";
}

}  // namespace

std::string ReliefCurves(const ReliefRow& r, int64_t followup_window) {
  const double W = 300, H = 140, left = 34, right = 8, topm = 6, bottom = 30;
  const double pw = W - left - right, ph = H - topm - bottom;
  double tmax = 0;
  for (const ReliefGroup* g : {&r.with_followup, &r.without_followup})
    for (double t : g->curve.time) tmax = std::max(tmax, t);
  const double span = std::max(14.0, std::ceil(tmax / 7) * 7);
  auto x = [&](double t) { return left + pw * std::min(t, span) / span; };
  auto y = [&](double s) { return topm + ph * (1 - s); };
  std::string svg = SvgOpen(W, H, "Still pain-free after passive relief, " + (r.site == "*" ? "all sites" : r.site),
                            "relief-curves");
  for (double s : {0.0, 0.5, 1.0}) {
    svg += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#ddd\"/>", left, y(s), W - right,
                       y(s));
    svg += Text(left - 4, y(s) + 3, Pct(s), "end", 9);
  }
  const double tick = span > 56 ? 14 : 7;
  for (double t = 0; t <= span + 1e-9; t += tick) svg += Text(x(t), H - bottom + 12, FormatNumber(t), "middle", 9);
  svg += Text(left + pw / 2, H - bottom + 24, "days after the first " + HumanSpan(followup_window), "middle", 9);
  for (const auto& [g, color, dash] :
       {std::tuple<const ReliefGroup*, const char*, const char*>{&r.without_followup, kPassiveColor, "5,3"},
        {&r.with_followup, kMovementColor, ""}}) {
    const KaplanMeier& km = g->curve;
    if (km.n == 0) continue;
    std::string d = fmt::format("M{:.1f},{:.1f}", x(0), y(1));
    double s = 1;
    std::string ticks;
    for (size_t i = 0; i < km.time.size(); ++i) {
      d += fmt::format(" H{:.1f}", x(km.time[i]));
      if (km.surv[i] != s) d += fmt::format(" V{:.1f}", y(km.surv[i]));
      s = km.surv[i];
      const int next = i + 1 < km.at_risk.size() ? km.at_risk[i + 1] : 0;
      if (km.at_risk[i] - km.died[i] - next > 0)  // censored here: a tick on the curve
        ticks += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" stroke=\"{3}\"/>",
                             x(km.time[i]), y(s) - 4, y(s) + 4, color);
    }
    svg += fmt::format("<path class=\"km\" d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{}/>{}\n", d, color,
                       *dash ? fmt::format(" stroke-dasharray=\"{}\"", dash) : "", ticks);
  }
  svg += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2:.1f}\" stroke=\"#999\"/>", left, topm, topm + ph);
  return svg + "</svg>\n";
}

std::string ForestPlot(const std::vector<const FactorRow*>& rows) {
  // The axis: 1-2-5 steps covering every estimate and interval, within
  // 0.01 .. 100 (an interval beyond is cut and drawn with an arrow).
  double lo = 0.2, hi = 5;
  for (const FactorRow* r : rows) {
    for (double v : {r->risk_ratio.rr, r->risk_ratio.ci.lo, r->risk_ratio.ci.hi})
      if (std::isfinite(v) && v > 0) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
  }
  static const double kTicks[] = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100};
  double a = 0.01, b = 100;
  for (double t : kTicks)
    if (t <= lo) a = t;
  for (size_t i = std::size(kTicks); i-- > 0;)
    if (kTicks[i] >= hi) b = kTicks[i];
  const double W = 720, label_w = 250, num_w = 180, row_h = 17, topm = 4, bottom = 38;
  const double left = label_w, pw = W - label_w - num_w;
  const double H = topm + row_h * static_cast<double>(rows.size()) + bottom;
  auto x = [&](double v) { return left + pw * (std::log(std::clamp(v, a, b)) - std::log(a)) / (std::log(b) - std::log(a)); };
  std::string svg = SvgOpen(W, H, "Risk ratios of onsets after high days, log scale", "forest");
  const double axis_y = topm + row_h * static_cast<double>(rows.size()) + 2;
  svg += "<g class=\"log-axis\">";
  for (double t : kTicks) {
    if (t < a || t > b) continue;
    svg += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" stroke=\"{3}\"/>", x(t), topm,
                       axis_y + 3, t == 1 ? "#555" : "#e4e4e4");
    svg += Text(x(t), axis_y + 14, FormatNumber(t), "middle", 9);
  }
  svg += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#999\"/>", left, axis_y,
                     left + pw, axis_y);
  svg += Text(left + pw / 2, axis_y + 28, "risk ratio, log scale (← less often after high days · more often →)",
              "middle", 9);
  svg += "</g>\n";
  for (size_t i = 0; i < rows.size(); ++i) {
    const FactorRow& r = *rows[i];
    const double cy = topm + row_h * (static_cast<double>(i) + 0.5);
    const bool same_site = i > 0 && rows[i - 1]->site == r.site;
    svg += "<g class=\"forest-row\">";
    svg += Text(label_w - 10, cy + 4,
                (same_site ? "" : "<tspan font-weight=\"600\">" + HtmlEsc(FitWidth(Visible(r.site), 16)) + "</tspan>  ") +
                    HtmlEsc(FitWidth(Visible(FactorName(r)), 30)),
                "end", 10, "#222");
    const double rlo = r.risk_ratio.ci.lo, rhi = r.risk_ratio.ci.hi;
    if (std::isfinite(rlo) && std::isfinite(rhi)) {
      svg += fmt::format("<line class=\"ci\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#222\" "
                         "stroke-width=\"1.2\" shape-rendering=\"crispEdges\"/>",
                         x(rlo), cy, x(rhi), cy);
      if (rlo < a) svg += Text(x(a) - 1, cy + 3.5, "◀", "start", 8, "#222");
      if (rhi > b) svg += Text(x(b) + 1, cy + 3.5, "▶", "end", 8, "#222");
    }
    const bool holds = r.q_value < 0.05;
    svg += fmt::format("<rect class=\"rr\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"8\" height=\"8\" fill=\"{}\" "
                       "stroke=\"#222\"/>",
                       x(r.risk_ratio.rr) - 4, cy - 4, holds ? "#222" : "#fff");
    svg += Text(W - num_w + 8, cy + 4,
                fmt::format("{}  q {}  ({}/{} vs {}/{})", RiskCell(r.risk_ratio), PValue(r.q_value), r.high.onset_days,
                            r.high.days, r.low.onset_days, r.low.days),
                "start", 9, "#222");
    svg += "</g>\n";
  }
  return svg + "</svg>\n";
}

std::string AnalysisSections(const Analysis& a, const std::string& heading_note) {
  const AnalysisParams& p = a.params;
  std::string h;
  // Findings first: the sentences a reader takes away.
  h += "<section class=\"findings\">\n<h2>Findings over the whole journal</h2>\n" + heading_note;
  const std::vector<std::string> findings = Findings(a);
  if (findings.empty()) {
    int with_data = 0;
    for (const FollowupRow& r : a.followup) with_data += r.enough_data;
    for (const FactorRow& r : a.factors) with_data += r.enough_data;
    h += with_data ? fmt::format("<p>No clear difference in {} {} with enough data.</p>\n", with_data,
                                 with_data == 1 ? "comparison" : "comparisons")
                   : "<p>Not enough data yet.</p>\n";
  } else {
    h += "<ul>\n";
    for (const std::string& f : findings) h += "<li>" + HtmlEsc(f) + "</li>\n";
    h += "</ul>\n";
  }
  h += "</section>\n";

  // Branch.
  h += "<section class=\"branch\">\n<h2>Branch: does pain come back after passive relief?</h2>\n";
  h += "<p class=\"note\">" +
       HtmlEsc(fmt::format("Treatments with movement within {} against those without; \"came back\": a new episode "
                           "at the site within {}; persisted: the pain never let up; censored: the journal does not "
                           "reach that far yet. Rates of the treatments with a known outcome; risk ratio without / "
                           "with, Fisher's exact p.",
                           HumanSpan(p.followup_window), HumanSpan(p.recurrence_window))) +
       "</p>\n";
  bool any_treatment = false;
  for (const FollowupRow& r : a.followup)
    any_treatment = any_treatment || r.with_followup.treatments + r.without_followup.treatments > 0;
  if (!any_treatment)
    h += "<p>No passive relief logged.</p>\n";
  else
    h += FollowupTableHtml(a);
  if (a.unattributed_treatments)
    h += fmt::format("<p class=\"note\">{} passive relief {} without a site and with no episode active then: counted, "
                     "not analysed.</p>\n",
                     a.unattributed_treatments, a.unattributed_treatments == 1 ? "entry" : "entries");
  h += "</section>\n";

  bool any_relief = false;
  for (const ReliefRow& r : a.relief) any_relief = any_relief || r.with_followup.n + r.without_followup.n > 0;
  if (any_relief) {
    // The section may break between sites (not inside one); its heading
    // stays with the first.
    std::string intro =
        "<h3>How long relief lasts</h3>\n<p class=\"note\">" +
         HtmlEsc(fmt::format("Share of treatments still pain-free at the site, counted from {} after the treatment "
                             "(when it is known whether movement followed); a tick marks a treatment the journal "
                             "follows no further. Median and shares with their 95% intervals; n.r.: not reached.",
                             HumanSpan(p.followup_window))) +
         "</p>\n";
    h += "<section class=\"relief-section\">\n";
    for (const ReliefRow& r : a.relief) {
      if (r.with_followup.n + r.without_followup.n == 0) continue;
      h += "<div class=\"keep\">\n" + intro + "<h3>" + SiteName(r.site) + "</h3>\n<div class=\"relief\">\n" + ReliefCurves(r, p.followup_window) +
           "<div>\n" + ReliefNumbers(r, p.followup_window) + "</div>\n</div>\n</div>\n";
      intro.clear();
    }
    h += "</section>\n";
  }

  // Roots.
  h += "<section class=\"roots\">\n<h2>Roots: what comes before onsets?</h2>\n";
  std::vector<const FactorRow*> shown, thin;
  for (const FactorRow& r : a.factors)
    (r.enough_data && std::isfinite(r.risk_ratio.rr) && r.risk_ratio.rr > 0 ? shown : thin).push_back(&r);
  if (a.factors.empty()) h += "<p>No load or factor recorded yet.</p>\n";
  if (!shown.empty()) {
    h += "<p class=\"note\">" +
         HtmlEsc(fmt::format("Onsets at the site on the day or within {} after a high day, against other days: risk "
                             "ratio with its 95% interval; filled: q < 0.05 (adjusted for the number of comparisons). "
                             "Beside each: onset days / days, high against other.",
                             p.lag_days == 1 ? std::string("1 day") : std::to_string(p.lag_days) + " days"));
    // Pain elsewhere counts only what comes after (SPEC 4).
    if (std::any_of(shown.begin(), shown.end(), [](const FactorRow* r) { return r->kind == FactorKind::kPainElsewhere; }))
      h += HtmlEsc(fmt::format(" For pain at another site, the high days are its pain days, and onsets count on {} only.",
                               p.lag_days == 0   ? std::string("the same day")
                               : p.lag_days == 1 ? std::string("the next day")
                                                 : "the " + std::to_string(p.lag_days) + " days after"));
    h += "</p>\n";
    h += ForestPlot(shown);
  }
  if (!thin.empty()) {
    h += "<p class=\"not-enough\"><b>Not enough data</b> (3 high days, 3 other days and 3 onset days needed): ";
    std::vector<std::string> names;
    for (const FactorRow* r : thin)
      names.push_back(fmt::format("{} <span class=\"when\">({}: {}/{} vs {}/{})</span>", HtmlEsc(FactorName(*r)),
                                  HtmlEsc(r->site), r->high.onset_days, r->high.days, r->low.onset_days, r->low.days));
    h += Join(names, "; ") + ".</p>\n";
  }
  h += "</section>\n";
  return h;
}

}  // namespace pj
