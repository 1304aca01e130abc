#include "painjournal/vocab_toml.h"

#include "painjournal/vocab.h"

namespace pj {

std::string TomlWhere(const std::string& path, const toml::node& n) {
  return path + ":" + std::to_string(n.source().begin.line) + ":" + std::to_string(n.source().begin.column) + ": ";
}

bool ReadVocabNames(const std::string& path, const toml::node& n, const std::string& what, bool canonical,
                    std::vector<std::string>* out, std::string* err) {
  const toml::array* arr = n.as_array();
  if (!arr) {
    *err = TomlWhere(path, n) + what + " must be a list of names, e.g. [\"jaw-left\"]";
    return false;
  }
  for (const auto& item : *arr) {
    if (!item.is_string() || !ValidName(CanonicalName(item.as_string()->get()))) {
      *err = TomlWhere(path, item) + what +
             (canonical ? " must hold names of letters, digits and '-'"
                        : " must hold names of letters, digits, spaces and '-'");
      return false;
    }
    const std::string& name = item.as_string()->get();
    out->push_back(canonical ? CanonicalName(name) : name);
  }
  return true;
}

bool ReadVocabActions(const std::string& path, const toml::node& n, bool canonical,
                      std::vector<std::pair<std::string, ActionClass>>* out, std::string* err) {
  const toml::table* t = n.as_table();
  if (!t) {
    *err = TomlWhere(path, n) + "actions must be a table: [actions] passive = [...], movement = [...], other = [...]";
    return false;
  }
  for (const auto& [ck, cv] : *t) {
    ActionClass c;
    if (!ParseActionClass(ck.str(), &c)) {
      *err = TomlWhere(path, cv) + "unknown action class '" + std::string(ck.str()) +
             "'; accepted: passive, movement, other";
      return false;
    }
    std::vector<std::string> names;
    if (!ReadVocabNames(path, cv, "actions." + std::string(ck.str()), canonical, &names, err)) return false;
    for (auto& name : names) out->emplace_back(std::move(name), c);
  }
  return true;
}

bool ReadVocabAliases(const std::string& path, const toml::node& n, const std::string& what, bool refuse_blank,
                      std::vector<VocabAlias>* out, std::string* err) {
  const toml::table* t = n.as_table();
  if (!t) {
    *err = TomlWhere(path, n) + what + " must be a table of \"alias\" = \"name\"";
    return false;
  }
  for (const auto& [k, v] : *t) {
    if (!v.is_string() || (refuse_blank && MatchKey(k.str()).empty())) {
      *err = TomlWhere(path, v) + what + ": the alias '" + std::string(k.str()) + "' must name " +
             (what == "site_aliases" ? "a site" : "an action") + " as a string";
      return false;
    }
    out->push_back(VocabAlias{std::string(k.str()), v.as_string()->get(), TomlWhere(path, v)});
  }
  return true;
}

}  // namespace pj
