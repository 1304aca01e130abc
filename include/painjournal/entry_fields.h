// The one description of an entry's fields. Every reader and writer (TOML,
// JSON, CSV, the command line and its prompt), validation, the list table,
// the reserved factor names and the analysis's upstream loads are driven by
// this table, so a new field is one row here (plus documentation and tests;
// plus the analysis only if it needs a rule the table cannot state).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pj {

// What a field holds. The scalar kinds (kInteger, kNumber, kWord) live in
// the entry's scalar slots and need no code of their own; the others have
// one member each in Entry.
enum class FieldKind : std::uint8_t {
  kId,       // id: text (a ULID when the program wrote it)
  kTime,     // at: an RFC 3339 date-time with offset
  kSite,     // site: one name from the vocabulary
  kInteger,  // a whole number in [min, max]
  kNumber,   // a number in [min, max]
  kWord,     // one word of `words` (stored as its index)
  kActions,  // did: a list of action names from the vocabulary
  kText,     // note: free text
  kTags,     // tags: a list of short texts
  kFactors,  // factors: a table of numbers named by the user
};

// How the analysis and the weekly report read a scalar field as an
// upstream load (SPEC section 4). A day's value is the mean of the day's
// values (a word field: 1 when any entry that day has `high_word`, else 0);
// the day is "high" at or above `high_at`.
struct LoadRule {
  bool is_load = false;
  double high_at = 0;
  std::string_view high_word;     // kWord loads
  std::string_view high_label;    // analysis text: "{}" is the threshold
  std::string_view idea;          // what to try on such days (analysis text)
  std::string_view report_label;  // the weekly report's row
  // The weekly report's HTML chart of the daily values (none when empty):
  // its heading, the name in its legend, and bars rather than a line.
  std::string_view chart_heading;
  std::string_view series;
  bool chart_bars = false;
};

struct Field {
  std::string_view key;    // TOML and JSON key, CSV column; also its name in file errors
  FieldKind kind;
  std::string_view label;  // its name in errors about typed text ("sitting hours")
  double min = 0, max = 0;  // kInteger, kNumber
  std::string_view words[4] = {};  // kWord, in order
  std::string_view example;        // appended to a range error: " (e.g. 9.5)"
  std::string_view option;         // `journal add --OPTION`; "" for none
  std::string_view option_help;
  std::string_view prompt;         // what `add` asks on a terminal; "" to not ask
  // Its column in `journal list`, a word a person reads without the manual
  // ("" for none), and the column's width (0: as wide as its widest value;
  // such a text column shrinks and wraps to fit the terminal).
  std::string_view list_header;
  int list_width = 0;
  LoadRule load;
};

// In key order: the order of keys in a month file, of JSON objects and of
// CSV columns (with `date` and `time` after `at`). Rows leave out the
// members they do not use (empty, 0, no load).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
inline constexpr Field kFields[] = {
    {"id", FieldKind::kId, "id", 0, 0, {}, "", "", "", "", "ID"},
    {"at", FieldKind::kTime, "at", 0, 0, {}, "", "at",
     "When it happened (default now): 18:30, 6pm, yesterday at 9, last monday, 2h ago, 2026-11-20T08:00 ...",
     "When (default now; e.g. 18:30, yesterday 9:00, -2h)", "WHEN", 16},
    {"site", FieldKind::kSite, "site", 0, 0, {}, "", "site", "Body site, as SITE",
     "Site (e.g. neck, lower back; empty for a check-in without pain)", "SITE"},
    {"intensity", FieldKind::kInteger, "intensity", 0, 10, {}, "", "intensity", "Pain intensity 0-10, as INTENSITY",
     "Intensity 0-10", "PAIN", 4},
    {"stress", FieldKind::kInteger, "stress", 0, 10, {}, "", "stress", "Stress 0-10", "Stress 0-10", "STRESS", 6,
     {true, 7, "", "stress >= {}", "on high-stress days, try a walk or a breathing exercise", "stress (mean per day)",
      "Stress (daily mean, 0-10)", "stress", false}},
    {"sitting_hours", FieldKind::kNumber, "sitting hours", 0, 24, {}, " (e.g. 9.5)", "sitting",
     "Hours sat in the last day, 0-24 (e.g. 9.5)", "Hours sat in the last day", "SITTING", 7,
     {true, 8, "", "sitting >= {} h", "on long sitting days, try posture breaks or a walk", "hours sat (mean per day)",
      "Hours sat (daily mean)", "hours sat", true}},
    {"breathing", FieldKind::kWord, "breathing", 0, 0, {"shallow", "normal", "deep"}, "", "breathing",
     "Breathing: shallow, normal or deep", "Breathing (shallow, normal, deep)", "BREATHING", 9,
     {true, 1, "shallow", "shallow breathing", "on shallow-breathing days, try a breathing exercise",
      "shallow-breathing days", "", "", false}},
    {"did", FieldKind::kActions, "did", 0, 0, {}, "", "did",
     "What you did (repeatable or a comma list): massage, stretching, ...", "What you did (e.g. massage, stretching)", "DID"},
    {"note", FieldKind::kText, "note", 0, 0, {}, "", "note", "Free text", "Note", "NOTE"},
    {"tags", FieldKind::kTags, "tags", 0, 0, {}, "", "tag", "A tag (repeatable or a comma list)",
     "Tags (a comma list)", "TAGS"},
    {"factors", FieldKind::kFactors, "factors", 0, 0, {}, "", "factor",
     "A numeric factor of your own, NAME=VALUE (repeatable)",
     "Factors of your own, NAME=VALUE (a comma list, e.g. sleep_hours=6.5)", "FACTORS"},
};
#pragma GCC diagnostic pop

inline constexpr bool IsScalar(FieldKind k) {
  return k == FieldKind::kInteger || k == FieldKind::kNumber || k == FieldKind::kWord;
}

// Scalar fields are numbered in table order: slot 0 is the first scalar row.
inline constexpr int CountScalars() {
  int n = 0;
  for (const Field& f : kFields) n += IsScalar(f.kind);
  return n;
}
inline constexpr int kScalarCount = CountScalars();
static_assert(kScalarCount <= 32, "Entry keeps one bit per scalar slot");

// The slot of the scalar field `key`, or -1.
inline constexpr int ScalarSlot(std::string_view key) {
  int slot = 0;
  for (const Field& f : kFields) {
    if (!IsScalar(f.kind)) continue;
    if (f.key == key) return slot;
    ++slot;
  }
  return -1;
}

// Intensity is what episodes are made of; everything else is generic.
inline constexpr int kIntensitySlot = ScalarSlot("intensity");
static_assert(kIntensitySlot >= 0, "the table must describe intensity");

// The scalar slots of the loads, in table order (the analysis's factors and
// the weekly report's load rows).
const std::vector<int>& LoadSlots();
// A load's value as the analysis and the report read it, from what its
// slot holds: the number, or for a word 1 when it is the high word, else 0.
double LoadValue(const Field& f, double stored);
// The row of a key, or null.
const Field* FindField(std::string_view key);
// The row of a scalar slot.
const Field& ScalarField(int slot);
// The number of words of a kWord field.
int WordCount(const Field& f);
// "a whole number from 0 to 10", "a number from 0 to 24", "one of shallow,
// normal, deep": what a scalar field accepts, for messages.
std::string Accepts(const Field& f);
// "id, at, site, ..., factors": every key, for messages.
std::string FieldKeyList();
// A user factor may not be named like a scalar field: the analysis would
// see two loads of one name.
bool IsReservedFactorName(std::string_view name);

}  // namespace pj
