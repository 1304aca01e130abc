#include "filter_options.h"

#include <CLI/CLI.hpp>

#include "painjournal/util.h"

namespace pj {

void AddFilterOptions(CLI::App* sub, FilterOptions* o) {
  sub->add_option("--since", o->since,
                  "Only entries at or after WHEN (a day or a period such as last week: its start)");
  sub->add_option("--until", o->until, "Only entries at or before WHEN (a day or a period such as last week: its end)");
  sub->add_option("--site", o->sites, "Only entries at this site (repeatable or a comma list)")
      ->allow_extra_args(false);
  sub->add_option("--did", o->did, "Only entries that did this action (repeatable or a comma list)")
      ->allow_extra_args(false);
  sub->add_option("--tag", o->tags, "Only entries with this tag (repeatable or a comma list)")
      ->allow_extra_args(false);
}

bool BuildFilter(const Context& ctx, const FilterOptions& o, Filter* f, std::string* err) {
  *f = Filter{};
  When w;
  if (!o.since.empty()) {
    if (!ParseWhenOption(ctx, "--since", o.since, &w, err)) return false;
    f->since = WhenAsStart(w);
  }
  if (!o.until.empty()) {
    if (!ParseWhenOption(ctx, "--until", o.until, &w, err)) return false;
    f->until = WhenAsEnd(w);
  }
  if (f->since && f->until && *f->since > *f->until) {
    *err = "--since is later than --until";
    return false;
  }
  // Filters accept names not in the vocabulary (a site logged with --new).
  for (const auto& item : o.sites)
    for (const auto& name : SplitList(item)) {
      std::string s;
      if (!ctx.config.vocab.ResolveSite(name, true, &s, err)) return false;
      f->sites.push_back(s);
    }
  for (const auto& item : o.did)
    for (const auto& name : SplitList(item)) {
      std::string a;
      if (!ctx.config.vocab.ResolveAction(name, true, &a, err)) return false;
      f->did.push_back(a);
    }
  for (const auto& item : o.tags)
    for (const auto& t : SplitList(item)) f->tags.push_back(t);
  return true;
}

}  // namespace pj
