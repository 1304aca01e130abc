#include "painjournal/config.h"

#include <sys/stat.h>
#include <toml++/toml.h>

#include <cerrno>
#include <cstring>

#include "painjournal/analysis_params.h"
#include "painjournal/store.h"
#include "painjournal/toml_safe.h"
#include "painjournal/util.h"
#include "painjournal/vocab_toml.h"

namespace pj {

bool ParseConfig(const std::string& text, const std::string& path, const std::string& home, Config* cfg,
                 std::string* err) {
  toml::table root;
  toml::source_position pos{};
  std::string msg;
  if (!ParseTomlSafely(text, &root, &pos, &msg, path)) {
    *err = path + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": " + msg;
    return false;
  }
  cfg->path = path;
  // Names first, then aliases, so an alias may name an added site.
  std::vector<VocabAlias> site_aliases, action_aliases;
  for (const auto& [key, node] : root) {
    std::string k(key.str());
    if (k == "dir") {
      if (!node.is_string() || node.as_string()->get().empty()) {
        *err = TomlWhere(path, node) + "dir must be a directory path as a string";
        return false;
      }
      std::string d = node.as_string()->get();
      if (d == "~" || d.rfind("~/", 0) == 0) d = home + d.substr(1);
      cfg->dir = d;
    } else if (k == "free_names") {
      if (!node.is_boolean()) {
        *err = TomlWhere(path, node) + "free_names must be true or false";
        return false;
      }
      cfg->vocab.free_names = node.as_boolean()->get();
    } else if (k == "sites") {
      std::vector<std::string> names;
      if (!ReadVocabNames(path, node, "sites", /*canonical=*/false, &names, err)) return false;
      for (const auto& n : names) cfg->vocab.AddSite(n);
    } else if (k == "actions") {
      std::vector<std::pair<std::string, ActionClass>> actions;
      if (!ReadVocabActions(path, node, /*canonical=*/false, &actions, err)) return false;
      for (const auto& [name, c] : actions) cfg->vocab.SetAction(name, c);
    } else if (k == "site_aliases") {
      if (!ReadVocabAliases(path, node, k, /*refuse_blank=*/false, &site_aliases, err)) return false;
    } else if (k == "action_aliases") {
      if (!ReadVocabAliases(path, node, k, /*refuse_blank=*/false, &action_aliases, err)) return false;
    } else if (k == "analysis") {
      const toml::table* t = node.as_table();
      if (!t) {
        *err = TomlWhere(path, node) + "analysis must be a table: [analysis]";
        return false;
      }
      for (const auto& [ak, av] : *t) {
        const std::string key(ak.str());
        const AnalysisParamSpec* spec = FindAnalysisParam(key);
        if (!spec) {
          *err = TomlWhere(path, av) + "unknown key 'analysis." + key + "'; accepted: " + AnalysisParamKeys();
          return false;
        }
        // The value as it would be typed after the option: a string as it
        // is, a number as written (`pain_threshold = 4` and `= "4"` alike).
        std::string value;
        if (auto s = av.as_string()) value = s->get();
        else if (auto i = av.as_integer()) value = std::to_string(i->get());
        else if (auto f = av.as_floating_point()) value = FormatNumber(f->get());
        else {
          *err = TomlWhere(path, av) + "analysis." + key + " must be a number or a string: " + spec->accepts;
          return false;
        }
        // Parsed now, so that a bad value stops every command, with its
        // position, not only `analyze` and `report` later without one.
        std::string why;  // "lag must be whole days ..., not 'x'"
        if (!SetAnalysisParam(&cfg->analysis, key, value, &why)) {
          *err = TomlWhere(path, av) + "analysis." + why;
          return false;
        }
      }
    } else {
      *err = TomlWhere(path, node) + "unknown key '" + k +
             "'; accepted: dir, free_names, sites, site_aliases, actions, action_aliases, analysis";
      return false;
    }
  }
  for (const auto& [alias, target, where] : site_aliases) {
    std::string canon, e2;
    if (!cfg->vocab.ResolveSite(target, false, &canon, &e2)) {
      *err = where + "site_aliases: '" + alias + "' names " + e2;
      return false;
    }
    cfg->vocab.AddSiteAlias(alias, canon);
  }
  for (const auto& [alias, target, where] : action_aliases) {
    std::string canon, e2;
    if (!cfg->vocab.ResolveAction(target, false, &canon, &e2)) {
      *err = where + "action_aliases: '" + alias + "' names " + e2;
      return false;
    }
    cfg->vocab.AddActionAlias(alias, canon);
  }
  return true;
}

bool LoadConfig(const std::string& path, bool must_exist, const std::string& home, Config* cfg, std::string* err) {
  // The config may be a symbolic link (dotfile managers make them); it must
  // lead to a regular file of at most kMaxConfigBytes, so that a link to
  // /dev/zero or a huge file cannot make us read without end.
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT && errno != ENOTDIR) {
      *err = "cannot read config file " + path + ": " + std::strerror(errno);
      return false;
    }
    if (!must_exist) return true;
    *err = "config file " + path + " does not exist";
    return false;
  }
  // `--config /dev/null` is the usual way to say "no config": read as empty.
  struct stat null_st;
  if (S_ISCHR(st.st_mode) && stat("/dev/null", &null_st) == 0 && st.st_rdev == null_st.st_rdev) return true;
  ReadLimits limits;
  limits.max_bytes = kMaxConfigBytes;
  limits.regular_only = true;
  limits.what = "config file";
  limits.fix = "a config is a few lines of TOML: point --config or $JOURNAL_CONFIG at the right file";
  std::string text;
  if (!ReadFileLimited(path, limits, &text, err)) return false;
  return ParseConfig(text, path, home, cfg, err);
}

}  // namespace pj
