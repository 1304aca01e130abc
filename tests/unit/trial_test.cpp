// The n-of-1 trial core (SPEC section 6) on small trials worked by hand.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "entry_access.h"
#include "painjournal/trial.h"

using namespace pj;

namespace {

const int64_t kMonday = DaysFromCivil(2026, 11, 2);

// An entry at noon (+01:00) of trial day `day` (0-based from kMonday).
Entry At(int day, int hour = 12) {
  Entry e;
  e.id = "T" + std::to_string(day) + "-" + std::to_string(hour);
  e.at = Time{(kMonday + day) * 86400 + hour * 3600 - 3600, 60};
  return e;
}
Entry Rating(int day, int intensity, const std::string& site = "neck", int hour = 12) {
  Entry e = At(day, hour);
  e.site = site;
  e.set_intensity(intensity);
  return e;
}
Entry Did(int day, const std::string& action, int hour = 18) {
  Entry e = At(day, hour);
  e.did = {action};
  return e;
}

TrialPlan Plan(std::vector<std::string> sequence, int period, int washout) {
  TrialPlan p;
  p.name = "qigong";
  p.site = "neck";
  p.action = "qigong";
  p.first_day = kMonday;
  p.period_days = period;
  p.washout_days = washout;
  p.sequence = std::move(sequence);
  return p;
}

}  // namespace

TEST_CASE("trial: SplitMix64 gives the published sequence, and a seed gives one plan") {
  // Vigna's splitmix64.c from state 0; checked with a Python transcription.
  uint64_t state = 0;
  CHECK(SplitMix64(&state) == 0xE220A8397B1DCDAFULL);
  CHECK(SplitMix64(&state) == 0x6E789E6AA1B965F4ULL);
  CHECK(SplitMix64(&state) == 0x06C45D188009454FULL);
  state = 42;
  CHECK(DrawSequence(6, [&] { return SplitMix64(&state); }) ==
        std::vector<std::string>{"BA", "AB", "AB", "AB", "AB", "BA"});
}

TEST_CASE("trial: the design's limits") {
  std::string err;
  CHECK(ValidateTrialDesign("qigong-2", 6, 7, 2, &err));
  CHECK_FALSE(ValidateTrialDesign("qi gong", 6, 7, 2, &err));
  CHECK(err.find("letters, digits and '-'") != std::string::npos);
  CHECK_FALSE(ValidateTrialDesign("", 6, 7, 2, &err));
  CHECK_FALSE(ValidateTrialDesign("x", 1, 7, 2, &err));
  CHECK(err == "--pairs must be a whole number from 2 to 20, not 1");
  CHECK_FALSE(ValidateTrialDesign("x", 21, 7, 2, &err));
  CHECK(ValidateTrialDesign("x", 20, 7, 2, &err));
  CHECK_FALSE(ValidateTrialDesign("x", 6, 2, 2, &err));
  CHECK(err == "--period must be longer than the washout (2 days): at least 3d, not 2d");
  CHECK(ValidateTrialDesign("x", 6, 3, 2, &err));
  CHECK(ValidateTrialDesign("x", 6, 1, 0, &err));
  CHECK_FALSE(ValidateTrialDesign("x", 6, 7, -1, &err));
}

TEST_CASE("trial: the calendar of periods") {
  TrialPlan p = Plan({"BA", "AB"}, 7, 2);
  CHECK(p.total_days() == 28);
  CHECK(DayOf(p, kMonday - 1).state == TrialDay::kBefore);
  TrialDay d = DayOf(p, kMonday);
  CHECK(d.state == TrialDay::kRunning);
  CHECK(d.day == 1);
  CHECK(d.condition == 'B');
  CHECK(d.washout);
  CHECK(DayOf(p, kMonday + 1).washout);
  CHECK_FALSE(DayOf(p, kMonday + 2).washout);
  d = DayOf(p, kMonday + 7);
  CHECK(d.period == 1);
  CHECK(d.condition == 'A');
  CHECK(d.washout);
  d = DayOf(p, kMonday + 14);
  CHECK(d.pair == 1);
  CHECK(d.condition == 'A');
  d = DayOf(p, kMonday + 27);
  CHECK(d.day == 28);
  CHECK(d.condition == 'B');
  CHECK(DayOf(p, kMonday + 28).state == TrialDay::kAfter);
}

TEST_CASE("trial: randomisation p over every re-labelling, by hand") {
  // k = 1: both labellings are as extreme.
  CHECK(RandomisationP({1.5}) == 1.0);
  // k = 2, {1, 3}: the sums +-1 +-3 are 4, 2, -2, -4; |sum| >= 4 in 2 of 4.
  CHECK(RandomisationP({1, 3}) == 0.5);
  // k = 3, {1, 2, 3}: only +6 and -6 reach 6: 2 of 8.
  CHECK(RandomisationP({1, 2, 3}) == 0.25);
  // k = 4, {2, -1, 3, 1}, sum 5: the sums +-2 +-1 +-1 are 4 2 2 0 0 -2 -2
  // -4, so with +3 they are 7 5 5 3 3 1 1 -1 and with -3 1 -1 -1 -3 -3 -5 -5
  // -7; |sum| >= 5 for 7, 5, 5, -5, -5, -7: 6 of 16.
  CHECK(RandomisationP({2, -1, 3, 1}) == 6.0 / 16);
  // Ties in floating point still count: 0.1 + 0.2 against 0.3.
  CHECK(RandomisationP({0.1, 0.2, -0.3}) == 1.0);
  CHECK(std::isnan(RandomisationP({})));
}

TEST_CASE("trial: t quantiles as published") {
  // Student's t, 0.975 quantile (e.g. NIST/SEMATECH e-Handbook table 1.3.6.7.2:
  // 12.706, 4.303, 2.571 at 1, 2, 5 df; 2.093 at 19).
  auto rounded = [](double v) { return std::round(v * 1000) / 1000; };
  CHECK(rounded(TQuantile975(1)) == 12.706);
  CHECK(rounded(TQuantile975(2)) == 4.303);
  CHECK(rounded(TQuantile975(5)) == 2.571);
  CHECK(rounded(TQuantile975(19)) == 2.093);
  CHECK(std::isnan(TQuantile975(0)));
  CHECK(std::isnan(TQuantile975(20)));
}

TEST_CASE("trial: outcomes, adherence, effect and test of a small trial, by hand") {
  // Periods of 3 days, the first a washout; pairs AB then BA.
  TrialPlan p = Plan({"AB", "BA"}, 3, 1);
  std::vector<Entry> es = {
      // Period 0 (A), days 0-2: day 0 is washout; day 2 has two ratings, the
      // highest counts: mean (5 + 6) / 2 = 5.5. qigong on day 1: 2 of 3 adherent.
      Rating(0, 9), Rating(1, 5), Rating(2, 4), Rating(2, 6, "neck", 20), Did(1, "qigong"),
      // Period 1 (B), days 3-5: day 3 washout; day 5 not rated: mean 3 over 1 day.
      // qigong every day: 3 of 3.
      Rating(3, 1), Rating(4, 3), Did(3, "qigong"), Did(4, "qigong"), Did(5, "qigong"),
      // Another site's rating and another action do not count.
      Rating(5, 0, "lower-back"), Did(5, "walk"),
      // Period 2 (B), days 6-8: mean (2 + 4) / 2 = 3; qigong on days 6, 7: 2 of 3.
      Rating(7, 2), Rating(8, 4), Did(6, "qigong"), Did(7, "qigong"),
      // Period 3 (A), days 9-11: mean (6 + 4) / 2 = 5; no qigong: 3 of 3.
      Rating(10, 6), Rating(11, 4),
      // After the trial: ignored.
      Rating(12, 10), Did(12, "qigong")};
  // On the last day the test is not shown yet.
  TrialResult r = EvaluateTrial(p, es, kMonday + 11, 0);
  CHECK_FALSE(r.finished);
  CHECK_FALSE(r.effect);
  CHECK_FALSE(r.p_value);
  REQUIRE(r.pairs.size() == 2);
  CHECK(r.pairs[0].difference);

  r = EvaluateTrial(p, es, kMonday + 12, 0);
  CHECK(r.finished);
  REQUIRE(r.pairs.size() == 2);
  const TrialPair& p0 = r.pairs[0];
  CHECK(p0.order == "AB");
  CHECK(p0.a.mean == 5.5);
  CHECK(p0.a.days == 2);
  CHECK(p0.a.adherent == 2);
  CHECK(p0.b.mean == 3);
  CHECK(p0.b.days == 1);
  CHECK(p0.b.adherent == 3);
  CHECK(*p0.difference == -2.5);
  const TrialPair& p1 = r.pairs[1];
  CHECK(p1.b.mean == 3);
  CHECK(p1.b.adherent == 2);
  CHECK(p1.a.mean == 5);
  CHECK(p1.a.adherent == 3);
  CHECK(*p1.difference == -2);
  CHECK(r.complete == 2);
  // Effect -2.25; the differences' sd is sqrt(0.125), its standard error
  // 0.25; t(1) = 12.706204736174694: half-width 3.1765511840436735.
  REQUIRE(r.effect);
  CHECK(*r.effect == -2.25);
  REQUIRE(r.effect_ci);
  CHECK(r.effect_ci->lo == doctest::Approx(-2.25 - 3.1765511840436735));
  CHECK(r.effect_ci->hi == doctest::Approx(-2.25 + 3.1765511840436735));
  // The sums +-2.5 +-2: 4.5, 0.5, -0.5, -4.5: p = 2 of 4; the smallest
  // possible with 2 pairs is also 0.5.
  CHECK(*r.p_value == 0.5);
  CHECK(*r.min_p == 0.5);
  CHECK(r.days_b == 6);
  CHECK(r.adherent_b == 5);
  CHECK(r.days_a == 6);
  CHECK(r.adherent_a == 5);
}

TEST_CASE("trial: a pair with an unrated period is left out, and a stop ends the trial early") {
  TrialPlan p = Plan({"AB", "BA", "AB"}, 2, 0);
  std::vector<Entry> es = {Rating(0, 6), Rating(1, 6), Rating(2, 4), Rating(3, 4),  // pair 0: -2
                           Rating(4, 3),                                            // pair 1: no A rating
                           Rating(8, 5), Rating(10, 2)};                            // pair 2: -3
  TrialResult r = EvaluateTrial(p, es, kMonday + 20, 0);
  CHECK(r.complete == 2);
  CHECK_FALSE(r.pairs[1].difference);
  CHECK(std::isnan(r.pairs[1].a.mean));
  CHECK(r.pairs[1].b.mean == 3);
  REQUIRE(r.effect);
  CHECK(*r.effect == -2.5);
  CHECK(*r.min_p == 0.5);

  // Stopped on day 5 (during pair 1): finished, days after the stop not counted.
  p.stopped = At(5, 9).at;
  r = EvaluateTrial(p, es, kMonday + 20, 0);
  CHECK(r.finished);
  CHECK(r.complete == 1);
  CHECK(r.pairs[1].b.elapsed == 2);  // days 4-5
  CHECK(r.pairs[1].a.elapsed == 0);  // days 6-7, after the stop
  CHECK(r.pairs[2].a.elapsed == 0);
  REQUIRE(r.p_value);
  CHECK(*r.p_value == 1.0);
  CHECK_FALSE(r.effect_ci);  // one pair has no interval
}

namespace {

// A simulated trial of 6 pairs of 7-day periods (2-day washout) with daily
// ratings around 5; `effect` is added on B days. The order is drawn from
// the seed, the ratings from another stream.
TrialResult Simulate(uint64_t seed, double effect) {
  uint64_t state = seed;
  TrialPlan p = Plan(DrawSequence(6, [&] { return SplitMix64(&state); }), 7, 2);
  std::mt19937 rng(static_cast<unsigned>(seed));
  std::normal_distribution<double> noise(0, 1.5);
  std::vector<Entry> es;
  for (int day = 0; day < p.total_days(); ++day) {
    bool b = DayOf(p, kMonday + day).condition == 'B';
    int v = static_cast<int>(std::lround(5 + noise(rng) + (b ? effect : 0)));
    es.push_back(Rating(day, std::clamp(v, 0, 10)));
    if (b) es.push_back(Did(day, "qigong"));
  }
  return EvaluateTrial(p, es, kMonday + p.total_days(), 0);
}

}  // namespace

TEST_CASE("trial: the randomisation test holds its level on null trials and finds a planted effect") {
  // Exact by construction: P(p <= 0.05) <= 0.05 whatever the ratings. With
  // 6 pairs the smallest p is 2/64, so p < 0.05 only at the extremes.
  int null_hits = 0, planted_hits = 0;
  for (uint64_t seed = 1; seed <= 400; ++seed) {
    TrialResult r = Simulate(seed, 0);
    REQUIRE(r.p_value);
    null_hits += *r.p_value < 0.05;
  }
  MESSAGE("null trials: p < 0.05 in " << null_hits << " of 400");
  CHECK(null_hits <= 30);  // measured 4; 5% is 20, 30 far in the tail
  for (uint64_t seed = 1; seed <= 100; ++seed) {
    TrialResult r = Simulate(seed, -2);
    REQUIRE(r.effect);
    planted_hits += *r.p_value < 0.05 && *r.effect < 0;
  }
  MESSAGE("planted effect -2: p < 0.05 in " << planted_hits << " of 100");
  CHECK(planted_hits >= 75);  // measured 85
}
