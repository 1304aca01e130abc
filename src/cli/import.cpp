// journal import: entries from the project's own CSV or JSON export. Ids
// already in the journal are skipped, so export -> import is idempotent.
#include <CLI/CLI.hpp>

#include <iostream>
#include <iterator>
#include <set>

#include "choices.h"
#include "context.h"
#include "new_words.h"
#include "painjournal/csv.h"
#include "painjournal/entry_json.h"
#include "painjournal/filter.h"
#include "painjournal/ulid.h"
#include "painjournal/util.h"

namespace pj {

namespace {

struct ImportOptions {
  std::string file;
  std::string format;  // csv | json | "" (guess)
  bool dry_run = false;
  bool is_new = false;       // --new: names the vocabulary does not know are added to it
  NewClassOption new_class;  // --class of the new actions
};

int CmdImport(const ImportOptions& o, Context& ctx) {
  std::string text, err;
  std::string source = o.file == "-" ? "<stdin>" : o.file;
  if (o.file == "-") {
    text.assign(std::istreambuf_iterator<char>(*ctx.in), std::istreambuf_iterator<char>());
  } else if (!ReadFile(o.file, &text, &err)) {
    return Fail(ctx, kExitUsage, err);
  }
  NewClassOption new_class = o.new_class;
  if (!new_class.Parse(&err)) return Fail(ctx, kExitUsage, err);
  std::string format = o.format;
  if (format.empty()) {
    std::string head = Trim(std::string_view(text).substr(0, 64));
    format = (!head.empty() && (head[0] == '[' || head[0] == '{')) ? "json" : "csv";
  }
  if (format != "csv" && format != "json")
    return Fail(ctx, kExitUsage, "--format must be csv or json, not '" + format + "'");
  if (!IsValidUtf8(text)) return Fail(ctx, kExitUsage, source + ": not valid UTF-8 text");

  std::vector<Entry> incoming;
  bool ok = format == "csv" ? EntriesFromCsv(text, source, ctx.config.vocab, &incoming, &err, o.is_new)
                            : EntriesFromJson(text, source, ctx.config.vocab, &incoming, &err, o.is_new);
  if (!ok) return Fail(ctx, kExitUsage, err);

  // The ids already in the journal (the whole journal: any month may hold one).
  std::set<std::string> known;
  std::vector<Problem> problems;
  if (!ScanMonths(ctx.journal, Filter{}, [&](std::vector<Entry>& month) {
        for (const Entry& e : month) known.insert(e.id);
      }, &problems, &err))
    return Fail(ctx, kExitFailure, err);
  WarnProblems(ctx, problems);

  std::vector<Entry> fresh;
  size_t skipped = 0;
  for (Entry& e : incoming) {
    if (e.id.empty()) e.id = NewUlid(ctx.now.utc * 1000);
    if (!known.insert(e.id).second) {
      ++skipped;
      continue;
    }
    fresh.push_back(std::move(e));
  }
  // Names new to the vocabulary (with --new) go to vocab.toml first, and
  // come out again if the entries cannot be written.
  const JournalWords new_words = NewWords(ctx.config.vocab, new_class.cls, &fresh);
  if (!new_class.text.empty() && new_words.actions.empty())
    return Fail(ctx, kExitUsage, "--class sets the class of the new actions of --new; the input has none");
  std::optional<std::string> vocab_before;
  if (!o.dry_run && !RecordNewWords(ctx, new_words, &vocab_before, &err)) return Fail(ctx, kExitFailure, err);
  std::vector<std::string> warnings;
  // A torn tail may have been set aside before a write failed: say so either way.
  const bool appended = o.dry_run || ctx.journal.Append(fresh, &err, &warnings);
  for (const auto& w : warnings) Warn(ctx, w);
  if (!appended) {
    UndoNewWords(ctx, new_words, vocab_before);
    return Fail(ctx, kExitFailure, err);
  }
  if (!ctx.quiet)
    *ctx.out << (o.dry_run ? "Would import " : "Imported ") << fresh.size()
             << (fresh.size() == 1 ? " entry" : " entries") << "; skipped " << skipped << " already in the journal\n";
  SayNewWords(ctx, new_words, o.dry_run);
  return kExitOk;
}

}  // namespace

void DefineImport(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ImportOptions>();
  CLI::App* sub = app.add_subcommand("import", "Add entries from a CSV or JSON export (FILE, or - for stdin)");
  sub->add_option("FILE", o->file, "A file written by `journal export`, or - for standard input")->required();
  sub->add_option("--format", o->format, "csv or json (default: guessed from the content)")
      ->check(OneOf({"csv", "json"}));
  sub->add_flag("-n,--dry-run", o->dry_run, "Check the input and count what would be imported; write nothing");
  sub->add_flag("--new", o->is_new,
                "Accept sites and actions the vocabulary does not know, and add them to the journal's vocab.toml");
  sub->add_option("--class", o->new_class.text,
                  "With --new, the class of the new actions: passive, movement or other (default)");
  sub->footer(
      "Examples:\n  journal import backup.json\n  journal --dir ~/new-journal import pain.csv\n"
      "  journal import --new --class movement from-another-app.csv\n"
      "CSV may be separated by ',' or ';' (as spreadsheets save it in many locales), found from the header row.\n"
      "A site or action the vocabulary does not know stops the import (nothing is written) unless --new.");
  sub->callback([o, run] { *run = [o](Context& ctx) { return CmdImport(*o, ctx); }; });
}

}  // namespace pj
