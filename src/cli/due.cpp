// journal due: passive relief still waiting for its movement follow-up,
// with the time it is due, and a running trial's task for today; `--prompt`
// says the soonest in one short line for a shell prompt. Also add's nudge
// (FollowupNudge). What is open is decided once, in the core
// (painjournal/followup.h); this file reads the few recent months and prints.
#include <CLI/CLI.hpp>
#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <iterator>
#include <iostream>

#include "context.h"
#include "painjournal/filter.h"
#include "painjournal/followup.h"
#include "painjournal/month_slice.h"
#include "painjournal/util.h"

namespace pj {

namespace {

// The movement suggested is the one logged most over this many days.
constexpr int64_t kSuggestDays = 28;

struct DueOptions {
  bool prompt = false;
};

// "today 21:30", "tomorrow 21:30", "Tue 21:30" within the week around
// today, else "2026-12-14 21:30"; a past day likewise ("yesterday 09:00",
// "Sat 09:00"). Calendar days of the local zone. `short_form`, for the
// prompt: "21:30" today, else the weekday or the date.
std::string WhenWords(const Time& t, const Time& now, bool short_form = false) {
  const Date d = LocalDate(t), today = LocalDate(now);
  const int64_t days = DaysFromCivil(d.year, d.month, d.day) - DaysFromCivil(today.year, today.month, today.day);
  const std::string clock = FormatClock(t);
  if (days == 0) return short_form ? clock : "today " + clock;
  if (!short_form && days == 1) return "tomorrow " + clock;
  if (!short_form && days == -1) return "yesterday " + clock;
  if (days > -7 && days < 7) return std::string(WeekdayAbbrev(d)) + " " + clock;
  return FormatDate(d) + " " + clock;
}

// "neck, shoulder-left"; a relief without a site and no episode then: "".
std::string Sites(const OpenFollowup& o) { return Visible(Join(o.sites, ", ")); }

// The entries from `since` on (and any later), sorted, through the months
// that can hold them; problems in those months go to `problems`.
bool LoadSince(const Context& ctx, int64_t since, std::vector<Entry>* out, std::vector<Problem>* problems,
               std::string* err) {
  Filter f;
  f.since = since;
  return LoadEntries(ctx.journal, f, out, problems, err);
}

// The reading of --prompt: the month files that can hold [since, now],
// each cut down to the days asked (month_slice.h) before parsing. False on
// anything wrong: an unreadable directory or file, a problem in what was
// read, a torn entry.
// With `only_done`, only entries that record an action are read.
bool LoadForPrompt(const Context& ctx, int64_t since, bool only_done, std::vector<Entry>* out) {
  std::string err;
  const std::vector<MonthFile> months = ctx.journal.MonthFiles(&err);
  if (!err.empty()) return false;
  out->clear();
  for (const MonthFile& m : months) {
    if (!MonthMayHold(m.year, m.month, since, std::nullopt)) continue;
    // Read in small blocks and cut as it comes (month_slice.h).
    UniqueFd fd;
    if (!OpenJournalFile(m.path, O_RDONLY, &fd, &err)) return false;
    MonthSlicer slicer(since, only_done);
    static char buf[1 << 16];
    uint64_t total = 0;
    for (ssize_t n; (n = read(fd.get(), buf, sizeof buf)) != 0;) {
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 || (total += static_cast<uint64_t>(n)) > kMaxFileBytes) return false;
      slicer.Feed(std::string_view(buf, static_cast<size_t>(n)));
    }
    std::string slice;
    MonthData data;
    if (slicer.Finish(&slice)) {
      ParseMonth(slice, m.path, &data);
    } else {
      std::string text;  // not plainly in the program's layout: parsed whole
      if (!ReadJournalFile(m.path, &text, &err)) return false;
      ParseMonth(text, m.path, &data);
    }
    if (!data.problems.empty() || data.torn_tail) return false;
    auto before = [&](const Entry& e) { return e.at.utc < since; };
    data.entries.erase(std::remove_if(data.entries.begin(), data.entries.end(), before), data.entries.end());
    if (out->empty()) *out = std::move(data.entries);  // no copy: memory is most of the time here
    else std::move(data.entries.begin(), data.entries.end(), std::back_inserter(*out));
  }
  SortEntries(out);
  return true;
}

// What is open now, from the entries since the window (and, when a relief
// without a site is open, since the episode gap before it, so that it finds
// the episodes it was for). `load` reads entries from an instant on (with
// its second argument, only those that record an action: it may keep
// others too).
template <typename Load>
bool OpenNow(const Context& ctx, Load load, std::vector<OpenFollowup>* open) {
  const AnalysisParams& p = ctx.config.analysis;
  std::vector<Entry> entries;
  if (!load(FollowupEntriesSince(p, ctx.now, false), true, &entries)) return false;
  // Only what was done decides what is open; the other entries matter only
  // for the sites of a relief without one, which the second pass finds.
  entries.erase(std::remove_if(entries.begin(), entries.end(), [](const Entry& e) { return e.did.empty(); }),
                entries.end());
  *open = OpenFollowups(entries, ctx.config.vocab, p, ctx.now);
  if (std::none_of(open->begin(), open->end(), [](const OpenFollowup& o) { return !o.site; })) return true;
  if (!load(FollowupEntriesSince(p, ctx.now, true), false, &entries)) return false;
  *open = OpenFollowups(entries, ctx.config.vocab, p, ctx.now);
  return true;
}

// `neck: move by 21:30`, the soonest due, or nothing; never a message.
int CmdPrompt(Context& ctx) {
  std::vector<OpenFollowup> open;
  auto load = [&](int64_t since, bool only_done, std::vector<Entry>* out) {
    return LoadForPrompt(ctx, since, only_done, out);
  };
  if (!OpenNow(ctx, load, &open))
    return kExitFailure;
  if (open.empty()) return kExitOk;
  const OpenFollowup& o = open.front();
  const std::string sites = Sites(o);
  *ctx.out << (sites.empty() ? "" : sites + ": ") << "move by " << WhenWords(o.due, ctx.now, /*short_form=*/true) << "\n";
  return kExitOk;
}

int CmdDue(Context& ctx) {
  const AnalysisParams& p = ctx.config.analysis;
  std::vector<Entry> entries;
  std::vector<Problem> problems;
  std::string err;
  // The weeks behind now choose the movement suggested; they hold the
  // window (and the episode gap before it) too.
  const int64_t since = std::min(ctx.now.utc - kSuggestDays * 86400, FollowupEntriesSince(p, ctx.now, true));
  if (!LoadSince(ctx, since, &entries, &problems, &err)) return Fail(ctx, kExitFailure, err);
  WarnProblems(ctx, problems);
  const std::vector<OpenFollowup> open = OpenFollowups(entries, ctx.config.vocab, p, ctx.now);
  std::ostream& out = *ctx.out;
  const Style& s = ctx.out_style;
  if (open.empty()) {
    if (!ctx.quiet) out << "No movement follow-up due.\n";
  } else {
    if (!ctx.quiet)
      out << "Movement follow-up due (within " << FormatDuration(p.followup_window) << " of passive relief):\n";
    std::vector<std::string> dues, sites;
    size_t due_w = 0, site_w = 0;
    for (const OpenFollowup& o : open) {
      dues.push_back("by " + WhenWords(o.due, ctx.now));
      sites.push_back(o.sites.empty() ? "(no site)" : Sites(o));
      due_w = std::max(due_w, dues.back().size());
      site_w = std::max(site_w, sites.back().size());
    }
    for (size_t i = 0; i < open.size(); ++i)
      out << "  " << s.bold << fmt::format("{:<{}}", dues[i], due_w) << s.reset << "  "
          << fmt::format("{:<{}}", sites[i], site_w) << "  " << Visible(open[i].action) << " "
          << WhenWords(open[i].at, ctx.now) << "\n";
    const std::string move = SuggestedMovement(entries, ctx.config.vocab);
    if (!ctx.quiet && !move.empty()) out << "Log movement with `journal add --did " << Visible(move) << "`.\n";
  }
  for (const std::string& line : TrialTasksForToday(ctx)) out << line << "\n";
  return kExitOk;
}

}  // namespace

std::vector<std::string> FollowupNudge(Context& ctx, const Entry& added) {
  const Vocabulary& vocab = ctx.config.vocab;
  auto has = [&](ActionClass c) {
    return std::any_of(added.did.begin(), added.did.end(), [&](const std::string& a) { return vocab.ClassOf(a) == c; });
  };
  // Only relief without movement in the same entry: nothing else is read.
  if (!has(ActionClass::kPassive) || has(ActionClass::kMovement)) return {};
  const AnalysisParams& p = ctx.config.analysis;
  std::vector<Entry> entries;
  std::vector<Problem> problems;  // `check` reports them; a nudge stays one line
  std::string err;
  const int64_t since = std::min(ctx.now.utc - kSuggestDays * 86400, FollowupEntriesSince(p, ctx.now, false));
  if (!LoadSince(ctx, since, &entries, &problems, &err)) return {};
  // The one rule of what is open, with the entry just written among the rest.
  const std::vector<OpenFollowup> open = OpenFollowups(entries, vocab, p, ctx.now);
  for (const OpenFollowup& o : open)
    if (o.id == added.id)
      return {"Follow-up due by " + WhenWords(o.due, ctx.now) + ": log movement with `journal add --did " +
              Visible(SuggestedMovement(entries, vocab)) + "`"};
  return {};
}

void DefineDue(CLI::App& app, Runner* run) {
  auto o = std::make_shared<DueOptions>();
  CLI::App* sub = app.add_subcommand("due", "Passive relief waiting for movement, when it is due; a trial's task today");
  sub->add_flag("--prompt", o->prompt,
                "One short line (neck: move by 21:30) or nothing, for a shell prompt; silent on errors");
  sub->footer(
      "Examples:\n"
      "  journal due\n"
      "  PS1='$(journal due --prompt 2>/dev/null)'\"$PS1\"   (bash; the README has zsh and fish)\n"
      "Movement counts as follow-up up to followup_window (config [analysis], default 48h) after the relief.");
  sub->callback([o, run] {
    if (o->prompt) {
      // A prompt must never spew: from here on nothing reaches stderr.
      std::cerr.setstate(std::ios::badbit);
      *run = [](Context& ctx) { return CmdPrompt(ctx); };
    } else {
      *run = [](Context& ctx) { return CmdDue(ctx); };
    }
  });
}

}  // namespace pj
