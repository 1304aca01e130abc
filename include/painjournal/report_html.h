// The printable pages: `journal report --format html` (the therapist's
// page of a period) and `journal analyze --format html` (the analysis
// alone). One self-contained file each: inline CSS and SVG, no script, no
// network; A4 print CSS. Pure: they only read what they are given.
#pragma once

#include <string>
#include <vector>

#include "painjournal/analysis.h"
#include "painjournal/entry.h"
#include "painjournal/report.h"
#include "painjournal/vocab.h"

namespace pj {

// What the report page shows beyond the weeks' figures: the entries of the
// period (for the timeline's markers and the notes; entries outside the
// weeks are ignored) with the vocabulary that classes their actions, and
// the analysis of the whole journal (null: left out, as with --no-findings).
struct ReportPageInput {
  const std::vector<Entry>* entries = nullptr;
  const Vocabulary* vocab = nullptr;
  const Analysis* analysis = nullptr;
};

// `weeks` newest first; `now` is the page's "as of". Order: who and when,
// the pain timeline, (the experiment), branch, roots, load charts, notes,
// then the weeks' tables.
std::string ReportHtml(const std::vector<WeekReport>& weeks, const AnalysisParams& p, const Time& now,
                       const ReportPageInput& in = {});

// The analysis alone: its period, findings, branch and roots.
std::string AnalysisHtml(const Analysis& a, const Time& now);

}  // namespace pj
