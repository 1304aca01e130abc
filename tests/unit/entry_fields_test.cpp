// FindField looks keys up through an index (entry_fields.cpp): every row of
// the table is found by its key, and nothing else is.
#include <doctest/doctest.h>

#include <string>

#include "painjournal/entry_fields.h"

namespace pj {

TEST_CASE("FindField finds every row by its key and nothing else") {
  for (const Field& f : kFields) {
    CHECK(FindField(f.key) == &f);
    std::string key(f.key);
    CHECK(FindField(key + "x") == nullptr);
    CHECK(FindField(key.substr(0, key.size() - 1)) == nullptr);
    std::string changed = key;
    changed[key.size() / 2] = '#';  // same length, first and last byte: the same bucket
    if (key.size() > 2) CHECK(FindField(changed) == nullptr);
  }
  CHECK(FindField("") == nullptr);
  CHECK(FindField("factor") == nullptr);
}

}  // namespace pj

TEST_CASE("ScalarField: slot i is the i-th scalar row of the table, and back") {
  int slot = 0;
  for (const pj::Field& f : pj::kFields) {
    if (!pj::IsScalar(f.kind)) continue;
    CHECK(&pj::ScalarField(slot) == &f);
    CHECK(pj::ScalarSlot(f.key) == slot);
    ++slot;
  }
  CHECK(slot == pj::kScalarCount);
  CHECK(&pj::ScalarField(pj::kIntensitySlot) == pj::FindField("intensity"));
}
