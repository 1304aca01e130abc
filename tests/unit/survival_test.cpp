// Reference values from R 4.2.2 with survival 3.5-3 (Debian bookworm's
// r-base-core and r-cran-survival), printed with sprintf("%.17g"). The R
// call is beside each vector:
//   f <- survfit(Surv(t, e) ~ 1, conf.type = "log-log")
//   f$time, f$surv, f$std.err, f$lower, f$upper
//   q <- quantile(f, 0.5); c(q$quantile, q$lower, q$upper)
//   s <- summary(f, times = T, extend = FALSE); c(s$surv, s$lower, s$upper)
//   survdiff(Surv(t, e) ~ g [+ strata(s)])$chisq, pchisq(chisq, 1, lower.tail = FALSE)
// kNA stands for R's NA.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

#include "painjournal/survival.h"

namespace {

constexpr double kNA = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

bool Near(double got, double want) {
  if (std::isnan(want)) return std::isnan(got);
  if (std::isinf(want)) return got == want;
  return std::fabs(got - want) <= 1e-9 * std::max(1.0, std::fabs(want));
}

void CheckVector(const char* what, const std::vector<double>& got, const std::vector<double>& want) {
  INFO(what);
  REQUIRE(got.size() == want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    INFO("index ", i, ": got ", got[i], ", want ", want[i]);
    CHECK(Near(got[i], want[i]));
  }
}

double Or(const std::optional<double>& v) { return v ? *v : kNA; }

void CheckReading(const char* what, const pj::CurveReading& r, std::vector<double> want) {
  CheckVector(what, {Or(r.value), Or(r.lower), Or(r.upper)}, want);
}

std::vector<pj::SurvivalTime> Times(const std::vector<double>& t, const std::vector<int>& e) {
  std::vector<pj::SurvivalTime> out;
  for (size_t i = 0; i < t.size(); ++i) out.push_back({t[i], e[i] != 0});
  return out;
}

// Fits, and checks the curve's columns against R.
pj::KaplanMeier Fit(const std::vector<double>& t, const std::vector<int>& e, const std::vector<double>& time,
                    const std::vector<double>& surv, const std::vector<double>& se, const std::vector<double>& lower,
                    const std::vector<double>& upper) {
  pj::KaplanMeier km = pj::FitKaplanMeier(Times(t, e));
  CheckVector("time", km.time, time);
  CheckVector("surv", km.surv, surv);
  CheckVector("std.err", km.std_err, se);
  CheckVector("lower", km.lower, lower);
  CheckVector("upper", km.upper, upper);
  return km;
}

}  // namespace

TEST_CASE("survival: ties of event times, and an event and a censoring at the same time") {
  // t = c(1,2,2,3,4,4,5,7,9,12), e = c(0,1,1,0,1,0,1,1,0,1): two events
  // at 2; at 4 one event and one censoring (the censored one is at risk).
  pj::KaplanMeier km = Fit(
      {5, 2, 2, 3, 4, 4, 1, 7, 9, 12}, {1, 1, 1, 0, 1, 0, 0, 1, 0, 1},  // order does not matter
      {1, 2, 3, 4, 5, 7, 9, 12},
      {1, 0.77777777777777779, 0.77777777777777779, 0.64814814814814814, 0.4861111111111111, 0.32407407407407407,
       0.32407407407407407, 0},
      {0, 0.17817416127494959, 0.17817416127494959, 0.25510657592340708, 0.38524368705106432, 0.5613193075953874,
       0.5613193075953874, kInf},
      {kNA, 0.36475123116547381, 0.36475123116547381, 0.25317459438599577, 0.12813695074109679,
       0.050216675012168845, 0.050216675012168845, kNA},
      {kNA, 0.93929644248660182, 0.93929644248660182, 0.87206762779799019, 0.77628958394586767,
       0.65414320769034728, 0.65414320769034728, kNA});
  CHECK(km.n == 10);
  CHECK(km.events == 6);
  CHECK(km.censored == 4);
  CHECK(km.at_risk == std::vector<int>{10, 9, 7, 6, 4, 3, 2, 1});
  CheckReading("median", pj::KaplanMeierQuantile(km), {5, 2, kNA});
  CheckReading("at 0.5", pj::KaplanMeierAt(km, 0.5), {1, 1, 1});
  CheckReading("at 3", pj::KaplanMeierAt(km, 3), {0.77777777777777779, 0.36475123116547381, 0.93929644248660182});
  CheckReading("at 7", pj::KaplanMeierAt(km, 7), {0.32407407407407407, 0.050216675012168845, 0.65414320769034728});
  CheckReading("at 12: the curve is 0, no interval", pj::KaplanMeierAt(km, 12), {0, kNA, kNA});
  CheckReading("at 14: past the last time (R: no points selected)", pj::KaplanMeierAt(km, 14), {kNA, kNA, kNA});
}

TEST_CASE("survival: all censored") {
  // t = c(1,2,3), e = c(0,0,0)
  pj::KaplanMeier km = Fit({1, 2, 3}, {0, 0, 0}, {1, 2, 3}, {1, 1, 1}, {0, 0, 0}, {kNA, kNA, kNA}, {kNA, kNA, kNA});
  CHECK(km.events == 0);
  CHECK(km.censored == 3);
  CheckReading("median not reached", pj::KaplanMeierQuantile(km), {kNA, kNA, kNA});
  CheckReading("at 0.5", pj::KaplanMeierAt(km, 0.5), {1, 1, 1});
  // R gives {1, NA, NA} at a censoring time while the curve is still 1;
  // SPEC 4a says the interval before the first event is [1, 1].
  CheckReading("at 2 (SPEC: [1, 1] before the first event)", pj::KaplanMeierAt(km, 2), {1, 1, 1});
  CheckReading("at 7: past the last time", pj::KaplanMeierAt(km, 7), {kNA, kNA, kNA});
}

TEST_CASE("survival: one observation") {
  // t = c(5), e = c(1)
  pj::KaplanMeier km = Fit({5}, {1}, {5}, {0}, {kInf}, {kNA}, {kNA});
  CheckReading("median", pj::KaplanMeierQuantile(km), {5, kNA, kNA});
  CheckReading("at 4", pj::KaplanMeierAt(km, 4), {1, 1, 1});
  CheckReading("at 5", pj::KaplanMeierAt(km, 5), {0, kNA, kNA});
  CheckReading("at 7", pj::KaplanMeierAt(km, 7), {kNA, kNA, kNA});
  // t = c(5), e = c(0)
  km = Fit({5}, {0}, {5}, {1}, {0}, {kNA}, {kNA});
  CheckReading("median", pj::KaplanMeierQuantile(km), {kNA, kNA, kNA});
  CheckReading("at 4", pj::KaplanMeierAt(km, 4), {1, 1, 1});
  CheckReading("at 7", pj::KaplanMeierAt(km, 7), {kNA, kNA, kNA});
  // No observation at all.
  km = pj::FitKaplanMeier({});
  CHECK(km.n == 0);
  CheckReading("empty median", pj::KaplanMeierQuantile(km), {kNA, kNA, kNA});
  CheckReading("empty at 7", pj::KaplanMeierAt(km, 7), {kNA, kNA, kNA});
}

TEST_CASE("survival: a curve that sits exactly at 0.5 over an interval") {
  // To the last observed time: the median is the midpoint of 2 and the last
  // time, 4. t = c(1,2,3,4), e = c(1,1,0,0)
  pj::KaplanMeier km =
      Fit({1, 2, 3, 4}, {1, 1, 0, 0}, {1, 2, 3, 4}, {0.75, 0.5, 0.5, 0.5},
          {0.28867513459481287, 0.5, 0.5, 0.5},
          {0.12794691759514587, 0.057847082995144627, 0.057847082995144627, 0.057847082995144627},
          {0.96054864228507841, 0.84486128119037396, 0.84486128119037396, 0.84486128119037396});
  CheckReading("median", pj::KaplanMeierQuantile(km), {3, 1, kNA});
  CheckReading("at 4", pj::KaplanMeierAt(km, 4), {0.5, 0.057847082995144627, 0.84486128119037396});
  // Between events: the midpoint of 3 (where it reaches 0.5) and 5 (where
  // it leaves). t = c(1,2,3,4,5,6), e = c(1,1,1,0,1,1)
  km = Fit({1, 2, 3, 4, 5, 6}, {1, 1, 1, 0, 1, 1}, {1, 2, 3, 4, 5, 6},
           {0.83333333333333337, 0.66666666666666674, 0.5, 0.5, 0.25, 0},
           {0.18257418583505536, 0.28867513459481292, 0.40824829046386302, 0.40824829046386302,
            0.81649658092772603, kInf},
           {0.273122849928356, 0.19461663680623487, 0.11094826035143802, 0.11094826035143802,
            0.012309516475010473, kNA},
           {0.97471242669089353, 0.90443416432251644, 0.80370923685005669, 0.80370923685005669,
            0.64594853739810054, kNA});
  CheckReading("median", pj::KaplanMeierQuantile(km), {4, 1, kNA});
  CheckReading("at 3.5", pj::KaplanMeierAt(km, 3.5), {0.5, 0.11094826035143802, 0.80370923685005669});
}

TEST_CASE("survival: a median that is not reached, and fractional days") {
  // t = c(0.5,1.5,2,8,10,11,20,25), e = c(1,0,0,1,0,0,0,0)
  pj::KaplanMeier km = pj::FitKaplanMeier(Times({0.5, 1.5, 2, 8, 10, 11, 20, 25}, {1, 0, 0, 1, 0, 0, 0, 0}));
  CheckReading("median", pj::KaplanMeierQuantile(km), {kNA, 0.5, kNA});
  CheckReading("at 7", pj::KaplanMeierAt(km, 7), {0.875, 0.38700001403202522, 0.98139296587896596});
  CheckReading("at 14", pj::KaplanMeierAt(km, 14), {0.70000000000000007, 0.22479066403365525, 0.91829862859693023});

  // t = c(0.25,1.75,1.75,2.5,3.125,6,6,9.5,13,13,21), e = c(1,1,1,0,1,1,0,1,0,1,0)
  km = Fit({0.25, 1.75, 1.75, 2.5, 3.125, 6, 6, 9.5, 13, 13, 21}, {1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0},
           {0.25, 1.75, 2.5, 3.125, 6, 9.5, 13, 21},
           {0.90909090909090906, 0.72727272727272729, 0.72727272727272729, 0.62337662337662336, 0.51948051948051954,
            0.38961038961038963, 0.25974025974025972, 0.25974025974025972},
           {0.095346258924559224, 0.1846372364689991, 0.1846372364689991, 0.24062508784503933, 0.30204927782361313,
            0.41781227790372499, 0.58415217729095748, 0.58415217729095748},
           {0.50808020576992974, 0.37078740021222623, 0.37078740021222623, 0.27748472762772913, 0.1984541252468571,
            0.10570261007906057, 0.042774847267368209, 0.042774847267368209},
           {0.98667382266782311, 0.9028330768067131, 0.9028330768067131, 0.84010763651807585, 0.76703009154385815,
            0.67341169445213411, 0.5618105312046241, 0.5618105312046241});
  CheckReading("median", pj::KaplanMeierQuantile(km), {9.5, 1.75, kNA});
  CheckReading("at 7", pj::KaplanMeierAt(km, 7), {0.51948051948051954, 0.1984541252468571, 0.76703009154385815});
  CheckReading("at 14", pj::KaplanMeierAt(km, 14), {0.25974025974025972, 0.042774847267368209, 0.5618105312046241});
}

namespace {

std::vector<pj::GroupedTime> Grouped(const std::vector<double>& t, const std::vector<int>& e,
                                     const std::vector<int>& g, const std::vector<int>& s = {}) {
  std::vector<pj::GroupedTime> out;
  for (size_t i = 0; i < t.size(); ++i) out.push_back({{t[i], e[i] != 0}, g[i], s.empty() ? 0 : s[i]});
  return out;
}

void CheckLogRank(const std::vector<pj::GroupedTime>& times, double chisq, double p) {
  std::optional<pj::LogRank> r = pj::LogRankTest(times);
  REQUIRE(r);
  INFO("chi-square ", r->chi_square, " p ", r->p);
  CHECK(Near(r->chi_square, chisq));
  CHECK(Near(r->p, p));
}

}  // namespace

TEST_CASE("survival: log-rank, plain and stratified") {
  // t = c(1,2,2,3,4,4,5,7,9,12,2,3,3,6,8,10,11,15,15,20)
  // e = c(0,1,1,0,1,0,1,1,0,1,1,1,0,1,0,1,0,1,1,0)
  const std::vector<double> t{1, 2, 2, 3, 4, 4, 5, 7, 9, 12, 2, 3, 3, 6, 8, 10, 11, 15, 15, 20};
  const std::vector<int> e{0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0};
  // g = c(rep(0,10), rep(1,10)); survdiff(Surv(t,e) ~ g)
  CheckLogRank(Grouped(t, e, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}), 2.3894438608057453,
               0.1221570795381582);
  // g = c(0,1,0,1,...), s = c(rep(0,10), rep(1,10)); survdiff(Surv(t,e) ~ g + strata(s))
  CheckLogRank(Grouped(t, e, {0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1},
                       {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}),
               0.048469548551276505, 0.82574809891014);
  // t = c(0.25,1.75,1.75,2.5,3.125,6,6,9.5,13,13,21,4.5,7.25,16,18)
  // e = c(1,1,1,0,1,1,0,1,0,1,0,1,0,1,0), g = c(rep(0,11), rep(1,4)); survdiff(Surv(t,e) ~ g)
  CheckLogRank(Grouped({0.25, 1.75, 1.75, 2.5, 3.125, 6, 6, 9.5, 13, 13, 21, 4.5, 7.25, 16, 18},
                       {1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0}, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1}),
               0.91386614508587505, 0.33909069341012893);
  // A stratum with one group only adds nothing.
  // t = c(1,2,3,4,5,2,4,6,8,1,3), e = c(1,1,0,1,1,1,0,1,1,1,1)
  // g = c(0,0,0,1,1,0,1,0,1,1,1), s = c(0,0,0,0,0,1,1,1,1,2,2); survdiff(Surv(t,e) ~ g + strata(s))
  CheckLogRank(Grouped({1, 2, 3, 4, 5, 2, 4, 6, 8, 1, 3}, {1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1},
                       {0, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1}, {0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2}),
               3.646464646464648, 0.056188362588138634);
}

TEST_CASE("survival: log-rank with nothing to compare") {
  CHECK_FALSE(pj::LogRankTest({}));
  // One group only.
  CHECK_FALSE(pj::LogRankTest(Grouped({1, 2, 3}, {1, 1, 0}, {0, 0, 0})));
  // No event.
  CHECK_FALSE(pj::LogRankTest(Grouped({1, 2, 3}, {0, 0, 0}, {0, 1, 1})));
}
