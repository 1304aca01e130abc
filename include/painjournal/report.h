// The weekly report of SPEC section 5: one plain struct per ISO week,
// computed from entries (pure), rendered as text, JSON, CSV or HTML by
// report_render.h.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "painjournal/analysis.h"
#include "painjournal/entry.h"
#include "painjournal/time.h"
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

struct LoadWeek {
  double stress_mean = 0;         // mean of the days' means; NaN if none
  double sitting_hours_mean = 0;  // likewise
  int shallow_days = 0;
  int breathing_days = 0;  // days with breathing logged
  std::array<double, 7> stress_daily{};   // NaN for a day without
  std::array<double, 7> sitting_daily{};  // NaN for a day without
};

struct OpenFollowup {
  std::string action;
  std::optional<std::string> site;
  Time at;
  Time due;
};

struct WeekReport {
  Date start;  // the Monday
  std::string week;
  bool current = false;  // holds "now": the week so far
  int entries = 0;
  int days_logged = 0;
  std::vector<SiteWeek> sites;  // sites with an entry this week, by name
  LoadWeek load;
  LoadWeek prev_load;
  std::vector<std::pair<std::string, int>> actions;  // most done first
  int passive_actions = 0;
  int movement_actions = 0;
  int other_actions = 0;
  int passive = 0;  // entries with passive relief this week
  int with_followup = 0;  // of those, followed by movement within the window
  int pending = 0;  // of those, window still open at "now" with no movement yet
  std::vector<OpenFollowup> open;  // still open at "now"
  std::vector<std::string> findings;  // over the whole journal
  bool findings_computed = false;     // false with --no-findings
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

}  // namespace pj
