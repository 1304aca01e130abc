// The four faces of the weekly report: text for the terminal, JSON, CSV
// (one row per site and week) and one self-contained printable HTML page
// (report_html.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "painjournal/analysis_render.h"
#include "painjournal/report.h"
#include "painjournal/report_html.h"  // the HTML face

namespace pj {

// `weeks` newest first. Text fits 80 columns; `style` colours it.
std::string ReportText(const std::vector<WeekReport>& weeks, const AnalysisParams& p, const TextStyle& style = {});
std::string ReportJson(const std::vector<WeekReport>& weeks);
std::string ReportCsv(const std::vector<WeekReport>& weeks);

// The strip of a week's daily highest intensity: one of ▁▂▃▄▅▆▇█ per day
// (0-10 scaled), a space for a day with nothing logged.
std::string Sparkline(const std::array<std::optional<int>, 7>& days);

}  // namespace pj
