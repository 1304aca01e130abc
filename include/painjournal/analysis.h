// The analysis of SPEC section 4: episodes, treatments and their outcomes,
// and the upstream factors before onsets. Pure: entries in, an Analysis
// out; the text and JSON renderers (analysis_render.h) only read it.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "painjournal/analysis_params.h"
#include "painjournal/entry.h"
#include "painjournal/page_arena.h"
#include "painjournal/stats.h"
#include "painjournal/survival.h"
#include "painjournal/vocab.h"

namespace pj {

// The journal day of an instant: its local date in its own offset, shifted
// back by day_start (a 02:00 entry with day_start 04:00 belongs to the day
// before). Days are counted from 1970-01-01.
int64_t JournalDay(const Time& t, int day_start_min);

// What the analysis needs of each entry, compact: its instant, site,
// whether it has a passive or a movement action, its scalar fields and its
// factors. Entries are added a month at a time and dropped by the caller,
// so a million-entry journal is analysed in about 100 MB instead of the
// ~450 MB its entries take.
class Moments {
 public:
  // One entry's worth. `site` indexes site_names(); -1 for none.
  struct Moment {
    std::int64_t utc = 0;
    std::int16_t offset_min = 0;
    bool passive = false;
    bool movement = false;
    std::int32_t site = -1;
    std::uint16_t scalar_set = 0;
    std::uint16_t n_factors = 0;
    std::uint32_t first_factor = 0;  // into factors()
    std::array<double, kScalarCount> scalar{};
    Time at() const { return Time{utc, offset_min}; }
    bool Has(int slot) const { return (scalar_set >> slot) & 1u; }
  };
  static_assert(kScalarCount <= 16, "Moment keeps 16 bits of scalar slots");
  struct FactorValue {
    std::uint32_t name;  // indexes factor_names()
    double value;
  };

  using List = std::deque<Moment, ArenaAllocator<Moment>>;

  explicit Moments(const Vocabulary& vocab)
      : vocab_(&vocab), all_(ArenaAllocator<Moment>(std::make_shared<PageArena>())) {}
  // Adds a batch of entries (sorted in place by EntryBefore first).
  void Add(std::vector<Entry>* batch);
  // Orders every moment by instant; ties keep their batch order, and within
  // a batch the order of EntryBefore (a tie across two month files would
  // need one instant logged with two offsets straddling a month's end).
  void Sort();

  size_t size() const { return all_.size(); }
  bool empty() const { return all_.empty(); }
  const Moment& operator[](size_t i) const { return all_[i]; }
  const List& all() const { return all_; }
  const std::vector<std::string>& site_names() const { return site_names_; }
  const std::vector<std::string>& factor_names() const { return factor_names_; }
  const std::vector<FactorValue>& factors() const { return factors_; }

 private:
  using Ids = std::unordered_map<std::string, std::uint32_t>;
  std::uint32_t Intern(std::vector<std::string>* names, Ids* ids, const std::string& name);

  const Vocabulary* vocab_;
  // Chunks: growing never copies the whole, nor holds twice its size. In
  // an arena of huge pages (page_arena.h) that its allocator owns.
  List all_;
  std::vector<FactorValue> factors_;
  std::vector<std::string> site_names_, factor_names_;
  // Looked up for every entry: hashed, not ordered (a std::map, with a
  // node built for each lookup, cost 18M of the 187M instructions of the
  // main thread of analyze at 100k entries).
  Ids site_ids_, factor_ids_;
  std::unordered_map<std::string, std::pair<bool, bool>> action_class_;  // passive, movement
};

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
  std::vector<int64_t> pains;    // UTC seconds of pain entries
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

// ---- Relief duration (SPEC 4a) ----

// Where one (treatment, site) pair stands at its landmark, t +
// followup_window: pain came back before it (returned early), the journal
// has not reached it yet, or it entered the curves with its relief time in
// days from the landmark (to the next pain entry at the site, an event; or
// to the journal's last entry, censored).
struct ReliefPair {
  enum Start { kReturnedEarly, kNotYet, kEntered } start = kNotYet;
  SurvivalTime time;
};
// `pains`: the site's pain entries, UTC seconds, ascending.
ReliefPair ReliefOf(int64_t t, const std::vector<int64_t>& pains, int64_t last_entry, const AnalysisParams& p);

// One group's curve: the entered pairs and what is read off their curve.
struct ReliefGroup {
  int n = 0;
  int events = 0;
  int censored = 0;
  int returned_early = 0;
  std::vector<SurvivalTime> times;  // of the entered pairs
  KaplanMeier curve;
  CurveReading median;      // days after the landmark
  CurveReading pain_free_7d;
  CurveReading pain_free_14d;
};

struct ReliefRow {
  std::string site;  // "*": over all sites, the log-rank stratified by site
  ReliefGroup with_followup;
  ReliefGroup without_followup;
  std::optional<double> logrank_p;
  bool enough_data = false;  // 3 entered in each group, 3 events
};

// One row per site with an entered pair, by name, then the "*" row.
std::vector<ReliefRow> ReliefTable(const std::vector<Treatment>& treatments,
                                   const std::map<std::string, SiteTimeline>& timelines, int64_t last_entry,
                                   const AnalysisParams& p);
// The row of several sites together, compared afresh (stratified by site).
ReliefRow CombineReliefRows(const std::vector<ReliefRow>& rows, const std::string& site);

struct FactorGroup {
  int days = 0;
  int onset_days = 0;
  double rate = 0;  // NaN when no days
};

// What a factor row compares its days by: a load logged with a built-in
// field, a factor the user defines, or pain at another site (SPEC 4, "Pain
// elsewhere": where pain starts rather than where it shows). Renderers ask
// this, not the name's spelling.
enum class FactorKind { kLoad, kUser, kPainElsewhere };

// The factor name of pain at `site`, as JSON and the tables spell it:
// "pain:lower-back".
std::string PainElsewhereName(const std::string& site);

struct FactorRow {
  std::string site;
  std::string factor;  // a load field's key (entry_fields.h), a user factor, or "pain:X"
  FactorKind kind = FactorKind::kLoad;
  std::string elsewhere;  // kPainElsewhere: X, the other site; else empty
  double threshold = 0;  // a day is high at or above it (breathing: 1 = shallow; pain elsewhere: 1 = pain at X)
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
  std::vector<ReliefRow> relief;
  std::vector<FactorRow> factors;
};

// The whole analysis. Entries may come in any order (hand edits); they are
// sorted by time first.
Analysis Analyze(std::vector<Entry> entries, const Vocabulary& vocab, const AnalysisParams& p);
// The same from moments (sorted with Sort()).
Analysis Analyze(const Moments& moments, const AnalysisParams& p);

}  // namespace pj
