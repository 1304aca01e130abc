// The fast path of the month reader: the exact layout FormatEntryToml
// writes (and close kin: other spacing, comments, CRLF). It declines
// (returns false) anything it does not know for certain, and toml++
// decides.
#include <cctype>
#include <variant>

#include "month_raw.h"
#include "painjournal/month_layout.h"
#include "painjournal/util.h"

namespace pj {

namespace {

// One pass over the text, line by line, into raw entries; false on
// anything outside the simple layout.
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
        if (in_entry && IsEndSeal()) entries->back().shape.ended = true;
        if (!CommentOk()) return false;
      } else if (s_[pos_] == '[') {
        if (s_.compare(pos_, 9, "[[entry]]") != 0) return false;
        RawEntry e;
        e.shape.line = line_;
        e.shape.col = Col();
        e.shape.from_header = true;
        e.shape.offset = line_start_;
        pos_ += 9;
        SkipSpace();
        e.shape.begun = IsBeginSeal();
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
          entries->back().shape.has_at |= f.key == "at";
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

}  // namespace

bool ParseMonthFast(std::string_view text, const std::string& file, MonthData* out) {
  if (!IsValidUtf8(text)) return false;
  std::vector<RawEntry> raws;
  int64_t format = 1;
  FastParser p(text);
  if (!p.Run(&raws, &format)) return false;
  *out = MonthData{};
  CheckFormat(format, p.format_line(), p.format_col(), file, out);
  if (!raws.empty()) raws.back().shape.last = true;
  FinishEntries(&raws, file, out);
  return true;
}

}  // namespace pj
