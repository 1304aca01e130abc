// Trials in the weekly report (SPEC sections 5 and 6): which trials a
// report of some weeks shows, and what it says of each, as text and JSON
// (trial_html.h draws its chart). Pure: the CLI reads the plans, the
// entries and the clock.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "painjournal/entry_json.h"
#include "painjournal/trial.h"

namespace pj {

// A trial that ended this many days or fewer before the first day of the
// reported weeks still shows, with its result: the week after a trial
// ends is when its result is new.
constexpr int kTrialReportRecentDays = 28;

// The last day a trial counts: its stop day if it was stopped, else the
// last day of its plan.
int64_t TrialEndDay(const TrialPlan& plan, int day_start_min);

// Whether a report of the journal days [first, last] shows the trial: its
// days (to the end day) meet them, or it ended at most
// kTrialReportRecentDays before `first`. A trial planned to begin after
// `last` is not shown (`journal trial` shows it).
bool TrialInReport(const TrialPlan& plan, int64_t first, int64_t last, int day_start_min);

// One trial as a report shows it, as of `today`.
struct ReportTrial {
  enum State { kPlanned, kRunning, kFinished, kStopped };
  TrialPlan plan;
  TrialResult result;  // its `daily` outcomes feed the HTML chart
  State state = kPlanned;
  int64_t today = 0;   // journal day of "now"
  TrialDay today_day;  // where today falls; its condition while running
};
ReportTrial ViewReportTrial(const TrialPlan& plan, const std::vector<Entry>& entries, int64_t today,
                            int day_start_min);

const char* TrialStateName(ReportTrial::State s);  // "planned", "running", "finished", "stopped"

// What the report says of a trial, unwrapped: "Trial NAME: ACTION for your
// SITE, FIRST to LAST, STATE."; today's condition while it runs (else
// empty); and the summary of `trial result` (the result sentence once it
// has ended; when it starts, if planned).
struct ReportTrialWords {
  std::string heading, today, summary;
};
ReportTrialWords WordsOfReportTrial(const ReportTrial& t);

// The text block of one trial: a heading line, today's condition while it
// runs, and the summary of `trial result` (its result sentence once it has
// ended), wrapped to 78 columns.
std::string ReportTrialText(const ReportTrial& t);

// `trial result --format json`'s object, then "state" (as above), "today" (null, or
// {"day", "condition": "A"|"B", "washout", "todo"} while running) and
// "daily" (the outcome of each day so far, null when missing).
Json ReportTrialJson(const ReportTrial& t);

}  // namespace pj
