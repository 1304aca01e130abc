// journal export: all or filtered entries as CSV or JSON, streamed month by
// month so that memory stays flat however long the journal is.
#include <CLI/CLI.hpp>

#include "choices.h"
#include "entry_output.h"
#include "filter_options.h"
#include "painjournal/store.h"

namespace pj {

namespace {

struct ExportOptions {
  FilterOptions filter;
  std::string format = "csv";
  std::string output;
  bool raw = false;
  bool strict = false;
  bool format_given = false;
};

int CmdExport(const ExportOptions& o, Context& ctx) {
  Filter f;
  std::string err;
  EntryFormat format;
  std::string name = o.format;
  if (!o.format_given && !FormatFromOutput(o.output, {{"csv", "csv"}, {"json", "json"}}, &name, &err))
    return Fail(ctx, kExitUsage, err);
  if ((name != "csv" && name != "json") || !ParseEntryFormat(name, &format))
    return Fail(ctx, kExitUsage, "--format must be csv or json, not '" + name + "'");
  if (!BuildFilter(ctx, o.filter, &f, &err)) return Fail(ctx, kExitUsage, err);

  std::vector<Problem> problems;
  // CSV needs every factor name for its header: a first pass collects them.
  std::vector<std::string> factors;
  if (format == EntryFormat::kCsv && !CollectFactorNames(ctx.journal, f, &factors, &err))
    return Fail(ctx, kExitFailure, err);

  // A file is written under a temporary name and renamed when complete, so
  // an error never leaves half an export in place of a good one. Devices
  // and pipes (-o /dev/null) are written directly. Streamed: memory stays
  // flat however large the export.
  AtomicFileWriter file;
  std::ostream* out = ctx.out;
  if (!o.output.empty() && o.output != "-") {
    if (!file.Open(o.output, true, &err)) return Fail(ctx, kExitFailure, err);
    out = &file.stream();
  }
  Style plain;
  EntryWriter w(*out, format, factors, o.raw, plain);
  w.Begin();
  bool ok = ScanMonths(ctx.journal, f, [&](std::vector<Entry>& month) { w.Write(month); }, &problems, &err, 0, 2);
  if (!ok) return Fail(ctx, kExitFailure, err);  // the temporary goes with `file`
  w.End();
  WarnProblems(ctx, problems);
  if (out == &file.stream()) {
    if (!file.Commit(&err)) return Fail(ctx, kExitFailure, err);
  } else if (!out->flush()) {
    return Fail(ctx, kExitFailure, "cannot write the output");
  }
  if (!ctx.quiet && out != ctx.out)
    *ctx.err << "Exported " << w.count() << (w.count() == 1 ? " entry" : " entries") << " to " << o.output << "\n";
  return StrictStatus(ctx, o.strict, problems);
}

}  // namespace

void DefineExport(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* sub = app.add_subcommand("export", "Write entries as CSV (default) or JSON, for spreadsheets or backup");
  AddFilterOptions(sub, &o->filter);
  CLI::Option* format = sub->add_option("--format", o->format, "csv (default, or as -o FILE's extension) or json")
                              ->check(OneOf({"csv", "json"}));
  sub->add_option("-o,--output", o->output,
                  "Write to FILE (created 0600) instead of standard output; .csv or .json picks the format");
  sub->add_flag("--raw", o->raw, "CSV: no formula guard (no ' before cells that start with = + - @)");
  sub->add_flag("--strict", o->strict, "Exit with status 1 if any journal file has a problem");
  sub->footer("Examples:\n  journal export -o pain.csv\n  journal export -o backup.json\n  journal export --format json --since 2026-01-01 > 2026.json");
  sub->callback([o, run, format] {
    o->format_given = format->count() > 0;
    *run = [o](Context& ctx) { return CmdExport(*o, ctx); };
  });
}

}  // namespace pj
