// The fast path of the month reader: the exact layout FormatEntryToml
// writes (and close kin: other spacing, comments, CRLF), read in one pass
// over the text.
//
// Why it exists: every command that reads history (list, export, analyze,
// report, check) reads whole month files, and nearly all of them are what
// the program wrote. toml++ builds a tree of nodes with a heap string per
// key and value, which is then walked a second time; this path reads each
// value once, in place, straight into EntryBuilder. Measured on the
// generated 100k-entry journal (tests/bench, 121 files, 18 MB), text in
// memory to entries, best CPU time of several runs on the 2-core build
// machine: toml++ path 1.63 s (11 MB/s), this path 69 ms (265 MB/s),
// about 24 times faster; 248 MB/s on the 1M-entry journal.
//
// It declines (returns false) anything it does not know for certain, and
// toml++ decides: literal or multi-line strings, sub-tables, quoted or
// dotted keys, other number forms, invalid UTF-8, duplicate keys, more
// than 64 keys in a table, a missing final newline. Declining is always safe; accepting must give
// exactly what toml++ gives (tests/unit/month_reader_diff_test.cpp).
#include <array>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>

#include "month_raw.h"
#include "painjournal/month_layout.h"

namespace pj {

namespace {

// Classes of bytes, by table: no locale, no function call per byte.
enum : std::uint8_t {
  kPlain = 1,  // stands for itself in a basic string: printable ASCII but " and \, and tab
  kKey = 2,    // a bare key: A-Z a-z 0-9 _ -
  kDate = 4,   // a date-time: letters, digits, - : + .
  kDigit = 8,
};

constexpr std::array<std::uint8_t, 256> MakeClasses() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0x20; c < 0x7F; ++c)
    if (c != '"' && c != '\\') t[c] |= kPlain;
  t['\t'] |= kPlain;
  for (int c = 0; c < 256; ++c) {
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool digit = c >= '0' && c <= '9';
    if (alpha || digit || c == '_' || c == '-') t[c] |= kKey;
    if (alpha || digit || c == '-' || c == ':' || c == '+' || c == '.') t[c] |= kDate;
    if (digit) t[c] |= kDigit;
  }
  return t;
}
constexpr std::array<std::uint8_t, 256> kClass = MakeClasses();

inline bool Is(char c, std::uint8_t cls) { return kClass[static_cast<unsigned char>(c)] & cls; }

// Length of the well-formed UTF-8 sequence of 2-4 bytes at p (before end),
// 0 if there is none: the rules of IsValidUtf8 (no overlong forms, no
// surrogates, nothing above U+10FFFF).
size_t Utf8Len(const char* p, const char* end) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(p[k]); };
  unsigned char c = b(0);
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (n == 0 || c >= 0xF8 || static_cast<size_t>(end - p) < n) return 0;
  uint32_t cp = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(k) & 0x3F);
  }
  static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  char buf[4];
  size_t n;
  if (cp < 0x80) {
    buf[0] = static_cast<char>(cp);
    n = 1;
  } else if (cp < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (cp >> 6));
    buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (cp >> 12));
    buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    buf[0] = static_cast<char>(0xF0 | (cp >> 18));
    buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 4;
  }
  out->append(buf, n);
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// One pass over a month file in the program's layout, line by line. Each
// entry's fields go straight into an EntryBuilder as they are read; the
// entry is judged (JudgeEntry) and finished when the next header or the
// end of the text closes it. Values are read into scratch values whose
// memory is reused from field to field.
class FastParser {
 public:
  FastParser(std::string_view text, const std::string& file, MonthData* out)
      : text_(text), file_(file), out_(out) {
    builder_.set_text_is_utf8(true);  // Str and Comment check every byte
  }

  // False on anything outside the layout; `out` is then half filled.
  bool Run() {
    const char* p = text_.data();
    const char* const end = p + text_.size();
    out_->entries.reserve(text_.size() / 160 + 1);
    out_->entry_lines.reserve(text_.size() / 160 + 1);
    while (p < end) {
      const char* eol = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
      if (!eol) return false;  // no final newline: let toml++ judge
      line_start_ = p_ = p;
      end_ = eol > p && eol[-1] == '\r' ? eol - 1 : eol;
      ++line_;
      if (!Line()) return false;
      p = eol + 1;
    }
    if (in_entry_) CloseEntry(true);
    for (Problem& q : entry_problems_) out_->problems.push_back(std::move(q));
    return true;
  }

 private:
  bool Line() {
    SkipSpace();
    if (p_ == end_ || *p_ == '#') {
      if (in_entry_ && RestOfLine() == kEntryEndSeal) shape_.ended = true;
      return Comment();
    }
    if (*p_ == '[') return Header();
    return KeyValue();
  }

  bool Header() {
    if (static_cast<size_t>(end_ - p_) < 9 || std::memcmp(p_, "[[entry]]", 9) != 0) return false;
    const int col = Col();
    p_ += 9;
    SkipSpace();
    const bool begun = RestOfLine() == kEntryBeginSeal;
    if (!Comment()) return false;
    if (in_entry_) CloseEntry(false);
    OpenEntry(col, begun);
    return true;
  }

  bool KeyValue() {
    const Field* field = in_entry_ ? KeyInOrder() : nullptr;
    std::string_view key;
    if (field) {
      key = field->key;
    } else {
      const char* k = p_;
      while (p_ < end_ && Is(*p_, kKey)) ++p_;
      key = std::string_view(k, static_cast<size_t>(p_ - k));
      if (key.empty()) return false;
      if (end_ - p_ > 3 && p_[0] == ' ' && p_[1] == '=' && p_[2] == ' ' && p_[3] != ' ' && p_[3] != '\t') {
        p_ += 3;  // ` = `, as the program writes it
      } else {
        SkipSpace();
        if (p_ >= end_ || *p_ != '=') return false;
        ++p_;
        SkipSpace();
      }
    }
    const int value_col = Col();
    const RawValue* v = Value();
    if (!v) return false;
    SkipSpace();
    if (!Comment()) return false;
    if (!in_entry_) {  // the preamble holds `format` only
      if (key != "format" || !std::holds_alternative<int64_t>(*v) || seen_format_) return false;
      seen_format_ = true;
      CheckFormat(std::get<int64_t>(*v), line_, value_col, file_, out_);
      return true;
    }
    // A duplicate key is a TOML error: toml++ reports it. Many keys in one
    // table are a hand edit: toml++ too, rather than a quadratic search.
    // A key of the table is looked up once: its row's bit finds a repeat.
    if (n_places_ == kMaxKeys) return false;
    if (!field) field = FindField(key);
    if (field) {
      const std::uint64_t bit = std::uint64_t{1} << (field - kFields);
      if (seen_fields_ & bit) return false;
      seen_fields_ |= bit;
    } else {
      for (size_t i = 0; i < n_places_; ++i)
        if (!places_[i].field && places_[i].key == key) return false;
    }
    FieldPlace& place = places_[n_places_++];
    place.key = key;
    place.field = field;
    place.line = line_;
    place.col = value_col;
    if (field && field->kind == FieldKind::kTime) shape_.has_at = true;
    if (!bad_ && !AddEntryField(&builder_, place, *v, file_, &entry_problems_)) bad_ = true;
    return true;
  }

  // The program writes an entry's keys in the order of the table, so the
  // key at p_ is most likely a row after the last one matched here. Such a
  // key, with its ` = `, is compared in place: no scan of its bytes and no
  // FindField (together 8% of the instructions of an export). On a match
  // p_ moves to the value; null (p_ unmoved) leaves the key to the scan.
  const Field* KeyInOrder() {
    const size_t room = static_cast<size_t>(end_ - p_);
    for (size_t r = next_row_; r < std::size(kFields); ++r) {
      const std::string_view k = kFields[r].key;
      if (room > k.size() + 3 && p_[0] == k[0] && std::memcmp(p_, k.data(), k.size()) == 0 &&
          std::memcmp(p_ + k.size(), " = ", 3) == 0 && p_[k.size() + 3] != ' ' && p_[k.size() + 3] != '\t') {
        p_ += k.size() + 3;
        next_row_ = r + 1;
        return &kFields[r];
      }
    }
    return nullptr;
  }

  void OpenEntry(int col, bool begun) {
    in_entry_ = true;
    shape_ = EntryShape{};
    shape_.offset = static_cast<size_t>(line_start_ - text_.data());
    shape_.line = line_;
    shape_.col = col;
    shape_.from_header = true;
    shape_.begun = begun;
    builder_.Reset();
    bad_ = false;
    n_places_ = 0;
    seen_fields_ = 0;
    next_row_ = 0;
    problems_mark_ = entry_problems_.size();
  }

  // The rules for the end of a file decide whether the entry loads; its own
  // problems follow the seal warnings of the whole file, as on the toml++ path.
  void CloseEntry(bool last) {
    shape_.last = last;
    if (!JudgeEntry(shape_, file_, out_)) {
      entry_problems_.resize(problems_mark_);  // a torn entry's values are not judged
      return;
    }
    if (bad_) return;
    out_->entries.emplace_back();
    if (FinishEntry(&builder_, shape_, places_.data(), n_places_, file_, &out_->entries.back(),
                    &entry_problems_)) {
      out_->entry_lines.push_back(shape_.line);
    } else {
      out_->entries.pop_back();
    }
  }

  int Col() const { return static_cast<int>(p_ - line_start_) + 1; }
  void SkipSpace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t')) ++p_;
  }
  // The rest of the line, less trailing blanks: a seal is a whole comment.
  std::string_view RestOfLine() const {
    const char* e = end_;
    while (e > p_ && (e[-1] == ' ' || e[-1] == '\t')) --e;
    return std::string_view(p_, static_cast<size_t>(e - p_));
  }
  // Nothing, or a comment to the end of the line: no control characters
  // but tab, valid UTF-8.
  bool Comment() {
    if (p_ == end_) return true;
    if (*p_ != '#') return false;
    for (const char* q = p_ + 1; q < end_;) {
      unsigned char c = static_cast<unsigned char>(*q);
      if (c >= 0x80) {
        size_t n = Utf8Len(q, end_);
        if (n == 0) return false;
        q += n;
        continue;
      }
      if ((c < 0x20 && c != '\t') || c == 0x7F) return false;
      ++q;
    }
    p_ = end_;
    return true;
  }

  // Skips 8 bytes at a time while all of them are plain printable ASCII
  // (no control character, ", \, DEL or byte >= 0x80): most of a string.
  // The byte loop after it takes the rest, and tabs.
  void SkipPlainWords() {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    const auto has_zero = [](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
    while (end_ - p_ >= 8) {
      std::uint64_t w;
      std::memcpy(&w, p_, 8);
      const std::uint64_t special = (w & kHigh) | ((w - kOnes * 0x20) & ~w & kHigh) | has_zero(w ^ (kOnes * '"')) |
                                    has_zero(w ^ (kOnes * '\\')) | has_zero(w ^ (kOnes * 0x7F));
      if (special) return;
      p_ += 8;
    }
  }

  // A basic string on one line, unescaped into `out`.
  bool Str(std::string* out) {
    if (p_ >= end_ || *p_ != '"') return false;
    ++p_;
    out->clear();
    for (;;) {
      const char* run = p_;
      for (;;) {
        SkipPlainWords();
        while (p_ < end_ && Is(*p_, kPlain)) ++p_;
        if (p_ < end_ && static_cast<unsigned char>(*p_) >= 0x80) {
          size_t n = Utf8Len(p_, end_);
          if (n == 0) return false;
          p_ += n;
          continue;
        }
        break;
      }
      out->append(run, static_cast<size_t>(p_ - run));
      if (p_ >= end_) return false;
      const char c = *p_++;
      if (c == '"') return true;
      if (c != '\\' || p_ >= end_) return false;  // a control character, or a cut escape
      const char esc = *p_++;
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
          const int n = esc == 'u' ? 4 : 8;
          if (end_ - p_ < n) return false;
          uint32_t cp = 0;
          for (int i = 0; i < n; ++i) {
            int h = HexDigit(p_[i]);
            if (h < 0) return false;
            cp = cp * 16 + static_cast<uint32_t>(h);
          }
          p_ += n;
          if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
          AppendUtf8(cp, out);
          break;
        }
        default: return false;
      }
    }
  }

  size_t DigitRun() {
    const char* b = p_;
    while (p_ < end_ && Is(*p_, kDigit)) ++p_;
    return static_cast<size_t>(p_ - b);
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, into `out`. Integers of
  // more than 18 digits, and floats that overflow, underflow or come out
  // subnormal, are left to toml++.
  bool Number(RawValue* out) {
    const char* b = p_;
    const bool neg = p_ < end_ && *p_ == '-';
    if (neg) ++p_;
    const char* digits = p_;
    const size_t n = DigitRun();
    if (n == 0 || (n > 1 && *digits == '0')) return false;
    bool is_float = false, nonzero = false;
    for (const char* q = digits; q < p_; ++q) nonzero |= *q != '0';
    if (p_ < end_ && *p_ == '.') {
      ++p_;
      const char* frac = p_;
      if (DigitRun() == 0) return false;
      for (const char* q = frac; q < p_; ++q) nonzero |= *q != '0';
      is_float = true;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (DigitRun() == 0) return false;
      is_float = true;
    }
    if (!is_float) {
      if (n > 18) return false;
      int64_t v = 0;
      for (const char* q = digits; q < p_; ++q) v = v * 10 + (*q - '0');
      *out = neg ? -v : v;
      return true;
    }
    double d = 0;
    auto [ptr, ec] = std::from_chars(b, p_, d);
    if (ec != std::errc() || ptr != p_ || !std::isfinite(d)) return false;
    if (d == 0 ? nonzero : std::fabs(d) < DBL_MIN) return false;
    *out = d;
    return true;
  }

  // YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM): the program writes the offset form.
  bool DateTime(RawValue* out) {
    if (FixedDateTime(out)) return true;
    const char* b = p_;
    while (p_ < end_ && Is(*p_, kDate)) ++p_;
    std::string_view t(b, static_cast<size_t>(p_ - b));
    if (t.size() < 20 || t[10] != 'T' || t[13] != ':' || t[16] != ':') return false;
    if (t.compare(17, 2, "60") == 0) return false;  // a leap second: toml++ decides (it refuses one)
    if (t.back() != 'Z' && (t.size() < 25 || t[t.size() - 3] != ':')) return false;
    Time v;
    if (!ParseDateTime(t, &v, &scratch_err_)) return false;
    *out = v;
    return true;
  }

  // The exact form FormatDateTime writes, YYYY-MM-DDTHH:MM:SS+HH:MM, read
  // digit by digit; false (and nothing read) for anything else, which
  // DateTime then reads with ParseDateTime. Its checks are ParseDateTime's
  // for this form (the fast path declines a leap second, as DateTime does).
  bool FixedDateTime(RawValue* out) {
    constexpr size_t kLen = 25;  // 2026-11-20T18:00:00+01:00
    if (static_cast<size_t>(end_ - p_) < kLen || (p_ + kLen < end_ && Is(p_[kLen], kDate))) return false;
    const char* t = p_;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 23, 24})
      if (!Is(t[i], kDigit)) return false;
    if (t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || (t[19] != '+' && t[19] != '-') ||
        t[22] != ':')
      return false;
    const auto two = [t](int i) { return (t[i] - '0') * 10 + (t[i + 1] - '0'); };
    const int year = two(0) * 100 + two(2), month = two(5), day = two(8);
    const int hour = two(11), minute = two(14), second = two(17), oh = two(20), om = two(23);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return false;
    if (hour > 23 || minute > 59 || second > 59 || oh > 23 || om > 59) return false;
    const int offset = (oh * 60 + om) * (t[19] == '-' ? -1 : 1);
    const int64_t local = DaysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    *out = Time{local - int64_t{offset} * 60, offset};
    p_ += kLen;
    return true;
  }

  bool List(std::vector<std::string>* items) {
    ++p_;  // [
    size_t n = 0;
    SkipSpace();
    while (p_ < end_ && *p_ != ']') {
      if (n == items->size()) items->emplace_back();
      if (!Str(&(*items)[n++])) return false;
      SkipSpace();
      if (p_ < end_ && *p_ == ',') {
        ++p_;
        SkipSpace();
      } else if (p_ < end_ && *p_ != ']') {
        return false;
      }
    }
    if (p_ >= end_) return false;
    ++p_;
    items->resize(n);
    return true;
  }

  // { name = number, ... } on one line.
  bool Table(Factors* fs) {
    ++p_;  // {
    fs->clear();
    SkipSpace();
    if (p_ < end_ && *p_ == '}') {
      ++p_;
      return true;
    }
    for (;;) {
      const char* k = p_;
      while (p_ < end_ && Is(*p_, kKey)) ++p_;
      std::string_view name(k, static_cast<size_t>(p_ - k));
      if (name.empty()) return false;
      SkipSpace();
      if (p_ >= end_ || *p_ != '=') return false;
      ++p_;
      SkipSpace();
      RawValue num;
      if (!Number(&num)) return false;
      for (const auto& f : *fs)
        if (f.first == name) return false;
      fs->emplace_back(std::string(name), std::holds_alternative<int64_t>(num)
                                              ? static_cast<double>(std::get<int64_t>(num))
                                              : std::get<double>(num));
      SkipSpace();
      if (p_ < end_ && *p_ == ',') {
        ++p_;
        SkipSpace();
        continue;
      }
      if (p_ < end_ && *p_ == '}') {
        ++p_;
        return true;
      }
      return false;
    }
  }

  // The value at p_, in one of the scratch values; null if not in the layout.
  const RawValue* Value() {
    if (p_ >= end_) return nullptr;
    const char c = *p_;
    if (c == '"') return Str(&std::get<std::string>(str_)) ? &str_ : nullptr;
    if (c == '[') return List(&std::get<std::vector<std::string>>(list_)) ? &list_ : nullptr;
    if (c == '{') return Table(&std::get<Factors>(factors_)) ? &factors_ : nullptr;
    if (end_ - p_ > 4 && Is(c, kDigit) && p_[4] == '-') return DateTime(&scalar_) ? &scalar_ : nullptr;
    return Number(&scalar_) ? &scalar_ : nullptr;
  }

  static constexpr size_t kMaxKeys = 64;
  static_assert(std::size(kFields) <= 64, "seen_fields_ keeps a bit per row of the table");

  const std::string_view text_;
  const std::string& file_;
  MonthData* const out_;
  // The current line: the cursor, where the line starts, where its content ends.
  const char* p_ = nullptr;
  const char* line_start_ = nullptr;
  const char* end_ = nullptr;
  int line_ = 0;
  bool seen_format_ = false;
  // The entry being read.
  bool in_entry_ = false;
  EntryShape shape_;
  EntryBuilder builder_{ValueSource::kToml};  // one for the file, reset per entry
  std::uint64_t seen_fields_ = 0;             // bit i: kFields[i] was given
  size_t next_row_ = 0;                       // KeyInOrder tries kFields from here
  bool bad_ = false;  // a field was refused: the entry is not loaded, the rest need only parse
  std::array<FieldPlace, kMaxKeys> places_;
  size_t n_places_ = 0;
  size_t problems_mark_ = 0;
  // Problems of the entries themselves, listed after the seal warnings.
  std::vector<Problem> entry_problems_;
  // Scratch values, reused.
  RawValue str_{std::string()};
  RawValue list_{std::vector<std::string>()};
  RawValue factors_{Factors()};
  RawValue scalar_{int64_t{0}};
  std::string scratch_err_;
};

}  // namespace

bool ParseMonthFast(std::string_view text, const std::string& file, MonthData* out) {
  *out = MonthData{};
  if (FastParser(text, file, out).Run()) return true;
  *out = MonthData{};
  return false;
}

}  // namespace pj
