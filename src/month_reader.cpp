#include "painjournal/month_reader.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <variant>

#include "painjournal/month_layout.h"
#include "painjournal/toml_safe.h"
#include "painjournal/util.h"

namespace pj {

std::string FormatProblem(const Problem& p) {
  if (p.line == 0) return p.message;  // about the whole file; the message names it
  return p.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.col) + ": " + p.message;
}

namespace {

struct RawField {
  std::string key;
  int line = 0;
  int col = 0;
  RawValue value;
};

struct RawEntry {
  int line = 0;
  int col = 0;
  bool from_header = false;  // an [[entry]] table, not an item of `entry = [...]`
  size_t offset = 0;         // byte offset of the line of its [[entry]] header
  bool begun = false;        // the header carries `# begin` (month_layout.h)
  bool ended = false;        // and its `# end` line is there
  std::vector<RawField> fields;
};

// Applies the entry rules to one raw entry (EntryBuilder, the same as
// every other door). Returns false (with a problem) when the entry cannot be
// loaded; unknown keys only warn.
bool BuildEntry(const RawEntry& raw, const std::string& file, Entry* e, std::vector<Problem>* problems) {
  EntryBuilder b(ValueSource::kToml);
  std::string err;
  for (const RawField& f : raw.fields) {
    switch (b.Set(f.key, f.value, &err)) {
      case EntryBuilder::Result::kOk: break;
      case EntryBuilder::Result::kBad:
        problems->push_back(Problem{file, f.line, f.col, "entry not loaded: " + err});
        return false;
      case EntryBuilder::Result::kUnknownKey:
        problems->push_back(
            Problem{file, f.line, f.col, "unknown key '" + f.key + "' ignored; entry keys are " + FieldKeyList()});
        break;
    }
  }
  if (!b.has_at()) {
    problems->push_back(Problem{file, raw.line, raw.col, "entry not loaded: it has no `at` date-time"});
    return false;
  }
  // Range and value checks of the whole entry, reported at the field at fault.
  std::string field;
  if (!b.Finish(e, &err, &field)) {
    Problem p{file, raw.line, raw.col, "entry not loaded: " + err};
    for (const RawField& f : raw.fields)
      if (f.key == field) {
        p.line = f.line;
        p.col = f.col;
      }
    problems->push_back(p);
    return false;
  }
  for (const std::string& n : b.notes()) problems->push_back(Problem{file, raw.line, raw.col, n});
  if (e->id.empty())
    problems->push_back(Problem{file, raw.line, raw.col,
                                "entry has no id; it is loaded, but an import cannot recognise it as a duplicate"});
  return true;
}

// ---- Fast path: the exact layout FormatEntryToml writes, and close kin. ----

class FastParser {
 public:
  explicit FastParser(std::string_view text) : s_(text) {}

  int format_line() const { return format_line_; }
  int format_col() const { return format_col_; }

  // Parses the whole text; false on anything outside the simple layout.
  bool Run(std::vector<RawEntry>* entries, int64_t* format) {
    *format = 1;
    bool in_entry = false;
    while (pos_ < s_.size()) {
      size_t eol = s_.find('\n', pos_);
      if (eol == std::string_view::npos) return false;  // no final newline: let the slow path judge
      line_start_ = pos_;
      end_ = eol;
      if (end_ > pos_ && s_[end_ - 1] == '\r') --end_;
      ++line_;
      SkipSpace();
      if (pos_ == end_ || s_[pos_] == '#') {
        if (in_entry && IsEndSeal()) entries->back().ended = true;
        if (!CommentOk()) return false;
      } else if (s_[pos_] == '[') {
        if (s_.compare(pos_, 9, "[[entry]]") != 0) return false;
        RawEntry e;
        e.line = line_;
        e.col = Col();
        e.from_header = true;
        e.offset = line_start_;
        pos_ += 9;
        SkipSpace();
        e.begun = IsBeginSeal();
        if (!CommentOk()) return false;
        entries->push_back(std::move(e));
        in_entry = true;
      } else {
        RawField f;
        f.line = line_;
        f.col = Col();
        if (!Key(&f.key)) return false;
        SkipSpace();
        if (pos_ >= end_ || s_[pos_] != '=') return false;
        ++pos_;
        SkipSpace();
        int value_col = Col();
        if (!Value(&f.value)) return false;
        SkipSpace();
        if (!CommentOk()) return false;
        if (!in_entry) {
          if (f.key != "format" || !std::holds_alternative<int64_t>(f.value) || seen_format_) return false;
          *format = std::get<int64_t>(f.value);
          format_line_ = f.line;
          format_col_ = value_col;
          seen_format_ = true;
        } else {
          for (const RawField& g : entries->back().fields)
            if (g.key == f.key) return false;  // duplicate key: toml++ reports it
          f.col = value_col;
          entries->back().fields.push_back(std::move(f));
        }
      }
      pos_ = eol + 1;
    }
    return true;
  }

 private:
  int Col() const { return static_cast<int>(pos_ - line_start_) + 1; }
  // The rest of the line, less trailing blanks, is the seal's comment.
  std::string_view RestOfLine() const {
    size_t e = end_;
    while (e > pos_ && (s_[e - 1] == ' ' || s_[e - 1] == '\t')) --e;
    return s_.substr(pos_, e - pos_);
  }
  bool IsBeginSeal() const { return RestOfLine() == kEntryBeginSeal; }
  bool IsEndSeal() const { return RestOfLine() == kEntryEndSeal; }
  void SkipSpace() {
    while (pos_ < end_ && (s_[pos_] == ' ' || s_[pos_] == '\t')) ++pos_;
  }
  bool CommentOk() {
    if (pos_ == end_) return true;
    if (s_[pos_] != '#') return false;
    for (size_t i = pos_; i < end_; ++i) {
      unsigned char c = static_cast<unsigned char>(s_[i]);
      if ((c < 0x20 && c != '\t') || c == 0x7F) return false;
    }
    pos_ = end_;
    return true;
  }
  bool Key(std::string* out) {
    size_t b = pos_;
    while (pos_ < end_ && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_' || s_[pos_] == '-'))
      ++pos_;
    if (pos_ == b) return false;
    out->assign(s_.substr(b, pos_ - b));
    return true;
  }
  bool Str(std::string* out) {
    if (pos_ >= end_ || s_[pos_] != '"') return false;
    ++pos_;
    out->clear();
    while (pos_ < end_) {
      char c = s_[pos_];
      unsigned char uc = static_cast<unsigned char>(c);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if ((uc < 0x20 && c != '\t') || uc == 0x7F) return false;
      if (c != '\\') {
        *out += c;
        ++pos_;
        continue;
      }
      if (++pos_ >= end_) return false;
      char esc = s_[pos_++];
      switch (esc) {
        case '"': *out += '"'; break;
        case '\\': *out += '\\'; break;
        case 'b': *out += '\b'; break;
        case 't': *out += '\t'; break;
        case 'n': *out += '\n'; break;
        case 'f': *out += '\f'; break;
        case 'r': *out += '\r'; break;
        case 'u':
        case 'U': {
          size_t n = esc == 'u' ? 4 : 8;
          if (pos_ + n > end_) return false;
          uint32_t cp = 0;
          for (size_t i = 0; i < n; ++i) {
            char h = s_[pos_ + i];
            if (!std::isxdigit(static_cast<unsigned char>(h))) return false;
            cp = cp * 16 + static_cast<uint32_t>(std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(h) - 'a' + 10));
          }
          pos_ += n;
          if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
          AppendUtf8(cp, out);
          break;
        }
        default: return false;
      }
    }
    return false;
  }
  static void AppendUtf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      *out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      *out += static_cast<char>(0xC0 | (cp >> 6));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *out += static_cast<char>(0xE0 | (cp >> 12));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *out += static_cast<char>(0xF0 | (cp >> 18));
      *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  size_t DigitRun() {
    size_t b = pos_;
    while (pos_ < end_ && std::isdigit(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    return pos_ - b;
  }
  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  bool Number(RawValue* out) {
    size_t b = pos_;
    if (pos_ < end_ && s_[pos_] == '-') ++pos_;
    size_t int_start = pos_;
    size_t n = DigitRun();
    if (n == 0 || (n > 1 && s_[int_start] == '0')) return false;
    bool is_float = false;
    if (pos_ < end_ && s_[pos_] == '.') {
      ++pos_;
      if (DigitRun() == 0) return false;
      is_float = true;
    }
    if (pos_ < end_ && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < end_ && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (DigitRun() == 0) return false;
      is_float = true;
    }
    std::string text(s_.substr(b, pos_ - b));
    if (is_float) {
      double d;
      if (!ParseDouble(text, &d)) return false;
      *out = d;
    } else {
      long long v;
      if (!ParseInt(text, &v)) return false;
      *out = static_cast<int64_t>(v);
    }
    return true;
  }
  bool DateTime(RawValue* out) {
    // YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM)
    size_t b = pos_;
    while (pos_ < end_ && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '-' ||
                           s_[pos_] == ':' || s_[pos_] == '+' || s_[pos_] == '.'))
      ++pos_;
    std::string_view t = s_.substr(b, pos_ - b);
    if (t.size() < 20 || t[10] != 'T' || t[13] != ':' || t[16] != ':') return false;
    if (t.compare(17, 2, "60") == 0) return false;  // a leap second: toml++ decides (it refuses one)
    char last = t.back();
    if (last != 'Z' && (t.size() < 25 || t[t.size() - 3] != ':')) return false;
    Time v;
    std::string err;
    if (!ParseDateTime(t, &v, &err)) return false;
    *out = v;
    return true;
  }
  bool Value(RawValue* out) {
    if (pos_ >= end_) return false;
    char c = s_[pos_];
    if (c == '"') {
      std::string str;
      if (!Str(&str)) return false;
      *out = std::move(str);
      return true;
    }
    if (c == '[') {
      ++pos_;
      std::vector<std::string> items;
      SkipSpace();
      while (pos_ < end_ && s_[pos_] != ']') {
        std::string item;
        if (!Str(&item)) return false;
        items.push_back(std::move(item));
        SkipSpace();
        if (pos_ < end_ && s_[pos_] == ',') {
          ++pos_;
          SkipSpace();
        } else if (pos_ < end_ && s_[pos_] != ']') {
          return false;
        }
      }
      if (pos_ >= end_) return false;
      ++pos_;
      *out = std::move(items);
      return true;
    }
    if (c == '{') {
      ++pos_;
      Factors fs;
      SkipSpace();
      if (pos_ < end_ && s_[pos_] == '}') {
        ++pos_;
        *out = std::move(fs);
        return true;
      }
      while (true) {
        std::string k;
        if (!Key(&k)) return false;
        SkipSpace();
        if (pos_ >= end_ || s_[pos_] != '=') return false;
        ++pos_;
        SkipSpace();
        RawValue num;
        if (!Number(&num)) return false;
        for (const auto& f : fs)
          if (f.first == k) return false;
        fs.emplace_back(k, std::holds_alternative<int64_t>(num) ? static_cast<double>(std::get<int64_t>(num))
                                                                : std::get<double>(num));
        SkipSpace();
        if (pos_ < end_ && s_[pos_] == ',') {
          ++pos_;
          SkipSpace();
          continue;
        }
        if (pos_ < end_ && s_[pos_] == '}') {
          ++pos_;
          break;
        }
        return false;
      }
      *out = std::move(fs);
      return true;
    }
    if (pos_ + 4 < end_ && std::isdigit(static_cast<unsigned char>(c)) && s_[pos_ + 4] == '-') return DateTime(out);
    return Number(out);
  }

  std::string_view s_;
  size_t pos_ = 0;
  size_t end_ = 0;
  size_t line_start_ = 0;
  int line_ = 0;
  bool seen_format_ = false;
  int format_line_ = 1;
  int format_col_ = 1;
};

void CheckFormat(int64_t format, int line, int col, const std::string& file, MonthData* out) {
  if (format != 1)
    out->problems.push_back(Problem{file, line, col,
                                    "format " + std::to_string(format) +
                                        " is not one this version reads (1); entries may be misread"});
}

void BuildAll(const std::vector<RawEntry>& raws, const std::string& file, MonthData* out) {
  for (const RawEntry& r : raws) {
    Entry e;
    if (BuildEntry(r, file, &e, &out->problems)) {
      out->entries.push_back(std::move(e));
      out->entry_lines.push_back(r.line);
    }
  }
}

bool LacksAt(const RawEntry& r) {
  for (const auto& f : r.fields)
    if (f.key == "at") return false;
  return true;
}

void MarkSpan(const EntrySpan& span, RawEntry* r) {
  r->from_header = true;
  r->offset = span.offset;
  r->begun = span.begun;
  r->ended = span.ended;
}

// The rules for where a file ends, one place for both paths. The last
// entry is torn (a crash cut its write, or it is half typed) when it has
// `# begin` but no `# end`, or has no `at`; a sealed one is then not
// loaded, since what was persisted may parse and still hold a cut value.
// An earlier entry with `# begin` and no `# end` is loaded, with a warning:
// no append of ours can bury a torn entry, so it is a hand edit.
void FinishEntries(std::vector<RawEntry>* raws, const std::string& file, MonthData* out) {
  for (size_t i = 0; i < raws->size(); ++i) {
    const RawEntry& r = (*raws)[i];
    if (!r.begun || r.ended) continue;
    if (i + 1 == raws->size() && !out->torn_tail) {
      out->torn_tail = true;
      out->torn_sealed = true;
      out->tail_offset = r.offset;
      out->problems.push_back(Problem{file, r.line, r.col,
                                      "the last entry is not loaded: it has `# begin` but no `# end` line, so its "
                                      "write was cut short (if you wrote it by hand, end it with the line `# end`)"});
      raws->pop_back();
      break;
    }
    out->problems.push_back(Problem{file, r.line, r.col,
                                    "entry has `# begin` but no `# end` line: check its values, then add the "
                                    "line `# end` after it"});
  }
  if (!out->torn_tail && !raws->empty() && raws->back().from_header && LacksAt(raws->back())) {
    out->torn_tail = true;
    out->tail_offset = raws->back().offset;
  }
  BuildAll(*raws, file, out);
}

// ---- toml++ path ----

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
    r.line = static_cast<int>(t.source().begin.line) + line_offset;
    r.col = static_cast<int>(t.source().begin.column);
    for (const auto& [k, v] : t) {
      RawField f;
      f.key = std::string(k.str());
      f.line = static_cast<int>(v.source().begin.line) + line_offset;
      f.col = static_cast<int>(v.source().begin.column);
      f.value = FromNode(v);
      r.fields.push_back(std::move(f));
    }
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

}  // namespace

bool ParseMonthFast(std::string_view text, const std::string& file, MonthData* out) {
  if (!IsValidUtf8(text)) return false;
  std::vector<RawEntry> raws;
  int64_t format = 1;
  FastParser p(text);
  if (!p.Run(&raws, &format)) return false;
  *out = MonthData{};
  CheckFormat(format, p.format_line(), p.format_col(), file, out);
  FinishEntries(&raws, file, out);
  return true;
}

void ParseMonthToml(std::string_view text, const std::string& file, MonthData* out) {
  *out = MonthData{};
  // Where entries begin, from the TOML structure (never a line inside a
  // string), and whether each is sealed.
  const std::vector<EntrySpan> spans = ScanEntries(text);
  toml::source_position err_pos{};
  std::string err_msg;
  std::vector<RawEntry> raws;
  if (ParseDocument(text, file, 0, true, out, &raws, &err_pos, &err_msg)) {
    // toml++ gives the [[entry]] tables in file order, as the scan does.
    size_t k = 0;
    for (RawEntry& r : raws) {
      while (k < spans.size() && spans[k].line < r.line) ++k;
      if (k < spans.size() && spans[k].line == r.line) MarkSpan(spans[k], &r);
    }
    FinishEntries(&raws, file, out);
    return;
  }
  // The document does not parse as a whole, so its structure cannot be
  // trusted (an unclosed """ pairs with a later one). Salvage: parse the
  // preamble, then each piece that starts at a line that looks like an
  // entry header, on its own, so that one bad entry costs only itself. A
  // piece that fails is joined with the pieces after it that fail too (a
  // pasted `[[entry]]` inside a multi-line note splits one valid entry in
  // two); a piece that parses alone is never absorbed into another.
  out->problems.clear();
  out->not_appendable.clear();
  raws.clear();
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
      out->problems.push_back(Problem{file, static_cast<int>(err_pos.line) + first_line,
                                      static_cast<int>(err_pos.column),
                                      err_msg + (last ? "; the last entry is not loaded (cut short?)"
                                                      : "; this entry is not loaded")});
      if (last) {
        const std::vector<EntrySpan> seal = ScanEntries(chunk);
        out->torn_tail = true;
        out->tail_offset = begin;
        out->torn_sealed = !seal.empty() && seal[0].begun && !seal[0].ended;
      }
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
      MarkSpan(span, &chunk_raws.front());
    }
    for (auto& r : chunk_raws) raws.push_back(std::move(r));
    i += k;
  }
  FinishEntries(&raws, file, out);
}

void ParseMonth(std::string_view text, const std::string& file, MonthData* out) {
  if (IsCutFileHeader(text)) {
    // A crash while the file was being created: nothing but part of its header.
    *out = MonthData{};
    out->torn_tail = true;
    out->torn_sealed = true;  // only the program writes that header
    out->tail_offset = 0;
    out->problems.push_back(
        Problem{file, 1, 1, "the file holds only part of its header (its first write was cut short); no entries"});
    return;
  }
  if (ParseMonthFast(text, file, out)) return;
  ParseMonthToml(text, file, out);
}

}  // namespace pj
