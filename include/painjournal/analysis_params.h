// The parameters of the analysis (SPEC section 4) and the one table of
// their keys. The config reader parses `[analysis]` through it when the
// file is read, `journal analyze` builds its options from it, and every
// message that lists the keys takes them from it: a new parameter is one
// row of the table (and its field in AnalysisParams).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pj {

// The parameters of SPEC section 4. Durations are seconds.
struct AnalysisParams {
  int pain_threshold = 3;
  int64_t episode_gap = 72 * 3600;
  int64_t followup_window = 48 * 3600;
  int64_t recurrence_window = 14 * 86400;
  int lag_days = 1;
  int day_start_min = 0;  // minutes after midnight a journal day begins
};

// "30m", "72h", "14d", "2w" (a number and a unit; fractions allowed).
bool ParseDuration(const std::string& s, int64_t* seconds, std::string* err);
// "72h", "14d", "1d" for a duration, the way a user would write it.
std::string FormatDuration(int64_t seconds);

// One row of the parameter table. It exists so that a parameter's key,
// what it accepts and how it is parsed are written down once, and the
// config reader, the options of `journal analyze` and the messages cannot
// disagree about them.
struct AnalysisParamSpec {
  const char* key;      // the config key; the option is --key with '-' for '_'
  const char* accepts;  // completes "KEY must be ...": what a value may be
  const char* help;     // the help text of the option
  // Sets the parameter in `p` from `text`; false (and `p` untouched) when
  // `text` is not one of the values it accepts.
  bool (*parse)(const std::string& text, AnalysisParams* p);
  const char* type_name;  // the value's type in --help: INT, DURATION, HH:MM
};

// Every parameter, in the order of SPEC section 4.
const std::vector<AnalysisParamSpec>& AnalysisParamTable();
// The row of `key`, or null.
const AnalysisParamSpec* FindAnalysisParam(const std::string& key);
// The keys, as a message lists them: "pain_threshold, episode_gap, ...".
std::string AnalysisParamKeys();

// Sets one parameter by its key from text; the error names the key and
// what it accepts ("lag must be whole days from 0d to 30d (e.g. 1d), not
// '12h'"), or lists the keys when `key` is none of them.
bool SetAnalysisParam(AnalysisParams* p, const std::string& key, const std::string& value, std::string* err);

}  // namespace pj
