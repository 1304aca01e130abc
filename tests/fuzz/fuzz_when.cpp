// Fuzz target: the WHEN parser (`--at`, `--since`, `--until`). Any text must
// give a WHEN or an error message, never a crash or an overflow; a WHEN must
// give an instant and a range that starts before it ends, and an instant the
// file format can hold must read back from its RFC 3339 text.
#include <cstdlib>
#include <ctime>

#include "fuzz_util.h"
#include "painjournal/time.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  setenv("TZ", "Europe/Berlin", 1);  // a zone with daylight-saving changes
  tzset();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  pj::Time now;
  std::string err;
  if (!pj::ParseDateTime("2026-11-21T10:00:00+01:00", &now, &err)) pjfuzz::Finding("the fixed now: " + err);
  pj::When w;
  if (!pj::ParseWhen(pjfuzz::Text(data, size), now, &w, &err)) {
    if (err.empty()) pjfuzz::Finding("refused without a message");
    return 0;
  }
  if (pj::WhenAsStart(w) > pj::WhenAsEnd(w)) pjfuzz::Finding("a range that ends before it starts");
  pj::Time t = pj::WhenAsInstant(w, now);
  int year = pj::LocalDate(t).year;
  if (year >= 1 && year <= 9999) {
    std::string text = pj::FormatDateTime(t);
    pj::Time back;
    if (!pj::ParseDateTime(text, &back, &err)) pjfuzz::Finding("'" + text + "' does not read back: " + err);
    if (back.utc != t.utc || back.offset_min != t.offset_min) pjfuzz::Finding("'" + text + "' reads back differently");
  }
  return 0;
}
