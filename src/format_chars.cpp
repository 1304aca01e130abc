#include "painjournal/format_chars.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "painjournal/util.h"

namespace pj {

namespace {

// "00" to "99": two digits are one two-byte copy.
constexpr std::array<char, 200> MakePairs() {
  std::array<char, 200> t{};
  for (int i = 0; i < 100; ++i) {
    t[static_cast<size_t>(2 * i)] = static_cast<char>('0' + i / 10);
    t[static_cast<size_t>(2 * i + 1)] = static_cast<char>('0' + i % 10);
  }
  return t;
}
constexpr std::array<char, 200> kPairs = MakePairs();

// Two digits of 0-99.
inline char* Two(char* p, unsigned v) {
  std::memcpy(p, &kPairs[2 * v], 2);
  return p + 2;
}

inline char* Copy(char* p, std::string_view s) {
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

// The "YYYY-MM-DD" of the last day formatted: entries come in time order,
// a day's many, and the civil date is most of a date-time's work.
struct DayText {
  int64_t days = INT64_MIN;
  char text[10];
};

}  // namespace

char* DateTimeChars(char* p, const Time& t) {
  const int64_t local = t.utc + int64_t{t.offset_min} * 60;
  const int64_t days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  const auto secs = static_cast<unsigned>(local - days * 86400);
  const unsigned off = static_cast<unsigned>(t.offset_min < 0 ? -t.offset_min : t.offset_min);
  thread_local DayText last;
  if (days != last.days) {
    const Date d = CivilFromDays(days);
    if (d.year < 0 || d.year > 9999 || off >= 100 * 60) return Copy(p, FormatDateTime(t));  // snprintf's widths
    char* q = Two(last.text, static_cast<unsigned>(d.year) / 100);
    q = Two(q, static_cast<unsigned>(d.year) % 100);
    *q++ = '-';
    q = Two(q, static_cast<unsigned>(d.month));
    *q++ = '-';
    Two(q, static_cast<unsigned>(d.day));
    last.days = days;
  } else if (off >= 100 * 60) {
    return Copy(p, FormatDateTime(t));
  }
  std::memcpy(p, last.text, 10);
  p += 10;
  *p++ = 'T';
  p = Two(p, secs / 3600);
  *p++ = ':';
  p = Two(p, secs / 60 % 60);
  *p++ = ':';
  p = Two(p, secs % 60);
  *p++ = t.offset_min < 0 ? '-' : '+';
  p = Two(p, off / 60);
  *p++ = ':';
  return Two(p, off % 60);
}

char* IntChars(char* p, long long v) {
  if (v >= 0 && v < 10) {
    *p = static_cast<char>('0' + v);
    return p + 1;
  }
  if (v >= 10 && v < 100) return Two(p, static_cast<unsigned>(v));
  return std::to_chars(p, p + 24, v).ptr;
}

char* NumberChars(char* p, double v) {
  if (!(std::fabs(v) < 1e9)) return fmt::format_to(p, "{}", v);  // also NaN and infinities
  const auto whole = static_cast<long long>(v);
  if (static_cast<double>(whole) == v) {
    if (whole == 0 && std::signbit(v)) return Copy(p, "-0");
    return IntChars(p, whole);
  }
  // A few decimals (6.5, 0.25, 9.125): the shortest text that reads back as
  // v is n / 10^k for the smallest k where that division gives v exactly, as
  // below 1e9 no other n of k decimals lies within half a unit of v.
  static constexpr long long kPow10[] = {1, 10, 100, 1000, 10000};
  for (int k = 1; k <= 4; ++k) {
    const long long n = std::llround(v * static_cast<double>(kPow10[k]));
    if (static_cast<double>(n) / static_cast<double>(kPow10[k]) != v) continue;
    unsigned long long u = n < 0 ? static_cast<unsigned long long>(-n) : static_cast<unsigned long long>(n);
    if (n < 0) *p++ = '-';
    p = std::to_chars(p, p + 24, u / static_cast<unsigned long long>(kPow10[k])).ptr;
    *p++ = '.';
    unsigned long long frac = u % static_cast<unsigned long long>(kPow10[k]);
    for (int i = k - 1; i >= 0; --i) {
      p[i] = static_cast<char>('0' + frac % 10);
      frac /= 10;
    }
    return p + k;
  }
  return fmt::format_to(p, "{}", v);
}

char* JsonNumberChars(char* p, double v) {
  // A whole number below 1e15 is its digits and ".0"; other numbers take
  // nlohmann-json's own conversion (what dump() calls).
  const auto whole = std::fabs(v) < 1e15 ? static_cast<long long>(v) : 0;
  if (static_cast<double>(whole) == v && !(v == 0 && std::signbit(v))) {
    p = IntChars(p, whole);
    *p++ = '.';
    *p++ = '0';
    return p;
  }
  if (!std::isfinite(v)) return Copy(p, "null");
  return nlohmann::detail::to_chars(p, p + kNumberChars, v);
}

namespace {

// What a byte asks of a JSON string: 1, an escape (controls, '"', '\\');
// 2, a check of the UTF-8 it is part of.
constexpr std::array<unsigned char, 256> MakeClass() {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<size_t>(c)] = 1;
  t['"'] = t['\\'] = 1;
  for (int c = 0x80; c < 0x100; ++c) t[static_cast<size_t>(c)] = 2;
  return t;
}
constexpr std::array<unsigned char, 256> kClass = MakeClass();

// The classes of eight bytes: none when none is a control, '"' or '\\'
// and none has the high bit (then the bytes are looked at one by one).
inline unsigned WordClass(const char* s) {
  uint64_t w;
  std::memcpy(&w, s, 8);
  constexpr uint64_t kOnes = ~uint64_t{0} / 255, kHigh = kOnes * 0x80;
  const uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
  if ((((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) | w) & kHigh) {
    unsigned c = 0;
    for (int k = 0; k < 8; ++k) c |= kClass[static_cast<unsigned char>(s[k])];
    return c;
  }
  return 0;
}

}  // namespace

char* JsonStringChars(char* p, std::string_view s) {
  // Nearly every string is copied as it is: no byte to escape and, when not
  // ASCII, valid UTF-8. Eight bytes at a time, the last eight overlapping.
  const size_t n = s.size();
  unsigned cls = 0;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) cls |= WordClass(s.data() + i);
    cls |= WordClass(s.data() + n - 8);
  } else {
    for (char c : s) cls |= kClass[static_cast<unsigned char>(c)];
  }
  if ((cls & 2) && !IsValidUtf8(s))  // nlohmann-json's replacement of what is not UTF-8
    return Copy(p, nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false,
                                                                nlohmann::ordered_json::error_handler_t::replace));
  *p++ = '"';
  if (!(cls & 1)) {
    p = Copy(p, s);
  } else {  // escaped as dump() escapes: by name, else \u00XX in lower case
    for (char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      if (kClass[c] != 1) {
        *p++ = ch;
        continue;
      }
      *p++ = '\\';
      switch (c) {
        case '\b': *p++ = 'b'; break;
        case '\t': *p++ = 't'; break;
        case '\n': *p++ = 'n'; break;
        case '\f': *p++ = 'f'; break;
        case '\r': *p++ = 'r'; break;
        case '"': *p++ = '"'; break;
        case '\\': *p++ = '\\'; break;
        default:
          *p++ = 'u';
          *p++ = '0';
          *p++ = '0';
          *p++ = "0123456789abcdef"[c >> 4];
          *p++ = "0123456789abcdef"[c & 15];
      }
    }
  }
  *p++ = '"';
  return p;
}

}  // namespace pj
