// A text table laid out for a given width (the terminal's), so that `journal
// list` uses a wide terminal and still fits a narrow one. Pure: cells in,
// lines out; the caller decides the width and the colours.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pj {

// One column: its header and a cell per row, already made Visible.
struct TableColumn {
  std::string header;
  std::vector<std::string> cells;
  bool right = false;     // right-aligned (numbers); else left-aligned
  bool flexible = false;  // shrinks to fit the width, down to min_width
  bool wrap = false;      // a flexible cell too wide wraps onto more lines; else it is cut with "…"
  size_t min_width = 0;   // a flexible column is never narrower (nor than its widest cell if that is less)
  size_t width = 0;       // a fixed column is at least this wide
};

// The widths of the columns: a fixed column as wide as its header, widest
// cell and `width`; the flexible ones as wide as theirs when everything fits
// in `total`, else they share what is left: each at least its minimum, and
// those that need least made whole first (the longest text wraps). `fits` is false when even the
// minimums do not fit (the table is then wider than `total`).
struct TableLayout {
  std::vector<size_t> widths;
  bool fits = true;
};
TableLayout LayOutTable(const std::vector<TableColumn>& cols, size_t total);

// The lines of the table, the header's first, each without trailing
// spaces. Columns are one space apart after a right-aligned column and
// two after a left-aligned one, so that two texts never run together.
// `header_on`/`header_off` wrap every header line (bold, or nothing).
std::vector<std::string> RenderTable(const std::vector<TableColumn>& cols, const TableLayout& layout,
                                     const std::string& header_on = "", const std::string& header_off = "");

// `text` in lines of at most `width` columns, broken at spaces; a word
// longer than a line is broken where the line ends.
std::vector<std::string> WrapLines(std::string_view text, size_t width);

// For each id, the length of its shortest prefix, at least `min_len`, that
// no other id in `ids` begins with (the whole id if another equals it or
// begins with all of it): what `list --ids` shows.
std::vector<size_t> UniquePrefixLengths(const std::vector<std::string>& ids, size_t min_len);

}  // namespace pj
