#include "painjournal/id_lookup.h"

#include <algorithm>

#include "painjournal/ulid.h"

namespace pj {

namespace {

char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

std::string UpperText(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Upper(c);
  return out;
}

// How many leading characters `a` and `b` share, ignoring case.
size_t Shared(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && Upper(a[n]) == Upper(b[n])) ++n;
  return n;
}

}  // namespace

IdLookup LookUpId(const std::vector<std::string>& ids, std::string_view given) {
  IdLookup out;
  if (given.empty()) {
    out.too_short = true;
    return out;
  }
  std::vector<size_t> begun;
  size_t best = 0;
  for (size_t i = 0; i < ids.size(); ++i) {
    const size_t shared = Shared(ids[i], given);
    if (shared == given.size()) {
      if (ids[i].size() == given.size()) out.matches.push_back(i);
      begun.push_back(i);
    }
    if (shared > best) {
      best = shared;
      out.closest.clear();
    }
    if (shared == best && shared > 0 && out.closest.size() < 3) out.closest.push_back(i);
  }
  if (!out.matches.empty()) {
    out.closest.clear();
    return out;
  }
  if (given.size() < kMinIdPrefix) {
    out.too_short = true;
    out.closest.clear();
    return out;
  }
  out.matches = std::move(begun);
  if (!out.matches.empty()) out.closest.clear();
  return out;
}

std::optional<size_t> NewestUlid(const std::vector<std::string>& ids) {
  std::optional<size_t> best;
  std::string best_id;
  for (size_t i = 0; i < ids.size(); ++i) {
    std::string id = UpperText(ids[i]);
    if (!IsUlid(id) || (best && id <= best_id)) continue;
    best = i;
    best_id = std::move(id);
  }
  return best;
}

}  // namespace pj
