#include "painjournal/entry_fields.h"

#include <array>
#include <cstdint>
#include <iterator>
#include <string>

#include "painjournal/util.h"

namespace pj {

namespace {

// A key's bucket in FindField's index: its length and its first and last
// bytes, which tell the table's keys apart.
constexpr size_t KeyBucket(std::string_view key) {
  return (key.size() * 7 + static_cast<unsigned char>(key.front()) * 3 + static_cast<unsigned char>(key.back())) & 255;
}

// Each bucket holds a row's index, -1 for none, or -2 when two keys share
// it (then the rows are searched). Built by the compiler: no guard to test
// on every call.
constexpr std::array<std::int8_t, 256> MakeKeyIndex() {
  std::array<std::int8_t, 256> t{};
  for (auto& b : t) b = -1;
  for (size_t i = 0; i < std::size(kFields); ++i) {
    std::int8_t& b = t[KeyBucket(kFields[i].key)];
    b = b == -1 ? static_cast<std::int8_t>(i) : -2;
  }
  return t;
}
constexpr std::array<std::int8_t, 256> kKeyIndex = MakeKeyIndex();

// Keys are a few bytes long: a loop beats a call to memcmp.
bool SameKey(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

}  // namespace

const Field* FindField(std::string_view key) {
  // Every key of every month-file entry is looked up here (670,000 in the
  // 100k bench journal): a compare per table row was 4% of an export.
  if (key.empty()) return nullptr;
  const std::int8_t i = kKeyIndex[KeyBucket(key)];
  if (i >= 0) return SameKey(kFields[static_cast<size_t>(i)].key, key) ? &kFields[static_cast<size_t>(i)] : nullptr;
  if (i == -1) return nullptr;
  for (const Field& f : kFields)
    if (SameKey(f.key, key)) return &f;
  return nullptr;
}

const std::vector<int>& LoadSlots() {
  static const std::vector<int> slots = [] {
    std::vector<int> out;
    for (int i = 0; i < kScalarCount; ++i)
      if (ScalarField(i).load.is_load) out.push_back(i);
    return out;
  }();
  return slots;
}

double LoadValue(const Field& f, double stored) {
  if (f.kind != FieldKind::kWord) return stored;
  const int i = static_cast<int>(stored);
  return i >= 0 && i < WordCount(f) && f.words[i] == f.load.high_word ? 1.0 : 0.0;
}

// The row of each scalar slot, built by the compiler: the analysis asks
// for a slot's field for every day of every factor row (160,000 times at
// 100k entries), and a walk over the table each time was 8% of its work.
constexpr std::array<std::uint8_t, kScalarCount> MakeSlotRows() {
  std::array<std::uint8_t, kScalarCount> rows{};
  size_t slot = 0;
  for (size_t i = 0; i < std::size(kFields); ++i)
    if (IsScalar(kFields[i].kind)) rows[slot++] = static_cast<std::uint8_t>(i);
  return rows;
}
constexpr std::array<std::uint8_t, kScalarCount> kSlotRows = MakeSlotRows();

const Field& ScalarField(int slot) {
  if (slot < 0 || slot >= kScalarCount) return kFields[0];  // not reached for a valid slot
  return kFields[kSlotRows[static_cast<size_t>(slot)]];
}

int WordCount(const Field& f) {
  int n = 0;
  while (n < 4 && !f.words[n].empty()) ++n;
  return n;
}

std::string Accepts(const Field& f) {
  switch (f.kind) {
    case FieldKind::kInteger:
      return "a whole number from " + FormatNumber(f.min) + " to " + FormatNumber(f.max);
    case FieldKind::kNumber:
      return "a number from " + FormatNumber(f.min) + " to " + FormatNumber(f.max);
    case FieldKind::kWord: {
      std::string out = "one of ";
      for (int i = 0; i < WordCount(f); ++i) out += (i ? ", " : "") + std::string(f.words[i]);
      return out;
    }
    case FieldKind::kId:
    case FieldKind::kSite:
    case FieldKind::kText: return "a string";
    case FieldKind::kTime: return "a date-time such as 2026-11-21T09:14:00+01:00";
    case FieldKind::kActions:
    case FieldKind::kTags: return "a list of strings";
    case FieldKind::kFactors: return "a table of numbers such as { sleep_hours = 6.5 }";
  }
  return "";
}

std::string FieldKeyList() {
  std::string out;
  for (const Field& f : kFields) out += (out.empty() ? "" : ", ") + std::string(f.key);
  return out;
}

bool IsReservedFactorName(std::string_view name) {
  const Field* f = FindField(name);
  return f && IsScalar(f->kind);
}

}  // namespace pj
