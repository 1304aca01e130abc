#include "painjournal/time.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "painjournal/util.h"

namespace pj {

bool operator==(const Date& a, const Date& b) {
  return a.year == b.year && a.month == b.month && a.day == b.day;
}
bool operator<(const Date& a, const Date& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day < b.day;
}

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

Date CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

const char* WeekdayAbbrev(const Date& d) {
  static const char* const kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  return kWeekdays[WeekdayOf(d)];
}

const char* MonthAbbrev(int month) {
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return kMonths[std::clamp(month, 1, 12) - 1];
}

int WeekdayOf(const Date& d) {
  int64_t days = DaysFromCivil(d.year, d.month, d.day);  // 1970-01-01 was a Thursday
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

static int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

Date LocalDate(const Time& t) {
  return CivilFromDays(FloorDiv(t.utc + t.offset_min * 60, 86400));
}

int LocalMinuteOfDay(const Time& t) {
  int64_t local = t.utc + t.offset_min * 60;
  return static_cast<int>((local - FloorDiv(local, 86400) * 86400) / 60);
}

Time InLocalZone(int64_t utc) {
  time_t tt = static_cast<time_t>(utc);
  struct tm tm;
  localtime_r(&tt, &tm);
  return Time{utc, static_cast<int>(tm.tm_gmtoff / 60)};
}

Time FromLocal(const Date& d, int hour, int minute, int second) {
  struct tm tm = {};
  tm.tm_year = d.year - 1900;
  tm.tm_mon = d.month - 1;
  tm.tm_mday = d.day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  tm.tm_isdst = -1;
  time_t tt = mktime(&tm);
  return Time{static_cast<int64_t>(tt), static_cast<int>(tm.tm_gmtoff / 60)};
}

namespace {

bool Digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

bool ValidDate(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

// `HH:MM` or `HH:MM:SS` at the start of s; returns characters consumed or 0.
size_t ParseClock(std::string_view s, int* h, int* m, int* sec) {
  *sec = 0;
  if (!Digits(s, 0, 2, h) || s.size() < 5 || s[2] != ':' || !Digits(s, 3, 2, m)) return 0;
  if (*h > 23 || *m > 59) return 0;
  size_t n = 5;
  if (s.size() >= 8 && s[5] == ':') {
    if (!Digits(s, 6, 2, sec) || *sec > 60) return 0;
    if (*sec == 60) *sec = 59;  // a leap second is kept in its minute
    n = 8;
  }
  return n;
}

// A clock as users type it in a WHEN: `HH:MM[:SS]`, or `H:MM` with a one-digit hour.
bool ParseWhenClock(std::string_view c, int* h, int* m, int* sec) {
  std::string padded(c);
  if (padded.size() >= 2 && padded[1] == ':') padded.insert(0, "0");
  return !padded.empty() && ParseClock(padded, h, m, sec) == padded.size();
}

}  // namespace

bool ParseDate(std::string_view s, Date* out) {
  int y, m, d;
  if (s.size() != 10 || !Digits(s, 0, 4, &y) || s[4] != '-' || !Digits(s, 5, 2, &m) ||
      s[7] != '-' || !Digits(s, 8, 2, &d) || !ValidDate(y, m, d))
    return false;
  *out = Date{y, m, d};
  return true;
}

bool ParseDateTime(std::string_view s, Time* out, std::string* err) {
  Date date;
  auto fail = [&] {
    *err = "'" + std::string(s) + "' is not an RFC 3339 date-time (YYYY-MM-DDTHH:MM[:SS][+HH:MM])";
    return false;
  };
  if (s.size() < 16 || !ParseDate(s.substr(0, 10), &date)) return fail();
  if (s[10] != 'T' && s[10] != 't' && s[10] != ' ') return fail();
  int h, mi, sec;
  size_t n = ParseClock(s.substr(11), &h, &mi, &sec);
  if (n == 0) return fail();
  size_t pos = 11 + n;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    size_t start = pos;
    while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) ++pos;
    if (pos == start) return fail();
  }
  std::string_view rest = s.substr(pos);
  int64_t local = DaysFromCivil(date.year, date.month, date.day) * 86400 + h * 3600 + mi * 60 + sec;
  if (rest.empty()) {
    *out = FromLocal(date, h, mi, sec);
    return true;
  }
  int offset = 0;
  if (rest == "Z" || rest == "z") {
    offset = 0;
  } else {
    int oh, om;
    if (rest.size() != 6 || (rest[0] != '+' && rest[0] != '-') || !Digits(rest, 1, 2, &oh) ||
        rest[3] != ':' || !Digits(rest, 4, 2, &om) || oh > 23 || om > 59)
      return fail();
    offset = (oh * 60 + om) * (rest[0] == '-' ? -1 : 1);
  }
  *out = Time{local - offset * 60, offset};
  return true;
}

namespace {

// Two digits of 0-99 into p; exports format millions of these, and
// snprintf was a tenth of their time.
char* Two(char* p, int v) {
  p[0] = static_cast<char>('0' + v / 10);
  p[1] = static_cast<char>('0' + v % 10);
  return p + 2;
}

// YYYY-MM-DD into p (a year of 0-9999); returns the end.
char* DateChars(char* p, const Date& d) {
  p = Two(p, d.year / 100);
  p = Two(p, d.year % 100);
  *p++ = '-';
  p = Two(p, d.month);
  *p++ = '-';
  return Two(p, d.day);
}

}  // namespace

std::string FormatDate(const Date& d) {
  char buf[40];
  if (d.year < 0 || d.year > 9999) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
  }
  return std::string(buf, DateChars(buf, d));
}

std::string FormatClock(const Time& t) {
  int m = LocalMinuteOfDay(t);
  char buf[8];
  char* p = Two(buf, m / 60);
  *p++ = ':';
  return std::string(buf, Two(p, m % 60));
}

std::string FormatDateTime(const Time& t) {
  int64_t local = t.utc + t.offset_min * 60;
  int64_t secs = local - FloorDiv(local, 86400) * 86400;
  Date d = LocalDate(t);
  int off = t.offset_min < 0 ? -t.offset_min : t.offset_min;
  char buf[80];
  if (d.year < 0 || d.year > 9999 || off >= 100 * 60) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d.year, d.month, d.day,
                  static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60),
                  t.offset_min < 0 ? '-' : '+', off / 60, off % 60);
    return buf;
  }
  char* p = DateChars(buf, d);
  *p++ = 'T';
  p = Two(p, static_cast<int>(secs / 3600));
  *p++ = ':';
  p = Two(p, static_cast<int>(secs / 60 % 60));
  *p++ = ':';
  p = Two(p, static_cast<int>(secs % 60));
  *p++ = t.offset_min < 0 ? '-' : '+';
  p = Two(p, off / 60);
  *p++ = ':';
  return std::string(buf, Two(p, off % 60));
}

namespace {

const char* const kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

int WeekdayIndex(const std::string& w) {
  for (int i = 0; i < 7; ++i) {
    std::string full = kWeekdays[i];
    if (w == full || w == full.substr(0, 3)) return i;
  }
  return -1;
}

// "3 days", "-3d" and the like to a count and a unit letter (m h d w).
bool ParseAmount(const std::string& num, const std::string& unit, int64_t* n, char* u) {
  if (num.empty() || num.size() > 6) return false;
  for (char c : num)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  *n = std::stoll(num);
  static const struct { const char* name; char u; } kUnits[] = {
      {"m", 'm'}, {"min", 'm'}, {"mins", 'm'}, {"minute", 'm'}, {"minutes", 'm'},
      {"h", 'h'}, {"hr", 'h'}, {"hrs", 'h'}, {"hour", 'h'}, {"hours", 'h'}, {"d", 'd'}, {"day", 'd'}, {"days", 'd'},
      {"w", 'w'}, {"week", 'w'}, {"weeks", 'w'}};
  for (const auto& k : kUnits) {
    if (unit == k.name) {
      *u = k.u;
      return true;
    }
  }
  return false;
}

Time Subtract(const Time& now, int64_t n, char unit) {
  if (unit == 'm') return InLocalZone(now.utc - n * 60);
  if (unit == 'h') return InLocalZone(now.utc - n * 3600);
  // Days and weeks are calendar days: the same wall-clock time n days back.
  int64_t days = n * (unit == 'w' ? 7 : 1);
  Time local = InLocalZone(now.utc);
  Date d = CivilFromDays(DaysFromCivil(LocalDate(local).year, LocalDate(local).month, LocalDate(local).day) - days);
  int minute = LocalMinuteOfDay(local);
  int second = static_cast<int>(((local.utc % 60) + 60) % 60);
  return FromLocal(d, minute / 60, minute % 60, second);
}

}  // namespace

Date AddDays(const Date& d, int64_t n) { return CivilFromDays(DaysFromCivil(d.year, d.month, d.day) + n); }

namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// A clock of day as people type it: HH:MM[:SS], H:MM, 6pm, 6:30pm, noon,
// midnight; with `bare_hour` also a lone hour 0-23 (`monday at 9`). A
// spaced or dotted `6:30 p.m.` arrives here as `6:30pm`.
bool ParseTypedClock(std::string_view w, bool bare_hour, int* h, int* m, int* sec) {
  *m = 0;
  *sec = 0;
  if (w == "noon") {
    *h = 12;
    return true;
  }
  if (w == "midnight") {
    *h = 0;
    return true;
  }
  int half = 0;  // 1 am, 2 pm
  if (w.size() > 2 && (w.substr(w.size() - 2) == "am" || w.substr(w.size() - 2) == "pm")) {
    half = w[w.size() - 2] == 'a' ? 1 : 2;
    w.remove_suffix(2);
  }
  if (half) {  // 12-hour: 6, 06, 6:30, 06:30; 12am is midnight, 12pm noon
    size_t colon = w.find(':');
    std::string_view hs = w.substr(0, colon), ms = colon == std::string_view::npos ? "" : w.substr(colon + 1);
    if (!AllDigits(hs) || hs.size() > 2 || (colon != std::string_view::npos && (ms.size() != 2 || !AllDigits(ms))))
      return false;
    int hh = std::stoi(std::string(hs)), mm = ms.empty() ? 0 : std::stoi(std::string(ms));
    if (hh < 1 || hh > 12 || mm > 59) return false;
    *h = hh % 12 + (half == 2 ? 12 : 0);
    *m = mm;
    return true;
  }
  if (ParseWhenClock(w, h, m, sec)) return true;
  if (bare_hour && AllDigits(w) && w.size() <= 2) {
    *h = std::stoi(std::string(w));
    return *h <= 23;
  }
  return false;
}

// Lower case, trimmed, `a.m.`/`p.m.` as am/pm and glued to the number before
// them: "6:30 P.M." -> {"6:30pm"}.
std::vector<std::string> WhenWords(std::string_view input) {
  std::string s = Lower(Trim(input));
  for (const char* dotted : {"a.m.", "p.m.", "a.m", "p.m"}) {
    for (size_t pos; (pos = s.find(dotted)) != std::string::npos;)
      s.replace(pos, std::strlen(dotted), dotted[0] == 'a' ? "am" : "pm");
  }
  std::vector<std::string> words = SplitWords(s);
  for (size_t i = 1; i < words.size(); ++i) {
    if ((words[i] == "am" || words[i] == "pm") && !words[i - 1].empty() &&
        std::isdigit(static_cast<unsigned char>(words[i - 1].back()))) {
      words[i - 1] += words[i];
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(i));
      --i;
    }
  }
  return words;
}

// `this|last week|month|year` as its first day and length.
bool ParsePeriod(const std::vector<std::string>& words, const Date& today, Date* first, int* days) {
  if (words.size() != 2 || (words[0] != "this" && words[0] != "last")) return false;
  const bool last = words[0] == "last";
  if (words[1] == "week") {
    *first = AddDays(today, -WeekdayOf(today) - (last ? 7 : 0));  // weeks begin on Monday, as in the report
    *days = 7;
    return true;
  }
  if (words[1] == "month") {
    int y = today.year, m = today.month;
    if (last && --m == 0) {
      m = 12;
      --y;
    }
    *first = Date{y, m, 1};
    *days = DaysInMonth(y, m);
    return true;
  }
  if (words[1] == "year") {
    int y = today.year - (last ? 1 : 0);
    *first = Date{y, 1, 1};
    *days = static_cast<int>(DaysFromCivil(y + 1, 1, 1) - DaysFromCivil(y, 1, 1));
    return true;
  }
  return false;
}

}  // namespace

bool ParseWhen(std::string_view input, const Time& now_in, When* out, std::string* err, bool allow_periods) {
  const Time now = InLocalZone(now_in.utc);
  const Date today = LocalDate(now);
  std::string s = Lower(Trim(input));
  *out = When{};
  auto fail = [&] {
    *err = "'" + std::string(input) +
           "' is not a time; accepted: YYYY-MM-DD [TIME], an RFC 3339 date-time, TIME (HH:MM, 6:30pm, noon, "
           "midnight: today, or yesterday if still to come), today, yesterday, a weekday or last WEEKDAY, each "
           "[at TIME], this morning, last night, N minutes|hours|days|weeks ago, 2h ago, -2h";
    if (allow_periods) *err += ", or a period: this|last week|month|year";
    return false;
  };
  if (s.empty()) return fail();
  if (s == "now") {
    out->instant = now;
    return true;
  }
  {  // RFC 3339 date-time or a date.
    Date d;
    if (ParseDate(s, &d)) {
      out->whole_day = true;
      out->day = d;
      return true;
    }
    Time t;
    std::string ignored;
    if (s.size() >= 16 && ParseDate(s.substr(0, 10), &d) && ParseDateTime(s, &t, &ignored)) {
      out->instant = t;
      return true;
    }
  }
  const std::vector<std::string> words = WhenWords(input);
  if (words.empty()) return fail();
  {  // this week, last month, ...
    Date first;
    int days;
    if (ParsePeriod(words, today, &first, &days)) {
      if (!allow_periods) {
        *err = "'" + std::string(input) + "' is a period, not a time; give a day or a time such as 'last monday', "
               "'1 week ago' or '2026-11-16 09:00'";
        return false;
      }
      out->whole_day = true;
      out->day = first;
      out->days = days;
      return true;
    }
  }
  int64_t n;
  char unit;
  auto back = [&] {
    Time t = Subtract(now, n, unit);
    if (LocalDate(t).year < 1) {  // the file format and RFC 3339 start at 0001-01-01
      *err = "'" + std::string(input) + "' is before the year 0001";
      return false;
    }
    out->instant = t;
    return true;
  };
  if (words.back() == "ago") {  // 3 days ago, 2h ago, an hour ago
    if (words.size() == 3) {
      const std::string& num = words[0] == "a" || words[0] == "an" ? "1" : words[0];
      if (ParseAmount(num, words[1], &n, &unit)) return back();
    } else if (words.size() == 2) {
      const std::string& w = words[0];
      size_t i = 0;
      while (i < w.size() && std::isdigit(static_cast<unsigned char>(w[i]))) ++i;
      if (ParseAmount(w.substr(0, i), w.substr(i), &n, &unit)) return back();
    }
    return fail();
  }
  if (words.size() == 1 && s[0] == '-') {  // -2h, -3d
    size_t i = 1;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (ParseAmount(s.substr(1, i - 1), s.substr(i), &n, &unit)) return back();
    return fail();
  }
  if (words.size() == 2 && words[0] == "this" && words[1] == "morning") {
    out->instant = FromLocal(today, 8, 0, 0);
    return true;
  }
  if (words.size() == 2 && words[0] == "last" && words[1] == "night") {
    out->instant = FromLocal(AddDays(today, -1), 22, 0, 0);
    return true;
  }

  // A day and a clock, either optional, in either order: `yesterday at
  // 18:30`, `tuesday 7am`, `6pm yesterday`, `noon`, `last friday`.
  size_t i = 0;
  bool has_day = false, has_clock = false;
  Date day;
  int h = 0, m = 0, sec = 0;
  auto take_day = [&] {
    if (i >= words.size()) return false;
    const std::string& w = words[i];
    if (w == "today" || w == "yesterday") {
      day = w == "today" ? today : AddDays(today, -1);
    } else if (!ParseDate(w, &day)) {
      size_t j = w == "last" ? i + 1 : i;
      int wd = j < words.size() ? WeekdayIndex(words[j]) : -1;
      if (wd < 0) return false;
      int days_back = (WeekdayOf(today) - wd + 7) % 7;
      if (days_back == 0) days_back = 7;  // the most recent one in the past, not today
      day = AddDays(today, -days_back);
      i = j;
    }
    ++i;
    return has_day = true;
  };
  auto take_clock = [&] {
    size_t j = i;
    bool at = j + 1 < words.size() && words[j] == "at";
    if (at) ++j;
    if (j >= words.size() || !ParseTypedClock(words[j], at || has_day, &h, &m, &sec)) return false;
    i = j + 1;
    return has_clock = true;
  };
  if (take_day()) {
    take_clock();
  } else if (take_clock()) {
    take_day();
  }
  if (i != words.size() || (!has_day && !has_clock)) return fail();
  if (has_day && !has_clock) {
    out->whole_day = true;
    out->day = day;
    return true;
  }
  if (has_day) {
    out->instant = FromLocal(day, h, m, sec);
    return true;
  }
  // A clock alone: today, or yesterday if that is still to come.
  Time t = FromLocal(today, h, m, sec);
  if (t.utc > now.utc) {
    t = FromLocal(AddDays(today, -1), h, m, sec);
    out->moved_to_yesterday = true;
  }
  out->instant = t;
  return true;
}

Time WhenAsInstant(const When& w, const Time& now) {
  if (!w.whole_day) return w.instant;
  Time noon = FromLocal(w.day, 12, 0, 0);
  if (noon.utc > now.utc && LocalDate(InLocalZone(now.utc)) == w.day) return InLocalZone(now.utc);
  return noon;
}

bool WhenAsEntryTime(const When& w, const Time& now, Time* out) {
  *out = WhenAsInstant(w, now);
  return out->utc <= now.utc;
}

int64_t WhenAsStart(const When& w) { return w.whole_day ? FromLocal(w.day, 0, 0, 0).utc : w.instant.utc; }

int64_t WhenAsEnd(const When& w) {
  return w.whole_day ? FromLocal(AddDays(w.day, w.days < 1 ? 1 : w.days), 0, 0, 0).utc - 1 : w.instant.utc;
}

}  // namespace pj
