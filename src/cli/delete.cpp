// journal delete ID...: remove entries by id or a unique prefix of one.
#include <CLI/CLI.hpp>

#include "context.h"
#include "entry_options.h"

namespace pj {

namespace {

// What `delete` was given.
struct DeleteOptions {
  std::vector<std::string> ids;
  bool yes = false;
  bool dry_run = false;
};

int CmdDelete(const DeleteOptions& o, Context& ctx) {
  LoadedJournal j;
  std::string err;
  if (!LoadJournal(ctx, &j, &err)) return Fail(ctx, kExitFailure, err);
  std::vector<size_t> which;
  if (!ResolveIds(j, o.ids, &which, &err)) return Fail(ctx, kExitUsage, err);
  if (which.size() > 1 && !o.yes && !o.dry_run) {
    // As git does, no question where nobody can answer it.
    if (!Interactive(ctx))
      return Fail(ctx, kExitUsage,
                  std::to_string(which.size()) + " entries named; pass --yes to remove more than one without a terminal");
    for (size_t k : which) *ctx.err << "  " << j.entries[k].entry.id << "  " << DescribeEntry(j.entries[k].entry) << "\n";
    if (!Confirm(ctx, "Remove these " + std::to_string(which.size()) + " entries?")) {
      *ctx.err << "Nothing removed.\n";
      return kExitFailure;
    }
  }
  return RemoveEntries(ctx, j, which, "delete", o.dry_run);
}

}  // namespace

void DefineDelete(CLI::App& app, Runner* run) {
  auto o = std::make_shared<DeleteOptions>();
  CLI::App* sub = app.add_subcommand("delete", "Remove entries by id (they are kept in MONTH.toml.removed)");
  sub->add_option("ID", o->ids, "An entry's id, or its first 6 or more characters (any case)")->required();
  sub->add_flag("-y,--yes", o->yes, "Remove more than one entry without asking");
  sub->add_flag("-n,--dry-run", o->dry_run, "Only say which entries would be removed");
  sub->footer(
      "Example:\n  journal delete 01JD3QY8Z6K3\n"
      "With more than one entry it asks on a terminal; elsewhere it needs --yes.");
  sub->callback([o, run] { *run = [o](Context& ctx) { return CmdDelete(*o, ctx); }; });
}

}  // namespace pj
