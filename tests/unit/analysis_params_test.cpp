// The parameters of the analysis: durations, each key's values and the
// messages that name the key and what it accepts.
#include <doctest/doctest.h>

#include <string>

#include "painjournal/analysis_params.h"

using namespace pj;

TEST_CASE("analysis: durations and parameters") {
  int64_t s;
  std::string err;
  CHECK((ParseDuration("72h", &s, &err) && s == 72 * 3600));
  CHECK((ParseDuration("14d", &s, &err) && s == 14 * 86400));
  CHECK((ParseDuration("90m", &s, &err) && s == 5400));
  CHECK((ParseDuration("2w", &s, &err) && s == 14 * 86400));
  CHECK((ParseDuration("1.5d", &s, &err) && s == 36 * 3600));
  for (const char* bad : {"72", "h", "-3h", "3x", "", "abc"}) {
    INFO(bad);
    CHECK_FALSE(ParseDuration(bad, &s, &err));
    CHECK(err.find("30m, 72h, 14d, 2w") != std::string::npos);
  }
  AnalysisParams p;
  CHECK(SetAnalysisParam(&p, "pain_threshold", "4", &err));
  CHECK(p.pain_threshold == 4);
  CHECK(SetAnalysisParam(&p, "lag", "2d", &err));
  CHECK(p.lag_days == 2);
  CHECK(SetAnalysisParam(&p, "day_start", "04:30", &err));
  CHECK(p.day_start_min == 270);
  CHECK(SetAnalysisParam(&p, "followup_window", "24h", &err));
  CHECK(p.followup_window == 86400);
  CHECK_FALSE(SetAnalysisParam(&p, "pain_threshold", "11", &err));
  CHECK(err == "pain_threshold must be a whole number from 1 to 10, not '11'");
  CHECK_FALSE(SetAnalysisParam(&p, "lag", "36h", &err));
  CHECK(err == "lag must be whole days from 0d to 30d (e.g. 1d), not '36h'");
  CHECK_FALSE(SetAnalysisParam(&p, "day_start", "4am", &err));
  CHECK(err == "day_start must be a time HH:MM such as 04:00, not '4am'");
  CHECK_FALSE(SetAnalysisParam(&p, "episode_gap", "0h", &err));
  CHECK(err.find("episode_gap must be a positive duration") == 0);
  CHECK_FALSE(SetAnalysisParam(&p, "gap", "1h", &err));
  CHECK(err.find("unknown analysis parameter 'gap'") == 0);
  CHECK(FormatDuration(72 * 3600) == "72h");
  CHECK(FormatDuration(14 * 86400) == "14d");
  CHECK(FormatDuration(90 * 60) == "90m");
}

TEST_CASE("analysis: durations are whole minutes, a space allowed") {
  int64_t sec;
  std::string err;
  CHECK((ParseDuration("72 h", &sec, &err) && sec == 72 * 3600));
  CHECK_FALSE(ParseDuration("0.5m", &sec, &err));
}

TEST_CASE("analysis_params: one table of the keys") {
  std::string keys;
  for (const AnalysisParamSpec& spec : AnalysisParamTable()) {
    keys += std::string(keys.empty() ? "" : ",") + spec.key;
    CHECK(FindAnalysisParam(spec.key) == &spec);
    CHECK(std::string(spec.accepts) != "");
    CHECK(std::string(spec.help) != "");
  }
  // SPEC section 4's order.
  CHECK(keys == "pain_threshold,episode_gap,followup_window,recurrence_window,lag,day_start");
  CHECK(AnalysisParamKeys() == "pain_threshold, episode_gap, followup_window, recurrence_window, lag, day_start");
  CHECK(FindAnalysisParam("gap") == nullptr);
  std::string err;
  AnalysisParams p;
  CHECK_FALSE(SetAnalysisParam(&p, "gap", "1h", &err));
  CHECK(err == "unknown analysis parameter 'gap'; accepted: " + AnalysisParamKeys());
}

TEST_CASE("analysis_params: a refused value leaves the parameters as they were") {
  AnalysisParams p;
  std::string err;
  for (const char* key : {"pain_threshold", "episode_gap", "followup_window", "recurrence_window", "lag", "day_start"}) {
    INFO(key);
    CHECK_FALSE(SetAnalysisParam(&p, key, "x", &err));
    CHECK(err == std::string(key) + " must be " + FindAnalysisParam(key)->accepts + ", not 'x'");
  }
  CHECK_FALSE(SetAnalysisParam(&p, "lag", "31d", &err));
  CHECK_FALSE(SetAnalysisParam(&p, "day_start", "24:00", &err));
  CHECK_FALSE(SetAnalysisParam(&p, "day_start", "12:60", &err));
  CHECK_FALSE(SetAnalysisParam(&p, "recurrence_window", "-1d", &err));
  const AnalysisParams defaults;
  CHECK(p.pain_threshold == defaults.pain_threshold);
  CHECK(p.episode_gap == defaults.episode_gap);
  CHECK(p.followup_window == defaults.followup_window);
  CHECK(p.recurrence_window == defaults.recurrence_window);
  CHECK(p.lag_days == defaults.lag_days);
  CHECK(p.day_start_min == defaults.day_start_min);
  CHECK(SetAnalysisParam(&p, "lag", "0d", &err));
  CHECK(p.lag_days == 0);
  CHECK(SetAnalysisParam(&p, "day_start", " 23:59 ", &err));
  CHECK(p.day_start_min == 23 * 60 + 59);
}
