// The printable pages (report_html.h) and their charts (html_page.h),
// checked by their structure: which markers, curves and axes are drawn
// where, and which lines the page says.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "painjournal/html_page.h"
#include "painjournal/report.h"
#include "painjournal/report_html.h"
#include "test_util.h"

using namespace pj;

namespace {

Time T(const std::string& s) { return pjtest::At(s); }

int n_ids = 0;

Entry E(const std::string& at, std::optional<std::string> site = std::nullopt, std::optional<int> intensity = {},
        std::vector<std::string> did = {}, std::optional<std::string> note = std::nullopt) {
  Entry e;
  e.id = "H" + std::to_string(++n_ids);
  e.at = T(at);
  e.site = std::move(site);
  if (intensity) e.set_intensity(*intensity);
  e.did = std::move(did);
  e.note = std::move(note);
  return e;
}

// The text between the first `from` and the next `to` after it.
std::string Between(const std::string& s, const std::string& from, const std::string& to) {
  size_t a = s.find(from);
  REQUIRE_MESSAGE(a != std::string::npos, from);
  size_t b = s.find(to, a);
  REQUIRE_MESSAGE(b != std::string::npos, to);
  return s.substr(a, b - a);
}

// The x of every match's first group, as numbers.
std::vector<double> Xs(const std::string& s, const std::string& pattern) {
  std::vector<double> out;
  std::regex re(pattern);
  for (auto m = std::sregex_iterator(s.begin(), s.end(), re); m != std::sregex_iterator(); ++m)
    out.push_back(std::stod((*m)[1]));
  return out;
}

// A week of entries at neck and lower-back with passive relief and
// movement, some without a site, and notes; `now` after it.
struct Week47 {
  Vocabulary vocab = Vocabulary::BuiltIn();
  AnalysisParams p;
  Time now = T("2026-11-23T10:00:00+01:00");
  std::vector<Entry> entries = {
      E("2026-11-16T09:00:00+01:00", "neck", 6, {"massage"}, "hunched over the laptop <again>"),
      E("2026-11-17T10:00:00+01:00", std::nullopt, std::nullopt, {"walk"}, "walked to work"),
      E("2026-11-18T18:00:00+01:00", "neck", 4, {"heat", "stretching"}),
      E("2026-11-19T08:00:00+01:00", "lower-back", 5, {"massage"}, "stiff after the drive"),
      E("2026-11-20T12:00:00+01:00", "neck", 2, {}, "much better"),
      // The week before: its note is not this page's.
      E("2026-11-12T12:00:00+01:00", "neck", 3, {}, "last week's note"),
  };
  std::vector<WeekReport> weeks() const {
    return ComputeWeeks(entries, {Date{2026, 11, 16}}, vocab, p, now);
  }
  std::string Page() const { return ReportHtml(weeks(), p, now, {&entries, &vocab, nullptr}); }
};

}  // namespace

TEST_CASE("report HTML: the timeline marks every passive treatment and every movement action, with a legend") {
  Week47 w;
  const std::string html = w.Page();
  const std::string timeline = Between(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\"", "</svg>");
  const std::string legend = Between(timeline, "<g class=\"legend\">", "</g>");
  const std::string marks = timeline.substr(0, timeline.find("<g class=\"legend\">"));
  // massage (neck), heat (neck), massage (lower-back): passive; walk (no
  // site), stretching (neck): movement. One marker each, one more in the legend.
  CHECK(pjtest::Count(marks, "class=\"mark-passive\"") == 3);
  CHECK(pjtest::Count(marks, "class=\"mark-movement\"") == 2);
  CHECK(pjtest::Count(legend, "class=\"mark-passive\"") == 1);
  CHECK(pjtest::Count(legend, "class=\"mark-movement\"") == 1);
  CHECK(legend.find(">passive relief</text>") != std::string::npos);
  CHECK(legend.find(">movement</text>") != std::string::npos);
  // Distinct markers: the two classes differ in colour and direction.
  CHECK(marks.find("class=\"mark-passive\" points=\"139.5,") != std::string::npos);
  // One band per site, by name, and a row for actions logged without a site.
  CHECK(pjtest::Count(timeline, "<g class=\"site\">") == 2);
  CHECK(timeline.find(">lower-back</text>") < timeline.find(">neck</text>"));
  CHECK(timeline.find(">no site given</text>") != std::string::npos);
  // Each marker sits at its entry's time: Monday 09:00 is 9/24 of the first
  // of 7 days across the plot (x from 112 to 710).
  const std::vector<double> passive_x = Xs(marks, "class=\"mark-passive\" points=\"([0-9.]+),");
  REQUIRE(passive_x.size() == 3);
  CHECK(*std::min_element(passive_x.begin(), passive_x.end()) + 4.5 == doctest::Approx(112 + 598 * (9.0 / 24) / 7).epsilon(0.001));
  // Tooltips name the actions.
  CHECK(marks.find("movement: walk</title>") != std::string::npos);
  CHECK(marks.find("passive: heat</title>") != std::string::npos);
}

TEST_CASE("report HTML: the period's notes, dated and grouped by site; a week with nothing logged says so in one line") {
  Week47 w;
  const std::string html = w.Page();
  const std::string notes = Between(html, "<section class=\"notes\">", "</section>");
  CHECK(notes.find("last week's note") == std::string::npos);
  CHECK(pjtest::Count(notes, "<li>") == 4);
  // Sites by name, then the notes without one; within a site in time order.
  const size_t lower_back = notes.find("<h3>lower-back</h3>"), neck = notes.find("<h3>neck</h3>"),
               none = notes.find("<h3>No site given</h3>");
  CHECK(lower_back < neck);
  CHECK(neck < none);
  CHECK(none != std::string::npos);
  CHECK(notes.find("<li><span class=\"when\">Mon 16 Nov 09:00, intensity 6</span>: hunched over the laptop "
                   "&lt;again&gt;</li>") != std::string::npos);
  CHECK(notes.find("much better") > notes.find("hunched over"));
  CHECK(notes.find("<li><span class=\"when\">Tue 17 Nov 10:00</span>: walked to work</li>") > none);

  // Two weeks, the older empty: one line in the header says so.
  std::vector<WeekReport> two = ComputeWeeks(w.entries, {Date{2026, 11, 16}, Date{2026, 11, 2}}, w.vocab, w.p, w.now);
  REQUIRE(two.size() == 2);
  REQUIRE(two[1].entries == 0);
  const std::string page = ReportHtml(two, w.p, w.now, {&w.entries, &w.vocab, nullptr});
  CHECK(pjtest::Count(page, "<li>2026-W45: nothing logged this week.</li>\n") == 1);
  CHECK(page.find("<li>2026-W47: 5 entries on 5 of 7 days.</li>") != std::string::npos);
  // One week, empty: one line too.
  std::vector<WeekReport> empty = ComputeWeeks({}, {Date{2026, 11, 2}}, w.vocab, w.p, w.now);
  const std::string none_page = ReportHtml(empty, w.p, w.now, {&w.entries, &w.vocab, nullptr});
  CHECK(none_page.find("<section class=\"period\">") != std::string::npos);
  CHECK(Between(none_page, "<section class=\"period\">", "</section>").find("<p>Nothing logged this week.</p>") !=
        std::string::npos);
  CHECK(none_page.find("<p>No notes in these weeks.</p>") != std::string::npos);
}

namespace {

FactorRow Factor(const std::string& site, const std::string& factor, double rr, double lo, double hi, double q,
                 bool enough = true) {
  FactorRow r;
  r.site = site;
  r.factor = factor;
  r.threshold = factor == "stress" ? 7 : 1;
  r.high = {10, 5, 0.5};
  r.low = {20, 3, 0.15};
  r.risk_ratio = {rr, {lo, hi}, false};
  r.p_value = q / 2;
  r.q_value = q;
  r.enough_data = enough;
  return r;
}

ReliefGroup Group(const std::vector<SurvivalTime>& times) {
  ReliefGroup g;
  g.times = times;
  g.curve = FitKaplanMeier(times);
  g.n = g.curve.n;
  g.events = g.curve.events;
  g.censored = g.curve.censored;
  g.median = KaplanMeierQuantile(g.curve);
  g.pain_free_7d = KaplanMeierAt(g.curve, 7);
  g.pain_free_14d = KaplanMeierAt(g.curve, 14);
  return g;
}

Analysis Example() {
  Analysis a;
  a.entries = 120;
  a.first = T("2026-08-01T09:00:00+02:00");
  a.last = T("2026-11-20T09:00:00+01:00");
  a.factors = {Factor("neck", "stress", 3.0, 1.5, 6.0, 0.01), Factor("neck", "pain:lower-back", 2.0, 0.5, 8.0, 0.3),
               Factor("neck", "sitting_hours", 0.5, 0.15, 1.25, 0.4),
               Factor("lower-back", "breathing", 1, 0, 0, 1, /*enough=*/false)};
  ReliefRow r;
  r.site = "neck";
  r.without_followup = Group({{1, true}, {2, true}, {2, true}, {4, false}, {5, true}});
  r.with_followup = Group({{3, true}, {9, true}, {12, false}, {20, false}});
  r.logrank_p = 0.04;
  r.enough_data = true;
  a.relief = {r};
  return a;
}

}  // namespace

TEST_CASE("forest plot: risk ratios on a log axis, labelled readably, the findings filled") {
  const Analysis a = Example();
  std::vector<const FactorRow*> rows = {&a.factors[0], &a.factors[1], &a.factors[2]};
  const std::string svg = ForestPlot(rows);
  // The axis: 1-2-5 ticks from 0.1 (below 0.2) to 10 (above 8), equal
  // distances for equal ratios.
  const std::string axis = Between(svg, "<g class=\"log-axis\">", "</g>");
  std::map<std::string, double> tick;
  std::regex tick_re("<text x=\"([0-9.]+)\" y=\"[0-9.]+\" font-size=\"9\" text-anchor=\"middle\" fill=\"#555\">([0-9.]+)</text>");
  for (auto m = std::sregex_iterator(axis.begin(), axis.end(), tick_re); m != std::sregex_iterator(); ++m)
    tick[(*m)[2]] = std::stod((*m)[1]);
  REQUIRE(tick.size() == 7);  // 0.1 0.2 0.5 1 2 5 10
  CHECK(tick.count("0.1") == 1);
  CHECK(tick.count("10") == 1);
  CHECK(tick["1"] - tick["0.1"] == doctest::Approx(tick["10"] - tick["1"]).epsilon(0.01));
  CHECK(tick["2"] - tick["1"] == doctest::Approx((tick["10"] - tick["1"]) * std::log10(2)).epsilon(0.01));
  CHECK(axis.find("log scale") != std::string::npos);
  // Each estimate is a square centred on its ratio; its interval a line.
  const std::vector<double> rr = Xs(svg, "<rect class=\"rr\" x=\"([0-9.]+)\"");
  REQUIRE(rr.size() == 3);
  CHECK(rr[0] + 4 == doctest::Approx(tick["1"] + (tick["10"] - tick["1"]) * std::log10(3)).epsilon(0.01));
  CHECK(rr[2] + 4 == doctest::Approx(tick["0.5"]).epsilon(0.01));
  CHECK(pjtest::Count(svg, "<line class=\"ci\"") == 3);
  // q < 0.05 filled, the others hollow.
  CHECK(Between(svg, "<rect class=\"rr\"", "/>").find("fill=\"#222\"") != std::string::npos);
  CHECK(pjtest::Count(svg, "height=\"8\" fill=\"#fff\"") == 2);
  // Labels: the site once, then readable factor names.
  CHECK(pjtest::Count(svg, ">neck</tspan>") == 1);
  CHECK(svg.find("stress ≥ 7</text>") != std::string::npos);
  CHECK(svg.find("lower-back pain</text>") != std::string::npos);
  CHECK(svg.find("pain:") == std::string::npos);
  CHECK(FactorName(a.factors[1]) == "lower-back pain");
}

TEST_CASE("analysis HTML: relief curves as steps with their numbers, the factors without enough data named") {
  const Analysis a = Example();
  const std::string html = AnalysisHtml(a, T("2026-11-21T10:00:00+01:00"));
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<h2>Roots: what comes before onsets?</h2>") != std::string::npos);
  // The factor without enough data is named, not plotted.
  const std::string thin = Between(html, "<p class=\"not-enough\">", "</p>");
  CHECK(thin.find("Not enough data") != std::string::npos);
  CHECK(thin.find("shallow breathing") != std::string::npos);
  CHECK(thin.find("lower-back") != std::string::npos);
  CHECK(pjtest::Count(Between(html, "class=\"forest\"", "</svg>"), "<rect class=\"rr\"") == 3);

  // Two step curves: every drop is a vertical step, as many as the distinct
  // event times (no movement: 1, 2, 5; with: 3, 9), ending at the curve's
  // last value; one tick per censored time.
  const std::string svg = Between(html, "class=\"relief-curves\"", "</svg>");
  std::regex path_re("<path class=\"km\" d=\"([^\"]*)\"");
  std::vector<std::string> paths;
  for (auto m = std::sregex_iterator(svg.begin(), svg.end(), path_re); m != std::sregex_iterator(); ++m)
    paths.push_back((*m)[1]);
  REQUIRE(paths.size() == 2);
  CHECK(pjtest::Count(paths[0], " V") == 3);
  CHECK(pjtest::Count(paths[1], " V") == 2);
  CHECK(pjtest::Count(paths[0], " H") == 4);  // 1, 2, 4 (censored), 5
  CHECK(svg.find("stroke-dasharray=\"5,3\"") != std::string::npos);  // no movement dashed
  // The clock starts at the landmark, the follow-up window after treatment.
  CHECK(svg.find(">days after the first 48 h</text>") != std::string::npos);
  CHECK(html.find("Back within the first 48 h (not in the curves): 0 without movement, 0 with.") != std::string::npos);
  // The numbers beside: entered, returns, median with its interval, log-rank p.
  const std::string numbers = Between(html, "<table class=\"relief-numbers\">", "</table>");
  CHECK(numbers.find("no movement</td><td>5</td><td>4</td><td>2.0") != std::string::npos);
  // With movement the curve sits at 0.5 from day 9 to its last time, 20:
  // the median is the middle of that stretch, as R reads it.
  CHECK(numbers.find("with movement</td><td>4</td><td>2</td><td>14.5 <span class=\"note\">(3.0–n.r.)") !=
        std::string::npos);
  CHECK(numbers.find("<td>75% <span class=\"note\">(13%–96%)</span></td>") != std::string::npos);
  CHECK(html.find("Log-rank p = 0.04.") != std::string::npos);
}

TEST_CASE("report HTML: the analysis is said to be over the whole journal, and is left out without one") {
  Week47 w;
  const Analysis a = Example();
  const std::string with = ReportHtml(w.weeks(), w.p, w.now, {&w.entries, &w.vocab, &a});
  CHECK(with.find("Over the whole journal (120 entries, 2026-08-01 to 2026-11-20), not only the weeks of this page.") !=
        std::string::npos);
  // The page's order: who and when, timeline, branch, roots, load, notes, weeks.
  std::vector<size_t> at;
  for (const char* s : {"class=\"period\"", "class=\"timeline\"", "class=\"branch\"", "class=\"roots\"",
                        "class=\"load\"", "class=\"notes\"", "<h2>Week by week</h2>"})
    at.push_back(with.find(s));
  for (size_t i = 0; i + 1 < at.size(); ++i) CHECK(at[i] < at[i + 1]);
  CHECK(at.back() != std::string::npos);
  const std::string without = w.Page();
  CHECK(without.find("class=\"branch\"") == std::string::npos);
  CHECK(without.find("class=\"forest\"") == std::string::npos);
}

TEST_CASE("report HTML: names and notes from a file reach the timeline and the notes only as visible escapes") {
  Week47 w;
  w.entries.push_back(E("2026-11-18T09:00:00+01:00", "neck\x1b[2J", 5, {"massage"}, "note \x1b]0;title\x07 <b>"));
  const std::string html = w.Page();
  CHECK(pjtest::TerminalSafe(html));
  CHECK(html.find(">neck\\e[2J</text>") != std::string::npos);  // the timeline's band
  CHECK(html.find("<h3>neck\\e[2J</h3>") != std::string::npos);   // the notes' group
  CHECK(html.find(" <b></li>") == std::string::npos);
  CHECK(html.find("&lt;b&gt;") != std::string::npos);
}
