// What the three parts of the month reader share (private to them):
// month_fast.cpp reads the program's own layout, month_toml.cpp everything
// else through toml++, and month_reader.cpp decides where a file ends and
// turns fields into entries with the problems a reader reports.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "painjournal/entry.h"
#include "painjournal/month_reader.h"

namespace pj {

// What the rules for the end of a file look at in one entry table, as either
// path found it. The rules live in one place (JudgeEntry), so both paths
// reach the same torn-tail verdict.
struct EntryShape {
  size_t offset = 0;         // byte offset of the line of its [[entry]] header
  int line = 0;              // where its header (or inline table) starts
  int col = 0;
  bool from_header = false;  // an [[entry]] table, not an item of `entry = [...]`
  bool begun = false;        // the header carries `# begin` (month_layout.h)
  bool ended = false;        // and its `# end` line is there
  bool has_at = false;       // it has an `at` key, whatever its value
  bool last = false;         // no entry table follows it in the file
};

// Applies the rules for the end of a file to one entry table, in file
// order: records the torn tail in `out`, and warnings about seals. False
// when the table is not to be loaded. `unparsed` is set for a piece of a
// broken file that does not parse on its own (salvage): its error, which
// is reported here, and the piece is never loaded.
bool JudgeEntry(const EntryShape& shape, const std::string& file, MonthData* out, const Problem* unparsed = nullptr);

// A file that holds only part of the header the program writes first: a
// crash cut the file's first write. Records it in `out` (torn, no entries).
bool JudgeCutFileHeader(std::string_view text, const std::string& file, MonthData* out);

// Where a field of an entry was written, to name it in problems.
struct FieldPlace {
  std::string_view key;
  const Field* field = nullptr;  // the key's row of the table, when the reader has looked it up
  int line = 0;
  int col = 0;
};

// Gives one field to the builder of an entry (EntryBuilder, the door every
// input goes through). False, with a problem, when the entry cannot load;
// an unknown key only warns.
bool AddEntryField(EntryBuilder* b, const FieldPlace& at, const RawValue& v, const std::string& file,
                   std::vector<Problem>* problems);

// Finishes an entry all of whose fields went in: `at` is required, the
// whole entry is checked (a problem names the field at fault, found in
// `places`), notes become warnings. False when it is not loaded.
bool FinishEntry(EntryBuilder* b, const EntryShape& shape, const FieldPlace* places, size_t n_places,
                 const std::string& file, Entry* e, std::vector<Problem>* problems);

// A warning when `format` is not the one this version reads.
void CheckFormat(int64_t format, int line, int col, const std::string& file, MonthData* out);

}  // namespace pj
