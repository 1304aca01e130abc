#include "painjournal/analysis.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <set>

#include "painjournal/util.h"

namespace pj {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();


}  // namespace

int64_t JournalDay(const Time& t, int day_start_min) {
  Date d = LocalDate(Time{t.utc - day_start_min * 60, t.offset_min});
  return DaysFromCivil(d.year, d.month, d.day);
}

// ---- Episodes ----

std::map<std::string, SiteTimeline> SegmentEpisodes(const std::vector<Entry>& sorted, const AnalysisParams& p,
                                                    int64_t last_entry) {
  std::map<std::string, SiteTimeline> out;
  std::map<std::string, bool> open;  // an episode at the site may still grow
  for (const Entry& e : sorted) {
    if (!e.site || !e.intensity) continue;
    SiteTimeline& s = out[*e.site];
    bool& is_open = open[*e.site];
    if (*e.intensity < p.pain_threshold) {  // a relief entry ends any episode
      s.reliefs.push_back(e.at.utc);
      is_open = false;
      continue;
    }
    if (is_open && e.at.utc - s.episodes.back().end.utc <= p.episode_gap) {
      Episode& ep = s.episodes.back();
      ep.end = e.at;
      ++ep.entries;
      ep.max_intensity = std::max(ep.max_intensity, *e.intensity);
      continue;
    }
    s.episodes.push_back(Episode{*e.site, e.at, e.at, false, 1, *e.intensity});
    s.onsets.push_back(e.at.utc);
    is_open = true;
  }
  for (auto& [site, s] : out) {
    for (Episode& ep : s.episodes) {
      bool relief_after = std::upper_bound(s.reliefs.begin(), s.reliefs.end(), ep.end.utc) != s.reliefs.end();
      ep.ongoing = last_entry - ep.end.utc <= p.episode_gap && !relief_after;
    }
  }
  return out;
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

std::vector<Treatment> FindTreatments(const std::vector<Entry>& sorted, const Vocabulary& vocab,
                                      const std::map<std::string, SiteTimeline>& timelines, const AnalysisParams& p) {
  auto has_class = [&](const Entry& e, ActionClass c) {
    return std::any_of(e.did.begin(), e.did.end(), [&](const std::string& a) { return vocab.ClassOf(a) == c; });
  };
  std::vector<int64_t> movement;  // times of entries with a movement action
  for (const Entry& e : sorted)
    if (has_class(e, ActionClass::kMovement)) movement.push_back(e.at.utc);
  std::vector<Treatment> out;
  for (size_t i = 0; i < sorted.size(); ++i) {
    const Entry& e = sorted[i];
    if (!has_class(e, ActionClass::kPassive)) continue;
    Treatment t;
    t.entry = i;
    t.at = e.at;
    if (e.site) {
      t.sites = {*e.site};
    } else {
      for (const auto& [site, s] : timelines)
        if (ActiveEpisode(s, e.at.utc, p)) t.sites.push_back(site);
    }
    // Movement in the same entry or in any entry within the window after.
    auto m = std::lower_bound(movement.begin(), movement.end(), e.at.utc);
    t.followup = m != movement.end() && *m <= e.at.utc + p.followup_window;
    out.push_back(std::move(t));
  }
  return out;
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

// ---- Factors ----

namespace {

struct DayValues {
  double stress_sum = 0;
  int stress_n = 0;
  double sitting_sum = 0;
  int sitting_n = 0;
  bool breathing = false;
  bool shallow = false;
  std::map<std::string, std::pair<double, int>> user;  // sum, count
};

}  // namespace

std::vector<FactorRow> FactorTable(const std::vector<Entry>& sorted, const std::map<std::string, SiteTimeline>& timelines,
                                   const AnalysisParams& p) {
  // Each factor's value per journal day.
  std::map<int64_t, DayValues> days;
  std::set<std::string> user_names;
  // The highest intensity logged at each site each day (pain or relief).
  std::map<std::string, std::map<int64_t, int>> max_at;
  for (const Entry& e : sorted) {
    int64_t d = JournalDay(e.at, p.day_start_min);
    if (e.site && e.intensity) {
      auto [it, inserted] = max_at[*e.site].emplace(d, *e.intensity);
      if (!inserted) it->second = std::max(it->second, *e.intensity);
    }
    if (!e.stress && !e.sitting_hours && !e.breathing && e.factors.empty()) continue;
    DayValues& v = days[d];
    if (e.stress) {
      v.stress_sum += *e.stress;
      ++v.stress_n;
    }
    if (e.sitting_hours) {
      v.sitting_sum += *e.sitting_hours;
      ++v.sitting_n;
    }
    if (e.breathing) {
      v.breathing = true;
      v.shallow |= *e.breathing == "shallow";
    }
    for (const auto& [name, value] : e.factors) {
      auto& u = v.user[name];
      u.first += value;
      ++u.second;
      user_names.insert(name);
    }
  }
  // The factor series: (day, value) for each factor, in day order.
  struct Series {
    std::string name;
    double threshold;
    std::vector<std::pair<int64_t, double>> values;
    std::vector<double> ranks;  // of the values, for Spearman: the same for every site
  };
  std::vector<Series> series = {{"stress", 7, {}, {}}, {"sitting_hours", 8, {}, {}}, {"breathing", 1, {}, {}}};
  for (const auto& name : user_names) series.push_back({name, 0, {}, {}});
  for (const auto& [d, v] : days) {
    if (v.stress_n) series[0].values.emplace_back(d, v.stress_sum / v.stress_n);
    if (v.sitting_n) series[1].values.emplace_back(d, v.sitting_sum / v.sitting_n);
    if (v.breathing) series[2].values.emplace_back(d, v.shallow ? 1.0 : 0.0);
    for (size_t i = 3; i < series.size(); ++i) {
      auto u = v.user.find(series[i].name);
      if (u != v.user.end()) series[i].values.emplace_back(d, u->second.first / u->second.second);
    }
  }
  for (size_t i = 0; i < series.size(); ++i) {
    std::vector<double> vals;
    for (const auto& dv : series[i].values) vals.push_back(dv.second);
    if (i >= 3 && !vals.empty()) series[i].threshold = Median(vals);
    series[i].ranks = AverageRanks(vals);
  }

  std::vector<FactorRow> out;
  for (const auto& [site, tl] : timelines) {
    if (tl.episodes.empty()) continue;
    std::vector<int64_t> onset_days;
    for (const Episode& ep : tl.episodes) onset_days.push_back(JournalDay(ep.onset, p.day_start_min));
    std::sort(onset_days.begin(), onset_days.end());
    const std::map<int64_t, int>& max_by_day = max_at[site];
    for (const Series& s : series) {
      if (s.values.empty()) continue;
      FactorRow row;
      row.site = site;
      row.factor = s.name;
      row.threshold = s.threshold;
      std::vector<double> y;
      for (const auto& [d, value] : s.values) {
        // An onset on day d .. d + lag.
        auto o = std::lower_bound(onset_days.begin(), onset_days.end(), d);
        bool onset = o != onset_days.end() && *o <= d + p.lag_days;
        FactorGroup& g = value >= s.threshold ? row.high : row.low;
        ++g.days;
        g.onset_days += onset;
        int top = 0;
        for (auto m = max_by_day.lower_bound(d); m != max_by_day.end() && m->first <= d + p.lag_days; ++m)
          top = std::max(top, m->second);
        y.push_back(top);
      }
      for (FactorGroup* g : {&row.high, &row.low})
        g->rate = g->days ? static_cast<double>(g->onset_days) / g->days : kNaN;
      row.risk_ratio = RiskRatioLog(row.high.onset_days, row.high.days, row.low.onset_days, row.low.days);
      row.p_value = FisherExactTwoSided(row.high.onset_days, row.high.days - row.high.onset_days, row.low.onset_days,
                                        row.low.days - row.low.onset_days);
      row.rho = PearsonCorrelation(s.ranks, AverageRanks(y));
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

Analysis Analyze(std::vector<Entry> entries, const Vocabulary& vocab, const AnalysisParams& p) {
  // Sorting a million entries costs as much as the analysis; they usually
  // come sorted already.
  if (!std::is_sorted(entries.begin(), entries.end(), EntryBefore))
    std::stable_sort(entries.begin(), entries.end(), EntryBefore);
  Analysis a;
  a.params = p;
  a.entries = entries.size();
  if (entries.empty()) {
    a.followup = FollowupTable({}, {}, 0, p);  // the "*" row, empty
    return a;
  }
  a.first = entries.front().at;
  a.last = entries.back().at;
  const int64_t last = entries.back().at.utc;
  std::map<std::string, SiteTimeline> timelines = SegmentEpisodes(entries, p, last);
  for (const auto& [site, tl] : timelines) a.episodes.insert(a.episodes.end(), tl.episodes.begin(), tl.episodes.end());
  std::vector<Treatment> treatments = FindTreatments(entries, vocab, timelines, p);
  a.treatments = static_cast<int>(treatments.size());
  for (const Treatment& t : treatments) a.unattributed_treatments += t.sites.empty();
  a.followup = FollowupTable(treatments, timelines, last, p);
  a.factors = FactorTable(entries, timelines, p);
  return a;
}

}  // namespace pj
