#include "painjournal/analysis_params.h"

#include <cctype>
#include <cmath>

#include "painjournal/util.h"

namespace pj {

namespace {

bool ParsePositiveDuration(const std::string& text, int64_t* out) {
  int64_t s;
  std::string ignored;
  if (!ParseDuration(text, &s, &ignored) || s <= 0) return false;
  *out = s;
  return true;
}

bool ParsePainThreshold(const std::string& text, AnalysisParams* p) {
  long long v;
  if (!ParseInt(Trim(text), &v) || v < 1 || v > 10) return false;
  p->pain_threshold = static_cast<int>(v);
  return true;
}

bool ParseEpisodeGap(const std::string& text, AnalysisParams* p) {
  return ParsePositiveDuration(text, &p->episode_gap);
}

bool ParseFollowupWindow(const std::string& text, AnalysisParams* p) {
  return ParsePositiveDuration(text, &p->followup_window);
}

bool ParseRecurrenceWindow(const std::string& text, AnalysisParams* p) {
  return ParsePositiveDuration(text, &p->recurrence_window);
}

bool ParseLag(const std::string& text, AnalysisParams* p) {
  int64_t s;
  std::string ignored;
  if (!ParseDuration(text, &s, &ignored) || s % 86400 != 0 || s > 30 * 86400) return false;
  p->lag_days = static_cast<int>(s / 86400);
  return true;
}

bool ParseDayStart(const std::string& text, AnalysisParams* p) {
  std::string v = Trim(text);
  if (v.size() != 5 || v[2] != ':') return false;
  for (size_t i : {0u, 1u, 3u, 4u})
    if (!std::isdigit(static_cast<unsigned char>(v[i]))) return false;
  int h = (v[0] - '0') * 10 + (v[1] - '0');
  int m = (v[3] - '0') * 10 + (v[4] - '0');
  if (h > 23 || m > 59) return false;
  p->day_start_min = h * 60 + m;
  return true;
}

}  // namespace

bool ParseDuration(const std::string& text, int64_t* seconds, std::string* err) {
  std::string s;
  for (char c : Lower(Trim(text)))
    if (c != ' ') s += c;  // "72 h" as well as "72h"
  auto fail = [&] {
    *err = "'" + text + "' is not a duration; write a number and a unit: 30m, 72h, 14d, 2w";
    return false;
  };
  if (s.size() < 2) return fail();
  char unit = s.back();
  int64_t scale = unit == 'm' ? 60 : unit == 'h' ? 3600 : unit == 'd' ? 86400 : unit == 'w' ? 7 * 86400 : 0;
  double n;
  if (scale == 0 || !ParseDouble(s.substr(0, s.size() - 1), &n) || n < 0 || n > 3650.0 * 86400 / scale)
    return fail();
  *seconds = static_cast<int64_t>(std::llround(n * static_cast<double>(scale)));
  if (*seconds % 60 != 0) return fail();  // whole minutes: 1.5h, not 0.5m
  return true;
}

std::string FormatDuration(int64_t seconds) {
  // As the defaults read: 72h, 48h, 14d.
  if (seconds % 86400 == 0 && seconds >= 7 * 86400) return std::to_string(seconds / 86400) + "d";
  if (seconds % 3600 == 0) return std::to_string(seconds / 3600) + "h";
  if (seconds % 60 == 0) return std::to_string(seconds / 60) + "m";
  return std::to_string(seconds) + "s";
}

const std::vector<AnalysisParamSpec>& AnalysisParamTable() {
  static const std::vector<AnalysisParamSpec> kTable = {
      {"pain_threshold", "a whole number from 1 to 10", "Intensity that makes an entry a pain entry (default 3)",
       ParsePainThreshold, "INT"},
      {"episode_gap", "a positive duration such as 48h (units m, h, d, w)",
       "Longest gap inside one episode (default 72h)", ParseEpisodeGap, "DURATION"},
      {"followup_window", "a positive duration such as 48h (units m, h, d, w)",
       "How long after passive relief movement counts as follow-up (default 48h)", ParseFollowupWindow, "DURATION"},
      {"recurrence_window", "a positive duration such as 14d (units m, h, d, w)",
       "How long after a treatment a new episode counts as a recurrence (default 14d)", ParseRecurrenceWindow,
       "DURATION"},
      {"lag", "whole days from 0d to 30d (e.g. 1d)", "Days after a factor's day an onset still counts (default 1d)",
       ParseLag, "DURATION"},
      {"day_start", "a time HH:MM such as 04:00", "When a journal day begins, HH:MM (default 00:00)", ParseDayStart,
       "HH:MM"},
  };
  return kTable;
}

const AnalysisParamSpec* FindAnalysisParam(const std::string& key) {
  for (const AnalysisParamSpec& spec : AnalysisParamTable())
    if (key == spec.key) return &spec;
  return nullptr;
}

std::string AnalysisParamKeys() {
  std::string keys;
  for (const AnalysisParamSpec& spec : AnalysisParamTable()) keys += std::string(keys.empty() ? "" : ", ") + spec.key;
  return keys;
}

bool SetAnalysisParam(AnalysisParams* p, const std::string& key, const std::string& value, std::string* err) {
  const AnalysisParamSpec* spec = FindAnalysisParam(key);
  if (!spec) {
    *err = "unknown analysis parameter '" + key + "'; accepted: " + AnalysisParamKeys();
    return false;
  }
  if (spec->parse(value, p)) return true;
  *err = key + " must be " + spec->accepts + ", not '" + value + "'";
  return false;
}

}  // namespace pj
