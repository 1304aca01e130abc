// journal vocab: the sites and actions in force, with classes and aliases.
#include <CLI/CLI.hpp>

#include "context.h"
#include "painjournal/util.h"

namespace pj {

namespace {

int CmdVocab(Context& ctx) {
  const Vocabulary& v = ctx.config.vocab;
  const Style& s = ctx.out_style;
  StartPaging(ctx);
  std::ostream& out = *ctx.out;
  out << s.bold << "Sites" << s.reset << "\n";
  for (const auto& n : v.Sites()) {
    out << "  " << n.name;
    if (!n.aliases.empty()) out << std::string(n.name.size() < 16 ? 16 - n.name.size() : 1, ' ') << s.dim << "also: " << Join(n.aliases, ", ") << s.reset;
    out << "\n";
  }
  for (ActionClass c : {ActionClass::kPassive, ActionClass::kMovement, ActionClass::kOther}) {
    out << "\n" << s.bold << "Actions: " << ActionClassName(c) << s.reset << "\n";
    for (const auto& n : v.Actions()) {
      if (v.ClassOf(n.name) != c) continue;
      out << "  " << n.name;
      if (!n.aliases.empty()) out << std::string(n.name.size() < 20 ? 20 - n.name.size() : 1, ' ') << s.dim << "also: " << Join(n.aliases, ", ") << s.reset;
      out << "\n";
    }
  }
  out << "\nNames match ignoring case, spaces, '_' and '-'.";
  if (v.free_names) out << " Unknown names are accepted (free_names = true).";
  out << "\n";
  return kExitOk;
}

}  // namespace

void DefineVocab(CLI::App& app, Runner* run) {
  CLI::App* sub = app.add_subcommand("vocab", "List the sites and actions in force, their classes and aliases");
  sub->footer("Example:\n  journal vocab | grep shoulder\nAdd names in the config file: sites = [...], [actions] movement = [...].");
  sub->callback([run] { *run = [](Context& ctx) { return CmdVocab(ctx); }; });
}

}  // namespace pj
