// Unit tests for painjournal/time.h: civil dates, RFC 3339, WHEN expressions.
//
// Expected values are worked out by hand in the comments. Useful anchors:
//   1970-01-01 is day 0 and a Thursday.
//   2026-01-01 is day 56*365 + 14 leap days (1972..2024) = 20454.
//   2026-11-21 is day 20454 + 304 (Jan..Oct) + 20 = 20778, a Saturday
//   (20778 % 7 = 2, Thursday + 2); its midnight UTC is 20778 * 86400 = 1795219200.
//   Europe/Berlin: CET +01:00, CEST +02:00 from 2026-03-29 01:00Z (02:00 local
//   jumps to 03:00) to 2026-10-25 01:00Z (03:00 local falls back to 02:00).
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <string>

#include "painjournal/time.h"

using namespace pj;

namespace {

// Sets TZ for the life of the object and restores the previous value.
class TzGuard {
 public:
  explicit TzGuard(const char* tz) {
    const char* old = std::getenv("TZ");
    had_ = old != nullptr;
    if (had_) old_ = old;
    setenv("TZ", tz, 1);
    tzset();
  }
  ~TzGuard() {
    if (had_)
      setenv("TZ", old_.c_str(), 1);
    else
      unsetenv("TZ");
    tzset();
  }
  TzGuard(const TzGuard&) = delete;
  TzGuard& operator=(const TzGuard&) = delete;

 private:
  bool had_ = false;
  std::string old_;
};

Time T(const std::string& s) {
  Time t;
  std::string err;
  bool ok = ParseDateTime(s, &t, &err);
  INFO("parsing ", s, ": ", err);
  REQUIRE(ok);
  return t;
}

// A WHEN parsed against `now`, as text: "day YYYY-MM-DD", an RFC 3339
// date-time, or "error".
std::string W(const std::string& in, const std::string& now) {
  When w;
  std::string err;
  if (!ParseWhen(in, T(now), &w, &err)) return "error";
  if (w.whole_day) return "day " + FormatDate(w.day);
  return FormatDateTime(w.instant);
}

std::string WhenError(const std::string& in, const std::string& now) {
  When w;
  std::string err;
  if (ParseWhen(in, T(now), &w, &err)) return "(accepted)";
  return err;
}

When Day(int y, int m, int d) {
  When w;
  w.whole_day = true;
  w.day = Date{y, m, d};
  return w;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

TEST_CASE("DaysFromCivil: known days") {
  CHECK(DaysFromCivil(1970, 1, 1) == 0);
  CHECK(DaysFromCivil(1970, 1, 2) == 1);
  CHECK(DaysFromCivil(1969, 12, 31) == -1);
  // 1970..1999: 30*365 + 7 leap days (72..96) = 10957; + 31 (Jan) + 29 (Feb 2000).
  CHECK(DaysFromCivil(2000, 1, 1) == 10957);
  CHECK(DaysFromCivil(2000, 3, 1) == 11017);
  CHECK(DaysFromCivil(2026, 1, 1) == 20454);
  CHECK(DaysFromCivil(2026, 11, 21) == 20778);
  // 1969: 365 days back to 1969-01-01, then 181 (Jan..Jun) + 19.
  CHECK(DaysFromCivil(1969, 7, 20) == -165);
}

TEST_CASE("CivilFromDays: known days") {
  CHECK(CivilFromDays(0) == Date{1970, 1, 1});
  CHECK(CivilFromDays(-1) == Date{1969, 12, 31});
  CHECK(CivilFromDays(11016) == Date{2000, 2, 29});
  CHECK(CivilFromDays(20778) == Date{2026, 11, 21});
  CHECK(CivilFromDays(-165) == Date{1969, 7, 20});
}

TEST_CASE("DaysFromCivil and CivilFromDays agree with a day-by-day walk from 0001-01-01 to 9999-12-31") {
  // Walk the calendar one day at a time with an independent leap-year rule
  // and month lengths, and compare both directions on every day.
  static const int kLen[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int y = 1, m = 1, d = 1;
  int64_t day = DaysFromCivil(1, 1, 1);
  // 0001-01-01 to 1970-01-01: 1969 years of 365 days plus 1969/4 - 1969/100 + 1969/400 leap days.
  CHECK(day == -(1969LL * 365 + 492 - 19 + 4));
  int64_t mismatches = 0;
  std::string first_mismatch;
  while (y <= 9999) {
    Date got = CivilFromDays(day);
    if (!(got == Date{y, m, d}) || DaysFromCivil(y, m, d) != day) {
      if (mismatches++ == 0) first_mismatch = FormatDate(Date{y, m, d});
    }
    ++day;
    int len = (m == 2 && IsLeap(y)) ? 29 : kLen[m - 1];
    if (++d > len) {
      d = 1;
      if (++m > 12) {
        m = 1;
        ++y;
      }
    }
  }
  INFO("first mismatch at ", first_mismatch);
  CHECK(mismatches == 0);
}

TEST_CASE("DaysInMonth") {
  CHECK(DaysInMonth(2026, 1) == 31);
  CHECK(DaysInMonth(2026, 2) == 28);
  CHECK(DaysInMonth(2028, 2) == 29);
  CHECK(DaysInMonth(1900, 2) == 28);  // divisible by 100, not by 400
  CHECK(DaysInMonth(2000, 2) == 29);  // divisible by 400
  CHECK(DaysInMonth(2026, 4) == 30);
  CHECK(DaysInMonth(2026, 12) == 31);
}

TEST_CASE("WeekdayOf: known dates (0 = Monday)") {
  CHECK(WeekdayOf(Date{1970, 1, 1}) == 3);    // Thursday
  CHECK(WeekdayOf(Date{1969, 12, 31}) == 2);  // Wednesday, the day before
  CHECK(WeekdayOf(Date{2026, 11, 21}) == 5);  // Saturday
  CHECK(WeekdayOf(Date{2026, 11, 22}) == 6);  // Sunday
  CHECK(WeekdayOf(Date{2026, 11, 23}) == 0);  // Monday
  CHECK(WeekdayOf(Date{2000, 1, 1}) == 5);    // Saturday
  CHECK(WeekdayOf(Date{2027, 1, 1}) == 4);    // Friday: 2026-11-21 + 41 days, 41 % 7 = 6
  CHECK(WeekdayOf(Date{1900, 1, 1}) == 0);    // Monday
}

TEST_CASE("Date comparison") {
  CHECK(Date{2026, 11, 21} == Date{2026, 11, 21});
  CHECK_FALSE(Date{2026, 11, 21} == Date{2026, 11, 22});
  CHECK(Date{2026, 11, 21} < Date{2026, 11, 22});
  CHECK(Date{2026, 10, 31} < Date{2026, 11, 1});
  CHECK(Date{2025, 12, 31} < Date{2026, 1, 1});
  CHECK_FALSE(Date{2026, 11, 21} < Date{2026, 11, 21});
  CHECK_FALSE(Date{2026, 11, 22} < Date{2026, 11, 21});
}

TEST_CASE("LocalDate and LocalMinuteOfDay use the time's own offset") {
  // 2026-11-21T23:30Z at +01:00 is 00:30 on the 22nd.
  Time t{1795219200 + 23 * 3600 + 30 * 60, 60};
  CHECK(LocalDate(t) == Date{2026, 11, 22});
  CHECK(LocalMinuteOfDay(t) == 30);
  CHECK(FormatClock(t) == "00:30");
  // The epoch at -05:00 is 19:00 on 1969-12-31.
  Time e{0, -300};
  CHECK(LocalDate(e) == Date{1969, 12, 31});
  CHECK(LocalMinuteOfDay(e) == 19 * 60);
  CHECK(FormatClock(e) == "19:00");
}

TEST_CASE("ParseDate and FormatDate") {
  Date d;
  REQUIRE(ParseDate("2026-11-21", &d));
  CHECK(d == Date{2026, 11, 21});
  REQUIRE(ParseDate("2028-02-29", &d));
  CHECK(d == Date{2028, 2, 29});
  for (const char* bad : {"2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01", "2026-1-01",
                          "2026-01-1", "2026/01/01", "2026-01-01 ", "26-01-01", "", "abcd-ef-gh"}) {
    INFO(bad);
    CHECK_FALSE(ParseDate(bad, &d));
  }
  CHECK(FormatDate(Date{2026, 3, 5}) == "2026-03-05");
  CHECK(FormatDate(Date{812, 1, 9}) == "0812-01-09");
}

TEST_CASE("ParseDateTime: forms") {
  TzGuard tz("UTC");
  // 2026-11-21T09:14:00 local = 1795219200 + 9*3600 + 14*60 = 1795252440; at +01:00 subtract 3600.
  const int64_t local = 1795252440;
  Time t = T("2026-11-21T09:14:00+01:00");
  CHECK(t.utc == local - 3600);
  CHECK(t.offset_min == 60);

  CHECK(T("2026-11-21T09:14:00Z").utc == local);
  CHECK(T("2026-11-21T09:14:00Z").offset_min == 0);
  CHECK(T("2026-11-21t09:14:00z").utc == local);
  CHECK(T("2026-11-21 09:14:00+01:00").utc == local - 3600);
  CHECK(T("2026-11-21T09:14+01:00").utc == local - 3600);  // seconds optional
  // Fractional seconds are dropped.
  CHECK(T("2026-11-21T09:14:00.999999+01:00").utc == local - 3600);
  CHECK(T("2026-11-21T09:14:59.5Z").utc == local + 59);
  // -05:30 is 330 minutes west: UTC = local + 19800.
  Time w = T("2026-11-21T09:14:00-05:30");
  CHECK(w.utc == local + 19800);
  CHECK(w.offset_min == -330);
  // A leap second stays in its minute.
  CHECK(T("2026-11-21T09:14:60Z").utc == local + 59);
  // No offset: local time in TZ (UTC here).
  Time l = T("2026-11-21T09:14:00");
  CHECK(l.utc == local);
  CHECK(l.offset_min == 0);
}

TEST_CASE("ParseDateTime: without an offset uses the process time zone") {
  TzGuard tz("Europe/Berlin");
  Time winter = T("2026-11-21T09:14:00");  // CET
  CHECK(winter.offset_min == 60);
  CHECK(winter.utc == 1795252440 - 3600);
  Time summer = T("2026-07-01T12:00");  // CEST
  CHECK(summer.offset_min == 120);
  CHECK(FormatDateTime(summer) == "2026-07-01T12:00:00+02:00");
}

TEST_CASE("ParseDateTime: rejects what is not RFC 3339") {
  TzGuard tz("UTC");
  for (const char* bad :
       {"", "2026-11-21", "2026-11-21T", "2026-11-21T9:14:00Z", "2026-11-21T09:14:00+1:00", "2026-11-21T09:14:00+0100",
        "2026-11-21T09:14:00+24:00", "2026-11-21T09:14:00+01:60", "2026-11-21T24:00:00Z", "2026-11-21T09:60:00Z",
        "2026-11-21T09:14:61Z", "2026-02-29T09:14:00Z", "2026-13-21T09:14:00Z", "2026-11-21X09:14:00Z",
        "2026-11-21T09:14:00.Z", "2026-11-21T09:14:00 +01:00", "2026-11-21T09:14:00ZZ", "2026-11-21T09:14:00+01:00x",
        "2026-11-21T09:14:00UTC", "  2026-11-21T09:14:00Z"}) {
    Time t;
    std::string err;
    INFO("input: '", bad, "'");
    CHECK_FALSE(ParseDateTime(bad, &t, &err));
    CHECK(err.find("RFC 3339") != std::string::npos);
  }
}

TEST_CASE("FormatDateTime: offsets and dates before 1970") {
  CHECK(FormatDateTime(Time{0, 0}) == "1970-01-01T00:00:00+00:00");
  CHECK(FormatDateTime(Time{-1, 0}) == "1969-12-31T23:59:59+00:00");
  // The epoch at -05:30 is 18:30 the day before.
  CHECK(FormatDateTime(Time{0, -330}) == "1969-12-31T18:30:00-05:30");
  CHECK(FormatDateTime(Time{0, 345}) == "1970-01-01T05:45:00+05:45");
  CHECK(FormatDateTime(Time{0, -30}) == "1969-12-31T23:30:00-00:30");
  // 1969-07-20T20:17:40 local is day -165: -165*86400 + 73060 = -14182940; at -05:30 add 19800.
  CHECK(FormatDateTime(Time{-14182940 + 19800, -330}) == "1969-07-20T20:17:40-05:30");
  CHECK(FormatDateTime(Time{1795252440 - 3600, 60}) == "2026-11-21T09:14:00+01:00");
}

TEST_CASE("FormatDateTime and ParseDateTime round trip") {
  TzGuard tz("UTC");
  // 1900-01-01 = -(70*365 + 17 leap days) * 86400 = -2208988800; 2000-02-29 = 11016 * 86400 = 951782400;
  // 253402214399 is 9999-12-30T23:59:59Z, so +14:00 stays within the year 9999.
  const int64_t instants[] = {-2208988800LL, -14163140, -86401, -1, 0, 1, 951782400, 1795252440, 253402214399LL};
  const int offsets[] = {-720, -330, -300, -30, 0, 60, 120, 330, 345, 840};
  for (int64_t u : instants) {
    for (int off : offsets) {
      Time t{u, off};
      std::string s = FormatDateTime(t);
      INFO(s);
      Time back = T(s);
      CHECK(back.utc == u);
      CHECK(back.offset_min == off);
      CHECK(FormatDateTime(back) == s);
    }
  }
  CHECK(FormatDateTime(T("1969-07-20T20:17:40-05:30")) == "1969-07-20T20:17:40-05:30");
  CHECK(FormatDateTime(T("1901-12-13T20:45:52Z")) == "1901-12-13T20:45:52+00:00");
}

TEST_CASE("InLocalZone: offsets on both sides of the Berlin changes") {
  TzGuard tz("Europe/Berlin");
  // 2026-03-29 is day 20541: 20541*86400 = 1774742400; the change is at 01:00Z = +3600.
  Time before = InLocalZone(1774746000 - 1);
  CHECK(before.offset_min == 60);
  CHECK(FormatDateTime(before) == "2026-03-29T01:59:59+01:00");
  Time after = InLocalZone(1774746000);
  CHECK(after.offset_min == 120);
  CHECK(FormatDateTime(after) == "2026-03-29T03:00:00+02:00");
  // 2026-10-25 is day 20751: 1792886400; the change back is at 01:00Z = +3600.
  Time summer = InLocalZone(1792890000 - 1);
  CHECK(summer.offset_min == 120);
  CHECK(FormatDateTime(summer) == "2026-10-25T02:59:59+02:00");
  Time winter = InLocalZone(1792890000);
  CHECK(winter.offset_min == 60);
  CHECK(FormatDateTime(winter) == "2026-10-25T02:00:00+01:00");
}

TEST_CASE("InLocalZone: other zones") {
  {
    TzGuard tz("UTC");
    CHECK(InLocalZone(1795252440).offset_min == 0);
  }
  {
    TzGuard tz("Asia/Kolkata");  // +05:30, no daylight saving
    CHECK(FormatDateTime(InLocalZone(1795252440)) == "2026-11-21T14:44:00+05:30");
  }
  {
    TzGuard tz("America/New_York");  // EST -05:00 in November
    CHECK(FormatDateTime(InLocalZone(1795252440)) == "2026-11-21T04:14:00-05:00");
  }
}

TEST_CASE("FromLocal: ordinary, skipped and repeated wall-clock times") {
  TzGuard tz("Europe/Berlin");
  CHECK(FormatDateTime(FromLocal(Date{2026, 7, 1}, 12, 0)) == "2026-07-01T12:00:00+02:00");
  CHECK(FormatDateTime(FromLocal(Date{2026, 1, 15}, 8, 30, 15)) == "2026-01-15T08:30:15+01:00");
  // 02:30 on 2026-03-29 does not exist; it is moved forward by the hour to 03:30 CEST.
  CHECK(FormatDateTime(FromLocal(Date{2026, 3, 29}, 2, 30)) == "2026-03-29T03:30:00+02:00");
  CHECK(FormatDateTime(FromLocal(Date{2026, 3, 29}, 1, 59)) == "2026-03-29T01:59:00+01:00");
  CHECK(FormatDateTime(FromLocal(Date{2026, 3, 29}, 3, 0)) == "2026-03-29T03:00:00+02:00");
  // 02:30 on 2026-10-25 happens twice; either reading keeps the wall clock.
  Time twice = FromLocal(Date{2026, 10, 25}, 2, 30);
  CHECK(FormatClock(twice) == "02:30");
  CHECK((twice.offset_min == 60 || twice.offset_min == 120));
}

TEST_CASE("ParseWhen: RFC 3339 date-times") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";
  CHECK(W("2026-11-20T08:00:00+01:00", now) == "2026-11-20T08:00:00+01:00");  // offset kept
  CHECK(W("2026-11-20T08:00:00-05:30", now) == "2026-11-20T08:00:00-05:30");
  CHECK(W("2026-11-20T08:00:00Z", now) == "2026-11-20T08:00:00+00:00");
  CHECK(W("2026-11-20t08:00:00z", now) == "2026-11-20T08:00:00+00:00");
  CHECK(W("2026-11-20T08:00:00.250Z", now) == "2026-11-20T08:00:00+00:00");
  CHECK(W("2026-11-20 08:00", now) == "2026-11-20T08:00:00+00:00");  // a space, no offset: local
  CHECK(W("2026-11-20T08:00", now) == "2026-11-20T08:00:00+00:00");
  CHECK(W("  2026-11-20T08:00:00+01:00  ", now) == "2026-11-20T08:00:00+01:00");
  CHECK(W("\t2026-11-20T08:00:00+01:00\n", now) == "2026-11-20T08:00:00+01:00");
}

TEST_CASE("ParseWhen: an RFC 3339 date-time without offset is local time") {
  TzGuard tz("Europe/Berlin");
  const std::string now = "2026-11-21T09:14:00+01:00";
  CHECK(W("2026-11-20T08:00", now) == "2026-11-20T08:00:00+01:00");
  CHECK(W("2026-07-20 08:00:00", now) == "2026-07-20T08:00:00+02:00");
}

TEST_CASE("ParseWhen: a date is a whole day") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";
  CHECK(W("2026-11-20", now) == "day 2026-11-20");
  CHECK(W("2024-02-29", now) == "day 2024-02-29");
  CHECK(W(" 2026-11-20 ", now) == "day 2026-11-20");
  CHECK(W("2026-02-29", now) == "error");
  CHECK(W("2026-11-31", now) == "error");
}

TEST_CASE("ParseWhen: HH:MM is today, or yesterday when it is still to come") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";
  CHECK(W("08:00", now) == "2026-11-21T08:00:00+00:00");
  CHECK(W("00:00", now) == "2026-11-21T00:00:00+00:00");
  CHECK(W("09:14", now) == "2026-11-21T09:14:00+00:00");     // exactly now: today
  CHECK(W("09:15", now) == "2026-11-20T09:15:00+00:00");     // a minute ahead: yesterday
  CHECK(W("09:14:01", now) == "2026-11-20T09:14:01+00:00");  // a second ahead: yesterday
  CHECK(W("23:59", now) == "2026-11-20T23:59:00+00:00");
  CHECK(W("9:05", now) == "2026-11-21T09:05:00+00:00");  // one-digit hour, as `add --help` shows
  CHECK(W("9:30", now) == "2026-11-20T09:30:00+00:00");
  for (const char* bad : {"24:00", "12:60", "9:5", "123:00", "12:", ":30", "12-30", "12:30xm"}) {
    INFO(bad);
    CHECK(W(bad, now) == "error");
  }
  // Across midnight at a month and year boundary.
  CHECK(W("01:00", "2026-03-01T00:30:00Z") == "2026-02-28T01:00:00+00:00");
  CHECK(W("11:00", "2027-01-01T10:00:00Z") == "2026-12-31T11:00:00+00:00");
}

TEST_CASE("ParseWhen: today and yesterday") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";
  CHECK(W("today", now) == "day 2026-11-21");
  CHECK(W("Today", now) == "day 2026-11-21");
  CHECK(W("  TODAY ", now) == "day 2026-11-21");
  CHECK(W("today 08:00", now) == "2026-11-21T08:00:00+00:00");
  CHECK(W("yesterday", now) == "day 2026-11-20");
  CHECK(W("yesterday 18:30", now) == "2026-11-20T18:30:00+00:00");
  CHECK(W("Yesterday  18:30", now) == "2026-11-20T18:30:00+00:00");
  CHECK(W("yesterday 9:00", now) == "2026-11-20T09:00:00+00:00");
  CHECK(W("yesterday 18:30:15", now) == "2026-11-20T18:30:15+00:00");
  CHECK(W("yesterday 24:00", now) == "error");
  CHECK(W("yesterday 18:30 extra", now) == "error");
  CHECK(W("yesterday noon", now) == "2026-11-20T12:00:00+00:00");
  CHECK(W("tomorrow", now) == "error");
}

TEST_CASE("ParseWhen: yesterday at month and year boundaries") {
  TzGuard tz("UTC");
  CHECK(W("yesterday", "2027-01-01T10:00:00Z") == "day 2026-12-31");
  CHECK(W("yesterday 23:00", "2027-01-01T10:00:00Z") == "2026-12-31T23:00:00+00:00");
  CHECK(W("yesterday", "2026-03-01T10:00:00Z") == "day 2026-02-28");
  CHECK(W("yesterday", "2028-03-01T10:00:00Z") == "day 2028-02-29");  // leap year
  CHECK(W("yesterday", "2026-05-01T10:00:00Z") == "day 2026-04-30");
}

TEST_CASE("ParseWhen: today follows the local date of now, not UTC") {
  TzGuard tz("Europe/Berlin");
  // 23:30Z on the 21st is 00:30 on the 22nd in Berlin.
  CHECK(W("today", "2026-11-21T23:30:00Z") == "day 2026-11-22");
  CHECK(W("yesterday", "2026-11-21T23:30:00Z") == "day 2026-11-21");
}

TEST_CASE("ParseWhen: weekday names mean the most recent one in the past") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";  // a Saturday
  CHECK(W("friday", now) == "day 2026-11-20");
  CHECK(W("fri", now) == "day 2026-11-20");
  CHECK(W("Thursday", now) == "day 2026-11-19");
  CHECK(W("wed", now) == "day 2026-11-18");
  CHECK(W("tue", now) == "day 2026-11-17");
  CHECK(W("MON", now) == "day 2026-11-16");
  CHECK(W("sunday", now) == "day 2026-11-15");
  CHECK(W("sun", now) == "day 2026-11-15");
  // Today's own name is a week ago, not today.
  CHECK(W("saturday", now) == "day 2026-11-14");
  CHECK(W("sat", now) == "day 2026-11-14");
  // With a time.
  CHECK(W("fri 18:00", now) == "2026-11-20T18:00:00+00:00");
  CHECK(W("Wednesday 07:45", now) == "2026-11-18T07:45:00+00:00");
  CHECK(W("sat 08:00", now) == "2026-11-14T08:00:00+00:00");
  CHECK(W("mon 7:45", now) == "2026-11-16T07:45:00+00:00");
  CHECK(W("sat 25:00", now) == "error");
  CHECK(W("fr", now) == "error");
  CHECK(W("fridays", now) == "error");
  CHECK(W("funday", now) == "error");
  // Across a year boundary: 2027-01-01 is a Friday.
  CHECK(W("fri", "2027-01-01T10:00:00Z") == "day 2026-12-25");
  CHECK(W("thu", "2027-01-01T10:00:00Z") == "day 2026-12-31");
  CHECK(W("sat", "2027-01-01T10:00:00Z") == "day 2026-12-26");
}

TEST_CASE("ParseWhen: N units ago") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";
  CHECK(W("30 minutes ago", now) == "2026-11-21T08:44:00+00:00");
  CHECK(W("1 minute ago", now) == "2026-11-21T09:13:00+00:00");
  CHECK(W("90 minutes ago", now) == "2026-11-21T07:44:00+00:00");
  CHECK(W("2 hours ago", now) == "2026-11-21T07:14:00+00:00");
  CHECK(W("1 hour ago", now) == "2026-11-21T08:14:00+00:00");
  CHECK(W("10 hours ago", now) == "2026-11-20T23:14:00+00:00");
  CHECK(W("3 days ago", now) == "2026-11-18T09:14:00+00:00");
  CHECK(W("1 day ago", now) == "2026-11-20T09:14:00+00:00");
  CHECK(W("2 weeks ago", now) == "2026-11-07T09:14:00+00:00");
  CHECK(W("1 week ago", now) == "2026-11-14T09:14:00+00:00");
  CHECK(W("0 days ago", now) == "2026-11-21T09:14:00+00:00");
  CHECK(W("3 Days Ago", now) == "2026-11-18T09:14:00+00:00");
  CHECK(W("  3   days   ago ", now) == "2026-11-18T09:14:00+00:00");
  // Seconds of now are kept.
  CHECK(W("3 days ago", "2026-11-21T09:14:37Z") == "2026-11-18T09:14:37+00:00");
  CHECK(W("2 hours ago", "2026-11-21T09:14:37Z") == "2026-11-21T07:14:37+00:00");
  for (const char* bad : {"2 fortnights ago", "two days ago", "2 days", "days ago", "-2 days ago", "2.5 hours ago",
                          "2 days ago now", "ago", "1234567 days ago"}) {
    INFO(bad);
    CHECK(W(bad, now) == "error");
  }
}

TEST_CASE("ParseWhen: -2h, -3d, -30m, -1w") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";
  CHECK(W("-2h", now) == "2026-11-21T07:14:00+00:00");
  CHECK(W("-3d", now) == "2026-11-18T09:14:00+00:00");
  CHECK(W("-30m", now) == "2026-11-21T08:44:00+00:00");
  CHECK(W("-1w", now) == "2026-11-14T09:14:00+00:00");
  CHECK(W("-2H", now) == "2026-11-21T07:14:00+00:00");
  CHECK(W("-10d", now) == "2026-11-11T09:14:00+00:00");
  for (const char* bad : {"-2", "-h", "-2x", "-2 h", "--2h", "-2hh", "2h", "+2h", "-2.5h", "-"}) {
    INFO(bad);
    CHECK(W(bad, now) == "error");
  }
}

TEST_CASE("ParseWhen: days back across month ends and leap days") {
  TzGuard tz("UTC");
  // 2026 is not a leap year: March 2 - 3 days = Feb 27 (Mar 1, Feb 28, Feb 27).
  CHECK(W("-3d", "2026-03-02T10:00:00Z") == "2026-02-27T10:00:00+00:00");
  CHECK(W("3 days ago", "2026-03-02T10:00:00Z") == "2026-02-27T10:00:00+00:00");
  // 2028 is: March 1 - 3 days = Feb 27 (Feb 29, Feb 28, Feb 27).
  CHECK(W("-3d", "2028-03-01T10:00:00Z") == "2028-02-27T10:00:00+00:00");
  CHECK(W("-1d", "2028-03-01T10:00:00Z") == "2028-02-29T10:00:00+00:00");
  CHECK(W("-1w", "2027-01-03T10:00:00Z") == "2026-12-27T10:00:00+00:00");
  CHECK(W("-2h", "2027-01-01T01:00:00Z") == "2026-12-31T23:00:00+00:00");
}

TEST_CASE("ParseWhen: a relative time before the year 0001 is refused") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";
  // 999999 days are about 2738 years: the year -712 cannot be written as RFC 3339.
  CHECK(W("999999 days ago", now) == "error");
  CHECK(W("-999999w", now) == "error");
  CHECK(WhenError("999999 weeks ago", now).find("0001") != std::string::npos);
  // 99999 weeks = 699993 days, about 1916.5 years before 2026.9: the year 110 is fine.
  CHECK(W("99999 weeks ago", now).substr(0, 5) == "0110-");
}

TEST_CASE("ParseWhen: now") {
  TzGuard tz("Europe/Berlin");
  CHECK(W("now", "2026-11-21T09:14:00+01:00") == "2026-11-21T09:14:00+01:00");
  CHECK(W(" NOW ", "2026-11-21T09:14:00+01:00") == "2026-11-21T09:14:00+01:00");
  // now is seen in the process time zone, whatever offset it was given with.
  CHECK(W("now", "2026-11-21T08:14:00Z") == "2026-11-21T09:14:00+01:00");
}

TEST_CASE("ParseWhen: garbage and empty input fail with the accepted forms") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";
  for (const char* bad : {"", "   ", "garbage", "next week", "2026-11-21T09:14:00+01", "2026-11-21T9:00",
                          "2026-11-21X", "21.11.2026", "11/21/2026"}) {
    INFO("input: '", bad, "'");
    std::string err = WhenError(bad, now);
    CHECK(err.find(std::string("'") + bad + "'") == 0);
    CHECK(err.find("RFC 3339") != std::string::npos);
    CHECK(err.find("YYYY-MM-DD") != std::string::npos);
    CHECK(err.find("HH:MM") != std::string::npos);
    CHECK(err.find("today") != std::string::npos);
    CHECK(err.find("yesterday") != std::string::npos);
    CHECK(err.find("weekday") != std::string::npos);
    CHECK(err.find("ago") != std::string::npos);
    CHECK(err.find("-2h") != std::string::npos);
  }
}

TEST_CASE("ParseWhen: spring forward in Europe/Berlin") {
  TzGuard tz("Europe/Berlin");
  const std::string now = "2026-03-30T12:00:00+02:00";  // Monday after the change
  // Calendar days keep the wall clock: 12:00 two days back, then in CET.
  CHECK(W("2 days ago", now) == "2026-03-28T12:00:00+01:00");
  CHECK(W("-2d", now) == "2026-03-28T12:00:00+01:00");
  CHECK(W("1 week ago", now) == "2026-03-23T12:00:00+01:00");
  // Hours are elapsed time: 48 h back from 10:00Z is 10:00Z on the 28th = 11:00 CET.
  CHECK(W("-48h", now) == "2026-03-28T11:00:00+01:00");
  CHECK(W("48 hours ago", now) == "2026-03-28T11:00:00+01:00");
  // 24 h back is 10:00Z on the 29th, after the change: 12:00 CEST.
  CHECK(W("-24h", now) == "2026-03-29T12:00:00+02:00");
  // 36 h back is 22:00Z on the 28th: 23:00 CET.
  CHECK(W("-36h", now) == "2026-03-28T23:00:00+01:00");
  // The skipped hour: 02:30 does not exist on the 29th and moves to 03:30 CEST.
  CHECK(W("yesterday 02:30", now) == "2026-03-29T03:30:00+02:00");
  CHECK(W("yesterday 01:30", now) == "2026-03-29T01:30:00+01:00");
  CHECK(W("yesterday 03:30", now) == "2026-03-29T03:30:00+02:00");
  CHECK(W("sun 12:00", now) == "2026-03-29T12:00:00+02:00");
  CHECK(W("yesterday", now) == "day 2026-03-29");
}

TEST_CASE("ParseWhen: fall back in Europe/Berlin") {
  TzGuard tz("Europe/Berlin");
  const std::string now = "2026-10-25T12:00:00+01:00";  // Sunday of the change, 11:00Z
  // A calendar day back keeps 12:00, now in CEST.
  CHECK(W("1 day ago", now) == "2026-10-24T12:00:00+02:00");
  CHECK(W("-1d", now) == "2026-10-24T12:00:00+02:00");
  CHECK(W("yesterday 12:00", now) == "2026-10-24T12:00:00+02:00");
  // 24 elapsed hours back is 11:00Z on the 24th = 13:00 CEST (the day had 25 hours).
  CHECK(W("-24h", now) == "2026-10-24T13:00:00+02:00");
  // The repeated hour: 10 h back is 01:00Z = 02:00 CET, 11 h back is 00:00Z = 02:00 CEST.
  CHECK(W("-10h", now) == "2026-10-25T02:00:00+01:00");
  CHECK(W("-11h", now) == "2026-10-25T02:00:00+02:00");
  CHECK(W("01:30", now) == "2026-10-25T01:30:00+02:00");
  CHECK(W("03:30", now) == "2026-10-25T03:30:00+01:00");
  CHECK(W("today 11:00", now) == "2026-10-25T11:00:00+01:00");
}

TEST_CASE("WhenAsInstant: a whole day is noon, or now if that day is today and noon is still to come") {
  TzGuard tz("UTC");
  Time morning = T("2026-11-21T09:14:00Z");
  Time evening = T("2026-11-21T15:00:00Z");
  // Today, before noon: now.
  Time a = WhenAsInstant(Day(2026, 11, 21), morning);
  CHECK(a.utc == morning.utc);
  CHECK(FormatDateTime(a) == "2026-11-21T09:14:00+00:00");
  // Today, after noon: noon.
  CHECK(FormatDateTime(WhenAsInstant(Day(2026, 11, 21), evening)) == "2026-11-21T12:00:00+00:00");
  // An earlier day: noon, even in the morning.
  CHECK(FormatDateTime(WhenAsInstant(Day(2026, 11, 20), morning)) == "2026-11-20T12:00:00+00:00");
  CHECK(FormatDateTime(WhenAsInstant(Day(1969, 7, 20), morning)) == "1969-07-20T12:00:00+00:00");
  // A later day stays noon of that day (the caller refuses it as the future).
  Time later = WhenAsInstant(Day(2026, 11, 22), morning);
  CHECK(FormatDateTime(later) == "2026-11-22T12:00:00+00:00");
  CHECK(later.utc > morning.utc);
  // An instant is itself.
  When w;
  w.instant = Time{12345, 60};
  Time same = WhenAsInstant(w, morning);
  CHECK(same.utc == 12345);
  CHECK(same.offset_min == 60);
}

TEST_CASE("WhenAsInstant: local noon and today in Europe/Berlin") {
  TzGuard tz("Europe/Berlin");
  CHECK(FormatDateTime(WhenAsInstant(Day(2026, 7, 1), T("2026-11-21T09:14:00+01:00"))) ==
        "2026-07-01T12:00:00+02:00");
  // 10:30Z is 11:30 CET: before local noon, so now, in the local offset.
  CHECK(FormatDateTime(WhenAsInstant(Day(2026, 11, 21), T("2026-11-21T10:30:00Z"))) ==
        "2026-11-21T11:30:00+01:00");
  // 11:30Z is 12:30 CET: past local noon, so noon.
  CHECK(FormatDateTime(WhenAsInstant(Day(2026, 11, 21), T("2026-11-21T11:30:00Z"))) ==
        "2026-11-21T12:00:00+01:00");
}

TEST_CASE("WhenAsStart and WhenAsEnd") {
  TzGuard tz("UTC");
  // 2026-11-21 00:00Z = 1795219200; the last second is + 86399.
  CHECK(WhenAsStart(Day(2026, 11, 21)) == 1795219200);
  CHECK(WhenAsEnd(Day(2026, 11, 21)) == 1795219200 + 86399);
  CHECK(WhenAsStart(Day(1970, 1, 1)) == 0);
  CHECK(WhenAsEnd(Day(1969, 12, 31)) == -1);
  CHECK(WhenAsEnd(Day(2026, 12, 31)) + 1 == WhenAsStart(Day(2027, 1, 1)));
  When w;
  w.instant = Time{1795252440, 0};
  CHECK(WhenAsStart(w) == 1795252440);
  CHECK(WhenAsEnd(w) == 1795252440);
}

TEST_CASE("WhenAsStart and WhenAsEnd follow local days, short and long ones") {
  TzGuard tz("Europe/Berlin");
  // 2026-11-21 starts at 00:00 CET = 23:00Z the day before.
  CHECK(WhenAsStart(Day(2026, 11, 21)) == 1795219200 - 3600);
  CHECK(WhenAsEnd(Day(2026, 11, 21)) == 1795219200 - 3600 + 86399);
  // 2026-03-29 has 23 hours: 00:00 CET (1774742400 - 3600) to 24:00 CEST (1774828800 - 7200).
  CHECK(WhenAsStart(Day(2026, 3, 29)) == 1774742400 - 3600);
  CHECK(WhenAsEnd(Day(2026, 3, 29)) == 1774828800 - 7200 - 1);
  CHECK(WhenAsEnd(Day(2026, 3, 29)) - WhenAsStart(Day(2026, 3, 29)) + 1 == 23 * 3600);
  // 2026-10-25 has 25 hours.
  CHECK(WhenAsEnd(Day(2026, 10, 25)) - WhenAsStart(Day(2026, 10, 25)) + 1 == 25 * 3600);
  CHECK(FormatDateTime(InLocalZone(WhenAsEnd(Day(2026, 10, 25)))) == "2026-10-25T23:59:59+01:00");
}

// ---- WHEN as people type it (issue 9) ----

namespace {

// A WHEN for a range, as "FIRST..LAST (N days)" for days and periods, or
// its instant; "error" when refused.
std::string Range(const std::string& in, const std::string& now) {
  When w;
  std::string err;
  if (!ParseWhen(in, T(now), &w, &err)) return "error";
  if (!w.whole_day) return FormatDateTime(w.instant);
  return FormatDate(w.day) + ".." + FormatDate(AddDays(w.day, w.days - 1)) + " (" + std::to_string(w.days) + " days)";
}

bool Moved(const std::string& in, const std::string& now) {
  When w;
  std::string err;
  REQUIRE(ParseWhen(in, T(now), &w, &err));
  return w.moved_to_yesterday;
}

// A range's start and end as local RFC 3339 text.
std::string Start(const std::string& in, const std::string& now) {
  When w;
  std::string err;
  REQUIRE(ParseWhen(in, T(now), &w, &err));
  return FormatDateTime(InLocalZone(WhenAsStart(w)));
}
std::string End(const std::string& in, const std::string& now) {
  When w;
  std::string err;
  REQUIRE(ParseWhen(in, T(now), &w, &err));
  return FormatDateTime(InLocalZone(WhenAsEnd(w)));
}

// The time of a new entry, or "future" when refused.
std::string EntryAt(const std::string& in, const std::string& now) {
  When w;
  std::string err;
  REQUIRE(ParseWhen(in, T(now), &w, &err, /*allow_periods=*/false));
  Time t;
  if (!WhenAsEntryTime(w, T(now), &t)) return "future";
  return FormatDateTime(t);
}

}  // namespace

TEST_CASE("ParseWhen: 12-hour times, today or yesterday like HH:MM") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";
  CHECK(W("8am", now) == "2026-11-21T08:00:00+00:00");
  CHECK(W("8:05am", now) == "2026-11-21T08:05:00+00:00");
  CHECK(W("08:05 AM", now) == "2026-11-21T08:05:00+00:00");
  // 18:30 today is still to come at 09:14: yesterday's.
  for (const char* evening : {"6:30pm", "6:30 pm", "6:30 p.m.", "6:30 P.M.", "6:30p.m.", "6:30 p.m", "06:30PM"}) {
    INFO(evening);
    CHECK(W(evening, now) == "2026-11-20T18:30:00+00:00");
  }
  CHECK(W("6pm", now) == "2026-11-20T18:00:00+00:00");
  CHECK(W("6 pm", now) == "2026-11-20T18:00:00+00:00");
  CHECK(W("12am", now) == "2026-11-21T00:00:00+00:00");  // midnight
  CHECK(W("12:30am", now) == "2026-11-21T00:30:00+00:00");
  CHECK(W("12pm", now) == "2026-11-20T12:00:00+00:00");  // noon, still to come
  CHECK(W("12pm", "2026-11-21T15:00:00Z") == "2026-11-21T12:00:00+00:00");
  CHECK(W("11:59pm", "2026-11-21T23:59:30Z") == "2026-11-21T23:59:00+00:00");
  for (const char* bad : {"13pm", "0am", "0:30am", "6:3pm", "6:300pm", "6:60pm", "pm", "6 pm pm", "6:30xm", "-6pm",
                          "6.30pm", "123pm", "6 p"}) {
    INFO(bad);
    CHECK(W(bad, now) == "error");
  }
}

TEST_CASE("ParseWhen: a day, an optional `at`, then a time") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";  // a Saturday
  CHECK(W("yesterday at 18:30", now) == "2026-11-20T18:30:00+00:00");
  CHECK(W("yesterday 6:30pm", now) == "2026-11-20T18:30:00+00:00");
  CHECK(W("yesterday at 6:30 p.m.", now) == "2026-11-20T18:30:00+00:00");
  CHECK(W("Yesterday At 6:30PM", now) == "2026-11-20T18:30:00+00:00");
  CHECK(W("today at 8:00", now) == "2026-11-21T08:00:00+00:00");
  CHECK(W("monday at 9", now) == "2026-11-16T09:00:00+00:00");  // a bare hour after a day
  CHECK(W("monday 9", now) == "2026-11-16T09:00:00+00:00");
  CHECK(W("mon at 21", now) == "2026-11-16T21:00:00+00:00");
  CHECK(W("tuesday 7am", now) == "2026-11-17T07:00:00+00:00");
  CHECK(W("2026-11-20 18:30", now) == "2026-11-20T18:30:00+00:00");
  CHECK(W("2026-11-20 6:30pm", now) == "2026-11-20T18:30:00+00:00");
  CHECK(W("2026-11-20 at 18:30", now) == "2026-11-20T18:30:00+00:00");
  CHECK(W("2026-11-20 at 9", now) == "2026-11-20T09:00:00+00:00");
  // The time may come first.
  CHECK(W("6pm yesterday", now) == "2026-11-20T18:00:00+00:00");
  CHECK(W("18:30 monday", now) == "2026-11-16T18:30:00+00:00");
  // `at` and a bare hour alone: today, or yesterday if still to come.
  CHECK(W("at 9", now) == "2026-11-21T09:00:00+00:00");
  CHECK(W("at 10", now) == "2026-11-20T10:00:00+00:00");
  CHECK(W("at 18:30", now) == "2026-11-20T18:30:00+00:00");
  for (const char* bad : {"9", "18", "yesterday at", "at", "at yesterday", "monday at 24", "monday at 9 10",
                          "yesterday today", "monday tuesday", "6pm 7pm", "yesterday at at 9", "yesterday 930",
                          "9 yesterday", "monday at -1"}) {
    INFO(bad);
    CHECK(W(bad, now) == "error");
  }
}

TEST_CASE("ParseWhen: last WEEKDAY is the most recent one, as a bare weekday") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";  // a Saturday
  for (const char* wd : {"monday", "tue", "wednesday", "thu", "friday", "sat", "sunday"}) {
    INFO(wd);
    CHECK(W(std::string("last ") + wd, now) == W(wd, now));
  }
  CHECK(W("last monday", now) == "day 2026-11-16");
  CHECK(W("last saturday", now) == "day 2026-11-14");  // today's name: a week ago
  CHECK(W("Last Friday at 6pm", now) == "2026-11-20T18:00:00+00:00");
  CHECK(W("last fri 18:00", now) == "2026-11-20T18:00:00+00:00");
  for (const char* bad : {"last", "last funday", "last last monday", "last 18:00", "last yesterday"}) {
    INFO(bad);
    CHECK(W(bad, now) == "error");
  }
}

TEST_CASE("ParseWhen: Nh ago, Nd ago, Nw ago, an hour ago") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";
  CHECK(W("2h ago", now) == "2026-11-21T07:14:00+00:00");
  CHECK(W("2H AGO", now) == "2026-11-21T07:14:00+00:00");
  CHECK(W("3d ago", now) == "2026-11-18T09:14:00+00:00");
  CHECK(W("1w ago", now) == "2026-11-14T09:14:00+00:00");
  CHECK(W("30m ago", now) == "2026-11-21T08:44:00+00:00");
  CHECK(W("30min ago", now) == "2026-11-21T08:44:00+00:00");
  CHECK(W("2hrs ago", now) == "2026-11-21T07:14:00+00:00");
  CHECK(W("2 hrs ago", now) == "2026-11-21T07:14:00+00:00");
  CHECK(W("an hour ago", now) == "2026-11-21T08:14:00+00:00");
  CHECK(W("a day ago", now) == "2026-11-20T09:14:00+00:00");
  CHECK(W("a week ago", now) == "2026-11-14T09:14:00+00:00");
  for (const char* bad : {"2x ago", "h ago", "2h", "-2h ago", "2h ago ago", "a ago", "an ago", "a 2h ago", "2.5h ago",
                          "1234567h ago", "ago 2h"}) {
    INFO(bad);
    CHECK(W(bad, now) == "error");
  }
}

TEST_CASE("ParseWhen: noon, midnight, this morning, last night") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";
  CHECK(W("noon", now) == "2026-11-20T12:00:00+00:00");  // still to come today
  CHECK(W("noon", "2026-11-21T15:00:00Z") == "2026-11-21T12:00:00+00:00");
  CHECK(W("Midnight", now) == "2026-11-21T00:00:00+00:00");
  CHECK(W("yesterday noon", now) == "2026-11-20T12:00:00+00:00");
  CHECK(W("monday at noon", now) == "2026-11-16T12:00:00+00:00");
  CHECK(W("this morning", now) == "2026-11-21T08:00:00+00:00");
  CHECK(W("This  Morning", now) == "2026-11-21T08:00:00+00:00");
  CHECK(W("last night", now) == "2026-11-20T22:00:00+00:00");
  CHECK(W("last night", "2027-01-01T10:00:00Z") == "2026-12-31T22:00:00+00:00");
  for (const char* bad : {"this night", "last morning", "this morning 9", "tonight", "this", "noon noon"}) {
    INFO(bad);
    CHECK(W(bad, now) == "error");
  }
}

TEST_CASE("ParseWhen: a clock alone that moved to yesterday says so") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T07:50:00Z";
  CHECK(W("09:00", now) == "2026-11-20T09:00:00+00:00");
  CHECK(Moved("09:00", now));
  CHECK(Moved("9am", now));
  CHECK(Moved("noon", now));
  CHECK(Moved("at 9", now));
  CHECK_FALSE(Moved("07:50", now));  // exactly now
  CHECK_FALSE(Moved("07:00", now));
  CHECK_FALSE(Moved("midnight", now));
  CHECK_FALSE(Moved("yesterday 09:00", now));  // the day was given
  CHECK_FALSE(Moved("today", now));
  CHECK_FALSE(Moved("2h ago", now));
  CHECK_FALSE(Moved("last night", now));
}

TEST_CASE("ParseWhen: periods this|last week, month, year") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";  // Saturday of the week Monday 16 to Sunday 22
  CHECK(Range("this week", now) == "2026-11-16..2026-11-22 (7 days)");
  CHECK(Range("last week", now) == "2026-11-09..2026-11-15 (7 days)");
  CHECK(Range("This Week", now) == "2026-11-16..2026-11-22 (7 days)");
  CHECK(Range("this month", now) == "2026-11-01..2026-11-30 (30 days)");
  CHECK(Range("last month", now) == "2026-10-01..2026-10-31 (31 days)");
  CHECK(Range("this year", now) == "2026-01-01..2026-12-31 (365 days)");
  CHECK(Range("last year", now) == "2025-01-01..2025-12-31 (365 days)");
  // On a Monday and a Sunday the week is the same one.
  CHECK(Range("this week", "2026-11-16T00:00:00Z") == "2026-11-16..2026-11-22 (7 days)");
  CHECK(Range("this week", "2026-11-22T23:59:59Z") == "2026-11-16..2026-11-22 (7 days)");
  CHECK(Range("last week", "2026-11-16T00:00:00Z") == "2026-11-09..2026-11-15 (7 days)");
  // Across the year: 2027-01-01 is a Friday; its week began on 2026-12-28.
  CHECK(Range("this week", "2027-01-01T10:00:00Z") == "2026-12-28..2027-01-03 (7 days)");
  CHECK(Range("last month", "2027-01-15T10:00:00Z") == "2026-12-01..2026-12-31 (31 days)");
  CHECK(Range("last month", "2028-03-31T10:00:00Z") == "2028-02-01..2028-02-29 (29 days)");  // leap February
  CHECK(Range("this year", "2028-06-01T10:00:00Z") == "2028-01-01..2028-12-31 (366 days)");
  // --since takes the start, --until the end.
  CHECK(Start("last week", now) == "2026-11-09T00:00:00+00:00");
  CHECK(End("last week", now) == "2026-11-15T23:59:59+00:00");
  CHECK(Start("this month", now) == "2026-11-01T00:00:00+00:00");
  CHECK(End("this month", now) == "2026-11-30T23:59:59+00:00");
  CHECK(End("this year", now) == "2026-12-31T23:59:59+00:00");
  for (const char* bad : {"next week", "this decade", "last weeks", "this week monday", "week", "last  week  ago"}) {
    INFO(bad);
    CHECK(W(bad, now) == "error");
  }
}

TEST_CASE("ParseWhen: a period is refused where a time is needed, with what to write instead") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";
  When w;
  std::string err;
  for (const char* period : {"this week", "last week", "this month", "last month", "this year", "last year"}) {
    INFO(period);
    CHECK_FALSE(ParseWhen(period, T(now), &w, &err, /*allow_periods=*/false));
    CHECK(err.find("is a period, not a time") != std::string::npos);
    CHECK(err.find("last monday") != std::string::npos);
  }
  // Everything else is the same either way.
  CHECK(ParseWhen("last monday", T(now), &w, &err, false));
  // The list of accepted forms names the periods only where they are accepted.
  CHECK_FALSE(ParseWhen("soon", T(now), &w, &err, true));
  CHECK(err.find("this|last week") != std::string::npos);
  CHECK(err.find("6:30pm") != std::string::npos);
  CHECK(err.find("last WEEKDAY") != std::string::npos);
  CHECK_FALSE(ParseWhen("soon", T(now), &w, &err, false));
  CHECK(err.find("this|last week") == std::string::npos);
}

TEST_CASE("WhenAsEntryTime: a time in the future is refused") {
  TzGuard tz("UTC");
  const std::string now = "2026-11-21T09:14:00Z";
  CHECK(EntryAt("now", now) == "2026-11-21T09:14:00+00:00");
  CHECK(EntryAt("09:14", now) == "2026-11-21T09:14:00+00:00");
  CHECK(EntryAt("today", now) == "2026-11-21T09:14:00+00:00");  // noon still to come: now
  CHECK(EntryAt("6pm", now) == "2026-11-20T18:00:00+00:00");    // moved to yesterday, not refused
  CHECK(EntryAt("today 23:00", now) == "future");
  CHECK(EntryAt("today at 11pm", now) == "future");
  CHECK(EntryAt("this morning", "2026-11-21T07:00:00Z") == "future");
  CHECK(EntryAt("2026-11-22", now) == "future");
  CHECK(EntryAt("2026-11-21T09:14:01Z", now) == "future");
  CHECK(EntryAt("2026-11-21 9:15", now) == "future");
  CHECK(EntryAt("0 minutes ago", now) == "2026-11-21T09:14:00+00:00");
  // A weekday is always in the past, even today's name.
  CHECK(EntryAt("saturday 23:00", now) == "2026-11-14T23:00:00+00:00");
}

TEST_CASE("ParseWhen: the new forms on the spring-forward day in Europe/Berlin") {
  TzGuard tz("Europe/Berlin");
  // 2026-03-29: 02:00 CET jumps to 03:00 CEST. Now is 09:00 CEST that day.
  const std::string on = "2026-03-29T09:00:00+02:00";
  CHECK(W("this morning", on) == "2026-03-29T08:00:00+02:00");
  CHECK(W("midnight", on) == "2026-03-29T00:00:00+01:00");
  CHECK(W("1:30am", on) == "2026-03-29T01:30:00+01:00");
  CHECK(W("2:30am", on) == "2026-03-29T03:30:00+02:00");  // skipped: moved forward, as mktime does
  CHECK(W("noon", on) == "2026-03-28T12:00:00+01:00");    // still to come: yesterday, in CET
  CHECK(W("last night", on) == "2026-03-28T22:00:00+01:00");
  // Elapsed hours: 8 h before 07:00Z is 23:00Z = 00:00 CET.
  CHECK(W("8h ago", on) == "2026-03-29T00:00:00+01:00");
  // The day after.
  const std::string after = "2026-03-30T12:00:00+02:00";  // Monday
  CHECK(W("yesterday at 2:30am", after) == "2026-03-29T03:30:00+02:00");
  CHECK(W("last sunday 2:30 a.m.", after) == "2026-03-29T03:30:00+02:00");
  CHECK(W("yesterday at 9", after) == "2026-03-29T09:00:00+02:00");
  CHECK(W("2d ago", after) == "2026-03-28T12:00:00+01:00");
  CHECK(W("48h ago", after) == "2026-03-28T11:00:00+01:00");
  // Last week, Monday 23 to Sunday 29, is an hour short; its end is in CEST.
  CHECK(Start("last week", after) == "2026-03-23T00:00:00+01:00");
  CHECK(End("last week", after) == "2026-03-29T23:59:59+02:00");
  When w;
  std::string err;
  REQUIRE(ParseWhen("last week", T(after), &w, &err));
  CHECK(WhenAsEnd(w) + 1 - WhenAsStart(w) == 7 * 86400 - 3600);
  CHECK(Start("this month", after) == "2026-03-01T00:00:00+01:00");
  CHECK(End("this month", after) == "2026-03-31T23:59:59+02:00");
}

TEST_CASE("ParseWhen: the new forms on the fall-back day in Europe/Berlin") {
  TzGuard tz("Europe/Berlin");
  // 2026-10-25: 03:00 CEST falls back to 02:00 CET. Now is 12:00 CET (11:00Z).
  const std::string now = "2026-10-25T12:00:00+01:00";
  CHECK(W("this morning", now) == "2026-10-25T08:00:00+01:00");
  CHECK(W("midnight", now) == "2026-10-25T00:00:00+02:00");
  CHECK(W("last night", now) == "2026-10-24T22:00:00+02:00");
  CHECK(W("10h ago", now) == "2026-10-25T02:00:00+01:00");
  CHECK(W("11h ago", now) == "2026-10-25T02:00:00+02:00");
  CHECK(W("1d ago", now) == "2026-10-24T12:00:00+02:00");
  CHECK(W("yesterday at 6:30pm", now) == "2026-10-24T18:30:00+02:00");
  // 02:30 happened twice; either reading keeps the wall clock.
  std::string twice = W("2:30am", now);
  CHECK((twice == "2026-10-25T02:30:00+01:00" || twice == "2026-10-25T02:30:00+02:00"));
  // This week, Monday 19 to Sunday 25, is an hour long.
  CHECK(Start("this week", now) == "2026-10-19T00:00:00+02:00");
  CHECK(End("this week", now) == "2026-10-25T23:59:59+01:00");
  When w;
  std::string err;
  REQUIRE(ParseWhen("this week", T(now), &w, &err));
  CHECK(WhenAsEnd(w) + 1 - WhenAsStart(w) == 7 * 86400 + 3600);
  CHECK(Start("this month", now) == "2026-10-01T00:00:00+02:00");
  CHECK(End("this month", now) == "2026-10-31T23:59:59+01:00");
  CHECK(End("last month", now) == "2026-09-30T23:59:59+02:00");
}

TEST_CASE("WeekdayAbbrev and MonthAbbrev: the names every output writes") {
  CHECK(std::string(WeekdayAbbrev(Date{2026, 11, 30})) == "Mon");
  CHECK(std::string(WeekdayAbbrev(Date{2026, 11, 29})) == "Sun");
  CHECK(std::string(MonthAbbrev(1)) == "Jan");
  CHECK(std::string(MonthAbbrev(12)) == "Dec");
}
