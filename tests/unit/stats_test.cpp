// Statistics against reference values. Sources:
// - Fisher, Spearman, ranks and the risk ratio: SciPy 1.10.1 (Debian
//   bookworm python3-scipy): scipy.stats.fisher_exact(t, "two-sided"),
//   scipy.stats.spearmanr, scipy.stats.rankdata,
//   scipy.stats.contingency.relative_risk(...).confidence_interval(0.95).
//   The tea-tasting table is R's ?fisher.test example (p = 0.4857).
// - Wilson: Newcombe RG (1998), Two-sided confidence intervals for the
//   single proportion, Stat Med 17:857-872, Table II (4 decimals), and the
//   formula evaluated in double precision.
// - Benjamini-Hochberg: the 15 p-values of Benjamini & Hochberg (1995), JRSS
//   B 57:289-300, section 4.2 (4 rejected at q = 0.05); adjusted values as
//   R's p.adjust(p, "BH") gives them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include "painjournal/stats.h"

using namespace pj;

namespace {

// At least 1e-9 relative agreement (the bar); absolute near 0.
void Close(double got, double want, double rel = 1e-9) {
  INFO("got " << got << ", want " << want);
  if (want == 0) {
    CHECK(std::fabs(got) < 1e-15);
  } else {
    CHECK(std::fabs(got - want) <= rel * std::fabs(want));
  }
}

// The textbook form of the two-sided test, six log-gammas per term: the
// oracle for FisherExactTwoSided, which steps from term to term instead.
double FisherByLogGamma(int a, int b, int c, int d) {
  const auto log_choose = [](int n, int k) {
    return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
  };
  const int m = a + c, n = b + d, k = a + b;
  const int lo = std::max(0, k - n), hi = std::min(k, m);
  if (lo >= hi) return 1.0;
  std::vector<double> logd;
  for (int x = lo; x <= hi; ++x) logd.push_back(log_choose(m, x) + log_choose(n, k - x));
  const double top = *std::max_element(logd.begin(), logd.end());
  const double observed = std::exp(logd[static_cast<size_t>(a - lo)] - top);
  double total = 0, tail = 0;
  for (double l : logd) {
    const double p = std::exp(l - top);
    total += p;
    if (p <= observed * (1 + 1e-7)) tail += p;
  }
  return std::min(1.0, tail / total);
}

}  // namespace

TEST_CASE("stats: Fisher's exact test agrees with the log-gamma form on random tables") {
  std::mt19937 rng(8);
  for (int i = 0; i < 3000; ++i) {
    const int scale = i % 3 == 0 ? 10 : i % 3 == 1 ? 200 : 4000;
    std::uniform_int_distribution<int> cell(0, scale);
    const int a = cell(rng), b = cell(rng), c = cell(rng), d = cell(rng);
    INFO(a << " " << b << " / " << c << " " << d);
    const double want = FisherByLogGamma(a, b, c, d);
    const double got = FisherExactTwoSided(a, b, c, d);
    if (want < 1e-290) CHECK(std::fabs(got - want) <= 1e-6 * want + 1e-320);  // subnormal: fewer digits
    else CHECK(std::fabs(got - want) <= 1e-9 * want);
  }
}

TEST_CASE("stats: Fisher's exact test, two-sided") {
  struct Case {
    int a, b, c, d;
    double p;
  };
  const Case cases[] = {
      {3, 1, 1, 3, 0.48571428571428565},  // R's tea-tasting example
      {1, 9, 11, 3, 0.0027594561852200836},
      {7, 2, 2, 8, 0.023014137565221155},  // the example sentence
      {2, 7, 8, 2, 0.02301413756522116},
      {9, 1, 3, 7, 0.019766611097880443},
      // Tables with zeros.
      {0, 5, 5, 0, 0.007936507936507938},
      {0, 0, 3, 4, 1.0},
      {0, 10, 0, 10, 1.0},
      {2, 8, 2, 8, 1.0},
      // Large tables: factorials far beyond double, log-gamma keeps them finite.
      {500, 400, 300, 600, 2.5272458336208166e-21},
      {1000, 1500, 1200, 1100, 2.984090420338292e-17},
      {10000, 10500, 10200, 10100, 0.0030701404285535033},
      // p below 1e-300, near the end of the doubles: still not 0. Exact
      // rationals by Python's fractions (sum of the terms <= the observed).
      {400, 10, 12, 390, 1.67513592515097e-201},
      {505, 0, 0, 505, 7.262104584397393e-303},
  };
  for (const Case& c : cases) {
    INFO(c.a << " " << c.b << " / " << c.c << " " << c.d);
    Close(FisherExactTwoSided(c.a, c.b, c.c, c.d), c.p, 1e-9);
  }
  // Symmetric in rows and in columns.
  CHECK(FisherExactTwoSided(1, 9, 11, 3) == doctest::Approx(FisherExactTwoSided(11, 3, 1, 9)).epsilon(1e-12));
  CHECK(FisherExactTwoSided(0, 0, 0, 0) == 1.0);
}

TEST_CASE("stats: Wilson interval") {
  struct Case {
    int k, n;
    double lo, hi;  // double precision
    double paper_lo, paper_hi;  // Newcombe 1998, Table II
  };
  const Case cases[] = {
      {81, 263, 0.2552885198782742, 0.36620957698280004, 0.2553, 0.3662},
      {15, 148, 0.0623863995307363, 0.16048724172330803, 0.0624, 0.1605},
      {0, 20, 0.0, 0.16112515805281938, 0.0000, 0.1611},
      {1, 29, 0.006113214292762653, 0.17175521879320288, 0.0061, 0.1718},
      {7, 9, 0.4525889691069889, 0.9367748928821533, 0.4526, 0.9368},
      {2, 10, 0.05668215145437519, 0.5098375284633583, 0.0567, 0.5098},
  };
  for (const Case& c : cases) {
    INFO(c.k << "/" << c.n);
    Interval w = WilsonInterval(c.k, c.n);
    Close(w.lo, c.lo, 1e-12);
    Close(w.hi, c.hi, 1e-12);
    CHECK(std::fabs(w.lo - c.paper_lo) < 5e-5);
    CHECK(std::fabs(w.hi - c.paper_hi) < 5e-5);
  }
  Interval all = WilsonInterval(10, 10);
  CHECK(all.hi == doctest::Approx(1.0).epsilon(1e-12));
  CHECK(std::isnan(WilsonInterval(0, 0).lo));
}

TEST_CASE("stats: risk ratio with the log-method interval") {
  struct Case {
    int a, an, b, bn;
    double rr, lo, hi;
  };
  const Case cases[] = {
      {9, 10, 2, 4, 1.8, 0.6611755007860645, 4.900363059653601},
      {12, 26, 8, 41, 2.3653846153846154, 1.120046625330108, 4.995367382183052},
      {7, 9, 2, 10, 3.888888888888889, 1.0728111236939417, 14.097035774619702},  // the example
  };
  for (const Case& c : cases) {
    RiskRatio r = RiskRatioLog(c.a, c.an, c.b, c.bn);
    CHECK_FALSE(r.corrected);
    Close(r.rr, c.rr, 1e-12);
    Close(r.ci.lo, c.lo, 1e-9);
    Close(r.ci.hi, c.hi, 1e-9);
  }
  // A zero cell: 0.5 is added to each of the four cells before both the
  // ratio and its interval. 0 of 10 vs 5 of 10 becomes 0.5 of 11 vs 5.5 of 11.
  RiskRatio z = RiskRatioLog(0, 10, 5, 10);
  CHECK(z.corrected);
  const double rr = (0.5 / 11) / (5.5 / 11);
  const double se = std::sqrt(1 / 0.5 - 1 / 11.0 + 1 / 5.5 - 1 / 11.0);
  Close(z.rr, rr, 1e-12);
  Close(z.ci.lo, std::exp(std::log(rr) - kZ95 * se), 1e-12);
  Close(z.ci.hi, std::exp(std::log(rr) + kZ95 * se), 1e-12);
  // All events in one group (a non-event cell is 0) is corrected too.
  CHECK(RiskRatioLog(10, 10, 3, 10).corrected);
  CHECK(std::isnan(RiskRatioLog(1, 0, 1, 5).rr));
}

TEST_CASE("stats: Benjamini-Hochberg") {
  const std::vector<double> p = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344,
                                 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000};
  const std::vector<double> want = {0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.06385714285714286,
                                    0.06385714285714286, 0.0645, 0.0765, 0.48600000000000004,
                                    0.5811818181818182, 0.714875, 0.7532307692307694, 0.8132142857142857, 1.0};
  std::vector<double> q = BenjaminiHochberg(p);
  REQUIRE(q.size() == want.size());
  int rejected = 0;
  for (size_t i = 0; i < q.size(); ++i) {
    Close(q[i], want[i], 1e-12);
    rejected += q[i] <= 0.05;
  }
  CHECK(rejected == 4);  // as in the paper
  // Order given is kept.
  std::vector<double> shuffled = {p[14], p[0], p[7]};
  std::vector<double> qs = BenjaminiHochberg(shuffled);
  Close(qs[0], 1.0);
  Close(qs[1], 0.0001 * 3);
  Close(qs[2], 0.0344 * 3 / 2);
  CHECK(BenjaminiHochberg({}).empty());
}

TEST_CASE("stats: ranks of small integers by counting equal the ranks by sorting") {
  CHECK(SmallIntRanks({3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}) ==
        std::vector<double>{4.5, 1.5, 6.0, 1.5, 8.0, 11.0, 3.0, 10.0, 8.0, 4.5, 8.0});
  CHECK(SmallIntRanks({}).empty());
  CHECK(SmallIntRanks({-1, 2000, 7}) == AverageRanks({-1, 2000, 7}));  // outside the counting range
  std::mt19937 rng(5);
  for (int n : {1, 2, 17, 365, 3650}) {
    std::uniform_int_distribution<int> pain(0, 10);
    std::vector<int> v(static_cast<size_t>(n));
    for (int& x : v) x = pain(rng);
    CHECK(SmallIntRanks(v) == AverageRanks(std::vector<double>(v.begin(), v.end())));
  }
}

TEST_CASE("stats: average ranks and Spearman's rho with ties") {
  std::vector<double> r = AverageRanks({3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5});
  CHECK(r == std::vector<double>{4.5, 1.5, 6.0, 1.5, 8.0, 11.0, 3.0, 10.0, 8.0, 4.5, 8.0});
  Close(SpearmanRho({1, 2, 2, 3, 4, 4, 4, 5}, {2, 1, 3, 3, 5, 4, 6, 6}), 0.9007775105401477);
  Close(SpearmanRho({10.5, 3, 7, 8, 1, 2.5, 9, 4}, {3, 1, 4, 1, 5, 9, 2, 6}), -0.4910267673844361);
  Close(SpearmanRho({0, 0, 0, 1, 1, 2, 2, 2, 2, 3}, {0, 0, 1, 0, 2, 2, 3, 3, 0, 5}), 0.6997042637035165);
  Close(SpearmanRho({1, 2, 3}, {10, 20, 30}), 1.0);
  CHECK(std::isnan(SpearmanRho({1, 1, 1}, {1, 2, 3})));  // a constant variable
  CHECK(std::isnan(SpearmanRho({1}, {2})));
}
