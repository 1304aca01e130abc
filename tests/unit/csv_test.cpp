// CSV export and import: the exact layout of SPEC section 3, RFC 4180
// quoting, the formula guard, and reading an export back.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "painjournal/csv.h"
#include "test_util.h"
#include "entry_access.h"

using pjtest::At;
using pjtest::MakeEntry;

namespace {

const pj::Vocabulary& Vocab() {
  static const pj::Vocabulary v = pj::Vocabulary::BuiltIn();
  return v;
}

std::vector<pj::Entry> Read(const std::string& text, std::string* err) {
  std::vector<pj::Entry> out;
  err->clear();
  if (!pj::EntriesFromCsv(text, "in.csv", Vocab(), &out, err)) out.clear();
  return out;
}

const char* const kHeader = "id,at,date,time,site,intensity,stress,sitting_hours,breathing,did,note,tags";

}  // namespace

TEST_CASE("csv: header columns, factors after the fixed ones") {
  CHECK(pj::CsvHeaderLine({}) == std::string(kHeader) + "\n");
  CHECK(pj::CsvHeaderLine({"a", "sleep_hours"}) == std::string(kHeader) + ",factor.a,factor.sleep_hours\n");
  std::vector<std::string> cols = pj::CsvColumns({"water"});
  REQUIRE(cols.size() == 13);
  CHECK(cols.front() == "id");
  CHECK(cols[11] == "tags");
  CHECK(cols.back() == "factor.water");
}

TEST_CASE("csv: a full row") {
  pj::Entry e = pjtest::FullEntry();
  e.did = {"massage", "stretching"};
  e.note = "after the meeting, \"big\" one";
  e.tags = {"work", "travel"};
  e.factors = {{"a", -2}, {"sleep_hours", 5.5}};
  CHECK(pj::CsvRow(e, {"a", "sleep_hours", "water"}, false) ==
        "01JD3QY8Z6K3T9W2M4N5P6R7S8,2026-11-21T09:14:00+01:00,2026-11-21,09:14,neck,6,7,9.5,shallow,"
        "massage;stretching,\"after the meeting, \"\"big\"\" one\",work;travel,-2,5.5,\n");
}

TEST_CASE("csv: absent fields are empty cells") {
  pj::Entry e = MakeEntry("X", "2026-01-02T03:04:05-05:30");
  CHECK(pj::CsvRow(e, {}, false) == "X,2026-01-02T03:04:05-05:30,2026-01-02,03:04,,,,,,,,\n");
  CHECK(pj::CsvRow(e, {"a"}, false) == "X,2026-01-02T03:04:05-05:30,2026-01-02,03:04,,,,,,,,,\n");
  // Zero is not absent.
  e.set_intensity(0);
  pjtest::Set(e, "sitting_hours", 0);
  CHECK(pj::CsvRow(e, {}, false) == "X,2026-01-02T03:04:05-05:30,2026-01-02,03:04,,0,,0,,,,\n");
  // The local date and time are those of the entry's own offset.
  pj::Entry late = MakeEntry("Y", "2026-11-01T00:30:00+01:00");
  CHECK(pj::CsvRow(late, {}, false) == "Y,2026-11-01T00:30:00+01:00,2026-11-01,00:30,,,,,,,,\n");
}

TEST_CASE("csv: RFC 4180 quoting") {
  CHECK(pj::CsvCell("plain", true, false) == "plain");
  CHECK(pj::CsvCell("", true, false) == "");
  CHECK(pj::CsvCell("a,b", true, false) == "\"a,b\"");
  CHECK(pj::CsvCell("say \"hi\"", true, false) == "\"say \"\"hi\"\"\"");
  CHECK(pj::CsvCell("two\nlines", true, false) == "\"two\nlines\"");
  CHECK(pj::CsvCell("cr\rhere", true, false) == "\"cr\rhere\"");
  CHECK(pj::CsvCell("semi;colon 'quote'", true, false) == "semi;colon 'quote'");
  CHECK(pj::CsvCell("caf\xC3\xA9 \xF0\x9F\x98\x80", true, false) == "caf\xC3\xA9 \xF0\x9F\x98\x80");
  pj::Entry e = MakeEntry("X", "2026-01-02T03:04:05Z");
  e.note = "l1\nl2";
  CHECK(pj::CsvRow(e, {}, false) == "X,2026-01-02T03:04:05+00:00,2026-01-02,03:04,,,,,,,\"l1\nl2\",\n");
}

TEST_CASE("csv: formula guard on text cells") {
  CHECK(pj::CsvCell("=SUM(A1:A9)", true, false) == "'=SUM(A1:A9)");
  CHECK(pj::CsvCell("+1", true, false) == "'+1");
  CHECK(pj::CsvCell("-x", true, false) == "'-x");
  CHECK(pj::CsvCell("@cmd", true, false) == "'@cmd");
  CHECK(pj::CsvCell("\tx", true, false) == "'\tx");
  CHECK(pj::CsvCell("\rx", true, false) == "\"'\rx\"");
  CHECK(pj::CsvCell("=a,b", true, false) == "\"'=a,b\"");
  CHECK(pj::CsvCell("=\"x\"", true, false) == "\"'=\"\"x\"\"\"");
  // Only the first character counts.
  CHECK(pj::CsvCell("a=b", true, false) == "a=b");
  CHECK(pj::CsvCell(" =b", true, false) == " =b");
  // Numbers are not guarded.
  CHECK(pj::CsvCell("-2", false, false) == "-2");
  // raw turns it off.
  CHECK(pj::CsvCell("=SUM(A1)", true, true) == "=SUM(A1)");
  CHECK(pj::CsvCell("=a,b", true, true) == "\"=a,b\"");

  pj::Entry e = MakeEntry("X", "2026-01-02T03:04:05Z");
  e.note = "=HYPERLINK(\"http://x\")";
  e.tags = {"-minus", "ok"};
  e.did = {"@home"};
  e.factors = {{"delta", -1.5}};
  CHECK(pj::CsvRow(e, {"delta"}, false) ==
        "X,2026-01-02T03:04:05+00:00,2026-01-02,03:04,,,,,,'@home,\"'=HYPERLINK(\"\"http://x\"\")\",'-minus;ok,-1.5\n");
  CHECK(pj::CsvRow(e, {"delta"}, true) ==
        "X,2026-01-02T03:04:05+00:00,2026-01-02,03:04,,,,,,@home,\"=HYPERLINK(\"\"http://x\"\")\",-minus;ok,-1.5\n");
}

TEST_CASE("csv: EntriesFromCsv reads a row and undoes the guard") {
  std::string text = std::string(kHeader) + ",factor.delta\n" +
                     "X,2026-01-02T03:04:05-05:30,2026-01-02,03:04,Lower Back,3,4,7.25,Deep,Massage;tuina walk,"
                     "'=1+1,'-a;b,-0.5\n";
  std::string err;
  std::vector<pj::Entry> got = Read(text, &err);
  INFO(err);
  REQUIRE(got.size() == 1);
  pj::Entry want = MakeEntry("X", "2026-01-02T03:04:05-05:30");
  want.site = "lower-back";
  want.set_intensity(3);
  pjtest::Set(want, "stress", 4);
  pjtest::Set(want, "sitting_hours", 7.25);
  pjtest::SetWord(want, "breathing", "deep");
  want.did = {"massage", "tuina-walk"};  // a name the vocabulary does not know is kept, canonical
  want.note = "=1+1";
  want.tags = {"-a", "b"};
  want.factors = {{"delta", -0.5}};
  CHECK(got[0] == want);
}

TEST_CASE("csv: tricky entries round trip") {
  std::vector<pj::Entry> entries;
  const std::vector<std::string> notes = {
      "comma, and \"quotes\"",
      "two\nlines\r\nand CRLF\rand CR",
      "=SUM(A1)",
      "+plus",
      "-minus",
      "@at",
      "\ttab first",
      "\rcr first",
      "'quote first",
      "'=already guarded looking",
      "''=twice",
      "-",
      "caf\xC3\xA9 \xF0\x9F\x98\x80",
      "trailing newline\n",
      "\"",
      ",",
  };
  for (size_t i = 0; i < notes.size(); ++i) {
    pj::Entry e = MakeEntry("01CSV" + std::to_string(i), "2026-11-0" + std::to_string(1 + i % 9) + "T2" +
                                                             std::to_string(i % 4) + ":59:00+0" + std::to_string(i % 10) + ":30");
    e.note = notes[i];
    if (i % 2) {
      e.site = "neck";
      e.set_intensity(static_cast<int>(i % 11));
      pjtest::Set(e, "stress", 0);
      pjtest::Set(e, "sitting_hours", 0.1 * static_cast<double>(i));
      pjtest::SetWord(e, "breathing", "normal");
      e.did = {"massage", "walk"};
      e.tags = {"=tag", "with space", "-"};
      e.factors = {{"a", -1e-7}, {"zz", 123456789.125}};
    } else {
      e.factors = {{"m", -3}};
    }
    entries.push_back(e);
  }
  for (bool raw : {false}) {
    std::string text = pj::CsvHeaderLine({"a", "m", "zz"});
    for (const auto& e : entries) text += pj::CsvRow(e, {"a", "m", "zz"}, raw);
    std::string err;
    std::vector<pj::Entry> got = Read(text, &err);
    INFO(err << "\n" << text);
    REQUIRE(got.size() == entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
      INFO("entry " << i << " note [" << *entries[i].note << "]");
      CHECK(got[i] == entries[i]);
    }
  }
}

TEST_CASE("csv: a byte-order mark, CRLF rows and blank lines are accepted") {
  std::string text = "\xEF\xBB\xBFid,at,site\r\n\r\nA,2026-11-01T10:00:00+01:00,neck\r\n\nB,2026-11-02T10:00:00+01:00,\r\n";
  std::string err;
  std::vector<pj::Entry> got = Read(text, &err);
  INFO(err);
  REQUIRE(got.size() == 2);
  CHECK(got[0].id == "A");
  CHECK(got[0].site == std::optional<std::string>("neck"));
  CHECK(got[1].id == "B");
  CHECK_FALSE(got[1].site.has_value());
  CHECK(got[1].at.utc == At("2026-11-02T09:00:00Z").utc);
  CHECK(got[1].at.offset_min == 60);
}

TEST_CASE("csv: a header alone, an empty input") {
  std::string err;
  CHECK(Read(std::string(kHeader) + "\n", &err).empty());
  CHECK(err.empty());
  std::vector<pj::Entry> out;
  CHECK(pj::EntriesFromCsv("", "in.csv", Vocab(), &out, &err));
  CHECK(out.empty());
}

TEST_CASE("csv: errors name the line and the column") {
  const std::string head = std::string(kHeader) + "\n";
  const std::string ok_row = "A,2026-11-01T10:00:00+01:00,,,neck,5,,,,,,\n";
  struct Case {
    std::string text;
    std::string want;  // a prefix
    std::string also;  // text the message must hold
  };
  const Case cases[] = {
      {head + ok_row + "B,2026-11-01T10:00:00+01:00,,,neck,11,,,,,,\n", "in.csv:3: ", "intensity"},
      {head + "B,2026-11-01T10:00:00+01:00,,,neck,,x,,,,,\n", "in.csv:2: ", "stress"},
      {head + "B,2026-11-01T10:00:00+01:00,,,neck,,,25,,,,\n", "in.csv:2: ", "sitting"},
      {head + "B,2026-11-01T10:00:00+01:00,,,neck,,,,fast,,,\n", "in.csv:2: ", "breathing"},
      {head + "B,yesterday,,,neck,,,,,,,\n", "in.csv:2: at: ", "RFC 3339"},
      {head + "B,2026-11-01T10:00:00+01:00,,,neck,,,,\n", "in.csv:2: ", "has 9 cells, the header 12"},
      // A note over three lines: the next row starts on line 5.
      {head + "A,2026-11-01T10:00:00+01:00,,,neck,5,,,,,\"one\ntwo\nthree\",\n" +
           "B,2026-11-01T10:00:00+01:00,,,neck,99,,,,,,\n",
       "in.csv:5: ", "intensity"},
      {std::string(kHeader) + ",factor.sleep\n" + "B,2026-11-01T10:00:00+01:00,,,neck,,,,,,,,lots\n", "in.csv:2: ",
       "factor.sleep must be a number, not 'lots'"},
      {head + "B,2026-11-01T10:00:00+01:00,,,neck,,,,,massage;--,,\n", "in.csv:2: ", "did"},
      {head + "\xC3(,2026-11-01T10:00:00+01:00,,,neck,,,,,,,\n", "in.csv:2: ", "id must be valid UTF-8"},
      {head + "B,2026-11-01T10:00:00+01:00,,,neck,,,,,,caf\xE9,\n", "in.csv:2: ", "note must be valid UTF-8"},
      {"id,at,mood\n", "in.csv:1: unknown column 'mood'", ""},
      {"id,at,factor.Bad\n", "in.csv:1: unknown column 'factor.Bad'", ""},
      {"id,site\nA,neck\n", "in.csv:1: the header has no 'at' column", ""},
      {head + ok_row + "B,2026-11-01T10:00:00+01:00,,,neck,,,,,,\"never closed,\n\n", "in.csv: line 3: ",
       "never closed"},
  };
  for (const Case& c : cases) {
    std::string err;
    std::vector<pj::Entry> got = Read(c.text, &err);
    INFO(c.text << "\n-> " << err);
    CHECK(got.empty());
    CHECK(err.rfind(c.want, 0) == 0);
    CHECK(err.find(c.also) != std::string::npos);
  }
}

TEST_CASE("csv: SplitCsv") {
  std::vector<std::vector<std::string>> rows;
  std::vector<int> lines;
  std::string err;
  REQUIRE(pj::SplitCsv("a,\"b\nc\",\"\"\"\"\n\nd,,\r\ne", &rows, &lines, &err));
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"a", "b\nc", "\""});
  CHECK(rows[1] == std::vector<std::string>{"d", "", ""});
  CHECK(rows[2] == std::vector<std::string>{"e"});
  CHECK(lines == std::vector<int>{1, 4, 5});
  CHECK_FALSE(pj::SplitCsv("a\n\"b\n", &rows, &lines, &err));
  CHECK(err.find("line 2") != std::string::npos);
}

TEST_CASE("csv: ';'-separated input, as spreadsheets save it in many locales") {
  CHECK(pj::DetectCsvSeparator("at;site;intensity\n1,2,3\n") == ';');
  CHECK(pj::DetectCsvSeparator("at,site,\"a;b;c\"\n") == ',');
  CHECK(pj::DetectCsvSeparator(std::string(kHeader) + "\n") == ',');
  std::string err;
  auto es = Read("at;site;intensity;sitting_hours;did;note;factor.sleep_hours\n"
                 "2026-11-20T10:00:00+01:00;Neck;4;9,5;\"massage;walk\";\"a, b; c\";6,25\n",
                 &err);
  REQUIRE_MESSAGE(es.size() == 1, err);
  CHECK(*es[0].site == "neck");
  CHECK(*es[0].Value(pj::ScalarSlot("sitting_hours")) == 9.5);
  CHECK(es[0].did == std::vector<std::string>{"massage", "walk"});
  CHECK(*es[0].note == "a, b; c");
  CHECK(es[0].factors == pj::Factors{{"sleep_hours", 6.25}});
  // A comma in a number of a ','-separated file is a cell boundary, as before.
  es = Read("at,site,intensity\n2026-11-20T10:00:00+01:00,neck,4,5\n", &err);
  CHECK(es.empty());
}

TEST_CASE("csv: unknown names are an error unless new names are allowed") {
  const std::string text = "at,site,intensity,did\n2026-11-20T10:00:00+01:00,nekc,4,walk\n";
  std::vector<pj::Entry> out;
  std::string err;
  CHECK_FALSE(pj::EntriesFromCsv(text, "in.csv", Vocab(), &out, &err, false));
  CHECK(err == "in.csv:2: unknown site 'nekc'; did you mean 'neck'? (see `journal vocab`; import --new adds the names "
               "it does not know)");
  out.clear();
  REQUIRE(pj::EntriesFromCsv(text, "in.csv", Vocab(), &out, &err, true));
  CHECK(*out[0].site == "nekc");
}
