// journal edit [YYYY-MM]: open a month file in $VISUAL / $EDITOR on a copy,
// validate it, and put it in place without losing entries that `journal
// add` appended meanwhile.
#include <CLI/CLI.hpp>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <iostream>

#include "context.h"
#include "painjournal/check.h"
#include "painjournal/entry_toml.h"
#include "painjournal/lock.h"
#include "painjournal/util.h"

namespace pj {

namespace {

struct EditOptions {
  std::string month;
};

int RunEditor(const std::string& path) {
  const char* editor = std::getenv("VISUAL");
  if (!editor || !*editor) editor = std::getenv("EDITOR");
  if (!editor || !*editor) editor = "vi";
  // Through the shell, so EDITOR may carry arguments ("code --wait").
  std::string cmd = std::string(editor) + " \"$1\"";
  pid_t pid = fork();
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", cmd.c_str(), "sh", path.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The answers to AskWhatNow.
enum class Choice { kEditAgain, kKeep, kDiscard, kInputEnded };

// After an edit with problems: edit again (the default), keep it as it is,
// or discard it and keep the month as it was. Asked until answered.
Choice AskWhatNow(Context& ctx) {
  while (true) {
    *ctx.err << "Edit again, keep the edit with its problems, or discard it? [E/k/d] " << std::flush;
    std::string answer;
    if (!std::getline(*ctx.in, answer)) return Choice::kInputEnded;
    answer = Lower(Trim(answer));
    if (answer.empty() || answer == "e" || answer == "edit" || answer == "y" || answer == "yes")
      return Choice::kEditAgain;
    if (answer == "k" || answer == "keep") return Choice::kKeep;
    if (answer == "d" || answer == "discard") return Choice::kDiscard;
    *ctx.err << "Answer e (edit again), k (keep) or d (discard).\n";
  }
}

int CmdEdit(const EditOptions& o, Context& ctx) {
  Date today = LocalDate(ctx.now);
  int year = today.year, month = today.month;
  if (!o.month.empty()) {
    Date d;
    if (!ParseDate(o.month + "-01", &d)) return Fail(ctx, kExitUsage, "month must be YYYY-MM, not '" + o.month + "'");
    year = d.year;
    month = d.month;
  }
  std::string err;
  if (!EnsureDir(ctx.journal.dir(), &err)) return Fail(ctx, kExitFailure, err);
  const std::string path = ctx.journal.MonthPath(year, month);
  std::string original;
  struct stat st;
  bool existed = lstat(path.c_str(), &st) == 0;  // a link is refused by the open, before any editing
  if (existed) {
    // Under the lock, so the copy never holds half of an add's write.
    LockedFile file;
    if (!file.Open(path, O_RDONLY, 10000, &err) || !ReadJournalFile(path, &original, &err))
      return Fail(ctx, kExitFailure, err);
  }
  if (!existed) original = MonthFileHeader(year, month);

  std::string copy = ctx.journal.dir() + "/." + path.substr(path.find_last_of('/') + 1) + ".edit-" +
                     std::to_string(getpid()) + ".toml";
  if (!WriteFileAtomic(copy, original, &err)) return Fail(ctx, kExitFailure, err);
  std::string edited;
  bool kept_problems = false;
  while (true) {
    if (RunEditor(copy) != 0) {
      unlink(copy.c_str());
      return Fail(ctx, kExitFailure, "the editor failed; " + path + " is unchanged");
    }
    if (!ReadJournalFile(copy, &edited, &err)) return Fail(ctx, kExitFailure, err);
    MonthData data;
    ParseMonth(edited, path, &data);
    kept_problems = !data.problems.empty();
    if (!kept_problems) break;
    WarnProblems(ctx, data.problems);
    if (ctx.stdin_is_tty) {
      const Choice choice = AskWhatNow(ctx);
      if (choice == Choice::kEditAgain) continue;
      if (choice == Choice::kDiscard) {
        unlink(copy.c_str());
        if (!ctx.quiet) *ctx.out << "Discarded the edit; " << path << " is unchanged\n";
        return kExitOk;
      }
      if (choice == Choice::kInputEnded)
        return Fail(ctx, kExitFailure, "input ended: " + path + " is unchanged; your edit is kept in " + copy);
    }
    Warn(ctx, "keeping the edit with its problems; every entry that loads is still read (see `journal check`)");
    break;
  }
  if (edited == original) {
    unlink(copy.c_str());
    if (!ctx.quiet) *ctx.out << "No changes to " << path << "\n";
    return kept_problems ? kExitFailure : kExitOk;
  }

  // Put the edit in place under the lock. Adds only ever append, so what
  // was appended since we copied the file is the part after `original`.
  LockedFile file;
  if (!file.Open(path, O_RDWR | O_CREAT, 10000, &err))
    return Fail(ctx, kExitFailure, err + "; your edit is kept in " + copy);
  std::string current;
  if (!ReadJournalFile(path, &current, &err)) return Fail(ctx, kExitFailure, err);
  if (!existed && current.empty()) current = original;
  if (current.compare(0, original.size(), original) != 0) {
    return Fail(ctx, kExitFailure, path + " was changed by another program meanwhile; your edit is kept in " + copy);
  }
  std::string appended = current.substr(original.size());
  if (!appended.empty() && !edited.empty() && edited.back() != '\n') edited += "\n";
  if (!WriteFileAtomic(path, edited + appended, &err))
    return Fail(ctx, kExitFailure, err + "; your edit is kept in " + copy);
  file.Close();
  unlink(copy.c_str());
  if (!ctx.quiet) {
    *ctx.out << "Saved " << path;
    if (!appended.empty()) *ctx.out << " (with the entries added while you edited)";
    *ctx.out << "\n";
  }
  // Names the vocabulary does not know split a site's data in two: said
  // now, as `check` would say them, not found months later.
  MonthData saved;
  ParseMonth(edited, path, &saved);
  const std::vector<Problem> names = NameProblems(edited, saved, path, ctx.config.vocab);
  WarnProblems(ctx, names);
  if (!names.empty())
    Warn(ctx, "fix the name with `journal edit " + path.substr(path.find_last_of('/') + 1, 7) +
                  "`, or add a name of your own with `journal vocab add site|action NAME`");
  return kept_problems || !names.empty() ? kExitFailure : kExitOk;
}

}  // namespace

void DefineEdit(CLI::App& app, Runner* run) {
  auto o = std::make_shared<EditOptions>();
  CLI::App* sub = app.add_subcommand("edit", "Open a month file (default: this month) in $VISUAL or $EDITOR");
  sub->add_option("MONTH", o->month, "The month to edit, YYYY-MM");
  sub->footer(
      "Example:\n  journal edit 2026-10\nThe file is checked afterwards; on a problem you can edit again, keep the edit or discard it.");
  sub->callback([o, run] { *run = [o](Context& ctx) { return CmdEdit(*o, ctx); }; });
}

}  // namespace pj
