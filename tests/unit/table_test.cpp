#include <doctest/doctest.h>

#include "painjournal/table.h"

using namespace pj;
using Lines = std::vector<std::string>;

TEST_CASE("table: wrap at spaces, break a word longer than the line") {
  CHECK(WrapLines("after the long budget meeting", 12) == Lines{"after the", "long budget", "meeting"});
  CHECK(WrapLines("posture-break", 10) == Lines{"posture-br", "eak"});
  CHECK(WrapLines("a posture-break", 10) == Lines{"a", "posture-br", "eak"});
  CHECK(WrapLines("", 10) == Lines{""});
  // Widths count code points, not bytes, and a break never splits one.
  CHECK(WrapLines("épaule épaule", 6) == Lines{"épaule", "épaule"});
  CHECK(WrapLines("ééééé", 2) == Lines{"éé", "éé", "é"});
}

TEST_CASE("table: natural widths when everything fits") {
  TableColumn when{"WHEN", {"2026-11-20 09:14"}};
  TableColumn pain{"PAIN", {"6"}, true};
  TableColumn note{"NOTE", {"after the long budget meeting"}, false, true, true, 10};
  TableLayout l = LayOutTable({when, pain, note}, 120);
  CHECK(l.fits);
  CHECK(l.widths == std::vector<size_t>{16, 4, 29});
  // Two spaces after a left-aligned column, one after a right-aligned one.
  CHECK(RenderTable({when, pain, note}, l) ==
        Lines{"WHEN              PAIN NOTE", "2026-11-20 09:14     6 after the long budget meeting"});
}

TEST_CASE("table: the text columns share what is left, the shortest made whole first; the rest wraps") {
  TableColumn when{"WHEN", {"2026-11-20 09:14"}};
  TableColumn did{"DID", {"massage, stretching"}, false, true, true, 10};
  TableColumn note{"NOTE", {"after the long budget meeting with the whole team"}, false, true, true, 10};
  // 16 + 2 + did + 2 + note = 60: 40 for the two texts.
  TableLayout l = LayOutTable({when, did, note}, 60);
  CHECK(l.fits);
  CHECK(l.widths[1] + l.widths[2] == 40);
  CHECK(l.widths[1] == 19);  // all it needs; the note takes the rest and wraps
  Lines lines = RenderTable({when, did, note}, l);
  for (const std::string& line : lines) CHECK(line.size() <= 60);
  CHECK(lines.size() == 4);  // the header and a row of three lines
  CHECK(lines[2] == std::string(16 + 2 + 19 + 2, ' ') + "meeting with the");
  CHECK(lines[3] == std::string(16 + 2 + 19 + 2, ' ') + "whole team");
}

TEST_CASE("table: too narrow for the minimums") {
  TableColumn when{"WHEN", {"2026-11-20 09:14"}};
  TableColumn note{"NOTE", {"a long note here"}, false, true, true, 10};
  TableLayout l = LayOutTable({when, note}, 20);
  CHECK_FALSE(l.fits);
  CHECK(l.widths == std::vector<size_t>{16, 10});
  // A column that is not allowed to wrap is cut with an ellipsis.
  TableColumn site{"SITE", {"shoulder-right"}, false, true, false, 6};
  TableLayout s = LayOutTable({site}, 6);
  CHECK(RenderTable({site}, s) == Lines{"SITE", "shoul…"});
}

TEST_CASE("table: unique id prefixes, at least the minimum") {
  std::vector<std::string> ids = {"01ABCDEFGH", "01ABCDXXXX", "01ZZZZZZZZ", "01ABCDEFGX"};
  CHECK(UniquePrefixLengths(ids, 6) == std::vector<size_t>{10, 7, 6, 10});
  CHECK(UniquePrefixLengths(ids, 3) == std::vector<size_t>{10, 7, 3, 10});
  // An id equal to another, or the prefix of one, is shown whole.
  CHECK(UniquePrefixLengths({"ABCDEFG", "ABCDEFG"}, 6) == std::vector<size_t>{7, 7});
  CHECK(UniquePrefixLengths({"ABCDEF", "ABCDEFGH"}, 4) == std::vector<size_t>{6, 7});
  CHECK(UniquePrefixLengths({"ABC"}, 6) == std::vector<size_t>{3});
  CHECK(UniquePrefixLengths({}, 6).empty());
}
