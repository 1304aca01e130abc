#include "painjournal/trial.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "painjournal/analysis.h"
#include "painjournal/entry_fields.h"

namespace pj {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

}  // namespace

uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

bool ValidateTrialDesign(const std::string& name, int pairs, int period_days, int washout_days, std::string* err) {
  if (name.empty() || name.size() > 64 || name[0] == '-' || !std::all_of(name.begin(), name.end(), IsNameChar)) {
    *err = "trial name must be 1 to 64 letters, digits and '-' (not starting with '-'), not '" + name + "'";
    return false;
  }
  if (pairs < 2 || pairs > kMaxTrialPairs) {
    *err = "--pairs must be a whole number from 2 to " + std::to_string(kMaxTrialPairs) + ", not " +
           std::to_string(pairs);
    return false;
  }
  if (washout_days < 0) {
    *err = "--washout must be 0 days or more, not " + std::to_string(washout_days);
    return false;
  }
  if (period_days < washout_days + 1) {
    *err = "--period must be longer than the washout (" + std::to_string(washout_days) + " days): at least " +
           std::to_string(washout_days + 1) + "d, not " + std::to_string(period_days) + "d";
    return false;
  }
  return true;
}

TrialDay DayOf(const TrialPlan& plan, int64_t journal_day) {
  TrialDay d;
  const int64_t offset = journal_day - plan.first_day;
  if (offset < 0) return d;
  if (offset >= plan.total_days()) {
    d.state = TrialDay::kAfter;
    return d;
  }
  d.state = TrialDay::kRunning;
  d.day = static_cast<int>(offset) + 1;
  d.period = static_cast<int>(offset / plan.period_days);
  d.pair = d.period / 2;
  d.condition = plan.sequence[static_cast<size_t>(d.pair)][static_cast<size_t>(d.period % 2)];
  d.washout = offset % plan.period_days < plan.washout_days;
  return d;
}

double TQuantile975(int df) {
  // R 4.2.2: sprintf("%.17g", qt(0.975, 1:19)).
  static const double kT[] = {12.706204736174694, 4.3026527297494619, 3.1824463052837078, 2.7764451051977934,
                              2.5705818356363137, 2.4469118511449688, 2.3646242515927844, 2.3060041352041658,
                              2.2621571627982049, 2.2281388519862739, 2.2009851600916388, 2.1788128296672284,
                              2.1603686564627917, 2.1447866879178039, 2.1314495455597751, 2.1199052992212541,
                              2.1098155778333165, 2.1009220402410382, 2.0930240544083092};
  if (df < 1 || df > 19) return kNaN;
  return kT[df - 1];
}

double RandomisationP(const std::vector<double>& d) {
  const size_t k = d.size();
  if (k == 0 || k > static_cast<size_t>(kMaxTrialPairs)) return kNaN;
  double observed = 0, scale = 0;
  for (double v : d) {
    observed += v;
    scale += std::fabs(v);
  }
  observed = std::fabs(observed);
  // Sums of the same numbers in another order can differ in the last bits:
  // a re-labelling as extreme as the observed one must count.
  const double tol = 1e-9 * std::max(1.0, scale);
  const uint64_t n = uint64_t{1} << k;
  uint64_t extreme = 0;
  for (uint64_t mask = 0; mask < n; ++mask) {
    double sum = 0;
    for (size_t i = 0; i < k; ++i) sum += (mask >> i & 1u) ? -d[i] : d[i];
    if (std::fabs(sum) >= observed - tol) ++extreme;
  }
  return static_cast<double>(extreme) / static_cast<double>(n);
}

TrialResult EvaluateTrial(const TrialPlan& plan, const std::vector<Entry>& entries, int64_t today,
                          int day_start_min) {
  TrialResult r;
  int64_t last = std::min(today, plan.last_day());
  if (plan.stopped) last = std::min(last, JournalDay(*plan.stopped, day_start_min));
  r.finished = today > plan.last_day() || plan.stopped.has_value();

  // Each day of the trial: its highest intensity at the site, and whether
  // the action was logged.
  std::map<int64_t, int> rating;
  std::map<int64_t, bool> acted;
  for (const Entry& e : entries) {
    const int64_t day = JournalDay(e.at, day_start_min);
    if (day < plan.first_day || day > last) continue;
    if (e.site && *e.site == plan.site && e.Has(kIntensitySlot)) {
      const int v = *e.intensity();
      auto [it, added] = rating.emplace(day, v);
      if (!added) it->second = std::max(it->second, v);
    }
    if (std::find(e.did.begin(), e.did.end(), plan.action) != e.did.end()) acted[day] = true;
  }

  for (int64_t day = plan.first_day; day <= last; ++day) {
    auto it = rating.find(day);
    r.daily.push_back(it == rating.end() ? std::nullopt : std::optional<int>(it->second));
  }

  for (size_t i = 0; i < plan.sequence.size(); ++i) {
    TrialPair pair;
    pair.order = plan.sequence[i];
    for (int half = 0; half < 2; ++half) {
      const char condition = pair.order[static_cast<size_t>(half)];
      PeriodOutcome& out = condition == 'A' ? pair.a : pair.b;
      const int64_t start = plan.first_day + (static_cast<int64_t>(i) * 2 + half) * plan.period_days;
      double sum = 0;
      for (int k = 0; k < plan.period_days && start + k <= last; ++k) {
        const int64_t day = start + k;
        ++out.elapsed;
        const bool did = acted.count(day) > 0;
        out.adherent += (condition == 'B') == did;
        auto it = rating.find(day);
        if (k >= plan.washout_days && it != rating.end()) {
          sum += it->second;
          ++out.days;
        }
      }
      out.mean = out.days > 0 ? sum / out.days : kNaN;
      (condition == 'A' ? r.adherent_a : r.adherent_b) += out.adherent;
      (condition == 'A' ? r.days_a : r.days_b) += out.elapsed;
    }
    if (pair.a.days > 0 && pair.b.days > 0) {
      pair.difference = pair.b.mean - pair.a.mean;
      ++r.complete;
    }
    r.pairs.push_back(pair);
  }

  if (!r.finished || r.complete == 0) return r;
  std::vector<double> d;
  for (const TrialPair& p : r.pairs)
    if (p.difference) d.push_back(*p.difference);
  const double k = static_cast<double>(d.size());
  double mean = 0;
  for (double v : d) mean += v;
  mean /= k;
  r.effect = mean;
  if (d.size() >= 2) {
    double ss = 0;
    for (double v : d) ss += (v - mean) * (v - mean);
    const double half = TQuantile975(static_cast<int>(d.size()) - 1) * std::sqrt(ss / (k - 1)) / std::sqrt(k);
    r.effect_ci = Interval{mean - half, mean + half};
  }
  r.p_value = RandomisationP(d);
  r.min_p = std::min(1.0, 2.0 / std::ldexp(1.0, static_cast<int>(d.size())));
  return r;
}

bool RatedOn(const TrialPlan& plan, const std::vector<Entry>& entries, int64_t day, int day_start_min) {
  return std::any_of(entries.begin(), entries.end(), [&](const Entry& e) {
    return e.site && *e.site == plan.site && e.Has(kIntensitySlot) && JournalDay(e.at, day_start_min) == day;
  });
}

}  // namespace pj
