// The two faces of an Analysis: the JSON object of SPEC section 4, and the
// text a person reads. Both only read the Analysis; neither computes.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "painjournal/analysis.h"

namespace pj {

// Styles for the text (ANSI codes, or empty strings for none).
struct TextStyle {
  std::string bold, dim, reset;
};

// Keeps only the rows of these sites (and the "*" follow-up row); all when
// `sites` is empty.
Analysis OnlySites(const Analysis& a, const std::vector<std::string>& sites);

// The SPEC JSON object, full-precision numbers, null for what cannot be
// computed; ends in a newline.
std::string AnalysisJson(const Analysis& a);
// The same, streamed: the episodes are written one at a time.
void WriteAnalysisJson(const Analysis& a, std::ostream& out);

// The text report: per site its episodes, the follow-up comparison (branch)
// and the factors before onsets (roots), strongest first, worded as
// association, each number with its n, interval and p; then what to try.
// `all`: every factor's counts even without enough data (otherwise they
// are named in one line). Ends with a short legend of the terms.
std::string AnalysisText(const Analysis& a, const TextStyle& style = {}, bool all = false);

// What the words of the analysis mean here, in plain words, for
// `journal analyze --explain`; `p` gives the windows their values.
std::string AnalysisExplain(const AnalysisParams& p);

// Findings that hold (enough data, p < 0.05 for follow-up, q < 0.05 for a
// factor), one careful sentence each; used by `journal report` too.
std::vector<std::string> Findings(const Analysis& a);

// A factor row's name as the text says it: "sitting >= 8 h", "sleep_hours
// >= 5.75 (its median)", "lower-back pain" (pain elsewhere). Unescaped: a
// renderer escapes it for its own medium.
std::string FactorRowLabel(const FactorRow& r);

// A duration as a sentence says it: "48 h", "14 days".
std::string HumanSpan(int64_t seconds);

// Word-wraps `text` at `width` columns; lines after the first are indented
// by `indent` spaces (the first by `first_indent`).
std::string Wrap(const std::string& text, size_t width, size_t first_indent, size_t indent);

}  // namespace pj
