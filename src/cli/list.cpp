// journal list: entries, oldest first, filtered, as a table or data.
#include <CLI/CLI.hpp>

#include "choices.h"
#include "entry_output.h"
#include "filter_options.h"
#include "painjournal/table.h"

#include <map>

namespace pj {

namespace {

struct ListOptions {
  FilterOptions filter;
  size_t last = 0;
  bool last_given = false;
  std::string format = "table";
  bool raw = false;
  bool strict = false;
  bool ids = false;
};

// For each entry, how much of its id --ids shows: the shortest prefix of
// at least 6 characters that no other entry of the journal shares (what
// delete and amend accept), so every id in the journal is read.
bool IdLengths(Context& ctx, const std::vector<Entry>& entries, bool all_loaded, std::vector<size_t>* out,
               std::string* err) {
  std::vector<std::string> ids;
  if (all_loaded) {
    for (const Entry& e : entries) ids.push_back(e.id);
  } else {
    std::vector<Problem> ignored;  // said once already, by the listing
    if (!ScanMonths(ctx.journal, Filter{}, [&](std::vector<Entry>& month) {
          for (const Entry& e : month) ids.push_back(e.id);
        }, &ignored, err))
      return false;
  }
  std::vector<size_t> all = UniquePrefixLengths(ids, 6);
  std::map<std::string, size_t> by_id;
  for (size_t i = 0; i < ids.size(); ++i) by_id[ids[i]] = all[i];
  for (const Entry& e : entries) out->push_back(by_id.count(e.id) ? by_id[e.id] : e.id.size());
  return true;
}

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
  if (format == EntryFormat::kTable) {
    std::vector<size_t> id_lengths;
    const bool everything = !o.last_given && !f.since && !f.until && f.sites.empty() && f.did.empty() && f.tags.empty();
    if (o.ids && !IdLengths(ctx, entries, everything, &id_lengths, &err)) return Fail(ctx, kExitFailure, err);
    StartPaging(ctx);
    *ctx.out << FormatTable(entries, static_cast<size_t>(ctx.width), o.ids ? &id_lengths : nullptr, ctx.out_style);
    ctx.out->flush();
    return StrictStatus(ctx, o.strict, problems);
  }
  StartPaging(ctx);
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
  sub->add_option("--format", o->format, "table (default), csv, json or toml")
      ->check(OneOf({"table", "csv", "json", "toml"}));
  sub->add_flag("--raw", o->raw, "CSV: no formula guard (no ' before cells that start with = + - @)");
  sub->add_flag("--ids", o->ids, "Table: add an ID column (the shortest unique prefix, at least 6 characters)");
  sub->add_flag("--strict", o->strict, "Exit with status 1 if any journal file has a problem");
  sub->footer(
      "Examples:\n  journal list --since monday --site neck\n  journal list --last 20 --format csv\n"
      "  journal list --ids --last 5\n"
      "The table is as wide as the terminal (80 columns when output is not one; COLUMNS sets it).");
  sub->callback([o, run, last] {
    o->last_given = last->count() > 0;
    *run = [o](Context& ctx) { return CmdList(*o, ctx); };
  });
}

}  // namespace pj
