// Reading a month file into entries without ever giving up on the whole
// file: a hand edit that breaks one entry must not hide the others.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "painjournal/entry.h"

namespace pj {

// Something wrong at a place in a file, shown as `FILE:LINE:COL: message`.
struct Problem {
  std::string file;
  int line = 0;
  int col = 0;
  std::string message;
};
std::string FormatProblem(const Problem& p);

struct MonthData {
  std::vector<Entry> entries;  // in file order
  std::vector<Problem> problems;
  // The last [[entry]] table is cut short: it does not parse, has no `at`,
  // or has `# begin` without `# end` (month_layout.h); or the file holds
  // only part of its header. What a crash mid-write or a half-typed edit
  // leaves. It starts at byte `tail_offset` and is not loaded.
  bool torn_tail = false;
  size_t tail_offset = 0;
  // The torn tail is certainly a cut write of the program's own: a sealed
  // entry without its `# end`, or part of the file header. Otherwise it is
  // judged by content (it does not parse, or has no `at`) and may be a
  // hand edit; `add` then sets it aside only when the file also lacks its
  // final newline, as before the seals.
  bool torn_sealed = false;
  // Why an [[entry]] table cannot be appended to this file as it is
  // (`FILE:LINE:COL: message`, also among the problems); "" when it can.
  std::string not_appendable;
  // The line (1-based) of each loaded entry's [[entry]] header, parallel to entries.
  std::vector<int> entry_lines;
};

// Parses the text of one month file. `file` names it in problems.
// Files in the layout the program writes take a fast path; anything else
// (hand edits, other TOML spellings) goes through toml++.
void ParseMonth(std::string_view text, const std::string& file, MonthData* out);

// Exposed for tests: the fast path alone. False when the text is not in
// the program's own layout (the caller then uses toml++).
bool ParseMonthFast(std::string_view text, const std::string& file, MonthData* out);
// The toml++ path alone.
void ParseMonthToml(std::string_view text, const std::string& file, MonthData* out);

}  // namespace pj
