#include "painjournal/time.h"

#include <cctype>
#include <cstdio>
#include <ctime>
#include <string>

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
      {"h", 'h'}, {"hour", 'h'}, {"hours", 'h'}, {"d", 'd'}, {"day", 'd'}, {"days", 'd'},
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

bool ParseWhen(std::string_view input, const Time& now_in, When* out, std::string* err) {
  const Time now = InLocalZone(now_in.utc);
  const Date today = LocalDate(now);
  std::string s = Lower(Trim(input));
  *out = When{};
  auto fail = [&] {
    *err = "'" + std::string(input) +
           "' is not a time; accepted: an RFC 3339 date-time, YYYY-MM-DD, HH:MM, today, yesterday [HH:MM], "
           "a weekday [HH:MM], N minutes|hours|days|weeks ago, -2h, -3d";
    return false;
  };
  if (s.empty()) return fail();
  auto at_day = [&](const Date& d, std::string_view clock) {
    if (clock.empty()) {
      out->whole_day = true;
      out->day = d;
      return true;
    }
    int h, m, sec;
    if (!ParseWhenClock(clock, &h, &m, &sec)) return fail();
    out->instant = FromLocal(d, h, m, sec);
    return true;
  };
  if (s == "now") {
    out->instant = now;
    return true;
  }
  {  // RFC 3339 date-time or a date.
    Date d;
    if (ParseDate(s, &d)) return at_day(d, "");
    if (s.size() >= 16 && ParseDate(s.substr(0, 10), &d)) {
      Time t;
      if (!ParseDateTime(s, &t, err)) return fail();
      out->instant = t;
      return true;
    }
  }
  {  // HH:MM today, or yesterday if that is still to come.
    int h, m, sec;
    if (ParseWhenClock(s, &h, &m, &sec)) {
      Time t = FromLocal(today, h, m, sec);
      if (t.utc > now.utc) t = FromLocal(AddDays(today, -1), h, m, sec);
      out->instant = t;
      return true;
    }
  }
  std::vector<std::string> words = SplitWords(s);
  if (words[0] == "today" && words.size() <= 2) return at_day(today, words.size() == 2 ? words[1] : "");
  if (words[0] == "yesterday" && words.size() <= 2)
    return at_day(AddDays(today, -1), words.size() == 2 ? words[1] : "");
  if (int wd = WeekdayIndex(words[0]); wd >= 0 && words.size() <= 2) {
    int back = (WeekdayOf(today) - wd + 7) % 7;
    if (back == 0) back = 7;  // the most recent one in the past, not today
    return at_day(AddDays(today, -back), words.size() == 2 ? words[1] : "");
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
  if (words.size() == 3 && words[2] == "ago" && ParseAmount(words[0], words[1], &n, &unit)) return back();
  if (words.size() == 1 && s[0] == '-') {
    size_t i = 1;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (ParseAmount(s.substr(1, i - 1), s.substr(i), &n, &unit)) return back();
  }
  return fail();
}

Time WhenAsInstant(const When& w, const Time& now) {
  if (!w.whole_day) return w.instant;
  Time noon = FromLocal(w.day, 12, 0, 0);
  if (noon.utc > now.utc && LocalDate(InLocalZone(now.utc)) == w.day) return InLocalZone(now.utc);
  return noon;
}

int64_t WhenAsStart(const When& w) { return w.whole_day ? FromLocal(w.day, 0, 0, 0).utc : w.instant.utc; }

int64_t WhenAsEnd(const When& w) {
  return w.whole_day ? FromLocal(AddDays(w.day, 1), 0, 0, 0).utc - 1 : w.instant.utc;
}

}  // namespace pj
