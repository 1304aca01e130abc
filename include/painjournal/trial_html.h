// Trials in the HTML weekly report: a section with each trial's daily
// outcome over the whole trial, its A and B periods shaded, washout days
// hatched, today marked, and the words of the text report. Kept in its
// own file so the page's layout (report_render) calls it in one line.
#pragma once

#include <string>
#include <vector>

#include "painjournal/trial_report.h"

namespace pj {

// A <section> with a heading and, per trial, its words and an inline SVG
// chart (no script, no external reference); "" when there is no trial.
std::string TrialsHtml(const std::vector<ReportTrial>& trials);

}  // namespace pj
