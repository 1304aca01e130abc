// The weekly report of SPEC section 5: one plain struct per ISO week,
// computed from entries (pure), and the view of its rows (ViewWeek, pure)
// that report_render.h writes as text, JSON, CSV or HTML.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "painjournal/analysis.h"
#include "painjournal/entry.h"
#include "painjournal/followup.h"
#include "painjournal/time.h"
#include "painjournal/trial_report.h"
#include "painjournal/vocab.h"

namespace pj {

// ISO 8601 weeks: Monday to Sunday; week 1 holds the year's first Thursday.
Date WeekMonday(const Date& d);
std::string IsoWeekName(const Date& monday);  // "2026-W47"
bool ParseIsoWeek(const std::string& s, Date* monday);

// A site with an entry this week or the week before (then with nothing
// this week: a site that went quiet still shows).
struct SiteWeek {
  std::string site;
  int episodes = 0;   // episodes whose onset falls in the week
  int pain_days = 0;  // days with a pain entry at the site
  double mean_intensity = 0;  // of every entry with an intensity; NaN if none
  std::optional<int> max_intensity;
  std::array<std::optional<int>, 7> daily_max;  // Monday .. Sunday
  double prev_mean_intensity = 0;  // the week before; NaN if none
};

// An upstream load the report shows, in the order shown. It exists so that
// the renderers iterate the loads without naming one: the table of them
// (ReportLoads, in report.cpp) says how each is counted and named.
struct LoadInfo {
  std::string key;    // JSON and CSV: KEY, prev_KEY, KEY_change
  std::string label;  // text and HTML (capitalised there): "stress (mean per day)"
  bool count_days = false;  // a number of days (an integer); else a mean of the days' means (one decimal)
  // HTML's daily chart of the load; no chart when `chart_heading` is empty.
  std::string chart_heading;  // "Stress (daily mean, 0-10)"
  std::string chart_label;    // the SVG's aria-label: "Daily mean stress"
  std::string series;         // the legend, and "No stress or ... logged": "stress"
  double chart_top = 10;      // the y axis runs from 0 to this
  bool chart_bars = false;    // bars, else a line
};
const std::vector<LoadInfo>& ReportLoads();

// One load over one week (a WeekReport holds one per ReportLoads() entry):
// the week's figure and the days behind it.
struct LoadWeek {
  double value = 0;  // a mean: NaN if no day recorded it; a count: the days it was high
  int days = 0;      // days on which it was recorded
  std::array<double, 7> daily{};  // the day's value (its mean, or 1/0 for a count); NaN for a day without
};

struct WeekReport {
  Date start;  // the Monday
  std::string week;
  bool current = false;  // holds "now": the week so far
  int entries = 0;
  int days_logged = 0;
  std::vector<SiteWeek> sites;  // sites with an entry this week, by name
  std::vector<LoadWeek> load;       // one per ReportLoads(), in its order
  std::vector<LoadWeek> prev_load;  // the week before, likewise
  std::vector<std::pair<std::string, int>> actions;  // most done first
  int passive_actions = 0;
  int movement_actions = 0;
  int other_actions = 0;
  int passive = 0;  // entries with passive relief this week
  int with_followup = 0;  // of those, followed by movement within the window
  int pending = 0;  // of those, window still open at "now" with no movement yet
  std::vector<OpenFollowup> open;  // still open at "now" (followup.h), soonest due first
  std::vector<std::string> findings;  // over the whole journal
  bool findings_computed = false;     // false with --no-findings
  int comparisons_with_data = 0;      // of the analysis, with enough data to be a finding
  // The trials the report shows (trial_report.h's TrialInReport), the same
  // on every week like the findings: the formats read the newest week's.
  std::vector<ReportTrial> trials;
};

// Journal days (SPEC section 4's day_start) decide which day and week an
// entry belongs to. Due times are shown in the process time zone.
// Reports for the weeks starting on `mondays`, from `sorted` entries that
// cover those weeks, the week before the first and the episode gap before
// that (to tell onsets from continuations), and the follow-up window after
// the last. `now` decides which follow-ups are still open.
std::vector<WeekReport> ComputeWeeks(const std::vector<Entry>& sorted, const std::vector<Date>& mondays,
                                     const Vocabulary& vocab, const AnalysisParams& p, const Time& now);

// The instants a report of these weeks needs entries from (see above).
std::pair<int64_t, int64_t> ReportRange(const std::vector<Date>& mondays, const AnalysisParams& p);

// ---- The view every format writes ----

// Which way a figure went against the week before, compared as shown (to
// one decimal for a mean), so that no format's arrow or word contradicts
// the numbers beside it. kNone: no comparison (a side without a value, a
// count over the week so far, or a count neither week recorded).
enum class Direction { kNone, kUp, kDown, kSame };
Direction CompareShown(double now, double before);
const char* DirectionName(Direction d);  // "up", "down", "same"; nullptr for kNone

// A figure this week against the week before: the one fact behind "↓ from
// 3.0", "none, was 4.0", and JSON's and CSV's KEY, prev_KEY and KEY_change.
struct VsWeekBefore {
  double now = 0;     // NaN: none this week
  double before = 0;  // NaN: none the week before
  Direction change = Direction::kNone;
};

// A site's row, as every format shows it.
struct SiteRow {
  std::string site;
  int episodes = 0;
  int pain_days = 0;
  VsWeekBefore mean_intensity;
  std::optional<int> max_intensity;
  std::array<std::optional<int>, 7> daily_max;  // Monday .. Sunday
};

// A load's row, as every format shows it.
struct LoadRow {
  const LoadInfo* info = nullptr;  // into ReportLoads()
  VsWeekBefore value;
  std::array<double, 7> daily{};  // for the HTML chart; NaN for a day without
};

// The rows of one week that text, HTML, JSON and CSV all write, computed
// once from a WeekReport so that the formats cannot disagree on what
// changed; the rest of a week (actions, follow-ups, findings) they read
// from the WeekReport itself.
struct WeekView {
  std::vector<SiteRow> sites;  // by name
  std::vector<LoadRow> loads;  // in ReportLoads() order
  // Nothing this week and nothing the week before: the tables would say
  // nothing, and text and HTML leave them out.
  bool nothing_to_compare = false;
};
WeekView ViewWeek(const WeekReport& w);

}  // namespace pj
