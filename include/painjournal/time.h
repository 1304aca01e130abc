// Instants with the UTC offset they were recorded in, civil dates, and the
// WHEN expressions users type (`--at yesterday 18:00`, `-3d`, ...).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pj {

// An instant plus the UTC offset it was written with. Entries keep their
// own offset so that the local date and hour a user saw survive a move
// across time zones or a daylight-saving change.
struct Time {
  int64_t utc = 0;     // seconds since the Unix epoch
  int offset_min = 0;  // minutes east of UTC
};

// A calendar date without a time zone.
struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;
};

bool operator==(const Date& a, const Date& b);
bool operator<(const Date& a, const Date& b);

int64_t DaysFromCivil(int y, int m, int d);
Date CivilFromDays(int64_t days);
int DaysInMonth(int year, int month);
int WeekdayOf(const Date& d);  // 0 = Monday .. 6 = Sunday
// English abbreviations, as every output writes dates: "Mon", "Jan".
const char* WeekdayAbbrev(const Date& d);
const char* MonthAbbrev(int month);  // 1..12 (clamped)
Date AddDays(const Date& d, int64_t n);

// The local calendar date and clock of `t` in its own offset.
Date LocalDate(const Time& t);
int LocalMinuteOfDay(const Time& t);

// `t` seen in the process time zone (TZ), with that zone's offset.
Time InLocalZone(int64_t utc);

// Wall-clock time in the process time zone to an instant. A time skipped by
// a daylight-saving change is moved forward, as mktime does.
Time FromLocal(const Date& d, int hour, int minute, int second = 0);

// RFC 3339 date-time; the offset is optional (local time if absent).
// Accepts `T`, `t` or a space between date and time, and fractional seconds
// (dropped).
bool ParseDateTime(std::string_view s, Time* out, std::string* err);
// `2026-11-21T09:14:00+01:00`.
std::string FormatDateTime(const Time& t);
bool ParseDate(std::string_view s, Date* out);
std::string FormatDate(const Date& d);
std::string FormatClock(const Time& t);  // `09:14`

// What a WHEN expression denotes: an instant, a whole day when the user
// named only a day (a date, `today`, a weekday), or a run of whole days for
// a period (`this week`, `last month`).
struct When {
  bool whole_day = false;
  Time instant;  // when !whole_day
  Date day;      // when whole_day: the first day
  int days = 1;  // when whole_day: how many days from `day` (7 for a week)
  // A clock alone (`09:00`, `6pm`, `noon`) that today would still be to
  // come, so it was read as yesterday; a confirmation should say so.
  bool moved_to_yesterday = false;
  bool IsPeriod() const { return whole_day && days > 1; }
};

// Parses WHEN relative to `now` (in the process time zone). Accepted, words
// in any case:
//   RFC 3339 (offset optional), YYYY-MM-DD, `now`;
//   a clock: HH:MM[:SS], H:MM, 6pm, 6:30pm, 6:30 p.m., noon, midnight (alone:
//   today, or yesterday if today's is still to come);
//   a day: today, yesterday, a weekday or `last WEEKDAY` (the most recent one
//   before today), YYYY-MM-DD; then optionally [at] a clock, where a bare
//   hour also counts (`monday at 9`); a clock may also come first
//   (`6pm yesterday`);
//   `this morning` (08:00 today), `last night` (22:00 yesterday);
//   `N minutes|hours|days|weeks ago`, `Nm|Nh|Nd|Nw ago`, `an hour ago`, -2h, -3d;
//   with `allow_periods`: this|last week (Monday to Sunday), this|last month,
//   this|last year.
// The error names the accepted forms.
bool ParseWhen(std::string_view s, const Time& now, When* out, std::string* err, bool allow_periods = true);

// A WHEN as the time of an entry: a whole day means 12:00 that day, or now
// if that is later than now.
Time WhenAsInstant(const When& w, const Time& now);
// The time of a new entry: WhenAsInstant, refused (false) when it is later
// than now, since an entry records what has happened.
bool WhenAsEntryTime(const When& w, const Time& now, Time* out);
// A WHEN as the start / inclusive end of a range: a day or a period from
// the start of its first day to the end of its last.
int64_t WhenAsStart(const When& w);
int64_t WhenAsEnd(const When& w);

}  // namespace pj
