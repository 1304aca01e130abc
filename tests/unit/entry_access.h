// Tests name fields by key; the library reaches them by slot (entry_fields.h).
// Optional in, optional out, as the fields were before they became slots.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "painjournal/entry.h"

namespace pjtest {

inline int SlotOf(std::string_view key) {
  const int slot = pj::ScalarSlot(key);
  if (slot < 0) throw std::logic_error("not a scalar field: " + std::string(key));
  return slot;
}

inline void Set(pj::Entry& e, std::string_view key, std::optional<double> v) {
  if (v) e.Set(SlotOf(key), *v);
  else e.Clear(SlotOf(key));
}

inline std::optional<double> Get(const pj::Entry& e, std::string_view key) { return e.Value(SlotOf(key)); }

// A word field by its word; a word the field does not have is a test bug.
inline void SetWord(pj::Entry& e, std::string_view key, std::optional<std::string> word) {
  const int slot = SlotOf(key);
  if (!word) return e.Clear(slot);
  const pj::Field& f = pj::ScalarField(slot);
  for (int i = 0; i < pj::WordCount(f); ++i)
    if (f.words[i] == *word) return e.Set(slot, i);
  throw std::logic_error("not a word of " + std::string(key) + ": " + *word);
}

inline std::optional<std::string> Word(const pj::Entry& e, std::string_view key) {
  const int slot = SlotOf(key);
  if (!e.Has(slot)) return std::nullopt;
  return pj::ScalarText(e, slot);
}

}  // namespace pjtest
