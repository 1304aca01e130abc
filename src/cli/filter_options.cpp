#include "filter_options.h"

#include <CLI/CLI.hpp>

#include <set>

#include "painjournal/util.h"

namespace pj {

void AddFilterOptions(CLI::App* sub, FilterOptions* o) {
  sub->add_option("--since", o->since,
                  "Only entries at or after WHEN (a day or a period such as last week: its start)");
  sub->add_option("--until", o->until, "Only entries at or before WHEN (a day or a period such as last week: its end)");
  sub->add_option("--site", o->sites, "Only entries at this site (repeatable or a comma list; see `journal vocab`)")
      ->allow_extra_args(false);
  sub->add_option("--did", o->did,
                  "Only entries that did this action, or an action of this class: passive, movement, other "
                  "(repeatable or a comma list)")
      ->allow_extra_args(false);
  sub->add_option("--tag", o->tags, "Only entries with this tag, in any case (repeatable or a comma list)")
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
  // Names resolve as `add` resolves them; a name the vocabulary does not
  // know matches nothing, so it is an error with the closest known name,
  // not an empty list that looks like "no such entries".
  const Vocabulary& v = ctx.config.vocab;
  const std::string see = " (see `journal vocab`)";
  for (const auto& item : o.sites)
    for (const auto& name : SplitList(item)) {
      std::string s;
      if (!v.FindSite(name, &s)) return *err = "--site: " + v.UnknownSite(Trim(name)) + see, false;
      f->sites.push_back(s);
    }
  for (const auto& item : o.did)
    for (const auto& name : SplitList(item)) {
      std::string a;
      ActionClass c;
      if (v.FindAction(name, &a)) {
        f->did.push_back(a);
      } else if (ParseActionClass(Lower(Trim(name)), &c)) {  // --did passive: every passive action
        for (auto& n : v.ActionsOfClass(c)) f->did.push_back(std::move(n));
      } else {
        *err = "--did: " + v.UnknownAction(Trim(name)) + " (see `journal vocab`; a class passive, movement or other "
               "selects its actions)";
        return false;
      }
    }
  // Tags are free text: matched ignoring case (Matches folds the entry's).
  for (const auto& item : o.tags)
    for (const auto& t : SplitList(item)) f->tags.push_back(Lower(t));
  return true;
}

bool CheckTagsExist(const Context& ctx, const Filter& f, std::string* err) {
  if (f.tags.empty()) return true;
  std::set<std::string> have;  // in lower case, as the filter holds them
  std::vector<Problem> problems;
  std::string scan_err;
  if (!ScanMonths(ctx.journal, Filter{}, [&](std::vector<Entry>& month) {
        for (const Entry& e : month)
          for (const auto& t : e.tags) have.insert(Lower(t));
      }, &problems, &scan_err))
    return true;  // the listing read it already; its error stands
  for (const auto& want : f.tags) {
    if (have.count(want)) continue;
    std::string best;
    size_t best_d = 0;
    for (const auto& t : have) {
      size_t d = EditDistance(want, t);
      if (best.empty() || d < best_d) best = t, best_d = d;
    }
    *err = "--tag: no entry has the tag '" + want + "'";
    if (!best.empty() && best_d <= std::max<size_t>(2, want.size() / 3)) *err += "; did you mean '" + best + "'?";
    *err += " (tags match in any case)";
    return false;
  }
  return true;
}

}  // namespace pj
