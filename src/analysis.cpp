#include "painjournal/analysis.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <future>
#include <iterator>
#include <limits>
#include <set>

#include "painjournal/util.h"

namespace pj {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();


}  // namespace

int64_t JournalDay(const Time& t, int day_start_min) {
  // The day number of the local date, shifted back: a floor division (the
  // calendar date would only be converted back to the same number).
  const int64_t local = t.utc + (t.offset_min - day_start_min) * int64_t{60};
  return local / 86400 - (local % 86400 < 0);
}

// ---- Moments ----

std::uint32_t Moments::Intern(std::vector<std::string>* names, Ids* ids, const std::string& name) {
  if (auto it = ids->find(name); it != ids->end()) return it->second;
  const auto id = static_cast<std::uint32_t>(names->size());
  ids->emplace(name, id);
  names->push_back(name);
  return id;
}

void Moments::Add(std::vector<Entry>* batch) {
  SortEntries(batch);
  for (const Entry& e : *batch) {
    Moment m;
    m.utc = e.at.utc;
    m.offset_min = static_cast<std::int16_t>(e.at.offset_min);
    if (e.site) m.site = static_cast<std::int32_t>(Intern(&site_names_, &site_ids_, *e.site));
    for (const std::string& a : e.did) {
      auto it = action_class_.find(a);
      if (it == action_class_.end()) {
        const ActionClass c = vocab_->ClassOf(a);
        it = action_class_.emplace(a, std::make_pair(c == ActionClass::kPassive, c == ActionClass::kMovement)).first;
      }
      m.passive |= it->second.first;
      m.movement |= it->second.second;
    }
    m.scalar_set = static_cast<std::uint16_t>(e.scalar_set);
    m.scalar = e.scalar;
    m.first_factor = static_cast<std::uint32_t>(factors_.size());
    for (const auto& [name, value] : e.factors) {
      if (IsReservedFactorName(name)) continue;  // an old factor kept beside the field of its name
      if (factors_.size() - m.first_factor == 0xFFFF) break;  // no real entry has 65,535 factors
      factors_.push_back(FactorValue{Intern(&factor_names_, &factor_ids_, name), value});
    }
    m.n_factors = static_cast<std::uint16_t>(factors_.size() - m.first_factor);
    all_.push_back(m);
  }
}

void Moments::Sort() {
  if (!std::is_sorted(all_.begin(), all_.end(), [](const Moment& a, const Moment& b) { return a.utc < b.utc; }))
    std::stable_sort(all_.begin(), all_.end(), [](const Moment& a, const Moment& b) { return a.utc < b.utc; });
}

namespace {

// For the wrappers that need no action classes (episodes, factors).
const Vocabulary& NoVocab() {
  static const Vocabulary vocab = Vocabulary::BuiltIn();
  return vocab;
}

Moments SortedMoments(const std::vector<Entry>& sorted, const Vocabulary& vocab) {
  Moments m(vocab);
  std::vector<Entry> copy = sorted;
  m.Add(&copy);
  return m;
}

// ---- Episodes ----

// Per site (by index), in time order.
std::vector<SiteTimeline> Segment(const Moments& ms, const AnalysisParams& p, int64_t last_entry) {
  std::vector<SiteTimeline> out(ms.site_names().size());
  std::vector<char> open(out.size(), 0);  // an episode at the site may still grow
  for (const Moments::Moment& e : ms.all()) {
    if (e.site < 0 || !e.Has(kIntensitySlot)) continue;
    const int intensity = static_cast<int>(e.scalar[kIntensitySlot]);
    SiteTimeline& s = out[static_cast<size_t>(e.site)];
    char& is_open = open[static_cast<size_t>(e.site)];
    if (intensity < p.pain_threshold) {  // a relief entry ends any episode
      s.reliefs.push_back(e.utc);
      is_open = 0;
      continue;
    }
    if (is_open && e.utc - s.episodes.back().end.utc <= p.episode_gap) {
      s.pains.push_back(e.utc);
      Episode& ep = s.episodes.back();
      ep.end = e.at();
      ++ep.entries;
      ep.max_intensity = std::max(ep.max_intensity, intensity);
      continue;
    }
    s.pains.push_back(e.utc);
    s.episodes.push_back(Episode{ms.site_names()[static_cast<size_t>(e.site)], e.at(), e.at(), false, 1, intensity});
    s.onsets.push_back(e.utc);
    is_open = 1;
  }
  for (SiteTimeline& s : out) {
    s.episodes.shrink_to_fit();  // Analyze copies them once more at its end
    s.onsets.shrink_to_fit();
    s.reliefs.shrink_to_fit();
    s.pains.shrink_to_fit();
    for (Episode& ep : s.episodes) {
      bool relief_after = std::upper_bound(s.reliefs.begin(), s.reliefs.end(), ep.end.utc) != s.reliefs.end();
      ep.ongoing = last_entry - ep.end.utc <= p.episode_gap && !relief_after;
    }
  }
  return out;
}

std::map<std::string, SiteTimeline> BySiteName(const Moments& ms, std::vector<SiteTimeline> timelines) {
  std::map<std::string, SiteTimeline> out;
  for (size_t i = 0; i < timelines.size(); ++i) {
    // A site seen only without an intensity has no timeline, as before.
    if (timelines[i].episodes.empty() && timelines[i].reliefs.empty()) continue;
    out[ms.site_names()[i]] = std::move(timelines[i]);
  }
  return out;
}

}  // namespace

std::map<std::string, SiteTimeline> SegmentEpisodes(const std::vector<Entry>& sorted, const AnalysisParams& p,
                                                    int64_t last_entry) {
  Moments ms = SortedMoments(sorted, NoVocab());
  return BySiteName(ms, Segment(ms, p, last_entry));
}

const Episode* ActiveEpisode(const SiteTimeline& s, int64_t t, const AnalysisParams& p) {
  // Episodes of a site do not overlap: only the last one begun by t can be
  // active at t.
  auto it = std::upper_bound(s.onsets.begin(), s.onsets.end(), t);
  if (it == s.onsets.begin()) return nullptr;
  const Episode& ep = s.episodes[static_cast<size_t>(it - s.onsets.begin()) - 1];
  if (t > ep.end.utc + p.episode_gap) return nullptr;
  // A relief entry in (onset, t] ends it; one at t itself counts.
  auto r = std::upper_bound(s.reliefs.begin(), s.reliefs.end(), ep.onset.utc);
  if (r != s.reliefs.end() && *r <= t) return nullptr;
  return &ep;
}

// ---- Treatments and outcomes ----

namespace {

std::vector<Treatment> Treatments(const Moments& ms, const std::map<std::string, SiteTimeline>& timelines,
                                  const AnalysisParams& p) {
  std::vector<int64_t> movement;  // times of entries with a movement action
  size_t n_passive = 0;
  for (const Moments::Moment& e : ms.all()) {
    if (e.movement) movement.push_back(e.utc);
    n_passive += e.passive;
  }
  std::vector<Treatment> out;
  out.reserve(n_passive);  // grown by doubling, it was the peak of a million entries' memory
  for (size_t i = 0; i < ms.size(); ++i) {
    const Moments::Moment& e = ms[i];
    if (!e.passive) continue;
    Treatment t;
    t.entry = i;
    t.at = e.at();
    if (e.site >= 0) {
      t.sites = {ms.site_names()[static_cast<size_t>(e.site)]};
    } else {
      for (const auto& [site, s] : timelines)
        if (ActiveEpisode(s, e.utc, p)) t.sites.push_back(site);
    }
    // Movement in the same entry or in any entry within the window after.
    auto m = std::lower_bound(movement.begin(), movement.end(), e.utc);
    t.followup = m != movement.end() && *m <= e.utc + p.followup_window;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

std::vector<Treatment> FindTreatments(const std::vector<Entry>& sorted, const Vocabulary& vocab,
                                      const std::map<std::string, SiteTimeline>& timelines, const AnalysisParams& p) {
  return Treatments(SortedMoments(sorted, vocab), timelines, p);
}

const char* OutcomeName(Outcome o) {
  switch (o) {
    case Outcome::kCensored: return "censored";
    case Outcome::kPersisted: return "persisted";
    case Outcome::kRecurred: return "recurred";
    case Outcome::kStayedAway: return "stayed_away";
  }
  return "";
}

Outcome ClassifyOutcome(int64_t t, const SiteTimeline& site, int64_t last_entry, const AnalysisParams& p) {
  const int64_t until = t + p.recurrence_window;
  if (until > last_entry) return Outcome::kCensored;
  const Episode* active = ActiveEpisode(site, t, p);
  if (active && active->end.utc >= until) return Outcome::kPersisted;
  auto next = std::upper_bound(site.onsets.begin(), site.onsets.end(), t);
  if (next != site.onsets.end() && *next <= until) return Outcome::kRecurred;
  return Outcome::kStayedAway;
}

std::string PainElsewhereName(const std::string& site) { return "pain:" + site; }

bool EnoughData(int group_a, int group_b, int events) { return group_a >= 3 && group_b >= 3 && events >= 3; }

namespace {

void Count(OutcomeCounts* c, Outcome o) {
  ++c->treatments;
  switch (o) {
    case Outcome::kCensored: ++c->censored; break;
    case Outcome::kPersisted: ++c->persisted; break;
    case Outcome::kRecurred: ++c->recurred; break;
    case Outcome::kStayedAway: ++c->stayed_away; break;
  }
}

void Finish(FollowupRow* row) {
  for (OutcomeCounts* c : {&row->with_followup, &row->without_followup}) {
    int n = c->recurred + c->stayed_away;
    c->rate = n > 0 ? static_cast<double>(c->recurred) / n : kNaN;
    c->rate_ci = WilsonInterval(c->recurred, n);
  }
  const OutcomeCounts& w = row->with_followup;
  const OutcomeCounts& wo = row->without_followup;
  row->risk_ratio = RiskRatioLog(wo.recurred, wo.recurred + wo.stayed_away, w.recurred, w.recurred + w.stayed_away);
  row->p_value = FisherExactTwoSided(wo.recurred, wo.stayed_away, w.recurred, w.stayed_away);
  row->enough_data =
      EnoughData(w.recurred + w.stayed_away, wo.recurred + wo.stayed_away, w.recurred + wo.recurred);
}

}  // namespace

FollowupRow CombineRows(const std::vector<FollowupRow>& rows, const std::string& site) {
  FollowupRow out;
  out.site = site;
  for (const FollowupRow& r : rows) {
    for (auto [dst, src] : {std::pair<OutcomeCounts*, const OutcomeCounts*>{&out.with_followup, &r.with_followup},
                            {&out.without_followup, &r.without_followup}}) {
      dst->treatments += src->treatments;
      dst->recurred += src->recurred;
      dst->stayed_away += src->stayed_away;
      dst->persisted += src->persisted;
      dst->censored += src->censored;
    }
  }
  Finish(&out);
  return out;
}

std::vector<FollowupRow> FollowupTable(const std::vector<Treatment>& treatments,
                                       const std::map<std::string, SiteTimeline>& timelines, int64_t last_entry,
                                       const AnalysisParams& p) {
  std::map<std::string, FollowupRow> by_site;
  for (const auto& [site, tl] : timelines)
    if (!tl.episodes.empty()) by_site[site].site = site;
  for (const Treatment& t : treatments) {
    for (const std::string& site : t.sites) {
      auto tl = timelines.find(site);
      static const SiteTimeline kEmpty;
      Outcome o = ClassifyOutcome(t.at.utc, tl == timelines.end() ? kEmpty : tl->second, last_entry, p);
      FollowupRow& row = by_site[site];
      row.site = site;
      Count(t.followup ? &row.with_followup : &row.without_followup, o);
    }
  }
  std::vector<FollowupRow> out;
  for (auto& [site, row] : by_site) {
    Finish(&row);
    out.push_back(row);
  }
  out.push_back(CombineRows(out, "*"));
  return out;
}

// ---- Relief duration ----

ReliefPair ReliefOf(int64_t t, const std::vector<int64_t>& pains, int64_t last_entry, const AnalysisParams& p) {
  ReliefPair r;
  const int64_t landmark = t + p.followup_window;
  auto next = std::upper_bound(pains.begin(), pains.end(), t);
  if (next != pains.end() && *next <= landmark) {
    r.start = ReliefPair::kReturnedEarly;
    return r;
  }
  if (landmark > last_entry) return r;
  r.start = ReliefPair::kEntered;
  r.time.event = next != pains.end();
  r.time.time = static_cast<double>((r.time.event ? *next : last_entry) - landmark) / 86400.0;
  return r;
}

namespace {

void FinishGroup(ReliefGroup* g) {
  g->curve = FitKaplanMeier(g->times);
  g->n = g->curve.n;
  g->events = g->curve.events;
  g->censored = g->curve.censored;
  g->median = KaplanMeierQuantile(g->curve, 0.5);
  g->pain_free_7d = KaplanMeierAt(g->curve, 7);
  g->pain_free_14d = KaplanMeierAt(g->curve, 14);
}

// Fits both curves and compares them; rows[i]'s times are stratum i.
void FinishRelief(ReliefRow* row, const std::vector<const ReliefRow*>& strata) {
  FinishGroup(&row->with_followup);
  FinishGroup(&row->without_followup);
  std::vector<GroupedTime> grouped;
  for (size_t i = 0; i < strata.size(); ++i) {
    for (const SurvivalTime& t : strata[i]->with_followup.times) grouped.push_back({t, 1, static_cast<int>(i)});
    for (const SurvivalTime& t : strata[i]->without_followup.times) grouped.push_back({t, 0, static_cast<int>(i)});
  }
  row->logrank_p.reset();
  if (std::optional<LogRank> lr = LogRankTest(grouped)) row->logrank_p = lr->p;
  row->enough_data = EnoughData(row->with_followup.n, row->without_followup.n,
                                row->with_followup.events + row->without_followup.events);
}

}  // namespace

std::vector<ReliefRow> ReliefTable(const std::vector<Treatment>& treatments,
                                   const std::map<std::string, SiteTimeline>& timelines, int64_t last_entry,
                                   const AnalysisParams& p) {
  std::map<std::string, ReliefRow> by_site;
  static const std::vector<int64_t> kNoPain;
  for (const Treatment& t : treatments) {
    for (const std::string& site : t.sites) {
      auto tl = timelines.find(site);
      ReliefPair pair = ReliefOf(t.at.utc, tl == timelines.end() ? kNoPain : tl->second.pains, last_entry, p);
      ReliefRow& row = by_site[site];
      row.site = site;
      ReliefGroup& g = t.followup ? row.with_followup : row.without_followup;
      if (pair.start == ReliefPair::kReturnedEarly) ++g.returned_early;
      if (pair.start == ReliefPair::kEntered) g.times.push_back(pair.time);
    }
  }
  std::vector<ReliefRow> out;
  for (auto& [site, row] : by_site) {
    if (row.with_followup.times.empty() && row.without_followup.times.empty()) continue;
    FinishRelief(&row, {&row});
    out.push_back(std::move(row));
  }
  out.push_back(CombineReliefRows(out, "*"));
  return out;
}

ReliefRow CombineReliefRows(const std::vector<ReliefRow>& rows, const std::string& site) {
  ReliefRow all;
  all.site = site;
  std::vector<const ReliefRow*> strata;
  for (const ReliefRow& r : rows) {
    if (r.site == "*") continue;
    strata.push_back(&r);
    for (auto [from, to] : {std::pair{&r.with_followup, &all.with_followup},
                            std::pair{&r.without_followup, &all.without_followup}}) {
      to->returned_early += from->returned_early;
      to->times.insert(to->times.end(), from->times.begin(), from->times.end());
    }
  }
  FinishRelief(&all, strata);
  return all;
}

// ---- Factors ----

namespace {


}  // namespace

namespace {

// Puts (day, highest intensity) pairs in day order with one pair per day.
// Moments come in time order, so the days are nearly always in order
// already; an entry with another UTC offset can step a day back.
void SortDayMaxima(std::vector<std::pair<int64_t, int>>* days) {
  if (std::is_sorted(days->begin(), days->end())) return;
  std::sort(days->begin(), days->end());
  size_t out = 0;
  for (size_t i = 0; i < days->size(); ++i) {
    if (out > 0 && (*days)[out - 1].first == (*days)[i].first)
      (*days)[out - 1].second = std::max((*days)[out - 1].second, (*days)[i].second);
    else
      (*days)[out++] = (*days)[i];
  }
  days->resize(out);
}

std::vector<FactorRow> FactorRows(const Moments& ms, const std::map<std::string, SiteTimeline>& timelines,
                               const AnalysisParams& p) {
  const std::vector<int>& loads = LoadSlots();
  const size_t n_user = ms.factor_names().size();
  // Each factor's value per journal day: loads by slot, then user factors.
  struct Day {
    std::array<double, kScalarCount> sum{};  // a word load: 1 when the high word was logged
    std::array<int, kScalarCount> n{};
    std::vector<std::pair<double, int>> user;  // by factor index: sum, count
  };
  std::map<int64_t, Day> days;
  int64_t last_day = 0;
  Day* last = nullptr;  // moments come in time order: most share the day before's lookup
  // The highest intensity logged at each site each day (pain or relief),
  // as (day, intensity) in day order: read by moving cursors, not searched.
  std::vector<std::vector<std::pair<int64_t, int>>> max_at(ms.site_names().size());
  // Every journal day with any entry: the factor days of pain elsewhere.
  std::vector<int64_t> entry_days;
  for (const Moments::Moment& e : ms.all()) {
    const int64_t d = JournalDay(e.at(), p.day_start_min);
    if (entry_days.empty() || entry_days.back() != d) entry_days.push_back(d);
    const bool has_load = (e.scalar_set & ~(1u << kIntensitySlot)) != 0;
    const bool has_intensity = e.site >= 0 && e.Has(kIntensitySlot);
    if (!has_load && !has_intensity && e.n_factors == 0) continue;
    if (has_intensity) {
      const int intensity = static_cast<int>(e.scalar[kIntensitySlot]);
      auto& days_at = max_at[static_cast<size_t>(e.site)];
      if (!days_at.empty() && days_at.back().first == d) days_at.back().second = std::max(days_at.back().second, intensity);
      else days_at.emplace_back(d, intensity);
    }
    if (!has_load && e.n_factors == 0) continue;
    if (!last || d != last_day) {
      last = &days[d];
      last_day = d;
    }
    Day& v = *last;
    for (int slot : loads) {
      if (!e.Has(slot)) continue;
      const Field& f = ScalarField(slot);
      if (f.kind == FieldKind::kWord) {
        v.sum[slot] = std::max(v.sum[slot], LoadValue(f, e.scalar[slot]));
        v.n[slot] = 1;
      } else {
        v.sum[slot] += e.scalar[slot];
        ++v.n[slot];
      }
    }
    if (e.n_factors != 0 && v.user.empty()) v.user.assign(n_user, {0.0, 0});
    for (std::uint32_t i = e.first_factor; i < e.first_factor + e.n_factors; ++i) {
      const Moments::FactorValue& fv = ms.factors()[i];
      v.user[fv.name].first += fv.value;
      ++v.user[fv.name].second;
    }
  }
  // The factor series: (day, value) for each factor, in day order. Loads
  // have the table's threshold; a user factor is high at its median. User
  // factors are in name order, as the rows always were.
  std::sort(entry_days.begin(), entry_days.end());  // offsets may differ between entries
  entry_days.erase(std::unique(entry_days.begin(), entry_days.end()), entry_days.end());
  for (auto& days_at : max_at) SortDayMaxima(&days_at);
  struct Series {
    std::string name;
    int slot;             // a load's slot, or -1
    std::uint32_t index;  // a user factor's index, or pain elsewhere's site index
    double threshold;
    FactorKind kind = FactorKind::kLoad;
    std::vector<std::pair<int64_t, double>> values;
    std::vector<double> ranks;  // of the values, for Spearman: the same for every site
  };
  std::vector<Series> series;
  for (int slot : loads)
    series.push_back({std::string(ScalarField(slot).key), slot, 0, ScalarField(slot).load.high_at,
                      FactorKind::kLoad, {}, {}});
  std::vector<std::uint32_t> by_name(n_user);
  for (std::uint32_t i = 0; i < n_user; ++i) by_name[i] = i;
  std::sort(by_name.begin(), by_name.end(),
            [&](std::uint32_t x, std::uint32_t y) { return ms.factor_names()[x] < ms.factor_names()[y]; });
  for (std::uint32_t i : by_name) series.push_back({ms.factor_names()[i], -1, i, 0, FactorKind::kUser, {}, {}});
  for (const auto& [d, v] : days) {
    for (Series& s : series) {
      if (s.slot >= 0) {
        if (v.n[s.slot]) s.values.emplace_back(d, v.sum[s.slot] / v.n[s.slot]);
      } else if (!v.user.empty() && v.user[s.index].second) {
        s.values.emplace_back(d, v.user[s.index].first / v.user[s.index].second);
      }
    }
  }
  // Pain elsewhere: every site with a pain entry (so an episode), by name;
  // 1 on a day with a pain entry there, else 0, over every entry day.
  std::vector<std::uint32_t> pain_sites;
  for (const auto& [site, tl] : timelines) {
    if (tl.episodes.empty()) continue;
    for (std::uint32_t i = 0; i < ms.site_names().size(); ++i)
      if (ms.site_names()[i] == site) pain_sites.push_back(i);
  }
  for (std::uint32_t x : pain_sites) {
    Series s{PainElsewhereName(ms.site_names()[x]), -1, x, 1, FactorKind::kPainElsewhere, {}, {}};
    const auto& top = max_at[x];
    auto t = top.begin();
    for (int64_t d : entry_days) {
      while (t != top.end() && t->first < d) ++t;
      s.values.emplace_back(d, t != top.end() && t->first == d && t->second >= p.pain_threshold ? 1.0 : 0.0);
    }
    series.push_back(std::move(s));
  }
  for (Series& s : series) {
    std::vector<double> vals;
    for (const auto& dv : s.values) vals.push_back(dv.second);
    if (s.kind == FactorKind::kUser && !vals.empty()) s.threshold = Median(vals);
    s.ranks = AverageRanks(vals);
  }

  std::vector<FactorRow> out;
  for (const auto& [site, tl] : timelines) {
    if (tl.episodes.empty()) continue;
    std::vector<int64_t> onset_days;
    for (const Episode& ep : tl.episodes) onset_days.push_back(JournalDay(ep.onset, p.day_start_min));
    std::sort(onset_days.begin(), onset_days.end());
    static const std::vector<std::pair<int64_t, int>> kNone;
    const std::vector<std::pair<int64_t, int>>* found = &kNone;
    std::int64_t site_index = -1;
    for (size_t i = 0; i < ms.site_names().size(); ++i) {
      if (ms.site_names()[i] != site) continue;
      found = &max_at[i];
      site_index = static_cast<std::int64_t>(i);
    }
    const std::vector<std::pair<int64_t, int>>& max_by_day = *found;
    std::vector<int> y;  // the highest pain in each window, reused row to row
    for (const Series& s : series) {
      if (s.values.empty()) continue;
      const bool elsewhere = s.kind == FactorKind::kPainElsewhere;
      if (elsewhere && static_cast<std::int64_t>(s.index) == site_index) continue;  // pain:S is not a root of S
      FactorRow row;
      row.site = site;
      row.factor = s.name;
      row.kind = s.kind;
      if (elsewhere) row.elsewhere = ms.site_names()[s.index];
      row.threshold = s.threshold;
      // A factor's window is day d .. d + lag; pain elsewhere's is the days
      // after it, d + 1 .. d + lag (with lag 0, d itself), so that it says
      // what comes before an onset at S, not what comes with it.
      const int64_t from = elsewhere && p.lag_days > 0 ? 1 : 0;
      // The series is in day order, so the first onset and the first
      // maximum of each window only move forward: cursors, not searches.
      y.clear();
      auto o = onset_days.begin();
      auto m0 = max_by_day.begin();
      for (const auto& [d, value] : s.values) {
        while (o != onset_days.end() && *o < d + from) ++o;
        const bool onset = o != onset_days.end() && *o <= d + p.lag_days;
        FactorGroup& g = value >= s.threshold ? row.high : row.low;
        ++g.days;
        g.onset_days += onset;
        while (m0 != max_by_day.end() && m0->first < d + from) ++m0;
        int top = 0;
        for (auto m = m0; m != max_by_day.end() && m->first <= d + p.lag_days; ++m) top = std::max(top, m->second);
        y.push_back(top);
      }
      for (FactorGroup* g : {&row.high, &row.low})
        g->rate = g->days ? static_cast<double>(g->onset_days) / g->days : kNaN;
      row.risk_ratio = RiskRatioLog(row.high.onset_days, row.high.days, row.low.onset_days, row.low.days);
      row.p_value = FisherExactTwoSided(row.high.onset_days, row.high.days - row.high.onset_days, row.low.onset_days,
                                        row.low.days - row.low.onset_days);
      row.rho = PearsonCorrelation(s.ranks, SmallIntRanks(y));
      row.n = static_cast<int>(y.size());
      row.enough_data = EnoughData(row.high.days, row.low.days, row.high.onset_days + row.low.onset_days);
      out.push_back(std::move(row));
    }
  }
  std::vector<double> ps;
  for (const FactorRow& r : out) ps.push_back(r.p_value);
  std::vector<double> qs = BenjaminiHochberg(ps);
  for (size_t i = 0; i < out.size(); ++i) out[i].q_value = qs[i];
  return out;
}

}  // namespace

std::vector<FactorRow> FactorTable(const std::vector<Entry>& sorted, const std::map<std::string, SiteTimeline>& timelines,
                                   const AnalysisParams& p) {
  return FactorRows(SortedMoments(sorted, NoVocab()), timelines, p);
}

Analysis Analyze(std::vector<Entry> entries, const Vocabulary& vocab, const AnalysisParams& p) {
  Moments ms(vocab);
  ms.Add(&entries);
  return Analyze(ms, p);
}

Analysis Analyze(const Moments& ms, const AnalysisParams& p) {
  Analysis a;
  a.params = p;
  a.entries = ms.size();
  if (ms.empty()) {
    a.followup = FollowupTable({}, {}, 0, p);  // the "*" row, empty
    a.relief = ReliefTable({}, {}, 0, p);
    return a;
  }
  a.first = ms.all().front().at();
  a.last = ms.all().back().at();
  const int64_t last = ms.all().back().utc;
  std::map<std::string, SiteTimeline> timelines = BySiteName(ms, Segment(ms, p, last));
  // The factor rows need only the moments and the timelines, which nothing
  // changes from here on: they are computed beside the treatments, the
  // follow-up and the relief tables (each a part of `analyze`'s time).
  std::future<std::vector<FactorRow>> factors =
      std::async(std::launch::async, [&ms, &timelines, &p] { return FactorRows(ms, timelines, p); });
  std::vector<Treatment> treatments = Treatments(ms, timelines, p);
  a.treatments = static_cast<int>(treatments.size());
  for (const Treatment& t : treatments) a.unattributed_treatments += t.sites.empty();
  a.followup = FollowupTable(treatments, timelines, last, p);
  a.relief = ReliefTable(treatments, timelines, last, p);
  std::vector<Treatment>().swap(treatments);  // memory (issue 8): a million entries within 150 MB
  a.factors = factors.get();
  // Moved, not copied, once nothing needs the timelines; what else they
  // hold goes first, and each site's episodes as soon as they are moved.
  size_t n_episodes = 0;
  for (auto& [site, tl] : timelines) {
    n_episodes += tl.episodes.size();
    std::vector<int64_t>().swap(tl.onsets);
    std::vector<int64_t>().swap(tl.reliefs);
    std::vector<int64_t>().swap(tl.pains);
  }
  a.episodes.reserve(n_episodes);
  for (auto& [site, tl] : timelines) {
    std::move(tl.episodes.begin(), tl.episodes.end(), std::back_inserter(a.episodes));
    std::vector<Episode>().swap(tl.episodes);
  }
  return a;
}

}  // namespace pj
