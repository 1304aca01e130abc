// journal add: append one entry. Never reads the history to write it; the
// follow-up nudge after a passive relief reads the last weeks (due.cpp).
#include <CLI/CLI.hpp>

#include <iostream>
#include <map>

#include "context.h"
#include "add_prompt.h"
#include "entry_options.h"
#include "line_editor.h"
#include "new_words.h"
#include "painjournal/add_words.h"
#include "painjournal/ulid.h"
#include "painjournal/util.h"

namespace pj {

namespace {

// What `add` was given: the field options (shared with amend, see
// entry_options.h), the positionals, and the class of a new action.
struct AddOptions : EntryOptions {
  // SITE INTENSITY ACTION... as CLI11 fills them, in order (`lower back 4`
  // gives SITE `lower`, INTENSITY `back`): one list of words, read again by
  // add_words.h.
  std::string pos_site, pos_intensity;
  std::vector<std::string> pos_did;
  NewClassOption new_class;  // --class of a new action
  bool any_given = false;
};

int CmdAdd(const AddOptions& o, Context& ctx) {
  EntryBuilder b(ValueSource::kText, &ctx.config.vocab, o.is_new);
  std::string err;
  NewClassOption new_class = o.new_class;
  if (!new_class.Parse(&err)) return Fail(ctx, kExitUsage, err);
  auto set = [&](std::string_view field, const std::string& value) {
    return b.Set(field, value, &err) == EntryBuilder::Result::kOk;
  };
  auto given = [&](const std::string& option) {
    auto it = o.one.find(option);
    return it == o.one.end() ? std::string() : it->second;
  };
  std::string at = o.at;  // the prompt may ask for it
  const std::string opt_site = given("site"), opt_intensity = given("intensity");
  AddWords pos;  // `lower back 4`, `neck 6 massage`; with --site, `6` is the intensity
  std::vector<std::string> words = o.pos_did;
  for (const std::string* w : {&o.pos_intensity, &o.pos_site})
    if (!w->empty()) words.insert(words.begin(), *w);
  if (!ReadAddWords(words, ctx.config.vocab, !opt_site.empty(), o.is_new, &pos, &err))
    return Fail(ctx, kExitUsage, err);
  const std::string pos_site = pos.site, pos_intensity = pos.intensity;
  if (!pos_site.empty() && !opt_site.empty()) return Fail(ctx, kExitUsage, "site given twice (SITE and --site)");
  if (!pos_intensity.empty() && !opt_intensity.empty())
    return Fail(ctx, kExitUsage, "intensity given twice (INTENSITY and --intensity)");
  const std::string site = opt_site.empty() ? pos_site : opt_site;
  const std::string intensity = opt_intensity.empty() ? pos_intensity : opt_intensity;

  if (!o.any_given) {
    if (!ctx.stdin_is_tty)
      return Fail(ctx, kExitUsage,
                  "nothing to log: give a SITE and INTENSITY (journal add neck 6) or a field such as --stress 7");
    LineEditor ed(ctx, HistoryPath());
    if (!Prompt(ctx, ed, &b, &at, &err)) return Fail(ctx, kExitUsage, err);
  }
  long long number;
  if (!site.empty() && intensity.empty() && ParseInt(Trim(site), &number))
    return Fail(ctx, kExitUsage, "intensity needs a site: journal add SITE INTENSITY (see `journal vocab`)");
  for (const Field& f : kFields)  // what was done, typed after the intensity, before any --did
    if (f.kind == FieldKind::kActions)
      for (const std::string& a : pos.did)
        if (!set(f.key, a)) return Fail(ctx, kExitUsage, err);
  // Fields in table order; site and intensity may come as positionals.
  for (const Field& f : kFields) {
    if (f.option.empty() || f.kind == FieldKind::kTime) continue;
    const std::string option(f.option);
    if (f.key == "site") {
      if (!site.empty() && !set(f.key, site)) return Fail(ctx, kExitUsage, err);
    } else if (f.key == "intensity") {
      if (!intensity.empty() && !set(f.key, intensity)) return Fail(ctx, kExitUsage, err);
    } else if (RepeatableField(f)) {
      auto it = o.many.find(option);
      if (it != o.many.end())
        for (const auto& v : it->second)
          if (!set(f.key, v)) return Fail(ctx, kExitUsage, err);
    } else {
      const std::string v = given(option);
      if (!v.empty() && !set(f.key, v)) return Fail(ctx, kExitUsage, err);
    }
  }
  Entry& draft = b.mutable_entry();
  DropRepeatedNames(&draft.did);
  DropRepeatedNames(&draft.tags);
  if (!NormalizeFactors(&draft.factors, &err)) return Fail(ctx, kExitUsage, err);
  // `journal add neck` on a terminal asks for what is missing.
  if (ctx.stdin_is_tty && draft.site && !draft.intensity() && draft.did.empty() && !draft.note) {
    LineEditor ed(ctx, HistoryPath());
    if (!Ask(ctx, ed, *FindField("intensity"), &b, &at, &err)) return Fail(ctx, kExitUsage, err);
  }
  if (draft.intensity() && !draft.site)
    return Fail(ctx, kExitUsage, "intensity needs a site: journal add SITE INTENSITY (see `journal vocab`)");
  if (draft.site && !draft.intensity() && draft.did.empty() && !draft.note)
    return Fail(ctx, kExitUsage,
                "a site needs an intensity (journal add " + *draft.site + " 5), an action (--did) or a note");
  if (!draft.site && draft.scalar_set == 0 && draft.did.empty() && !draft.note && draft.factors.empty())
    return Fail(ctx, kExitUsage, "nothing to log: give a site, an intensity, a load field, an action or a note");

  draft.at = ctx.now;
  When when;
  if (!at.empty()) {
    if (!ParseWhenOption(ctx, "--at", at, &when, &err)) return Fail(ctx, kExitUsage, err);
    if (!WhenAsEntryTime(when, ctx.now, &draft.at))
      return Fail(ctx, kExitUsage, "--at: '" + at + "' is in the future; an entry records what has happened");
  }
  // The offset stays as typed (2026-10-31T21:30-05:00 on a trip keeps its
  // local evening); forms without one got the local zone's for that moment.
  draft.id = NewUlid(ctx.now.utc * 1000);
  // The same rules as every reader: what add writes must load back.
  Entry e;
  if (!b.Finish(&e, &err, nullptr, /*need_at=*/false)) return Fail(ctx, kExitUsage, err);

  // Names new to the vocabulary go to vocab.toml first, and come out again
  // if the entry cannot be written.
  std::vector<Entry> one{std::move(e)};
  const JournalWords fresh = NewWords(ctx.config.vocab, new_class.cls, &one);
  e = std::move(one[0]);
  if (!new_class.text.empty() && fresh.actions.empty())
    return Fail(ctx, kExitUsage, "--class sets the class of a new action (with --new); to change a known one: "
                                 "journal vocab add action NAME --class " + new_class.text);
  std::optional<std::string> vocab_before;
  if (!RecordNewWords(ctx, fresh, &vocab_before, &err)) return Fail(ctx, kExitFailure, err);
  std::vector<std::string> warnings;
  // A torn tail may have been set aside before a write failed: say so either way.
  const bool appended = ctx.journal.Append({e}, &err, &warnings);
  for (const auto& w : warnings) Warn(ctx, w);
  if (!appended) {
    UndoNewWords(ctx, fresh, vocab_before);
    return Fail(ctx, kExitFailure, err);
  }
  if (!ctx.quiet) {
    const Style& s = ctx.out_style;
    // "neck 6/10 (massage)", "stretching, walk", "check-in".
    std::string did = Join(e.did, ", ");
    std::string what = e.site ? *e.site : did.empty() ? "check-in" : did;
    if (e.intensity()) what += " " + std::to_string(*e.intensity()) + "/10";
    if (e.site && !did.empty()) what += " (" + did + ")";
    *ctx.out << "Added " << s.bold << e.id << s.reset << ": " << Visible(what) << " at " << FormatDate(LocalDate(e.at))
             << " " << FormatClock(e.at);
    // `--at 09:00` typed at 07:50 is yesterday's 09:00: say so.
    if (when.moved_to_yesterday) *ctx.out << " (yesterday: " << FormatClock(e.at) << " today is still to come)";
    *ctx.out << "\n";
  }
  SayNewWords(ctx, fresh);
  if (!ctx.quiet)
    for (const std::string& line : FollowupNudge(ctx, e)) *ctx.out << line << "\n";
  if (!ctx.quiet)
    for (const std::string& line : TrialLinesForToday(ctx)) *ctx.out << line << "\n";
  return kExitOk;
}

}  // namespace

void DefineAdd(CLI::App& app, Runner* run) {
  auto o = std::make_shared<AddOptions>();
  CLI::App* sub = app.add_subcommand("add", "Log one entry: a pain, the load around it, what you did");
  sub->add_option("SITE", o->pos_site, "Body site (see `journal vocab`); several words are fine: lower back 4")
      ->type_name("");
  sub->add_option("INTENSITY", o->pos_intensity, "Pain intensity, a whole number 0-10")->type_name("");
  sub->add_option("ACTION", o->pos_did, "What you did, after the intensity: neck 6 massage (like --did)")
      ->type_name("");
  AddEntryOptions(sub, o.get());
  sub->add_option("--class", o->new_class.text, "The class of a new action: passive, movement or other (default)");
  sub->footer(
      "Examples:\n"
      "  journal add neck 6 --stress 7 --sitting 9.5 --breathing shallow --did massage --note \"after the meeting\"\n"
      "  journal add --did stretching,walk --at 18:30\n"
      "  journal add lower back 4 stretching --at \"yesterday 6:30pm\"\n"
      "With no arguments on a terminal, it asks for the fields (line editing, TAB completes names, history).");
  sub->callback([o, run, sub] {
    o->any_given = false;
    for (const CLI::Option* opt : sub->get_options())
      if (opt->get_name() != "--help" && opt->count() > 0) o->any_given = true;
    *run = [o](Context& ctx) { return CmdAdd(*o, ctx); };
  });
}

}  // namespace pj
