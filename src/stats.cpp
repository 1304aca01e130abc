#include "painjournal/stats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace pj {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

Interval WilsonInterval(int successes, int n, double z) {
  if (n <= 0) return Interval{kNaN, kNaN};
  const double p = static_cast<double>(successes) / n;
  const double z2 = z * z;
  const double denom = 1 + z2 / n;
  const double center = (p + z2 / (2.0 * n)) / denom;
  const double half = z / denom * std::sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
  return Interval{std::max(0.0, center - half), std::min(1.0, center + half)};
}

RiskRatio RiskRatioLog(int a_events, int a_n, int b_events, int b_n, double z) {
  if (a_n <= 0 || b_n <= 0) return RiskRatio{kNaN, {kNaN, kNaN}, false};
  double a = a_events, an = a_n - a_events, b = b_events, bn = b_n - b_events;
  bool corrected = a == 0 || an == 0 || b == 0 || bn == 0;
  if (corrected) {
    a += 0.5;
    an += 0.5;
    b += 0.5;
    bn += 0.5;
  }
  const double rr = (a / (a + an)) / (b / (b + bn));
  const double se = std::sqrt(1 / a - 1 / (a + an) + 1 / b - 1 / (b + bn));
  return RiskRatio{rr, {std::exp(std::log(rr) - z * se), std::exp(std::log(rr) + z * se)}, corrected};
}

double FisherExactTwoSided(int a, int b, int c, int d) {
  // Hypergeometric law of the top-left cell given the margins, as in R:
  // m = a + c white balls, n = b + d black ones, k = a + b drawn.
  const int m = a + c, n = b + d, k = a + b;
  const int lo = std::max(0, k - n), hi = std::min(k, m);
  if (lo >= hi) return 1.0;
  // Each probability relative to the mode's, outward from the mode by the
  // ratio of neighbours, P(x+1)/P(x) = (m-x)(k-x) / ((x+1)(n-k+x+1)): no
  // log-gamma per term (six per term were a twentieth of `analyze`). The
  // law is unimodal, so once a term underflows to 0 the rest beyond it do
  // too, as exp() of their logs did (subnormal terms are kept, as there).
  const int mode = std::clamp(static_cast<int>((static_cast<double>(k) + 1) * (m + 1) / (static_cast<double>(m) + n + 2)),
                              lo, hi);
  std::vector<double> rel(static_cast<size_t>(hi - lo + 1), 0.0);
  const auto ratio = [&](int x) {  // P(x+1) / P(x)
    return (static_cast<double>(m - x) * (k - x)) / ((static_cast<double>(x) + 1) * (static_cast<double>(n) - k + x + 1));
  };
  rel[static_cast<size_t>(mode - lo)] = 1.0;
  for (int x = mode; x < hi; ++x) {
    const double next = rel[static_cast<size_t>(x - lo)] * ratio(x);
    if (next == 0) break;
    rel[static_cast<size_t>(x + 1 - lo)] = next;
  }
  for (int x = mode; x > lo; --x) {
    const double prev = rel[static_cast<size_t>(x - lo)] / ratio(x - 1);
    if (prev == 0) break;
    rel[static_cast<size_t>(x - 1 - lo)] = prev;
  }
  const double observed = rel[static_cast<size_t>(a - lo)];
  double total = 0, tail = 0;
  for (double p : rel) {
    total += p;
    if (p <= observed * (1 + 1e-7)) tail += p;
  }
  return std::min(1.0, tail / total);
}

std::vector<double> BenjaminiHochberg(const std::vector<double>& p) {
  const size_t m = p.size();
  std::vector<size_t> order(m);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return p[x] > p[y]; });  // largest first
  std::vector<double> q(m);
  double running = 1.0;
  for (size_t i = 0; i < m; ++i) {
    const double rank = static_cast<double>(m - i);  // rank of p[order[i]] counted from the smallest
    running = std::min(running, p[order[i]] * static_cast<double>(m) / rank);
    q[order[i]] = std::min(1.0, running);
  }
  return q;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

std::vector<double> AverageRanks(const std::vector<double>& v) {
  std::vector<size_t> order(v.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return v[x] < v[y]; });
  std::vector<double> ranks(v.size());
  for (size_t i = 0; i < order.size();) {
    size_t j = i;
    while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]]) ++j;
    const double avg = (static_cast<double>(i) + static_cast<double>(j)) / 2.0 + 1.0;
    for (size_t k = i; k <= j; ++k) ranks[order[k]] = avg;
    i = j + 1;
  }
  return ranks;
}

std::vector<double> SmallIntRanks(const std::vector<int>& v) {
  constexpr int kMaxValue = 1024;
  int top = 0;
  for (int x : v) {
    if (x < 0 || x > kMaxValue) return AverageRanks(std::vector<double>(v.begin(), v.end()));
    top = std::max(top, x);
  }
  std::vector<size_t> count(static_cast<size_t>(top) + 1);
  for (int x : v) ++count[static_cast<size_t>(x)];
  // A value's rank is the mean of the places its ties take: places
  // below .. below + count - 1, counted from 0, plus 1 (as AverageRanks).
  std::vector<double> rank_of(count.size());
  size_t below = 0;
  for (size_t x = 0; x < count.size(); ++x) {
    if (count[x]) rank_of[x] = (static_cast<double>(below) + static_cast<double>(below + count[x] - 1)) / 2.0 + 1.0;
    below += count[x];
  }
  std::vector<double> ranks(v.size());
  for (size_t i = 0; i < v.size(); ++i) ranks[i] = rank_of[static_cast<size_t>(v[i])];
  return ranks;
}

double PearsonCorrelation(const std::vector<double>& x, const std::vector<double>& y) {
  const size_t n = x.size();
  if (n < 2 || y.size() != n) return kNaN;
  double mx = 0, my = 0;
  for (size_t i = 0; i < n; ++i) {
    mx += x[i];
    my += y[i];
  }
  mx /= static_cast<double>(n);
  my /= static_cast<double>(n);
  double sxy = 0, sxx = 0, syy = 0;
  for (size_t i = 0; i < n; ++i) {
    const double dx = x[i] - mx, dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx == 0 || syy == 0) return kNaN;
  return sxy / std::sqrt(sxx * syy);
}

double SpearmanRho(const std::vector<double>& x, const std::vector<double>& y) {
  if (x.size() < 2 || y.size() != x.size()) return kNaN;
  return PearsonCorrelation(AverageRanks(x), AverageRanks(y));
}

}  // namespace pj
