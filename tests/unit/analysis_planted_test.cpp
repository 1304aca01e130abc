// The analysis on generated journals: it must find a planted effect and
// must not claim one where there is none.
#include <doctest/doctest.h>

#include "journal_gen.h"
#include "painjournal/analysis.h"
#include "painjournal/analysis_render.h"

using namespace pj;

namespace {

const FollowupRow& Row(const Analysis& a, const std::string& site) {
  for (const FollowupRow& r : a.followup)
    if (r.site == site) return r;
  FAIL("no follow-up row for " << site);
  return a.followup.front();
}

// The text with its line breaks and indentation folded, to search phrases.
std::string Unwrapped(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
      out += ' ';
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

TEST_CASE("planted: recurrence after passive relief is much likelier without follow-up") {
  // Two years: about 20 treatments a site in each group.
  pjtest::GenOptions o;
  o.days = 730;
  o.recur_without = 0.85;
  o.recur_with = 0.15;
  Analysis a = Analyze(pjtest::Generate(7, o), Vocabulary::BuiltIn(), AnalysisParams{});
  for (const char* site : {"neck", "lower-back", "shoulder-right", "*"}) {
    INFO(site);
    const FollowupRow& r = Row(a, site);
    CHECK(r.enough_data);
    CHECK(r.risk_ratio.ci.lo > 1);
    CHECK(r.p_value < 0.05);
  }
  // And the report says so, in its careful words.
  std::string text = Unwrapped(AnalysisText(a));
  CHECK(text.find("What to try: neck pain came back more often after passive relief with no movement within "
                  "48 h") != std::string::npos);
  CHECK(text.find("This is an association in your own records, not proof of cause.") != std::string::npos);
  CHECK_FALSE(Findings(a).empty());
}

TEST_CASE("planted: the same recurrence with and without follow-up is rarely flagged") {
  // 40 seeds; Fisher's test at 0.05 should flag about 2 and at most 5.
  pjtest::GenOptions o;
  o.recur_without = 0.5;
  o.recur_with = 0.5;
  int flagged = 0, compared = 0;
  for (unsigned seed = 1; seed <= 40; ++seed) {
    Analysis a = Analyze(pjtest::Generate(seed, o), Vocabulary::BuiltIn(), AnalysisParams{});
    const FollowupRow& r = Row(a, "neck");
    compared += r.enough_data;
    flagged += r.enough_data && r.p_value < 0.05;
  }
  CHECK(compared >= 35);  // a seed may have too few outcomes to compare
  MESSAGE("neck flagged in " << flagged << " of 40 seeds");
  CHECK(flagged <= 5);
}

TEST_CASE("planted: long sitting raises next-day neck onsets only") {
  pjtest::GenOptions o;
  o.treatments = false;
  o.base_onset = 0.05;
  o.neck_after_sitting = 0.35;
  for (unsigned seed = 1; seed <= 5; ++seed) {
    INFO("seed " << seed);
    Analysis a = Analyze(pjtest::Generate(seed, o), Vocabulary::BuiltIn(), AnalysisParams{});
    int rows = 0;
    for (const FactorRow& r : a.factors) {
      if (r.factor != "sitting_hours") continue;
      ++rows;
      INFO(r.site << " q " << r.q_value << " rr " << r.risk_ratio.rr);
      if (r.site == "neck") {
        CHECK(r.enough_data);
        CHECK(r.q_value < 0.05);
        CHECK(r.risk_ratio.ci.lo > 1);
      } else {
        CHECK(r.q_value >= 0.05);
      }
    }
    CHECK(rows == 3);
    // Stress and breathing were drawn independently of everything: no
    // finding for them at any site.
    for (const FactorRow& r : a.factors)
      if (r.factor != "sitting_hours") CHECK(r.q_value >= 0.05);
  }
}

// ---- Relief duration (SPEC 4a) ----

namespace {

const ReliefRow* Relief(const Analysis& a, const std::string& site) {
  for (const ReliefRow& r : a.relief)
    if (r.site == site) return &r;
  return nullptr;
}

// Of `seeds` generated journals of `days` days, in how many the log-rank
// test at `site` has enough data and p < 0.05; and the same for the 14-day
// follow-up table's Fisher test.
struct Power {
  int relief = 0;
  int followup = 0;
  int relief_compared = 0;
};
Power Measure(pjtest::GenOptions o, int days, unsigned seeds, const std::string& site) {
  o.days = days;
  Power p;
  for (unsigned seed = 1; seed <= seeds; ++seed) {
    Analysis a = Analyze(pjtest::Generate(seed, o), Vocabulary::BuiltIn(), AnalysisParams{});
    const ReliefRow* r = Relief(a, site);
    p.relief_compared += r && r->enough_data;
    p.relief += r && r->enough_data && r->logrank_p && *r->logrank_p < 0.05;
    for (const FollowupRow& f : a.followup)
      if (f.site == site) p.followup += f.enough_data && f.p_value < 0.05;
  }
  return p;
}

pjtest::GenOptions ReliefLasts(double without_days, double with_days) {
  pjtest::GenOptions o;
  o.relief_mean_without = without_days;
  o.relief_mean_with = with_days;
  return o;
}

}  // namespace

TEST_CASE("planted: relief lasts longer after movement follow-up, and the log-rank test finds it") {
  // Next onset a mean of 4 days after passive relief alone, 16 with
  // movement: in a year, the curves differ at every site and over all.
  pjtest::GenOptions o = ReliefLasts(4, 16);
  Power all = Measure(o, 365, 20, "*");
  MESSAGE("365 days, all sites: log-rank p < 0.05 in " << all.relief << " of 20, 14-day Fisher in " << all.followup);
  CHECK(all.relief >= 18);
  Power neck = Measure(o, 365, 20, "neck");
  MESSAGE("365 days, neck: log-rank p < 0.05 in " << neck.relief << " of 20");
  CHECK(neck.relief >= 12);
  // The medians point the right way, and the text says it in SPEC's words.
  o.days = 365;
  Analysis a = Analyze(pjtest::Generate(3, o), Vocabulary::BuiltIn(), AnalysisParams{});
  const ReliefRow* r = Relief(a, "*");
  REQUIRE(r);
  REQUIRE(r->without_followup.median.value);
  REQUIRE(r->with_followup.median.value);
  CHECK(*r->without_followup.median.value < *r->with_followup.median.value);
  std::string text = Unwrapped(AnalysisText(a));
  CHECK(text.find("After passive relief with no movement within 48 h, neck pain came back a median of") !=
        std::string::npos);
  CHECK(text.find("came back within the first two days.") != std::string::npos);
}

TEST_CASE("planted: relief that lasts as long either way is rarely flagged") {
  // 60 seeds at a year; the log-rank test at 0.05 should flag about 3.
  Power all = Measure(ReliefLasts(8, 8), 365, 60, "*");
  MESSAGE("no difference, all sites: log-rank p < 0.05 in " << all.relief << " of " << all.relief_compared);
  CHECK(all.relief_compared >= 55);
  CHECK(all.relief <= 7);
}

// Not run by default (ctest runs every case not skipped): prints the power
// table for the issue note. Run: build/tests/unit_tests -tc='planted: power*' -ns
TEST_CASE("planted: power of the log-rank and 14-day tests by journal length" * doctest::skip()) {
  for (double with_days : {16.0, 4.0}) {
    for (int days : {90, 180, 365}) {
      for (std::string site : {"*", "neck"}) {
        Power p = Measure(ReliefLasts(4, with_days), days, 200, site);
        MESSAGE("means 4 vs " << with_days << " days, " << days << " days, site " << site << ": log-rank "
                              << p.relief << "/200 (compared " << p.relief_compared << "), 14-day Fisher "
                              << p.followup << "/200");
      }
    }
  }
}

// ---- Pain elsewhere (SPEC 4) ----

namespace {

const FactorRow* FactorOf(const Analysis& a, const std::string& site, const std::string& factor) {
  for (const FactorRow& r : a.factors)
    if (r.site == site && r.factor == factor) return &r;
  return nullptr;
}

bool Reported(const FactorRow* r) { return r && r->enough_data && r->q_value < 0.05; }

// Of `seeds` generated journals where lower-back pain days raise the next
// day's neck onset chance to `chance`: in how many pain:lower-back is
// reported for neck (q < 0.05, risk ratio above 1), pain:neck for
// lower-back (the wrong direction), and any other factor anywhere.
struct ElsewhereRates {
  int forward = 0;
  int backward = 0;
  int other = 0;
};
ElsewhereRates MeasureElsewhere(double chance, int days, unsigned seeds) {
  pjtest::GenOptions o;
  o.treatments = false;
  o.neck_after_lower_back = chance;
  o.days = days;
  ElsewhereRates out;
  for (unsigned seed = 1; seed <= seeds; ++seed) {
    Analysis a = Analyze(pjtest::Generate(seed, o), Vocabulary::BuiltIn(), AnalysisParams{});
    const FactorRow* forward = FactorOf(a, "neck", "pain:lower-back");
    out.forward += Reported(forward) && forward->risk_ratio.rr > 1;
    out.backward += Reported(FactorOf(a, "lower-back", "pain:neck"));
    bool other = false;
    for (const FactorRow& r : a.factors)
      if (&r != forward && Reported(&r)) other = true;
    out.other += other;
  }
  return out;
}

}  // namespace

TEST_CASE("planted: lower-back pain raises next-day neck onsets, and only that direction is reported") {
  // Neck onsets: 4% a day, 35% the day after a lower-back pain day; two
  // years (at one, it is found in about 4 of 5 journals: see the rates).
  ElsewhereRates r = MeasureElsewhere(0.35, 730, 20);
  MESSAGE("730 days, 20 seeds: pain:lower-back for neck in " << r.forward << ", pain:neck for lower-back in "
                                                             << r.backward << ", any other factor in " << r.other);
  CHECK(r.forward >= 18);
  CHECK(r.backward <= 1);
  CHECK(r.other <= 3);
  // A journal where it is found (19 of these 20; seed 1 is the miss), in
  // SPEC's words, as text and as a finding of the report.
  pjtest::GenOptions o;
  o.treatments = false;
  o.neck_after_lower_back = 0.35;
  o.days = 730;
  unsigned seed = 1;
  Analysis a;
  const FactorRow* row = nullptr;
  for (; seed <= 20 && !Reported(row); ++seed) {
    a = Analyze(pjtest::Generate(seed, o), Vocabulary::BuiltIn(), AnalysisParams{});
    row = FactorOf(a, "neck", "pain:lower-back");
  }
  REQUIRE(Reported(row));
  CHECK(row->kind == FactorKind::kPainElsewhere);
  CHECK(row->risk_ratio.ci.lo > 1);
  const std::string said = "lower-back pain: a neck onset began the next day after " +
                           std::to_string(row->high.onset_days) + " of " + std::to_string(row->high.days) +
                           " lower-back pain days";
  CHECK(Unwrapped(AnalysisText(a)).find(said) != std::string::npos);
  CHECK(Unwrapped(AnalysisText(a)).find("What to try: neck onsets began more often the next day after lower-back "
                                        "pain days") != std::string::npos);
  bool in_findings = false;
  for (const std::string& f : Findings(a)) in_findings |= f.rfind(said, 0) == 0;
  CHECK(in_findings);
}

TEST_CASE("planted: with no pain elsewhere effect, pain:X is rarely reported") {
  ElsewhereRates r = MeasureElsewhere(-1, 365, 40);
  MESSAGE("no effect, 365 days, 40 seeds: pain:lower-back for neck in " << r.forward << ", pain:neck for lower-back in "
                                                                        << r.backward << ", any other in " << r.other);
  CHECK(r.forward <= 2);
  CHECK(r.backward <= 2);
}

// Not run by default: the rates for the issue note. Run:
// build/tests/unit_tests -tc='planted: rates of pain elsewhere*' -ns
TEST_CASE("planted: rates of pain elsewhere by effect and journal length" * doctest::skip()) {
  for (double chance : {0.35, 0.2, 0.1, -1.0}) {
    for (int days : {90, 180, 365, 730}) {
      ElsewhereRates r = MeasureElsewhere(chance, days, 200);
      MESSAGE("neck onset chance after lower-back pain " << chance << ", " << days
                                                          << " days: pain:lower-back for neck " << r.forward
                                                          << "/200, pain:neck for lower-back " << r.backward
                                                          << "/200, any other factor " << r.other << "/200");
    }
  }
}
