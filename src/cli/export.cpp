// journal export: all or filtered entries as CSV or JSON, streamed month by
// month so that memory stays flat however long the journal is.
#include <CLI/CLI.hpp>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>

#include "entry_output.h"
#include "filter_options.h"

namespace pj {

namespace {

struct ExportOptions {
  FilterOptions filter;
  std::string format = "csv";
  std::string output;
  bool raw = false;
  bool strict = false;
};

int CmdExport(const ExportOptions& o, Context& ctx) {
  Filter f;
  std::string err;
  EntryFormat format;
  if ((o.format != "csv" && o.format != "json") || !ParseEntryFormat(o.format, &format))
    return Fail(ctx, kExitUsage, "--format must be csv or json, not '" + o.format + "'");
  if (!BuildFilter(ctx, o.filter, &f, &err)) return Fail(ctx, kExitUsage, err);

  std::vector<Problem> problems;
  // CSV needs every factor name for its header: a first pass collects them.
  std::set<std::string> factors;
  if (format == EntryFormat::kCsv) {
    std::vector<Problem> ignored;  // reported once, by the second pass
    bool ok = ScanMonths(ctx.journal, f, [&](std::vector<Entry>& month) {
      for (const Entry& e : month)
        for (const auto& fa : e.factors) factors.insert(fa.first);
    }, &ignored, &err);
    if (!ok) return Fail(ctx, kExitFailure, err);
  }

  // A file is written under a temporary name and renamed when complete, so
  // an error never leaves half an export in place of a good one. Devices
  // and pipes (-o /dev/null) are written directly.
  std::ofstream file;
  std::ostream* out = ctx.out;
  std::string tmp;
  if (!o.output.empty() && o.output != "-") {
    struct stat st;
    bool special = stat(o.output.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
    std::string target = special ? o.output : o.output + ".tmp-" + std::to_string(getpid());
    if (!special) tmp = target;
    // Health data: the export is created 0600, like the journal.
    int fd = open(target.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return Fail(ctx, kExitFailure, "cannot write " + o.output + ": " + std::strerror(errno));
    close(fd);
    file.open(target, std::ios::out | std::ios::binary | std::ios::trunc);
    if (!file) return Fail(ctx, kExitFailure, "cannot write " + o.output);
    out = &file;
  }
  auto fail = [&](const std::string& message) {
    if (!tmp.empty()) unlink(tmp.c_str());
    return Fail(ctx, kExitFailure, message);
  };
  Style plain;
  EntryWriter w(*out, format, std::vector<std::string>(factors.begin(), factors.end()), o.raw, plain);
  w.Begin();
  bool ok = ScanMonths(ctx.journal, f, [&](std::vector<Entry>& month) { w.Write(month); }, &problems, &err);
  if (!ok) return fail(err);
  w.End();
  WarnProblems(ctx, problems);
  if (out == &file) file.close();
  if (!*out) return fail("cannot write " + (o.output.empty() ? "the output" : o.output));
  if (!tmp.empty()) {
    int fd = open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
    bool synced = fd >= 0 && fsync(fd) == 0;
    if (fd >= 0) close(fd);
    if (!synced || rename(tmp.c_str(), o.output.c_str()) != 0)
      return fail("cannot write " + o.output + ": " + std::strerror(errno));
  }
  if (!ctx.quiet && out == &file)
    *ctx.err << "Exported " << w.count() << (w.count() == 1 ? " entry" : " entries") << " to " << o.output << "\n";
  return StrictStatus(ctx, o.strict, problems);
}

}  // namespace

void DefineExport(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* sub = app.add_subcommand("export", "Write entries as CSV (default) or JSON, for spreadsheets or backup");
  AddFilterOptions(sub, &o->filter);
  sub->add_option("--format", o->format, "csv (default) or json");
  sub->add_option("-o,--output", o->output, "Write to FILE (created 0600) instead of standard output");
  sub->add_flag("--raw", o->raw, "CSV: no formula guard (no ' before cells that start with = + - @)");
  sub->add_flag("--strict", o->strict, "Exit with status 1 if any journal file has a problem");
  sub->footer("Examples:\n  journal export -o pain.csv\n  journal export --format json --since 2026-01-01 > 2026.json");
  sub->callback([o, run] { *run = [o](Context& ctx) { return CmdExport(*o, ctx); }; });
}

}  // namespace pj
