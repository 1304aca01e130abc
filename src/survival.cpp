#include "painjournal/survival.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_set>
#include <utility>

#include "painjournal/stats.h"

namespace pj {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// R's findq (survival 3.5, quantile.survfit's helper), step for step: the
// x at which the step function y (a cumulative share, NaN where unknown)
// first reaches p, within a tolerance, taking the midpoint of a stretch
// that sits on p.
std::optional<double> FindQ(std::vector<double> x, std::vector<double> y, double p, double tol) {
  double ymax = -1;
  for (double v : y)
    if (!std::isnan(v)) ymax = std::max(ymax, v);
  if (ymax < p) return std::nullopt;
  const double xmax = x.back();
  // duplicated(y): NaN counts as equal to NaN, -0 as equal to 0 (== and
  // std::hash<double> agree on that). A set: a search of the values kept
  // so far made this quadratic, 6% of the main thread of analyze.
  std::vector<double> dx, dy;
  std::unordered_set<double> seen;
  bool seen_nan = false;
  for (size_t i = 0; i < y.size(); ++i) {
    if (std::isnan(y[i]) ? std::exchange(seen_nan, true) : !seen.insert(y[i]).second) continue;
    dx.push_back(x[i]);
    dy.push_back(y[i]);
  }
  const size_t n = dy.size();
  // approx(y + shift, 1:n, p, method = "constant", f = 1) with NA pairs
  // dropped: the first index whose shifted value is >= p, none past the end.
  auto index = [&](double shift) -> std::optional<size_t> {
    for (size_t i = 0; i < n; ++i)
      if (!std::isnan(dy[i]) && dy[i] + shift >= p) return i;
    return std::nullopt;
  };
  std::optional<size_t> i1 = index(tol), i2 = index(-tol);
  std::optional<double> q;
  if (p == 0) {
    q = dx[0];
  } else if (i1 && i2) {
    q = (dx[*i1] + dx[*i2]) / 2;
  }
  if (!std::isnan(dy[n - 1]) && std::fabs(p - dy[n - 1]) < tol && i1) q = (dx[*i1] + xmax) / 2;
  return q;
}

double ChiSquare1Upper(double x) { return std::erfc(std::sqrt(x / 2)); }

}  // namespace

KaplanMeier FitKaplanMeier(std::vector<SurvivalTime> times) {
  std::sort(times.begin(), times.end(),
            [](const SurvivalTime& a, const SurvivalTime& b) { return a.time < b.time; });
  KaplanMeier km;
  km.n = static_cast<int>(times.size());
  int at_risk = km.n;
  double surv = 1, cumvar = 0;
  for (size_t i = 0; i < times.size();) {
    size_t j = i;
    int died = 0, gone = 0;
    for (; j < times.size() && times[j].time == times[i].time; ++j) {
      ++gone;
      if (times[j].event) ++died;
    }
    km.events += died;
    km.censored += gone - died;
    if (died > 0) {
      surv *= 1.0 - static_cast<double>(died) / at_risk;
      cumvar += died == at_risk ? std::numeric_limits<double>::infinity()
                                : static_cast<double>(died) / (static_cast<double>(at_risk) * (at_risk - died));
    }
    double se = std::sqrt(cumvar);
    double lo = kNaN, hi = kNaN;
    if (surv > 0 && surv < 1) {
      // survfit_confint, conf.type = "log-log".
      double shift = kZ95 * se / std::log(surv);
      lo = std::exp(-std::exp(std::log(-std::log(surv)) - shift));
      hi = std::exp(-std::exp(std::log(-std::log(surv)) + shift));
    }
    km.time.push_back(times[i].time);
    km.at_risk.push_back(at_risk);
    km.died.push_back(died);
    km.surv.push_back(surv);
    km.std_err.push_back(se);
    km.lower.push_back(lo);
    km.upper.push_back(hi);
    at_risk -= gone;
    i = j;
  }
  return km;
}

CurveReading KaplanMeierQuantile(const KaplanMeier& km, double p) {
  CurveReading r;
  if (km.time.empty()) return r;
  // doquant: findq(c(0, time), c(0, 1 - curve), p, sqrt(.Machine$double.eps)).
  const double tol = std::sqrt(std::numeric_limits<double>::epsilon());
  std::vector<double> x{0};
  x.insert(x.end(), km.time.begin(), km.time.end());
  auto curve = [&](const std::vector<double>& s) {
    std::vector<double> y{0};
    for (double v : s) y.push_back(1 - v);
    return y;
  };
  r.value = FindQ(x, curve(km.surv), p, tol);
  r.lower = FindQ(x, curve(km.lower), p, tol);
  r.upper = FindQ(x, curve(km.upper), p, tol);
  return r;
}

CurveReading KaplanMeierAt(const KaplanMeier& km, double t) {
  CurveReading r;
  if (km.time.empty() || t > km.time.back()) return r;
  size_t k = static_cast<size_t>(std::upper_bound(km.time.begin(), km.time.end(), t) - km.time.begin());
  double surv = k == 0 ? 1.0 : km.surv[k - 1];
  r.value = surv;
  if (surv == 1) {
    r.lower = r.upper = 1.0;
  } else if (surv > 0) {
    r.lower = km.lower[k - 1];
    r.upper = km.upper[k - 1];
  }
  return r;
}

std::optional<LogRank> LogRankTest(const std::vector<GroupedTime>& times) {
  std::map<int, std::vector<GroupedTime>> strata;
  for (const GroupedTime& g : times) strata[g.stratum].push_back(g);
  double observed_minus_expected = 0, variance = 0;
  for (auto& [stratum, ts] : strata) {
    std::sort(ts.begin(), ts.end(), [](const GroupedTime& a, const GroupedTime& b) { return a.t.time < b.t.time; });
    double risk[2] = {0, 0};
    for (const GroupedTime& g : ts) risk[g.group != 0] += 1;
    for (size_t i = 0; i < ts.size();) {
      size_t j = i;
      double died[2] = {0, 0}, gone[2] = {0, 0};
      for (; j < ts.size() && ts[j].t.time == ts[i].t.time; ++j) {
        int g = ts[j].group != 0;
        gone[g] += 1;
        if (ts[j].t.event) died[g] += 1;
      }
      double n = risk[0] + risk[1], d = died[0] + died[1];
      if (d > 0) {
        observed_minus_expected += died[1] - d * risk[1] / n;
        if (n > 1) variance += risk[0] * risk[1] * d * (n - d) / (n * n * (n - 1));
      }
      risk[0] -= gone[0];
      risk[1] -= gone[1];
      i = j;
    }
  }
  if (!(variance > 0)) return std::nullopt;
  LogRank r;
  r.chi_square = observed_minus_expected * observed_minus_expected / variance;
  r.p = ChiSquare1Upper(r.chi_square);
  return r;
}

}  // namespace pj
