#include "entry_output.h"

#include <fmt/format.h>

#include <algorithm>

#include "painjournal/csv.h"
#include "painjournal/entry_json.h"
#include "painjournal/entry_toml.h"
#include "painjournal/table.h"
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

// A cell of field `f` (scalar slot `slot`) for `e`, as the table shows it;
// "" for nothing recorded. Text from the journal goes through Visible: a
// newline cannot break the row, an escape sequence cannot reach the
// terminal, and the widths count what is shown.
std::string Cell(const Field& f, int slot, const Entry& e, size_t id_length) {
  switch (f.kind) {
    case FieldKind::kId: return Visible(e.id.substr(0, id_length));
    case FieldKind::kTime: return FormatDate(LocalDate(e.at)) + " " + FormatClock(e.at);
    case FieldKind::kSite: return Visible(e.site.value_or("-"));
    case FieldKind::kInteger:
    case FieldKind::kNumber:
    case FieldKind::kWord: return ScalarText(e, slot);
    case FieldKind::kActions: return Visible(Join(e.did, ", "));
    case FieldKind::kText: return e.note ? Visible(*e.note) : "";
    case FieldKind::kTags: return Visible(Join(e.tags, ", "));
    case FieldKind::kFactors: {
      std::vector<std::string> parts;
      for (const auto& [name, value] : e.factors) parts.push_back(Visible(name) + "=" + FormatNumber(value));
      return Join(parts, ", ");
    }
  }
  return "";
}

// A text column shrinks to fit the terminal, but not below this; a note
// narrower than kMinNote would wrap into a tall thin strip, and reads better
// in the shared column.
constexpr size_t kMinText = 10;
constexpr size_t kMinNote = 24;

bool IsText(FieldKind k) {
  return k == FieldKind::kActions || k == FieldKind::kText || k == FieldKind::kTags || k == FieldKind::kFactors;
}

}  // namespace

std::string FormatTable(const std::vector<Entry>& entries, size_t width, const std::vector<size_t>* id_lengths,
                        const Style& style) {
  if (entries.empty()) return "No entries.\n";
  // The columns in field order, the note moved last; a column no entry
  // fills is left out (WHEN and SITE stay).
  std::vector<TableColumn> cols, texts;
  std::vector<FieldKind> text_kinds;
  int slot = 0;
  for (const Field& f : kFields) {
    const int this_slot = IsScalar(f.kind) ? slot++ : -1;
    if (f.list_header.empty() || (f.kind == FieldKind::kId && !id_lengths)) continue;
    TableColumn c;
    c.header = std::string(f.list_header);
    c.right = f.kind == FieldKind::kInteger || f.kind == FieldKind::kNumber;
    c.width = static_cast<size_t>(f.list_width);
    bool any = f.kind == FieldKind::kTime || f.kind == FieldKind::kSite;
    for (size_t i = 0; i < entries.size(); ++i) {
      c.cells.push_back(Cell(f, this_slot, entries[i], id_lengths ? (*id_lengths)[i] : 0));
      any |= !c.cells.back().empty();
    }
    if (!any) continue;
    c.flexible = IsText(f.kind);
    c.wrap = IsText(f.kind);
    c.min_width = f.kind == FieldKind::kText ? kMinNote : kMinText;
    if (IsText(f.kind)) {
      texts.push_back(std::move(c));
      text_kinds.push_back(f.kind);
    } else {
      cols.push_back(std::move(c));
    }
  }
  // The note last: the other texts stay short and aligned.
  for (size_t k = 0; k + 1 < texts.size(); ++k)
    if (text_kinds[k] == FieldKind::kText) {
      std::rotate(texts.begin() + static_cast<long>(k), texts.begin() + static_cast<long>(k) + 1, texts.end());
      std::rotate(text_kinds.begin() + static_cast<long>(k), text_kinds.begin() + static_cast<long>(k) + 1,
                  text_kinds.end());
      break;
    }
  std::vector<TableColumn> all = cols;
  all.insert(all.end(), texts.begin(), texts.end());
  TableLayout layout = LayOutTable(all, width);
  if (!layout.fits && texts.size() > 1) {
    // Too narrow for a column each: one column "DID · TAGS · NOTE", each
    // part marked where a reader could not tell it (tags as #tag).
    TableColumn joined;
    std::vector<std::string> headers;
    for (const TableColumn& t : texts) headers.push_back(t.header);
    joined.header = Join(headers, " · ");
    joined.flexible = joined.wrap = true;
    joined.min_width = kMinText;
    for (size_t i = 0; i < entries.size(); ++i) {
      std::vector<std::string> parts;
      for (size_t k = 0; k < texts.size(); ++k) {
        if (texts[k].cells[i].empty()) continue;
        if (text_kinds[k] != FieldKind::kTags) {
          parts.push_back(texts[k].cells[i]);
          continue;
        }
        std::vector<std::string> tags;
        for (const std::string& t : entries[i].tags) tags.push_back("#" + Visible(t));
        parts.push_back(Join(tags, " "));
      }
      joined.cells.push_back(Join(parts, " · "));
    }
    all = cols;
    all.push_back(std::move(joined));
    layout = LayOutTable(all, width);
  }
  std::string out;
  for (const std::string& line : RenderTable(all, layout, style.bold, style.reset)) out += line + "\n";
  const size_t n = entries.size();
  return out + style.dim + std::to_string(n) + (n == 1 ? " entry" : " entries") + style.reset + "\n";
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
  buf_.clear();
  for (const Entry& e : entries) {
    switch (format_) {
      case EntryFormat::kTable: table_.push_back(e); break;  // laid out at the end
      case EntryFormat::kCsv: AppendCsvRow(e, factor_names_, raw_, &buf_); break;
      case EntryFormat::kJson:
        buf_.Append(count_ ? ",\n" : "\n");
        AppendEntryJson(e, &buf_);
        break;
      case EntryFormat::kToml:
        if (count_) buf_.Append("\n");
        buf_.Append(FormatEntryToml(e));
        break;
    }
    ++count_;
  }
  if (buf_.size()) out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
}

void EntryWriter::End() {
  switch (format_) {
    case EntryFormat::kTable: out_ << FormatTable(table_, 80, nullptr, style_); break;
    case EntryFormat::kCsv: break;
    case EntryFormat::kJson: out_ << (count_ ? "\n]\n" : "]\n"); break;
    case EntryFormat::kToml: break;
  }
  out_.flush();
}

}  // namespace pj
