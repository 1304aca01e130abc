// The pieces both printable pages (report_html.h) are built from: the page
// shell with its print CSS, escaping, and the SVG charts (line and bar
// charts, the pain timeline with its markers, relief step curves, the
// forest plot of risk ratios). Each returns finished HTML; none computes a
// statistic, they only draw what the analysis and the report computed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "painjournal/analysis.h"
#include "painjournal/time.h"

namespace pj {

// HTML-escaped after Visible: a page that quotes the journal carries no
// control character either (HTML cannot show most of them, even as &#x1b;).
std::string HtmlEsc(const std::string& s);

// From <!DOCTYPE html> to <body>, with the page's CSS; and its end.
std::string HtmlPageStart(const std::string& title);
std::string HtmlPageEnd();


// A line (or bar) chart over `days` (oldest first): one series a row of
// `values` (NaN = no point), y from 0 to `top`, a legend of `names`.
std::string LineChart(const std::vector<std::string>& names, const std::vector<std::vector<double>>& values,
                      const std::vector<Date>& days, double top, const std::string& title, bool bars = false,
                      double height = 180);

// ---- The pain timeline ----

// An entry's intensity at a site, at its time.
struct TimelinePoint {
  Time at;
  std::string site;
  int intensity = 0;
};
// A passive or movement action logged at a time; no site: logged without
// one (drawn on its own row).
struct TimelineMark {
  Time at;
  std::optional<std::string> site;
  std::string actions;  // "massage, heat": for the marker's tooltip
  bool passive = false;  // else movement
};
// One band per site (intensity 0-10 at each entry's time, the pain
// threshold dashed), a row of passive markers (downward triangles) and a
// row of movement markers (upward triangles) under each, a last row for
// actions logged without a site, and a legend. `days` oldest first.
std::string TimelineChart(const std::vector<std::string>& sites, const std::vector<TimelinePoint>& points,
                          const std::vector<TimelineMark>& marks, const std::vector<Date>& days, int day_start_min,
                          int pain_threshold);

// ---- The analysis ----

// A factor as a person reads it: "stress ≥ 7", "sitting ≥ 8 h",
// "sleep_hours ≥ 5.75 (median)", "lower-back pain" for `pain:lower-back`.
std::string FactorName(const FactorRow& r);

// The two groups' relief curves of one row as steps (still pain-free
// against days after the landmark, `followup_window` after treatment),
// with censoring ticks.
std::string ReliefCurves(const ReliefRow& r, int64_t followup_window);

// The risk ratios of `rows` (high / low days) with their 95% intervals on a
// log axis, a line at 1, each row labelled and its numbers beside it.
std::string ForestPlot(const std::vector<const FactorRow*>& rows);

// The sections of an analysis both pages show: the findings (sentences),
// the branch (follow-up table and relief curves) and the roots (forest
// plot, then the factors without enough data named). `heading_note` goes
// under the first heading (the report says the analysis is of the whole
// journal).
std::string AnalysisSections(const Analysis& a, const std::string& heading_note);

}  // namespace pj
