// journal check [--repair]: every problem in every month file as
// FILE:LINE:COL: message; --repair sets torn last entries aside.
#include <CLI/CLI.hpp>

#include "context.h"
#include "painjournal/check.h"
#include "painjournal/util.h"

namespace pj {

namespace {

struct CheckOptions {
  bool repair = false;
};

int CmdCheck(const CheckOptions& o, Context& ctx) {
  CheckResult r;
  std::string err;
  if (!CheckJournal(ctx.journal, &r, &err, &ctx.config.vocab)) return Fail(ctx, kExitFailure, err);
  if (o.repair && !r.torn.empty()) {
    for (const MonthFile& m : r.torn) {
      std::string side;
      size_t moved = 0;
      if (!RepairTornTail(m, &side, &moved, &err)) return Fail(ctx, kExitFailure, err);
      if (moved > 0)
        *ctx.out << Visible(m.path) << ": moved the torn last entry (" << moved << " bytes) to " << Visible(side)
                 << "\n";
    }
    if (!CheckJournal(ctx.journal, &r, &err, &ctx.config.vocab)) return Fail(ctx, kExitFailure, err);
  }
  // Trial plans: broken, or edited after the order was drawn.
  size_t plans = 0;
  std::vector<Problem> plan_problems = CheckTrialPlans(ctx, &plans);
  r.files += plans;
  r.problems.insert(r.problems.end(), plan_problems.begin(), plan_problems.end());
  // A problem quotes the file (an unknown key, a bad value): shown visibly.
  for (const Problem& p : r.problems) *ctx.out << Visible(FormatProblem(p)) << "\n";
  if (!ctx.quiet) {
    *ctx.out << "Checked " << r.files << (r.files == 1 ? " file, " : " files, ") << r.entries
             << (r.entries == 1 ? " entry: " : " entries: ");
    if (r.problems.empty()) {
      *ctx.out << "no problems.\n";
    } else {
      *ctx.out << r.problems.size() << (r.problems.size() == 1 ? " problem." : " problems.");
      if (!r.torn.empty()) *ctx.out << " `journal check --repair` sets torn last entries aside.";
      *ctx.out << " Fix the rest with `journal edit YYYY-MM`.\n";
    }
  }
  return r.problems.empty() ? kExitOk : kExitFailure;
}

}  // namespace

void DefineCheck(CLI::App& app, Runner* run) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* sub = app.add_subcommand("check", "Validate every month file; list each problem as FILE:LINE:COL");
  sub->add_flag("--repair", o->repair,
                "Move a torn last entry (a crash mid-write, a half-typed edit) to MONTH.toml.torn; nothing is deleted");
  sub->footer("Examples:\n  journal check\n  journal check --repair");
  sub->callback([o, run] { *run = [o](Context& ctx) { return CmdCheck(*o, ctx); }; });
}

}  // namespace pj
