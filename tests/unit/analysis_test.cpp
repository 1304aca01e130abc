// Each definition of SPEC section 4 on small hand-made journals, with the
// expected answer worked out by hand beside it.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "painjournal/analysis.h"
#include "painjournal/analysis_render.h"
#include "painjournal/entry_json.h"
#include "test_util.h"
#include "entry_access.h"
#include "journal_gen.h"

using namespace pj;

namespace {

// An instant in UTC: "2026-11-02T09:00".
Time T(const std::string& s) {
  Time t;
  std::string err;
  REQUIRE_MESSAGE(ParseDateTime(s + (s.size() == 16 ? ":00+00:00" : ""), &t, &err), err);
  return t;
}

int n_ids = 0;

Entry Pain(const std::string& at, const std::string& site, int intensity, std::vector<std::string> did = {}) {
  Entry e;
  e.id = "E" + std::to_string(++n_ids);
  e.at = T(at);
  e.site = site;
  e.set_intensity(intensity);
  e.did = std::move(did);
  return e;
}

Entry Did(const std::string& at, std::vector<std::string> did, const std::string& site = "") {
  Entry e;
  e.id = "E" + std::to_string(++n_ids);
  e.at = T(at);
  if (!site.empty()) e.site = site;
  e.did = std::move(did);
  return e;
}

Entry Load(const std::string& at, std::optional<int> stress, std::optional<double> sitting = {},
           std::optional<std::string> breathing = {}) {
  Entry e;
  e.id = "E" + std::to_string(++n_ids);
  e.at = T(at);
  pjtest::Set(e, "stress", stress);
  pjtest::Set(e, "sitting_hours", sitting);
  pjtest::SetWord(e, "breathing", breathing);
  return e;
}

const AnalysisParams kDefaults;
const Vocabulary kVocab = Vocabulary::BuiltIn();

}  // namespace

TEST_CASE("analysis: the journal day is the local date in its own offset, shifted by day_start") {
  // 2026-10-25 is the autumn change in Berlin: 01:30+02:00 and 03:30+01:00
  // are both on the 25th locally.
  Time before, after;
  std::string err;
  REQUIRE(ParseDateTime("2026-10-25T01:30:00+02:00", &before, &err));
  REQUIRE(ParseDateTime("2026-10-25T03:30:00+01:00", &after, &err));
  const int64_t d25 = DaysFromCivil(2026, 10, 25);
  CHECK(JournalDay(before, 0) == d25);
  CHECK(JournalDay(after, 0) == d25);
  // With day_start 04:00 a 02:00 entry belongs to the day before; 04:00 to
  // its own day.
  Time two, four;
  REQUIRE(ParseDateTime("2026-11-03T02:00:00+01:00", &two, &err));
  REQUIRE(ParseDateTime("2026-11-03T04:00:00+01:00", &four, &err));
  CHECK(JournalDay(two, 240) == DaysFromCivil(2026, 11, 2));
  CHECK(JournalDay(four, 240) == DaysFromCivil(2026, 11, 3));
  CHECK(JournalDay(two, 0) == DaysFromCivil(2026, 11, 3));
}

TEST_CASE("analysis: episodes") {
  // neck: 1st 09:00 (5), 3rd 09:00 (6) is 48 h later: same episode; 7th is
  // 96 h after the 3rd (> 72 h): a new one. A relief entry (2) on the 8th
  // ends it; the 9th starts a third one although it is within 72 h.
  std::vector<Entry> es = {
      Pain("2026-11-01T09:00", "neck", 5),     Pain("2026-11-03T09:00", "neck", 6),
      Pain("2026-11-07T09:00", "neck", 4),     Pain("2026-11-08T09:00", "neck", 2),
      Pain("2026-11-09T09:00", "neck", 7),     Pain("2026-11-09T10:00", "lower-back", 3),
      Pain("2026-11-10T09:00", "lower-back", 2),  // relief right after
      Load("2026-11-11T20:00", 5),              // the journal's last entry
  };
  auto tl = SegmentEpisodes(es, kDefaults, T("2026-11-11T20:00").utc);
  REQUIRE(tl["neck"].episodes.size() == 3);
  const Episode& a = tl["neck"].episodes[0];
  CHECK(a.onset.utc == T("2026-11-01T09:00").utc);
  CHECK(a.end.utc == T("2026-11-03T09:00").utc);
  CHECK(a.entries == 2);
  CHECK(a.max_intensity == 6);
  CHECK_FALSE(a.ongoing);
  CHECK(tl["neck"].episodes[1].entries == 1);
  // The third ends on the 9th at 09:00; the last entry is 59 h later (<= 72 h)
  // and no relief came after: ongoing.
  CHECK(tl["neck"].episodes[2].ongoing);
  CHECK(tl["neck"].reliefs == std::vector<int64_t>{T("2026-11-08T09:00").utc});
  // lower-back: intensity 3 is a pain entry (>= threshold); relief after it:
  // not ongoing.
  REQUIRE(tl["lower-back"].episodes.size() == 1);
  CHECK_FALSE(tl["lower-back"].episodes[0].ongoing);
  // A higher threshold makes the 3 a relief entry: no episode at all.
  AnalysisParams p4;
  p4.pain_threshold = 4;
  CHECK(SegmentEpisodes(es, p4, 0)["lower-back"].episodes.empty());
  // Not ongoing when the journal goes on for more than the gap.
  auto later = SegmentEpisodes(es, kDefaults, T("2026-11-12T09:01").utc);
  CHECK_FALSE(later["neck"].episodes[2].ongoing);
}

TEST_CASE("analysis: an episode is active from onset to end + gap, until a relief entry") {
  std::vector<Entry> es = {Pain("2026-11-01T09:00", "neck", 5), Pain("2026-11-02T09:00", "neck", 6),
                           Pain("2026-11-06T09:00", "neck", 1)};
  auto tl = SegmentEpisodes(es, kDefaults, 0);
  const SiteTimeline& s = tl["neck"];
  CHECK(ActiveEpisode(s, T("2026-11-01T08:59").utc, kDefaults) == nullptr);  // before onset
  CHECK(ActiveEpisode(s, T("2026-11-01T09:00").utc, kDefaults) != nullptr);  // at onset
  CHECK(ActiveEpisode(s, T("2026-11-05T09:00").utc, kDefaults) != nullptr);  // end + 72 h exactly
  CHECK(ActiveEpisode(s, T("2026-11-05T09:01").utc, kDefaults) == nullptr);  // past it
  // The relief entry at 2026-11-06 09:00 is past end + gap anyway; one inside:
  std::vector<Entry> es2 = {Pain("2026-11-01T09:00", "neck", 5), Pain("2026-11-02T09:00", "neck", 1)};
  auto tl2 = SegmentEpisodes(es2, kDefaults, 0);
  CHECK(ActiveEpisode(tl2["neck"], T("2026-11-02T08:59").utc, kDefaults) != nullptr);
  // A relief entry at t itself counts as between: not active at 09:00.
  CHECK(ActiveEpisode(tl2["neck"], T("2026-11-02T09:00").utc, kDefaults) == nullptr);
  CHECK(ActiveEpisode(tl2["neck"], T("2026-11-03T09:00").utc, kDefaults) == nullptr);
}

TEST_CASE("analysis: treatments, their sites and their follow-up") {
  std::vector<Entry> es = {
      Pain("2026-11-01T09:00", "neck", 6),
      Pain("2026-11-01T09:30", "lower-back", 5),
      Did("2026-11-01T18:00", {"massage"}),                    // no site: both active sites
      Did("2026-11-02T08:00", {"heat", "stretching"}, "neck"),  // movement in the same entry
      Did("2026-11-03T18:00", {"acupuncture"}, "neck"),         // movement 48 h later exactly
      Did("2026-11-05T18:00", {"walk"}),
      Did("2026-11-20T18:00", {"medication"}),                  // no site, nothing active: unattributed
      Did("2026-11-21T10:00", {"rest"}),                        // 'other': not a treatment, not movement
      Did("2026-11-23T10:01", {"cupping"}, "neck"),             // movement none within 48 h (walk was before)
  };
  auto tl = SegmentEpisodes(es, kDefaults, es.back().at.utc);
  std::vector<Treatment> ts = FindTreatments(es, kVocab, tl, kDefaults);
  REQUIRE(ts.size() == 5);
  CHECK(ts[0].sites == std::vector<std::string>{"lower-back", "neck"});
  CHECK(ts[0].followup);  // heat+stretching 14 h later
  CHECK(ts[1].sites == std::vector<std::string>{"neck"});
  CHECK(ts[1].followup);  // stretching in the same entry
  CHECK(ts[2].followup);  // the walk 48 h later is within the window
  CHECK(ts[3].sites.empty());
  CHECK_FALSE(ts[3].followup);
  CHECK(ts[4].sites == std::vector<std::string>{"neck"});
  CHECK_FALSE(ts[4].followup);
  // A window of 47 h loses the walk.
  AnalysisParams p;
  p.followup_window = 47 * 3600;
  CHECK_FALSE(FindTreatments(es, kVocab, tl, p)[2].followup);
  Analysis a = Analyze(es, kVocab, kDefaults);
  CHECK(a.treatments == 5);
  CHECK(a.unattributed_treatments == 1);
}

TEST_CASE("analysis: outcomes of a treatment") {
  // Window 14 d. The journal ends 2026-12-31.
  const int64_t last = T("2026-12-31T12:00").utc;
  SUBCASE("recurred: a new episode begins within 14 days") {
    std::vector<Entry> es = {Pain("2026-11-01T09:00", "neck", 6), Pain("2026-11-02T09:00", "neck", 1),
                             Pain("2026-11-15T09:00", "neck", 5)};
    auto tl = SegmentEpisodes(es, kDefaults, last);
    // Treatment at 11-01 18:00; the new onset is at 11-15 09:00 < 11-15 18:00.
    CHECK(ClassifyOutcome(T("2026-11-01T18:00").utc, tl["neck"], last, kDefaults) == Outcome::kRecurred);
    // From 11-01 23:00 the window ends 11-15 23:00: the same.
    CHECK(ClassifyOutcome(T("2026-11-01T23:00").utc, tl["neck"], last, kDefaults) == Outcome::kRecurred);
  }
  SUBCASE("stayed away") {
    std::vector<Entry> es = {Pain("2026-11-01T09:00", "neck", 6), Pain("2026-11-16T09:00", "neck", 5)};
    auto tl = SegmentEpisodes(es, kDefaults, last);
    CHECK(ClassifyOutcome(T("2026-11-01T18:00").utc, tl["neck"], last, kDefaults) == Outcome::kStayedAway);
  }
  SUBCASE("persisted: the episode active at t lasts past t + 14 d") {
    std::vector<Entry> es;
    for (int d = 1; d <= 20; d += 2) es.push_back(Pain("2026-11-" + std::string(d < 10 ? "0" : "") + std::to_string(d) + "T09:00", "neck", 6));
    auto tl = SegmentEpisodes(es, kDefaults, last);
    REQUIRE(tl["neck"].episodes.size() == 1);  // every 48 h: one episode, 11-01 .. 11-19
    CHECK(ClassifyOutcome(T("2026-11-02T18:00").utc, tl["neck"], last, kDefaults) == Outcome::kPersisted);
    // From 11-06 the window ends 11-20 18:00, after the end (11-19): a new
    // onset? None: stayed away.
    CHECK(ClassifyOutcome(T("2026-11-06T18:00").utc, tl["neck"], last, kDefaults) == Outcome::kStayedAway);
  }
  SUBCASE("a relief entry at the treatment time: not persisted, and what follows decides") {
    // Massage logged with intensity 2 at neck: the entry is itself relief,
    // so the long episode is not active at that moment.
    std::vector<Entry> es;
    for (int d = 1; d <= 9; d += 2) es.push_back(Pain("2026-11-0" + std::to_string(d) + "T09:00", "neck", 6));
    es.push_back(Pain("2026-11-09T18:00", "neck", 2, {"massage"}));
    for (int d = 10; d <= 30; d += 2) es.push_back(Pain("2026-11-" + std::to_string(d) + "T09:00", "neck", 6));
    auto tl = SegmentEpisodes(es, kDefaults, last);
    REQUIRE(tl["neck"].episodes.size() == 2);
    CHECK(ClassifyOutcome(T("2026-11-09T18:00").utc, tl["neck"], last, kDefaults) == Outcome::kRecurred);
    // Without the relief entry it would have persisted.
    es.erase(es.begin() + 5);
    auto tl2 = SegmentEpisodes(es, kDefaults, last);
    CHECK(ClassifyOutcome(T("2026-11-09T18:00").utc, tl2["neck"], last, kDefaults) == Outcome::kPersisted);
  }
  SUBCASE("censored: the window runs past the journal's last entry") {
    std::vector<Entry> es = {Pain("2026-12-20T09:00", "neck", 6)};
    auto tl = SegmentEpisodes(es, kDefaults, last);
    CHECK(ClassifyOutcome(T("2026-12-20T18:00").utc, tl["neck"], last, kDefaults) == Outcome::kCensored);
    // Exactly at the end is not censored: 12-17 12:00 + 14 d = 12-31 12:00.
    CHECK(ClassifyOutcome(T("2026-12-17T12:00").utc, tl["neck"], last, kDefaults) != Outcome::kCensored);
  }
}

TEST_CASE("analysis: the follow-up table counts, rates and compares") {
  // Six treated neck episodes; each: pain at 09:00, massage 18:00, relief
  // next day. Those followed by stretching (3) stay away; of the 3 without,
  // 2 recur within 14 days; the last treatment is censored.
  std::vector<Entry> es;
  // Day 1 is 2026-09-01.
  auto day = [](int d) { return FormatDate(CivilFromDays(DaysFromCivil(2026, 9, 1) + d - 1)); };
  struct Ep {
    int day;
    bool followup;
  };
  const Ep eps[] = {{1, true}, {21, false}, {31, true}, {51, false}, {53, true}, {60, false}};
  // 21 -> 31 (10 d later: recurred), 51 -> 53 (2 d: recurred), 1 -> 21 (20 d: stayed away),
  // 31 -> 51 (stayed away), 53 -> 60 (7 d: recurred, with follow-up), 60: censored
  // (the journal ends on day 70, before 60 + 14).
  for (const Ep& e : eps) {
    es.push_back(Pain(day(e.day) + "T09:00", "neck", 6));
    es.push_back(Did(day(e.day) + "T18:00", {"massage"}, "neck"));
    if (e.followup) es.push_back(Did(day(e.day + 1) + "T08:00", {"stretching"}));
    es.push_back(Pain(day(e.day + 1) + "T12:00", "neck", 1));
  }
  es.push_back(Load(day(70) + "T20:00", 3));
  Analysis a = Analyze(es, kVocab, kDefaults);
  REQUIRE(a.followup.size() == 2);
  const FollowupRow& neck = a.followup[0];
  CHECK(neck.site == "neck");
  CHECK(neck.with_followup.treatments == 3);
  CHECK(neck.with_followup.recurred == 1);     // 53 -> 60
  CHECK(neck.with_followup.stayed_away == 2);  // 1, 31
  CHECK(neck.without_followup.treatments == 3);
  CHECK(neck.without_followup.recurred == 2);  // 21, 51
  CHECK(neck.without_followup.censored == 1);  // 60
  CHECK(neck.without_followup.rate == doctest::Approx(1.0));
  CHECK(neck.with_followup.rate == doctest::Approx(1.0 / 3));
  // Cells 2/0 vs 1/2: a zero, so 0.5 is added: (2.5/3) / (1.5/4) = 2.2222.
  CHECK(neck.risk_ratio.corrected);
  CHECK(neck.risk_ratio.rr == doctest::Approx((2.5 / 3) / (1.5 / 4)));
  // Fisher [[2, 0], [1, 2]] by hand: P(x) = 1/10, 6/10, 3/10 for x = 0, 1, 2
  // recurrences without follow-up; observed 2: p = 3/10 + 1/10.
  CHECK(neck.p_value == doctest::Approx(0.4));
  CHECK_FALSE(neck.enough_data);  // only 2 with a known outcome without follow-up
  const FollowupRow& all = a.followup[1];
  CHECK(all.site == "*");
  CHECK(all.with_followup.treatments == 3);
  CHECK(all.without_followup.treatments == 3);
}

TEST_CASE("analysis: the factor table") {
  // Days 1..8 of November. stress 8 on days 1, 3, 5, 7 (high), 2 on the
  // even days; a neck onset on days 2, 6 (each the day after a high day) and
  // on 8 (after a relief entry on the 7th). With lag 1 the high days 1, 5, 7 (onset the next day) and the low
  // days 2, 6, 8 (onset that day) are onset days: high 3 of 4, low 3 of 4.
  std::vector<Entry> es;
  for (int d = 1; d <= 8; ++d) {
    std::string day = "2026-11-0" + std::to_string(d);
    es.push_back(Load(day + "T20:00", d % 2 ? 8 : 2, d <= 4 ? std::optional<double>(9.0) : std::optional<double>(),
                      d == 3 ? std::optional<std::string>("shallow") : std::optional<std::string>("normal")));
  }
  for (int d : {2, 6, 8}) es.push_back(Pain("2026-11-0" + std::to_string(d) + "T09:00", "neck", 4 + d / 2));
  es.push_back(Pain("2026-11-07T09:00", "neck", 1));  // relief: the 8th is a new episode
  // Two values on one day average: day 4 stress (2 + 6) / 2 = 4, still low.
  es.push_back(Load("2026-11-04T08:00", 6));
  // A user factor on four days: 5, 6, 7, 8; median 6.5.
  for (int d = 1; d <= 4; ++d) {
    Entry f = Load("2026-11-0" + std::to_string(d) + "T07:00", {});
    f.factors = {{"sleep_hours", 4.0 + d}};
    es.push_back(f);
  }
  Analysis a = Analyze(es, kVocab, kDefaults);
  const FactorRow* stress = nullptr;
  const FactorRow* sitting = nullptr;
  const FactorRow* breathing = nullptr;
  const FactorRow* sleep = nullptr;
  for (const FactorRow& r : a.factors) {
    CHECK(r.site == "neck");
    if (r.factor == "stress") stress = &r;
    if (r.factor == "sitting_hours") sitting = &r;
    if (r.factor == "breathing") breathing = &r;
    if (r.factor == "sleep_hours") sleep = &r;
  }
  REQUIRE(stress);
  REQUIRE(sitting);
  REQUIRE(breathing);
  REQUIRE(sleep);
  CHECK(a.factors.size() == 4);
  CHECK(stress->threshold == 7);
  CHECK(stress->high.days == 4);
  CHECK(stress->high.onset_days == 3);
  CHECK(stress->low.days == 4);
  CHECK(stress->low.onset_days == 3);
  CHECK(stress->high.rate == doctest::Approx(0.75));
  CHECK_FALSE(stress->risk_ratio.corrected);
  CHECK(stress->risk_ratio.rr == doctest::Approx(1.0));
  CHECK(stress->p_value == doctest::Approx(1.0));
  CHECK(stress->enough_data);
  // Spearman: the day's stress against the highest neck intensity that day
  // or the next (0 when none). Pain: day 2 = 5, day 6 = 7, day 8 = 8.
  CHECK(stress->n == 8);
  CHECK(stress->rho == doctest::Approx(SpearmanRho({8, 2, 8, 4, 8, 2, 8, 2}, {5, 5, 0, 0, 7, 7, 8, 8})));
  // Sitting recorded on days 1-4 only, all >= 8: no low days.
  CHECK(sitting->high.days == 4);
  CHECK(sitting->high.onset_days == 2);  // days 1 (onset on 2) and 2
  CHECK(sitting->low.days == 0);
  CHECK(std::isnan(sitting->low.rate));
  CHECK(std::isnan(sitting->risk_ratio.rr));
  CHECK_FALSE(sitting->enough_data);
  // Breathing: 1 on the shallow day 3 (high, no onset), 0 on the 7 others,
  // 6 of which are onset days.
  CHECK(breathing->threshold == 1);
  CHECK(breathing->high.days == 1);
  CHECK(breathing->high.onset_days == 0);
  CHECK(breathing->low.days == 7);
  CHECK(breathing->low.onset_days == 6);
  CHECK_FALSE(breathing->enough_data);
  // A user factor splits at its median.
  CHECK(sleep->threshold == 6.5);
  CHECK(sleep->high.days == 2);
  CHECK(sleep->high.onset_days == 0);
  CHECK(sleep->low.days == 2);
  CHECK(sleep->low.onset_days == 2);
  // Fisher by hand. Breathing [[0, 1], [6, 1]]: of the 8 days 1 is high;
  // P(no onset among the high) = 2/8, P(one) = 6/8; p = 0.25. Sleep
  // [[0, 2], [2, 0]]: P = 1/6, 4/6, 1/6 for 0, 1, 2; p = 1/6 + 1/6.
  CHECK(breathing->p_value == doctest::Approx(0.25));
  CHECK(sleep->p_value == doctest::Approx(1.0 / 3));
  CHECK(sitting->p_value == doctest::Approx(1.0));
  // q by hand over p = 1, 1, 0.25, 1/3: sorted 0.25, 1/3, 1, 1;
  // 0.25 * 4 / 1 = 1 and (1/3) * 4 / 2 = 2/3, so both get 2/3; the rest 1.
  CHECK(stress->q_value == doctest::Approx(1.0));
  CHECK(sitting->q_value == doctest::Approx(1.0));
  CHECK(breathing->q_value == doctest::Approx(2.0 / 3));
  CHECK(sleep->q_value == doctest::Approx(2.0 / 3));
}

TEST_CASE("analysis: day_start moves a 02:00 entry to the day before") {
  // Stress 1 at 20:00 on the 4th and 9 at 02:00 on the 5th. From midnight
  // they are two days (one low, one high); with day_start 04:00 one day,
  // mean 5 (low). A neck onset on the 6th keeps the site in the table.
  std::vector<Entry> es = {Load("2026-11-04T20:00", 1), Load("2026-11-05T02:00", 9),
                           Pain("2026-11-06T10:00", "neck", 5)};
  Analysis midnight = Analyze(es, kVocab, kDefaults);
  REQUIRE(midnight.factors.size() == 1);
  CHECK(midnight.factors[0].high.days == 1);
  CHECK(midnight.factors[0].high.onset_days == 1);  // the 5th, onset on the 6th
  CHECK(midnight.factors[0].low.days == 1);
  AnalysisParams p;
  p.day_start_min = 4 * 60;
  Analysis four = Analyze(es, kVocab, p);
  REQUIRE(four.factors.size() == 1);
  CHECK(four.factors[0].high.days == 0);
  CHECK(four.factors[0].low.days == 1);
  CHECK(four.factors[0].low.onset_days == 0);  // the 4th: onset on the 6th is 2 days later
}

TEST_CASE("analysis: entries out of order are sorted first") {
  std::vector<Entry> es = {Pain("2026-11-03T09:00", "neck", 6), Pain("2026-11-01T09:00", "neck", 5),
                           Pain("2026-11-02T09:00", "neck", 7)};
  Analysis a = Analyze(es, kVocab, kDefaults);
  REQUIRE(a.episodes.size() == 1);
  CHECK(a.episodes[0].entries == 3);
  CHECK(a.episodes[0].onset.utc == T("2026-11-01T09:00").utc);
  CHECK(a.first->utc == T("2026-11-01T09:00").utc);
}

TEST_CASE("analysis: an empty journal, one entry, no treatments give a short useful answer") {
  Analysis empty = Analyze({}, kVocab, kDefaults);
  CHECK(empty.entries == 0);
  CHECK(AnalysisText(empty).find("No entries to analyse") == 0);
  CHECK(AnalysisJson(empty).find("\"episodes\": []") != std::string::npos);
  Analysis one = Analyze({Pain("2026-11-01T09:00", "neck", 6)}, kVocab, kDefaults);
  std::string text = AnalysisText(one);
  CHECK(text.find("No passive relief (massage, heat, acupuncture, ...) logged for neck yet") != std::string::npos);
  CHECK(text.find("No load factors logged yet") != std::string::npos);
  Analysis loads = Analyze({Load("2026-11-01T20:00", 5)}, kVocab, kDefaults);
  CHECK(AnalysisText(loads).find("No pain episodes yet") != std::string::npos);
}

TEST_CASE("analysis: window edges") {
  const int64_t last = T("2026-12-31T12:00").utc;
  // An onset exactly at t + 14 d counts as a recurrence; one exactly at t does not.
  std::vector<Entry> es = {Pain("2026-11-01T09:00", "neck", 6), Pain("2026-11-02T09:00", "neck", 1),
                           Pain("2026-11-15T18:00", "neck", 5)};
  auto tl = SegmentEpisodes(es, kDefaults, last);
  CHECK(ClassifyOutcome(T("2026-11-01T18:00").utc, tl["neck"], last, kDefaults) == Outcome::kRecurred);
  // A minute earlier the window closes a minute before the onset.
  CHECK(ClassifyOutcome(T("2026-11-01T17:59").utc, tl["neck"], last, kDefaults) == Outcome::kStayedAway);
  // A treatment at the onset's own instant: the onset is not after it.
  CHECK(ClassifyOutcome(T("2026-11-15T18:00").utc, tl["neck"], last, kDefaults) != Outcome::kRecurred);
  // Ongoing: the journal's last entry exactly episode_gap after the end.
  auto at_gap = SegmentEpisodes(es, kDefaults, T("2026-11-18T18:00").utc);
  CHECK(at_gap["neck"].episodes[1].ongoing);
  auto past_gap = SegmentEpisodes(es, kDefaults, T("2026-11-18T18:01").utc);
  CHECK_FALSE(past_gap["neck"].episodes[1].ongoing);
}

TEST_CASE("analysis: showing some sites recomputes the all-sites row over them") {
  // neck: 1 treatment without follow-up that recurred; lower-back, a week
  // later: 1 with follow-up (the walk in the same entry) that stayed away. Over both: 1 and 1; over neck alone: 1 and 0.
  std::vector<Entry> es = {Pain("2026-11-01T09:00", "neck", 6),       Did("2026-11-01T18:00", {"massage"}, "neck"),
                           Pain("2026-11-02T09:00", "neck", 1),       Pain("2026-11-05T09:00", "neck", 6),
                           Pain("2026-11-10T09:00", "lower-back", 5), Did("2026-11-10T19:00", {"heat", "walk"}, "lower-back"),
                           Pain("2026-11-11T10:00", "lower-back", 1), Load("2026-12-31T20:00", 3)};
  Analysis a = Analyze(es, kVocab, kDefaults);
  REQUIRE(a.followup.size() == 3);
  CHECK(a.followup[2].site == "*");
  CHECK(a.followup[2].with_followup.treatments == 1);
  CHECK(a.followup[2].without_followup.treatments == 1);
  Analysis neck = OnlySites(a, {"neck"});
  REQUIRE(neck.followup.size() == 2);
  CHECK(neck.followup[1].site == "*");
  CHECK(neck.followup[1].with_followup.treatments == 0);
  CHECK(neck.followup[1].without_followup.treatments == 1);
  CHECK(neck.followup[1].without_followup.recurred == 1);
  // A site with an episode but no treatment still has its (empty) row.
  Analysis b = Analyze({Pain("2026-11-01T09:00", "neck", 6), Did("2026-11-02T09:00", {"massage"}, "jaw")}, kVocab,
                       kDefaults);
  REQUIRE(b.followup.size() == 3);
  CHECK(b.followup[0].site == "jaw");
  CHECK(b.followup[1].site == "neck");
  CHECK(b.followup[1].with_followup.treatments + b.followup[1].without_followup.treatments == 0);
  std::string text = AnalysisText(b);
  CHECK(text.find("No episodes at jaw, so nothing to compare the factors against.") != std::string::npos);
}

namespace {


// `text` without the ANSI codes of `s`, our own colours.
std::string WithoutStyle(std::string text, const TextStyle& s) {
  for (const std::string* code : {&s.bold, &s.dim, &s.reset})
    for (size_t p; !code->empty() && (p = text.find(*code)) != std::string::npos;) text.erase(p, code->size());
  return text;
}

// An analysis whose every name is hostile, each sentence of the text (a
// finding, a site with no treatment, a site with no episode, a thin factor)
// represented.
Analysis HostileAnalysis() {
  const std::string neck = "neck\x1b[2J", jaw = "jaw\xC2\x9B" "31m\r", hip = "hip\x07\x7F";
  Analysis a;
  a.entries = 40;
  a.first = T("2026-09-01T09:00");
  a.last = T("2026-11-01T09:00");
  a.episodes = {Episode{neck, T("2026-09-01T09:00"), T("2026-09-02T09:00"), false, 2, 6},
                Episode{jaw, T("2026-10-01T09:00"), T("2026-10-01T12:00"), false, 1, 5}};
  FollowupRow row;
  row.site = neck;
  row.with_followup = OutcomeCounts{5, 1, 4, 0, 0, 0.2, {0.04, 0.6}};
  row.without_followup = OutcomeCounts{5, 4, 1, 0, 0, 0.8, {0.4, 0.96}};
  row.risk_ratio = RiskRatio{4, {1.1, 14}, false};
  row.p_value = 0.01;
  row.enough_data = true;
  FollowupRow hip_row = row;
  hip_row.site = hip;  // treated, never an episode
  FollowupRow all = row;
  all.site = "*";
  a.followup = {row, hip_row, all};
  a.treatments = 20;
  FactorRow found;
  found.site = neck;
  found.factor = "sleep\x1b]52;c;cHduZWQ=\x07";
  found.threshold = 6;
  found.high = FactorGroup{10, 8, 0.8};
  found.low = FactorGroup{10, 1, 0.1};
  found.risk_ratio = RiskRatio{8, {1.2, 50}, false};
  found.p_value = found.q_value = 0.001;
  found.rho = 0.5;
  found.n = 20;
  found.enough_data = true;
  FactorRow thin = found;
  thin.site = jaw;
  thin.factor = "x\xC2\x85y";
  thin.enough_data = false;
  a.factors = {found, thin};
  return a;
}

}  // namespace

TEST_CASE("analysis text: names from a file reach the terminal only as visible escapes") {
  const Analysis a = HostileAnalysis();
  const TextStyle colour{"\x1b[1m", "\x1b[2m", "\x1b[0m"};
  for (const TextStyle& style : {TextStyle{}, colour}) {
    const std::string text = AnalysisText(a, style);
    INFO(text);
    CHECK(pjtest::TerminalSafe(WithoutStyle(text, style)));
    const bool has_bold = text.find("\x1b[1m") != std::string::npos;
    CHECK(has_bold == !style.bold.empty());  // our colours stay
  }
  const std::string text = AnalysisText(a);
  CHECK(text.find("\nneck\\e[2J\n") != std::string::npos);               // the site's heading
  CHECK(text.find("jaw\\u009b31m\\r") != std::string::npos);             // C1 and CR
  CHECK(text.find("hip\\x07\\x7f") != std::string::npos);                // BEL and DEL
  CHECK(text.find("sleep\\e]52;c;cHduZWQ=\\x07 >= 6") != std::string::npos);  // OSC 52 in a factor name
  CHECK(text.find("x\\u0085y >= 6") != std::string::npos);
  // Findings are data (report JSON): they keep the exact names.
  const std::vector<std::string> findings = Findings(a);
  REQUIRE_FALSE(findings.empty());
  CHECK(findings.back().find("sleep\x1b]52;c;cHduZWQ=\x07") != std::string::npos);
  CHECK(AnalysisJson(a).find("\"neck\\u001b[2J\"") != std::string::npos);
}

TEST_CASE("A factor kept beside the field of its name is not a second load") {
  // Issue 8: a factor named like a field (kept when the entry also has
  // the field) would make two rows of one name.
  Entry with_both = Load("2026-11-01T20:00", 5);
  with_both.factors = {{"stress", 9}, {"steps", 4000}};
  Analysis a = Analyze({Pain("2026-11-01T09:00", "neck", 6), with_both}, kVocab, kDefaults);
  std::vector<std::string> names;
  for (const FactorRow& r : a.factors) names.push_back(r.factor);
  CHECK(std::count(names.begin(), names.end(), "stress") == 1);
  CHECK(std::count(names.begin(), names.end(), "steps") == 1);
}

TEST_CASE("Analyze from moments added month by month equals Analyze of the whole") {
  pjtest::GenOptions o;
  std::vector<Entry> all = pjtest::Generate(3, o);
  Analysis whole = Analyze(all, kVocab, kDefaults);
  Moments ms(kVocab);
  std::vector<Entry> batch;
  for (size_t i = 0; i < all.size(); ++i) {
    batch.push_back(all[i]);
    if (batch.size() == 250 || i + 1 == all.size()) {
      ms.Add(&batch);
      batch.clear();
    }
  }
  ms.Sort();
  Analysis parts = Analyze(ms, kDefaults);
  CHECK(AnalysisJson(parts) == AnalysisJson(whole));
  CHECK(whole.episodes.size() > 10);
  // Moved, and each moved-from one destroyed before or after the one it
  // moved into: the moments live in an arena (page_arena.h) that must stay
  // while anything holds memory in it. (`ms`, moved from, goes last.)
  std::optional<Moments> from(std::move(ms));
  std::optional<Moments> moved(std::move(*from));
  from.reset();
  CHECK(AnalysisJson(Analyze(*moved, kDefaults)) == AnalysisJson(whole));
  moved.reset();
}

TEST_CASE("analysis: relief of one pair, at the edges of its landmark") {
  // Treatment at t = 2026-11-02 09:00; the landmark is 48 h later.
  const int64_t t = T("2026-11-02T09:00").utc;
  const int64_t landmark = T("2026-11-04T09:00").utc;
  const int64_t late = landmark + 10 * 86400;
  // Pain at the landmark itself returned early; pain at t itself does not count.
  CHECK(ReliefOf(t, {landmark}, late, kDefaults).start == ReliefPair::kReturnedEarly);
  CHECK(ReliefOf(t, {t + 1}, late, kDefaults).start == ReliefPair::kReturnedEarly);
  ReliefPair r = ReliefOf(t, {t, landmark + 1}, late, kDefaults);
  REQUIRE(r.start == ReliefPair::kEntered);
  CHECK(r.time.event);
  CHECK(r.time.time == doctest::Approx(1.0 / 86400));
  // Returned early even when the journal ends before the landmark.
  CHECK(ReliefOf(t, {t + 3600}, t + 7200, kDefaults).start == ReliefPair::kReturnedEarly);
  // The journal has not reached the landmark: not entered.
  CHECK(ReliefOf(t, {}, landmark - 1, kDefaults).start == ReliefPair::kNotYet);
  // Reached exactly: entered, censored at 0 days.
  r = ReliefOf(t, {}, landmark, kDefaults);
  REQUIRE(r.start == ReliefPair::kEntered);
  CHECK_FALSE(r.time.event);
  CHECK(r.time.time == 0);
  // No pain since: censored at the last entry, 3.5 days on.
  r = ReliefOf(t, {t - 86400}, landmark + 84 * 3600, kDefaults);
  CHECK_FALSE(r.time.event);
  CHECK(r.time.time == doctest::Approx(3.5));
  // The first pain after the landmark ends relief, not a later one.
  r = ReliefOf(t, {landmark + 36 * 3600, landmark + 80 * 3600}, late, kDefaults);
  CHECK(r.time.event);
  CHECK(r.time.time == doctest::Approx(1.5));
  // The window is the follow-up window's.
  AnalysisParams p;
  p.followup_window = 24 * 3600;
  r = ReliefOf(t, {T("2026-11-03T21:00").utc}, late, p);
  REQUIRE(r.start == ReliefPair::kEntered);
  CHECK(r.time.time == doctest::Approx(0.5));
}

TEST_CASE("analysis: the relief table, worked by hand") {
  std::vector<Entry> es = {
      // A: no movement; pain again a day later: returned early.
      Did("2026-11-01T10:00", {"massage"}, "neck"), Pain("2026-11-02T10:00", "neck", 6),
      // B: a walk two hours later; landmark 11-07 10:00, pain 11-10 10:00: 3 days, an event.
      Did("2026-11-05T10:00", {"massage"}, "neck"), Did("2026-11-05T12:00", {"walk"}),
      Pain("2026-11-10T10:00", "neck", 5),
      // C: no movement; landmark 11-13 10:00, pain 11-14 22:00: 1.5 days.
      Did("2026-11-11T10:00", {"heat"}, "neck"), Pain("2026-11-14T22:00", "neck", 6),
      // D: stretching in the same entry; no pain after: censored at the last entry, 3 days.
      Did("2026-11-15T10:00", {"massage", "stretching"}, "neck"),
      // E: the journal ends before its landmark: not entered.
      Did("2026-11-19T10:00", {"massage"}, "neck"),
      // Another site, one pair without follow-up: 2 days to its next pain.
      Did("2026-11-01T08:00", {"cupping"}, "lower-back"), Pain("2026-11-05T08:00", "lower-back", 4),
      Load("2026-11-20T10:00", 5)};
  Analysis a = Analyze(es, Vocabulary::BuiltIn(), kDefaults);
  REQUIRE(a.relief.size() == 3);
  CHECK(a.relief[0].site == "lower-back");
  CHECK(a.relief[1].site == "neck");
  CHECK(a.relief[2].site == "*");
  const ReliefRow& neck = a.relief[1];
  CHECK(neck.without_followup.returned_early == 1);
  CHECK(neck.without_followup.n == 1);
  CHECK(neck.without_followup.events == 1);
  CHECK(neck.with_followup.returned_early == 0);
  CHECK(neck.with_followup.n == 2);
  CHECK(neck.with_followup.events == 1);
  CHECK(neck.with_followup.censored == 1);
  // With: an event at 3 days and a censoring at 3 days (the censored one is
  // at risk at 3): the curve drops to 1/2 at 3 and stays there to the end,
  // so the median is 3 (R: the midpoint of 3 and the last time, 3).
  REQUIRE(neck.with_followup.median.value);
  CHECK(*neck.with_followup.median.value == doctest::Approx(3));
  REQUIRE(neck.without_followup.median.value);
  CHECK(*neck.without_followup.median.value == doctest::Approx(1.5));
  CHECK_FALSE(neck.enough_data);
  // Over all sites the pairs are pooled.
  const ReliefRow& all = a.relief[2];
  CHECK(all.without_followup.n == 2);
  CHECK(all.without_followup.returned_early == 1);
  CHECK(all.with_followup.n == 2);
  // Showing one site recomputes "*" over it alone.
  Analysis only = OnlySites(a, {"lower-back"});
  REQUIRE(only.relief.size() == 2);
  CHECK(only.relief[1].site == "*");
  CHECK(only.relief[1].without_followup.n == 1);
  CHECK(only.relief[1].with_followup.n == 0);
  CHECK_FALSE(only.relief[1].logrank_p);
}

TEST_CASE("analysis JSON: relief rows in SPEC's shape, an empty group as nulls") {
  std::vector<Entry> es = {Did("2026-11-01T10:00", {"cupping"}, "lower-back"),
                           Pain("2026-11-05T08:00", "lower-back", 4), Load("2026-11-20T10:00", 5)};
  Json j = Json::parse(AnalysisJson(Analyze(es, Vocabulary::BuiltIn(), kDefaults)));
  REQUIRE(j["relief"].size() == 2);
  const Json& row = j["relief"][0];
  CHECK(row["site"] == "lower-back");
  std::vector<std::string> keys;
  for (auto it = row["without_followup"].begin(); it != row["without_followup"].end(); ++it) keys.push_back(it.key());
  CHECK(keys == std::vector<std::string>{"n", "events", "censored", "returned_early", "median_days", "median_ci",
                                         "pain_free_7d", "pain_free_7d_ci", "pain_free_14d", "pain_free_14d_ci",
                                         "curve"});
  // One event at 4 days - 2 days (landmark) = 1.9 days: the curve falls to 0.
  const Json& wo = row["without_followup"];
  CHECK(wo["n"] == 1);
  CHECK(wo["median_days"].get<double>() == doctest::Approx((4 * 24 - 2 - 48) / 24.0));
  CHECK(wo["median_ci"].is_null());
  CHECK(wo["pain_free_7d"].is_null());  // no relief time is 7 days long
  CHECK(wo["curve"].dump() == "[[0,1],[" + Json(wo["median_days"]).dump() + ",0]]");
  const Json& w = row["with_followup"];
  CHECK(w["n"] == 0);
  CHECK(w["median_days"].is_null());
  CHECK(w["median_ci"].is_null());
  CHECK(w["pain_free_14d_ci"].is_null());
  CHECK(w["curve"].dump() == "[[0,1]]");
  CHECK(row["logrank_p"].is_null());
  CHECK(row["enough_data"] == false);
  CHECK(j["relief"][1]["site"] == "*");
}

// ---- Pain elsewhere (SPEC 4) ----

namespace {

// Ten days, 2026-11-01 .. 10, each with an entry (a bare one at noon).
// Lower-back pain on days 1, 4, 7 (73 h apart: three episodes, onsets 1,
// 4, 7). Neck pain on 2 (relief that evening), 5 (relief that evening), 7
// and 9 (one episode: 42 h apart): onsets 2, 5, 7; pain days 2, 5, 7, 9.
// Head has only a relief entry: no pain, so no pain:head and no row of its
// own.
std::vector<Entry> TwoSites() {
  std::vector<Entry> es;
  for (int d = 1; d <= 10; ++d) es.push_back(Did(fmt::format("2026-11-{:02}T12:00", d), {}));
  es.push_back(Pain("2026-11-01T09:00", "lower-back", 5));
  es.push_back(Pain("2026-11-04T10:00", "lower-back", 6));
  es.push_back(Pain("2026-11-07T11:00", "lower-back", 5));
  es.push_back(Pain("2026-11-02T09:00", "neck", 6));
  es.push_back(Pain("2026-11-02T18:00", "neck", 1));
  es.push_back(Pain("2026-11-05T10:00", "neck", 7));
  es.push_back(Pain("2026-11-05T18:00", "neck", 2));
  es.push_back(Pain("2026-11-07T15:00", "neck", 5));
  es.push_back(Pain("2026-11-09T09:00", "neck", 4));
  es.push_back(Pain("2026-11-03T09:00", "head", 2));
  return es;
}

// The text with its line breaks and indentation folded, to search phrases.
std::string Unwrap(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n') {
      out += text[i];
      continue;
    }
    while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
    out += ' ';
  }
  return out;
}

const FactorRow& FactorOf(const Analysis& a, const std::string& site, const std::string& factor) {
  for (const FactorRow& r : a.factors)
    if (r.site == site && r.factor == factor) return r;
  FAIL("no factor row " << site << " " << factor);
  return a.factors.front();
}

}  // namespace

TEST_CASE("pain elsewhere: lag 1 counts only the next day, worked by hand") {
  Analysis a = Analyze(TwoSites(), kVocab, kDefaults);
  REQUIRE(a.factors.size() == 2);  // no load, no user factor, no pain:head, no head row
  const FactorRow& neck = FactorOf(a, "neck", "pain:lower-back");
  CHECK(neck.kind == FactorKind::kPainElsewhere);
  CHECK(neck.elsewhere == "lower-back");
  CHECK(neck.threshold == 1);
  // Lower-back pain days 1, 4, 7: a neck onset the next day after 1 and 4
  // (not 8). Day 7's own neck onset is not counted: the window is the day
  // after (with day .. day + 1 it would be 3 of 3).
  CHECK(neck.high.days == 3);
  CHECK(neck.high.onset_days == 2);
  // Other days 2, 3, 5, 6, 8, 9, 10: only 6 is followed by an onset (7).
  CHECK(neck.low.days == 7);
  CHECK(neck.low.onset_days == 1);
  CHECK(neck.enough_data);
  CHECK(neck.risk_ratio.rr == doctest::Approx((2.0 / 3) / (1.0 / 7)));
  // Fisher [[2, 1], [1, 6]]: P(k onsets among the 3 high days) = C(3,k)
  // C(7,3-k) / 120 = 35, 63, 21, 1 / 120; p = (21 + 1) / 120.
  CHECK(neck.p_value == doctest::Approx(22.0 / 120));
  // Spearman: lower-back pain (0/1) against the highest neck intensity the
  // next day (neck: day 2 = 6, 5 = 7, 7 = 5, 9 = 4).
  CHECK(neck.n == 10);
  CHECK(neck.rho == doctest::Approx(SpearmanRho({1, 0, 0, 1, 0, 0, 1, 0, 0, 0}, {6, 0, 0, 7, 0, 5, 0, 4, 0, 0})));

  // The other direction: neck pain days 2, 5, 7, 9 are never followed by a
  // lower-back onset (1, 4, 7); of the others 3 and 6 are.
  const FactorRow& back = FactorOf(a, "lower-back", "pain:neck");
  CHECK(back.high.days == 4);
  CHECK(back.high.onset_days == 0);
  CHECK(back.low.days == 6);
  CHECK(back.low.onset_days == 2);
  CHECK_FALSE(back.enough_data);  // 2 onset days
  // Fisher [[0, 4], [2, 4]]: P(k) = C(4,k) C(6,2-k) / 45 = 15, 24, 6 / 45;
  // p = (15 + 6) / 45.
  CHECK(back.p_value == doctest::Approx(21.0 / 45));
  CHECK(back.rho == doctest::Approx(SpearmanRho({0, 1, 0, 0, 1, 0, 1, 0, 1, 0}, {0, 0, 6, 0, 0, 5, 0, 0, 0, 0})));
  // BH over the two: 22/120 * 2 = 0.3667, 21/45 * 2 / 2 = 0.4667.
  CHECK(neck.q_value == doctest::Approx(22.0 / 60));
  CHECK(back.q_value == doctest::Approx(21.0 / 45));

  // A user factor beside them changes neither (its values are its own).
  std::vector<Entry> with_factor = TwoSites();
  with_factor.push_back(Did("2026-11-03T07:00", {}));
  with_factor.back().factors = {{"sleep_hours", 6}};
  Analysis b = Analyze(with_factor, kVocab, kDefaults);
  const FactorRow& neck_b = FactorOf(b, "neck", "pain:lower-back");
  CHECK(neck_b.n == 10);
  CHECK(neck_b.high.days == 3);
  CHECK(neck_b.high.onset_days == 2);
  CHECK(neck_b.low.days == 7);
  CHECK(FactorOf(b, "lower-back", "pain:neck").high.days == 4);
  CHECK(FactorOf(b, "neck", "sleep_hours").kind == FactorKind::kUser);

  // In the words of SPEC, and in JSON as pain:SITE with threshold 1.
  CHECK(FactorRowLabel(neck) == "lower-back pain");
  std::string json = AnalysisJson(a);
  CHECK(json.find("\"factor\": \"pain:lower-back\",\n      \"threshold\": 1,") != std::string::npos);
  std::string text = AnalysisText(a);
  CHECK(text.find("    Pain elsewhere\n      lower-back pain: a neck onset began the next day after 2 of 3 lower-back\n"
                  "        pain days (67%) and 1 of 7 other days (14%); risk ratio 4.7\n"
                  "        (0.6-33.9), p = 0.18, q = 0.37; Spearman rho 0.51 (n = 10).\n") != std::string::npos);
  CHECK(Unwrap(text).find("Not enough data yet for neck pain: each needs 3 pain days, 3 other days and 3 days with an "
                          "onset. Keep logging pain at every site (`--all` shows the counts).") != std::string::npos);
}

TEST_CASE("pain elsewhere: lag 0 counts the same day, lag 3 the three days after") {
  AnalysisParams p;
  p.lag_days = 0;
  Analysis a = Analyze(TwoSites(), kVocab, p);
  // Lower-back pain days 1, 4, 7: a neck onset the same day only on 7; of
  // the other days 2 and 5 have one.
  const FactorRow& neck = FactorOf(a, "neck", "pain:lower-back");
  CHECK(neck.high.days == 3);
  CHECK(neck.high.onset_days == 1);
  CHECK(neck.low.days == 7);
  CHECK(neck.low.onset_days == 2);
  CHECK(neck.rho == doctest::Approx(SpearmanRho({1, 0, 0, 1, 0, 0, 1, 0, 0, 0}, {0, 6, 0, 0, 7, 0, 5, 0, 4, 0})));
  // Neck pain days 2, 5, 7, 9: a lower-back onset the same day on 7; of the
  // others 1 and 4.
  const FactorRow& back = FactorOf(a, "lower-back", "pain:neck");
  CHECK(back.high.onset_days == 1);
  CHECK(back.low.onset_days == 2);
  CHECK(Unwrap(AnalysisText(a, {}, true)).find("lower-back pain: a neck onset began the same day as 1 of 3 lower-back "
                                                "pain days (33%)") != std::string::npos);

  p.lag_days = 3;
  Analysis three = Analyze(TwoSites(), kVocab, p);
  // Days d + 1 .. d + 3. Lower-back days 1 (onsets 2), 4 (5, 7), 7 (none
  // by 10): 2 of 3. Others: 2 (5), 3 (5), 5 (7), 6 (7), 8, 9, 10 (none):
  // 4 of 7.
  const FactorRow& neck3 = FactorOf(three, "neck", "pain:lower-back");
  CHECK(neck3.high.onset_days == 2);
  CHECK(neck3.low.onset_days == 4);
  CHECK(Unwrap(AnalysisText(three)).find("lower-back pain: a neck onset began within 3 days after 2 of 3 lower-back "
                                         "pain days (67%)") != std::string::npos);
}

TEST_CASE("pain elsewhere: its rows share the Benjamini-Hochberg adjustment with the loads") {
  // Stress 8 on days 1 and 4, 2 on days 2 and 3. Neck (onsets 2, 5, 7),
  // day .. day + 1: high 1 and 4 both onset days, low 2 yes, 3 no.
  // Lower-back (onsets 1, 4, 7): high 1, 4 yes; low 2 no, 3 yes. Both
  // Fisher [[2, 0], [1, 1]]: P = 2/4, 2/4 for 1, 2: p = 1.
  std::vector<Entry> es = TwoSites();
  for (auto [day, stress] : {std::pair{1, 8}, {2, 2}, {3, 2}, {4, 8}})
    es.push_back(Load(fmt::format("2026-11-{:02}T20:00", day), stress));
  Analysis a = Analyze(es, kVocab, kDefaults);
  REQUIRE(a.factors.size() == 4);
  CHECK(FactorOf(a, "neck", "stress").p_value == doctest::Approx(1.0));
  CHECK(FactorOf(a, "lower-back", "stress").p_value == doctest::Approx(1.0));
  // The pain rows' p are as before; q now over four tests: 22/120 * 4 / 1
  // = 0.733 (was 0.367), 21/45 * 4 / 2 = 0.933 (was 0.467).
  CHECK(FactorOf(a, "neck", "pain:lower-back").p_value == doctest::Approx(22.0 / 120));
  CHECK(FactorOf(a, "neck", "pain:lower-back").q_value == doctest::Approx(22.0 / 30));
  CHECK(FactorOf(a, "lower-back", "pain:neck").q_value == doctest::Approx(21.0 * 2 / 45));
  CHECK(FactorOf(a, "neck", "stress").q_value == doctest::Approx(1.0));
  CHECK(FactorOf(a, "neck", "stress").kind == FactorKind::kLoad);
  // The text: load first, then pain elsewhere, each under its label; the
  // thin ones of both folded into one line.
  std::string text = AnalysisText(a);
  size_t roots = text.find("Roots: what comes before neck onsets?");
  REQUIRE(roots != std::string::npos);
  // Neck's stress has 2 high days: folded, after the pain-elsewhere group.
  CHECK(text.find("    Pain elsewhere\n      lower-back pain: a neck onset", roots) == text.find('\n', roots) + 1);
  CHECK(Unwrap(text.substr(roots)).find("q = 0.73; Spearman rho 0.51 (n = 10). Not enough data yet for stress >= 7: "
                                        "each needs 3 high days") != std::string::npos);
  size_t back = text.find("Roots: what comes before lower-back onsets?");
  REQUIRE(back != std::string::npos);
  CHECK(Unwrap(text.substr(back)).find("Not enough data yet for stress >= 7, neck pain: each needs 3 high (or pain) "
                                       "days") != std::string::npos);
}
