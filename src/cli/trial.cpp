// journal trial: plan, follow and evaluate a randomised self-experiment
// (SPEC section 6). The design and the statistics are in the core
// (painjournal/trial.h); this file reads the plans, the clock, the entries
// and the random source, and prints.
#include <CLI/CLI.hpp>
#include <dirent.h>
#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cmath>

#include "context.h"
#include "painjournal/analysis_params.h"
#include "painjournal/analysis_render.h"
#include "painjournal/entry_json.h"
#include "painjournal/filter.h"
#include "painjournal/trial_file.h"
#include "painjournal/trial_render.h"
#include "painjournal/ulid.h"
#include "painjournal/util.h"

namespace pj {

namespace {

struct TrialOptions {
  std::string name, site, action, period = "7d", washout = "2d", start, format = "text";
  int pairs = 6;
  std::string seed;
};

std::string TrialsDir(const Context& ctx) { return ctx.journal.dir() + "/trials"; }
std::string PlanPath(const Context& ctx, const std::string& name) { return TrialsDir(ctx) + "/" + name + ".toml"; }

int64_t Today(const Context& ctx) { return JournalDay(ctx.now, ctx.config.analysis.day_start_min); }

// Whole days from "7d", "2d" or "7"; the error names the option.
bool ParseDays(const std::string& option, const std::string& value, int* out, std::string* err) {
  std::string v = value;
  if (!v.empty() && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) v += "d";
  int64_t seconds = 0;
  std::string e;
  if (!ParseDuration(v, &seconds, &e) || seconds % 86400 != 0 || seconds / 86400 > 366) {
    *err = option + " must be whole days such as 7d or 2d, not '" + value + "'";
    return false;
  }
  *out = static_cast<int>(seconds / 86400);
  return true;
}

}  // namespace

std::vector<TrialPlan> LoadTrialPlans(const Context& ctx, std::vector<Problem>* problems) {
  std::vector<TrialPlan> plans;
  std::vector<std::string> files;
  if (DIR* d = opendir(TrialsDir(ctx).c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 5 && n.compare(n.size() - 5, 5, ".toml") == 0) files.push_back(n);
    }
    closedir(d);
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    std::string path = TrialsDir(ctx) + "/" + f, text, err;
    if (!ReadJournalFile(path, &text, &err)) {
      problems->push_back(Problem{path, 0, 0, err});
      continue;
    }
    TrialPlan p;
    if (ParseTrialPlan(text, path, &p, problems)) plans.push_back(std::move(p));
  }
  return plans;
}

bool LoadTrialEntries(Context& ctx, const TrialPlan& p, std::vector<Entry>* entries, std::vector<Problem>* problems,
                      std::string* err) {
  Filter f;
  // A day either side: offsets and day_start move entries across dates.
  f.since = (p.first_day - 1) * 86400;
  f.until = (p.last_day() + 2) * 86400;
  return LoadEntries(ctx.journal, f, entries, problems, err);
}

namespace {

bool FindPlan(Context& ctx, const std::string& name, TrialPlan* out, std::vector<Problem>* problems,
              std::string* err) {
  std::vector<TrialPlan> plans = LoadTrialPlans(ctx, problems);
  for (TrialPlan& p : plans)
    if (p.name == name) {
      *out = std::move(p);
      return true;
    }
  std::vector<std::string> names;
  for (const TrialPlan& p : plans) names.push_back(p.name);
  *err = "no trial named '" + name + "'; trials: " + (names.empty() ? "none (journal trial start NAME ...)"
                                                                     : Join(names, ", "));
  return false;
}

// ---- start ----

int CmdStart(const TrialOptions& o, Context& ctx) {
  std::string err;
  TrialPlan p;
  p.name = o.name;
  int period = 0, washout = 0;
  if (!ParseDays("--period", o.period, &period, &err) || !ParseDays("--washout", o.washout, &washout, &err))
    return Fail(ctx, kExitUsage, err);
  if (!ValidateTrialDesign(o.name, o.pairs, period, washout, &err)) return Fail(ctx, kExitUsage, err);
  p.period_days = period;
  p.washout_days = washout;
  if (o.site.empty()) return Fail(ctx, kExitUsage, "--site is required: the site whose pain you will rate");
  if (o.action.empty()) return Fail(ctx, kExitUsage, "--try is required: the action to try, such as qigong");
  if (!ctx.config.vocab.ResolveSite(o.site, false, &p.site, &err)) return Fail(ctx, kExitUsage, "--site: " + err);
  if (!ctx.config.vocab.ResolveAction(o.action, false, &p.action, &err))
    return Fail(ctx, kExitUsage, "--try: " + err);
  if (!o.seed.empty()) {
    if (o.seed.find_first_not_of("0123456789") != std::string::npos || o.seed.size() > 19)
      return Fail(ctx, kExitUsage, "--seed must be a whole number from 0 to 999999999999999999, not '" + o.seed + "'");
    p.seed = std::stoull(o.seed);
  }
  // The first period begins at the next journal day, so that the day of
  // planning (and how one feels on it) cannot steer the plan.
  const int64_t tomorrow = Today(ctx) + 1;
  p.first_day = tomorrow;
  if (!o.start.empty()) {
    When w;
    if (!ParseWhenOption(ctx, "--start", o.start, &w, &err)) {
      // A day after today is "in the future" to WHEN; take a date as given.
      Date d;
      if (!ParseDate(o.start, &d)) return Fail(ctx, kExitUsage, err);
      w.whole_day = true;
      w.day = d;
    }
    int64_t day = w.whole_day ? DaysFromCivil(w.day.year, w.day.month, w.day.day)
                              : JournalDay(w.instant, ctx.config.analysis.day_start_min);
    if (day < tomorrow)
      return Fail(ctx, kExitUsage, "--start must be tomorrow (" + FormatDate(CivilFromDays(tomorrow)) +
                                       ") or later, not " + FormatDate(CivilFromDays(day)) +
                                       ": a trial cannot begin in the past");
    p.first_day = day;
  }
  std::vector<Problem> problems;
  std::vector<TrialPlan> plans = LoadTrialPlans(ctx, &problems);
  WarnProblems(ctx, problems);
  struct stat st;
  if (stat(PlanPath(ctx, p.name).c_str(), &st) == 0)
    return Fail(ctx, kExitUsage, "a trial named '" + p.name + "' exists already (" + PlanPath(ctx, p.name) +
                                     "); choose another name");
  p.sequence = std::vector<std::string>(static_cast<size_t>(o.pairs));  // for last_day()
  for (const TrialPlan& other : plans) {
    if (other.site != p.site) continue;
    int64_t other_end = other.last_day();
    if (other.stopped) other_end = std::min(other_end, JournalDay(*other.stopped, ctx.config.analysis.day_start_min));
    if (p.first_day <= other_end && other.first_day <= p.last_day())
      return Fail(ctx, kExitUsage, fmt::format("trial '{}' at {} runs {} to {}; a trial at the same site must not "
                                               "overlap it (--start {} or later)",
                                               other.name, other.site, FormatDate(CivilFromDays(other.first_day)),
                                               FormatDate(CivilFromDays(other_end)),
                                               FormatDate(CivilFromDays(other_end + 1))));
  }
  uint64_t state = 0;
  if (p.seed) {
    state = *p.seed;
  } else {
    uint8_t bytes[8];
    RandomBytes(bytes, sizeof bytes);
    for (uint8_t b : bytes) state = state << 8 | b;
  }
  p.sequence = DrawSequence(o.pairs, [&] { return SplitMix64(&state); });
  p.created = ctx.now;
  if (!EnsureDir(ctx.journal.dir(), &err) || !EnsureDir(TrialsDir(ctx), &err)) return Fail(ctx, kExitFailure, err);
  if (!WriteFileAtomic(PlanPath(ctx, p.name), FormatTrialPlan(p), &err)) return Fail(ctx, kExitFailure, err);

  std::ostream& out = *ctx.out;
  out << fmt::format("Trial {}: does {} help your {}? {} pairs of {}-day periods, {} to {}.\n", p.name, p.action,
                     p.site, o.pairs, p.period_days, TrialDayName(p.first_day), TrialDayName(p.last_day()));
  out << fmt::format("Rate your {} every day (`journal add {} N`).", p.site, p.site);
  if (p.washout_days > 0)
    out << fmt::format(" The first {} of each period {} a washout, not analysed: keep to the period's plan "
                       "anyway.",
                       p.washout_days == 1 ? "day" : std::to_string(p.washout_days) + " days",
                       p.washout_days == 1 ? "is" : "are");
  out << "\n\n";
  for (int i = 0; i < p.periods(); ++i) {
    int64_t from = p.first_day + static_cast<int64_t>(i) * p.period_days;
    char c = p.sequence[static_cast<size_t>(i / 2)][static_cast<size_t>(i % 2)];
    out << fmt::format("  {:<8}{:<16} to {:<16}  {}\n", i % 2 == 0 ? fmt::format("pair {}", i / 2 + 1) : "", TrialDayName(from),
                       TrialDayName(from + p.period_days - 1), TrialConditionWords(p, c));
  }
  if (!ctx.quiet)
    out << fmt::format("\nWritten to {}. `journal trial` says what to do each day; `journal trial result {}` "
                       "gives the answer after {}.\n",
                       PlanPath(ctx, p.name), p.name, TrialDayName(p.last_day()));
  return kExitOk;
}

// ---- result ----

// The entries of a trial's days, its problems said.
bool LoadTrialEntries(Context& ctx, const TrialPlan& p, std::vector<Entry>* entries, std::string* err) {
  std::vector<Problem> problems;
  if (!pj::LoadTrialEntries(ctx, p, entries, &problems, err)) return false;
  WarnProblems(ctx, problems);
  return true;
}

int CmdResult(const TrialOptions& o, Context& ctx) {
  if (o.format != "text" && o.format != "json")
    return Fail(ctx, kExitUsage, "--format must be text or json, not '" + o.format + "'");
  TrialPlan p;
  std::vector<Problem> problems;
  std::string err;
  if (!FindPlan(ctx, o.name, &p, &problems, &err)) {
    WarnProblems(ctx, problems);
    return Fail(ctx, kExitUsage, err);
  }
  WarnProblems(ctx, problems);
  std::vector<Entry> entries;
  if (!LoadTrialEntries(ctx, p, &entries, &err)) return Fail(ctx, kExitFailure, err);
  const int64_t today = Today(ctx);
  TrialResult r = EvaluateTrial(p, entries, today, ctx.config.analysis.day_start_min);
  if (o.format == "json")
    *ctx.out << TrialResultJson(p, r).dump(2) << "\n";
  else
    *ctx.out << TrialResultText(p, r, today);
  return kExitOk;
}

// ---- status, list, stop ----

int CmdStatus(Context& ctx) {
  std::vector<Problem> problems;
  std::vector<TrialPlan> plans = LoadTrialPlans(ctx, &problems);
  WarnProblems(ctx, problems);
  const int64_t today = Today(ctx);
  std::ostream& out = *ctx.out;
  int shown = 0;
  for (const TrialPlan& p : plans) {
    if (p.stopped || today > p.last_day()) continue;
    ++shown;
    if (today < p.first_day) {
      out << fmt::format("{}: {} for your {}, starts {} ({}).\n", p.name, p.action, p.site, TrialDayName(p.first_day),
                         TrialConditionWords(p, p.sequence[0][0]));
      continue;
    }
    TrialDay d = DayOf(p, today);
    std::vector<Entry> entries;
    std::string err;
    if (!LoadTrialEntries(ctx, p, &entries, &err)) return Fail(ctx, kExitFailure, err);
    TrialResult r = EvaluateTrial(p, entries, today, ctx.config.analysis.day_start_min);
    out << fmt::format("{}: {} for your {}, day {} of {}, pair {} of {}.\n", p.name, p.action, p.site, d.day,
                       p.total_days(), d.pair + 1, p.sequence.size());
    out << "  Today: " << TrialTodayWords(p, d.condition)
        << (d.washout ? " (a washout day: not analysed, keep to the plan anyway)" : "") << ".\n";
    int rated = 0;
    const bool rated_today = RatedOn(p, entries, today, ctx.config.analysis.day_start_min);
    for (const TrialPair& tp : r.pairs) rated += tp.a.days + tp.b.days;
    out << fmt::format("  So far: {} analysed days rated; adherence {} of {} {} days, {} of {} usual days.\n",
                       rated, r.adherent_b, r.days_b, p.action, r.adherent_a, r.days_a);
    if (!rated_today) out << fmt::format("  Missing today: a rating at {} (`journal add {} N`).\n", p.site, p.site);
  }
  if (shown == 0)
    out << "No trial running. Plan one: journal trial start NAME --site neck --try qigong\n";
  return kExitOk;
}

int CmdList(Context& ctx) {
  std::vector<Problem> problems;
  std::vector<TrialPlan> plans = LoadTrialPlans(ctx, &problems);
  WarnProblems(ctx, problems);
  const int64_t today = Today(ctx);
  if (plans.empty()) {
    *ctx.out << "No trials. Plan one: journal trial start NAME --site neck --try qigong\n";
    return kExitOk;
  }
  for (const TrialPlan& p : plans) {
    std::string state = p.stopped                 ? "stopped " + FormatDate(LocalDate(*p.stopped))
                        : today < p.first_day     ? "planned"
                        : today > p.last_day()    ? "finished"
                                                  : fmt::format("running, day {} of {}", today - p.first_day + 1,
                                                                p.total_days());
    *ctx.out << fmt::format("{:<16} {:<14} {:<14} {} to {}  {}\n", p.name, p.site, p.action,
                            FormatDate(CivilFromDays(p.first_day)), FormatDate(CivilFromDays(p.last_day())), state);
  }
  return kExitOk;
}

int CmdStop(const TrialOptions& o, Context& ctx) {
  TrialPlan p;
  std::vector<Problem> problems;
  std::string err;
  if (!FindPlan(ctx, o.name, &p, &problems, &err)) return Fail(ctx, kExitUsage, err);
  if (p.stopped) return Fail(ctx, kExitUsage, "trial '" + p.name + "' was stopped already, " + FormatDateTime(*p.stopped));
  if (Today(ctx) > p.last_day()) return Fail(ctx, kExitUsage, "trial '" + p.name + "' has finished; nothing to stop");
  p.stopped = ctx.now;
  if (!WriteFileAtomic(PlanPath(ctx, p.name), FormatTrialPlan(p), &err)) return Fail(ctx, kExitFailure, err);
  if (!ctx.quiet)
    *ctx.out << fmt::format("Stopped trial {} on {}. Its result, over the pairs so far: journal trial result {}\n",
                            p.name, FormatDate(LocalDate(ctx.now)), p.name);
  return kExitOk;
}

}  // namespace

std::vector<Problem> CheckTrialPlans(Context& ctx, size_t* files) {
  std::vector<Problem> problems;
  *files = LoadTrialPlans(ctx, &problems).size();
  return problems;
}

namespace {

// The line of each trial running today; with `tasks_only`, only of those
// with something to do: a B day, or the site not yet rated today.
std::vector<std::string> TodayLines(Context& ctx, bool tasks_only) {
  std::vector<std::string> lines;
  struct stat st;
  if (stat(TrialsDir(ctx).c_str(), &st) != 0) return lines;  // no trial ever: one stat
  std::vector<Problem> problems;  // `journal trial` and `check` report them
  const int64_t today = Today(ctx);
  for (const TrialPlan& p : LoadTrialPlans(ctx, &problems)) {
    if (p.stopped) continue;
    TrialDay d = DayOf(p, today);
    if (d.state != TrialDay::kRunning) continue;
    if (tasks_only && d.condition != 'B') {
      Filter f;  // today's entries, a day either side for offsets and day_start
      f.since = (today - 1) * 86400;
      f.until = (today + 2) * 86400;
      std::vector<Entry> entries;
      std::vector<Problem> ignored;  // `journal due` said them already
      std::string err;
      if (LoadEntries(ctx.journal, f, &entries, &ignored, &err) &&
          RatedOn(p, entries, today, ctx.config.analysis.day_start_min))
        continue;
    }
    lines.push_back(fmt::format("Trial {}, day {} of {}: today {}.", p.name, d.day, p.total_days(),
                                TrialTodayWords(p, d.condition)));
  }
  return lines;
}

}  // namespace

std::vector<std::string> TrialLinesForToday(Context& ctx) { return TodayLines(ctx, false); }

std::vector<std::string> TrialTasksForToday(Context& ctx) { return TodayLines(ctx, true); }

void DefineTrial(CLI::App& app, Runner* run) {
  auto o = std::make_shared<TrialOptions>();
  CLI::App* sub = app.add_subcommand("trial", "Plan, follow and evaluate a randomised self-experiment");
  sub->footer(
      "Examples:\n  journal trial start qigong --site neck --try qigong\n  journal trial\n"
      "  journal trial result qigong\nSee `journal trial start --help` for the design. `journal report` shows "
      "the trials of its weeks.");
  sub->callback([run, sub] {
    if (sub->get_subcommands().empty()) *run = [](Context& ctx) { return CmdStatus(ctx); };
  });

  CLI::App* start = sub->add_subcommand("start", "Plan a trial: randomised pairs of periods with and without ACTION");
  start->add_option("name", o->name, "Name of the trial: letters, digits and '-'")->required();
  start->add_option("--site", o->site, "The site whose pain you rate every day")->required();
  start->add_option("--try", o->action, "The action to try on every day of its periods")->required();
  start->add_option("--period", o->period, "Length of each period (default 7d)")->type_name("DAYS");
  start->add_option("--pairs", o->pairs, "Pairs of periods, 2 to 20 (default 6)")->type_name("INT");
  start->add_option("--washout", o->washout, "Days at the start of each period not analysed (default 2d)")
      ->type_name("DAYS");
  start->add_option("--start", o->start, "First day (default: tomorrow)")->type_name("WHEN");
  start->add_option("--seed", o->seed, "Draw the order from this seed, reproducibly (default: random)")
      ->type_name("INT");
  start->footer(
      "Example:\n  journal trial start qigong --site neck --try qigong --pairs 6 --period 7d\n"
      "Each pair is two periods in random order: B, ACTION every day; A, as usual without it.\n"
      "Rate the site every day. The result compares the periods with a randomisation test.");
  start->callback([o, run] { *run = [o](Context& ctx) { return CmdStart(*o, ctx); }; });

  CLI::App* status = sub->add_subcommand("status", "Each running trial: today's condition, progress, what is missing");
  status->callback([run] { *run = [](Context& ctx) { return CmdStatus(ctx); }; });

  CLI::App* result = sub->add_subcommand("result", "The result of a trial (the test only once it has ended)");
  result->add_option("name", o->name, "Name of the trial")->required();
  result->add_option("--format", o->format, "text (default) or json");
  result->footer("Example:\n  journal trial result qigong --format json");
  result->callback([o, run] { *run = [o](Context& ctx) { return CmdResult(*o, ctx); }; });

  CLI::App* stop = sub->add_subcommand("stop", "End a trial early; its result says so");
  stop->add_option("name", o->name, "Name of the trial")->required();
  stop->callback([o, run] { *run = [o](Context& ctx) { return CmdStop(*o, ctx); }; });

  CLI::App* list = sub->add_subcommand("list", "All trials with their state");
  list->callback([run] { *run = [](Context& ctx) { return CmdList(ctx); }; });
}

}  // namespace pj
