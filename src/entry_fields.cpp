#include "painjournal/entry_fields.h"

#include <string>

#include "painjournal/util.h"

namespace pj {

const Field* FindField(std::string_view key) {
  // The first byte first: every month-file key is looked up here, and a
  // memcmp per table row was most of the lookup.
  for (const Field& f : kFields)
    if (f.key.size() == key.size() && f.key[0] == key[0] && f.key == key) return &f;
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

const Field& ScalarField(int slot) {
  int i = 0;
  for (const Field& f : kFields) {
    if (!IsScalar(f.kind)) continue;
    if (i++ == slot) return f;
  }
  return kFields[0];  // not reached for a valid slot
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
