// The two month readers against each other (issue 8): month files the
// program writes, mutated byte by byte, seeded. Wherever the fast path
// accepts a text, toml++ must read the same from it: entries, their lines,
// problems and the torn-tail verdict. Neither may crash (the sanitizer
// build runs this too). Disagreements found are kept as regression cases.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "painjournal/entry_toml.h"
#include "painjournal/month_reader.h"
#include "painjournal/util.h"
#include "test_util.h"

namespace {

const char* const kFile = "2026-11.toml";

// Writes random entries that use every field of the table, in every kind,
// with the text a person may put in them: quotes, backslashes, control
// characters, non-ASCII, lines that look like TOML structure.
class EntryMaker {
 public:
  explicit EntryMaker(std::mt19937* rng) : rng_(*rng) {}

  pj::Entry Make(int n) {
    pj::Entry e;
    for (const pj::Field& f : pj::kFields) {
      if (f.kind != pj::FieldKind::kTime && f.kind != pj::FieldKind::kId && !Coin(3)) continue;
      switch (f.kind) {
        case pj::FieldKind::kId: e.id = Coin(10) ? "" : Coin(2) ? Ulid(n) : "id-" + std::to_string(n); break;
        case pj::FieldKind::kTime: e.at = Instant(); break;
        case pj::FieldKind::kSite: e.site = Coin(2) ? "neck" : Name(); break;
        case pj::FieldKind::kInteger:
          e.Set(Slot(f), static_cast<double>(Int(static_cast<int>(f.min), static_cast<int>(f.max))));
          break;
        case pj::FieldKind::kNumber: e.Set(Slot(f), Number(f.min, f.max)); break;
        case pj::FieldKind::kWord: e.Set(Slot(f), Int(0, pj::WordCount(f) - 1)); break;
        case pj::FieldKind::kActions:
          for (int i = Int(1, 3); i > 0; --i) e.did.push_back(Name());
          break;
        case pj::FieldKind::kText: e.note = Text(24); break;
        case pj::FieldKind::kTags:
          for (int i = Int(1, 3); i > 0; --i) e.tags.push_back(Name());
          break;
        case pj::FieldKind::kFactors: {
          static const char* const names[] = {"sleep_hours", "water", "a", "z9", "coffee_cups", "steps"};
          for (const char* name : names)
            if (Coin(3)) e.factors.emplace_back(name, Number(-1000, 1000));
          if (e.factors.empty()) e.factors.emplace_back("sleep_hours", 6.5);
          break;
        }
      }
    }
    std::string err;
    REQUIRE(pj::NormalizeEntry(&e, &err));
    REQUIRE_MESSAGE(pj::ValidateEntry(e).empty(), pj::ValidateEntry(e));
    return e;
  }

 private:
  bool Coin(int one_in) { return std::uniform_int_distribution<int>(1, one_in)(rng_) == 1; }
  int Int(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  static int Slot(const pj::Field& f) { return pj::ScalarSlot(f.key); }

  std::string Ulid(int n) {
    static const char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::string s = "01JD";
    while (s.size() < 26) s += kCrockford[Int(0, 31)];
    s[25] = kCrockford[n % 32];
    return s;
  }

  // Somewhere in 2026-11 local time, with an offset of -23:59 .. +23:59.
  pj::Time Instant() {
    int offset = Coin(3) ? 60 : Int(-(23 * 60 + 59), 23 * 60 + 59);
    int64_t local = pj::DaysFromCivil(2026, 11, 1) * 86400 + Int(0, 30 * 86400 - 1);
    return pj::Time{local - offset * 60, offset};
  }

  // Halves (as `add` gets them), integers, long fractions, the extremes.
  double Number(double lo, double hi) {
    switch (Int(0, 4)) {
      case 0: return Int(static_cast<int>(lo * 2), static_cast<int>(hi * 2)) / 2.0;
      case 1: return std::uniform_real_distribution<double>(lo, hi)(rng_);
      case 2: return Coin(2) ? lo : hi;
      case 3: return std::ldexp(std::uniform_real_distribution<double>(0.5, 1)(rng_), Int(-40, 0)) * hi;
      default: return Int(static_cast<int>(lo), static_cast<int>(hi));
    }
  }

  std::string Text(size_t max_len) {
    static const char* const pieces[] = {
        "a", "Z", " ", "0", "9", "\"", "\\", "\n", "\r", "\t", "\x01", "\x1f", "\x7f", "\b", "\f", "#", "# end",
        "[", "]", "[[entry]]", "[[entry]]  # begin", "=", "'", "'''", "\"\"\"", ",", "{", "}", "\\u00e9", ".",
        "\xC3\xA9", "\xC3\xBC", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xE2\x80\xA8", "\xEF\xBB\xBF", "\xC2\x85",
        "\xEF\xBF\xBE", "at = 2026-11-01T10:00:00+01:00", "-", "e", "~"};
    std::string s;
    for (size_t n = static_cast<size_t>(Int(0, static_cast<int>(max_len))), i = 0; i < n; ++i)
      s += pieces[Int(0, static_cast<int>(std::size(pieces)) - 1)];
    return s;
  }

  // What a site, an action or a tag may be: no control characters, no ';'.
  std::string Name() {
    std::string s;
    do {
      s = Text(4);
      s.erase(std::remove_if(s.begin(), s.end(),
                             [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == ';' || c == 0x7f; }),
              s.end());
      s = pj::Trim(s);
    } while (s.empty());
    return s;
  }

  std::mt19937& rng_;
};

// A month file as the program writes it; sometimes without the seals (a
// file from before them) or with CRLF line ends (an editor).
std::string MonthFile(std::mt19937& rng, EntryMaker& maker, int* n) {
  std::string text = pj::MonthFileHeader(2026, 11);
  for (int i = 0, k = std::uniform_int_distribution<int>(1, 6)(rng); i < k; ++i)
    text += "\n" + pj::FormatEntryToml(maker.Make((*n)++));
  const int style = std::uniform_int_distribution<int>(0, 9)(rng);
  if (style == 0) {
    std::string unsealed;
    for (size_t pos = 0; pos < text.size();) {
      size_t eol = text.find('\n', pos);
      std::string line = text.substr(pos, eol + 1 - pos);
      pos = eol + 1;
      if (line == "# end\n") continue;
      if (line == "[[entry]]  # begin\n") line = "[[entry]]\n";
      unsealed += line;
    }
    text = unsealed;
  } else if (style == 1) {
    std::string crlf;
    for (char c : text) crlf += c == '\n' ? "\r\n" : std::string(1, c);
    text = crlf;
  }
  return text;
}

// One mutation at a random place: the damage of a crash, an editor, a disk.
class Mutator {
 public:
  explicit Mutator(std::mt19937* rng) : rng_(*rng) {}

  std::string Mutate(std::string s) {
    if (s.empty()) return s;
    switch (Int(0, 9)) {
      case 0:  // insert a byte
        s.insert(Pos(s, true), 1, Byte());
        break;
      case 1:  // delete a few bytes
        s.erase(Pos(s), static_cast<size_t>(Int(1, 3)));
        break;
      case 2:  // replace a byte
        s[Pos(s)] = Byte();
        break;
      case 3: {  // swap neighbours
        size_t i = Pos(s);
        if (i + 1 < s.size()) std::swap(s[i], s[i + 1]);
        break;
      }
      case 4:  // swap two bytes anywhere
        std::swap(s[Pos(s)], s[Pos(s)]);
        break;
      case 5:  // truncate: a crash mid-write
        s.resize(Pos(s, true));
        break;
      case 6: {  // duplicate a line
        auto [b, e] = Line(s);
        s.insert(e, s.substr(b, e - b));
        break;
      }
      case 7: {  // delete a line
        auto [b, e] = Line(s);
        s.erase(b, e - b);
        break;
      }
      case 8: {  // move a line elsewhere
        auto [b, e] = Line(s);
        std::string line = s.substr(b, e - b);
        s.erase(b, e - b);
        s.insert(s.empty() ? 0 : Line(s).first, line);
        break;
      }
      default: {  // insert a piece of TOML syntax
        static const char* const pieces[] = {"\"", "'", "\"\"\"", "[", "]", "{", "}", "=", "\n", "# end\n",
                                             "[[entry]]\n", "[[entry]]  # begin\n", "\\", ".5", "e3", "_",
                                             "intensity = 5\n", "at = 2026-11-02T08:30:00+01:00\n", " # c"};
        s.insert(Pos(s, true), pieces[Int(0, static_cast<int>(std::size(pieces)) - 1)]);
        break;
      }
    }
    return s;
  }

 private:
  int Int(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  size_t Pos(const std::string& s, bool end_too = false) {
    return static_cast<size_t>(Int(0, static_cast<int>(s.size()) - (end_too ? 0 : 1)));
  }
  char Byte() {
    static const unsigned char bytes[] = {'"',  '\\', '\n', '\r', '\t', ' ',  '#',  '=',  '[',  ']',  '{', '}',
                                          ',',  '.',  '-',  '+',  '_',  'e',  'E',  'T',  'Z',  ':',  '0', '1',
                                          '9',  'a',  'u',  'U',  'n',  '\'', 0x00, 0x01, 0x7F, 0x80, 0xBF, 0xC3,
                                          0xA9, 0xE2, 0xED, 0xF0, 0xF4, 0xF8, 0xFF};
    return static_cast<char>(bytes[Int(0, static_cast<int>(std::size(bytes)) - 1)]);
  }
  // The bytes of a random line, with its newline.
  std::pair<size_t, size_t> Line(const std::string& s) {
    size_t b = s.rfind('\n', Pos(s));
    b = b == std::string::npos ? 0 : b + 1;
    if (b >= s.size()) b = 0;
    size_t e = s.find('\n', b);
    return {b, e == std::string::npos ? s.size() : e + 1};
  }

  std::mt19937& rng_;
};

std::vector<std::tuple<int, int, std::string>> Sorted(const std::vector<pj::Problem>& ps) {
  std::vector<std::tuple<int, int, std::string>> out;
  for (const auto& p : ps) out.emplace_back(p.line, p.col, p.file + ": " + p.message);
  std::sort(out.begin(), out.end());
  return out;
}

// What differs between the two readings of `text`, "" when nothing does.
std::string Disagreement(const pj::MonthData& fast, const pj::MonthData& slow) {
  if (fast.entries.size() != slow.entries.size())
    return "entries: fast " + std::to_string(fast.entries.size()) + ", toml++ " + std::to_string(slow.entries.size());
  for (size_t i = 0; i < fast.entries.size(); ++i)
    if (fast.entries[i] != slow.entries[i]) return "entry " + std::to_string(i) + " differs";
  if (fast.entry_lines != slow.entry_lines) return "entry lines differ";
  if (fast.torn_tail != slow.torn_tail || fast.torn_sealed != slow.torn_sealed || fast.tail_offset != slow.tail_offset)
    return "torn tail: fast " + std::to_string(fast.torn_tail) + "/" + std::to_string(fast.torn_sealed) + "@" +
           std::to_string(fast.tail_offset) + ", toml++ " + std::to_string(slow.torn_tail) + "/" +
           std::to_string(slow.torn_sealed) + "@" + std::to_string(slow.tail_offset);
  if (Sorted(fast.problems) != Sorted(slow.problems))
    return "problems differ:\nfast:\n" + pjtest::ProblemsText(fast.problems) + "toml++:\n" +
           pjtest::ProblemsText(slow.problems);
  if (fast.not_appendable != slow.not_appendable) return "not_appendable differs";
  return "";
}

// What became of one text.
enum class Verdict { kDeclined, kAccepted, kAcceptedTorn };

// Reads `text` on both paths where the fast path takes it, else as
// ParseMonth does (no crash either way). Fails the test, showing the
// text, where the readings disagree or an invalid entry loads.
Verdict CheckAgree(const std::string& text, const std::string& label) {
  pj::MonthData fast, other;
  const bool accepted = pj::ParseMonthFast(text, kFile, &fast);
  if (accepted) {
    pj::ParseMonthToml(text, kFile, &other);
    const std::string why = Disagreement(fast, other);
    CHECK_MESSAGE(why.empty(), label << ": " << why << "\ntext: " << pj::Visible(text));
  } else {
    pj::ParseMonth(text, kFile, &other);
  }
  CHECK(other.entry_lines.size() == other.entries.size());
  for (const pj::Entry& e : other.entries) CHECK_MESSAGE(pj::ValidateEntry(e).empty(), label);
  if (!accepted) return Verdict::kDeclined;
  return fast.torn_tail ? Verdict::kAcceptedTorn : Verdict::kAccepted;
}

}  // namespace

TEST_CASE("month_reader_diff: mutated files read the same on both paths") {
  std::mt19937 rng(20261108);
  EntryMaker maker(&rng);
  Mutator mutator(&rng);
  // 2400 mutants: ~0.2 s in a release build, ~2 s under ASan+UBSan (Debug).
  constexpr int kFiles = 120, kMutantsPerFile = 20;
  int n = 0, cases = 0, accepted = 0, torn = 0;
  for (int file = 0; file < kFiles; ++file) {
    const std::string base = MonthFile(rng, maker, &n);
    REQUIRE(CheckAgree(base, "file " + std::to_string(file)) == Verdict::kAccepted);
    for (int m = 0; m < kMutantsPerFile; ++m) {
      std::string text = mutator.Mutate(base);
      if (m % 4 == 3) text = mutator.Mutate(text);  // and some with two mutations
      ++cases;
      const Verdict v = CheckAgree(text, "file " + std::to_string(file) + " mutant " + std::to_string(m));
      accepted += v != Verdict::kDeclined;
      torn += v == Verdict::kAcceptedTorn;
    }
  }
  MESSAGE(cases << " mutants, " << accepted << " accepted by the fast path, " << torn << " of them torn");
  // The test means something only if the fast path takes many of them.
  CHECK(accepted > cases / 4);
  CHECK(torn > 20);
}

// Disagreements the mutations found, kept. toml++ hands a table's keys
// over sorted by name, so the toml++ path fed fields in that order: with a
// misspelt key and a bad value in one entry it reported the bad value
// only (`ta` sorts after `breathing`), and of two bad values the first by
// name. Both paths now take fields in file order.
TEST_CASE("month_reader_diff: regressions") {
  const std::string head = pj::MonthFileHeader(2026, 11) + "\n[[entry]]  # begin\nid = \"B\"\n";
  struct Case {
    std::string text;
    std::vector<std::string> problems;  // in file order
  };
  const Case cases[] = {
      {head + "ta = 2026-11-07T04:14:21+01:00\nat = 2026-11-07T04:14:21+01:00\nbreathing = \"nuormal\"\n# end\n",
       {"unknown key 'ta' ignored", "breathing must be one of shallow, normal, deep, not 'nuormal'"}},
      {head + "at = 2026-11-07T04:14:21+01:00\nsitting_hours = 16784199279.27912\nfactorst = 1.0\n# end\n",
       {"sitting_hours must be a number from 0 to 24 (e.g. 9.5), not 16784199279.27912"}},
      {head + "at = 2026-11-07T04:14:21+01:00\nstress = 11\nintensity = 12\n# end\n",
       {"stress must be a whole number from 0 to 10, not 11"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(CheckAgree(c.text, "regression") == Verdict::kAccepted);
    pj::MonthData slow;
    pj::ParseMonthToml(c.text, kFile, &slow);
    CHECK(slow.entries.empty());
    REQUIRE(slow.problems.size() == c.problems.size());
    for (size_t i = 0; i < c.problems.size(); ++i) CHECK(slow.problems[i].message.find(c.problems[i]) != std::string::npos);
  }
}

// The fast path reads its own date-time form digit by digit and finds a
// repeated key by its row's bit; each edge here must read as toml++ reads
// it (or be declined), and the entries that load must have the same time.
TEST_CASE("month_reader_diff: date-times and repeated keys at the edges of the fast path") {
  const std::string head = pj::MonthFileHeader(2024, 2) + "\n[[entry]]  # begin\nid = \"B\"\n";
  const char* ats[] = {
      "2024-02-29T23:59:59+14:00", "2023-02-29T10:00:00+01:00", "2024-02-30T10:00:00+01:00",
      "2024-13-01T10:00:00+01:00", "2024-00-01T10:00:00+01:00", "2024-02-01T24:00:00+01:00",
      "2024-02-01T10:60:00+01:00", "2024-02-01T10:00:60+01:00", "2024-02-01T10:00:00+24:00",
      "2024-02-01T10:00:00-00:60", "2024-02-01T10:00:00-12:30", "0000-02-01T10:00:00+01:00",
      "9999-12-31T23:59:59-01:00", "2024-02-01T10:00:00.5+01:00", "2024-02-01T10:00:00Z",
      "2024-02-01t10:00:00+01:00", "2024-02-01T10:00:00+01:00x",
  };
  int loaded = 0;
  for (const char* at : ats) {
    const std::string text = head + "at = " + at + "\nintensity = 4\n# end\n";
    CheckAgree(text, at);
    pj::MonthData data;
    pj::ParseMonth(text, kFile, &data);
    loaded += !data.entries.empty();
  }
  CHECK(loaded == 6);  // the leap day, -12:30, 9999-12-31 (local), .5, Z and a lower-case t
  // A repeated table key, and a repeated unknown key, are TOML errors: declined.
  pj::MonthData fast;
  CHECK_FALSE(pj::ParseMonthFast(head + "at = 2024-02-01T10:00:00+01:00\nintensity = 4\nintensity = 5\n# end\n", kFile, &fast));
  CHECK_FALSE(pj::ParseMonthFast(head + "at = 2024-02-01T10:00:00+01:00\nfoo = 4\nfoo = 5\n# end\n", kFile, &fast));
  CHECK(pj::ParseMonthFast(head + "at = 2024-02-01T10:00:00+01:00\nfoo = 4\nbar = 5\n# end\n", kFile, &fast));
  CHECK(fast.entries.size() == 1);
}

// Keys in the order of the table are matched in place (KeyInOrder); keys
// out of order, longer keys that begin with a field's name, other spacing
// and repeats must still read as toml++ reads them, or be declined.
TEST_CASE("month_reader_diff: keys out of table order, longer keys and repeats") {
  const std::string head = pj::MonthFileHeader(2024, 2) + "\n[[entry]]  # begin\n";
  const std::string at = "at = 2024-02-01T10:00:00+01:00\n";
  struct Case {
    std::string body;
    bool fast;       // the fast path takes it
    size_t entries;  // entries that load
  };
  const Case cases[] = {
      {"id = \"B\"\n" + at + "site = \"neck\"\nintensity = 4\n", true, 1},
      {"intensity = 4\nsite = \"neck\"\n" + at + "id = \"B\"\n", true, 1},          // reversed
      {"id = \"B\"\n" + at + "sites = \"neck\"\nsite = \"jaw\"\n", true, 1},        // a longer key first
      {"id = \"B\"\n" + at + "site_x = 1\nsite-y = 2\nnotes = \"n\"\n", true, 1},   // unknown keys
      {"id = \"B\"\n" + at + "site=\"neck\"\nstress =  3\n", true, 1},              // other spacing
      {"id = \"B\"\n" + at + "site = \"neck\"\nsite = \"jaw\"\n", false, 0},      // repeated in order
      {"id = \"B\"\n" + at + "stress = 3\nsite = \"neck\"\nstress = 4\n", false, 0},  // repeated out of order
      {"id = \"B\"\n" + at + "intensity = 4\nat = 2024-02-02T10:00:00+01:00\n", false, 0},
  };
  for (const Case& c : cases) {
    const std::string text = head + c.body + "# end\n";
    CAPTURE(text);
    CheckAgree(text, "keys");
    pj::MonthData fast;
    CHECK(pj::ParseMonthFast(text, kFile, &fast) == c.fast);
    pj::MonthData data;
    pj::ParseMonth(text, kFile, &data);
    CHECK(data.entries.size() == c.entries);
  }
  // What an entry with keys in reverse order holds, field by field.
  pj::MonthData data;
  REQUIRE(pj::ParseMonthFast(head + cases[1].body + "# end\n", kFile, &data));
  REQUIRE(data.entries.size() == 1);
  CHECK(data.entries[0].id == "B");
  CHECK(data.entries[0].site == std::optional<std::string>("neck"));
  CHECK(data.entries[0].intensity() == std::optional<int>(4));
}
