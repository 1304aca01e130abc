// journal vocab: the sites and actions in force, with classes and aliases;
// `vocab add` and `vocab alias` add words to the journal's own vocab.toml.
#include <CLI/CLI.hpp>

#include <optional>

#include "context.h"
#include "painjournal/journal_vocab.h"
#include "painjournal/util.h"

namespace pj {

namespace {

int CmdVocab(Context& ctx) {
  const Vocabulary& v = ctx.config.vocab;
  JournalWords own;  // marked in the list: the words of this journal
  std::string err;
  if (!LoadJournalWords(ctx.journal.dir(), &own, nullptr, &err)) return Fail(ctx, kExitFailure, err);
  const Style& s = ctx.out_style;
  StartPaging(ctx);
  std::ostream& out = *ctx.out;
  auto mark = [&](bool is_own) {
    if (is_own) out << " " << s.dim << "(this journal)" << s.reset;
  };
  out << s.bold << "Sites" << s.reset << "\n";
  for (const auto& n : v.Sites()) {
    out << "  " << n.name;
    if (!n.aliases.empty()) out << std::string(n.name.size() < 16 ? 16 - n.name.size() : 1, ' ') << s.dim << "also: " << Join(n.aliases, ", ") << s.reset;
    mark(own.HasSite(n.name));
    out << "\n";
  }
  for (ActionClass c : {ActionClass::kPassive, ActionClass::kMovement, ActionClass::kOther}) {
    out << "\n" << s.bold << "Actions: " << ActionClassName(c) << s.reset << "\n";
    for (const auto& n : v.Actions()) {
      if (v.ClassOf(n.name) != c) continue;
      out << "  " << n.name;
      if (!n.aliases.empty()) out << std::string(n.name.size() < 20 ? 20 - n.name.size() : 1, ' ') << s.dim << "also: " << Join(n.aliases, ", ") << s.reset;
      mark(own.ActionClassOf(n.name).has_value());
      out << "\n";
    }
  }
  out << "\nNames match ignoring case, spaces, '_' and '-'.";
  if (v.free_names) out << " Unknown names are accepted (free_names = true).";
  out << "\n";
  return kExitOk;
}

struct VocabAddOptions {
  std::string kind;  // site | action
  std::string name;
  std::string cls;   // --class, "" when not given
};

int Record(Context& ctx, const JournalWords& w) {
  std::optional<std::string> before;
  std::string err;
  if (!AddJournalWords(ctx.journal.dir(), w, &before, &err)) return Fail(ctx, kExitFailure, err);
  return kExitOk;
}

int CmdVocabAdd(const VocabAddOptions& o, Context& ctx) {
  const Vocabulary& v = ctx.config.vocab;
  const std::string kind = Lower(Trim(o.kind));
  if (kind != "site" && kind != "action")
    return Fail(ctx, kExitUsage, "vocab add: say what to add, site or action, not '" + o.kind + "'");
  const bool site = kind == "site";
  ActionClass cls = ActionClass::kOther;
  if (!o.cls.empty() && site) return Fail(ctx, kExitUsage, "--class is for an action; a site has no class");
  if (!o.cls.empty() && !ParseActionClass(Lower(Trim(o.cls)), &cls))
    return Fail(ctx, kExitUsage, "--class must be passive, movement or other, not '" + o.cls + "'");
  const std::string canon = CanonicalName(o.name);
  if (!ValidName(canon))
    return Fail(ctx, kExitUsage, "a " + kind + " name may hold letters, digits, spaces and '-', not '" + o.name + "'");
  ActionClass as_class;
  if (!site && ParseActionClass(canon, &as_class))
    return Fail(ctx, kExitUsage, "'" + canon + "' is a class of actions, not an action");
  JournalWords own;
  std::string err;
  if (!LoadJournalWords(ctx.journal.dir(), &own, nullptr, &err)) return Fail(ctx, kExitFailure, err);
  std::string known;
  if (site ? v.FindSite(o.name, &known) : v.FindAction(o.name, &known)) {
    const std::string same = known == canon ? "" : " ('" + o.name + "' stands for it)";
    if (site || o.cls.empty() || v.ClassOf(known) == cls) {
      if (!ctx.quiet)
        *ctx.out << (site ? "Site '" : "Action '") << known << "' is known already" << same
                 << (site ? "" : std::string(" (") + ActionClassName(v.ClassOf(known)) + ")") << "\n";
      return kExitOk;
    }
    if (!own.ActionClassOf(known))  // built in, or from the config
      return Fail(ctx, kExitUsage, "'" + known + "' is a " + ActionClassName(v.ClassOf(known)) +
                                       " action of the built-in vocabulary or the config; to change its class, "
                                       "list it under [actions] " + ActionClassName(cls) + " in the config file");
    JournalWords w;
    w.actions.emplace_back(known, cls);
    if (int rc = Record(ctx, w)) return rc;
    if (!ctx.quiet)
      *ctx.out << "Action '" << known << "' is now " << ActionClassName(cls) << " (was "
               << ActionClassName(v.ClassOf(known)) << ")\n";
    return kExitOk;
  }
  JournalWords w;
  if (site) w.sites.push_back(canon);
  else w.actions.emplace_back(canon, cls);
  if (int rc = Record(ctx, w)) return rc;
  if (!ctx.quiet) {
    *ctx.out << "Added " << kind << " '" << canon << "'";
    if (!site) *ctx.out << " (" << ActionClassName(cls) << ")";
    *ctx.out << " to this journal's vocabulary (vocab.toml)\n";
    if (!site && o.cls.empty())
      *ctx.out << "It counts as neither passive relief nor movement; to change: journal vocab add action " << canon
               << " --class passive|movement\n";
  }
  return kExitOk;
}

struct VocabAliasOptions {
  std::string alias, name;
};

int CmdVocabAlias(const VocabAliasOptions& o, Context& ctx) {
  const Vocabulary& v = ctx.config.vocab;
  const std::string alias = Trim(o.alias);
  if (MatchKey(alias).empty() || !IsValidUtf8(alias) || alias != Visible(alias))
    return Fail(ctx, kExitUsage, "an alias must be printable text with a letter or digit, not '" + o.alias + "'");
  std::string site, action;
  const bool is_site = v.FindSite(o.name, &site), is_action = v.FindAction(o.name, &action);
  if (is_site && is_action)
    return Fail(ctx, kExitUsage, "'" + o.name + "' is both a site and an action; an alias must name one of them");
  if (!is_site && !is_action)
    return Fail(ctx, kExitUsage, "vocab alias: " + v.UnknownSite(o.name) + " and no such action (see `journal vocab`; "
                                 "add a name with `journal vocab add site|action NAME` first)");
  const std::string target = is_site ? site : action;
  const char* what = is_site ? "site" : "action";
  std::string taken;
  if (is_site ? v.FindSite(alias, &taken) : v.FindAction(alias, &taken)) {
    if (taken == target) {
      if (!ctx.quiet) *ctx.out << "'" << alias << "' stands for " << what << " '" << target << "' already\n";
      return kExitOk;
    }
    if (MatchKey(taken) == MatchKey(alias))
      return Fail(ctx, kExitUsage, "'" + alias + "' is the name of the " + what + " '" + taken + "', not a free alias");
    return Fail(ctx, kExitUsage, "'" + alias + "' already stands for the " + what + " '" + taken +
                                     "'; an alias names one " + what);
  }
  JournalWords w;
  (is_site ? w.site_aliases : w.action_aliases).emplace_back(alias, target);
  // A name from the config goes into vocab.toml too, so that the alias
  // still names something in a copy of the journal without the config.
  JournalWords own;
  std::string err, builtin;
  if (!LoadJournalWords(ctx.journal.dir(), &own, nullptr, &err)) return Fail(ctx, kExitFailure, err);
  const Vocabulary base = Vocabulary::BuiltIn();
  if (is_site && !base.FindSite(target, &builtin) && !own.HasSite(target)) w.sites.push_back(target);
  if (!is_site && !base.FindAction(target, &builtin) && !own.ActionClassOf(target))
    w.actions.emplace_back(target, v.ClassOf(target));
  if (int rc = Record(ctx, w)) return rc;
  if (!ctx.quiet) *ctx.out << "'" << alias << "' now stands for the " << what << " '" << target << "'\n";
  return kExitOk;
}

}  // namespace

void DefineVocab(CLI::App& app, Runner* run) {
  CLI::App* sub = app.add_subcommand("vocab", "List the sites and actions in force, their classes and aliases");
  sub->require_subcommand(0, 1);
  sub->footer(
      "Examples:\n  journal vocab | grep shoulder\n  journal vocab add site jaw-left\n"
      "  journal vocab add action kinesio-tape --class passive\n  journal vocab alias \"stiff neck\" neck\n"
      "Words added here are kept in vocab.toml in the journal directory; the config file adds its own\n"
      "(sites = [...], [actions] movement = [...]).");
  sub->callback([run, sub] {
    if (sub->get_subcommands().empty()) *run = [](Context& ctx) { return CmdVocab(ctx); };
  });

  auto a = std::make_shared<VocabAddOptions>();
  CLI::App* add = sub->add_subcommand("add", "Add a site or an action (with its class) to this journal's vocabulary");
  add->add_option("KIND", a->kind, "site or action")->required();
  add->add_option("NAME", a->name, "The new name")->required();
  add->add_option("--class", a->cls,
                  "An action's class: passive, movement or other (default); changes the class of an action this "
                  "journal added");
  add->footer("Examples:\n  journal vocab add site jaw-left\n  journal vocab add action kinesio-tape --class passive");
  add->callback([a, run] { *run = [a](Context& ctx) { return CmdVocabAdd(*a, ctx); }; });

  auto al = std::make_shared<VocabAliasOptions>();
  CLI::App* alias = sub->add_subcommand("alias", "Let another name stand for a known site or action");
  alias->add_option("ALIAS", al->alias, "The other name, e.g. \"stiff neck\"")->required();
  alias->add_option("NAME", al->name, "The site or action it stands for")->required();
  alias->footer("Example:\n  journal vocab alias \"stiff neck\" neck");
  alias->callback([al, run] { *run = [al](Context& ctx) { return CmdVocabAlias(*al, ctx); }; });
}

}  // namespace pj
