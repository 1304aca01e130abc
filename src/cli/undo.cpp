// journal undo: take back the entry added last (the newest id; see
// id_lookup.h and the README), whichever month it went to.
#include <CLI/CLI.hpp>

#include "context.h"
#include "entry_options.h"
#include "painjournal/id_lookup.h"

namespace pj {

namespace {

// What `undo` was given.
struct UndoOptions {
  bool dry_run = false;
};

int CmdUndo(const UndoOptions& o, Context& ctx) {
  LoadedJournal j;
  std::string err;
  if (!LoadJournal(ctx, &j, &err)) return Fail(ctx, kExitFailure, err);
  std::vector<std::string> ids;
  ids.reserve(j.entries.size());
  for (const JournalEntry& je : j.entries) ids.push_back(je.entry.id);
  const std::optional<size_t> last = NewestUlid(ids);
  if (!last) return Fail(ctx, kExitFailure, "nothing to undo: the journal has no entry that `journal add` made");
  return RemoveEntries(ctx, j, {*last}, "undo", o.dry_run);
}

}  // namespace

void DefineUndo(CLI::App& app, Runner* run) {
  auto o = std::make_shared<UndoOptions>();
  CLI::App* sub = app.add_subcommand("undo", "Remove the entry added last (it is kept in MONTH.toml.removed)");
  sub->add_flag("-n,--dry-run", o->dry_run, "Only say which entry would be removed");
  sub->footer(
      "Example:\n  journal undo\n"
      "The entry added last is the one with the newest id, whatever day --at gave it; run undo again to\n"
      "remove the one added before it.");
  sub->callback([o, run] { *run = [o](Context& ctx) { return CmdUndo(*o, ctx); }; });
}

}  // namespace pj
