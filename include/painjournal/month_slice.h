// The part of a month file that can hold entries of a few days, cut out of
// its text before parsing. `journal due --prompt` runs at every shell
// prompt and needs the last two or three days of a month that may hold
// 8,000 entries (a million-entry journal); parsing only those keeps it
// near the cost of starting the program.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pj {

// Copies into `out` the header of a month file's `text` and every
// [[entry]] table whose `at` is at or after the UTC instant `since`;
// parsing `out` then gives exactly the entries of `text` from `since` on
// (the program's own month files are in the order written, not in time
// order, so every table is looked at). False, and
// `out` untouched, when the text is not plainly in the program's layout (a
// multi-line string, a sub-table, an entry without its `at = DATE` line,
// no entry at all, a quoted key): the caller then parses the whole text.
// With `only_done`, only tables with a `did` line are kept: the entries
// that can open or close a follow-up (most entries record no action).
bool SliceMonth(std::string_view text, int64_t since, std::string* out, bool only_done = false);

// The same over a text that arrives in pieces of any size (a file read in
// small blocks: a 1.5 MB month read whole cost more in fresh pages than
// everything else `due --prompt` does).
class MonthSlicer {
 public:
  explicit MonthSlicer(int64_t since, bool only_done = false);
  void Feed(std::string_view piece);
  // As SliceMonth, over everything fed.
  bool Finish(std::string* out);

 private:
  void Line(std::string_view line);  // one line with its newline (the last may lack it)
  void CloseTable();
  int64_t since_;
  bool only_done_;
  // Local dates before `lo_` are before `since` whatever their offset, and
  // after `hi_` after it; a date in between is decided by its instant.
  std::string lo_, hi_;
  std::string partial_;  // a line cut by the end of a piece
  std::string table_;    // the table being read, until its `at` decides
  std::string out_;
  bool in_table_ = false, has_at_ = false, has_did_ = false, keep_ = false, any_table_ = false, declined_ = false;
};

}  // namespace pj
