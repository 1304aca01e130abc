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
