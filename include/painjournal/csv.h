// Entries as RFC 4180 CSV for spreadsheets, and back. The formula guard
// keeps a note such as "=HYPERLINK(...)" from running in a spreadsheet.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "painjournal/entry.h"
#include "painjournal/text_buf.h"
#include "painjournal/vocab.h"

namespace pj {

// The header row's columns: the fixed ones, then `factor.NAME` (sorted).
std::vector<std::string> CsvColumns(const std::vector<std::string>& factor_names);
// One cell: guarded (unless raw) when it is text that starts with = + - @,
// a tab or a carriage return, and quoted when it needs to be.
std::string CsvCell(std::string_view text, bool is_text, bool raw);
std::string CsvHeaderLine(const std::vector<std::string>& factor_names);
std::string CsvRow(const Entry& e, const std::vector<std::string>& factor_names, bool raw);
// The same, appended to `out` (an export writes a month of rows at once).
void AppendCsvRow(const Entry& e, const std::vector<std::string>& factor_names, bool raw, std::string* out);
void AppendCsvRow(const Entry& e, const std::vector<std::string>& factor_names, bool raw, TextBuf* out);

// Splits CSV text into rows of cells, split at `sep`; `line_of_row` gets
// each row's first line. False on an unterminated quote (err names the line).
bool SplitCsv(std::string_view text, std::vector<std::vector<std::string>>* rows, std::vector<int>* line_of_row,
              std::string* err, char sep = ',');
// The cell separator of CSV text, from its header row: ';' when the row
// has more ';' than ',' outside quotes (what spreadsheets save in locales
// whose decimal mark is a comma), else ','.
char DetectCsvSeparator(std::string_view text);
// Reads an export back, comma- or semicolon-separated (in the latter,
// numbers may have a decimal comma: 9,5). Site and action names go through
// `vocab`; names it does not know are an error unless `allow_new` (then
// kept as they are). `source` names the input in errors.
bool EntriesFromCsv(std::string_view text, const std::string& source, const Vocabulary& vocab,
                    std::vector<Entry>* out, std::string* err, bool allow_new = true,
                    NewHint hint = NewHint::kImport);

}  // namespace pj
