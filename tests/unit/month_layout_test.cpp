// Where entries begin (from the TOML structure) and the seals that make an
// append self-delimiting.
#include "painjournal/month_layout.h"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "painjournal/entry_toml.h"
#include "painjournal/util.h"
#include "test_util.h"

namespace {

std::vector<int> Lines(const std::vector<pj::EntrySpan>& spans) {
  std::vector<int> out;
  for (const auto& s : spans) out.push_back(s.line);
  return out;
}

}  // namespace

TEST_CASE("month_layout: headers inside strings are text, not boundaries") {
  const std::string text =
      "format = 1\n"                                   // 1
      "\n"                                             // 2
      "[[entry]]\n"                                    // 3
      "at = 2026-11-01T10:00:00+01:00\n"               // 4
      "note = \"\"\"pasted:\n"                         // 5
      "[[entry]]\n"                                    // 6: inside the note
      "at = 2026-10-01T10:00:00+01:00\n"               // 7
      "\"\"\"\n"                                       // 8
      "tags = ['''x\n"                                 // 9: a multi-line literal
      "[[entry]]'''  ]\n"                              // 10: inside a literal
      "did = [\n"                                      // 11
      "  \"walk\",  # [[entry]]\n"                     // 12: a comment in an array
      "  \"[[entry]]\",\n"                             // 13
      "]\n"                                            // 14
      "  [[ entry ]]   # hand-indented\n";             // 15
  std::vector<pj::EntrySpan> spans = pj::ScanEntries(text);
  CHECK(Lines(spans) == std::vector<int>{3, 15});
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].offset == text.find("[[entry]]"));
  CHECK(spans[1].offset == text.find("  [[ entry ]]"));
}

TEST_CASE("month_layout: an unclosed array or multi-line string does not swallow the rest") {
  SUBCASE("array") {
    const std::string text = "[[entry]]\ndid = [\"walk\",\n\n[[entry]]\nat = 2026-11-01T10:00:00+01:00\n";
    CHECK(Lines(pj::ScanEntries(text)) == std::vector<int>{1, 4});
  }
  SUBCASE("multi-line string that never closes") {
    const std::string text = "[[entry]]\nnote = \"\"\"oops\n\n[[entry]]\nat = 2026-11-01T10:00:00+01:00\n";
    CHECK(Lines(pj::ScanEntries(text)) == std::vector<int>{1, 4});
  }
  SUBCASE("single-line string that never closes") {
    const std::string text = "[[entry]]\nnote = \"oops\n[[entry]]\nnote = 'x\n[[entry]]\n";
    CHECK(Lines(pj::ScanEntries(text)) == std::vector<int>{1, 3, 5});
  }
  SUBCASE("escaped quotes and a closing run of four quotes") {
    const std::string text =
        "[[entry]]\nnote = \"\"\"a \\\"\"\" b\n[[entry]]\n\"\"\"\"\n[[entry]]\nnote = \"\\\"[[entry]]\"\n";
    CHECK(Lines(pj::ScanEntries(text)) == std::vector<int>{1, 5});
  }
}

TEST_CASE("month_layout: seals and cut headers") {
  const std::string sealed = pj::FormatEntryToml(pjtest::MakeEntry("A", "2026-11-01T10:00:00+01:00"));
  CHECK(sealed.rfind(std::string(pj::kEntryHeaderSealed) + "\n", 0) == 0);
  CHECK(sealed.size() > 6);
  CHECK(sealed.substr(sealed.size() - 6) == "# end\n");

  std::vector<pj::EntrySpan> spans = pj::ScanEntries(sealed + "\n[[entry]]\nat = 2026-11-02T10:00:00+01:00\n" +
                                                     "\n" + sealed.substr(0, sealed.size() - 7) + "\n");
  REQUIRE(spans.size() == 3);
  CHECK(spans[0].begun);
  CHECK(spans[0].ended);
  CHECK_FALSE(spans[1].begun);
  CHECK_FALSE(spans[1].ended);
  CHECK(spans[2].begun);
  CHECK_FALSE(spans[2].ended);

  // `# end` inside a multi-line string is text.
  spans = pj::ScanEntries("[[entry]]  # begin\nnote = \"\"\"\n# end\n\"\"\"\n");
  REQUIRE(spans.size() == 1);
  CHECK_FALSE(spans[0].ended);

  spans = pj::ScanEntries("[[entry]]\nat = 2026-11-02T10:00:00+01:00\n[[ent");
  REQUIRE(spans.size() == 2);
  CHECK(spans[1].cut_header);
}

TEST_CASE("month_layout: EndsWithEndSeal reads only the end of a file") {
  CHECK(pj::EndsWithEndSeal("x = 1\n# end\n"));
  CHECK(pj::EndsWithEndSeal("x = 1\n# end\n\n\n"));
  CHECK(pj::EndsWithEndSeal("x = 1\n# end  \r\n"));
  CHECK_FALSE(pj::EndsWithEndSeal("x = 1\n# end"));  // no newline after it: read the month
  CHECK_FALSE(pj::EndsWithEndSeal("x = 1\n# en\n"));
  CHECK_FALSE(pj::EndsWithEndSeal("x = 1\nnote = \"# end\"\n"));
  CHECK_FALSE(pj::EndsWithEndSeal("# end\n"));  // no line before it in the window: read the month
  CHECK_FALSE(pj::EndsWithEndSeal(""));
  CHECK_FALSE(pj::EndsWithEndSeal("\n\n"));
}

TEST_CASE("month_layout: IsCutFileHeader knows a prefix of the program's own header") {
  const std::string h = pj::MonthFileHeader(2026, 11);
  for (size_t cut = 1; cut < h.size(); ++cut) {
    CAPTURE(cut);
    CHECK(pj::IsCutFileHeader(h.substr(0, cut)));
  }
  CHECK_FALSE(pj::IsCutFileHeader(""));
  CHECK_FALSE(pj::IsCutFileHeader(h));
  CHECK_FALSE(pj::IsCutFileHeader(h + "\n"));
  CHECK_FALSE(pj::IsCutFileHeader("# my own notes\n"));
  CHECK_FALSE(pj::IsCutFileHeader(h.substr(0, 30) + "x"));
}

TEST_CASE("ScanFactorNames: the writer's factor lines, or it declines") {
  std::vector<std::string> names;
  const std::string head = "format = 1\n\n[[entry]]  # begin\nid = \"A\"\nat = 2026-11-02T08:00:00+01:00\n";
  CHECK(pj::ScanFactorNames(head + "factors = { sleep_hours = 6.5, steps = 8000.0 }\n# end\n", &names));
  CHECK(names == std::vector<std::string>{"sleep_hours", "steps"});
  names.clear();
  CHECK(pj::ScanFactorNames(head + "# end\n", &names));
  CHECK(names.empty());
  // Anything else that says `factors`: parse the month instead.
  for (const std::string& odd : {
           std::string("note = \"too many factors\"\n"),
           std::string("factors = {sleep_hours=6.5}\n"),
           std::string("factors = { sleep_hours = 6.5 } # x\n"),
           std::string("[entry.factors]\nsleep = 1.0\n"),
           std::string("note = \"\"\"\nfactors = { fake = 1.0 }\n\"\"\"\n"),
           std::string("  factors = { a = 1.0 }\n"),
           std::string("factors = { Sleep = 1.0 }\n"),
       }) {
    INFO(odd);
    names = {"kept"};
    CHECK_FALSE(pj::ScanFactorNames(head + odd + "# end\n", &names));
    CHECK(names == std::vector<std::string>{"kept"});
  }
}

namespace {

// ScanFactorNames as it was before it looked 16 bytes at a time (three
// searches with string_view::find; each line read as it still is): the
// reference for the test below.
bool ScanFactorNamesByFind(std::string_view text, std::vector<std::string>* names) {
  static constexpr std::string_view kWord = "factors";
  if (text.find("\"\"\"") != std::string_view::npos || text.find("'''") != std::string_view::npos) return false;
  std::vector<std::string> found;
  for (size_t at = text.find(kWord); at != std::string_view::npos; at = text.find(kWord, at + 1))
    if (!pj::ReadFactorLine(text, at, &found)) return false;
  names->insert(names->end(), found.begin(), found.end());
  return true;
}

}  // namespace

TEST_CASE("ScanFactorNames: the same verdict and names as three searches, wherever the pieces fall") {
  // Pieces that start or spoil a factor line or a multi-line string, put
  // together at random so that they cross the 16-byte blocks at every offset.
  const std::vector<std::string> pieces = {
      "factors = { a = 1.0 }\n", "factors = { sleep_hours = 6.5, steps = 8000.0 }\n", "\n", "x", "id = \"A\"\n",
      "\"", "\"\"", "'", "''", "f", "fa", "factor", "note = \"factors\"\n", "factors = {a=1}\n", "\"\"\"",
      "'''", "0123456789abcdef", "a", "\n\n\n\n\n\n\n",
  };
  std::mt19937 rng(2026);
  int agreed_true = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    std::vector<std::string> fast = {"kept"}, slow = {"kept"};
    const bool f = pj::ScanFactorNames(text, &fast), s = ScanFactorNamesByFind(text, &slow);
    INFO(pj::Visible(text));
    REQUIRE(f == s);
    CHECK(fast == slow);
    agreed_true += f;
  }
  CHECK(agreed_true > 1000);  // both verdicts are exercised
  CHECK(agreed_true < 19000);
}
