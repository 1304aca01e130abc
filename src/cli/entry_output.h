// Writes a stream of entries in one of the formats `list` and `export`
// share, month by month, so no command needs the whole journal in memory.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "context.h"
#include "painjournal/entry.h"

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
};

// A table row for one entry, at most 80 columns.
std::string TableRow(const Entry& e);
std::string TableHeader();

}  // namespace pj
