#include "painjournal/csv.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <map>

#include "painjournal/format_chars.h"
#include "painjournal/util.h"

namespace pj {

namespace {

// The table's keys, with the derived `date` and `time` after `at`.
const std::vector<std::string>& FixedColumns() {
  static const std::vector<std::string> kCols = [] {
    std::vector<std::string> cols;
    for (const Field& f : kFields) {
      if (f.kind == FieldKind::kFactors) continue;  // one factor.NAME column each
      cols.emplace_back(f.key);
      if (f.kind == FieldKind::kTime) {
        cols.emplace_back("date");
        cols.emplace_back("time");
      }
    }
    return cols;
  }();
  return kCols;
}

// Text that starts with a formula character, or that only ' stands in front
// of (a note such as "'=x" must keep its ' through export and import).
bool NeedsGuard(std::string_view s) {
  size_t i = s.find_first_not_of('\'');
  return i != std::string_view::npos &&
         (s[i] == '=' || s[i] == '+' || s[i] == '-' || s[i] == '@' || s[i] == '\t' || s[i] == '\r');
}

std::string Unguard(const std::string& s) {
  if (s.size() >= 2 && s[0] == '\'' && NeedsGuard(std::string_view(s).substr(1))) return s.substr(1);
  return s;
}

}  // namespace

std::vector<std::string> CsvColumns(const std::vector<std::string>& factor_names) {
  std::vector<std::string> cols = FixedColumns();
  for (const auto& f : factor_names) cols.push_back("factor." + f);
  return cols;
}

namespace {

// Bytes that make a cell quoted: , " CR LF. A table, not find_first_of,
// which searched the four of them once per byte (a tenth of an export).
constexpr std::array<bool, 256> MakeSpecial() {
  std::array<bool, 256> t{};
  t[','] = t['"'] = t['\r'] = t['\n'] = true;
  return t;
}
constexpr std::array<bool, 256> kSpecial = MakeSpecial();

// Room for a cell of n bytes: quotes, a guard and every byte doubled.
inline size_t CellRoom(size_t n) { return 2 * n + 3; }

// Whether a word of 8 bytes has a byte below 45 (',' '"' CR LF all are).
inline bool HasByteBelow45(const char* s) {
  uint64_t w;
  std::memcpy(&w, s, 8);
  constexpr uint64_t kOnes = ~uint64_t{0} / 255;
  return ((w - kOnes * 45) & ~w & (kOnes * 0x80)) != 0;
}

// Whether text has a byte that makes a cell quoted. Ids and site names
// have none below 45, so most text is passed over eight bytes at a time.
inline bool HasSpecial(std::string_view text) {
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    if (!HasByteBelow45(text.data() + i)) continue;
    for (size_t k = i; k < i + 8; ++k)
      if (kSpecial[static_cast<unsigned char>(text[k])]) return true;
  }
  for (; i < text.size(); ++i)
    if (kSpecial[static_cast<unsigned char>(text[i])]) return true;
  return false;
}

// NeedsGuard, without the search when the first byte settles it.
inline bool Guarded(std::string_view text) {
  if (text.empty()) return false;
  const char c = text[0];
  if (c != '\'' && c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') return false;
  return NeedsGuard(text);
}

inline char* Copy(char* p, std::string_view s) {
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

inline char* QuotedChars(char* p, std::string_view text) {
  for (char c : text) {
    if (c == '"') *p++ = '"';
    *p++ = c;
  }
  return p;
}

// Writes one cell (see CsvCell) at p, in CellRoom(text.size()).
char* CellChars(char* p, std::string_view text, bool is_text, bool raw) {
  const bool guard = is_text && !raw && Guarded(text);
  char* const start = p;
  if (guard) *p++ = '\'';
  // Copied as it is, eight bytes at a time (the last eight overlapping),
  // noting on the way whether a byte may need quotes; rewritten quoted if
  // one does.
  const char* s = text.data();
  const size_t n = text.size();
  bool special = false;
  if (n >= 8) {
    bool below45 = false;
    for (size_t i = 0; i + 8 < n; i += 8) {
      std::memcpy(p + i, s + i, 8);
      below45 |= HasByteBelow45(s + i);
    }
    std::memcpy(p + n - 8, s + n - 8, 8);
    below45 |= HasByteBelow45(s + n - 8);
    special = below45 && HasSpecial(text);
  } else {
    for (size_t i = 0; i < n; ++i) {
      p[i] = s[i];
      special |= kSpecial[static_cast<unsigned char>(s[i])];
    }
  }
  if (!special) return p + n;
  p = start;
  *p++ = '"';
  if (guard) *p++ = '\'';
  p = QuotedChars(p, text);
  *p++ = '"';
  return p;
}

// The cell of a list: its items joined by ';' (a ';' needs no quotes, and
// the joined text starts as its first item does).
char* ListCellChars(char* p, const std::vector<std::string>& items, bool raw) {
  if (items.size() <= 1) return items.empty() ? p : CellChars(p, items[0], true, raw);
  bool special = false;
  for (const std::string& item : items) special |= HasSpecial(item);
  if (special) *p++ = '"';
  if (!raw && Guarded(items[0])) *p++ = '\'';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) *p++ = ';';
    p = special ? QuotedChars(p, items[i]) : Copy(p, items[i]);
  }
  if (special) *p++ = '"';
  return p;
}

size_t ListRoom(const std::vector<std::string>& items) {
  size_t n = 3;
  for (const std::string& item : items) n += CellRoom(item.size());
  return n;
}

// Room for a row: each cell at its longest, and its separator.
size_t RowRoom(const Entry& e, size_t factor_count) {
  size_t n = 3 * kDateTimeChars + 4 + CellRoom(e.id.size());
  n += CellRoom(e.site ? e.site->size() : 0) + 1;
  n += CellRoom(e.note ? e.note->size() : 0) + 1;
  n += ListRoom(e.did) + ListRoom(e.tags) + 2;
  static const size_t kScalarRoom = [] {  // a number, or a word
    size_t longest = kNumberChars;
    for (const Field& f : kFields)
      for (std::string_view w : f.words) longest = std::max(longest, w.size());
    return CellRoom(longest) + 1;
  }();
  n += kScalarCount * kScalarRoom;
  return n + factor_count * (kNumberChars + 1) + 1;
}

// The cells of field kFields[I] and those after it, scalar slot `Slot`
// onwards: the walk over the table is unrolled at compile time, so no
// row pays for a switch per field or a slot count.
template <size_t I, int Slot>
char* FieldCells(char* p, const Entry& e, const std::vector<std::string>& factor_names, bool raw) {
  if constexpr (I == std::size(kFields)) {
    return p;
  } else {
    constexpr FieldKind kKind = kFields[I].kind;
    const Field& f = kFields[I];
    auto text = [&](std::string_view s) {
      if (!s.empty()) p = CellChars(p, s, true, raw);
      *p++ = ',';
    };
    if constexpr (kKind == FieldKind::kId) {
      text(e.id);
    } else if constexpr (kKind == FieldKind::kTime) {
      // The date and clock are the two halves of the date-time (the same
      // digits as FormatDate and FormatClock); no cell needs quotes or a guard.
      char* at = p;
      p = DateTimeChars(p, e.at);
      const size_t len = static_cast<size_t>(p - at);
      *p++ = ',';
      if (len == 25) {  // YYYY-MM-DDTHH:MM:SS+HH:MM: fixed-size copies
        std::memcpy(p, at, 10);
        p[10] = ',';
        std::memcpy(p + 11, at + 11, 5);
        p += 16;
      } else {
        const size_t t = std::string_view(at, len).find('T');
        std::memmove(p, at, t);
        p += t;
        *p++ = ',';
        std::memmove(p, at + t + 1, 5);
        p += 5;
      }
      *p++ = ',';
    } else if constexpr (kKind == FieldKind::kSite) {
      text(e.site ? std::string_view(*e.site) : std::string_view());
    } else if constexpr (kKind == FieldKind::kInteger || kKind == FieldKind::kNumber) {
      if (e.Has(Slot)) p = NumberChars(p, e.Get(Slot));
      *p++ = ',';
    } else if constexpr (kKind == FieldKind::kWord) {
      const double v = e.Get(Slot);
      const int i = static_cast<int>(v);
      if (!e.Has(Slot)) {
        *p++ = ',';
      } else if (i >= 0 && i < WordCount(f) && v == i) {
        text(f.words[i]);
      } else {  // ScalarText: a number not one of the words
        char num[kNumberChars];
        text(std::string_view(num, static_cast<size_t>(NumberChars(num, v) - num)));
      }
    } else if constexpr (kKind == FieldKind::kActions) {
      p = ListCellChars(p, e.did, raw);
      *p++ = ',';
    } else if constexpr (kKind == FieldKind::kText) {
      text(e.note ? std::string_view(*e.note) : std::string_view());
    } else if constexpr (kKind == FieldKind::kTags) {
      p = ListCellChars(p, e.tags, raw);
      *p++ = ',';
    } else {
      static_assert(kKind == FieldKind::kFactors, "a field kind the CSV writer does not know");
      auto it = e.factors.begin();
      for (const auto& name : factor_names) {
        it = std::lower_bound(it, e.factors.end(), name,
                              [](const auto& fa, const std::string& n) { return fa.first < n; });
        if (it != e.factors.end() && it->first == name) p = NumberChars(p, it->second);
        *p++ = ',';
      }
    }
    return FieldCells<I + 1, IsScalar(kKind) ? Slot + 1 : Slot>(p, e, factor_names, raw);
  }
}

char* RowChars(char* p, const Entry& e, const std::vector<std::string>& factor_names, bool raw) {
  p = FieldCells<0, 0>(p, e, factor_names, raw);
  p[-1] = '\n';
  return p;
}

}  // namespace

std::string CsvCell(std::string_view text, bool is_text, bool raw) {
  std::string out(CellRoom(text.size()), '\0');
  out.resize(static_cast<size_t>(CellChars(out.data(), text, is_text, raw) - out.data()));
  return out;
}

std::string CsvHeaderLine(const std::vector<std::string>& factor_names) {
  std::vector<std::string> cells;
  for (const auto& c : CsvColumns(factor_names)) cells.push_back(CsvCell(c, true, true));
  return Join(cells, ",") + "\n";
}

std::string CsvRow(const Entry& e, const std::vector<std::string>& factor_names, bool raw) {
  std::string out;
  AppendCsvRow(e, factor_names, raw, &out);
  return out;
}

void AppendCsvRow(const Entry& e, const std::vector<std::string>& factor_names, bool raw, std::string* row) {
  // Written through a pointer into room made at the end: a row was some
  // forty appends, each checking the capacity.
  const size_t old = row->size();
  row->resize(old + RowRoom(e, factor_names.size()));
  char* end = RowChars(row->data() + old, e, factor_names, raw);
  row->resize(static_cast<size_t>(end - row->data()));
}

void AppendCsvRow(const Entry& e, const std::vector<std::string>& factor_names, bool raw, TextBuf* out) {
  out->Commit(RowChars(out->Room(RowRoom(e, factor_names.size())), e, factor_names, raw));
}

char DetectCsvSeparator(std::string_view text) {
  size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && c == '\n') break;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

bool SplitCsv(std::string_view text, std::vector<std::vector<std::string>>* rows, std::vector<int>* line_of_row,
              std::string* err, char sep) {
  rows->clear();
  line_of_row->clear();
  size_t i = 0;
  int line = 1;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // a byte-order mark from a spreadsheet
  while (i < text.size()) {
    std::vector<std::string> row;
    int row_line = line;
    while (true) {
      std::string cell;
      if (i < text.size() && text[i] == '"') {
        int quote_line = line;
        ++i;
        while (true) {
          if (i >= text.size()) {
            *err = "line " + std::to_string(quote_line) + ": a quoted cell is never closed";
            return false;
          }
          if (text[i] == '"') {
            if (i + 1 < text.size() && text[i + 1] == '"') {
              cell += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (text[i] == '\n') ++line;
          cell += text[i++];
        }
      } else {
        while (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r') cell += text[i++];
      }
      row.push_back(std::move(cell));
      if (i < text.size() && text[i] == sep) {
        ++i;
        continue;
      }
      break;
    }
    if (i < text.size() && text[i] == '\r') ++i;
    if (i < text.size() && text[i] == '\n') {
      ++i;
      ++line;
    }
    if (!(row.size() == 1 && row[0].empty())) {  // skip blank lines
      rows->push_back(std::move(row));
      line_of_row->push_back(row_line);
    }
  }
  return true;
}

namespace {

// A column that holds a number: a decimal comma is read as a point there
// when cells are separated by ';' ("9,5" is 9.5).
bool NumberColumn(const std::string& h) {
  if (h.rfind("factor.", 0) == 0) return true;
  const Field* f = FindField(h);
  return f && (f->kind == FieldKind::kInteger || f->kind == FieldKind::kNumber);
}

}  // namespace

bool EntriesFromCsv(std::string_view text, const std::string& source, const Vocabulary& vocab,
                    std::vector<Entry>* out, std::string* err, bool allow_new, NewHint hint) {
  std::vector<std::vector<std::string>> rows;
  std::vector<int> lines;
  const char sep = DetectCsvSeparator(text);
  if (!SplitCsv(text, &rows, &lines, err, sep)) {
    *err = source + ": " + *err;
    return false;
  }
  if (rows.empty()) return true;
  const std::vector<std::string>& header = rows[0];
  std::map<std::string, size_t> col;
  for (size_t c = 0; c < header.size(); ++c) {
    const std::string& h = header[c];
    // factor.NAME may carry the name of a field added since (EntryBuilder reads it).
    bool known = std::find(FixedColumns().begin(), FixedColumns().end(), h) != FixedColumns().end() ||
                 (h.rfind("factor.", 0) == 0 && (ValidFactorName(h.substr(7)) || IsReservedFactorName(h.substr(7))));
    if (!known) {
      *err = source + ":1: unknown column '" + h + "'; expected " + Join(FixedColumns(), ",") + " and factor.NAME";
      return false;
    }
    col[h] = c;
  }
  if (!col.count("at")) {
    *err = source + ":1: the header has no 'at' column";
    return false;
  }
  for (size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    std::string where = source + ":" + std::to_string(lines[r]) + ": ";
    if (row.size() != header.size()) {
      *err = where + "has " + std::to_string(row.size()) + " cells, the header " + std::to_string(header.size());
      return false;
    }
    // Cells in header order; `date` and `time` only repeat `at`.
    EntryBuilder b(ValueSource::kText, &vocab, allow_new, ';');
    b.new_hint = hint;
    std::string ferr;
    bool ok = true;
    for (size_t c = 0; c < header.size() && ok; ++c) {
      const std::string& h = header[c];
      if (h == "date" || h == "time") continue;
      std::string value = h.rfind("factor.", 0) == 0 ? row[c] : Unguard(row[c]);
      if (sep == ';' && NumberColumn(h) && std::count(value.begin(), value.end(), ',') == 1)
        std::replace(value.begin(), value.end(), ',', '.');
      if (value.empty() && h != "id" && h != "at") continue;
      ok = b.Set(h, value, &ferr) == EntryBuilder::Result::kOk;
    }
    Entry e;
    if (ok && !IsValidUtf8(b.entry().id)) {
      ferr = "id must be valid UTF-8 text";  // it is written into the month file as it is
      ok = false;
    }
    ok = ok && b.Finish(&e, &ferr);
    if (!ok) {
      *err = where + ferr;
      return false;
    }
    out->push_back(std::move(e));
  }
  return true;
}

}  // namespace pj
