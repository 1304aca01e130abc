#include "painjournal/month_layout.h"

#include <string>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "painjournal/entry_toml.h"

namespace pj {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

std::string_view TrimLine(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

// "[[entry]]", "[[ entry ]]", each optionally followed by a comment.
// `rest` gets what follows the closing brackets, trimmed.
bool IsEntryHeaderLine(std::string_view t, std::string_view* rest) {
  if (t.substr(0, 2) != "[[") return false;
  size_t close = t.find("]]", 2);
  if (close == std::string_view::npos || TrimLine(t.substr(2, close - 2)) != "entry") return false;
  *rest = TrimLine(t.substr(close + 2));
  return rest->empty() || (*rest)[0] == '#';
}

// The last line of a text cut inside its header: "[", "[[ent".
bool IsCutHeaderLine(std::string_view t) {
  return !t.empty() && t.size() < 9 && std::string_view("[[entry]]").substr(0, t.size()) == t;
}

// Walks a month file line by line at the top level of its TOML structure:
// a line that starts inside a string or an array is part of the value
// before it, not a place where an entry can begin.
class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  std::vector<EntrySpan> Run() {
    std::vector<EntrySpan> out;
    size_t pos = 0;
    while (pos < s_.size()) {
      size_t eol = s_.find('\n', pos);
      size_t next = eol == std::string_view::npos ? s_.size() : eol + 1;
      std::string_view t = TrimLine(s_.substr(pos, next - pos - (eol == std::string_view::npos ? 0 : 1)));
      std::string_view rest;
      if (IsEntryHeaderLine(t, &rest)) {
        EntrySpan span;
        span.offset = pos;
        span.line = line_;
        span.begun = rest == kEntryBeginSeal;
        span.end = next;
        out.push_back(span);
      } else if (eol == std::string_view::npos && IsCutHeaderLine(t)) {
        EntrySpan span;
        span.offset = pos;
        span.line = line_;
        span.cut_header = true;
        span.end = next;
        out.push_back(span);
      } else if (!t.empty() && t[0] == '#') {
        if (t == kEntryEndSeal && !out.empty()) {
          out.back().ended = true;
          out.back().end = next;
        }
      } else if (!t.empty() && t[0] != '[') {
        pos = SkipKeyValue(pos);  // counts the lines it passes
        if (!out.empty()) out.back().end = pos;
        continue;
      } else if (!t.empty() && !out.empty()) {
        out.back().end = next;  // a sub-table such as [entry.factors]
      }
      if (eol != std::string_view::npos) ++line_;
      pos = next;
    }
    return out;
  }

 private:
  // From the start of a `key = value` line to the start of the next line
  // at the top level: past strings of every kind and arrays or inline
  // tables that run over several lines.
  size_t SkipKeyValue(size_t i) {
    int depth = 0;
    while (i < s_.size()) {
      char c = s_[i];
      if (c == '\n') {
        ++line_;
        ++i;
        if (depth == 0) return i;
        // An entry header ends an unclosed array: in valid TOML it cannot
        // stand inside one, and a broken line must not swallow the rest.
        size_t eol = s_.find('\n', i);
        std::string_view rest;
        if (IsEntryHeaderLine(TrimLine(s_.substr(i, (eol == std::string_view::npos ? s_.size() : eol) - i)), &rest))
          return i;
        continue;
      }
      if (c == '#') {
        size_t eol = s_.find('\n', i);
        i = eol == std::string_view::npos ? s_.size() : eol;
        continue;
      }
      if (c == '"' || c == '\'') {
        i = SkipString(i);
        continue;
      }
      if (c == '[' || c == '{') ++depth;
      if ((c == ']' || c == '}') && depth > 0) --depth;
      ++i;
    }
    return i;
  }

  // From an opening quote to just past the closing one. A single-line
  // string ends at the end of its line at the latest; a multi-line string
  // that never closes is taken as three plain quotes, so that one stray
  // `"""` cannot hide the rest of the file.
  size_t SkipString(size_t i) {
    const char q = s_[i];
    const bool basic = q == '"';
    if (s_.compare(i, 3, basic ? "\"\"\"" : "'''") == 0) {
      size_t& unclosed = basic ? unclosed_basic_ : unclosed_literal_;
      if (unclosed != kNone && i >= unclosed) return i + 3;
      int lines = 0;
      for (size_t j = i + 3; j < s_.size(); ++j) {
        if (basic && s_[j] == '\\') {
          if (j + 1 < s_.size() && s_[j + 1] == '\n') ++lines;
          ++j;
          continue;
        }
        if (s_[j] == '\n') ++lines;
        if (s_[j] == q && s_.compare(j, 3, basic ? "\"\"\"" : "'''") == 0) {
          size_t end = j + 3;
          for (int extra = 0; extra < 2 && end < s_.size() && s_[end] == q; ++extra) ++end;
          line_ += lines;
          return end;
        }
      }
      unclosed = i;
      return i + 3;
    }
    for (size_t j = i + 1; j < s_.size(); ++j) {
      if (s_[j] == '\n') return j;
      if (basic && s_[j] == '\\') {
        if (j + 1 < s_.size() && s_[j + 1] != '\n') ++j;
        continue;
      }
      if (s_[j] == q) return j + 1;
    }
    return s_.size();
  }

  std::string_view s_;
  int line_ = 1;
  size_t unclosed_basic_ = kNone;    // a """ from here on has no closing """
  size_t unclosed_literal_ = kNone;  // likewise for '''
};

}  // namespace

std::vector<EntrySpan> ScanEntries(std::string_view text) { return Scanner(text).Run(); }

std::vector<EntrySpan> ScanHeaderLines(std::string_view text) {
  std::vector<EntrySpan> out;
  int line = 1;
  for (size_t pos = 0; pos < text.size(); ++line) {
    size_t eol = text.find('\n', pos);
    size_t end = eol == std::string_view::npos ? text.size() : eol;
    std::string_view t = TrimLine(text.substr(pos, end - pos));
    std::string_view rest;
    if (IsEntryHeaderLine(t, &rest) || (eol == std::string_view::npos && IsCutHeaderLine(t))) {
      EntrySpan span;
      span.offset = pos;
      span.line = line;
      span.cut_header = eol == std::string_view::npos && !IsEntryHeaderLine(t, &rest);
      out.push_back(span);
    }
    pos = end + 1;
  }
  return out;
}

bool EndsWithEndSeal(std::string_view text) {
  size_t k = text.size();
  bool newline = false;
  while (k > 0 && (text[k - 1] == '\n' || text[k - 1] == '\r' || text[k - 1] == ' ' || text[k - 1] == '\t')) {
    newline |= text[k - 1] == '\n';
    --k;
  }
  if (!newline) return false;
  size_t start = text.rfind('\n', k == 0 ? 0 : k - 1);
  if (start == std::string_view::npos || start >= k) return false;
  return TrimLine(text.substr(start + 1, k - start - 1)) == kEntryEndSeal;
}

bool IsCutFileHeader(std::string_view text) {
  static const std::string ref = MonthFileHeader(2000, 1);
  static const size_t date = ref.find("2000-01");
  if (text.empty() || text.size() >= ref.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i >= date && i < date + 7) {
      bool ok = i == date + 4 ? text[i] == '-' : (text[i] >= '0' && text[i] <= '9');
      if (!ok) return false;
    } else if (text[i] != ref[i]) {
      return false;
    }
  }
  return true;
}

namespace {

// Calls at(i), in order, for every i where text[i] and text[i + 1] are
// `""`, `''` or `fa`: where a multi-line string or `factors` can begin.
// Stops, returning false, when at() does. Sixteen bytes at a time with
// SSE2: a month file has few such places, and a search that stopped at
// every quote (several on each line) was most of the first pass of an
// export.
template <typename At>
bool EachPairStart(std::string_view text, At&& at) {
  const char* const p = text.data();
  const size_t n = text.size();
  size_t i = 0;
#ifdef __SSE2__
  const __m128i dq = _mm_set1_epi8('"'), sq = _mm_set1_epi8('\''), f = _mm_set1_epi8('f'), a = _mm_set1_epi8('a');
  for (; i + 17 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
    const __m128i quotes = _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(x, dq), _mm_cmpeq_epi8(y, dq)),
                                        _mm_and_si128(_mm_cmpeq_epi8(x, sq), _mm_cmpeq_epi8(y, sq)));
    const __m128i fa = _mm_and_si128(_mm_cmpeq_epi8(x, f), _mm_cmpeq_epi8(y, a));
    for (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(quotes, fa))); m != 0; m &= m - 1)
      if (!at(i + static_cast<size_t>(__builtin_ctz(m)))) return false;
  }
#endif
  for (; i + 1 < n; ++i) {
    const char c = p[i], d = p[i + 1];
    if ((c == d && (c == '"' || c == '\'')) || (c == 'f' && d == 'a'))
      if (!at(i)) return false;
  }
  return true;
}

}  // namespace

bool ReadFactorLine(std::string_view text, size_t at, std::vector<std::string>* found) {
  static constexpr std::string_view kStart = "factors = { ";
  if ((at > 0 && text[at - 1] != '\n') || text.compare(at, kStart.size(), kStart) != 0) return false;
  const size_t eol = text.find('\n', at);
  if (eol == std::string_view::npos) return false;
  std::string_view line = text.substr(at + kStart.size(), eol - at - kStart.size());
  if (line.size() < 2 || line.substr(line.size() - 2) != " }") return false;
  line.remove_suffix(2);
  // name = number, name = number: names of [a-z0-9_], numbers without
  // commas or spaces (the writer's TomlFloat).
  while (!line.empty()) {
    const size_t eq = line.find(" = ");
    if (eq == std::string_view::npos || eq == 0) return false;
    const std::string_view name = line.substr(0, eq);
    for (char c : name)
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    found->emplace_back(name);
    const size_t comma = line.find(", ", eq);
    const std::string_view number = line.substr(eq + 3, comma == std::string_view::npos ? line.npos : comma - eq - 3);
    if (number.empty() || number.find_first_of(" ,=") != std::string_view::npos) return false;
    line = comma == std::string_view::npos ? std::string_view() : line.substr(comma + 2);
  }
  return true;
}

bool ScanFactorNames(std::string_view text, std::vector<std::string>* names) {
  static constexpr std::string_view kWord = "factors";
  std::vector<std::string> found;
  const bool ok = EachPairStart(text, [&](size_t at) {
    // A multi-line string could hold a line that looks like one.
    if (text[at] != 'f') return !(at + 2 < text.size() && text[at + 2] == text[at]);
    return text.compare(at, kWord.size(), kWord) != 0 || ReadFactorLine(text, at, &found);
  });
  if (!ok) return false;
  names->insert(names->end(), found.begin(), found.end());
  return true;
}

}  // namespace pj
