// One journal entry and the rules every field obeys, wherever it comes from
// (the command line, a month file, an import).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "painjournal/time.h"

namespace pj {

// A logged moment. Absent fields are "not recorded", never zero: that is
// why they are optional and empty lists mean absent.
struct Entry {
  std::string id;  // ULID
  Time at;
  std::optional<std::string> site;
  std::optional<int> intensity;        // 0-10
  std::optional<int> stress;           // 0-10
  std::optional<double> sitting_hours; // 0-24
  std::optional<std::string> breathing;  // shallow | normal | deep
  std::vector<std::string> did;
  std::optional<std::string> note;
  std::vector<std::string> tags;
  std::vector<std::pair<std::string, double>> factors;  // sorted by name, unique
};

bool operator==(const Entry& a, const Entry& b);
inline bool operator!=(const Entry& a, const Entry& b) { return !(a == b); }

// Orders by instant, then id: the order of `list` and of the analysis.
bool EntryBefore(const Entry& a, const Entry& b);

// Field checks. Each takes the value as typed and on failure sets `err` to
// one line that names the field and what it accepts.
bool ParseIntensity(const std::string& s, int* out, std::string* err);
bool ParseStress(const std::string& s, int* out, std::string* err);
bool ParseSitting(const std::string& s, double* out, std::string* err);
bool ParseBreathing(const std::string& s, std::string* out, std::string* err);
// `NAME=VALUE`.
bool ParseFactor(const std::string& s, std::pair<std::string, double>* out, std::string* err);
// Lower-case letters, digits and _, starting with a letter; not the name of
// a built-in field (stress, sitting_hours, breathing, intensity).
bool ValidFactorName(const std::string& name);
bool ValidTag(const std::string& tag);

// What every reader does before validating, so that an entry reads back
// the same through TOML, CSV and JSON: an empty note is no note, tags are
// trimmed and empty ones dropped, factors sorted. False on a duplicate
// factor.
bool NormalizeEntry(Entry* e, std::string* err);

// Checks the range and values of every field of a whole entry (after
// loading or importing), and that `at` falls in the years 0001-9999 that
// TOML can hold. Returns "" when valid; `field` gets the key at fault.
// An empty id is allowed (the reader decides what that means).
std::string ValidateEntry(const Entry& e, std::string* field = nullptr);

// Keeps the first of each repeated name, in order, in linear time (a
// search per item made `add` with 100,000 tags take seconds).
void DropRepeatedNames(std::vector<std::string>* names);

// Sorts and checks factors for duplicates; false with err on a duplicate.
bool NormalizeFactors(std::vector<std::pair<std::string, double>>* factors, std::string* err);

}  // namespace pj
