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

}  // namespace pj
