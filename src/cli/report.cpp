// journal report: the weekly summary (SPEC section 5) as text, JSON, CSV or
// a printable HTML page.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "choices.h"
#include "context.h"
#include "painjournal/analysis_render.h"
#include "painjournal/filter.h"
#include "painjournal/report.h"
#include "painjournal/report_html.h"
#include "painjournal/report_render.h"
#include "painjournal/util.h"

namespace pj {

namespace {

struct ReportOptions {
  std::string week;
  int weeks = 1;
  std::string format = "text";
  std::string output;
  bool no_findings = false;
  bool strict = false;
  bool format_given = false;
};

// --week: 2026-W47, last, this, last week, this week, or any WHEN (the week that holds it).
bool ResolveWeek(const Context& ctx, const std::string& text, Date* monday, std::string* err) {
  std::string s = Lower(Trim(text));
  if (s.empty() || s == "this") {
    *monday = WeekMonday(LocalDate(ctx.now));
    return true;
  }
  if (s == "last") {
    *monday = AddDays(WeekMonday(LocalDate(ctx.now)), -7);
    return true;
  }
  if (s.find("-w") != std::string::npos) {
    if (ParseIsoWeek(s, monday)) return true;
    *err = "--week: '" + text + "' is not an ISO week such as 2026-W47";
    return false;
  }
  When w;
  // `last week`, `this week`: the period is that Monday-to-Sunday week.
  if (!ParseWhen(s, ctx.now, &w, err) || (w.IsPeriod() && (w.days != 7 || WeekdayOf(w.day) != 0))) {
    *err = "--week must be an ISO week (2026-W47), this week, last week, or a day in the week (2026-11-18, "
           "monday), not '" + text + "'";
    return false;
  }
  *monday = WeekMonday(w.whole_day ? w.day : LocalDate(w.instant));
  return true;
}

// The journal day of the first entry, read from the oldest month file with
// an entry; none for an empty journal.
bool FirstEntryDay(Context& ctx, std::optional<Date>* out, std::string* err) {
  std::vector<MonthFile> months = ctx.journal.MonthFiles(err);
  if (!err->empty()) return false;
  for (const MonthFile& m : months) {
    MonthData data;  // its problems are said by the reading that follows
    ctx.journal.LoadMonth(m, &data);
    if (data.entries.empty()) continue;
    Time t = data.entries.front().at;
    for (const Entry& e : data.entries)
      if (e.at.utc < t.utc) t = e.at;
    const int64_t day = JournalDay(t, ctx.config.analysis.day_start_min);
    *out = CivilFromDays(day);
    return true;
  }
  return true;
}

// The trials these weeks show (trial_report.h), on every week. A plan
// that cannot be read is a problem like a broken month: said, counted by
// --strict, and the report goes on without it. Problems of the trials'
// months are added unless already there.
bool AddReportTrials(Context& ctx, const std::vector<Date>& mondays, std::vector<WeekReport>* weeks,
                     std::vector<Problem>* problems, std::string* err) {
  const int day_start = ctx.config.analysis.day_start_min;
  auto day = [](const Date& d) { return DaysFromCivil(d.year, d.month, d.day); };
  const int64_t first = day(mondays.back()), last = day(mondays.front()) + 6;
  const int64_t today = JournalDay(ctx.now, day_start);
  std::vector<ReportTrial> shown;
  for (const TrialPlan& plan : LoadTrialPlans(ctx, problems)) {
    if (!TrialInReport(plan, first, last, day_start)) continue;
    std::vector<Entry> entries;
    std::vector<Problem> more;
    if (!LoadTrialEntries(ctx, plan, &entries, &more, err)) return false;
    for (const Problem& m : more) {
      bool known = false;
      for (const Problem& q : *problems)
        known |= q.file == m.file && q.line == m.line && q.col == m.col && q.message == m.message;
      if (!known) problems->push_back(m);
    }
    shown.push_back(ViewReportTrial(plan, entries, today, day_start));
  }
  for (WeekReport& w : *weeks) w.trials = shown;
  return true;
}

int CmdReport(const ReportOptions& given, Context& ctx) {
  ReportOptions o = given;
  std::string err;
  if (!o.format_given &&
      !FormatFromOutput(o.output, {{"txt", "text"}, {"json", "json"}, {"csv", "csv"}, {"html", "html"}, {"htm", "html"}},
                        &o.format, &err))
    return Fail(ctx, kExitUsage, err);
  if (o.format != "text" && o.format != "json" && o.format != "csv" && o.format != "html")
    return Fail(ctx, kExitUsage, "--format must be text, json, csv or html, not '" + o.format + "'");
  if (o.weeks < 1 || o.weeks > 104) return Fail(ctx, kExitUsage, "--weeks must be a whole number from 1 to 104");
  const AnalysisParams& params = ctx.config.analysis;
  Date newest;
  if (!ResolveWeek(ctx, o.week, &newest, &err)) return Fail(ctx, kExitUsage, err);
  std::vector<Date> mondays;
  for (int i = 0; i < o.weeks; ++i) mondays.push_back(AddDays(newest, -7 * i));
  // --weeks N shows no week before the journal's first entry (the newest
  // week asked for always shows).
  std::optional<Date> first;
  if (mondays.size() > 1 && !FirstEntryDay(ctx, &first, &err)) return Fail(ctx, kExitFailure, err);
  size_t dropped = 0;
  auto day = [](const Date& d) { return DaysFromCivil(d.year, d.month, d.day); };
  while (first && mondays.size() > 1 && day(mondays.back()) < day(WeekMonday(*first))) {
    mondays.pop_back();
    ++dropped;
  }

  // Only the months these weeks need (and the edges the definitions need).
  auto [since, until] = ReportRange(mondays, params);
  Filter f;
  f.since = since;
  f.until = until;
  std::vector<Entry> entries;
  std::vector<Problem> problems;
  if (!LoadEntries(ctx.journal, f, &entries, &problems, &err)) return Fail(ctx, kExitFailure, err);
  std::vector<WeekReport> weeks = ComputeWeeks(entries, mondays, ctx.config.vocab, params, ctx.now);

  std::optional<Analysis> whole;  // the HTML page draws it
  if (!o.no_findings) {
    // The findings come from the analysis of the whole journal.
    // Every month is read here: its problems are the ones to report (the
    // weeks' months are among them).
    Moments all(ctx.config.vocab);
    problems.clear();
    if (!ScanMonths(ctx.journal, Filter{}, [&](std::vector<Entry>& month) { all.Add(&month); }, &problems, &err))
      return Fail(ctx, kExitFailure, err);
    all.Sort();
    const Analysis& analysis = whole.emplace(Analyze(all, params));
    std::vector<std::string> findings = Findings(analysis);
    if (findings.size() > 5) findings.resize(5);
    int with_data = 0;  // for the one line said when nothing holds
    for (const FollowupRow& r : analysis.followup) with_data += r.enough_data;
    for (const FactorRow& r : analysis.factors) with_data += r.enough_data;
    for (WeekReport& w : weeks) {
      w.findings = findings;
      w.findings_computed = true;
      w.comparisons_with_data = with_data;
    }
  }
  if (!AddReportTrials(ctx, mondays, &weeks, &problems, &err)) return Fail(ctx, kExitFailure, err);
  WarnProblems(ctx, problems);

  std::string text;
  if (dropped && o.format == "text")
    text = fmt::format("The journal begins on {}: {} earlier {} not shown.\n\n", FormatDate(*first), dropped,
                       dropped == 1 ? "week is" : "weeks are");
  if (o.format == "json") text = ReportJson(weeks);
  else if (o.format == "csv") text = ReportCsv(weeks);
  else if (o.format == "html")
    text += ReportHtml(weeks, params, ctx.now, {&entries, &ctx.config.vocab, whole ? &*whole : nullptr});
  else {
    bool to_file = !o.output.empty() && o.output != "-";
    TextStyle style;
    if (!to_file) style = TextStyle{ctx.out_style.bold, ctx.out_style.dim, ctx.out_style.reset};
    text += ReportText(weeks, params, style);
  }
  if (!o.output.empty() && o.output != "-") {
    // 0600, written whole (temporary + rename) unless it is a device such as /dev/null.
    if (!WriteFileAtomic(o.output, text, &err, /*allow_device=*/true)) return Fail(ctx, kExitFailure, err);
    if (!ctx.quiet) *ctx.err << "Wrote " << o.output << "\n";
  } else {
    StartPaging(ctx);
    *ctx.out << text;
  }
  return StrictStatus(ctx, o.strict, problems);
}

}  // namespace

void DefineReport(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* sub = app.add_subcommand("report", "Weekly summary: pain by site, load, what was done, findings");
  sub->add_option("--week", o->week, "The week: 2026-W47, this week (default), last week, or a day in it (2026-11-18)");
  sub->add_option("--weeks", o->weeks, "The last N weeks up to --week, newest first, with a trend per site");
  CLI::Option* format = sub->add_option(
      "--format", o->format, "text (default), json, csv (a row per site and week) or html; default: -o FILE's extension")
                              ->check(OneOf({"text", "json", "csv", "html"}));
  sub->add_option("-o,--output", o->output,
                  "Write to FILE (created 0600) instead of standard output; .txt, .json, .csv or .html picks the format");
  sub->add_flag("--no-findings", o->no_findings,
                "Leave out the findings (they need the whole journal; the rest reads only the weeks shown)");
  sub->add_flag("--strict", o->strict, "Exit with status 1 if any journal file has a problem");
  sub->footer(
      "Examples:\n  journal report\n  journal report --week \"last week\"\n  journal report --weeks 4\n"
      "  journal report --weeks 8 -o pain-report.html\n"
      "Trials (journal trial) that ran in the weeks, or ended up to 28 days before them, follow the weeks:\n"
      "today's condition while one runs, its result once it has ended (not in CSV).");
  sub->callback([o, run, format] {
    o->format_given = format->count() > 0;
    *run = [o](Context& ctx) { return CmdReport(*o, ctx); };
  });
}

}  // namespace pj
