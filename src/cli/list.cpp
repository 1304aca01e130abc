// journal list: entries, oldest first, filtered, as a table or data.
#include <CLI/CLI.hpp>

#include "entry_output.h"
#include "filter_options.h"

namespace pj {

namespace {

struct ListOptions {
  FilterOptions filter;
  size_t last = 0;
  bool last_given = false;
  std::string format = "table";
  bool raw = false;
  bool strict = false;
};

// Factor names present in a set of entries, sorted.
std::vector<std::string> FactorNames(const std::vector<Entry>& entries) {
  std::vector<std::string> names;
  for (const Entry& e : entries)
    for (const auto& f : e.factors) names.push_back(f.first);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

int CmdList(const ListOptions& o, Context& ctx) {
  Filter f;
  std::string err;
  EntryFormat format;
  if (!ParseEntryFormat(o.format, &format))
    return Fail(ctx, kExitUsage, "--format must be one of table, csv, json, toml, not '" + o.format + "'");
  if (!BuildFilter(ctx, o.filter, &f, &err)) return Fail(ctx, kExitUsage, err);
  std::vector<Entry> entries;
  std::vector<Problem> problems;
  bool ok;
  if (o.last_given) {
    ok = LoadLast(ctx.journal, f, o.last, &entries, &problems, &err);
  } else {
    ok = LoadEntries(ctx.journal, f, &entries, &problems, &err);
  }
  if (!ok) return Fail(ctx, kExitFailure, err);
  if (entries.empty() && !CheckTagsExist(ctx, f, &err)) return Fail(ctx, kExitUsage, err);  // names: a tag typo
  WarnProblems(ctx, problems);
  EntryWriter w(*ctx.out, format, FactorNames(entries), o.raw, ctx.out_style);
  w.Begin();
  w.Write(entries);
  w.End();
  return StrictStatus(ctx, o.strict, problems);
}

}  // namespace

void DefineList(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ListOptions>();
  CLI::App* sub = app.add_subcommand("list", "Show entries, oldest first");
  AddFilterOptions(sub, &o->filter);
  CLI::Option* last = sub->add_option("--last", o->last, "Only the last N entries (after the other filters)");
  sub->add_option("--format", o->format, "table (default), csv, json or toml");
  sub->add_flag("--raw", o->raw, "CSV: no formula guard (no ' before cells that start with = + - @)");
  sub->add_flag("--strict", o->strict, "Exit with status 1 if any journal file has a problem");
  sub->footer("Examples:\n  journal list --since monday --site neck\n  journal list --last 20 --format csv");
  sub->callback([o, run, last] {
    o->last_given = last->count() > 0;
    *run = [o](Context& ctx) { return CmdList(*o, ctx); };
  });
}

}  // namespace pj
