// journal add: append one entry. Never reads the history.
#include <CLI/CLI.hpp>

#include <iostream>

#include "context.h"
#include "painjournal/ulid.h"
#include "painjournal/util.h"

namespace pj {

namespace {

struct AddOptions {
  std::string pos_site, pos_intensity;
  std::string site, intensity, stress, sitting, breathing, note, at;
  std::vector<std::string> did, tags, factors;
  bool is_new = false;
  bool any_given = false;
};

// Applies one typed field to the entry; false with a message on bad input.
bool SetField(const std::string& field, const std::string& value, const Context& ctx, bool is_new, Entry* e,
              std::string* err) {
  if (field == "site") {
    std::string s;
    if (!ctx.config.vocab.ResolveSite(value, is_new, &s, err)) return false;
    e->site = s;
  } else if (field == "intensity") {
    int v;
    if (!ParseIntensity(value, &v, err)) return false;
    e->intensity = v;
  } else if (field == "stress") {
    int v;
    if (!ParseStress(value, &v, err)) return false;
    e->stress = v;
  } else if (field == "sitting") {
    double v;
    if (!ParseSitting(value, &v, err)) return false;
    e->sitting_hours = v;
  } else if (field == "breathing") {
    std::string v;
    if (!ParseBreathing(value, &v, err)) return false;
    e->breathing = v;
  } else if (field == "did") {
    for (const auto& item : SplitList(value)) {
      std::string a;
      if (!ctx.config.vocab.ResolveAction(item, is_new, &a, err)) return false;
      e->did.push_back(a);  // repeats are dropped once all are in
    }
  } else if (field == "tag") {
    for (const auto& t : SplitList(value)) {
      if (!ValidTag(t)) {
        *err = "tag must be text without ';' or control characters, not '" + t + "'";
        return false;
      }
      e->tags.push_back(t);
    }
  } else if (field == "note") {
    if (!IsValidUtf8(value)) {
      *err = "note must be valid UTF-8 text";
      return false;
    }
    if (!value.empty()) e->note = value;
  } else if (field == "factor") {
    std::pair<std::string, double> f;
    if (!ParseFactor(value, &f, err)) return false;
    e->factors.push_back(f);
  }
  return true;
}

// Asks for the fields one by one, on a terminal, when `add` got nothing.
bool Prompt(Context& ctx, Entry* e, std::string* err) {
  struct Ask {
    const char* field;
    const char* question;
  };
  static const Ask kAsks[] = {
      {"site", "Site (e.g. neck, lower back; empty for a check-in without pain)"},
      {"intensity", "Intensity 0-10"},
      {"stress", "Stress 0-10"},
      {"sitting", "Hours sat in the last day"},
      {"breathing", "Breathing (shallow, normal, deep)"},
      {"did", "What you did (e.g. massage, stretching)"},
      {"note", "Note"},
  };
  std::ostream& out = *ctx.err;  // prompts go to stderr, so stdout stays the confirmation
  out << "New entry; press Enter to skip a field.\n";
  for (const Ask& a : kAsks) {
    if (std::string(a.field) == "intensity" && !e->site) continue;
    while (true) {
      out << a.question << ": " << std::flush;
      std::string line;
      if (!std::getline(*ctx.in, line)) {
        *err = "input ended; nothing written";
        return false;
      }
      line = Trim(line);
      if (line.empty()) break;
      std::string ferr;
      if (SetField(a.field, line, ctx, false, e, &ferr)) break;
      out << "  " << ferr << "\n";
    }
  }
  return true;
}

int CmdAdd(const AddOptions& o, Context& ctx) {
  Entry e;
  std::string err;
  auto set = [&](const std::string& field, const std::string& value) {
    return SetField(field, value, ctx, o.is_new, &e, &err);
  };
  std::string pos_site = o.pos_site, pos_intensity = o.pos_intensity;
  // `journal add --site neck 6`: the lone positional is the intensity.
  if (!o.site.empty() && !pos_site.empty() && pos_intensity.empty()) std::swap(pos_site, pos_intensity);
  if (!pos_site.empty() && !o.site.empty()) return Fail(ctx, kExitUsage, "site given twice (SITE and --site)");
  if (!pos_intensity.empty() && !o.intensity.empty())
    return Fail(ctx, kExitUsage, "intensity given twice (INTENSITY and --intensity)");
  const std::string site = o.site.empty() ? pos_site : o.site;
  const std::string intensity = o.intensity.empty() ? pos_intensity : o.intensity;

  if (!o.any_given) {
    if (!ctx.stdin_is_tty)
      return Fail(ctx, kExitUsage,
                  "nothing to log: give a SITE and INTENSITY (journal add neck 6) or a field such as --stress 7");
    if (!Prompt(ctx, &e, &err)) return Fail(ctx, kExitUsage, err);
  }
  long long number;
  if (!site.empty() && intensity.empty() && ParseInt(Trim(site), &number))
    return Fail(ctx, kExitUsage, "intensity needs a site: journal add SITE INTENSITY (see `journal vocab`)");
  if (!site.empty() && !set("site", site)) return Fail(ctx, kExitUsage, err);
  if (!intensity.empty() && !set("intensity", intensity)) return Fail(ctx, kExitUsage, err);
  if (!o.stress.empty() && !set("stress", o.stress)) return Fail(ctx, kExitUsage, err);
  if (!o.sitting.empty() && !set("sitting", o.sitting)) return Fail(ctx, kExitUsage, err);
  if (!o.breathing.empty() && !set("breathing", o.breathing)) return Fail(ctx, kExitUsage, err);
  for (const auto& d : o.did)
    if (!set("did", d)) return Fail(ctx, kExitUsage, err);
  for (const auto& t : o.tags)
    if (!set("tag", t)) return Fail(ctx, kExitUsage, err);
  if (!o.note.empty() && !set("note", o.note)) return Fail(ctx, kExitUsage, err);
  for (const auto& f : o.factors)
    if (!set("factor", f)) return Fail(ctx, kExitUsage, err);
  DropRepeatedNames(&e.did);
  DropRepeatedNames(&e.tags);
  if (!NormalizeFactors(&e.factors, &err)) return Fail(ctx, kExitUsage, err);
  if (e.intensity && !e.site)
    return Fail(ctx, kExitUsage, "intensity needs a site: journal add SITE INTENSITY (see `journal vocab`)");
  if (e.site && !e.intensity && e.did.empty() && !e.note)
    return Fail(ctx, kExitUsage,
                "a site needs an intensity (journal add " + *e.site + " 5), an action (--did) or a note");
  if (!e.site && !e.intensity && !e.stress && !e.sitting_hours && !e.breathing && e.did.empty() && !e.note &&
      e.factors.empty())
    return Fail(ctx, kExitUsage, "nothing to log: give a site, an intensity, a load field, an action or a note");

  e.at = ctx.now;
  if (!o.at.empty()) {
    When w;
    if (!ParseWhenOption(ctx, "--at", o.at, &w, &err)) return Fail(ctx, kExitUsage, err);
    e.at = WhenAsInstant(w, ctx.now);
    if (e.at.utc > ctx.now.utc)
      return Fail(ctx, kExitUsage, "--at: '" + o.at + "' is in the future; an entry records what has happened");
  }
  // The offset stays as typed (2026-10-31T21:30-05:00 on a trip keeps its
  // local evening); forms without one got the local zone's for that moment.
  e.id = NewUlid(ctx.now.utc * 1000);
  // The same rules as every reader: what add writes must load back.
  if (!NormalizeEntry(&e, &err) || !(err = ValidateEntry(e)).empty()) return Fail(ctx, kExitUsage, err);

  std::vector<std::string> warnings;
  // A torn tail may have been set aside before a write failed: say so either way.
  const bool appended = ctx.journal.Append({e}, &err, &warnings);
  for (const auto& w : warnings) Warn(ctx, w);
  if (!appended) return Fail(ctx, kExitFailure, err);
  if (!ctx.quiet) {
    const Style& s = ctx.out_style;
    // "neck 6/10 (massage)", "stretching, walk", "check-in".
    std::string did = Join(e.did, ", ");
    std::string what = e.site ? *e.site : did.empty() ? "check-in" : did;
    if (e.intensity) what += " " + std::to_string(*e.intensity) + "/10";
    if (e.site && !did.empty()) what += " (" + did + ")";
    *ctx.out << "Added " << s.bold << e.id << s.reset << ": " << Visible(what) << " at " << FormatDate(LocalDate(e.at))
             << " " << FormatClock(e.at) << "\n";
  }
  return kExitOk;
}

}  // namespace

void DefineAdd(CLI::App& app, Runner* run) {
  auto o = std::make_shared<AddOptions>();
  CLI::App* sub = app.add_subcommand("add", "Log one entry: a pain, the load around it, what you did");
  sub->add_option("SITE", o->pos_site, "Body site (see `journal vocab`)");
  sub->add_option("INTENSITY", o->pos_intensity, "Pain intensity, a whole number 0-10");
  sub->add_option("--site", o->site, "Body site, as SITE");
  sub->add_option("--intensity", o->intensity, "Pain intensity 0-10, as INTENSITY");
  sub->add_option("--stress", o->stress, "Stress 0-10");
  sub->add_option("--sitting", o->sitting, "Hours sat in the last day, 0-24 (e.g. 9.5)");
  sub->add_option("--breathing", o->breathing, "Breathing: shallow, normal or deep");
  sub->add_option("--did", o->did, "What you did (repeatable or a comma list): massage, stretching, ...")
      ->allow_extra_args(false);
  sub->add_option("--note", o->note, "Free text");
  sub->add_option("--tag", o->tags, "A tag (repeatable or a comma list)")->allow_extra_args(false);
  sub->add_option("--factor", o->factors, "A numeric factor of your own, NAME=VALUE (repeatable)")
      ->allow_extra_args(false);
  sub->add_option("--at", o->at, "When it happened (default now): 18:30, yesterday 9:00, -2h, 2026-11-20T08:00 ...");
  sub->add_flag("--new", o->is_new, "Accept a site or action that is not in the vocabulary yet");
  sub->footer(
      "Examples:\n"
      "  journal add neck 6 --stress 7 --sitting 9.5 --breathing shallow --did massage --note \"after the meeting\"\n"
      "  journal add --did stretching,walk --at 18:30\n"
      "With no arguments on a terminal, it asks for the fields.");
  sub->callback([o, run, sub] {
    o->any_given = false;
    for (const CLI::Option* opt : sub->get_options())
      if (opt->get_name() != "--help" && opt->count() > 0) o->any_given = true;
    *run = [o](Context& ctx) { return CmdAdd(*o, ctx); };
  });
}

}  // namespace pj
