// Writing entries as TOML: exact bytes, escaping, floats, the month header,
// and that what is written reads back (with our reader and with Python's
// tomllib as an independent conforming parser).
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "painjournal/entry_toml.h"
#include "painjournal/month_reader.h"
#include "test_util.h"
#include "entry_access.h"

using pjtest::At;
using pjtest::MakeEntry;

TEST_CASE("entry_toml: a full entry is written in contract key order") {
  const std::string want =
      "[[entry]]  # begin\n"
      "id = \"01JD3QY8Z6K3T9W2M4N5P6R7S8\"\n"
      "at = 2026-11-21T09:14:00+01:00\n"
      "site = \"neck\"\n"
      "intensity = 6\n"
      "stress = 7\n"
      "sitting_hours = 9.5\n"
      "breathing = \"shallow\"\n"
      "did = [\"massage\", \"stretching\"]\n"
      "note = \"after the long budget meeting\"\n"
      "tags = [\"work\"]\n"
      "factors = { sleep_hours = 5.5, water = 2.0 }\n"
      "# end\n";
  CHECK(pj::FormatEntryToml(pjtest::FullEntry()) == want);
}

TEST_CASE("entry_toml: absent fields are not written, zero is") {
  pj::Entry e = MakeEntry("01ABC", "2026-01-02T03:04:05-05:30");
  CHECK(pj::FormatEntryToml(e) ==
        "[[entry]]  # begin\n"
        "id = \"01ABC\"\n"
        "at = 2026-01-02T03:04:05-05:30\n"
        "# end\n");

  // Zero is a value, not "absent".
  e.set_intensity(0);
  pjtest::Set(e, "stress", 0);
  pjtest::Set(e, "sitting_hours", 0.0);
  CHECK(pj::FormatEntryToml(e) ==
        "[[entry]]  # begin\n"
        "id = \"01ABC\"\n"
        "at = 2026-01-02T03:04:05-05:30\n"
        "intensity = 0\n"
        "stress = 0\n"
        "sitting_hours = 0.0\n"
        "# end\n");

  // An empty note is a recorded note; empty lists are absent.
  pj::Entry f = MakeEntry("X", "2026-06-30T23:59:59Z");
  f.note = "";
  CHECK(pj::FormatEntryToml(f) == "[[entry]]  # begin\nid = \"X\"\nat = 2026-06-30T23:59:59+00:00\nnote = \"\"\n# end\n");
}

TEST_CASE("entry_toml: TomlString escapes") {
  CHECK(pj::TomlString("") == "\"\"");
  CHECK(pj::TomlString("plain text") == "\"plain text\"");
  CHECK(pj::TomlString("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(pj::TomlString("C:\\dir\\") == "\"C:\\\\dir\\\\\"");
  CHECK(pj::TomlString("a\nb") == "\"a\\nb\"");
  CHECK(pj::TomlString("a\tb") == "\"a\\tb\"");
  CHECK(pj::TomlString("a\rb") == "\"a\\rb\"");
  CHECK(pj::TomlString("\b\f") == "\"\\b\\f\"");
  CHECK(pj::TomlString(std::string("\x01", 1)) == "\"\\u0001\"");
  CHECK(pj::TomlString(std::string("\0", 1)) == "\"\\u0000\"");
  CHECK(pj::TomlString("\x1f") == "\"\\u001F\"");
  CHECK(pj::TomlString("\x7f") == "\"\\u007F\"");
  // UTF-8 is kept as it is, not escaped.
  CHECK(pj::TomlString("caf\xC3\xA9 \xF0\x9F\x98\x80") == "\"caf\xC3\xA9 \xF0\x9F\x98\x80\"");
  CHECK(pj::TomlString("\xE4\xB8\xAD") == "\"\xE4\xB8\xAD\"");
  // Whatever goes in, the result is one line.
  CHECK(pj::TomlString("1\n2\r\n3\n").find('\n') == std::string::npos);
}

TEST_CASE("entry_toml: TomlFloat always reads back as a float") {
  CHECK(pj::TomlFloat(8) == "8.0");
  CHECK(pj::TomlFloat(0) == "0.0");
  CHECK(pj::TomlFloat(9.5) == "9.5");
  CHECK(pj::TomlFloat(-2) == "-2.0");
  CHECK(pj::TomlFloat(0.1) == "0.1");
  CHECK(pj::TomlFloat(1e20) == "1e+20");
  CHECK(pj::TomlFloat(24) == "24.0");
}

TEST_CASE("entry_toml: MonthFileHeader") {
  CHECK(pj::MonthFileHeader(2026, 3) ==
        "# painjournal: entries for 2026-03, one [[entry]] table each.\n"
        "# Plain TOML. Edit with care, then run `journal check`.\n"
        "format = 1\n");
  CHECK(pj::MonthFileHeader(987, 12).find("entries for 0987-12,") != std::string::npos);
}

namespace {

std::vector<pj::Entry> NastyEntries() {
  std::vector<pj::Entry> out;
  const std::vector<std::string> notes = {
      "quote \" backslash \\ end\\",
      "two\nlines\r\nand CRLF",
      "tab\there",
      std::string("nul\0inside", 10),
      "\x01\x02\x1f\x7f control",
      "caf\xC3\xA9 na\xC3\xAFve \xF0\x9F\x98\x80 \xE4\xB8\xAD\xE6\x96\x87",
      "\"\"\" triple ''' quotes",
      "\n[[entry]]\nid = \"fake\"\n",
      "# not a comment = 1",
      "trailing backslash \\",
      " ",
      "\\u0041 is not an escape here",
  };
  for (size_t i = 0; i < notes.size(); ++i) {
    pj::Entry e = MakeEntry("01NASTY" + std::to_string(i), "2026-11-0" + std::to_string(1 + i % 9) + "T0" +
                                                              std::to_string(i % 10) + ":15:00-03:30");
    e.note = notes[i];
    if (i % 2) {
      e.site = "jaw-\xC3\xA9";
      e.tags = {"with space", "\xF0\x9F\x8F\x83", "quote\"tag"};
      e.did = {"massage", "back\\slash"};
      e.factors = {{"a", -2.5}, {"b", 0}, {"big", 1e20}, {"tiny", 1e-7}};
      pjtest::Set(e, "sitting_hours", 0.1);
      pjtest::SetWord(e, "breathing", "deep");
      e.set_intensity(10);
      pjtest::Set(e, "stress", 0);
    }
    out.push_back(e);
  }
  return out;
}

std::string MonthText(const std::vector<pj::Entry>& entries) {
  std::string text = pj::MonthFileHeader(2026, 11);
  for (const auto& e : entries) text += "\n" + pj::FormatEntryToml(e);
  return text;
}

}  // namespace

TEST_CASE("entry_toml: nasty entries round trip through the reader") {
  std::vector<pj::Entry> entries = NastyEntries();
  std::string text = MonthText(entries);
  pj::MonthData data;
  pj::ParseMonth(text, "2026-11.toml", &data);
  INFO(pjtest::ProblemsText(data.problems));
  CHECK(data.problems.empty());
  CHECK_FALSE(data.torn_tail);
  REQUIRE(data.entries.size() == entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    INFO("entry " << i);
    CHECK(data.entries[i] == entries[i]);
  }
  // The toml++ path reads the same.
  pj::MonthData slow;
  pj::ParseMonthToml(text, "2026-11.toml", &slow);
  CHECK(slow.problems.empty());
  REQUIRE(slow.entries.size() == entries.size());
  for (size_t i = 0; i < entries.size(); ++i) CHECK(slow.entries[i] == entries[i]);
}

namespace {

const char* const kPyDump = R"PY(
import sys, tomllib, json, datetime
with open(sys.argv[1], 'rb') as f:
    doc = tomllib.load(f)
def conv(v):
    if isinstance(v, bool): return ["bool", v]
    if isinstance(v, int): return ["int", v]
    if isinstance(v, float): return ["float", repr(v)]
    if isinstance(v, str): return ["str", v]
    if isinstance(v, datetime.datetime):
        if v.tzinfo is None: return ["local-datetime", v.isoformat()]
        return ["datetime", int(v.timestamp()), int(v.utcoffset().total_seconds()) // 60]
    if isinstance(v, list): return ["list", [conv(x) for x in v]]
    if isinstance(v, dict): return ["table", [[k, conv(x)] for k, x in v.items()]]
    return ["other", str(v)]
out = {"top": [[k, conv(v)] for k, v in doc.items() if k != "entry"],
       "entry": [[[k, conv(v)] for k, v in e.items()] for e in doc.get("entry", [])]}
print(json.dumps(out, ensure_ascii=True))
)PY";

using OJson = nlohmann::ordered_json;

OJson Str(const std::string& s) { return OJson::array({"str", s}); }
OJson StrList(const std::vector<std::string>& v) {
  OJson items = OJson::array();
  for (const auto& s : v) items.push_back(Str(s));
  return OJson::array({"list", items});
}

// What a conforming parser must see for `e`, keys in contract order.
OJson Expected(const pj::Entry& e) {
  OJson o = OJson::array();
  auto add = [&](const char* k, OJson v) { o.push_back(OJson::array({k, v})); };
  add("id", Str(e.id));
  add("at", OJson::array({"datetime", e.at.utc, e.at.offset_min}));
  if (e.site) add("site", Str(*e.site));
  if (e.intensity()) add("intensity", OJson::array({"int", *e.intensity()}));
  if (auto v = pjtest::Get(e, "stress")) add("stress", OJson::array({"int", static_cast<int>(*v)}));
  if (auto v = pjtest::Get(e, "sitting_hours")) add("sitting_hours", OJson::array({"float", *v}));
  if (auto w = pjtest::Word(e, "breathing")) add("breathing", Str(*w));
  if (!e.did.empty()) add("did", StrList(e.did));
  if (e.note) add("note", Str(*e.note));
  if (!e.tags.empty()) add("tags", StrList(e.tags));
  if (!e.factors.empty()) {
    OJson t = OJson::array();
    for (const auto& [k, v] : e.factors) t.push_back(OJson::array({k, OJson::array({"float", v})}));
    add("factors", OJson::array({"table", t}));
  }
  return o;
}

// Python gives floats as repr text; turn them into numbers to compare.
void FloatsToNumbers(OJson* j) {
  if (j->is_array() && j->size() == 2 && (*j)[0] == "float" && (*j)[1].is_string()) {
    (*j)[1] = std::strtod((*j)[1].get<std::string>().c_str(), nullptr);
    return;
  }
  if (j->is_array() || j->is_object())
    for (auto& x : *j) FloatsToNumbers(&x);
}

}  // namespace

TEST_CASE("entry_toml: a conforming TOML parser (python tomllib) reads the same values") {
  if (!pjtest::HavePython()) {
    MESSAGE("python3 with tomllib is not installed; independent parser check skipped");
    return;
  }
  pjtest::TempDir dir;
  std::vector<pj::Entry> entries = NastyEntries();
  entries.push_back(pjtest::FullEntry());
  pj::Entry z = MakeEntry("01ZONE", "2026-11-30T23:59:59+14:00");
  pjtest::Set(z, "sitting_hours", 24);
  entries.push_back(z);
  std::string text = MonthText(entries);
  pjtest::Spit(dir / "2026-11.toml", text);
  std::string out;
  int rc = pjtest::RunPython(dir, kPyDump, "'" + (dir / "2026-11.toml") + "'", &out);
  INFO(out);
  REQUIRE(rc == 0);
  OJson got = OJson::parse(out);
  FloatsToNumbers(&got);
  CHECK(got["top"] == OJson::parse(R"([["format", ["int", 1]]])"));
  REQUIRE(got["entry"].size() == entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    INFO("entry " << i);
    CHECK(got["entry"][i].dump() == Expected(entries[i]).dump());
  }
}
