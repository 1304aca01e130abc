#include "painjournal/trial_html.h"
#include "painjournal/html_page.h"

#include <fmt/format.h>

#include <algorithm>

#include "painjournal/util.h"

namespace pj {

namespace {

constexpr const char* kColorA = "#dceaf7";   // light blue: as usual
constexpr const char* kColorB = "#fde2c4";   // light orange: the action
constexpr const char* kInk = "#333";

// The chart of one trial; `id` makes its pattern's id unique on the page.
std::string TrialChart(const ReportTrial& t, size_t id) {
  const TrialPlan& p = t.plan;
  const int n = p.total_days();
  const double W = 720, left = 36, right = 12, top = 22, plot_h = 150, legend_y = top + plot_h + 30;
  const double H = legend_y + 40;
  const double plot_w = W - left - right;
  const double step = plot_w / n;
  auto x0 = [&](int day) { return left + step * day; };             // left edge of a day (0-based)
  auto xc = [&](int day) { return left + step * (day + 0.5); };     // its middle
  auto y = [&](double v) { return top + plot_h * (1 - std::clamp(v, 0.0, 10.0) / 10.0); };
  const std::string hatch = fmt::format("trial-washout-{}", id);
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"100%\" role=\"img\" "
      "aria-label=\"{}\">\n",
      W, H, HtmlEsc(fmt::format("Trial {}: daily highest {} pain in its A and B periods", p.name, p.site)));
  svg += fmt::format(
      "<defs><pattern id=\"{}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#999\" "
      "stroke-width=\"1.5\"/></pattern></defs>\n",
      hatch);
  // The periods: A and B shaded, the washout days of each hatched over it.
  for (int k = 0; k < p.periods(); ++k) {
    const char c = p.sequence[static_cast<size_t>(k / 2)][static_cast<size_t>(k % 2)];
    const int from = k * p.period_days;
    svg += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\"/>", x0(from), top,
                       step * p.period_days, plot_h, c == 'B' ? kColorB : kColorA);
    if (p.washout_days > 0)
      svg += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"url(#{})\" "
                         "opacity=\"0.5\"/>",
                         x0(from), top, step * p.washout_days, plot_h, hatch);
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\">{}</text>\n",
                       x0(from) + step * p.period_days / 2, top - 6, c);
  }
  for (int g = 0; g <= 10; g += 5) {
    svg += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#fff\" stroke-width=\"0.8\"/>",
                       left, y(g), W - right, y(g));
    svg += fmt::format("<text x=\"{}\" y=\"{:.1f}\" font-size=\"10\" text-anchor=\"end\" fill=\"#555\">{}</text>\n",
                       left - 4, y(g) + 3, g);
  }
  // A date under the first day of every pair.
  for (size_t i = 0; i < p.sequence.size(); ++i) {
    const int from = static_cast<int>(i) * 2 * p.period_days;
    const Date d = CivilFromDays(p.first_day + from);
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" font-size=\"10\" fill=\"#555\">{} {}</text>", x0(from),
                       top + plot_h + 14, d.day, MonthAbbrev(d.month));
  }
  // Days after a stop were not run.
  const int counted = static_cast<int>(t.result.daily.size());
  if (t.state == ReportTrial::kStopped && counted < n)
    svg += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"#fff\" opacity=\"0.7\"/>",
                       x0(counted), top, step * (n - counted), plot_h);
  // The daily outcome: a line through consecutive rated days; analysed
  // days filled, washout days open.
  std::string points;
  auto flush = [&] {
    if (points.find(' ') != points.rfind(' '))
      svg += fmt::format("<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\" points=\"{}\"/>\n", kInk, points);
    points.clear();
  };
  std::string dots;
  for (int i = 0; i < counted; ++i) {
    const auto& v = t.result.daily[static_cast<size_t>(i)];
    if (!v) {
      flush();
      continue;
    }
    points += fmt::format("{:.1f},{:.1f} ", xc(i), y(*v));
    const bool washout = i % p.period_days < p.washout_days;
    dots += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3\" fill=\"{}\" stroke=\"{}\" stroke-width=\"1.2\"/>",
                        xc(i), y(*v), washout ? "#fff" : kInk, kInk);
  }
  flush();
  svg += dots + "\n";
  if (t.state == ReportTrial::kRunning) {
    const double tx = xc(t.today_day.day - 1);
    svg += fmt::format("<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\" stroke=\"#c00\" stroke-width=\"1.5\" "
                       "stroke-dasharray=\"4 3\"/><text x=\"{:.1f}\" y=\"{}\" font-size=\"10\" fill=\"#c00\" "
                       "text-anchor=\"middle\">today</text>\n",
                       tx, top, tx, top + plot_h, tx, top + plot_h + 26);
  }
  // Legend: two rows.
  struct Item {
    std::string swatch, label;
  };
  std::vector<Item> items = {
      {fmt::format("<rect width=\"12\" height=\"10\" fill=\"{}\"/>", kColorA), "A: as usual (no " + p.action + ")"},
      {fmt::format("<rect width=\"12\" height=\"10\" fill=\"{}\"/>", kColorB), "B: " + p.action + " every day"},
      {fmt::format("<rect width=\"12\" height=\"10\" fill=\"{}\"/><rect width=\"12\" height=\"10\" "
                   "fill=\"url(#{})\" opacity=\"0.5\"/>",
                   kColorA, hatch),
       "washout (not analysed)"},
      {fmt::format("<circle cx=\"6\" cy=\"5\" r=\"3\" fill=\"{0}\" stroke=\"{0}\"/>", kInk),
       "daily highest " + p.site + " pain"},
      {fmt::format("<circle cx=\"6\" cy=\"5\" r=\"3\" fill=\"#fff\" stroke=\"{}\" stroke-width=\"1.2\"/>", kInk),
       "rated on a washout day"},
  };
  if (t.state == ReportTrial::kRunning)
    items.push_back({"<line x1=\"6\" y1=\"0\" x2=\"6\" y2=\"10\" stroke=\"#c00\" stroke-width=\"1.5\" "
                     "stroke-dasharray=\"4 3\"/>",
                     "today"});
  for (size_t i = 0; i < items.size(); ++i) {
    const double lx = left + 230.0 * static_cast<double>(i % 3), ly = legend_y + 18.0 * static_cast<double>(i / 3);
    svg += fmt::format("<g transform=\"translate({:.1f},{:.1f})\">{}<text x=\"18\" y=\"9\" font-size=\"11\">{}</text>"
                       "</g>\n",
                       lx, ly, items[i].swatch, HtmlEsc(FitWidth(Visible(items[i].label), 34)));
  }
  return svg + "</svg>\n";
}

}  // namespace

std::string TrialsHtml(const std::vector<ReportTrial>& trials) {
  if (trials.empty()) return "";
  std::string h = "<section>\n<h2>Trials</h2>\n";
  for (size_t i = 0; i < trials.size(); ++i) {
    const ReportTrial& t = trials[i];
    // The words of the text report.
    const ReportTrialWords w = WordsOfReportTrial(t);
    h += "<h3>" + HtmlEsc(w.heading) + "</h3>\n";
    if (!w.today.empty()) h += "<p><strong>" + HtmlEsc(w.today) + "</strong></p>\n";
    h += "<p>" + HtmlEsc(w.summary) + "</p>\n";
    if (t.state != ReportTrial::kPlanned) h += TrialChart(t, i);
  }
  return h + "</section>\n";
}

}  // namespace pj
