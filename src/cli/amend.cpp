// journal amend ID [add's options] [--clear FIELD]: change fields of one
// entry, which keeps its id; the version before goes to MONTH.toml.removed.
#include <CLI/CLI.hpp>

#include <algorithm>

#include "context.h"
#include "entry_options.h"
#include "new_words.h"
#include "painjournal/util.h"

namespace pj {

namespace {

// What `amend` was given: add's field options (entry_options.h), the id,
// the fields to clear, and which options were given at all (an option
// given empty is an error, not "unchanged").
struct AmendOptions : EntryOptions {
  std::string id;
  std::vector<std::string> clear;
  bool dry_run = false;
  std::set<std::string> given;  // the field options given, by option name ("note", "at")
};

// "site, intensity, stress, sitting, breathing, did, note, tag, factor":
// what --clear takes, from the field table.
std::string ClearableNames() {
  std::string out;
  for (const Field& f : kFields)
    if (!f.option.empty() && f.kind != FieldKind::kTime) out += (out.empty() ? "" : ", ") + std::string(f.option);
  return out + " or factor.NAME";
}

// Takes the field `name` (an option name or key, or factor.NAME) out of
// the draft.
bool Clear(const std::string& name, Entry* e, std::string* err) {
  if (name.rfind("factor.", 0) == 0) {
    const std::string factor = name.substr(7);
    e->factors.erase(std::remove_if(e->factors.begin(), e->factors.end(),
                                    [&](const auto& f) { return f.first == factor; }),
                     e->factors.end());
    return true;
  }
  int slot = 0;
  for (const Field& f : kFields) {
    const int this_slot = IsScalar(f.kind) ? slot++ : -1;
    if (name != f.key && name != f.option) continue;
    switch (f.kind) {
      case FieldKind::kId:
      case FieldKind::kTime:
        *err = "--clear: '" + name + "' cannot be cleared: every entry has one" +
               (f.kind == FieldKind::kTime ? " (change it with --at)" : "");
        return false;
      case FieldKind::kSite: e->site.reset(); break;
      case FieldKind::kInteger:
      case FieldKind::kNumber:
      case FieldKind::kWord: e->Clear(this_slot); break;
      case FieldKind::kActions: e->did.clear(); break;
      case FieldKind::kText: e->note.reset(); break;
      case FieldKind::kTags: e->tags.clear(); break;
      case FieldKind::kFactors: e->factors.clear(); break;
    }
    return true;
  }
  *err = "--clear: '" + name + "' is not a field; clear one of " + ClearableNames();
  return false;
}

// A field's value in a line of text, "" when absent.
std::string FieldText(const Entry& e, const Field& f, int slot) {
  switch (f.kind) {
    case FieldKind::kId: return e.id;
    case FieldKind::kTime: return FormatDate(LocalDate(e.at)) + " " + FormatClock(e.at);
    case FieldKind::kSite: return e.site ? *e.site : "";
    case FieldKind::kInteger:
    case FieldKind::kNumber:
    case FieldKind::kWord: return e.Has(slot) ? ScalarText(e, slot) : "";
    case FieldKind::kActions: return Join(e.did, ", ");
    case FieldKind::kText: return e.note ? FitWidth(*e.note, 40) : "";
    case FieldKind::kTags: return Join(e.tags, ", ");
    case FieldKind::kFactors: {
      std::vector<std::string> items;
      for (const auto& [name, value] : e.factors) items.push_back(name + "=" + FormatNumber(value));
      return Join(items, ", ");
    }
  }
  return "";
}

// "intensity 6 → 5, note (none) → after work": the fields that differ.
std::string Changes(const Entry& before, const Entry& after) {
  std::string out;
  int slot = 0;
  for (const Field& f : kFields) {
    const int this_slot = IsScalar(f.kind) ? slot++ : -1;
    const std::string a = FieldText(before, f, this_slot), b = FieldText(after, f, this_slot);
    if (a == b) continue;
    out += (out.empty() ? "" : ", ") + std::string(f.key) + " " + (a.empty() ? "(none)" : a) + " → " +
           (b.empty() ? "(none)" : b);
  }
  return out.empty() ? "the time offset" : out;
}

int CmdAmend(const AmendOptions& o, Context& ctx) {
  LoadedJournal j;
  std::string err;
  if (!LoadJournal(ctx, &j, &err)) return Fail(ctx, kExitFailure, err);
  std::vector<size_t> which;
  if (!ResolveIds(j, {o.id}, &which, &err)) return Fail(ctx, kExitUsage, err);
  const JournalEntry& found = j.entries[which[0]];
  const Entry& old = found.entry;
  if (o.given.empty() && o.clear.empty())
    return Fail(ctx, kExitUsage, "nothing to change: give a field option such as --intensity 5, or --clear note");

  EntryBuilder b(ValueSource::kText, &ctx.config.vocab, o.is_new);
  Entry& draft = b.mutable_entry();
  draft = old;
  for (const std::string& item : o.clear)
    for (const std::string& name : SplitList(item))
      if (!Clear(Lower(Trim(name)), &draft, &err)) return Fail(ctx, kExitUsage, err);
  // The options in table order, each replacing its field; a factor
  // replaces only the factor of its name.
  for (const Field& f : kFields) {
    const std::string option(f.option);
    if (option.empty() || f.kind == FieldKind::kTime || !o.given.count(option)) continue;
    std::vector<std::string> values;
    if (RepeatableField(f)) values = o.many.at(option);
    else values = {o.one.at(option)};
    bool any = false;
    for (const std::string& v : values) any |= !Trim(v).empty();
    if (!any)
      return Fail(ctx, kExitUsage, "--" + option + " is empty; to remove the " + std::string(f.label) +
                                       ", use --clear " + option);
    if (f.kind == FieldKind::kActions) draft.did.clear();
    if (f.kind == FieldKind::kTags) draft.tags.clear();
    for (const std::string& v : values) {
      if (f.kind == FieldKind::kFactors) {
        std::pair<std::string, double> factor;
        if (!ParseFactor(v, &factor, &err)) return Fail(ctx, kExitUsage, err);
        Clear("factor." + factor.first, &draft, &err);
      }
      if (b.Set(f.key, v, &err) != EntryBuilder::Result::kOk) return Fail(ctx, kExitUsage, err);
    }
  }
  DropRepeatedNames(&draft.did);
  DropRepeatedNames(&draft.tags);
  if (!NormalizeFactors(&draft.factors, &err)) return Fail(ctx, kExitUsage, err);
  // What `add` asks of an entry, said for amend.
  if (draft.intensity() && !draft.site)
    return Fail(ctx, kExitUsage, "intensity needs a site: give --site, or --clear intensity as well");
  if (draft.site && !draft.intensity() && draft.did.empty() && !draft.note)
    return Fail(ctx, kExitUsage, "a site needs an intensity (--intensity 5), an action (--did) or a note");
  if (!draft.site && draft.scalar_set == 0 && draft.did.empty() && !draft.note && draft.factors.empty())
    return Fail(ctx, kExitUsage, "nothing would be left of entry " + old.id + "; remove it with `journal delete`");
  if (o.given.count("at")) {
    When w;
    if (!ParseWhenOption(ctx, "--at", o.at, &w, &err)) return Fail(ctx, kExitUsage, err);
    draft.at = WhenAsInstant(w, ctx.now);
    if (draft.at.utc > ctx.now.utc)
      return Fail(ctx, kExitUsage, "--at: '" + o.at + "' is in the future; an entry records what has happened");
  }
  Entry e;
  if (!b.Finish(&e, &err, nullptr, /*need_at=*/false)) return Fail(ctx, kExitUsage, err);
  if (e == old) {
    if (!ctx.quiet) *ctx.out << "No change to " << Visible(old.id) << "\n";
    return kExitOk;
  }
  const std::string changes = Changes(old, e);
  if (o.dry_run) {
    if (!ctx.quiet) *ctx.out << "Would amend " << Visible(old.id) << ": " << Visible(changes) << "\n";
    return kExitOk;
  }
  // Names new to the vocabulary (--new) go to vocab.toml first, as add
  // does, and come out again if the entry cannot be written.
  std::vector<Entry> one{std::move(e)};
  const JournalWords fresh = NewWords(ctx.config.vocab, ActionClass::kOther, &one);
  e = std::move(one[0]);
  std::optional<std::string> vocab_before;
  if (!RecordNewWords(ctx, fresh, &vocab_before, &err)) return Fail(ctx, kExitFailure, err);
  std::vector<std::string> sides;
  const std::string note = "the version before `journal amend` at " + FormatDateTime(ctx.now);
  if (!ctx.journal.Rewrite({Journal::Change{found.path, old, e}}, note, &err, &sides)) {
    UndoNewWords(ctx, fresh, vocab_before);
    return Fail(ctx, kExitFailure, err);
  }
  if (!ctx.quiet)
    *ctx.out << "Amended " << Visible(old.id) << ": " << Visible(changes) << " (the old version is in "
             << Visible(Join(sides, ", ")) << ")\n";
  SayNewWords(ctx, fresh);
  return kExitOk;
}

}  // namespace

void DefineAmend(CLI::App& app, Runner* run) {
  auto o = std::make_shared<AmendOptions>();
  CLI::App* sub = app.add_subcommand("amend", "Change fields of an entry by id (the old version is kept)");
  sub->add_option("ID", o->id, "The entry's id, or its first 6 or more characters (any case)")->required();
  AddEntryOptions(sub, o.get());
  sub->add_option("--clear", o->clear,
                  "Remove fields (repeatable or a comma list): " + ClearableNames())
      ->allow_extra_args(false);
  sub->add_flag("-n,--dry-run", o->dry_run, "Only say what would change");
  sub->footer(
      "Examples:\n"
      "  journal amend 01JD3QY8Z6K3 --intensity 5 --did massage,walk\n"
      "  journal amend 01JD3QY8Z6K3 --clear note,tag --at 'yesterday 18:30'\n"
      "Each option replaces its field (--factor only the factor it names); --clear comes first.");
  sub->callback([o, run, sub] {
    o->given.clear();
    for (const CLI::Option* opt : sub->get_options()) {
      const std::string name = opt->get_name();
      if (opt->count() > 0 && name.rfind("--", 0) == 0) o->given.insert(name.substr(2));
    }
    o->given.erase("clear");
    o->given.erase("dry-run");
    o->given.erase("new");
    *run = [o](Context& ctx) { return CmdAmend(*o, ctx); };
  });
}

}  // namespace pj
