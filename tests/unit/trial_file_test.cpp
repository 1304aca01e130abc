#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "painjournal/trial_file.h"

using namespace pj;

namespace {

TrialPlan Seeded() {
  TrialPlan p;
  p.name = "qigong";
  p.site = "neck";
  p.action = "qigong";
  p.first_day = DaysFromCivil(2026, 12, 1);
  p.seed = 42;
  uint64_t state = 42;
  p.sequence = DrawSequence(6, [&] { return SplitMix64(&state); });
  std::string err;
  REQUIRE(ParseDateTime("2026-11-30T09:30:00+01:00", &p.created, &err));
  return p;
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  size_t at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("trial file: the plan as written, and read back the same") {
  TrialPlan p = Seeded();
  std::string text = FormatTrialPlan(p);
  CHECK(text.substr(text.find("name =")) ==
        "name = \"qigong\"\nsite = \"neck\"\naction = \"qigong\"\nfirst_day = 2026-12-01\nperiod_days = 7\n"
        "washout_days = 2\nsequence = [\"BA\", \"AB\", \"AB\", \"AB\", \"AB\", \"BA\"]\n"
        "created = 2026-11-30T09:30:00+01:00\nseed = 42\nchecksum = \"" + TrialChecksum(p) + "\"\n");
  TrialPlan back;
  std::vector<Problem> problems;
  REQUIRE(ParseTrialPlan(text, "trials/qigong.toml", &back, &problems));
  CHECK(problems.empty());
  CHECK(FormatTrialPlan(back) == text);
  // A stop is recorded after the checksum, which does not cover it.
  std::string err;
  Time stopped;
  REQUIRE(ParseDateTime("2026-12-09T08:00:00+01:00", &stopped, &err));
  back.stopped = stopped;
  std::string with_stop = FormatTrialPlan(back);
  CHECK(with_stop == text + "stopped = 2026-12-09T08:00:00+01:00\n");
  problems.clear();
  REQUIRE(ParseTrialPlan(with_stop, "p", &back, &problems));
  CHECK(problems.empty());
  REQUIRE(back.stopped);
  CHECK(back.stopped->utc == stopped.utc);
}

TEST_CASE("trial file: a hand edit of the plan is reported") {
  TrialPlan p = Seeded();
  const std::string text = FormatTrialPlan(p);
  std::vector<Problem> problems;
  TrialPlan back;
  // The order of a pair swapped: neither the seed nor the checksum agree.
  REQUIRE(ParseTrialPlan(Replace(text, "[\"BA\", \"AB\"", "[\"AB\", \"AB\""), "f", &back, &problems));
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].message.find("not the one its seed gives") != std::string::npos);
  CHECK(problems[0].line == 11);  // after 4 lines of header
  CHECK(problems[1].message.find("does not match its checksum") != std::string::npos);
  // A later first day, without a seed to tell: the checksum does.
  p.seed.reset();
  problems.clear();
  REQUIRE(ParseTrialPlan(Replace(FormatTrialPlan(p), "2026-12-01", "2026-12-08"), "f", &back, &problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message.find("checksum") != std::string::npos);
}

TEST_CASE("trial file: a broken or incomplete plan names file, line and column") {
  std::vector<Problem> problems;
  TrialPlan back;
  CHECK_FALSE(ParseTrialPlan("name = \"x\"\nsite = = 1\n", "trials/x.toml", &back, &problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].file == "trials/x.toml");
  CHECK(problems[0].line == 2);
  problems.clear();
  CHECK_FALSE(ParseTrialPlan("name = \"x\"\n", "trials/x.toml", &back, &problems));
  CHECK(problems.size() >= 5);
  CHECK(problems[0].message == "trial plan: 'site' must be text");
}
