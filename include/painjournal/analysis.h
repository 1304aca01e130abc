// The analysis of SPEC section 4: episodes, treatments and their outcomes,
// and the upstream factors before onsets. Pure: entries in, an Analysis
// out; the text and JSON renderers (analysis_render.h) only read it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "painjournal/analysis_params.h"
#include "painjournal/entry.h"
#include "painjournal/stats.h"
#include "painjournal/vocab.h"

namespace pj {

// The journal day of an instant: its local date in its own offset, shifted
// back by day_start (a 02:00 entry with day_start 04:00 belongs to the day
// before). Days are counted from 1970-01-01.
int64_t JournalDay(const Time& t, int day_start_min);

struct Episode {
  std::string site;
  Time onset;
  Time end;
  bool ongoing = false;
  int entries = 0;
  int max_intensity = 0;
};

// What the lookups need of one site, in time order.
struct SiteTimeline {
  std::vector<Episode> episodes;
  std::vector<int64_t> onsets;   // UTC seconds, parallel to episodes
  std::vector<int64_t> reliefs;  // UTC seconds of relief entries
};

// Splits pain entries into episodes per site (entries sorted by time).
// `last_entry` is the journal's last entry, for `ongoing`.
std::map<std::string, SiteTimeline> SegmentEpisodes(const std::vector<Entry>& sorted, const AnalysisParams& p,
                                                    int64_t last_entry);

// The episode at the site active at `t`, or null: onset <= t <= end + gap,
// and no relief entry in (onset, t].
const Episode* ActiveEpisode(const SiteTimeline& s, int64_t t, const AnalysisParams& p);

struct Treatment {
  size_t entry = 0;  // index into the sorted entries
  Time at;
  std::vector<std::string> sites;  // empty: unattributed
  bool followup = false;
};

// Entries with a passive action, their sites (the entry's own, else every
// site with an episode active then) and whether movement followed (in the
// same entry or any entry up to followup_window after).
std::vector<Treatment> FindTreatments(const std::vector<Entry>& sorted, const Vocabulary& vocab,
                                      const std::map<std::string, SiteTimeline>& timelines, const AnalysisParams& p);

enum class Outcome { kCensored, kPersisted, kRecurred, kStayedAway };
const char* OutcomeName(Outcome o);
Outcome ClassifyOutcome(int64_t t, const SiteTimeline& site, int64_t last_entry, const AnalysisParams& p);

struct OutcomeCounts {
  int treatments = 0;
  int recurred = 0;
  int stayed_away = 0;
  int persisted = 0;
  int censored = 0;
  double rate = 0;  // recurred / (recurred + stayed_away); NaN when 0/0
  Interval rate_ci{0, 0};
};

struct FollowupRow {
  std::string site;  // "*": over all sites
  OutcomeCounts with_followup;
  OutcomeCounts without_followup;
  RiskRatio risk_ratio{0, {0, 0}, false};  // without / with
  double p_value = 1;
  bool enough_data = false;
};

// The row of several sites together (their counts summed), compared
// afresh; the "*" row is this over every site.
FollowupRow CombineRows(const std::vector<FollowupRow>& rows, const std::string& site);

// One row per site with an episode or a treatment (zero counts when it had
// no treatment), then the "*" row.
std::vector<FollowupRow> FollowupTable(const std::vector<Treatment>& treatments,
                                       const std::map<std::string, SiteTimeline>& timelines, int64_t last_entry,
                                       const AnalysisParams& p);

struct FactorGroup {
  int days = 0;
  int onset_days = 0;
  double rate = 0;  // NaN when no days
};

struct FactorRow {
  std::string site;
  std::string factor;  // stress, sitting_hours, breathing, or a user factor
  double threshold = 0;  // a day is high at or above it (breathing: 1 = shallow)
  FactorGroup high;
  FactorGroup low;
  RiskRatio risk_ratio{0, {0, 0}, false};  // high / low
  double p_value = 1;
  double q_value = 1;
  double rho = 0;  // NaN when it cannot be computed
  int n = 0;
  bool enough_data = false;
};

std::vector<FactorRow> FactorTable(const std::vector<Entry>& sorted, const std::map<std::string, SiteTimeline>& timelines,
                                   const AnalysisParams& p);

// "At least 3 in each group and at least 3 events" (SPEC section 4).
bool EnoughData(int group_a, int group_b, int events);

struct Analysis {
  AnalysisParams params;
  size_t entries = 0;
  std::optional<Time> first;
  std::optional<Time> last;
  std::vector<Episode> episodes;  // by site, then onset
  int treatments = 0;             // entries with a passive action
  int unattributed_treatments = 0;
  std::vector<FollowupRow> followup;
  std::vector<FactorRow> factors;
};

// The whole analysis. Entries may come in any order (hand edits); they are
// sorted by time first.
Analysis Analyze(std::vector<Entry> entries, const Vocabulary& vocab, const AnalysisParams& p);

}  // namespace pj
