// The guard of toml_safe.h. toml++ never sees the text itself until it is
// known that parsing it cannot reach the undefined path:
//  1. Text without any of the characters at fault is parsed as it is.
//  2. Otherwise a copy is parsed first, each such character replaced by a
//     harmless one of the same UTF-8 length (U+05D0, U+4E00). TOML treats
//     both alike (non-ASCII, not whitespace, allowed only in strings and
//     comments), so the copy is valid exactly when the text is, and its
//     errors are the text's errors at the same line and column.
//  3. In a valid document toml++ asks its whitespace question of a
//     string's character only where a line-ending backslash in a """
//     string skips the next line's leading whitespace. A character at
//     fault there is refused; otherwise the text itself is parsed.
#include "painjournal/toml_safe.h"

#include <cstdint>
#include <cstdio>
#include <vector>

namespace pj {

namespace {

// Length (1-4) of the well-formed UTF-8 sequence at s[i], 0 if none.
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = b(0);
  if (c < 0x80) return *cp = c, 1;
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (len == 0 || c > 0xF4 || i + len > s.size()) return 0;
  char32_t v = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0;
    v = (v << 6) | (b(k) & 0x3F);
  }
  static const char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < kMin[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

// Steps over one code point, or one byte of text that is not UTF-8.
size_t Step(std::string_view s, size_t i) {
  char32_t cp;
  size_t n = DecodeUtf8(s, i, &cp);
  return n ? n : 1;
}

// What toml++ 3.3.0 counts as horizontal whitespace (a superset is fine
// here: it only widens the search for characters at fault).
bool TomlHorizontalWhitespace(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200B) ||
         c == 0x202F || c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

struct Fault {
  size_t offset;
  size_t len;
};

// toml++ skips a byte-order mark and does not count it as a column.
size_t TextStart(std::string_view text) { return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; }

size_t OffsetOf(std::string_view text, const toml::source_position& pos) {
  size_t i = TextStart(text);
  for (toml::source_index line = 1; line < pos.line && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  for (toml::source_index col = 1; col < pos.column && i < text.size() && text[i] != '\n'; ++col) i += Step(text, i);
  return i;
}

toml::source_position PositionOf(std::string_view text, size_t offset) {
  toml::source_position pos{1, 1};
  size_t i = TextStart(text);
  while (i < offset && i < text.size()) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
      ++i;
    } else {
      ++pos.column;
      i += Step(text, i);
    }
  }
  return pos;
}

bool ParseAsIs(std::string_view text, std::string_view source_path, toml::table* out, toml::source_position* err_pos,
               std::string* err_msg) {
  try {
    *out = toml::parse(text, source_path);
    return true;
  } catch (const toml::parse_error& e) {
    *err_pos = e.source().begin;
    *err_msg = std::string(e.description());
    return false;
  }
}

const char* Substitute(size_t len) { return len == 2 ? "\xD7\x90" : "\xE4\xB8\x80"; }

// Faults that sit where a line-ending backslash has toml++ skip whitespace:
// an odd run of backslashes, spaces or tabs, a line break, then whitespace
// and line breaks. Whether that is inside a """ string is decided later.
std::vector<Fault> AfterLineEndingBackslash(std::string_view text, const std::vector<Fault>& faults) {
  std::vector<Fault> found;
  std::vector<bool> is_fault(text.size() + 1, false);
  for (const Fault& f : faults) is_fault[f.offset] = true;
  for (size_t i = 0; i < text.size();) {
    if (text[i] != '\\') {
      i += Step(text, i);
      continue;
    }
    size_t run = 0;
    while (i < text.size() && text[i] == '\\') ++i, ++run;
    if (run % 2 == 0) continue;
    size_t j = i;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
    if (j < text.size() && text[j] == '\r') ++j;
    if (j >= text.size() || text[j] != '\n') continue;
    while (j < text.size()) {
      char32_t cp;
      size_t n = DecodeUtf8(text, j, &cp);
      if (n == 0 || !(cp == '\n' || cp == '\r' || TomlHorizontalWhitespace(cp))) break;
      j += n;
    }
    if (j < text.size() && is_fault[j]) found.push_back(Fault{j, Step(text, j)});
  }
  return found;
}

// OffsetOf for many positions: the start of every line is found once, so a
// month with thousands of strings costs one pass, not one per string.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(TextStart(text));
    for (size_t i = starts_[0]; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }
  size_t Offset(const toml::source_position& pos) const {
    if (pos.line == 0 || pos.line > starts_.size()) return text_.size();
    size_t i = starts_[pos.line - 1];
    for (toml::source_index col = 1; col < pos.column && i < text_.size() && text_[i] != '\n'; ++col)
      i += Step(text_, i);
    return i;
  }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

// The byte ranges of the """ strings among the values of `root`.
std::vector<std::pair<size_t, size_t>> MultiLineBasicStrings(std::string_view text, const toml::table& root) {
  const LineIndex index(text);
  std::vector<std::pair<size_t, size_t>> ranges;
  std::vector<const toml::node*> todo{&root};  // no recursion: tables may nest deeply
  while (!todo.empty()) {
    const toml::node* n = todo.back();
    todo.pop_back();
    if (const toml::table* t = n->as_table()) {
      for (const auto& [k, v] : *t) todo.push_back(&v);
    } else if (const toml::array* a = n->as_array()) {
      for (const auto& v : *a) todo.push_back(&v);
    } else if (n->is_string()) {
      size_t b = index.Offset(n->source().begin);
      if (text.substr(b, 3) == "\"\"\"") ranges.emplace_back(b, index.Offset(n->source().end));
    }
  }
  return ranges;
}

constexpr size_t kMaxTomlDepth = 512;

// toml++ walks its tree recursively (update_region_ends at the end of a
// parse, the destructors), so a dotted key of 100,000 parts overflows the
// stack: 200 KB of text. The depth of the tree is bounded here from the
// text: the parts of the current [table] header, plus for each open inline
// table the parts of its key, plus the open brackets, plus the parts of the
// key being read. Only dots in keys count, not those in numbers or strings.
// Returns the offset where the bound first exceeds `max_depth`, or npos.
size_t TooDeepAt(std::string_view text, size_t max_depth) {
  struct Open {
    char bracket;  // '[' array, '{' inline table, 'h' [table] header
    size_t depth;  // the depth of the tree inside it
  };
  std::vector<Open> open;
  size_t section = 0;  // depth of the current [table]
  bool key = true;     // reading a key (line start, after '{' or ',' in an inline table, in a header)
  bool key_started = false;
  size_t parts = 1;  // parts of the key read so far
  auto base = [&] { return open.empty() ? section : open.back().depth; };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '#') {
      while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
    } else if (c == '"' || c == '\'') {
      // A string: skip it whole (basic ones with their escapes).
      bool multi = i + 2 < text.size() && text[i + 1] == c && text[i + 2] == c;
      std::string_view close = multi ? text.substr(i, 3) : text.substr(i, 1);
      for (i += close.size(); i < text.size(); ++i) {
        if (c == '"' && text[i] == '\\') {
          ++i;
        } else if (text.substr(i, close.size()) == close) {
          i += close.size() - 1;
          while (multi && i + 1 < text.size() && text[i + 1] == c) ++i;  // """" ends with a quote in the string
          break;
        } else if (!multi && text[i] == '\n') {
          --i;  // unterminated: the line break is seen below
          break;
        }
      }
      key_started = true;
    } else if (c == '\n') {
      if (open.empty()) key = true, key_started = false, parts = 1;
    } else if (key && c == '[' && open.empty() && !key_started) {
      open.push_back(Open{'h', 0});
      if (i + 1 < text.size() && text[i + 1] == '[') ++i;
      key_started = true;
    } else if (key && c == '.') {
      if (base() + ++parts > max_depth) return i;
    } else if (key && c == ']' && !open.empty() && open.back().bracket == 'h') {
      open.pop_back();
      section = parts;
      key = false;
    } else if (key && c == '=') {
      key = false;
      key_started = false;
    } else if (!key && (c == '[' || c == '{')) {
      size_t d = base() + parts + 1;
      if (d > max_depth) return i;
      open.push_back(Open{c, d});
      if (c == '{') key = true, key_started = false, parts = 1;
      else parts = 0;
    } else if ((c == ']' && !open.empty() && open.back().bracket == '[') ||
               (c == '}' && !open.empty() && open.back().bracket == '{')) {
      open.pop_back();
      key = false;
      parts = 0;
    } else if (!key && c == ',' && !open.empty() && open.back().bracket == '{') {
      key = true, key_started = false, parts = 1;
    } else if (key && c != ' ' && c != '\t' && c != '\r') {
      key_started = true;
    }
  }
  return std::string_view::npos;
}

}  // namespace

bool TomlWhitespaceTestIsUndefined(char32_t c) {
  // toml++ 3.3.0 impl/unicode_autogenerated.h, is_non_ascii_horizontal_whitespace:
  // a bit set of 64 blocks of 0x3FA code points from U+00A0, then a switch
  // with cases for blocks 5 and 7 only and `default: TOML_UNREACHABLE`.
  if (c < 0xA0 || c > 0xFEFF) return false;
  const uint64_t block = (static_cast<uint64_t>(c) - 0xA0) / 0x3FA;
  if ((uint64_t{1} << block) & 0x7FFFFFFFFFFFF75Eull) return false;
  if (c == 0xA0 || c == 0x3000 || c == 0xFEFF) return false;
  return block != 5 && block != 7;
}

bool ParseTomlSafely(std::string_view text, toml::table* out, toml::source_position* err_pos, std::string* err_msg,
                     std::string_view source_path) {
  if (size_t at = TooDeepAt(text, kMaxTomlDepth); at != std::string_view::npos) {
    *err_pos = PositionOf(text, at);
    *err_msg = "tables, arrays and dotted keys nest deeper than " + std::to_string(kMaxTomlDepth) +
               " levels here; a month file nests 3";
    return false;
  }
  std::vector<Fault> faults;
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    size_t n = static_cast<unsigned char>(text[i]) < 0x80 ? 1 : DecodeUtf8(text, i, &cp);
    if (n > 1 && TomlWhitespaceTestIsUndefined(cp)) faults.push_back(Fault{i, n});
    i += n ? n : 1;
  }
  if (faults.empty()) return ParseAsIs(text, source_path, out, err_pos, err_msg);

  std::string copy(text);
  for (const Fault& f : faults) copy.replace(f.offset, f.len, Substitute(f.len));
  toml::table parsed;
  if (!ParseAsIs(copy, source_path, &parsed, err_pos, err_msg)) {
    // Name the character the text holds, not its stand-in.
    size_t at = OffsetOf(text, *err_pos);
    for (const Fault& f : faults) {
      if (f.offset != at) continue;
      std::string sub = Substitute(f.len);
      for (size_t k = err_msg->find(sub); k != std::string::npos; k = err_msg->find(sub, k + f.len))
        err_msg->replace(k, sub.size(), text.substr(f.offset, f.len));
    }
    return false;
  }

  std::vector<Fault> risky = AfterLineEndingBackslash(text, faults);
  if (!risky.empty()) {
    for (const auto& [begin, end] : MultiLineBasicStrings(text, parsed)) {
      for (const Fault& f : risky) {
        if (f.offset < begin || f.offset >= end) continue;
        char32_t cp = 0;
        DecodeUtf8(text, f.offset, &cp);
        char code[16];
        std::snprintf(code, sizeof code, "\\u%04X", static_cast<unsigned>(cp));
        *err_pos = PositionOf(text, f.offset);
        *err_msg = "'" + std::string(text.substr(f.offset, f.len)) +
                   "' right after a line-ending backslash in a \"\"\" string is not supported (toml++ 3.3.0, its "
                   "issue 190); write it as " + code + " or join the lines";
        return false;
      }
    }
  }
  return ParseAsIs(text, source_path, out, err_pos, err_msg);
}

}  // namespace pj
