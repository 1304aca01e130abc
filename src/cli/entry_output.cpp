#include "entry_output.h"

#include <fmt/format.h>

#include "painjournal/csv.h"
#include "painjournal/entry_json.h"
#include "painjournal/entry_toml.h"
#include "painjournal/util.h"

namespace pj {

bool ParseEntryFormat(const std::string& s, EntryFormat* out) {
  if (s == "table") *out = EntryFormat::kTable;
  else if (s == "csv") *out = EntryFormat::kCsv;
  else if (s == "json") *out = EntryFormat::kJson;
  else if (s == "toml") *out = EntryFormat::kToml;
  else return false;
  return true;
}

namespace {

// The scalar fields with a column in the table, in table order: numbers
// right-aligned, words left-aligned.
template <typename Fn>
void ForEachColumn(Fn fn) {
  int slot = 0;
  for (const Field& f : kFields) {
    if (!IsScalar(f.kind)) continue;
    if (!f.list_header.empty()) fn(f, slot);
    ++slot;
  }
}

size_t RestWidth() {
  size_t used = 16 + 2 + 14;
  ForEachColumn([&](const Field& f, int) { used += 1 + static_cast<size_t>(f.list_width); });
  return 80 - used - 1;
}

}  // namespace

std::string TableHeader() {
  std::string out = PadRight("WHEN", 16) + "  " + PadRight("SITE", 14);
  ForEachColumn([&](const Field& f, int) {
    const size_t w = static_cast<size_t>(f.list_width);
    out += " " + (f.kind == FieldKind::kWord ? PadRight(f.list_header, w) : AlignRight(f.list_header, w));
  });
  return out + " DID / NOTE";
}

// Every text field goes through Visible before it is fitted to its column:
// a newline cannot break the row, an escape sequence cannot reach the
// terminal, and the widths count what is shown.
std::string TableRow(const Entry& e) {
  std::string when = FormatDate(LocalDate(e.at)) + " " + FormatClock(e.at);
  std::string rest = Visible(Join(e.did, ","));
  if (e.note) rest += (rest.empty() ? "" : " · ") + Visible(*e.note);
  std::string row = when + "  " + PadRight(Visible(e.site.value_or("-")), 14);
  ForEachColumn([&](const Field& f, int slot) {
    const size_t w = static_cast<size_t>(f.list_width);
    const std::string v = ScalarText(e, slot);
    row += " " + (f.kind == FieldKind::kWord ? PadRight(v, w) : AlignRight(v, w));
  });
  row += " " + FitWidth(rest, RestWidth());
  while (!row.empty() && row.back() == ' ') row.pop_back();
  return row;
}

EntryWriter::EntryWriter(std::ostream& out, EntryFormat format, std::vector<std::string> factor_names, bool raw,
                         const Style& style)
    : out_(out), format_(format), factor_names_(std::move(factor_names)), raw_(raw), style_(style) {}

void EntryWriter::Begin() {
  switch (format_) {
    case EntryFormat::kTable: break;  // the header waits for the first row
    case EntryFormat::kCsv: out_ << CsvHeaderLine(factor_names_); break;
    case EntryFormat::kJson: out_ << "["; break;
    case EntryFormat::kToml: break;
  }
}

void EntryWriter::Write(const std::vector<Entry>& entries) {
  std::string buf;
  for (const Entry& e : entries) {
    switch (format_) {
      case EntryFormat::kTable:
        if (count_ == 0) buf += style_.bold + TableHeader() + style_.reset + "\n";
        buf += TableRow(e) + "\n";
        break;
      case EntryFormat::kCsv: AppendCsvRow(e, factor_names_, raw_, &buf); break;
      case EntryFormat::kJson: buf += (count_ ? ",\n" : "\n") + EntryJsonLine(e); break;
      case EntryFormat::kToml: buf += (count_ ? "\n" : "") + FormatEntryToml(e); break;
    }
    ++count_;
  }
  out_ << buf;
}

void EntryWriter::End() {
  switch (format_) {
    case EntryFormat::kTable:
      if (count_ == 0) out_ << "No entries.\n";
      else out_ << style_.dim << count_ << (count_ == 1 ? " entry" : " entries") << style_.reset << "\n";
      break;
    case EntryFormat::kCsv: break;
    case EntryFormat::kJson: out_ << (count_ ? "\n]\n" : "]\n"); break;
    case EntryFormat::kToml: break;
  }
  out_.flush();
}

}  // namespace pj
