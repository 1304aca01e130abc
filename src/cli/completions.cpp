// journal completions bash|zsh|fish: a small script for the shell that asks
// `journal completions --complete -- WORDS...` what to offer. The answer is
// worked out here from the CLI11 definitions of the commands (their options,
// OneOf lists, positionals), the field table, the vocabulary in force and the
// month files, so completion cannot drift from what the parser accepts.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdlib>

#include "choices.h"
#include "context.h"
#include "painjournal/entry_fields.h"
#include "painjournal/util.h"

namespace pj {

namespace {

// What `journal completions` was given.
struct CompletionsOptions {
  std::string shell;
  bool complete = false;
  std::vector<std::string> words;  // after `journal`, up to the word being completed
};

// What a value slot (an option's value or a positional) offers.
struct Slot {
  enum Kind { kNone, kWords, kSites, kActions, kMonths, kFiles, kDirs } kind = kNone;
  std::vector<std::string> words;  // kWords
  bool list = false;               // takes a comma list (neck,shoulder-left)
};

bool IsFlag(const CLI::Option* opt) { return opt->get_type_size_max() == 0; }

// "--site" -> "site", "SITE" -> "site".
std::string SlotName(const CLI::Option* opt) {
  if (!opt->get_lnames().empty()) return opt->get_lnames().front();
  std::string n = opt->get_name();
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
  return n;
}

Slot SlotOf(const CLI::App* /*sub*/, CLI::Option* opt) {
  Slot s;
  s.list = opt->get_items_expected_max() > 1;
  s.words = ChoicesOf(opt);
  if (!s.words.empty()) {
    s.kind = Slot::kWords;
    return s;
  }
  const std::string name = SlotName(opt);
  if (name == "month") s.kind = Slot::kMonths;
  else if (name == "dir") s.kind = Slot::kDirs;
  else if (name == "config" || name == "output" || name == "file") s.kind = Slot::kFiles;
  // The rest by the field the option sets (add) or filters on (list, analyze).
  for (const Field& f : kFields) {
    if (f.option != name && f.key != name) continue;
    if (f.kind == FieldKind::kSite) s.kind = Slot::kSites;
    if (f.kind == FieldKind::kActions) s.kind = Slot::kActions;
    if (f.kind == FieldKind::kWord) {
      s.kind = Slot::kWords;
      for (int i = 0; i < WordCount(f); ++i) s.words.emplace_back(f.words[i]);
    }
    if (f.kind == FieldKind::kInteger && f.max - f.min <= 10) {
      s.kind = Slot::kWords;
      for (int i = static_cast<int>(f.min); i <= static_cast<int>(f.max); ++i) s.words.push_back(std::to_string(i));
    }
  }
  return s;
}

// What the shell should do: offer `values`, or complete file or directory
// names itself.
struct Offer {
  std::string mode = "words";  // words | files | dirs
  std::vector<std::string> values;
};

// The global options (--dir, --config) typed before the word being
// completed: sites, actions and months come from that journal.
struct Typed {
  std::string dir, config;
};

std::vector<std::string> Names(const std::vector<Vocabulary::Name>& names) {
  std::vector<std::string> out;
  for (const auto& n : names) out.push_back(n.name);
  return out;
}

Offer Values(const Slot& s, const std::string& cur, const Typed& typed, Context& ctx) {
  Offer o;
  if (s.kind == Slot::kFiles) o.mode = "files";
  if (s.kind == Slot::kDirs) o.mode = "dirs";
  if (s.kind == Slot::kFiles || s.kind == Slot::kDirs || s.kind == Slot::kNone) return o;
  Config typed_config;
  std::string err;
  const Vocabulary* vocab = &ctx.config.vocab;
  const char* home = std::getenv("HOME");
  if (!typed.config.empty() && LoadConfig(typed.config, true, home ? home : "", &typed_config, &err))
    vocab = &typed_config.vocab;
  std::vector<std::string> all = s.words;
  if (s.kind == Slot::kSites) all = Names(vocab->Sites());
  if (s.kind == Slot::kActions) all = Names(vocab->Actions());
  if (s.kind == Slot::kMonths) {
    Journal journal = typed.dir.empty() ? ctx.journal : Journal(typed.dir);
    // Newest first: the month one edits is most often a recent one.
    std::vector<MonthFile> months = journal.MonthFiles();
    for (auto it = months.rbegin(); it != months.rend(); ++it)
      all.push_back(FormatDate(Date{it->year, it->month, 1}).substr(0, 7));
  }
  // A comma list completes its last item, after the ones already typed.
  std::string before, last = cur;
  std::vector<std::string> typed_items;
  if (s.list && cur.find(',') != std::string::npos) {
    before = cur.substr(0, cur.rfind(',') + 1);
    last = cur.substr(before.size());
    typed_items = SplitList(before);
  }
  for (const auto& v : all)
    if (v.compare(0, last.size(), last) == 0 &&
        std::find(typed_items.begin(), typed_items.end(), v) == typed_items.end())
      o.values.push_back(before + v);
  return o;
}

CLI::Option* FindOption(CLI::App* scope, const std::string& word) {
  for (CLI::Option* opt : scope->get_options())
    if (!opt->get_positional() && opt->check_name(word)) return opt;
  return nullptr;
}

// The options of the command and the global ones that start with `cur`.
// With nothing typed (after a command's positionals), only the command's
// own, without --help: what usually comes next, not every possibility.
Offer OptionNames(CLI::App& app, CLI::App* sub, const std::string& cur) {
  Offer o;
  auto add = [&](CLI::App* scope) {
    for (CLI::Option* opt : scope->get_options()) {
      if (opt->get_positional() || opt->get_group().empty()) continue;
      if (opt == scope->get_help_ptr() && cur.empty()) continue;
      for (const auto& l : opt->get_lnames())
        if (("--" + l).compare(0, cur.size(), cur) == 0 &&
            std::find(o.values.begin(), o.values.end(), "--" + l) == o.values.end())
          o.values.push_back("--" + l);
    }
  };
  if (sub) add(sub);
  if (!sub || !cur.empty()) add(&app);
  return o;
}

Offer Complete(CLI::App& app, const std::vector<std::string>& words, Context& ctx) {
  Offer none;
  if (words.empty()) return none;
  CLI::App* sub = nullptr;
  CLI::Option* pending = nullptr;  // an option whose value comes next
  Typed typed;
  size_t npos = 0;
  auto remember = [&](CLI::Option* opt, std::string value) {
    // The shell has not expanded a ~ in the words being completed.
    const char* home = std::getenv("HOME");
    if (value.compare(0, 2, "~/") == 0 && home) value = home + value.substr(1);
    if (opt->check_name("--dir")) typed.dir = value;
    if (opt->check_name("--config")) typed.config = value;
  };
  auto find = [&](const std::string& w) {
    CLI::Option* opt = sub ? FindOption(sub, w) : nullptr;
    return opt ? opt : FindOption(&app, w);
  };
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& w = words[i];
    if (pending) {
      if (w == "=") continue;  // bash splits --color=auto at '='
      remember(pending, w);
      pending = nullptr;
    } else if (w.size() > 1 && w[0] == '-') {
      const size_t eq = w.find('=');
      CLI::Option* opt = find(w.substr(0, eq));
      if (opt && eq != std::string::npos) remember(opt, w.substr(eq + 1));
      else if (opt && !IsFlag(opt)) pending = opt;
    } else if (!sub) {
      for (CLI::App* c : app.get_subcommands([](CLI::App*) { return true; }))
        if (c->get_name() == w) sub = c;
      if (!sub) return none;
    } else {
      ++npos;
    }
  }
  const std::string& cur = words.back();
  if (pending) return Values(SlotOf(sub, pending), cur, typed, ctx);
  if (!cur.empty() && cur[0] == '-') {
    const size_t eq = cur.find('=');
    if (eq == std::string::npos) return OptionNames(app, sub, cur);
    CLI::Option* opt = find(cur.substr(0, eq));
    if (!opt || IsFlag(opt)) return none;
    Offer o = Values(SlotOf(sub, opt), cur.substr(eq + 1), typed, ctx);
    for (auto& v : o.values) v = cur.substr(0, eq + 1) + v;
    return o;
  }
  if (!sub) {
    Offer o;
    for (const CLI::App* c : app.get_subcommands([](CLI::App*) { return true; }))
      if (c->get_name().compare(0, cur.size(), cur) == 0) o.values.push_back(c->get_name());
    if (cur.empty()) o.values.push_back("--help");
    return o;
  }
  std::vector<CLI::Option*> positionals = sub->get_options([](CLI::Option* o) { return o->get_positional(); });
  if (npos < positionals.size()) {
    Slot s = SlotOf(sub, positionals[npos]);
    if (s.kind != Slot::kNone) return Values(s, cur, typed, ctx);
  }
  return cur.empty() ? OptionNames(app, sub, cur) : none;
}

constexpr const char* kBash = R"(# bash completion for journal; source it, or put it in
# ~/.local/share/bash-completion/completions/journal
_journal() {
  local IFS=$'\n' cur=${COMP_WORDS[COMP_CWORD]} out
  out=($("${COMP_WORDS[0]/#\~/$HOME}" completions --complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)) || return
  case ${out[0]} in
    files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur"));;
    dirs) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur"));;
    *) COMPREPLY=("${out[@]:1}");;
  esac
}
complete -F _journal journal
)";

constexpr const char* kZsh = R"(#compdef journal
# zsh completion for journal; put it in a directory on $fpath as _journal,
# or source it after compinit
_journal() {
  local -a out
  out=("${(@f)$(${~words[1]} completions --complete -- "${(@)words[2,CURRENT]}" 2>/dev/null)}")
  case $out[1] in
    files) _files;;
    dirs) _files -/;;
    *) (( ${#out} > 1 )) && compadd -Q -- "${(@)out[2,-1]}";;
  esac
}
if [[ $funcstack[1] == _journal ]]; then _journal "$@"; else compdef _journal journal; fi
)";

constexpr const char* kFish = R"(# fish completion for journal; save as ~/.config/fish/completions/journal.fish
function __journal_complete
    set -l words (commandline -opc) (commandline -ct)
    set -l out ($words[1] completions --complete -- $words[2..-1] 2>/dev/null)
    switch "$out[1]"
        case files
            __fish_complete_path (commandline -ct)
        case dirs
            __fish_complete_directories (commandline -ct)
        case '*'
            printf '%s\n' $out[2..-1]
    end
end
complete -c journal -f -a '(__journal_complete)'
)";

int CmdCompletions(const CompletionsOptions& o, CLI::App& app, Context& ctx) {
  if (o.complete) {
    // The first word lands in SHELL.
    std::vector<std::string> words{o.shell};
    words.insert(words.end(), o.words.begin(), o.words.end());
    Offer offer = Complete(app, words, ctx);
    *ctx.out << offer.mode << "\n";
    for (const auto& v : offer.values) *ctx.out << v << "\n";
    return kExitOk;
  }
  if (o.shell.empty()) return Fail(ctx, kExitUsage, "name a shell: journal completions bash|zsh|fish");
  *ctx.out << (o.shell == "bash" ? kBash : o.shell == "zsh" ? kZsh : kFish);
  return kExitOk;
}

}  // namespace

void DefineCompletions(CLI::App& app, Runner* run) {
  auto o = std::make_shared<CompletionsOptions>();
  CLI::App* sub = app.add_subcommand("completions", "Print a completion script for bash, zsh or fish");
  CLI::Option* shell = sub->add_option("SHELL", o->shell, "bash, zsh or fish")->check(OneOf({"bash", "zsh", "fish"}));
  // What the scripts call: `journal completions --complete -- WORDS...`,
  // the words after `journal`, the last one being completed; prints
  // `words`, `files` or `dirs`, then the offers. The first word lands in
  // SHELL, whose check is turned off as --complete is read.
  sub->add_flag_callback("--complete", [o, shell] {
       o->complete = true;
       shell->get_validator("one of")->active(false);
     })
      ->trigger_on_parse()
      ->group("");
  sub->add_option("WORDS", o->words)->group("");
  sub->footer(
      "Example:\n  journal completions bash > ~/.local/share/bash-completion/completions/journal\n"
      "cmake --install and the Debian package install all three; zsh: _journal on $fpath;\n"
      "fish: ~/.config/fish/completions/journal.fish.");
  sub->callback([o, run, &app] { *run = [o, &app](Context& ctx) { return CmdCompletions(*o, app, ctx); }; });
}

}  // namespace pj
