// Taking entries out of a month file's text (undo, delete, amend): every
// other byte stays, and what is taken out is the entry as it stood.
#include "painjournal/month_edit.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "painjournal/entry_toml.h"
#include "painjournal/month_reader.h"
#include "test_util.h"

using pjtest::MakeEntry;

namespace {

// A month as `add` writes it: the header, then each entry after a blank line.
std::string Month(const std::vector<pj::Entry>& entries) {
  std::string text = pj::MonthFileHeader(2026, 11);
  for (const auto& e : entries) text += "\n" + pj::FormatEntryToml(e);
  return text;
}

pj::Entry Loaded(const std::string& text, const std::string& id) {
  pj::MonthData d;
  pj::ParseMonth(text, "m.toml", &d);
  for (const auto& e : d.entries)
    if (e.id == id) return e;
  FAIL("no entry " << id);
  return {};
}

// The hand-edited month of these tests: comments around and inside entries,
// an entry without seals in its own spacing, a note that holds lines which
// look like an entry's header and seal.
const char kHandMonth[] =
    "# my own comment at the top\n"
    "format = 1\n"
    "\n"
    "[[entry]]  # begin\n"
    "id = \"A\"\n"
    "at = 2026-11-01T10:00:00+01:00\n"
    "note = \"\"\"pasted:\n"
    "[[entry]]\n"
    "# end\n"
    "\"\"\"\n"
    "# end\n"
    "# a comment about B, kept with the file\n"
    "[[entry]]\n"
    "id    =   \"B\"   # spaced by hand\n"
    "at = 2026-11-02T10:00:00+01:00\n"
    "site = \"neck\"\n"
    "intensity = 4\n"
    "# trailing comment, not part of B\n"
    "\n"
    "[[entry]]  # begin\n"
    "id = \"C\"\n"
    "at = 2026-11-03T10:00:00+01:00\n"
    "# end\n";

}  // namespace

TEST_CASE("month_edit: removing an entry written by add gives the file as if it never was") {
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  pj::Entry b = MakeEntry("B", "2026-11-02T10:00:00+01:00");
  b.note = "the one to go";
  pj::Entry c = MakeEntry("C", "2026-11-03T10:00:00+01:00");
  pj::MonthEditResult r;
  std::string err;
  REQUIRE_MESSAGE(pj::EditMonthText(Month({a, b, c}), "m.toml", {{b, std::nullopt}}, {}, &r, &err), err);
  CHECK(r.text == Month({a, c}));
  REQUIRE(r.old_texts.size() == 1);
  CHECK(r.old_texts[0] == pj::FormatEntryToml(b));
  // The last one, and then the only one.
  REQUIRE(pj::EditMonthText(Month({a, c}), "m.toml", {{c, std::nullopt}}, {}, &r, &err));
  CHECK(r.text == Month({a}));
  REQUIRE(pj::EditMonthText(Month({a}), "m.toml", {{a, std::nullopt}}, {}, &r, &err));
  CHECK(r.text == Month({}));
  // Two at once, given in any order.
  REQUIRE(pj::EditMonthText(Month({a, b, c}), "m.toml", {{c, std::nullopt}, {a, std::nullopt}}, {}, &r, &err));
  CHECK(r.text == Month({b}));
  CHECK(r.old_texts == std::vector<std::string>{pj::FormatEntryToml(c), pj::FormatEntryToml(a)});
}

TEST_CASE("month_edit: a replacement takes the old entry's place; the rest stays") {
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  pj::Entry b = MakeEntry("B", "2026-11-02T10:00:00+01:00");
  pj::Entry c = MakeEntry("C", "2026-11-03T10:00:00+01:00");
  pj::Entry b2 = b;
  b2.site = "neck";
  b2.set_intensity(5);
  pj::MonthEditResult r;
  std::string err;
  REQUIRE(pj::EditMonthText(Month({a, b, c}), "m.toml", {{b, b2}}, {}, &r, &err));
  CHECK(r.text == Month({a, b2, c}));
  CHECK(r.old_texts == std::vector<std::string>{pj::FormatEntryToml(b)});
}

TEST_CASE("month_edit: hand formatting, comments and look-alike lines of other entries are kept byte for byte") {
  const std::string text = kHandMonth;
  pj::MonthEditResult r;
  std::string err;
  // B (no seals, its own spacing) goes: the comment before it stays (it ends
  // A's stretch of comments), so does the one after its last key.
  REQUIRE_MESSAGE(pj::EditMonthText(text, "m.toml", {{Loaded(text, "B"), std::nullopt}}, {}, &r, &err), err);
  const size_t b_begin = text.find("[[entry]]\nid    =");
  const size_t b_end = text.find("# trailing comment");
  CHECK(r.text == text.substr(0, b_begin) + text.substr(b_end));
  CHECK(r.old_texts[0] == text.substr(b_begin, b_end - b_begin));
  // A, whose note holds `[[entry]]` and `# end` lines, goes whole.
  REQUIRE(pj::EditMonthText(text, "m.toml", {{Loaded(text, "A"), std::nullopt}}, {}, &r, &err));
  const size_t a_begin = text.find("[[entry]]  # begin\nid = \"A\"");
  const size_t a_end = text.find("# a comment about B");
  CHECK(r.text == text.substr(0, a_begin - 1) + text.substr(a_end));
  CHECK(r.old_texts[0] == text.substr(a_begin, a_end - a_begin));
  // C, the last, with the blank line before it.
  REQUIRE(pj::EditMonthText(text, "m.toml", {{Loaded(text, "C"), std::nullopt}}, {}, &r, &err));
  CHECK(r.text == text.substr(0, text.find("\n[[entry]]  # begin\nid = \"C\"")));
}

TEST_CASE("month_edit: entries appended meanwhile and a torn tail stay; appending needs a sound end") {
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  pj::Entry b = MakeEntry("B", "2026-11-02T10:00:00+01:00");
  pj::Entry moved = MakeEntry("M", "2026-11-05T10:00:00+01:00");
  const std::string torn = Month({a, b}) + "\n[[entry]]  # begin\nid = \"T\"\nat = 2026-11-0";
  pj::MonthEditResult r;
  std::string err;
  REQUIRE_MESSAGE(pj::EditMonthText(torn, "m.toml", {{a, std::nullopt}}, {}, &r, &err), err);
  CHECK(r.text == Month({b}) + "\n[[entry]]  # begin\nid = \"T\"\nat = 2026-11-0");
  // An entry cannot go after a torn one: it would be buried.
  CHECK_FALSE(pj::EditMonthText(torn, "m.toml", {}, {moved}, &r, &err));
  CHECK(err == "m.toml ends in a torn entry; set it aside with `journal check --repair` first");
  // A file whose last line has no newline gets one before the entry.
  std::string no_newline = Month({a});
  no_newline.pop_back();
  REQUIRE(pj::EditMonthText(no_newline, "m.toml", {}, {moved}, &r, &err));
  CHECK(r.text == Month({a, moved}));
}

TEST_CASE("month_edit: an entry gone, changed or twice in the file is refused with the reason") {
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  pj::Entry b = MakeEntry("B", "2026-11-02T10:00:00+01:00");
  pj::MonthEditResult r;
  r.text = "untouched";
  std::string err;
  CHECK_FALSE(pj::EditMonthText(Month({a}), "m.toml", {{b, std::nullopt}}, {}, &r, &err));
  CHECK(err == "entry B is no longer in m.toml (another program changed the file meanwhile); run the command again");
  pj::Entry a_changed = a;
  a_changed.note = "what the command saw";
  CHECK_FALSE(pj::EditMonthText(Month({a}), "m.toml", {{a_changed, std::nullopt}}, {}, &r, &err));
  CHECK(err == "entry A in m.toml was changed by another program meanwhile; run the command again");
  CHECK_FALSE(pj::EditMonthText(Month({a, b, a}), "m.toml", {{a, std::nullopt}}, {}, &r, &err));
  CHECK(err == "id A is in m.toml twice (lines 5 and 15); give one a new id with `journal edit` first");
  CHECK_FALSE(pj::EditMonthText(Month({a}), "m.toml", {{a, std::nullopt}, {a, std::nullopt}}, {}, &r, &err));
  CHECK(r.text == "untouched");
}

TEST_CASE("month_edit: an entry that is not an [[entry]] table of its own is refused, not guessed at") {
  // `entry = [ {...} ]`: the entries are items of one array.
  const std::string text =
      "format = 1\nentry = [ { id = \"A\", at = 2026-11-01T10:00:00+01:00 }, "
      "{ id = \"B\", at = 2026-11-02T10:00:00+01:00 } ]\n";
  pj::MonthEditResult r;
  std::string err;
  CHECK_FALSE(pj::EditMonthText(text, "m.toml", {{Loaded(text, "A"), std::nullopt}}, {}, &r, &err));
  CHECK(err.find("m.toml:2: entry A is not an [[entry]] table the journal can take out") == 0);
}

TEST_CASE("month_edit: the removed block is the old text between seals, after a note") {
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  const std::string sealed = pj::FormatEntryToml(a);
  CHECK(pj::RemovedBlock(sealed, "removed by `journal delete`") == "\n# removed by `journal delete`\n" + sealed);
  CHECK(pj::RemovedBlock("[[entry]]\nid = \"B\"\nat = 2026-11-02T10:00:00+01:00", "x") ==
        "\n# x\n[[entry]]  # begin\nid = \"B\"\nat = 2026-11-02T10:00:00+01:00\n# end\n");
  // A header with a comment of its own keeps it.
  CHECK(pj::RemovedBlock("[[entry]] # mine\nid = \"B\"\n", "x") == "\n# x\n[[entry]] # mine\nid = \"B\"\n# end\n");
  const std::string side = pj::RemovedFileHeader("2026-11") + pj::RemovedBlock(sealed, "x");
  pj::MonthData d;
  pj::ParseMonth(side, "2026-11.toml.removed", &d);
  CHECK(d.problems.empty());
  REQUIRE(d.entries.size() == 1);
  CHECK(d.entries[0] == a);
}
