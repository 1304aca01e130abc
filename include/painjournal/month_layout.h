// Where the entries of a month file begin and end. Boundaries come from the
// TOML structure (strings, multi-line strings, arrays, comments), never from
// a line that merely looks like a header: a pasted `[[entry]]` inside a
// multi-line note is text, not a boundary, so salvage never cuts a value.
//
// It also knows the two seals the program writes around each entry it
// appends, which make every append self-delimiting:
//
//   [[entry]]  # begin
//   id = "..."
//   ...
//   # end
//
// An entry whose header carries `# begin` is complete only once its `# end`
// line is there. A crash can persist any prefix of an append, and every
// prefix lacks the end line, so a cut is recognised as torn even when what
// was persisted still parses (`intensity = 1` of `intensity = 10`).
// Entries without `# begin` (older files, hand-written entries) are judged
// by their content alone, as before.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace pj {

// The comment after the header, the header line and the closing line the
// program writes for each entry.
inline constexpr std::string_view kEntryBeginSeal = "# begin";
inline constexpr std::string_view kEntryHeaderSealed = "[[entry]]  # begin";
inline constexpr std::string_view kEntryEndSeal = "# end";
static_assert(kEntryHeaderSealed.substr(11) == kEntryBeginSeal);

// One [[entry]] table found at the top level of a month file.
struct EntrySpan {
  size_t offset = 0;   // byte offset of the start of its header line
  int line = 0;        // 1-based line of the header
  bool begun = false;  // the header line carries `# begin`
  bool ended = false;  // a `# end` comment line stands in the table
  bool cut_header = false;  // the text ends inside the header ("[[ent")
  // Just past the last line that belongs to the table: its `# end` seal, a
  // key/value line (a value over several lines whole) or a sub-table
  // header. A comment or blank line after it belongs to the file, not the
  // entry. Set by ScanEntries only.
  size_t end = 0;
};

// Every [[entry]] header at the top level of `text`, in file order.
std::vector<EntrySpan> ScanEntries(std::string_view text);

// Every line that looks like an entry header, whatever the structure
// around it: for salvaging a file that does not parse, whose structure
// cannot be trusted. `begun` and `ended` are not set.
std::vector<EntrySpan> ScanHeaderLines(std::string_view text);

// True when `text`, less trailing blank space, ends with an end-seal line
// and a newline follows it: the last append of the program is complete.
// Meant for the last few bytes of a file, read without parsing the rest.
bool EndsWithEndSeal(std::string_view text);

// True when the whole of `text` is a strict, non-empty prefix of the header
// the program writes at the top of a new month file (MonthFileHeader): a
// crash cut the very first write of the file.
bool IsCutFileHeader(std::string_view text);

// The factor names of a month file in the program's own layout, found
// without parsing it: every `factors = { a = 1.0, b = 2.0 }` line as
// FormatEntryToml writes it. False (names untouched) when the word
// `factors` appears anywhere else (a hand edit, a note): parse the month
// then. CSV export needs every name for its header before the first row;
// this spares it a second parse of the whole journal.
bool ScanFactorNames(std::string_view text, std::vector<std::string>* names);
// Exposed for tests: the one line of ScanFactorNames that begins at
// text[at] with the word `factors`. Appends its names to `found`; false
// when the line is not as FormatEntryToml writes it.
bool ReadFactorLine(std::string_view text, size_t at, std::vector<std::string>* found);

}  // namespace pj
