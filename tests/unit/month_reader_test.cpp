// Reading month files: the fast path against toml++ on generated files and
// on hand edits, and the salvage of broken files entry by entry.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "painjournal/entry_toml.h"
#include "painjournal/month_reader.h"
#include "test_util.h"
#include "entry_access.h"

using pjtest::At;
using pjtest::MakeEntry;

namespace {

const char* const kFile = "2026-11.toml";

std::string Header() { return pj::MonthFileHeader(2026, 11); }

std::string MonthText(const std::vector<pj::Entry>& entries) {
  std::string text = Header();
  for (const auto& e : entries) text += "\n" + pj::FormatEntryToml(e);
  return text;
}

std::vector<std::tuple<int, int, std::string>> SortedProblems(const std::vector<pj::Problem>& ps) {
  std::vector<std::tuple<int, int, std::string>> out;
  for (const auto& p : ps) {
    CHECK(p.file == kFile);
    out.emplace_back(p.line, p.col, p.message);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Two readings of the same text are the same.
void CheckSame(const pj::MonthData& a, const pj::MonthData& b) {
  REQUIRE(a.entries.size() == b.entries.size());
  for (size_t i = 0; i < a.entries.size(); ++i) {
    INFO("entry " << i << " id " << a.entries[i].id);
    CHECK(a.entries[i] == b.entries[i]);
  }
  CHECK(a.entry_lines == b.entry_lines);
  CHECK(SortedProblems(a.problems) == SortedProblems(b.problems));
  CHECK(a.torn_tail == b.torn_tail);
  CHECK(a.tail_offset == b.tail_offset);
}

// ---- random entries ----

std::string RandomText(std::mt19937& rng, size_t max_len) {
  static const std::vector<std::string> pieces = {
      "a", "b", "z", "Q", " ", "  ", "0", "9", "\"", "\\", "\n", "\r", "\t", "\x01", "\x1f", "\x7f", "\b", "\f",
      "#", "[", "]", "[[entry]]", "=", "'", "'''", "\"\"\"", ",", "{", "}", "\\u00e9", "\xC3\xA9", "\xC3\xBC",
      "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xF0\x9F\x92\xAA", "\xE2\x80\xA8", "\xEF\xBB\xBF", "~", "%", "$"};
  std::uniform_int_distribution<size_t> len(0, max_len), pick(0, pieces.size() - 1);
  std::string s;
  for (size_t n = len(rng), i = 0; i < n; ++i) s += pieces[pick(rng)];
  return s;
}

std::string RandomName(std::mt19937& rng) {
  // Names with ';' or control characters are invalid for did/tags; keep to
  // what an entry may hold.
  std::string s;
  do {
    s = RandomText(rng, 4);
    s.erase(std::remove_if(s.begin(), s.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == ';' || c == 0x7f; }),
            s.end());
  } while (s.empty());
  return s;
}

pj::Entry RandomEntry(std::mt19937& rng, int n) {
  auto coin = [&] { return std::uniform_int_distribution<int>(0, 1)(rng) == 1; };
  pj::Entry e;
  e.id = "01RND" + std::to_string(n);
  // Somewhere in 2026-11 in local time, with an offset of -23:59 .. +23:59.
  int offset = std::uniform_int_distribution<int>(-(23 * 60 + 59), 23 * 60 + 59)(rng);
  if (coin()) offset = offset / 15 * 15;
  int64_t local = (pj::DaysFromCivil(2026, 11, 1)) * 86400 + std::uniform_int_distribution<int64_t>(0, 30 * 86400 - 1)(rng);
  e.at = pj::Time{local - offset * 60, offset};
  if (coin()) e.site = coin() ? "neck" : RandomName(rng);
  if (coin()) e.set_intensity(std::uniform_int_distribution<int>(0, 10)(rng));
  if (coin()) pjtest::Set(e, "stress", std::uniform_int_distribution<int>(0, 10)(rng));
  if (coin()) {
    pjtest::Set(e, "sitting_hours", coin() ? std::uniform_real_distribution<double>(0, 24)(rng)
                             : std::uniform_int_distribution<int>(0, 48)(rng) / 2.0);
  }
  if (coin()) pjtest::SetWord(e, "breathing", std::vector<std::string>{"shallow", "normal", "deep"}[rng() % 3]);
  if (coin())
    for (int i = 0, k = 1 + static_cast<int>(rng() % 3); i < k; ++i) e.did.push_back(RandomName(rng));
  if (coin()) e.note = RandomText(rng, 30);
  if (coin())
    for (int i = 0, k = 1 + static_cast<int>(rng() % 3); i < k; ++i) e.tags.push_back(RandomName(rng));
  if (coin()) {
    static const std::vector<std::string> names = {"sleep_hours", "water", "a", "z9", "coffee_cups", "steps"};
    for (const auto& name : names) {
      if (!coin()) continue;
      double v;
      switch (rng() % 4) {
        case 0: v = std::uniform_real_distribution<double>(-1e6, 1e6)(rng); break;
        case 1: v = static_cast<double>(static_cast<int>(rng() % 200) - 100); break;
        case 2: v = std::ldexp(std::uniform_real_distribution<double>(0.5, 1)(rng), static_cast<int>(rng() % 200) - 100); break;
        default: v = std::uniform_int_distribution<int>(0, 100)(rng) / 4.0; break;
      }
      e.factors.emplace_back(name, v);
    }
    std::sort(e.factors.begin(), e.factors.end());
  }
  REQUIRE_MESSAGE(pj::ValidateEntry(e).empty(), pj::ValidateEntry(e));
  // What the program writes is normalised (no empty note, trimmed tags).
  std::string err;
  REQUIRE(pj::NormalizeEntry(&e, &err));
  return e;
}

}  // namespace

TEST_CASE("month_reader: fast path agrees with toml++ on generated files") {
  std::mt19937 rng(20261121);
  int n = 0;
  for (int file = 0; file < 40; ++file) {
    std::vector<pj::Entry> entries;
    for (int i = 0, k = static_cast<int>(rng() % 12); i < k; ++i) entries.push_back(RandomEntry(rng, n++));
    std::string text = MonthText(entries);
    INFO("file " << file << ":\n" << text);
    pj::MonthData fast, slow;
    REQUIRE(pj::ParseMonthFast(text, kFile, &fast));
    pj::ParseMonthToml(text, kFile, &slow);
    CHECK(fast.problems.empty());
    CHECK_FALSE(fast.torn_tail);
    CheckSame(fast, slow);
    // And both give back what was written.
    REQUIRE(fast.entries.size() == entries.size());
    for (size_t i = 0; i < entries.size(); ++i) CHECK(fast.entries[i] == entries[i]);
  }
  CHECK(n > 150);
}

TEST_CASE("month_reader: entry_lines are the 1-based lines of the [[entry]] headers") {
  std::vector<pj::Entry> entries = {MakeEntry("A", "2026-11-01T10:00:00+01:00"), pjtest::FullEntry(),
                                    MakeEntry("C", "2026-11-03T10:00:00+01:00")};
  std::string text = MonthText(entries);
  // Header: 3 lines; blank; A at 5 (4 lines with `# end`); blank; full at 10
  // (13 lines); blank; C at 24.
  pj::MonthData fast, slow;
  REQUIRE(pj::ParseMonthFast(text, kFile, &fast));
  pj::ParseMonthToml(text, kFile, &slow);
  CHECK(fast.entry_lines == std::vector<int>{5, 10, 24});
  CHECK(slow.entry_lines == std::vector<int>{5, 10, 24});
}

namespace {

const std::string kEntryA =
    "[[entry]]\n"
    "id = \"A\"\n"
    "at = 2026-11-01T10:00:00+01:00\n"
    "site = \"neck\"\n";

const std::string kEntryC =
    "[[entry]]\n"
    "id = \"C\"\n"
    "at = 2026-11-03T10:00:00+01:00\n";

std::string WithMiddle(const std::string& middle) {
  return Header() + "\n" + kEntryA + "\n" + middle + "\n" + kEntryC;
}

struct Variant {
  const char* name;
  std::string middle;
  pj::Entry want;
};

pj::Entry B() {
  pj::Entry e = MakeEntry("B", "2026-11-02T08:30:00+01:00");
  e.site = "lower-back";
  e.set_intensity(5);
  return e;
}

}  // namespace

TEST_CASE("month_reader: hand edits that are valid TOML read the same on both paths") {
  std::vector<Variant> variants;
  {
    pj::Entry e = B();
    e.note = "it's";
    variants.push_back({"literal strings",
                        "[[entry]]\nid = 'B'\nat = 2026-11-02T08:30:00+01:00\nsite = 'lower-back'\nintensity = 5\n"
                        "note = 'it''s'\n",
                        e});
    // TOML literal strings cannot hold a ' at all: fix the note.
    variants.back().middle =
        "[[entry]]\nid = 'B'\nat = 2026-11-02T08:30:00+01:00\nsite = 'lower-back'\nintensity = 5\n"
        "note = '''it's'''\n";
  }
  variants.push_back(
      {"keys in another order", "[[entry]]\nintensity = 5\nsite = \"lower-back\"\nat = 2026-11-02T08:30:00+01:00\nid = \"B\"\n",
       B()});
  variants.push_back({"comments after values",
                      "[[entry]] # the bad day\nid = \"B\" # from the phone\nat = 2026-11-02T08:30:00+01:00 # x\n"
                      "site = \"lower-back\"#tight\nintensity = 5 # \"quoted\" 'comment' [[entry]]\n",
                      B()});
  {
    pj::Entry e = B();
    e.did = {"massage"};
    e.tags = {"work"};
    variants.push_back({"did as a single string",
                        "[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\nsite = \"lower-back\"\nintensity = 5\n"
                        "did = \"massage\"\ntags = \"work\"\n",
                        e});
  }
  variants.push_back({"extra spaces and tabs",
                      "  [[entry]]  \n\tid=\"B\"\n   at   =   2026-11-02T08:30:00+01:00   \nsite\t=\t\"lower-back\"\n"
                      "intensity=5\n   \n",
                      B()});
  {
    pj::Entry e = B();
    e.factors = {{"sleep_hours", 6.0}, {"water", 1.5}};
    variants.push_back({"[entry.factors] sub-table",
                        "[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\nsite = \"lower-back\"\nintensity = 5\n"
                        "[entry.factors]\nwater = 1.5\nsleep_hours = 6\n",
                        e});
  }
  {
    pj::Entry e = B();
    e.factors = {{"a", 1.0}, {"b", -3.0}};
    variants.push_back({"integer factors, out of order",
                        "[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\nsite = \"lower-back\"\nintensity = 5\n"
                        "factors = {b = -3,a=1}\n",
                        e});
  }
  {
    pj::Entry e = B();
    pjtest::Set(e, "sitting_hours", 9);
    variants.push_back({"integer sitting_hours",
                        "[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\nsite = \"lower-back\"\nintensity = 5\n"
                        "sitting_hours = 9\n",
                        e});
  }
  variants.push_back({"space between date and time",
                      "[[entry]]\nid = \"B\"\nat = 2026-11-02 08:30:00+01:00\nsite = \"lower-back\"\nintensity = 5\n",
                      B()});
  {
    pj::Entry e = B();
    e.at = At("2026-11-02T07:30:00Z");
    variants.push_back({"Z offset, fractional seconds",
                        "[[entry]]\nid = \"B\"\nat = 2026-11-02T07:30:00.250Z\nsite = \"lower-back\"\nintensity = 5\n", e});
  }
  variants.push_back(
      {"quoted keys", "[[entry]]\n\"id\" = \"B\"\nat = 2026-11-02T08:30:00+01:00\n'site' = \"lower-back\"\nintensity = 5\n",
       B()});
  variants.push_back({"hex integer",
                      "[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\nsite = \"lower-back\"\nintensity = 0x5\n",
                      B()});
  variants.push_back({"multi-line array",
                      "[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\nsite = \"lower-back\"\nintensity = 5\n"
                      "did = [\n  \"massage\",\n  \"walk\",\n]\n",
                      [] {
                        pj::Entry e = B();
                        e.did = {"massage", "walk"};
                        return e;
                      }()});
  {
    pj::Entry e = B();
    e.note = "caf\xC3\xA9 \xF0\x9F\x98\x80\ttab";
    variants.push_back({"unicode escapes",
                        "[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\nsite = \"lower-back\"\nintensity = 5\n"
                        "note = \"caf\\u00E9 \\U0001f600\\ttab\"\n",
                        e});
  }
  {
    pj::Entry e = B();
    e.note = "line one\nline two";
    variants.push_back({"multi-line basic string",
                        "[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\nsite = \"lower-back\"\nintensity = 5\n"
                        "note = \"\"\"\nline one\nline two\"\"\"\n",
                        e});
  }
  {
    pj::Entry e = B();
    pjtest::Set(e, "sitting_hours", 10);
    variants.push_back({"float forms",
                        "[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\nsite = \"lower-back\"\nintensity = 5\n"
                        "sitting_hours = 1e1\n",
                        e});
  }

  for (const Variant& v : variants) {
    for (bool crlf : {false, true}) {
      std::string text = WithMiddle(v.middle);
      if (crlf) {
        std::string t;
        for (char c : text) {
          if (c == '\n') t += '\r';
          t += c;
        }
        text = t;
      }
      INFO(v.name << (crlf ? " (CRLF)" : "") << ":\n" << text);
      pj::MonthData slow, fast, any;
      pj::ParseMonthToml(text, kFile, &slow);
      INFO(pjtest::ProblemsText(slow.problems));
      REQUIRE(slow.entries.size() == 3);
      CHECK(slow.problems.empty());
      CHECK(slow.entries[1] == v.want);
      CHECK(slow.entries[0].id == "A");
      CHECK(slow.entries[2].id == "C");
      if (pj::ParseMonthFast(text, kFile, &fast)) CheckSame(fast, slow);
      pj::ParseMonth(text, kFile, &any);
      CheckSame(any, slow);
    }
  }
}

TEST_CASE("month_reader: the fast path declines what it does not know") {
  pj::MonthData d;
  // Literal strings, sub-tables, multi-line values, booleans: toml++ decides.
  CHECK_FALSE(pj::ParseMonthFast(WithMiddle("[[entry]]\nid = 'B'\nat = 2026-11-02T08:30:00+01:00\n"), kFile, &d));
  CHECK_FALSE(pj::ParseMonthFast(
      WithMiddle("[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\n[entry.factors]\na = 1\n"), kFile, &d));
  CHECK_FALSE(
      pj::ParseMonthFast(WithMiddle("[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\ndid = [\n\"walk\"]\n"), kFile, &d));
  CHECK_FALSE(pj::ParseMonthFast(WithMiddle("[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\nx = true\n"), kFile, &d));
  // A duplicate key is a TOML error that toml++ reports.
  CHECK_FALSE(pj::ParseMonthFast(WithMiddle("[[entry]]\nid = \"B\"\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\n"), kFile, &d));
  // No final newline.
  CHECK_FALSE(pj::ParseMonthFast(Header() + "\n" + kEntryA.substr(0, kEntryA.size() - 1), kFile, &d));
  // Syntax errors.
  CHECK_FALSE(pj::ParseMonthFast(WithMiddle("[[entry]]\nid = \"B\nat = 2026-11-02T08:30:00+01:00\n"), kFile, &d));
  CHECK_FALSE(pj::ParseMonthFast(WithMiddle("[[entry]]\nid = \"B\\q\"\nat = 2026-11-02T08:30:00+01:00\n"), kFile, &d));
  CHECK_FALSE(pj::ParseMonthFast(WithMiddle("[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\nintensity = 05\n"), kFile, &d));
  // Invalid UTF-8.
  CHECK_FALSE(pj::ParseMonthFast(WithMiddle("[[entry]]\nid = \"\xC3\"\nat = 2026-11-02T08:30:00+01:00\n"), kFile, &d));
  // And it takes its own layout.
  CHECK(pj::ParseMonthFast(WithMiddle(pj::FormatEntryToml(B())), kFile, &d));
  CHECK(d.entries.size() == 3);
}

// ---- broken files ----
// WithMiddle(m) puts the middle entry's [[entry]] on line 10:
//   1-3 header, 4 blank, 5-8 entry A, 9 blank, 10.. middle, blank, C.

TEST_CASE("month_reader: a syntax error in the middle entry costs only that entry") {
  std::string text = WithMiddle(
      "[[entry]]\n"               // 10
      "id = \"B\"\n"              // 11
      "at = 2026-11-02T08:30:00+01:00\n"  // 12
      "site = neck\n");           // 13: a bare word is not a value
  pj::MonthData d;
  pj::ParseMonth(text, kFile, &d);
  INFO(pjtest::ProblemsText(d.problems));
  REQUIRE(d.entries.size() == 2);
  CHECK(d.entries[0].id == "A");
  CHECK(d.entries[1].id == "C");
  CHECK(d.entry_lines == std::vector<int>{5, 15});
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].file == kFile);
  CHECK(d.problems[0].line == 13);
  // toml++ reads `n` as the start of `nan` and stops at the `e`.
  CHECK(d.problems[0].col == 9);
  CHECK(d.problems[0].message.find("this entry is not loaded") != std::string::npos);
  CHECK_FALSE(d.torn_tail);
}

TEST_CASE("month_reader: junk after a value is reported where it starts") {
  std::string text = WithMiddle(
      "[[entry]]\n"
      "id = \"B\"\n"
      "at = 2026-11-02T08:30:00+01:00\n"
      "intensity = 5\n"
      "site = \"neck\" junk\n");  // line 14, junk at column 15
  for (int path = 0; path < 2; ++path) {
    pj::MonthData d;
    if (path == 0) pj::ParseMonth(text, kFile, &d);
    if (path == 1) pj::ParseMonthToml(text, kFile, &d);
    INFO(pjtest::ProblemsText(d.problems));
    REQUIRE(d.entries.size() == 2);
    CHECK(d.entries[0].id == "A");
    CHECK(d.entries[1].id == "C");
    REQUIRE(d.problems.size() == 1);
    CHECK(d.problems[0].line == 14);
    CHECK(d.problems[0].col == 15);
  }
}

TEST_CASE("month_reader: an unterminated string in the middle entry") {
  std::string text = WithMiddle(
      "[[entry]]\n"
      "id = \"B\"\n"
      "at = 2026-11-02T08:30:00+01:00\n"
      "note = \"never closed\n");  // line 13
  pj::MonthData d;
  pj::ParseMonth(text, kFile, &d);
  INFO(pjtest::ProblemsText(d.problems));
  REQUIRE(d.entries.size() == 2);
  CHECK(d.entries[1].id == "C");
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].line == 13);
  CHECK_FALSE(d.torn_tail);
}

TEST_CASE("month_reader: unknown keys warn but the entry loads") {
  std::string text = WithMiddle(
      "[[entry]]\n"
      "id = \"B\"\n"
      "at = 2026-11-02T08:30:00+01:00\n"
      "site = \"lower-back\"\n"
      "intensity = 5\n"
      "mood = \"grumpy\"\n");  // line 15, value at column 8
  for (bool fast : {true, false}) {
    pj::MonthData d;
    if (fast) {
      REQUIRE(pj::ParseMonthFast(text, kFile, &d));
    } else {
      pj::ParseMonthToml(text, kFile, &d);
    }
    INFO((fast ? "fast" : "toml++") << "\n" << pjtest::ProblemsText(d.problems));
    REQUIRE(d.entries.size() == 3);
    CHECK(d.entries[1] == B());
    REQUIRE(d.problems.size() == 1);
    CHECK(d.problems[0].line == 15);
    CHECK(d.problems[0].col == 8);
    CHECK(d.problems[0].message.find("unknown key 'mood'") != std::string::npos);
  }
}

TEST_CASE("month_reader: intensity out of range skips the entry at that value") {
  std::string text = WithMiddle(
      "[[entry]]\n"
      "id = \"B\"\n"
      "at = 2026-11-02T08:30:00+01:00\n"
      "intensity   = 12\n");  // line 13, value at column 15
  for (int path = 0; path < 3; ++path) {
    pj::MonthData d;
    if (path == 0) REQUIRE(pj::ParseMonthFast(text, kFile, &d));
    if (path == 1) pj::ParseMonthToml(text, kFile, &d);
    if (path == 2) pj::ParseMonth(text, kFile, &d);
    INFO("path " << path << "\n" << pjtest::ProblemsText(d.problems));
    REQUIRE(d.entries.size() == 2);
    CHECK(d.entries[0].id == "A");
    CHECK(d.entries[1].id == "C");
    REQUIRE(d.problems.size() == 1);
    CHECK(pj::FormatProblem(d.problems[0]) ==
          "2026-11.toml:13:15: entry not loaded: intensity must be a whole number from 0 to 10, not 12");
    CHECK_FALSE(d.torn_tail);
  }
}

TEST_CASE("month_reader: wrong types and bad values name the field") {
  struct Case {
    const char* line;
    const char* message;
  };
  const Case cases[] = {
      {"stress = -1", "stress must be a whole number from 0 to 10, not -1"},
      {"intensity = 5.0", "intensity must be a whole number from 0 to 10, not a float"},
      {"sitting_hours = 25.0", "sitting_hours must be a number from 0 to 24 (e.g. 9.5), not 25"},
      {"breathing = \"fast\"", "breathing must be one of shallow, normal, deep, not 'fast'"},
      {"site = 3", "site must be a string, not an integer"},
      {"did = [\"a;b\"]", "did must list action names (no ';'), not 'a;b'"},
      {"factors = { Sleep = 1.0 }", "factor name 'Sleep' must be lower-case letters, digits and _"},
      {"tags = [\"a;b\"]", "tags must be non-empty text without ';'"},
  };
  for (const Case& c : cases) {
    std::string text = WithMiddle(std::string("[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\n") + c.line + "\n");
    pj::MonthData fast, slow;
    pj::ParseMonthToml(text, kFile, &slow);
    INFO(c.line << "\n" << pjtest::ProblemsText(slow.problems));
    REQUIRE(slow.entries.size() == 2);
    REQUIRE(slow.problems.size() == 1);
    CHECK(slow.problems[0].line == 13);
    CHECK(slow.problems[0].message.find(c.message) != std::string::npos);
    if (pj::ParseMonthFast(text, kFile, &fast)) CheckSame(fast, slow);
  }
}

TEST_CASE("month_reader: an entry without `at` is skipped, one without id loads with a warning") {
  std::string text = WithMiddle(
      "[[entry]]\n"          // 10
      "id = \"B\"\n"
      "site = \"neck\"\n");
  pj::MonthData d, slow;
  pj::ParseMonth(text, kFile, &d);
  pj::ParseMonthToml(text, kFile, &slow);
  CheckSame(d, slow);
  REQUIRE(d.entries.size() == 2);
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].line == 10);
  CHECK(d.problems[0].col == 1);
  CHECK(d.problems[0].message.find("no `at`") != std::string::npos);
  CHECK_FALSE(d.torn_tail);  // not the last entry: a hand edit, not a cut

  text = WithMiddle("[[entry]]\nat = 2026-11-02T08:30:00+01:00\n");
  pj::ParseMonth(text, kFile, &d);
  pj::ParseMonthToml(text, kFile, &slow);
  CheckSame(d, slow);
  REQUIRE(d.entries.size() == 3);
  CHECK(d.entries[1].id == "");
  CHECK(d.entries[1].at.utc == At("2026-11-02T08:30:00+01:00").utc);
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].line == 10);
  CHECK(d.problems[0].message.find("no id") != std::string::npos);
}

namespace {

// Two complete entries and the start of a third, cut at `cut` bytes into it.
struct Torn {
  std::string text;
  size_t third;      // offset of the third [[entry]]
  std::string tail;  // the bytes from there on
};

Torn CutThird(size_t cut) {
  pj::Entry third = pjtest::FullEntry();
  std::string head = MonthText({MakeEntry("A", "2026-11-01T10:00:00+01:00"), MakeEntry("C", "2026-11-03T10:00:00+01:00")});
  head += "\n";
  std::string t = pj::FormatEntryToml(third);
  REQUIRE(cut <= t.size());
  return Torn{head + t.substr(0, cut), head.size(), t.substr(0, cut)};
}

void CheckTorn(const Torn& t, bool all_paths = true) {
  INFO("text:\n" << t.text);
  std::vector<int> paths = {2};
  if (all_paths) paths = {1, 2};
  for (int path : paths) {
    pj::MonthData d;
    if (path == 1) pj::ParseMonthToml(t.text, kFile, &d);
    if (path == 2) pj::ParseMonth(t.text, kFile, &d);
    INFO("path " << path << "\n" << pjtest::ProblemsText(d.problems));
    CHECK(d.torn_tail);
    CHECK(d.tail_offset == t.third);
    CHECK(t.text.substr(d.tail_offset) == t.tail);
    REQUIRE(d.entries.size() >= 2);
    CHECK(d.entries[0].id == "A");
    CHECK(d.entries[1].id == "C");
    CHECK_FALSE(d.problems.empty());
  }
}

}  // namespace

TEST_CASE("month_reader: a torn last entry is detected, the rest loads") {
  const std::string full = pj::FormatEntryToml(pjtest::FullEntry());
  SUBCASE("cut in the middle of the note") {
    size_t note = full.find("note = \"after") + 12;
    Torn t = CutThird(note);
    CheckTorn(t);
    pj::MonthData d;
    pj::ParseMonth(t.text, kFile, &d);
    CHECK(d.entries.size() == 2);
  }
  SUBCASE("cut right after the id line") {
    size_t id_end = full.find('\n', full.find("id = ")) + 1;
    Torn t = CutThird(id_end);
    CHECK(t.text.substr(t.third) == "[[entry]]  # begin\nid = \"01JD3QY8Z6K3T9W2M4N5P6R7S8\"\n");
    CheckTorn(t);
    pj::MonthData d;
    pj::ParseMonth(t.text, kFile, &d);
    CHECK(d.entries.size() == 2);
  }
  SUBCASE("cut right after the [[entry]] line") {
    Torn t = CutThird(10);
    CheckTorn(t);
  }
  SUBCASE("cut inside the [[entry]] line") {
    for (size_t cut : {1, 2, 5, 8, 9}) {
      Torn t = CutThird(cut);
      CheckTorn(t);
      pj::MonthData d;
      pj::ParseMonth(t.text, kFile, &d);
      CHECK(d.entries.size() == 2);
    }
  }
  SUBCASE("a complete last entry without a final newline is not torn") {
    // Some editors leave no final newline; TOML does not need one. Only an
    // entry that does not parse or has no `at` counts as torn.
    Torn whole = CutThird(full.size() - 1);
    for (int path = 0; path < 2; ++path) {
      pj::MonthData d;
      if (path == 0) pj::ParseMonth(whole.text, kFile, &d);
      if (path == 1) pj::ParseMonthToml(whole.text, kFile, &d);
      CHECK_FALSE(d.torn_tail);
      CHECK(d.problems.empty());
      REQUIRE(d.entries.size() == 3);
      CHECK(d.entries[2] == pjtest::FullEntry());
    }
  }
  SUBCASE("cut inside a string without a final newline") {
    Torn t = CutThird(full.find("note = \"after") + 9);
    CheckTorn(t);
  }
  SUBCASE("cut at every byte: torn, and never loaded with a cut value") {
    // The seals make an append self-delimiting: what a crash persisted may
    // still parse (`intensity = 1` of `intensity = 10`, a line boundary
    // after `at`), but without its `# end` line it is torn. Only the last
    // byte (the newline after `# end`) can go missing without loss.
    for (size_t cut = 1; cut + 1 < full.size(); ++cut) {
      CAPTURE(cut);
      Torn t = CutThird(cut);
      for (int path = 0; path < 2; ++path) {
        pj::MonthData d;
        if (path == 0) pj::ParseMonth(t.text, kFile, &d);
        if (path == 1) pj::ParseMonthToml(t.text, kFile, &d);
        CAPTURE(path);
        CHECK(d.torn_tail);
        CHECK(d.tail_offset == t.third);
        CHECK(d.entries.size() == 2);
      }
    }
  }
  SUBCASE("a complete file is not torn") {
    Torn t = CutThird(full.size());
    for (int path = 0; path < 2; ++path) {
      pj::MonthData d;
      if (path == 0) pj::ParseMonth(t.text, kFile, &d);
      if (path == 1) pj::ParseMonthToml(t.text, kFile, &d);
      CHECK_FALSE(d.torn_tail);
      CHECK(d.tail_offset == 0);
      CHECK(d.problems.empty());
      CHECK(d.entries.size() == 3);
    }
  }
}

TEST_CASE("month_reader: a file that is only a header, or empty") {
  for (const std::string& text : {std::string(), Header(), Header() + "\n\n# nothing yet\n"}) {
    pj::MonthData d;
    pj::ParseMonth(text, kFile, &d);
    CHECK(d.entries.empty());
    CHECK(d.problems.empty());
    CHECK_FALSE(d.torn_tail);
  }
}

TEST_CASE("month_reader: format other than 1 warns at the format line, entries still load") {
  std::string text = "# hand-made\nformat = 2\n\n" + kEntryA;
  for (int path = 0; path < 2; ++path) {
    pj::MonthData d;
    if (path == 0) REQUIRE(pj::ParseMonthFast(text, kFile, &d));
    if (path == 1) pj::ParseMonthToml(text, kFile, &d);
    INFO("path " << path << "\n" << pjtest::ProblemsText(d.problems));
    REQUIRE(d.entries.size() == 1);
    REQUIRE(d.problems.size() == 1);
    CHECK(d.problems[0].line == 2);
    CHECK(d.problems[0].col == 10);
    CHECK(d.problems[0].message.find("format 2 is not one this version reads") != std::string::npos);
  }
  // `format = 2` typed inside an entry table is just an unknown key there.
  text = Header() + "\n" + kEntryA + "format = 2\n";
  pj::MonthData d;
  pj::ParseMonth(text, kFile, &d);
  REQUIRE(d.entries.size() == 1);
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].line == 9);
  CHECK(d.problems[0].message.find("unknown key 'format'") != std::string::npos);
}

TEST_CASE("month_reader: unknown top-level keys and tables warn") {
  std::string text = Header() + "owner = \"me\"\n\n" + kEntryA;  // owner on line 4
  pj::MonthData d;
  pj::ParseMonth(text, kFile, &d);
  REQUIRE(d.entries.size() == 1);
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].line == 4);
  CHECK(d.problems[0].message.find("unknown top-level key 'owner'") != std::string::npos);
}

TEST_CASE("month_reader: FormatProblem") {
  CHECK(pj::FormatProblem(pj::Problem{"/j/2026-11.toml", 12, 3, "bad"}) == "/j/2026-11.toml:12:3: bad");
}

TEST_CASE("month_reader: edge spellings: the fast path declines or agrees with toml++") {
  const std::vector<std::string> fields = {
      "at = 2026-11-02T08:30:60+01:00",  // a leap second: toml++ refuses it
      "at = 2026-11-02t08:30:00+01:00",
      "at = 2026-11-02T08:30:00z",
      "at = 2026-11-02T08:30:00-00:00",
      "at = 2026-11-02T08:30:00+23:59",
      "at = 2026-11-02T08:30:00.123456789123+01:00",
      "at = 2026-11-02T08:30+01:00",
      "at = 2026-11-02T08:30:00",
      "at = 2026-11-02",
      "at = 2026-02-30T08:30:00+01:00",
      "at = 2026-11-02T24:00:00+01:00",
      "at = 2026-11-02T08:30:00+24:00",
      "at = 1979-05-27T07:32:00Z",
      "at = 2026-11-02T08:30:00+01:00\nintensity = -0",
      "at = 2026-11-02T08:30:00+01:00\nintensity = +5",
      "at = 2026-11-02T08:30:00+01:00\nintensity = 1_0",
      "at = 2026-11-02T08:30:00+01:00\nintensity = 99999999999999999999",
      "at = 2026-11-02T08:30:00+01:00\nsitting_hours = 0e0",
      "at = 2026-11-02T08:30:00+01:00\nsitting_hours = 1e05",
      "at = 2026-11-02T08:30:00+01:00\nsitting_hours = 1e400",
      "at = 2026-11-02T08:30:00+01:00\nsitting_hours = inf",
      "at = 2026-11-02T08:30:00+01:00\nsitting_hours = nan",
      "at = 2026-11-02T08:30:00+01:00\nsitting_hours = .5",
      "at = 2026-11-02T08:30:00+01:00\nsitting_hours = 5.",
      "at = 2026-11-02T08:30:00+01:00\nnote = \"\xEF\xBF\xBE\"",
      "at = 2026-11-02T08:30:00+01:00\nnote = \"a\x7f\"",
      "at = 2026-11-02T08:30:00+01:00\nnote = \"\\uD800\"",
      "at = 2026-11-02T08:30:00+01:00\nnote = \"\\e\"",
      "at = 2026-11-02T08:30:00+01:00\nnote = \"\\x41\"",
      "at = 2026-11-02T08:30:00+01:00\nfactors = {}",
      "at = 2026-11-02T08:30:00+01:00\nfactors = { a = 1, }",
      "at = 2026-11-02T08:30:00+01:00\nfactors = { a-b = 1 }",
      "at = 2026-11-02T08:30:00+01:00\nfactors = { a = 1, a = 2 }",
      "at = 2026-11-02T08:30:00+01:00\nfactors = { a.b = 1 }",
      "at = 2026-11-02T08:30:00+01:00\ndid = []",
      "at = 2026-11-02T08:30:00+01:00\ndid = [\"a\",]",
      "at = 2026-11-02T08:30:00+01:00\ndid = [\"a\", 1]",
      "at = 2026-11-02T08:30:00+01:00\ndid = [[\"a\"]]",
      "at = 2026-11-02T08:30:00+01:00\n9 = 1",
      "at = 2026-11-02T08:30:00+01:00\nintensity = 5\t# tab comment\t",
      "at = 2026-11-02T08:30:00+01:00\nintensity = 5 # bell \x07",
      "at = 2026-11-02T08:30:00+01:00\nintensity = 5\rx",
      "at = 2026-11-02T08:30:00+01:00\nsite.x = \"neck\"",
  };
  for (const auto& f : fields) {
    std::string text = WithMiddle("[[entry]]\nid = \"B\"\n" + f + "\n");
    INFO(f);
    pj::MonthData fast, slow, any;
    pj::ParseMonthToml(text, kFile, &slow);
    INFO(pjtest::ProblemsText(slow.problems));
    if (pj::ParseMonthFast(text, kFile, &fast)) CheckSame(fast, slow);
    pj::ParseMonth(text, kFile, &any);
    CheckSame(any, slow);
    // A and C load whatever happens to B.
    REQUIRE(slow.entries.size() >= 2);
    CHECK(slow.entries.front().id == "A");
    CHECK(slow.entries.back().id == "C");
  }
}

TEST_CASE("month_reader: a leap second is not loaded on either path") {
  std::string text = WithMiddle("[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:60+01:00\n");
  pj::MonthData fast, d;
  CHECK_FALSE(pj::ParseMonthFast(text, kFile, &fast));
  pj::ParseMonth(text, kFile, &d);
  REQUIRE(d.entries.size() == 2);
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].line == 12);
}

TEST_CASE("month_reader: a byte-order mark from an editor is accepted") {
  std::string text = "\xEF\xBB\xBF" + WithMiddle(pj::FormatEntryToml(B()));
  pj::MonthData d;
  pj::ParseMonth(text, kFile, &d);
  INFO(pjtest::ProblemsText(d.problems));
  CHECK(d.problems.empty());
  REQUIRE(d.entries.size() == 3);
  CHECK(d.entries[1] == B());
  CHECK(d.entry_lines == std::vector<int>{5, 10, 17});  // B is one line longer for its `# end`
}

TEST_CASE("month_reader: a broken preamble costs no entries") {
  std::string text = "# hand-made\nformat = = 1\n\n" + kEntryA + "\n" + kEntryC;
  pj::MonthData d;
  pj::ParseMonth(text, kFile, &d);
  INFO(pjtest::ProblemsText(d.problems));
  REQUIRE(d.entries.size() == 2);
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].line == 2);
  CHECK_FALSE(d.torn_tail);
}

TEST_CASE("month_reader: a pasted [[entry]] inside a multi-line note is not a boundary") {
  // Issue 7: the valid middle entry was split at the pasted header line
  // when another entry of the file was broken, and not loaded.
  const std::string middle =
      "[[entry]]\n"
      "id = \"B\"\n"
      "at = 2026-11-02T08:30:00+01:00\n"
      "note = \"\"\"old entry, pasted:\n"
      "[[entry]]\n"
      "at = 2026-10-01T10:00:00+01:00\n"
      "\"\"\"\n";
  const std::string broken = "[[entry]]\nid = \"X\"\nat = 2026-11-02T09:00:00+01:00\nintensity = = 3\n";
  for (const std::string& text : {Header() + "\n" + kEntryA + "\n" + middle + "\n" + broken + "\n" + kEntryC,
                                  Header() + "\n" + broken + "\n" + kEntryA + "\n" + middle}) {
    pj::MonthData d;
    pj::ParseMonth(text, kFile, &d);
    INFO(text << "\n" << pjtest::ProblemsText(d.problems));
    CHECK(d.problems.size() == 1);
    bool found = false;
    for (const auto& e : d.entries)
      if (e.id == "B") {
        found = true;
        CHECK(e.note == std::optional<std::string>("old entry, pasted:\n[[entry]]\nat = 2026-10-01T10:00:00+01:00\n"));
      }
    CHECK(found);
    CHECK_FALSE(d.torn_tail);
  }
}

TEST_CASE("month_reader: an entry array written inline cannot be appended to") {
  const std::string text = Header() + "entry = [ { id = \"A\", at = 2026-11-01T10:00:00+01:00 } ]\n";
  pj::MonthData d;
  pj::ParseMonth(text, kFile, &d);
  CHECK(d.entries.size() == 1);
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].line == 4);
  CHECK(d.not_appendable == pj::FormatProblem(d.problems[0]));
  CHECK(d.not_appendable.find("rewrite the entries as [[entry]] tables") != std::string::npos);
  // Every other `entry` that is not [[entry]] tables blocks an append too.
  for (const char* form : {"entry = []\n", "[entry]\nat = 2026-11-01T10:00:00+01:00\n", "entry = 5\n"}) {
    pj::MonthData other;
    pj::ParseMonth(Header() + form, kFile, &other);
    CAPTURE(form);
    CHECK_FALSE(other.not_appendable.empty());
  }
  pj::MonthData fine;
  pj::ParseMonth(Header() + "\n" + kEntryA, kFile, &fine);
  CHECK(fine.not_appendable.empty());
}

TEST_CASE("month_reader: seals") {
  const std::string a = pj::FormatEntryToml(MakeEntry("A", "2026-11-01T10:00:00+01:00"));
  const std::string b = pj::FormatEntryToml(MakeEntry("B", "2026-11-02T10:00:00+01:00"));
  const std::string b_unended = b.substr(0, b.size() - 6);  // without "# end\n"
  SUBCASE("a sealed entry without its end line in the middle is loaded, with a warning") {
    for (int path = 0; path < 2; ++path) {
      pj::MonthData d;
      std::string text = Header() + "\n" + b_unended + "\n" + a;
      if (path == 0) REQUIRE(pj::ParseMonthFast(text, kFile, &d));
      if (path == 1) pj::ParseMonthToml(text, kFile, &d);
      CAPTURE(path);
      CHECK(d.entries.size() == 2);
      CHECK_FALSE(d.torn_tail);
      REQUIRE(d.problems.size() == 1);
      CHECK(d.problems[0].line == 5);
      CHECK(d.problems[0].message.find("no `# end` line") != std::string::npos);
    }
  }
  SUBCASE("at the end it is torn and not loaded, though it parses") {
    for (int path = 0; path < 2; ++path) {
      pj::MonthData d;
      std::string text = Header() + "\n" + a + "\n" + b_unended;
      if (path == 0) REQUIRE(pj::ParseMonthFast(text, kFile, &d));
      if (path == 1) pj::ParseMonthToml(text, kFile, &d);
      CAPTURE(path);
      REQUIRE(d.entries.size() == 1);
      CHECK(d.entries[0].id == "A");
      CHECK(d.torn_tail);
      CHECK(d.tail_offset == text.rfind("[[entry]]"));
      REQUIRE(d.problems.size() == 1);
      CHECK(d.problems[0].message.rfind("the last entry is not loaded", 0) == 0);
    }
  }
  SUBCASE("an unsealed last entry (older files, hand edits) is judged by its content") {
    pj::MonthData d;
    pj::ParseMonth(Header() + "\n" + a + "\n" + kEntryC, kFile, &d);
    CHECK(d.entries.size() == 2);
    CHECK(d.problems.empty());
    CHECK_FALSE(d.torn_tail);
  }
  SUBCASE("a file cut inside its own header is torn from its first byte") {
    pj::MonthData d;
    pj::ParseMonth(Header().substr(0, Header().size() - 3), kFile, &d);
    CHECK(d.torn_tail);
    CHECK(d.tail_offset == 0);
    CHECK(d.problems.size() == 1);
  }
}

TEST_CASE("month_reader: an unclosed multi-line string costs only its own entry") {
  // Review of issue 7: the structural split paired an unclosed """ with the
  // next one in the file, so valid entries after it stopped loading and the
  // next add set them aside. Salvage now parses pieces on their own and
  // joins only pieces that fail alone.
  const std::string a = "[[entry]]\nid = \"A\"\nat = 2026-11-01T10:00:00+01:00\nnote = \"\"\"closing quotes deleted\n";
  const std::string b = "[[entry]]\nid = \"B\"\nat = 2026-11-02T10:00:00+01:00\nsite = \"neck\"\nintensity = 3\n";
  const std::string c = "[[entry]]\nid = \"C\"\nat = 2026-11-03T10:00:00+01:00\nnote = \"\"\"\ntwo lines\n\"\"\"\n";
  const std::string c_pasted =
      "[[entry]]\nid = \"C\"\nat = 2026-11-03T10:00:00+01:00\nnote = \"\"\"\n[[entry]]\nat = 2026-10-01T10:00:00+02:00\n\"\"\"\n";
  for (const std::string& last : {c, c_pasted}) {
    const std::string text = Header() + "\n" + a + "\n" + b + "\n" + last;
    pj::MonthData d;
    pj::ParseMonth(text, kFile, &d);
    INFO(text << "\n" << pjtest::ProblemsText(d.problems));
    REQUIRE(d.entries.size() == 2);
    CHECK(d.entries[0].id == "B");
    CHECK(d.entries[1].id == "C");
    CHECK_FALSE(d.torn_tail);
    CHECK(d.problems.size() == 1);
  }
}

TEST_CASE("month_reader: a factor named like a field that came later still loads") {
  // Issue 8: `factors = { stress = 7.0 }` was refused for its characters.
  // With no stress of its own, the entry reads it as the field; with one,
  // the factor is kept (the analysis leaves it out) and a warning says why.
  const std::string common = "[[entry]]\nid = \"B\"\nat = 2026-11-02T08:30:00+01:00\n";
  pj::Entry as_field = B();
  as_field.site.reset();
  as_field.Clear(pj::kIntensitySlot);
  pjtest::Set(as_field, "stress", 7);
  pj::Entry kept = as_field;
  pjtest::Set(kept, "stress", 3);
  kept.factors = {{"stress", 7}};
  pj::Entry out_of_range = as_field;
  pjtest::Set(out_of_range, "stress", std::nullopt);
  out_of_range.factors = {{"stress", 7.5}};
  struct Case {
    std::string middle;
    pj::Entry want;
    const char* warning;  // "" for none
  };
  const Case cases[] = {
      {common + "factors = { stress = 7.0 }\n", as_field, ""},
      {common + "stress = 3\nfactors = { stress = 7.0 }\n", kept, "because the entry also has stress"},
      {common + "factors = { stress = 7.5 }\n", out_of_range, "its value is not what the field takes"},
  };
  for (const Case& c : cases) {
    for (bool fast : {true, false}) {
      pj::MonthData d;
      if (fast) {
        REQUIRE(pj::ParseMonthFast(WithMiddle(c.middle), kFile, &d));
      } else {
        pj::ParseMonthToml(WithMiddle(c.middle), kFile, &d);
      }
      INFO((fast ? "fast" : "toml++") << "\n" << c.middle << pjtest::ProblemsText(d.problems));
      REQUIRE(d.entries.size() == 3);
      CHECK(d.entries[1] == c.want);
      if (*c.warning) {
        REQUIRE(d.problems.size() == 1);
        CHECK(d.problems[0].line == 10);
        CHECK(d.problems[0].message.find(c.warning) != std::string::npos);
      } else {
        CHECK(d.problems.empty());
      }
    }
  }
}
