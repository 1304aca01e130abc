// What every command receives: the config, the journal, "now", the output
// streams and how to style them. Built once in main from the global
// options and the environment, so commands never read either themselves.
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "painjournal/analysis.h"
#include "painjournal/config.h"
#include "painjournal/month_reader.h"
#include "painjournal/store.h"
#include "painjournal/time.h"
#include "painjournal/trial.h"

namespace CLI {
class App;
}

namespace pj {

// ANSI styles, all empty when colour is off.
struct Style {
  std::string bold, dim, red, yellow, green, reset;
  static Style On();
};

struct Context {
  Config config;
  Journal journal{""};
  Time now;  // JOURNAL_NOW or the clock, in the local zone
  bool quiet = false;
  bool stdin_is_tty = false;
  Style out_style;
  Style err_style;
  std::ostream* out = nullptr;
  std::ostream* err = nullptr;
  std::istream* in = nullptr;
  // Output that fits (pager.h): the width tables are laid out for, and the
  // pager a command may start with StartPaging (empty: none).
  int width = 80;
  std::vector<std::string> pager;
};

// Long output from here on goes through the pager, when there is one (see
// pager.h); call it just before writing, after the input is checked.
void StartPaging(Context& ctx);

// Exit statuses of the contract.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;  // I/O, lock, corrupt file
constexpr int kExitUsage = 2;    // bad usage or invalid input

// Prints `journal: MESSAGE` on stderr and returns `status`. MESSAGE is one
// line, shown through Visible (a newline in it is shown as \n), so never
// pass text meant to span several lines.
int Fail(Context& ctx, int status, const std::string& message);
// `warning: MESSAGE` on stderr, one line like Fail's.
void Warn(Context& ctx, const std::string& message);
// Problems found while loading, as warnings `FILE:LINE:COL: message`.
void WarnProblems(Context& ctx, const std::vector<Problem>& problems);

// The exit status of a reading command: 1 with --strict when the journal
// files had problems (said on stderr), else 0.
int StrictStatus(Context& ctx, bool strict, const std::vector<Problem>& problems);

// Parses a WHEN given to option `name` (e.g. "--since"); periods (this
// week) only for a range, not for "--at".
bool ParseWhenOption(const Context& ctx, const std::string& name, const std::string& value, When* out,
                     std::string* err);

// The format `-o FILE` asks for by its extension, when --format is not
// given: `accepted` maps extensions (without the dot, lower case) to the
// command's format names. No extension (or `-`, a device) keeps `*format`;
// one the command cannot write is an error naming the accepted ones.
bool FormatFromOutput(const std::string& path, const std::vector<std::pair<std::string, std::string>>& accepted,
                      std::string* format, std::string* err);

// A command: registered on the app, and run after parsing if chosen.
using Runner = std::function<int(Context&)>;
void DefineAdd(CLI::App& app, Runner* run);
void DefineList(CLI::App& app, Runner* run);
void DefineExport(CLI::App& app, Runner* run);
void DefineImport(CLI::App& app, Runner* run);
void DefineAnalyze(CLI::App& app, Runner* run);
void DefineReport(CLI::App& app, Runner* run);
void DefineCheck(CLI::App& app, Runner* run);
void DefineEdit(CLI::App& app, Runner* run);
void DefineVocab(CLI::App& app, Runner* run);
void DefineCompletions(CLI::App& app, Runner* run);
void DefineUndo(CLI::App& app, Runner* run);
void DefineDelete(CLI::App& app, Runner* run);
void DefineAmend(CLI::App& app, Runner* run);
void DefineTrial(CLI::App& app, Runner* run);
void DefineDue(CLI::App& app, Runner* run);
// One short line per trial running today ("Trial qigong, day 9 of 84:
// today qigong, then rate your neck."), for add's confirmation.
std::vector<std::string> TrialLinesForToday(Context& ctx);
// The same lines for the trials with something to do today, for `journal
// due`: a B day (do the action), or a site not yet rated today.
std::vector<std::string> TrialTasksForToday(Context& ctx);
// add's nudge: one line with when the movement follow-up of `added` (just
// appended) is due and how to log it, or none: no passive action, movement
// in the same entry, its window closed or movement already logged since.
std::vector<std::string> FollowupNudge(Context& ctx, const Entry& added);
// The problems of the trial plans (trials/*.toml), for `check`; `files`
// gets how many plans there are.
std::vector<Problem> CheckTrialPlans(Context& ctx, size_t* files);
// Every plan in trials/, by name; problems (unreadable, edited) are
// appended, and a plan that cannot be read at all is left out.
std::vector<TrialPlan> LoadTrialPlans(const Context& ctx, std::vector<Problem>* problems);
// The entries of a trial's days (and a day either side); problems appended.
bool LoadTrialEntries(Context& ctx, const TrialPlan& p, std::vector<Entry>* entries, std::vector<Problem>* problems,
                      std::string* err);

}  // namespace pj
