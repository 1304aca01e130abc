// The general path of the month reader: any TOML a person may write (hand
// edits, other spellings of the same values), read through toml++, and the
// salvage of a file that does not parse, entry by entry, so that one broken
// entry costs only itself.
#include <toml++/toml.h>

#include <algorithm>

#include "month_raw.h"
#include "painjournal/month_layout.h"
#include "painjournal/toml_safe.h"

namespace pj {

namespace {

// One key of an entry table as toml++ gave it, and where it stands.
struct RawField {
  std::string key;
  int line = 0;
  int col = 0;
  RawValue value;
};

// One entry table as toml++ gave it, before the entry rules apply.
struct RawEntry {
  EntryShape shape;
  std::vector<RawField> fields;
};

RawValue FromNode(const toml::node& n) {
  if (auto v = n.as_integer()) return static_cast<int64_t>(v->get());
  if (auto v = n.as_floating_point()) return v->get();
  if (auto v = n.as_string()) return v->get();
  if (auto v = n.as_date_time()) {
    const toml::date_time& dt = v->get();
    Date d{dt.date.year, dt.date.month, dt.date.day};
    if (!dt.offset) return Unsupported{"a date-time without a UTC offset", ""};
    int off = dt.offset->minutes;
    int64_t local = DaysFromCivil(d.year, d.month, d.day) * 86400 + dt.time.hour * 3600 + dt.time.minute * 60 +
                    dt.time.second;
    return Time{local - off * 60, off};
  }
  if (auto arr = n.as_array()) {
    std::vector<std::string> items;
    for (const auto& item : *arr) {
      if (!item.is_string()) return Unsupported{"a list with non-string items", ""};
      items.push_back(item.as_string()->get());
    }
    return items;
  }
  if (auto tbl = n.as_table()) {
    Factors fs;
    for (const auto& [k, v] : *tbl) {
      if (auto i = v.as_integer()) {
        fs.emplace_back(std::string(k.str()), static_cast<double>(i->get()));
      } else if (auto f = v.as_floating_point()) {
        fs.emplace_back(std::string(k.str()), f->get());
      } else {
        return Unsupported{"a table with non-number values", ""};
      }
    }
    return fs;
  }
  if (n.is_boolean()) return Unsupported{"a boolean", ""};
  if (n.is_date()) return Unsupported{"a date without a time", ""};
  if (n.is_time()) return Unsupported{"a time without a date", ""};
  return Unsupported{"an unsupported value", ""};
}

// The raw entries of the tables of `entry`, in file order.
void AddTables(const toml::array& items, int line_offset, std::vector<RawEntry>* raws) {
  for (const auto& item : items) {
    const toml::table& t = *item.as_table();
    RawEntry r;
    r.shape.line = static_cast<int>(t.source().begin.line) + line_offset;
    r.shape.col = static_cast<int>(t.source().begin.column);
    for (const auto& [k, v] : t) {
      RawField f;
      f.key = std::string(k.str());
      f.line = static_cast<int>(v.source().begin.line) + line_offset;
      f.col = static_cast<int>(v.source().begin.column);
      f.value = FromNode(v);
      r.shape.has_at |= f.key == "at";
      r.fields.push_back(std::move(f));
    }
    // toml++ keeps a table's keys sorted by name; the entry rules take them
    // in file order, as the fast path does, so both report the same first
    // bad field, and the unknown keys before it.
    std::stable_sort(r.fields.begin(), r.fields.end(), [](const RawField& x, const RawField& y) {
      return x.line != y.line ? x.line < y.line : x.col < y.col;
    });
    raws->push_back(std::move(r));
  }
}

// True for what [[entry]] headers make: a non-empty array of tables that are
// not inline. Only that may be followed by another [[entry]].
bool IsArrayOfHeaderTables(const toml::node& node) {
  if (!node.is_array_of_tables() || node.as_array()->empty()) return false;
  for (const auto& item : *node.as_array())
    if (item.as_table()->is_inline()) return false;
  return true;
}

// Parses a complete TOML document; entries and problems are appended.
// `line_offset` maps lines of a chunk back to the file.
bool ParseDocument(std::string_view text, const std::string& file, int line_offset, bool allow_format,
                   MonthData* out, std::vector<RawEntry>* raws, toml::source_position* err_pos,
                   std::string* err_msg) {
  // Through the guard: toml++ 3.3.0 has undefined paths on some input.
  toml::table root;
  if (!ParseTomlSafely(text, &root, err_pos, err_msg)) return false;
  for (const auto& [key, node] : root) {
    auto pos = node.source().begin;
    int line = static_cast<int>(pos.line) + line_offset;
    if (key == "format" && allow_format) {
      if (auto v = node.as_integer()) {
        CheckFormat(v->get(), line, static_cast<int>(pos.column), file, out);
      } else {
        out->problems.push_back(Problem{file, line, static_cast<int>(pos.column), "format must be an integer (1)"});
      }
    } else if (key == "entry" && !IsArrayOfHeaderTables(node)) {
      // `entry = [ {...} ]`, `entry = []`, `[entry]`, `entry = 5`: valid TOML
      // (the inline tables load), but TOML allows no [[entry]] after them.
      out->problems.push_back(Problem{file, line, static_cast<int>(pos.column),
                                      "`entry` here is not a list of [[entry]] tables, so the [[entry]] tables that "
                                      "`journal add` appends cannot follow it; rewrite the entries as [[entry]] "
                                      "tables (journal edit)"});
      if (out->not_appendable.empty()) out->not_appendable = FormatProblem(out->problems.back());
      if (node.is_array_of_tables()) AddTables(*node.as_array(), line_offset, raws);
    } else if (key == "entry") {
      AddTables(*node.as_array(), line_offset, raws);
    } else {
      out->problems.push_back(Problem{file, line, static_cast<int>(pos.column),
                                      "unknown top-level key '" + std::string(key.str()) +
                                          "' ignored; a month file holds `format` and [[entry]] tables"});
    }
  }
  return true;
}

// The seals and place of an [[entry]] header found by the scan.
void MarkSpan(const EntrySpan& span, EntryShape* s) {
  s->from_header = true;
  s->offset = span.offset;
  s->begun = span.begun;
  s->ended = span.ended;
}

// Judges the tables of a file in order (seal warnings come before the
// entries' own problems, as `check` has always listed them), then builds
// the ones that stay.
void FinishEntries(std::vector<RawEntry>* raws, const std::string& file, MonthData* out) {
  std::vector<bool> keep(raws->size());
  for (size_t i = 0; i < raws->size(); ++i) keep[i] = JudgeEntry((*raws)[i].shape, file, out);
  std::vector<FieldPlace> places;
  for (size_t i = 0; i < raws->size(); ++i) {
    if (!keep[i]) continue;
    const RawEntry& r = (*raws)[i];
    places.clear();
    EntryBuilder b(ValueSource::kToml);
    bool ok = true;
    for (const RawField& f : r.fields) {
      places.push_back(FieldPlace{f.key, nullptr, f.line, f.col});
      if (!(ok = AddEntryField(&b, places.back(), f.value, file, &out->problems))) break;
    }
    Entry e;
    if (ok && FinishEntry(&b, r.shape, places.data(), places.size(), file, &e, &out->problems)) {
      out->entries.push_back(std::move(e));
      out->entry_lines.push_back(r.shape.line);
    }
  }
}

// The document does not parse as a whole, so its structure cannot be
// trusted (an unclosed """ pairs with a later one). Salvage: parse the
// preamble, then each piece that starts at a line that looks like an entry
// header, on its own, so that one bad entry costs only itself. A piece that
// fails is joined with the pieces after it that fail too (a pasted
// `[[entry]]` inside a multi-line note splits one valid entry in two); a
// piece that parses alone is never absorbed into another.
void Salvage(std::string_view text, const std::string& file, MonthData* out) {
  *out = MonthData{};
  std::vector<RawEntry> raws;
  toml::source_position err_pos{};
  std::string err_msg;
  const std::vector<EntrySpan> pieces = ScanHeaderLines(text);
  auto piece_end = [&](size_t i) { return i + 1 < pieces.size() ? pieces[i + 1].offset : text.size(); };
  auto parses = [&](size_t begin, size_t end) {
    MonthData scratch;
    std::vector<RawEntry> scratch_raws;
    toml::source_position pos{};
    std::string msg;
    return ParseDocument(text.substr(begin, end - begin), file, 0, false, &scratch, &scratch_raws, &pos, &msg);
  };
  const size_t preamble_end = pieces.empty() ? text.size() : pieces[0].offset;
  if (!ParseDocument(text.substr(0, preamble_end), file, 0, true, out, &raws, &err_pos, &err_msg))
    out->problems.push_back(
        Problem{file, static_cast<int>(err_pos.line), static_cast<int>(err_pos.column), err_msg});
  std::vector<bool> alone(pieces.size());
  for (size_t i = 0; i < pieces.size(); ++i) alone[i] = parses(pieces[i].offset, piece_end(i));
  constexpr size_t kMaxJoin = 16;
  for (size_t i = 0; i < pieces.size();) {
    size_t k = 1;  // pieces i .. i+k-1 form the chunk
    if (!alone[i]) {
      for (size_t j = i + 1; j < pieces.size() && j - i < kMaxJoin && !alone[j]; ++j)
        if (parses(pieces[i].offset, piece_end(j))) {
          k = j - i + 1;
          break;
        }
    }
    const size_t begin = pieces[i].offset, end = piece_end(i + k - 1);
    const int first_line = pieces[i].line - 1;
    const bool last = i + k == pieces.size();
    std::string_view chunk = text.substr(begin, end - begin);
    std::vector<RawEntry> chunk_raws;
    if (!ParseDocument(chunk, file, first_line, false, out, &chunk_raws, &err_pos, &err_msg)) {
      EntryShape shape;
      shape.offset = begin;
      shape.last = last;
      if (last) {  // whether the cut piece is a sealed append of ours
        const std::vector<EntrySpan> seal = ScanEntries(chunk);
        shape.begun = !seal.empty() && seal[0].begun;
        shape.ended = !seal.empty() && seal[0].ended;
      }
      const Problem error{file, static_cast<int>(err_pos.line) + first_line, static_cast<int>(err_pos.column),
                          err_msg};
      JudgeEntry(shape, file, out, &error);
      i += k;
      continue;
    }
    if (chunk_raws.size() != 1)
      out->problems.push_back(Problem{file, first_line + 1, 1, "expected one [[entry]] table here"});
    // The chunk is valid TOML: its own structure says where its entry is sealed.
    const std::vector<EntrySpan> seal = ScanEntries(chunk);
    if (!chunk_raws.empty() && !seal.empty()) {
      EntrySpan span = seal[0];
      span.offset += begin;
      MarkSpan(span, &chunk_raws.front().shape);
    }
    if (last && !chunk_raws.empty()) chunk_raws.back().shape.last = true;
    for (auto& r : chunk_raws) raws.push_back(std::move(r));
    i += k;
  }
  FinishEntries(&raws, file, out);
}

}  // namespace

void ParseMonthToml(std::string_view text, const std::string& file, MonthData* out) {
  *out = MonthData{};
  // Where entries begin, from the TOML structure (never a line inside a
  // string), and whether each is sealed.
  const std::vector<EntrySpan> spans = ScanEntries(text);
  toml::source_position err_pos{};
  std::string err_msg;
  std::vector<RawEntry> raws;
  if (!ParseDocument(text, file, 0, true, out, &raws, &err_pos, &err_msg)) return Salvage(text, file, out);
  // toml++ gives the [[entry]] tables in file order, as the scan does.
  size_t k = 0;
  for (RawEntry& r : raws) {
    while (k < spans.size() && spans[k].line < r.shape.line) ++k;
    if (k < spans.size() && spans[k].line == r.shape.line) MarkSpan(spans[k], &r.shape);
  }
  if (!raws.empty()) raws.back().shape.last = true;
  FinishEntries(&raws, file, out);
}

}  // namespace pj
