// Entries as JSON: key order and values, the way back, and the errors.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "painjournal/entry_json.h"
#include "test_util.h"
#include "entry_access.h"

using pjtest::At;
using pjtest::MakeEntry;

namespace {

const pj::Vocabulary& Vocab() {
  static const pj::Vocabulary v = pj::Vocabulary::BuiltIn();
  return v;
}

std::string ReadErr(const std::string& text) {
  std::vector<pj::Entry> out;
  std::string err;
  if (pj::EntriesFromJson(text, "in.json", Vocab(), &out, &err)) return "(accepted)";
  return err;
}

const char* const kAt = "\"at\":\"2026-11-21T09:14:00+01:00\"";

}  // namespace

TEST_CASE("entry_json: keys in contract order, only the fields given") {
  pj::Entry e = pjtest::FullEntry();
  e.factors = {{"a", -2}, {"sleep_hours", 5.5}};
  CHECK(pj::EntryToJson(e).dump() ==
        "{\"id\":\"01JD3QY8Z6K3T9W2M4N5P6R7S8\",\"at\":\"2026-11-21T09:14:00+01:00\",\"site\":\"neck\","
        "\"intensity\":6,\"stress\":7,\"sitting_hours\":9.5,\"breathing\":\"shallow\","
        "\"did\":[\"massage\",\"stretching\"],\"note\":\"after the long budget meeting\",\"tags\":[\"work\"],"
        "\"factors\":{\"a\":-2.0,\"sleep_hours\":5.5}}");
  CHECK(pj::EntryJsonLine(e) == pj::EntryToJson(e).dump());

  pj::Entry m = MakeEntry("X", "2026-01-02T03:04:05-05:30");
  CHECK(pj::EntryJsonLine(m) == "{\"id\":\"X\",\"at\":\"2026-01-02T03:04:05-05:30\"}");
  m.set_intensity(0);
  pjtest::Set(m, "sitting_hours", 8);
  CHECK(pj::EntryJsonLine(m) ==
        "{\"id\":\"X\",\"at\":\"2026-01-02T03:04:05-05:30\",\"intensity\":0,\"sitting_hours\":8.0}");
}

TEST_CASE("entry_json: text is escaped and UTF-8 kept") {
  pj::Entry e = MakeEntry("X", "2026-01-02T03:04:05Z");
  e.note = "say \"hi\"\n\\ caf\xC3\xA9 \xF0\x9F\x98\x80 \x01";
  CHECK(pj::EntryJsonLine(e) ==
        "{\"id\":\"X\",\"at\":\"2026-01-02T03:04:05+00:00\",\"note\":\"say \\\"hi\\\"\\n\\\\ caf\xC3\xA9 \xF0\x9F\x98\x80 "
        "\\u0001\"}");
  // One line, whatever the note holds.
  CHECK(pj::EntryJsonLine(e).find('\n') == std::string::npos);
}

TEST_CASE("entry_json: EntriesFromJson round trip") {
  std::vector<pj::Entry> entries;
  entries.push_back(pjtest::FullEntry());
  entries.push_back(MakeEntry("01MIN", "2026-03-29T02:30:00+00:00"));
  pj::Entry t = MakeEntry("01TRICKY", "2026-10-25T01:59:59-09:30");
  t.note = "=1+1, \"quoted\"\r\n\ttab \xF0\x9F\x98\x80";
  t.site = "jaw-left";
  t.did = {"walk", "tui-na"};
  t.tags = {"a b", "-x"};
  t.set_intensity(0);
  pjtest::Set(t, "stress", 10);
  pjtest::Set(t, "sitting_hours", 0.1);
  pjtest::SetWord(t, "breathing", "deep");
  t.factors = {{"neg", -1e-7}, {"z", 1e20}};
  entries.push_back(t);
  pj::Json arr = pj::Json::array();
  for (const auto& e : entries) arr.push_back(pj::EntryToJson(e));
  std::vector<pj::Entry> got;
  std::string err;
  REQUIRE_MESSAGE(pj::EntriesFromJson(arr.dump(2), "in.json", Vocab(), &got, &err), err);
  REQUIRE(got.size() == entries.size());
  for (size_t i = 0; i < entries.size(); ++i) CHECK(got[i] == entries[i]);
}

TEST_CASE("entry_json: names go through the vocabulary, ids may be missing") {
  std::vector<pj::Entry> got;
  std::string err;
  REQUIRE_MESSAGE(pj::EntriesFromJson(std::string("[{") + kAt +
                                          ",\"site\":\"Lower Back\",\"did\":[\"Tuina\",\"hot bath\",\"Sauna Time\"],"
                                          "\"breathing\":\"DEEP\",\"factors\":{\"b\":2,\"a\":1}}]",
                                      "in.json", Vocab(), &got, &err),
                  err);
  REQUIRE(got.size() == 1);
  CHECK(got[0].id == "");
  CHECK(got[0].site == std::optional<std::string>("lower-back"));
  CHECK(got[0].did == std::vector<std::string>{"tui-na", "heat", "sauna-time"});
  CHECK(pjtest::Word(got[0], "breathing") == std::optional<std::string>("deep"));
  CHECK(got[0].factors == std::vector<std::pair<std::string, double>>{{"a", 1.0}, {"b", 2.0}});
  CHECK(got[0].at.utc == At("2026-11-21T08:14:00Z").utc);
  // An empty array is no entries.
  got.clear();
  CHECK(pj::EntriesFromJson("[]", "in.json", Vocab(), &got, &err));
  CHECK(got.empty());
}

TEST_CASE("entry_json: errors") {
  const std::string at = kAt;
  struct Case {
    std::string text;
    std::string want;
  };
  const Case cases[] = {
      {"[{" + at + ",\"intensity\":\"6\"}]", "in.json: entry 1: intensity must be a whole number from 0 to 10, not \"6\""},
      {"[{" + at + ",\"intensity\":11}]", "in.json: entry 1: intensity must be a whole number from 0 to 10, not 11"},
      {"[{" + at + ",\"intensity\":5.5}]", "in.json: entry 1: intensity must be a whole number from 0 to 10, not 5.5"},
      {"[{" + at + ",\"stress\":-1}]", "in.json: entry 1: stress must be a whole number from 0 to 10, not -1"},
      {"[{" + at + ",\"sitting_hours\":25}]", "in.json: entry 1: sitting_hours must be a number from 0 to 24 (e.g. 9.5), not 25"},
      {"[{" + at + ",\"sitting_hours\":\"9\"}]", "in.json: entry 1: sitting_hours must be a number from 0 to 24"},
      {"[{" + at + ",\"breathing\":\"fast\"}]", "in.json: entry 1: breathing must be one of shallow, normal, deep"},
      {"[{" + at + ",\"did\":\"massage\"}]", "in.json: entry 1: did must be a list of strings"},
      {"[{" + at + ",\"tags\":[1]}]", "in.json: entry 1: tags must be a list of strings"},
      {"[{" + at + ",\"tags\":[\"a;b\"]}]", "in.json: entry 1: tags must be non-empty text without ';'"},
      {"[{" + at + ",\"note\":null}]", "in.json: entry 1: note must be a string"},
      {"[{" + at + ",\"site\":7}]", "in.json: entry 1: site must be a string"},
      {"[{" + at + ",\"id\":7}]", "in.json: entry 1: id must be a string"},
      {"[{" + at + ",\"factors\":{\"a\":\"x\"}}]", "in.json: entry 1: factor 'a' must be a number"},
      {"[{" + at + ",\"factors\":[1]}]", "in.json: entry 1: factors must be an object of numbers"},
      {"[{" + at + ",\"factors\":{\"Bad\":1}}]", "in.json: entry 1: factor name 'Bad' must be lower-case"},
      {"[{" + at + ",\"mood\":\"ok\"}]", "in.json: entry 1: unknown key 'mood'"},
      {"[{\"id\":\"X\"}]", "in.json: entry 1: at is missing"},
      {"[{\"at\":\"yesterday\"}]", "in.json: entry 1: at must be an RFC 3339 date-time string"},
      {"[{\"at\":20261121}]", "in.json: entry 1: at must be an RFC 3339 date-time string"},
      {"[{" + at + "}, 3]", "in.json: entry 2: each entry must be an object"},
      {"[{" + at + "}, {" + at + ",\"intensity\":-3}]", "in.json: entry 2: intensity must be"},
      {"{" + at + "}", "in.json: expected a JSON array of entries"},
      {"[{\"id\": }]", "in.json: not valid JSON at byte 9"},
      {"", "in.json: not valid JSON"},
      {"[{" + at + "}] trailing", "in.json: not valid JSON"},
  };
  for (const Case& c : cases) {
    std::string err = ReadErr(c.text);
    INFO(c.text << "\n-> " << err);
    CHECK(err.rfind(c.want, 0) == 0);
  }
}

TEST_CASE("entry_json: a number beyond the range of a double is an error at its byte, not an abort") {
  // Issue 7: `1e400` threw nlohmann's out_of_range past the catch (exit 134).
  const std::string at = kAt;
  CHECK(ReadErr("[{" + at + ",\"sitting_hours\":1e400}]") ==
        "in.json: not valid JSON at byte 52: the number 1e400 is beyond the range of a double");
  CHECK(ReadErr("[{" + at + ",\"factors\":{\"a\":-1e400}}]") ==
        "in.json: not valid JSON at byte 51: the number -1e400 is beyond the range of a double");
  std::string digits = "1" + std::string(400, '0');
  CHECK(ReadErr("[{" + at + ",\"intensity\":" + digits + "}]") ==
        "in.json: not valid JSON at byte 48: the number 1000000000000000000000000000000000000... is beyond the range "
        "of a double");
  // Below the range is not an error: it reads as 0, which round-trips.
  std::vector<pj::Entry> got;
  std::string err;
  REQUIRE(pj::EntriesFromJson("[{" + at + ",\"sitting_hours\":1e-400}]", "in.json", Vocab(), &got, &err));
  CHECK(*pjtest::Get(got.at(0), "sitting_hours") == 0.0);
}

TEST_CASE("entry_json: nesting is capped at 64 levels, with the byte where it goes deeper") {
  // Issue 7: 100,000 levels overflowed the stack (exit 139) in dump().
  std::string deep(100000, '[');
  CHECK(ReadErr(deep + std::string(100000, ']')) ==
        "in.json: JSON nested deeper than 64 levels at byte 65; an export nests 3");
  CHECK(ReadErr("[{" + std::string(kAt) + ",\"intensity\":" + deep + std::string(100000, ']') + "}]") ==
        "in.json: JSON nested deeper than 64 levels at byte 110; an export nests 3");
  CHECK(ReadErr(deep).rfind("in.json: not valid JSON at byte 100001", 0) == 0);  // unclosed: a syntax error first
  // 64 levels are read (and refused for what they hold); brackets in strings do not count.
  CHECK(ReadErr(std::string(64, '[') + std::string(64, ']')) == "in.json: entry 1: each entry must be an object");
  CHECK(ReadErr("[{" + std::string(kAt) + ",\"note\":\"" + std::string(100, '[') + "\"}]") == "(accepted)");
}

TEST_CASE("entry_json: errors quote input on one line, briefly") {
  const std::string at = kAt;
  CHECK(ReadErr("[{" + at + ",\"mo\\nod\":1}]").rfind("in.json: entry 1: unknown key 'mo\\nod'; entry keys are", 0) ==
        0);
  CHECK(ReadErr("[{" + at + ",\"factors\":{\"a\\u001b[2J\":\"x\"}}]") ==
        "in.json: entry 1: factor 'a\\x1b[2J' must be a number");
  CHECK(ReadErr("[{" + at + ",\"intensity\":[[1,2],{\"a\":3}]}]") ==
        "in.json: entry 1: intensity must be a whole number from 0 to 10, not a list");
  CHECK(ReadErr("[{" + at + ",\"stress\":\"" + std::string(100, 'x') + "\"}]") ==
        "in.json: entry 1: stress must be a whole number from 0 to 10, not \"" + std::string(36, 'x') + "...");
}
