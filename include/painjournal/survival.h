// Survival curves for relief duration (SPEC 4a): the Kaplan-Meier estimate
// with Greenwood's variance and log(-log) pointwise intervals, its median
// with an interval, its value at a time, and the log-rank test, plain and
// stratified. Each follows R's `survival` package (survfit with
// conf.type = "log-log", quantile.survfit, summary.survfit(times =),
// survdiff); tests/unit/survival_test.cpp checks them against values R
// computed and names the R call beside each.
#pragma once

#include <optional>
#include <vector>

namespace pj {

// One observed time: an event at `time`, or censored there (still
// event-free when last seen).
struct SurvivalTime {
  double time = 0;
  bool event = false;
};

// The estimate at each distinct observed time, ascending. `lower`/`upper`
// are the pointwise 95% limits; NaN where they cannot be computed (the
// curve at 1 or 0, as in R).
struct KaplanMeier {
  int n = 0;
  int events = 0;
  int censored = 0;
  std::vector<double> time;
  std::vector<int> at_risk;
  std::vector<int> died;
  std::vector<double> surv;
  std::vector<double> std_err;  // of the cumulative hazard (R's std.err)
  std::vector<double> lower;
  std::vector<double> upper;
};

KaplanMeier FitKaplanMeier(std::vector<SurvivalTime> times);

// A number read off a curve with its 95% interval; absent where the curve
// (or a limit) never gets there.
struct CurveReading {
  std::optional<double> value;
  std::optional<double> lower;
  std::optional<double> upper;
};

// The time by which the curve has fallen to 1 - p (p = 0.5: the median),
// with the times its lower and upper limits do, as quantile.survfit reads
// them: the first time the curve is at or below the level; the midpoint
// of a stretch where it sits exactly on it (to the last observed time if
// that stretch is the last).
CurveReading KaplanMeierQuantile(const KaplanMeier& km, double p = 0.5);

// The curve at time t with its interval, as summary.survfit(times = t):
// 1 with [1, 1] before the first event; nothing when t is past the last
// observed time; the value with no interval where the curve is 0.
CurveReading KaplanMeierAt(const KaplanMeier& km, double t);

// The log-rank test between two groups, optionally within strata (as
// survdiff(Surv(time, event) ~ group + strata(s))): the chi-square with one
// degree of freedom and its p. Absent when there is nothing to compare (no
// event, or a group empty in every stratum that has events).
struct LogRank {
  double chi_square = 0;
  double p = 1;
};
struct GroupedTime {
  SurvivalTime t;
  int group = 0;    // 0 or 1
  int stratum = 0;  // any number; times are compared only within one
};
std::optional<LogRank> LogRankTest(const std::vector<GroupedTime>& times);

}  // namespace pj
