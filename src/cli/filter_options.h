// The filter options `list` and `export` share, and their translation into
// a Filter (names through the vocabulary, WHENs against now).
#pragma once

#include <string>
#include <vector>

#include "context.h"
#include "painjournal/filter.h"

namespace pj {

struct FilterOptions {
  std::string since, until;
  std::vector<std::string> sites, did, tags;
};

void AddFilterOptions(CLI::App* sub, FilterOptions* o);
bool BuildFilter(const Context& ctx, const FilterOptions& o, Filter* f, std::string* err);

// For a listing that came out empty: false, with the closest tag the
// journal has, when a --tag of `f` is on no entry at all (a typo, not
// "no such entries"). Reads the whole journal, so only called then.
bool CheckTagsExist(const Context& ctx, const Filter& f, std::string* err);

}  // namespace pj
