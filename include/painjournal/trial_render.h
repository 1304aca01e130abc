// The words and the JSON of a trial (SPEC section 6), written once for the
// commands of `journal trial`, add's line for today and the weekly report,
// so that a result reads the same wherever it is shown. Pure.
#pragma once

#include <cstdint>
#include <string>

#include "painjournal/entry_json.h"
#include "painjournal/trial.h"

namespace pj {

// "Tue 1 Dec 2026".
std::string TrialDayName(int64_t journal_day);

// A condition in words: "qigong every day" (B), "as usual (no qigong)" (A).
std::string TrialConditionWords(const TrialPlan& p, char condition);

// What to do today: "qigong, then rate your neck" (B), "as usual (no
// qigong); rate your neck" (A).
std::string TrialTodayWords(const TrialPlan& p, char condition);

// `trial result --format json`: the object of SPEC section 6.
Json TrialResultJson(const TrialPlan& p, const TrialResult& r);

// The paragraph under the table of `trial result`, wrapped to 78 columns:
// before the end, the day and that the test is kept for the end; after,
// the result sentence with its effect, interval, p and adherence.
std::string TrialSummary(const TrialPlan& p, const TrialResult& r, int64_t today);
// The same words on one line, unwrapped (for HTML).
std::string TrialSummaryWords(const TrialPlan& p, const TrialResult& r, int64_t today);

// `trial result` as text: a heading line, the table of pairs, the summary.
std::string TrialResultText(const TrialPlan& p, const TrialResult& r, int64_t today);

}  // namespace pj
