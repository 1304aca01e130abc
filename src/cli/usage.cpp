#include "usage.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>

#include "painjournal/analysis_params.h"
#include "painjournal/entry_fields.h"
#include "painjournal/util.h"

namespace pj {

namespace {

// The type CLI11 shows, without the descriptions of checks (`TEXT:{a,b}`).
std::string BaseType(const CLI::Option* o) {
  std::string t = o->get_type_name();
  return t.substr(0, t.find(':'));
}

// The value type of an option by its long name: add's (and amend's) field
// options from the field table, the analysis parameters from theirs.
std::string TypeByName(const std::string& name) {
  if (name == "at" || name == "since" || name == "until") return "WHEN";
  if (name == "week") return "WEEK";
  if (name == "dir") return "DIR";
  if (name == "config" || name == "output") return "FILE";
  if (name == "format") return "FORMAT";
  for (const Field& f : kFields) {
    if (f.option != name) continue;
    switch (f.kind) {
      case FieldKind::kInteger: return "INT";
      case FieldKind::kNumber: return "NUMBER";
      case FieldKind::kSite: return "SITE";
      case FieldKind::kActions: return "ACTION";
      case FieldKind::kTags: return "TAG";
      case FieldKind::kFactors: return "NAME=VALUE";
      case FieldKind::kWord: {
        std::string words;
        for (int i = 0; i < WordCount(f); ++i) words += (i ? "|" : "") + std::string(f.words[i]);
        return words;
      }
      default: return "";
    }
  }
  std::string key = name;
  for (char& c : key)
    if (c == '-') c = '_';
  if (const AnalysisParamSpec* spec = FindAnalysisParam(key)) return spec->type_name;
  return "";
}

// Whole numbers in base 10 only: CLI11 reads `-1` into a count as a huge
// number and `010` as octal.
CLI::Validator WholeNumber(bool negative_ok) {
  return CLI::Validator(
      [negative_ok](std::string& s) -> std::string {
        std::string t = Trim(s);
        size_t sign = !t.empty() && t[0] == '-' && negative_ok ? 1 : 0;
        bool ok = t.size() > sign;
        for (size_t i = sign; i < t.size(); ++i) ok = ok && std::isdigit(static_cast<unsigned char>(t[i]));
        if (!ok) return std::string("must be a whole number") + (negative_ok ? "" : " 0 or more") + ", not '" + s + "'";
        size_t z = sign;
        while (z + 1 < t.size() && t[z] == '0') ++z;
        s = t.substr(0, sign) + t.substr(z);
        return "";
      },
      "");
}

void NameTypes(CLI::App* app) {
  for (CLI::Option* o : app->get_options()) {
    if (o->get_lnames().empty() || o->get_type_size() == 0) continue;  // positionals, flags
    const std::string base = BaseType(o);
    if (base == "UINT" || base == "INT") {
      o->type_name("INT")->transform(WholeNumber(base == "INT"));
    } else if (base == "FLOAT") {
      o->type_name("NUMBER");
    } else if (std::string t = TypeByName(o->get_lnames()[0]); !t.empty()) {
      o->type_name(t);
    }
  }
  for (CLI::App* sub : app->get_subcommands([](CLI::App*) { return true; })) NameTypes(sub);
}

// `journal vocab add`: the command the parse had reached.
CLI::App* Reached(CLI::App& app, std::string* path) {
  CLI::App* cur = &app;
  *path = "journal";
  for (std::vector<CLI::App*> subs; !(subs = cur->get_subcommands()).empty();) {
    cur = subs.front();
    *path += " " + cur->get_name();
  }
  return cur;
}

// What follows `prefix` in CLI11's message, e.g. the arguments after
// "The following argument was not expected: ".
std::string After(const std::string& what, const std::string& sep) {
  size_t at = what.find(sep);
  return at == std::string::npos ? "" : what.substr(at + sep.size());
}

// The closest option name to `typed` on the command or the ones above it
// (global options work after the command), when close enough to be a typo.
std::string ClosestOption(CLI::App* cmd, const std::string& typed) {
  std::string best;
  size_t best_d = 0;
  for (CLI::App* a = cmd; a; a = a->get_parent()) {
    for (const CLI::Option* o : a->get_options()) {
      std::vector<std::string> names;
      for (const auto& l : o->get_lnames()) names.push_back("--" + l);
      for (const auto& n : names) {
        size_t d = EditDistance(typed, n);
        if (best.empty() || d < best_d) {
          best = n;
          best_d = d;
        }
      }
    }
  }
  return !best.empty() && best_d <= std::max<size_t>(2, typed.size() / 3) ? best : "";
}

const CLI::Option* FindOption(CLI::App* cmd, const std::string& name) {
  for (CLI::App* a = cmd; a; a = a->get_parent())
    for (const CLI::Option* o : a->get_options())
      if (o->check_name(name)) return o;
  return nullptr;
}

std::string Accepts(const std::string& type) {
  if (type == "INT") return "a whole number";
  if (type == "NUMBER") return "a number";
  return "a value of type " + type;
}

}  // namespace

void NameOptionTypes(CLI::App* app) { NameTypes(app); }

std::string UsageError(const CLI::ParseError& e, CLI::App& app) {
  std::string path;
  CLI::App* cmd = Reached(app, &path);
  const std::string what = e.what();
  const std::string help = " (see `" + path + " --help`)";
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    std::vector<std::string> extras = SplitWords(After(what, "expected: "));
    std::reverse(extras.begin(), extras.end());  // CLI11 lists them last first
    const std::string args = Join(extras, " ");
    const std::string first = extras.empty() ? "" : extras[0];
    if (first.size() > 1 && first[0] == '-' && !std::isdigit(static_cast<unsigned char>(first[1]))) {
      std::string name = first.substr(0, first.find('='));
      std::string close = name.size() > 3 ? ClosestOption(cmd, name) : "";  // `-x` is close to every short name
      return "unknown option '" + name + "' for `" + path + "`" +
             (close.empty() ? "" : "; did you mean '" + close + "'?") + help;
    }
    return "unexpected argument" + std::string(args.find(' ') != std::string::npos ? "s '" : " '") + args + "' for `" +
           path + "`" + help;
  }
  if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    std::string name = what.substr(0, what.find(" is required"));
    if (name == "A subcommand") return "a command is required (see `journal --help`)";
    const CLI::Option* o = FindOption(cmd, name);
    return "`" + path + "` needs " + name + (o ? ": " + Lower(o->get_description().substr(0, 1)) +
                                                 o->get_description().substr(1) : "") + help;
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) && what.find(" required ") != std::string::npos &&
      what.find(" missing") != std::string::npos) {  // `--stress` with no value
    std::string name = what.substr(0, what.find(':'));
    const CLI::Option* o = FindOption(cmd, name);
    return name + " needs a value" + (o ? " (" + BaseType(o) + ")" : "") + help;
  }
  if (dynamic_cast<const CLI::ConversionError*>(&e) && what.rfind("Could not convert: ", 0) == 0) {
    std::string rest = After(what, "Could not convert: ");
    std::string name = rest.substr(0, rest.find(" = ")), value = After(rest, " = ");
    const CLI::Option* o = FindOption(cmd, name);
    if (o && o->get_type_size() == 0) return name + " takes no value, not '" + value + "'";
    return name + " must be " + Accepts(o ? BaseType(o) : "") + ", not '" + value + "'";
  }
  if (dynamic_cast<const CLI::ValidationError*>(&e)) {
    std::string name = what.substr(0, what.find(": ")), msg = After(what, ": ");
    if (msg.rfind("must be ", 0) == 0) return name + " " + msg;  // WholeNumber's own words
    size_t in = msg.find(" not in {");
    if (in != std::string::npos && msg.back() == '}') {  // CLI::IsMember: `x not in {a,b}`
      std::string set = msg.substr(in + 9, msg.size() - in - 10);
      return name + " must be one of " + Join(SplitList(set), ", ") + ", not '" + msg.substr(0, in) + "'";
    }
    return what;
  }
  std::string out = what;
  if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out + help;
}

}  // namespace pj
