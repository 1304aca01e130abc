// journal: a pain-pattern journal. main() turns the global options and the
// environment into a Context and runs the chosen command.
#include <CLI/CLI.hpp>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>

#include <cstdlib>
#include <ctime>
#include <iostream>

#include "context.h"
#include "painjournal/journal_vocab.h"
#include "pager.h"
#include "painjournal/util.h"
#include "usage.h"

namespace {

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

// A command by name with the function that builds its options, so that
// main can tell a command from a typo, and build only the command run,
// without building every command's options first.
struct Command {
  const char* name;
  void (*define)(CLI::App& app, pj::Runner* run);
};

// In the order of `journal --help`.
constexpr Command kCommands[] = {
    {"add", pj::DefineAdd},       {"list", pj::DefineList},       {"export", pj::DefineExport},
    {"import", pj::DefineImport}, {"analyze", pj::DefineAnalyze}, {"report", pj::DefineReport},
    {"check", pj::DefineCheck},   {"edit", pj::DefineEdit},       {"vocab", pj::DefineVocab},
    {"undo", pj::DefineUndo},     {"delete", pj::DefineDelete},   {"amend", pj::DefineAmend},
    {"trial", pj::DefineTrial},   {"due", pj::DefineDue},         {"completions", pj::DefineCompletions},
};

const Command* FindCommand(const std::string& name) {
  for (const Command& c : kCommands)
    if (name == c.name) return &c;
  return nullptr;
}

// `lsit` -> `list`: the closest command, when close enough to be a typo.
std::string ClosestCommand(const std::string& typed) {
  std::string best;
  size_t best_d = 0;
  for (const Command& c : kCommands) {
    size_t d = pj::EditDistance(pj::Lower(typed), c.name);
    if (best.empty() || d < best_d) {
      best = c.name;
      best_d = d;
    }
  }
  return best_d <= std::max<size_t>(2, typed.size() / 3) ? best : "";
}

std::string CommandNames() {
  std::string out;
  for (const Command& c : kCommands) out += std::string(out.empty() ? "" : ", ") + c.name;
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace pj;
  // A write past the file size limit fails with EFBIG, which every writer
  // handles (cut back, temporary removed), instead of killing us mid-write.
  signal(SIGXFSZ, SIG_IGN);
  // Reading a journal allocates and frees a month's text and entries (a
  // few MB) over and over; glibc would map and unmap each afresh and fault
  // its pages in every time, a fifth of a 100k-entry export. Kept in the
  // heap instead: peak memory is unchanged, the time drops by that fifth.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  CLI::App app{"journal: log pain, the load around it and what you did; see what brings it back."};
  app.name("journal");
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("journal ") + PAINJOURNAL_VERSION);
  std::string dir, config_path, color = "auto";
  bool quiet = false;
  app.add_option("--dir", dir, "Journal directory (default: $JOURNAL_DIR, config `dir`, ~/.local/share/painjournal)");
  app.add_option("--config", config_path, "Config file (default: $JOURNAL_CONFIG, ~/.config/painjournal/config.toml)");
  app.add_option("--color", color, "Colour: auto (on a terminal, never with NO_COLOR), always, never")
      ->type_name("auto|always|never")
      ->check(CLI::IsMember({"auto", "always", "never"}).description(""));
  app.add_flag("-q,--quiet", quiet, "Print only what was asked for: no confirmations or summaries");
  bool no_pager = false;
  app.add_flag("--no-pager", no_pager, "Do not send long output on a terminal through $PAGER (default less -FRX)");
  // Known before help is printed, wherever it is given.
  for (int i = 1; i < argc; ++i) no_pager |= std::string(argv[i]) == "--no-pager";
  app.footer("Run `journal COMMAND --help` for a command's options and an example. See journal(1).");
  app.fallthrough();

  // Only the chosen command's options are built: building all ten took
  // about 1M instructions, a quarter of all that `journal add` executed
  // (callgrind). What shows every command (the list in --help, a bare
  // `journal`, completions) still builds them all. Another command's name
  // after the chosen one is read as its argument either way, since the
  // app takes one subcommand.
  Runner run;
  const Command* chosen = nullptr;
  bool version_asked = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--dir" || a == "--config" || a == "--color") {
      ++i;  // global options that take a value: skip the value
      continue;
    }
    if (a == "--version") version_asked = true;
    if (a.empty() || a[0] == '-') continue;
    chosen = FindCommand(a);
    // CLI11 calls an unknown command "A subcommand is required"; say what
    // went wrong instead.
    if (!chosen) {
      std::string close = ClosestCommand(a);
      std::cerr << "journal: unknown command '" << Visible(a) << "'"
                << (close.empty() ? "" : " (did you mean '" + close + "'?)") << "; commands are " << CommandNames()
                << "\n";
      return kExitUsage;
    }
    break;
  }
  if (chosen && std::string(chosen->name) != "completions") {
    chosen->define(app, &run);
  } else if (chosen || !version_asked) {
    // With no command, --version is answered before help is looked at, and
    // nothing else can reach a command's options: only help needs them.
    for (const Command& c : kCommands) c.define(app, &run);
  }
  NameOptionTypes(&app);  // INT, NUMBER, WHEN in --help, and whole numbers checked
  if (argc == 1) {
    std::cerr << app.help() << "\njournal: a command is required\n";
    return kExitUsage;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    StartPager(PagerCommand(no_pager, isatty(1), std::getenv("PAGER")));
    return EndPager(app.exit(e));
  } catch (const CLI::CallForAllHelp& e) {
    StartPager(PagerCommand(no_pager, isatty(1), std::getenv("PAGER")));
    return EndPager(app.exit(e));
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "journal: " << Visible(UsageError(e, app)) << "\n";
    return kExitUsage;
  }

  Context ctx;
  ctx.out = &std::cout;
  ctx.err = &std::cerr;
  ctx.in = &std::cin;
  ctx.quiet = quiet;
  ctx.stdin_is_tty = isatty(0);
  ctx.width = OutputWidth(std::getenv("COLUMNS"), TerminalColumns(1));
  ctx.pager = PagerCommand(no_pager, isatty(1), std::getenv("PAGER"));
  // NO_COLOR turns off the default; an explicit --color=always still wins.
  bool no_color = !Env("NO_COLOR").empty();
  bool color_out = color == "always" || (color == "auto" && !no_color && isatty(1));
  bool color_err = color == "always" || (color == "auto" && !no_color && isatty(2));
  if (color_out) ctx.out_style = Style::On();
  if (color_err) ctx.err_style = Style::On();

  const std::string home = Env("HOME");
  std::string now_env = Env("JOURNAL_NOW");
  if (!now_env.empty()) {
    Time t;
    std::string err;
    if (!ParseDateTime(now_env, &t, &err))
      return Fail(ctx, kExitUsage, "JOURNAL_NOW must be an RFC 3339 date-time: " + err);
    ctx.now = InLocalZone(t.utc);
    // Entries are stamped with it: it must be a time a month file can hold.
    Date d = LocalDate(ctx.now);
    if (d.year < 1 || d.year > 9999)
      return Fail(ctx, kExitUsage, "JOURNAL_NOW must be a date-time in the years 0001 to 9999 in the local time zone, not '" + now_env + "'");
  } else {
    ctx.now = InLocalZone(static_cast<int64_t>(std::time(nullptr)));
  }

  bool config_given = !config_path.empty();
  if (!config_given) config_path = Env("JOURNAL_CONFIG");
  if (config_path.empty()) {
    std::string base = Env("XDG_CONFIG_HOME");
    if (base.empty()) base = home + "/.config";
    config_path = base + "/painjournal/config.toml";
  }
  std::string err;
  if (!LoadConfig(config_path, config_given, home, &ctx.config, &err)) return Fail(ctx, kExitUsage, err);

  if (dir.empty()) dir = Env("JOURNAL_DIR");
  if (dir.empty() && ctx.config.dir) dir = *ctx.config.dir;
  if (dir.empty()) {
    std::string base = Env("XDG_DATA_HOME");
    if (base.empty()) base = home + "/.local/share";
    dir = base + "/painjournal";
  }
  ctx.journal = Journal(dir);
  JournalWords words;  // the journal's own names (vocab.toml), on top of the config's
  if (!LoadJournalWords(dir, &words, &ctx.config.vocab, &err)) return Fail(ctx, kExitFailure, err);
  return EndPager(run(ctx));
}
