// Unit tests for painjournal/entry.h: field parsing, validation, equality
// and order of entries.
#include <doctest/doctest.h>

#include "test_util.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "painjournal/entry.h"
#include "entry_access.h"

using namespace pj;

namespace {

bool StartsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }
bool Contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

Entry Full() { return pjtest::FullEntry(); }

// Typed text for one scalar field, through the one door every input uses
// (EntryBuilder, text as a person types it). `out` is left alone on failure.
template <typename T>
bool ParseAs(std::string_view key, const std::string& s, T* out, std::string* err) {
  pj::EntryBuilder b(pj::ValueSource::kText);
  if (b.Set(key, s, err) != pj::EntryBuilder::Result::kOk) return false;
  if constexpr (std::is_same_v<T, std::string>) *out = *pjtest::Word(b.entry(), key);
  else *out = static_cast<T>(*pjtest::Get(b.entry(), key));
  return true;
}
bool ParseIntensity(const std::string& s, int* out, std::string* err) { return ParseAs("intensity", s, out, err); }
bool ParseStress(const std::string& s, int* out, std::string* err) { return ParseAs("stress", s, out, err); }
bool ParseSitting(const std::string& s, double* out, std::string* err) { return ParseAs("sitting_hours", s, out, err); }
bool ParseBreathing(const std::string& s, std::string* out, std::string* err) { return ParseAs("breathing", s, out, err); }

}  // namespace

TEST_CASE("ParseIntensity and ParseStress: whole numbers 0 to 10") {
  int v = -99;
  std::string err;
  for (int i = 0; i <= 10; ++i) {
    REQUIRE(ParseIntensity(std::to_string(i), &v, &err));
    CHECK(v == i);
    REQUIRE(ParseStress(std::to_string(i), &v, &err));
    CHECK(v == i);
  }
  // Surrounding spaces are forgiven, as in a prompt answer.
  REQUIRE(ParseIntensity(" 5", &v, &err));
  CHECK(v == 5);
  REQUIRE(ParseIntensity("5 ", &v, &err));
  CHECK(v == 5);
  REQUIRE(ParseIntensity("07", &v, &err));
  CHECK(v == 7);

  for (const char* bad : {"11", "-1", "5.5", "", " ", "abc", "5a", "1e1", "0x5", "6/10", "100", "99999999999999999999",
                          "five", "5 5"}) {
    INFO("input: '", bad, "'");
    v = -99;
    err.clear();
    CHECK_FALSE(ParseIntensity(bad, &v, &err));
    CHECK(v == -99);
    CHECK(err == std::string("intensity must be a whole number from 0 to 10, not '") + bad + "'");
    err.clear();
    CHECK_FALSE(ParseStress(bad, &v, &err));
    CHECK(err == std::string("stress must be a whole number from 0 to 10, not '") + bad + "'");
  }
}

TEST_CASE("ParseSitting: a number of hours from 0 to 24") {
  double v = -99;
  std::string err;
  const std::pair<const char*, double> good[] = {{"0", 0},   {"24", 24},   {"9.5", 9.5}, {"8", 8},
                                                 {".5", 0.5}, {"1e1", 10}, {"23.75", 23.75}, {" 3 ", 3}};
  for (const auto& [in, want] : good) {
    INFO("input: '", in, "'");
    REQUIRE(ParseSitting(in, &v, &err));
    CHECK(v == want);
  }
  // "-0" is accepted as plain 0, without the sign bit that would print as -0.
  REQUIRE(ParseSitting("-0", &v, &err));
  CHECK(v == 0);
  CHECK_FALSE(std::signbit(v));
  for (const char* bad : {"25", "24.01", "-1", "-0.5", "nan", "NaN", "inf", "-inf", "infinity", "1e400", "0x10",
                          "0x1p3", "", "abc", "9,5", "9.5h", "1.2.3"}) {
    INFO("input: '", bad, "'");
    v = -99;
    err.clear();
    CHECK_FALSE(ParseSitting(bad, &v, &err));
    CHECK(v == -99);
    CHECK(StartsWith(err, "sitting hours must be a number from 0 to 24"));
    CHECK(Contains(err, std::string("'") + bad + "'"));
  }
}

TEST_CASE("ParseBreathing: shallow, normal or deep, any case") {
  std::string v, err;
  const std::pair<const char*, const char*> good[] = {
      {"shallow", "shallow"}, {"Shallow", "shallow"}, {"NORMAL", "normal"}, {"deep", "deep"}, {" Deep ", "deep"}};
  for (const auto& [in, want] : good) {
    INFO(in);
    REQUIRE(ParseBreathing(in, &v, &err));
    CHECK(v == want);
  }
  for (const char* bad : {"fast", "", "shallowish", "sh", "deep breath"}) {
    INFO(bad);
    v = "untouched";
    CHECK_FALSE(ParseBreathing(bad, &v, &err));
    CHECK(v == "untouched");
    CHECK(err == std::string("breathing must be one of shallow, normal, deep, not '") + bad + "'");
  }
}

TEST_CASE("ValidFactorName: lower-case letters, digits and _, starting with a letter, at most 64") {
  for (const char* ok : {"sleep_hours", "x", "caffeine", "x2", "a_b_c", "steps_10k"}) {
    INFO(ok);
    CHECK(ValidFactorName(ok));
  }
  CHECK(ValidFactorName(std::string(64, 'a')));
  CHECK_FALSE(ValidFactorName(std::string(65, 'a')));
  for (const char* bad : {"", "Sleep", "sleepHours", "1abc", "_x", "sleep-hours", "sleep hours", "sleep.hours", "é"}) {
    INFO(bad);
    CHECK_FALSE(ValidFactorName(bad));
  }
}

TEST_CASE("ParseFactor: NAME=VALUE") {
  std::pair<std::string, double> f;
  std::string err;
  REQUIRE(ParseFactor("sleep_hours=5.5", &f, &err));
  CHECK(f.first == "sleep_hours");
  CHECK(f.second == 5.5);
  REQUIRE(ParseFactor("steps = 8000", &f, &err));
  CHECK(f.first == "steps");
  CHECK(f.second == 8000);
  REQUIRE(ParseFactor("x2=-1", &f, &err));
  CHECK(f == std::make_pair(std::string("x2"), -1.0));
  REQUIRE(ParseFactor("caffeine=0", &f, &err));
  CHECK(f.second == 0);

  for (const char* bad : {"sleep_hours", "=5", "sleep=", "Sleep=5", "1abc=5", "_x=1", "sleep-hours=5", "sleep=abc",
                          "sleep=nan", "sleep=inf", "sleep=1e400", "sleep=5=6", "sleep=0x10", "sleep=5,5", ""}) {
    INFO("input: '", bad, "'");
    f = {"untouched", 42};
    err.clear();
    CHECK_FALSE(ParseFactor(bad, &f, &err));
    CHECK(f.first == "untouched");
    CHECK(StartsWith(err, "factor must be NAME=NUMBER"));
    CHECK(Contains(err, std::string("'") + bad + "'"));
  }
}

TEST_CASE("ValidTag") {
  for (const char* ok : {"work", "two words", "café", "x"}) {
    INFO(ok);
    CHECK(ValidTag(ok));
  }
  for (const char* bad : {"", "a;b", "a\tb", "a\nb", "\xff", "\x01"}) {
    INFO(bad);
    CHECK_FALSE(ValidTag(bad));
  }
}

TEST_CASE("NormalizeFactors sorts by name and refuses duplicates") {
  std::vector<std::pair<std::string, double>> f = {{"zinc", 1}, {"alcohol", 2}, {"migraine_days", 3}};
  std::string err;
  REQUIRE(NormalizeFactors(&f, &err));
  REQUIRE(f.size() == 3);
  CHECK(f[0] == std::make_pair(std::string("alcohol"), 2.0));
  CHECK(f[1] == std::make_pair(std::string("migraine_days"), 3.0));
  CHECK(f[2] == std::make_pair(std::string("zinc"), 1.0));

  std::vector<std::pair<std::string, double>> none;
  CHECK(NormalizeFactors(&none, &err));
  CHECK(none.empty());

  std::vector<std::pair<std::string, double>> dup = {{"b", 1}, {"a", 2}, {"b", 3}};
  CHECK_FALSE(NormalizeFactors(&dup, &err));
  CHECK(err == "factor 'b' is given twice");
}

TEST_CASE("ValidateEntry: a valid entry and the boundaries") {
  CHECK(ValidateEntry(Full()) == "");
  Entry minimal;
  minimal.id = "01JD3QY8Z6K3T9W2M4N5P6R7S8";
  CHECK(ValidateEntry(minimal) == "");
  Entry e = Full();
  e.set_intensity(0);
  pjtest::Set(e, "stress", 10);
  pjtest::Set(e, "sitting_hours", 0.0);
  CHECK(ValidateEntry(e) == "");
  e.set_intensity(10);
  pjtest::Set(e, "stress", 0);
  pjtest::Set(e, "sitting_hours", 24.0);
  pjtest::SetWord(e, "breathing", "deep");
  CHECK(ValidateEntry(e) == "");
}

TEST_CASE("ValidateEntry: each bad field is named") {
  struct Case {
    const char* what;
    std::function<void(Entry&)> spoil;
    const char* message_start;
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  const Case cases[] = {
      {"year 0000", [](Entry& e) { e.at = Time{DaysFromCivil(0, 6, 1) * 86400, 0}; }, "at must be a date-time in the years 0001 to 9999, not 0"},
      {"intensity 11", [](Entry& e) { e.set_intensity(11); }, "intensity must be a whole number from 0 to 10, not 11"},
      {"intensity -1", [](Entry& e) { e.set_intensity(-1); }, "intensity must be a whole number from 0 to 10, not -1"},
      {"stress 11", [](Entry& e) { pjtest::Set(e, "stress", 11); }, "stress must be a whole number from 0 to 10, not 11"},
      {"stress -1", [](Entry& e) { pjtest::Set(e, "stress", -1); }, "stress must be"},
      {"sitting 24.5", [](Entry& e) { pjtest::Set(e, "sitting_hours", 24.5); }, "sitting_hours must be a number from 0 to 24 (e.g. 9.5), not 24.5"},
      {"sitting -1", [](Entry& e) { pjtest::Set(e, "sitting_hours", -1.0); }, "sitting_hours must be a number from 0 to 24 (e.g. 9.5), not -1"},
      {"sitting nan", [nan](Entry& e) { pjtest::Set(e, "sitting_hours", nan); }, "sitting_hours must be"},
      {"empty site", [](Entry& e) { e.site = ""; }, "site must be"},
      {"bad utf-8 site", [](Entry& e) { e.site = "ne\xffk"; }, "site must be"},
      {"empty action", [](Entry& e) { e.did.push_back(""); }, "did must"},
      {"action with ;", [](Entry& e) { e.did = {"a;b"}; }, "did must list action names (no ';'), not 'a;b'"},
      {"tag with ;", [](Entry& e) { e.tags = {"a;b"}; }, "tags must"},
      {"empty tag", [](Entry& e) { e.tags = {""}; }, "tags must"},
      {"tag with newline", [](Entry& e) { e.tags = {"a\nb"}; }, "tags must"},
      {"bad utf-8 note", [](Entry& e) { e.note = "caf\xc3"; }, "note must be valid UTF-8"},
      {"factor name", [](Entry& e) { e.factors = {{"Bad", 1}}; }, "factor name 'Bad' must be"},
      {"factor inf", [inf](Entry& e) { e.factors = {{"x", inf}}; }, "factor 'x' must be a finite number"},
      {"factor nan", [nan](Entry& e) { e.factors = {{"x", nan}}; }, "factor 'x' must be a finite number"},
      {"factors unsorted", [](Entry& e) { e.factors = {{"b", 1}, {"a", 2}}; }, "factors must be"},
      {"factors twice", [](Entry& e) { e.factors = {{"a", 1}, {"a", 2}}; }, "factors must be unique"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    Entry e = Full();
    c.spoil(e);
    std::string msg = ValidateEntry(e);
    CHECK_MESSAGE(StartsWith(msg, c.message_start), msg);
  }
  // A word an entry cannot hold (it keeps the word's index): refused where a
  // file's value comes in, with the same message as before.
  const std::pair<const char*, const char*> words[] = {
      {"fast", "breathing must be one of shallow, normal, deep, not 'fast'"}, {"Deep", "breathing must be"}};
  for (const auto& [word, message_start] : words) {
    pj::EntryBuilder b(pj::ValueSource::kToml);
    std::string msg;
    CHECK(b.Set("breathing", std::string(word), &msg) == pj::EntryBuilder::Result::kBad);
    CHECK_MESSAGE(StartsWith(msg, message_start), msg);
  }
}

TEST_CASE("Entry equality compares every field") {
  const Entry a = Full();
  CHECK(a == Full());
  CHECK_FALSE(a != Full());
  const std::vector<std::function<void(Entry&)>> changes = {
      [](Entry& e) { e.id = "01JD3QY8Z6K3T9W2M4N5P6R7S9"; },
      [](Entry& e) { e.at.utc += 1; },
      [](Entry& e) { e.at.offset_min = 0; },  // the same wall clock is not the same record
      [](Entry& e) { e.site = "lower-back"; },
      [](Entry& e) { e.site.reset(); },
      [](Entry& e) { e.set_intensity(5); },
      [](Entry& e) { e.Clear(pj::kIntensitySlot); },
      [](Entry& e) { pjtest::Set(e, "stress", 6); },
      [](Entry& e) { pjtest::Set(e, "sitting_hours", 9.25); },
      [](Entry& e) { pjtest::SetWord(e, "breathing", "deep"); },
      [](Entry& e) { e.did = {"stretching", "massage"}; },  // order matters
      [](Entry& e) { e.note.reset(); },
      [](Entry& e) { e.note = ""; },
      [](Entry& e) { e.tags.clear(); },
      [](Entry& e) { e.factors[1].second = 6; },
      [](Entry& e) { e.factors.pop_back(); },
  };
  for (size_t i = 0; i < changes.size(); ++i) {
    INFO("change #", i);
    Entry b = Full();
    changes[i](b);
    CHECK_FALSE(a == b);
    CHECK(a != b);
  }
  // Absent is not zero.
  Entry x, y;
  y.set_intensity(0);
  CHECK(x != y);
}

TEST_CASE("EntryBefore orders by instant, then id, ignoring the offset") {
  Entry a, b;
  a.id = "01B";
  b.id = "01A";
  a.at = Time{100, 0};
  b.at = Time{200, 0};
  CHECK(EntryBefore(a, b));  // earlier instant first, whatever the ids
  CHECK_FALSE(EntryBefore(b, a));
  // 10:00+02:00 (08:00Z) comes before 09:00+00:00 (09:00Z).
  a.at = Time{8 * 3600, 120};
  b.at = Time{9 * 3600, 0};
  CHECK(EntryBefore(a, b));
  CHECK_FALSE(EntryBefore(b, a));
  // The same instant: by id.
  a.at = Time{500, 60};
  b.at = Time{500, -300};
  CHECK(EntryBefore(b, a));  // "01A" < "01B"
  CHECK_FALSE(EntryBefore(a, b));
  // Irreflexive.
  CHECK_FALSE(EntryBefore(a, a));
}

TEST_CASE("NormalizeEntry: an empty note is no note, tags are trimmed, factors sorted") {
  // Without this, JSON {"note": "", "tags": [" work "]} came back from a CSV
  // round trip as no note and ["work"]: the same entry must read the same
  // through every format.
  Entry e;
  e.note = "";
  e.tags = {" work ", "", "  ", "gym"};
  e.factors = {{"z", 1}, {"a", 2}};
  std::string err;
  REQUIRE(NormalizeEntry(&e, &err));
  CHECK_FALSE(e.note.has_value());
  CHECK(e.tags == std::vector<std::string>{"work", "gym"});
  CHECK(e.factors == std::vector<std::pair<std::string, double>>{{"a", 2}, {"z", 1}});
  e.note = " kept as written ";
  e.factors = {{"a", 1}, {"a", 2}};
  CHECK_FALSE(NormalizeEntry(&e, &err));
  CHECK(err == "factor 'a' is given twice");
  CHECK(*e.note == " kept as written ");
}

TEST_CASE("A user factor may not take a built-in field's name") {
  // --factor stress=8 beside --stress 3 made two "stress" rows in the
  // analysis that could not be told apart.
  std::pair<std::string, double> f;
  std::string err;
  for (const char* name : {"stress", "sitting_hours", "breathing", "intensity"}) {
    INFO(name);
    CHECK_FALSE(ValidFactorName(name));
    CHECK_FALSE(ParseFactor(std::string(name) + "=1", &f, &err));
    CHECK(err.find("is a built-in field") != std::string::npos);
  }
  CHECK(err == "factor 'intensity' is a built-in field: use --intensity");
  CHECK(ParseFactor("stress_at_work=3", &f, &err));
}

TEST_CASE("entry: DropRepeatedNames keeps the first of each, in order") {
  std::vector<std::string> names = {"b", "a", "b", "c", "a", "a"};
  pj::DropRepeatedNames(&names);
  CHECK(names == std::vector<std::string>{"b", "a", "c"});
  std::vector<std::string> many;
  for (int i = 0; i < 100000; ++i) many.push_back("t" + std::to_string(i % 1000));
  pj::DropRepeatedNames(&many);
  REQUIRE(many.size() == 1000);
  CHECK(many.front() == "t0");
  CHECK(many.back() == "t999");
}

TEST_CASE("entry: numbers that no format keeps exactly are refused") {
  pj::Entry e = pjtest::MakeEntry("A", "2026-11-01T10:00:00+01:00");
  std::string field;
  pjtest::Set(e, "sitting_hours", 1e-310);
  CHECK(pj::ValidateEntry(e, &field).find("must be 0 or at least 2.2250738585072014e-308") != std::string::npos);
  CHECK(field == "sitting_hours");
  pjtest::Set(e, "sitting_hours", 0.0);
  CHECK(pj::ValidateEntry(e).empty());
  e.factors = {{"x", -5e-324}};
  CHECK(pj::ValidateEntry(e, &field) ==
        "factor 'x' must be 0 or at least 2.2250738585072014e-308 in size, not -5e-324");
  CHECK(field == "factors");
  e.factors = {{"x", 2.2250738585072014e-308}, {"y", -1e308}};
  CHECK(pj::ValidateEntry(e).empty());
}

TEST_CASE("SortEntries: the order of EntryBefore, stable, whatever the cycles of the permutation") {
  std::mt19937 rng(11);
  for (int round = 0; round < 50; ++round) {
    std::vector<pj::Entry> entries(static_cast<size_t>(round));
    for (size_t i = 0; i < entries.size(); ++i) {
      entries[i].at.utc = static_cast<int64_t>(rng() % 7) * 60;  // many ties in time
      entries[i].id = std::string(1, static_cast<char>('a' + rng() % 3));  // and some in id
      entries[i].note = std::to_string(i);  // tells equal entries apart
    }
    std::vector<pj::Entry> want = entries;
    std::stable_sort(want.begin(), want.end(), pj::EntryBefore);
    pj::SortEntries(&entries);
    CHECK(entries == want);
  }
}

TEST_CASE("SortEntries: nearly in order, as a month file is, and in reverse") {
  // In order but for a few entries moved back or forward (moved in place),
  // and far from it (sorted through the index once the moves run out).
  std::mt19937 rng(12);
  for (int round = 0; round < 200; ++round) {
    const size_t n = 1 + rng() % 60;
    std::vector<pj::Entry> entries(n);
    for (size_t i = 0; i < n; ++i) {
      entries[i].at.utc = static_cast<int64_t>(i / 2) * 60;  // pairs in the same minute
      entries[i].id = std::string(1, static_cast<char>('a' + rng() % 3));
      entries[i].note = std::to_string(i);
    }
    const int moves = round % 4 == 3 ? 1000 : static_cast<int>(rng() % 4);
    for (int m = 0; m < moves; ++m) std::swap(entries[rng() % n], entries[rng() % n]);
    if (round % 10 == 9) std::reverse(entries.begin(), entries.end());
    std::vector<pj::Entry> want = entries;
    std::stable_sort(want.begin(), want.end(), pj::EntryBefore);
    pj::SortEntries(&entries);
    CHECK(entries == want);
  }
}
