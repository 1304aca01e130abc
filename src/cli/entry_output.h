// Writes a stream of entries in one of the formats `list` and `export`
// share, month by month, so no command needs the whole journal in memory;
// and `list`'s table, which is laid out from all its rows at once.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "context.h"
#include "painjournal/entry.h"
#include "painjournal/text_buf.h"

namespace pj {

enum class EntryFormat { kTable, kCsv, kJson, kToml };
bool ParseEntryFormat(const std::string& s, EntryFormat* out);

class EntryWriter {
 public:
  // `factor_names` are the CSV's factor columns; `raw` turns off the CSV
  // formula guard.
  EntryWriter(std::ostream& out, EntryFormat format, std::vector<std::string> factor_names, bool raw,
              const Style& style);
  void Begin();
  void Write(const std::vector<Entry>& entries);
  void End();
  size_t count() const { return count_; }

 private:
  std::ostream& out_;
  EntryFormat format_;
  std::vector<std::string> factor_names_;
  bool raw_;
  Style style_;
  size_t count_ = 0;
  std::vector<Entry> table_;
  TextBuf buf_;  // a month of CSV or JSON, kept for the next month
};

// `list`'s table: a column per field some entry has (WHEN and SITE
// always), notes last, laid out for `width` columns (table.h). When the
// texts cannot have a column each, did, tags, factors and note share one.
// `id_lengths`, one per entry, adds the ID column: that much of each id.
std::string FormatTable(const std::vector<Entry>& entries, size_t width, const std::vector<size_t>* id_lengths,
                        const Style& style);

}  // namespace pj
