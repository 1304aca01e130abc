// journal completions bash|zsh|fish: a completion script with the commands,
// their options, and the sites and actions in force.
#include <CLI/CLI.hpp>

#include "context.h"
#include "painjournal/util.h"

namespace pj {

namespace {

struct CompletionsOptions {
  std::string shell;
};

// A command and its long options, read from the CLI11 definitions so the
// scripts cannot drift from --help.
struct CommandOptions {
  std::string name;
  std::string options;  // "--since --until ..."
};

std::string LongOptions(const CLI::App& app) {
  std::vector<std::string> out;
  for (const CLI::Option* opt : app.get_options())
    for (const std::string& l : opt->get_lnames()) out.push_back("--" + l);
  return Join(out, " ");
}

std::vector<CommandOptions> Commands(CLI::App& app) {
  std::vector<CommandOptions> out;
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    out.push_back(CommandOptions{sub->get_name(), LongOptions(*sub)});
  return out;
}

// The values --format takes, per command.
std::string Formats(const std::string& command) {
  return command == "list" ? "table csv json toml" : "csv json";
}

std::string Names(const std::vector<Vocabulary::Name>& names) {
  std::vector<std::string> out;
  for (const auto& n : names) out.push_back(n.name);
  return Join(out, " ");
}

int CmdCompletions(const CompletionsOptions& o, CLI::App& app, Context& ctx) {
  const std::vector<CommandOptions> kCommands = Commands(app);
  const std::string kGlobal = LongOptions(app);
  std::string sites = Names(ctx.config.vocab.Sites());
  std::string actions = Names(ctx.config.vocab.Actions());
  std::string commands;
  for (const auto& c : kCommands) commands += (commands.empty() ? "" : " ") + c.name;
  std::ostream& out = *ctx.out;
  if (o.shell == "bash") {
    out << "# bash completion for journal; source it, or put it in ~/.local/share/bash-completion/completions/journal\n"
        << "_journal() {\n"
        << "  local cur prev cmd i\n"
        << "  cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}\n"
        << "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
        << "    case ${COMP_WORDS[i]} in " << Join(SplitWords(commands), "|") << ") cmd=${COMP_WORDS[i]}; break;; esac\n"
        << "  done\n"
        << "  case $prev in\n"
        << "    --site) COMPREPLY=($(compgen -W \"" << sites << "\" -- \"$cur\")); return;;\n"
        << "    --did) COMPREPLY=($(compgen -W \"" << actions << "\" -- \"$cur\")); return;;\n"
        << "    --breathing) COMPREPLY=($(compgen -W \"shallow normal deep\" -- \"$cur\")); return;;\n"
        << "    --format) COMPREPLY=($(compgen -W \"$([ \"$cmd\" = list ] && echo " << Formats("list")
        << " || echo " << Formats("export") << ")\" -- \"$cur\")); return;;\n"
        << "    --color) COMPREPLY=($(compgen -W \"auto always never\" -- \"$cur\")); return;;\n"
        << "    --dir) COMPREPLY=($(compgen -d -- \"$cur\")); return;;\n"
        << "    --config|--output|-o) COMPREPLY=($(compgen -f -- \"$cur\")); return;;\n"
        << "  esac\n"
        << "  case $cmd in\n"
        << "    '') COMPREPLY=($(compgen -W \"" << commands << " " << kGlobal << "\" -- \"$cur\"));;\n";
    for (const auto& c : kCommands) {
      std::string extra = c.name == "add" ? " " + sites
                          : c.name == "completions" ? " bash zsh fish" : "";
      out << "    " << c.name << ") COMPREPLY=($(compgen -W \"" << c.options << extra << "\" -- \"$cur\"));";
      if (c.name == "import") out << " COMPREPLY+=($(compgen -f -- \"$cur\"));";
      out << ";\n";
    }
    out << "  esac\n"
        << "}\n"
        << "complete -F _journal journal\n";
  } else if (o.shell == "zsh") {
    out << "#compdef journal\n"
        << "# zsh completion for journal; put it in a directory on $fpath as _journal\n"
        << "_journal() {\n"
        << "  local -a commands sites actions\n"
        << "  commands=(" << commands << ")\n"
        << "  sites=(" << sites << ")\n"
        << "  actions=(" << actions << ")\n"
        << "  case ${words[CURRENT-1]} in\n"
        << "    --site) compadd -a sites; return;;\n"
        << "    --did) compadd -a actions; return;;\n"
        << "    --breathing) compadd shallow normal deep; return;;\n"
        << "    --format) if [[ ${words[2]} == list ]]; then compadd " << Formats("list") << "; else compadd "
        << Formats("export") << "; fi; return;;\n"
        << "    --color) compadd auto always never; return;;\n"
        << "    --dir) _files -/; return;;\n"
        << "    --config|--output|-o) _files; return;;\n"
        << "  esac\n"
        << "  if (( CURRENT == 2 )); then compadd -a commands; compadd -- " << kGlobal << "; return; fi\n"
        << "  case ${words[2]} in\n";
    for (const auto& c : kCommands) {
      out << "    " << c.name << ") compadd -- " << c.options;
      if (c.name == "add") out << "; compadd -a sites";
      if (c.name == "completions") out << " bash zsh fish";
      if (c.name == "import") out << "; _files";
      out << ";;\n";
    }
    out << "  esac\n"
        << "}\n"
        << "compdef _journal journal\n";
  } else if (o.shell == "fish") {
    out << "# fish completion for journal; save as ~/.config/fish/completions/journal.fish\n"
        << "complete -c journal -f\n"
        << "complete -c journal -n __fish_use_subcommand -a '" << commands << "'\n";
    for (const auto& g : SplitWords(kGlobal)) out << "complete -c journal -n __fish_use_subcommand -l " << g.substr(2) << "\n";
    for (const auto& c : kCommands) {
      for (const auto& opt : SplitWords(c.options)) {
        out << "complete -c journal -n '__fish_seen_subcommand_from " << c.name << "' -l " << opt.substr(2);
        if (opt == "--site") out << " -x -a '" << sites << "'";
        if (opt == "--did") out << " -x -a '" << actions << "'";
        if (opt == "--breathing") out << " -x -a 'shallow normal deep'";
        if (opt == "--format") out << " -x -a '" << Formats(c.name) << "'";
        out << "\n";
      }
    }
    out << "complete -c journal -n '__fish_seen_subcommand_from add' -a '" << sites << "'\n"
        << "complete -c journal -n '__fish_seen_subcommand_from completions' -a 'bash zsh fish'\n"
        << "complete -c journal -n '__fish_seen_subcommand_from import' -F\n";
  } else {
    return Fail(ctx, kExitUsage, "shell must be bash, zsh or fish, not '" + o.shell + "'");
  }
  return kExitOk;
}

}  // namespace

void DefineCompletions(CLI::App& app, Runner* run) {
  auto o = std::make_shared<CompletionsOptions>();
  CLI::App* sub = app.add_subcommand("completions", "Print a completion script for bash, zsh or fish");
  sub->add_option("SHELL", o->shell, "bash, zsh or fish")->required();
  sub->footer("Example:\n  journal completions bash > ~/.local/share/bash-completion/completions/journal");
  sub->callback([o, run, &app] { *run = [o, &app](Context& ctx) { return CmdCompletions(*o, app, ctx); }; });
}

}  // namespace pj
