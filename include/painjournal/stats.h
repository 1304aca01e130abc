// The statistics the analysis reports. Each is checked against published or
// reference values in tests/unit/stats_test.cpp, which names its source.
#pragma once

#include <vector>

namespace pj {

// A two-sided 95% interval; NaN ends when it cannot be computed.
struct Interval {
  double lo;
  double hi;
};

constexpr double kZ95 = 1.959963984540054;  // qnorm(0.975)

// Wilson score interval for `successes` of `n` (Wilson 1927; Newcombe 1998).
Interval WilsonInterval(int successes, int n, double z = kZ95);

// Risk ratio of group A (a_events of a_n) over group B, with its interval by
// the log method (Katz 1978). When any of the four cells (events and
// non-events of each group) is 0, 0.5 is added to each cell before both the
// ratio and the interval are computed. NaN when a group is empty.
struct RiskRatio {
  double rr;
  Interval ci;
  bool corrected;  // the 0.5 correction was applied
};
RiskRatio RiskRatioLog(int a_events, int a_n, int b_events, int b_n, double z = kZ95);

// Two-sided Fisher exact test of the 2x2 table [[a, b], [c, d]]: the sum of
// the probabilities of all tables with the same margins that are no more
// likely than the observed one (R's fisher.test, with its relative
// tolerance of 1e-7). Log-gamma keeps large tables finite.
double FisherExactTwoSided(int a, int b, int c, int d);

// Benjamini-Hochberg adjusted p-values (R's p.adjust(p, "BH")), in the
// order given.
std::vector<double> BenjaminiHochberg(const std::vector<double>& p);

// The median (the mean of the middle two for an even count); n >= 1.
double Median(std::vector<double> v);

// Ranks 1..n with ties given their average rank.
std::vector<double> AverageRanks(const std::vector<double>& v);
// The same ranks for small non-negative integers (pain 0-10), by counting
// rather than sorting: a factor row ranks a value per day, and sorting
// them was a fifth of `analyze`. Other values go through AverageRanks.
std::vector<double> SmallIntRanks(const std::vector<int>& v);

// Pearson's correlation; NaN when n < 2 or either variable is constant.
double PearsonCorrelation(const std::vector<double>& x, const std::vector<double>& y);

// Spearman's rho: Pearson's correlation of the average ranks (as R's
// cor(method = "spearman") and SciPy's spearmanr). NaN when n < 2 or either
// variable is constant.
double SpearmanRho(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace pj
