// journal analyze: does pain come back after passive relief without
// movement, and which loads come before onsets at each site (SPEC section 4).
#include <CLI/CLI.hpp>

#include <set>

#include "choices.h"
#include "context.h"
#include "filter_options.h"
#include "painjournal/analysis.h"
#include "painjournal/analysis_render.h"
#include "painjournal/report_html.h"
#include "painjournal/util.h"

namespace pj {

namespace {

struct AnalyzeOptions {
  std::vector<std::string> sites;
  std::string since, until, format = "text";
  // Parameters as typed, by config key, and which were given.
  std::map<std::string, std::string> params;
  std::set<std::string> given;
  bool strict = false;
  bool all = false;
  bool explain = false;
};

int CmdAnalyze(const AnalyzeOptions& o, Context& ctx) {
  if (o.format != "text" && o.format != "json" && o.format != "html")
    return Fail(ctx, kExitUsage, "--format must be text, json or html, not '" + o.format + "'");
  std::string err;
  AnalysisParams params = ctx.config.analysis;
  for (const auto& [key, value] : o.params) {
    if (!o.given.count(key)) continue;
    std::string option = "--" + key;
    std::replace(option.begin(), option.end(), '_', '-');
    if (!SetAnalysisParam(&params, key, value, &err)) return Fail(ctx, kExitUsage, option + ": " + err);
  }
  if (o.explain) {
    *ctx.out << AnalysisExplain(params);
    return kExitOk;
  }
  FilterOptions fo;
  fo.since = o.since;
  fo.until = o.until;
  fo.sites = o.sites;
  Filter filter;
  if (!BuildFilter(ctx, fo, &filter, &err)) return Fail(ctx, kExitUsage, err);
  // --site chooses what is shown; the analysis needs every entry (movement
  // after a treatment is often logged without a site).
  std::vector<std::string> sites = filter.sites;
  filter.sites.clear();

  // Month by month into compact moments: the entries of a month are
  // dropped once added, so memory stays near 100 bytes an entry.
  Moments moments(ctx.config.vocab);
  std::vector<Problem> problems;
  if (!ScanMonths(ctx.journal, filter, [&](std::vector<Entry>& month) { moments.Add(&month); }, &problems, &err))
    return Fail(ctx, kExitFailure, err);
  moments.Sort();
  WarnProblems(ctx, problems);

  // A --site the journal has no entry for: a typo (exit 2, with the closest
  // name) unless it is a known site, which then just has nothing to show.
  const std::set<std::string> present(moments.site_names().begin(), moments.site_names().end());
  for (const std::string& item : o.sites)
    for (const std::string& name : SplitList(item)) {
      std::string canon, site_err;
      bool known = ctx.config.vocab.ResolveSite(name, false, &canon, &site_err, NewHint::kNone);
      if (!known) canon = CanonicalName(name);
      if (present.count(canon)) continue;
      if (!known) return Fail(ctx, kExitUsage, "--site: " + site_err);
      Warn(ctx, "no entries at " + canon + (o.since.empty() && o.until.empty() ? "" : " in this period") +
                    "; sites with entries: " + (present.empty() ? "none" : Join({present.begin(), present.end()}, ", ")));
    }

  Analysis a = OnlySites(Analyze(moments, params), sites);
  StartPaging(ctx);
  if (o.format == "json") {
    WriteAnalysisJson(a, *ctx.out);
  } else if (o.format == "html") {
    *ctx.out << AnalysisHtml(a, ctx.now);
  } else {
    TextStyle style{ctx.out_style.bold, ctx.out_style.dim, ctx.out_style.reset};
    *ctx.out << AnalysisText(a, style, o.all);
  }
  return StrictStatus(ctx, o.strict, problems);
}

}  // namespace

void DefineAnalyze(CLI::App& app, Runner* run) {
  auto o = std::make_shared<AnalyzeOptions>();
  CLI::App* sub = app.add_subcommand(
      "analyze", "Does pain come back after passive relief without movement? Which loads come before it?");
  sub->add_option("--site", o->sites, "Only show these sites (repeatable or a comma list)")->allow_extra_args(false);
  sub->add_option("--since", o->since, "Only analyse entries at or after WHEN");
  sub->add_option("--until", o->until, "Only analyse entries at or before WHEN");
  // One option per parameter, from the one table of them: --episode-gap
  // for episode_gap.
  std::map<std::string, CLI::Option*> param_options;
  for (const AnalysisParamSpec& spec : AnalysisParamTable()) {
    std::string option = std::string("--") + spec.key;
    std::replace(option.begin(), option.end(), '_', '-');
    param_options[spec.key] = sub->add_option(option, o->params[spec.key], spec.help);
  }
  sub->add_option("--format", o->format, "text (default), json, or html (a printable page)")
      ->check(OneOf({"text", "json", "html"}));
  sub->add_flag("--strict", o->strict, "Exit with status 1 if any journal file has a problem");
  sub->add_flag("--all", o->all, "Also list each factor without enough data, with its counts");
  sub->add_flag("--explain", o->explain,
                "Say in plain words what episode, treatment, follow-up, censored, relief time, risk ratio, CI, p, q "
                "and rho mean here, and stop");
  sub->footer(
      "Examples:\n  journal analyze\n  journal analyze --site neck --since 2026-01-01 --followup-window 24h\n"
      "  journal analyze --format json > analysis.json\n  journal analyze --format html > analysis.html\n  journal analyze --explain\n"
      "Durations take m, h, d or w. Findings are associations in your records, not causes.");
  sub->callback([o, run, param_options] {
    for (const auto& [key, opt] : param_options)
      if (opt->count() > 0) o->given.insert(key);
    *run = [o](Context& ctx) { return CmdAnalyze(*o, ctx); };
  });
}

}  // namespace pj
