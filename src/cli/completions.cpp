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

struct CommandOptions {
  const char* name;
  const char* options;
};

// Kept beside the commands' definitions in spirit: a test compares each
// command's --help with this list.
const CommandOptions kCommands[] = {
    {"add", "--site --intensity --stress --sitting --breathing --did --note --tag --factor --at --new --help"},
    {"list", "--since --until --site --did --tag --last --format --raw --strict --help"},
    {"export", "--since --until --site --did --tag --format --output --raw --strict --help"},
    {"import", "--format --dry-run --help"},
    {"check", "--repair --help"},
    {"edit", "--help"},
    {"vocab", "--help"},
    {"completions", "--help"},
};
const char* const kGlobal = "--dir --config --color --quiet --version --help";

std::string Names(const std::vector<Vocabulary::Name>& names) {
  std::vector<std::string> out;
  for (const auto& n : names) out.push_back(n.name);
  return Join(out, " ");
}

int CmdCompletions(const CompletionsOptions& o, Context& ctx) {
  std::string sites = Names(ctx.config.vocab.Sites());
  std::string actions = Names(ctx.config.vocab.Actions());
  std::string commands;
  for (const auto& c : kCommands) commands += std::string(commands.empty() ? "" : " ") + c.name;
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
        << "    --format) COMPREPLY=($(compgen -W \"table csv json toml\" -- \"$cur\")); return;;\n"
        << "    --color) COMPREPLY=($(compgen -W \"auto always never\" -- \"$cur\")); return;;\n"
        << "    --dir) COMPREPLY=($(compgen -d -- \"$cur\")); return;;\n"
        << "    --config|--output|-o) COMPREPLY=($(compgen -f -- \"$cur\")); return;;\n"
        << "  esac\n"
        << "  case $cmd in\n"
        << "    '') COMPREPLY=($(compgen -W \"" << commands << " " << kGlobal << "\" -- \"$cur\"));;\n";
    for (const auto& c : kCommands) {
      std::string extra = std::string(c.name) == "add" ? " " + sites
                          : std::string(c.name) == "completions" ? " bash zsh fish" : "";
      out << "    " << c.name << ") COMPREPLY=($(compgen -W \"" << c.options << extra << "\" -- \"$cur\"));";
      if (std::string(c.name) == "import") out << " COMPREPLY+=($(compgen -f -- \"$cur\"));";
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
        << "    --format) compadd table csv json toml; return;;\n"
        << "    --color) compadd auto always never; return;;\n"
        << "    --dir) _files -/; return;;\n"
        << "    --config|--output|-o) _files; return;;\n"
        << "  esac\n"
        << "  if (( CURRENT == 2 )); then compadd -a commands; compadd -- " << kGlobal << "; return; fi\n"
        << "  case ${words[2]} in\n";
    for (const auto& c : kCommands) {
      out << "    " << c.name << ") compadd -- " << c.options;
      if (std::string(c.name) == "add") out << "; compadd -a sites";
      if (std::string(c.name) == "completions") out << " bash zsh fish";
      if (std::string(c.name) == "import") out << "; _files";
      out << ";;\n";
    }
    out << "  esac\n"
        << "}\n"
        << "compdef _journal journal\n";
  } else if (o.shell == "fish") {
    out << "# fish completion for journal; save as ~/.config/fish/completions/journal.fish\n"
        << "complete -c journal -f\n"
        << "complete -c journal -n __fish_use_subcommand -a '" << commands << "'\n";
    for (const char* g : {"dir", "config", "color", "quiet", "version", "help"})
      out << "complete -c journal -n __fish_use_subcommand -l " << g << "\n";
    for (const auto& c : kCommands) {
      for (const auto& opt : SplitWords(c.options)) {
        out << "complete -c journal -n '__fish_seen_subcommand_from " << c.name << "' -l " << opt.substr(2);
        if (opt == "--site") out << " -x -a '" << sites << "'";
        if (opt == "--did") out << " -x -a '" << actions << "'";
        if (opt == "--breathing") out << " -x -a 'shallow normal deep'";
        if (opt == "--format") out << " -x -a 'table csv json toml'";
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
  sub->callback([o, run] { *run = [o](Context& ctx) { return CmdCompletions(*o, ctx); }; });
}

}  // namespace pj
