// A randomised self-experiment (an n-of-1 trial, SPEC section 6): the plan,
// its calendar of periods, each day's outcome and adherence from the
// entries, and the result with its randomisation test. Pure: the CLI reads
// the plan file, the clock and the random source (src/cli/trial.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "painjournal/entry.h"
#include "painjournal/stats.h"
#include "painjournal/time.h"

namespace pj {

// A personal trial never needs more pairs: 2^20 re-labellings is the
// most the randomisation test enumerates.
constexpr int kMaxTrialPairs = 20;

// The random source of a plan when --seed is given: SplitMix64 (Steele,
// Lea and Flood 2014), a fixed and documented 64-bit generator, so the
// same seed gives the same plan on every machine and compiler.
uint64_t SplitMix64(uint64_t* state);

// What `trial start` decided, as the plan file records it.
struct TrialPlan {
  std::string name;
  std::string site;
  std::string action;
  int64_t first_day = 0;  // journal day (days from 1970-01-01) of period 1
  int period_days = 7;
  int washout_days = 2;
  std::vector<std::string> sequence;  // one "AB" or "BA" per pair
  Time created;
  std::optional<uint64_t> seed;
  std::optional<Time> stopped;

  int periods() const { return static_cast<int>(sequence.size()) * 2; }
  int total_days() const { return periods() * period_days; }
  int64_t last_day() const { return first_day + total_days() - 1; }
};

// The order of each pair, from 64-bit random numbers: a pair is AB when
// the top bit of its number is 0. `next` is called once per pair.
template <typename Next>
std::vector<std::string> DrawSequence(int pairs, Next next) {
  std::vector<std::string> out;
  for (int i = 0; i < pairs; ++i) out.push_back((next() >> 63) == 0 ? "AB" : "BA");
  return out;
}

// Checks the parameters of a plan: a name of letters, digits and '-';
// 2 to 20 pairs; a washout of 0 or more days that leaves at least one
// day in each period. The error names the option and what it accepts.
bool ValidateTrialDesign(const std::string& name, int pairs, int period_days, int washout_days, std::string* err);

// Where a journal day falls in a trial.
struct TrialDay {
  enum State { kBefore, kRunning, kAfter } state = kBefore;
  int day = 0;          // 1-based day of the trial, while running
  int period = 0;       // 0-based period
  int pair = 0;         // 0-based pair
  char condition = 0;   // 'A' (as usual) or 'B' (try the action)
  bool washout = false; // the first washout_days of a period
};
TrialDay DayOf(const TrialPlan& plan, int64_t journal_day);

// A period's outcome: the mean over its analysed days (after the washout,
// with a rating at the site); days rated; days adherent (all its days).
struct PeriodOutcome {
  double mean = 0;  // NaN when no analysed day
  int days = 0;
  int adherent = 0;
  int elapsed = 0;  // days of the period up to the last day considered
};

struct TrialPair {
  std::string order;  // "AB" or "BA"
  PeriodOutcome a;
  PeriodOutcome b;
  std::optional<double> difference;  // B - A, when both have a day
};

struct TrialResult {
  std::vector<TrialPair> pairs;
  int complete = 0;  // pairs with a difference
  bool finished = false;  // the last period has ended (or the trial stopped)
  std::optional<double> effect;
  std::optional<Interval> effect_ci;
  std::optional<double> p_value;
  std::optional<double> min_p;
  int adherent_b = 0, days_b = 0, adherent_a = 0, days_a = 0;
  // The outcome of each day from the first up to the last day counted
  // (today, the stop day or the last day of the plan); none when missing.
  std::vector<std::optional<int>> daily;
};

// Outcomes and the test from the entries (any order), counting days up to
// and including `today` (a journal day) or the stop day. The test and the
// effect are kept for when the trial has finished: no peeking.
TrialResult EvaluateTrial(const TrialPlan& plan, const std::vector<Entry>& entries, int64_t today,
                          int day_start_min);

// Whether the trial's site has an intensity logged on journal day `day`
// among `entries`: the day's rating the trial asks for.
bool RatedOn(const TrialPlan& plan, const std::vector<Entry>& entries, int64_t day, int day_start_min);

// Two-sided randomisation p over all 2^k sign flips of the differences:
// the share whose |mean| is at least the observed |mean| (the observed one
// included). k from 1 to 20.
double RandomisationP(const std::vector<double>& differences);

// The 0.975 quantile of Student's t with df degrees of freedom, df 1..19
// (R's qt); NaN outside.
double TQuantile975(int df);

}  // namespace pj
