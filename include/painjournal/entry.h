// One journal entry and the rules every field obeys, wherever it comes from
// (the command line, a month file, an import). The fields themselves are
// described once, in entry_fields.h.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "painjournal/entry_fields.h"
#include "painjournal/time.h"
#include "painjournal/vocab.h"

namespace pj {

using Factors = std::vector<std::pair<std::string, double>>;

// A logged moment. Absent fields are "not recorded", never zero: that is
// why they are optional and empty lists mean absent. The scalar fields of
// the table (intensity, the loads) are slots: a number, or a word's index.
struct Entry {
  std::string id;  // ULID
  Time at;
  std::optional<std::string> site;
  std::vector<std::string> did;
  std::optional<std::string> note;
  std::vector<std::string> tags;
  Factors factors;  // sorted by name, unique
  std::array<double, kScalarCount> scalar{};
  std::uint32_t scalar_set = 0;  // bit i: slot i is recorded

  bool Has(int slot) const { return (scalar_set >> slot) & 1u; }
  double Get(int slot) const { return scalar[slot]; }
  std::optional<double> Value(int slot) const {
    return Has(slot) ? std::optional<double>(scalar[slot]) : std::nullopt;
  }
  void Set(int slot, double v) {
    scalar[slot] = v;
    scalar_set |= 1u << slot;
  }
  void Clear(int slot) {
    scalar[slot] = 0;
    scalar_set &= ~(1u << slot);
  }
  std::optional<int> intensity() const {
    return Has(kIntensitySlot) ? std::optional<int>(static_cast<int>(scalar[kIntensitySlot])) : std::nullopt;
  }
  void set_intensity(int v) { Set(kIntensitySlot, v); }
};

bool operator==(const Entry& a, const Entry& b);
inline bool operator!=(const Entry& a, const Entry& b) { return !(a == b); }

// Orders by instant, then id: the order of `list` and of the analysis.
bool EntryBefore(const Entry& a, const Entry& b);

// Sorts stably by EntryBefore. Entries out of place in a mostly sorted
// list (a month file) are moved back in place; a list far from sorted is
// sorted through an index, moving each entry once (a merge sort of whole
// entries cost a tenth of reading a month).
void SortEntries(std::vector<Entry>* entries);

// A scalar field's value as text: "6", "9.5", "shallow".
std::string ScalarText(const Entry& e, int slot);

// A value as a reader found it, before the entry rules apply: typed (TOML,
// JSON) or as the text a person typed (command line, CSV cell).
struct Unsupported {
  std::string type;     // "a boolean": what was found, for "..., not a boolean"
  std::string message;  // when set, the whole error (the reader knows better)
};
using RawValue = std::variant<std::int64_t, double, std::string, std::vector<std::string>, Factors, Time, Unsupported>;

// Where values come from, which decides how strictly they are read:
// a month file holds them as written (breathing = "shallow" exactly, a
// single string allowed for a list); JSON has types but its words may be
// in any case; text is parsed (" 5" is 5; lists split on `separator`).
enum class ValueSource { kToml, kJson, kText };


// Builds one validated entry from raw fields: the one way in for every
// path (add and its prompt, import from CSV and JSON, both month readers),
// so an entry that one door accepts every other door accepts too. Errors
// name the field and what it accepts.
class EntryBuilder {
 public:
  // `vocab` resolves site and action names (aliases, case); null keeps
  // them as they are (a month file holds canonical names).
  EntryBuilder(ValueSource source, const Vocabulary* vocab = nullptr, bool allow_new = true, char separator = ',');

  enum class Result { kOk, kBad, kUnknownKey };
  // Sets the field `key` (a table key, the `journal add` option name, or a
  // CSV column `factor.NAME`) from a value; list fields append.
  Result Set(std::string_view key, const RawValue& v, std::string* err);
  // The same for a field the caller has found already (a month reader
  // looks each key up once, for its duplicate check as well).
  Result Set(const Field& f, const RawValue& v, std::string* err);
  // Starts the next entry: what a failed entry left is dropped. A reader
  // keeps one builder for a whole file.
  void Reset();
  // The caller has checked that every text it gives is valid UTF-8 (the
  // month file fast path does, byte by byte): Finish need not again.
  void set_text_is_utf8(bool checked) { text_is_utf8_ = checked; }
  // Whether `at` was set.
  bool has_at() const { return has_at_; }
  // Names a typed value in errors: "a float" by default (TOML); JSON shows
  // the value itself.
  std::function<std::string(const RawValue&)> describe;
  // What an unknown site or action error offers (vocab.h).
  NewHint new_hint = NewHint::kAdd;
  // Normalizes (see NormalizeEntry) and checks the whole entry; `field` gets
  // the key at fault. `at` is required unless `need_at` is false.
  bool Finish(Entry* out, std::string* err, std::string* field = nullptr, bool need_at = true);
  // The entry as built so far.
  const Entry& entry() const { return e_; }
  Entry& mutable_entry() { return e_; }
  // Warnings about fields that loaded differently than written.
  const std::vector<std::string>& notes() const { return notes_; }

 private:
  Result SetField(const Field& f, const RawValue& v, std::string* err, const std::string& factor_column);
  void ClearEntry();
  bool SetScalar(const Field& f, int slot, const RawValue& v, std::string* err);
  bool SetNames(const Field& f, const RawValue& v, std::string* err);
  std::string Describe(const RawValue& v) const;

  ValueSource source_;
  const Vocabulary* vocab_;
  bool allow_new_;
  char separator_;
  bool has_at_ = false;
  bool text_is_utf8_ = false;
  std::uint32_t checked_slots_ = 0;  // scalars SetScalar has range-checked
  Entry e_;
  std::vector<std::string> notes_;
};

// `NAME=VALUE`, as `journal add --factor` takes it.
bool ParseFactor(const std::string& s, std::pair<std::string, double>* out, std::string* err);
// Lower-case letters, digits and _, starting with a letter, at most 64.
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
// An empty id is allowed (the reader decides what that means). `done`
// says what a builder has checked already, field by field, so that it is
// not checked twice (a month file has a million entries).
struct AlreadyChecked {
  std::uint32_t slots = 0;  // scalar slots known to be in range
  bool utf8 = false;        // every text is valid UTF-8
};
std::string ValidateEntry(const Entry& e, std::string* field = nullptr, const AlreadyChecked& done = {});

// Keeps the first of each repeated name, in order, in linear time (a
// search per item made `add` with 100,000 tags take seconds).
void DropRepeatedNames(std::vector<std::string>* names);

// Sorts and checks factors for duplicates; false with err on a duplicate.
bool NormalizeFactors(Factors* factors, std::string* err);

}  // namespace pj
