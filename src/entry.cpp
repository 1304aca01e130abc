#include "painjournal/entry.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <unordered_set>

#include "painjournal/util.h"

namespace pj {

bool operator==(const Entry& a, const Entry& b) {
  return a.id == b.id && a.at.utc == b.at.utc && a.at.offset_min == b.at.offset_min && a.site == b.site &&
         a.intensity == b.intensity && a.stress == b.stress && a.sitting_hours == b.sitting_hours &&
         a.breathing == b.breathing && a.did == b.did && a.note == b.note && a.tags == b.tags &&
         a.factors == b.factors;
}

bool EntryBefore(const Entry& a, const Entry& b) {
  if (a.at.utc != b.at.utc) return a.at.utc < b.at.utc;
  return a.id < b.id;
}

namespace {

std::string ScaleMessage(const char* field, const std::string& got) {
  return std::string(field) + " must be a whole number from 0 to 10, not " + got;
}

std::string SittingMessage(const char* field, const std::string& got) {
  return std::string(field) + " must be a number from 0 to 24 (e.g. 9.5), not " + got;
}

// A number every format (TOML, CSV, JSON) writes and reads back exactly:
// finite, and 0 or at least the smallest normal double. Subnormals such as
// 1e-310 parse in TOML and JSON but not back from CSV, so none is taken in.
bool Storable(double v) { return std::isfinite(v) && (v == 0 || std::fabs(v) >= DBL_MIN); }

std::string TooSmall(const std::string& what, double v) {
  return what + " must be 0 or at least " + FormatNumber(DBL_MIN) + " in size, not " + FormatNumber(v);
}

std::string BreathingMessage(const std::string& got) {
  return "breathing must be one of shallow, normal, deep, not '" + got + "'";
}

bool ParseScale(const char* field, const std::string& s, int* out, std::string* err) {
  long long v;
  if (!ParseInt(Trim(s), &v) || v < 0 || v > 10) {
    *err = ScaleMessage(field, "'" + s + "'");
    return false;
  }
  *out = static_cast<int>(v);
  return true;
}

}  // namespace

bool ParseIntensity(const std::string& s, int* out, std::string* err) { return ParseScale("intensity", s, out, err); }
bool ParseStress(const std::string& s, int* out, std::string* err) { return ParseScale("stress", s, out, err); }

bool ParseSitting(const std::string& s, double* out, std::string* err) {
  double v;
  if (!ParseDouble(Trim(s), &v) || v < 0 || v > 24) {
    *err = SittingMessage("sitting hours", "'" + s + "'");
    return false;
  }
  *out = v == 0 ? 0.0 : v;  // no -0
  return true;
}

bool ParseBreathing(const std::string& s, std::string* out, std::string* err) {
  std::string v = Lower(Trim(s));
  if (v != "shallow" && v != "normal" && v != "deep") {
    *err = BreathingMessage(s);
    return false;
  }
  *out = v;
  return true;
}

bool ValidFactorName(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  // The built-in fields would be two factors of one name in the analysis.
  for (const char* field : {"intensity", "stress", "sitting_hours", "breathing"})
    if (name == field) return false;
  if (!std::islower(static_cast<unsigned char>(name[0]))) return false;
  for (char c : name)
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_'))
      return false;
  return true;
}

bool ValidTag(const std::string& tag) {
  return !tag.empty() && IsValidUtf8(tag) && tag.find(';') == std::string::npos &&
         std::none_of(tag.begin(), tag.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

bool ParseFactor(const std::string& s, std::pair<std::string, double>* out, std::string* err) {
  size_t eq = s.find('=');
  std::string name = eq == std::string::npos ? "" : Trim(s.substr(0, eq));
  double v;
  if (eq == std::string::npos || !ValidFactorName(name) || !ParseDouble(Trim(s.substr(eq + 1)), &v)) {
    *err = "factor must be NAME=NUMBER with a lower-case name of letters, digits and _ (e.g. sleep_hours=6.5), not '" +
           s + "'";
    if (name == "stress" || name == "sitting_hours" || name == "breathing" || name == "intensity")
      *err = "factor '" + name + "' is a built-in field: use --" + (name == "sitting_hours" ? "sitting" : name);
    return false;
  }
  *out = {name, v};
  return true;
}

void DropRepeatedNames(std::vector<std::string>* names) {
  std::unordered_set<std::string> seen;
  names->erase(std::remove_if(names->begin(), names->end(), [&](const std::string& n) { return !seen.insert(n).second; }),
               names->end());
}

bool NormalizeFactors(std::vector<std::pair<std::string, double>>* factors, std::string* err) {
  std::stable_sort(factors->begin(), factors->end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 1; i < factors->size(); ++i) {
    if ((*factors)[i].first == (*factors)[i - 1].first) {
      *err = "factor '" + (*factors)[i].first + "' is given twice";
      return false;
    }
  }
  return true;
}

bool NormalizeEntry(Entry* e, std::string* err) {
  if (e->note && e->note->empty()) e->note.reset();
  std::vector<std::string> tags;
  for (const auto& t : e->tags) {
    std::string trimmed = Trim(t);
    if (!trimmed.empty()) tags.push_back(trimmed);
  }
  e->tags = std::move(tags);
  return NormalizeFactors(&e->factors, err);
}

std::string ValidateEntry(const Entry& e, std::string* field) {
  auto bad = [&](const char* name, std::string message) {
    if (field) *field = name;
    return message;
  };
  Date local = LocalDate(e.at);
  if (local.year < 1 || local.year > 9999)
    return bad("at", "at must be a date-time in the years 0001 to 9999, not " + std::to_string(local.year));
  if (e.site && (e.site->empty() || !IsValidUtf8(*e.site))) return bad("site", "site must be a non-empty name");
  if (e.intensity && (*e.intensity < 0 || *e.intensity > 10))
    return bad("intensity", ScaleMessage("intensity", std::to_string(*e.intensity)));
  if (e.stress && (*e.stress < 0 || *e.stress > 10))
    return bad("stress", ScaleMessage("stress", std::to_string(*e.stress)));
  if (e.sitting_hours && !(*e.sitting_hours >= 0 && *e.sitting_hours <= 24))
    return bad("sitting_hours", SittingMessage("sitting_hours", FormatNumber(*e.sitting_hours)));
  if (e.sitting_hours && !Storable(*e.sitting_hours))
    return bad("sitting_hours", TooSmall("sitting_hours", *e.sitting_hours));
  if (e.breathing && *e.breathing != "shallow" && *e.breathing != "normal" && *e.breathing != "deep")
    return bad("breathing", BreathingMessage(*e.breathing));
  for (const auto& a : e.did)
    if (a.empty() || !IsValidUtf8(a) || a.find(';') != std::string::npos)
      return bad("did", "did must list action names (no ';'), not '" + a + "'");
  for (const auto& t : e.tags)
    if (!ValidTag(t)) return bad("tags", "tags must be non-empty text without ';' or control characters, not '" + t + "'");
  if (e.note && !IsValidUtf8(*e.note)) return bad("note", "note must be valid UTF-8 text");
  for (const auto& [name, value] : e.factors) {
    if (!ValidFactorName(name)) return bad("factors", "factor name '" + name + "' must be lower-case letters, digits and _");
    if (!std::isfinite(value)) return bad("factors", "factor '" + name + "' must be a finite number");
    if (!Storable(value)) return bad("factors", TooSmall("factor '" + name + "'", value));
  }
  for (size_t i = 1; i < e.factors.size(); ++i)
    if (e.factors[i].first <= e.factors[i - 1].first) return bad("factors", "factors must be unique");
  return "";
}

}  // namespace pj
