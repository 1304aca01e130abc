#include "painjournal/journal_vocab.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <toml++/toml.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "painjournal/entry_toml.h"
#include "painjournal/lock.h"
#include "painjournal/vocab_toml.h"
#include "painjournal/store.h"
#include "painjournal/toml_safe.h"

namespace pj {

bool JournalWords::HasSite(const std::string& name) const {
  const std::string key = MatchKey(name);
  return std::any_of(sites.begin(), sites.end(), [&](const std::string& s) { return MatchKey(s) == key; });
}

std::optional<ActionClass> JournalWords::ActionClassOf(const std::string& name) const {
  const std::string key = MatchKey(name);
  for (const auto& [a, c] : actions)
    if (MatchKey(a) == key) return c;
  return std::nullopt;
}

std::string JournalVocabPath(const std::string& dir) { return dir + "/vocab.toml"; }

namespace {

// Adds the aliases to `vocab`: each must name a known word and must not
// be the own name of another.
bool ApplyAliases(const std::vector<VocabAlias>& aliases, bool sites, Vocabulary* vocab,
                  std::vector<std::pair<std::string, std::string>>* out, std::string* err) {
  const char* what = sites ? "site" : "action";
  for (const auto& a : aliases) {
    std::string target, taken;
    bool known = sites ? vocab->FindSite(a.target, &target) : vocab->FindAction(a.target, &target);
    if (!known) {
      *err = a.where + (sites ? vocab->UnknownSite(a.target) : vocab->UnknownAction(a.target)) +
             " (the alias '" + a.alias + "' must name a known " + what + ")";
      return false;
    }
    bool in_use = sites ? vocab->FindSite(a.alias, &taken) : vocab->FindAction(a.alias, &taken);
    if (in_use && MatchKey(taken) == MatchKey(a.alias) && taken != target) {
      *err = a.where + "'" + a.alias + "' is the name of the " + what + " '" + taken + "', not an alias";
      return false;
    }
    if (sites) vocab->AddSiteAlias(a.alias, target);
    else vocab->AddActionAlias(a.alias, target);
    out->emplace_back(a.alias, target);
  }
  return true;
}

}  // namespace

bool ParseJournalWords(std::string_view text, const std::string& path, JournalWords* words, Vocabulary* vocab,
                       std::string* err) {
  *words = JournalWords{};
  toml::table root;
  toml::source_position pos{};
  std::string msg;
  if (!ParseTomlSafely(text, &root, &pos, &msg, path)) {
    *err = path + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": " + msg;
    return false;
  }
  std::vector<VocabAlias> site_aliases, action_aliases;
  for (const auto& [key, node] : root) {
    const std::string k(key.str());
    if (k == "format") {
      if (!node.is_integer() || node.as_integer()->get() != 1) {
        *err = TomlWhere(path, node) + "format must be 1, the only vocab.toml format this version reads";
        return false;
      }
    } else if (k == "sites") {
      if (!ReadVocabNames(path, node, "sites", /*canonical=*/true, &words->sites, err)) return false;
    } else if (k == "actions") {
      if (!ReadVocabActions(path, node, /*canonical=*/true, &words->actions, err)) return false;
    } else if (k == "site_aliases") {
      if (!ReadVocabAliases(path, node, k, /*refuse_blank=*/true, &site_aliases, err)) return false;
    } else if (k == "action_aliases") {
      if (!ReadVocabAliases(path, node, k, /*refuse_blank=*/true, &action_aliases, err)) return false;
    } else {
      *err = TomlWhere(path, node) + "unknown key '" + k +
             "'; accepted: format, sites, actions, site_aliases, action_aliases";
      return false;
    }
  }
  Vocabulary scratch;  // checks the aliases when no vocabulary is given
  Vocabulary* v = vocab ? vocab : &scratch;
  if (!vocab) scratch = Vocabulary::BuiltIn();
  for (const auto& s : words->sites) v->AddSite(s);
  for (const auto& [name, c] : words->actions) {
    std::string known;
    if (!v->FindAction(name, &known)) v->SetAction(name, c);  // a known one keeps its class
  }
  if (!vocab) {
    // Without the config its aliases may name words the file does not
    // know: keep them as written.
    for (const auto& a : site_aliases) words->site_aliases.emplace_back(a.alias, CanonicalName(a.target));
    for (const auto& a : action_aliases) words->action_aliases.emplace_back(a.alias, CanonicalName(a.target));
    return true;
  }
  return ApplyAliases(site_aliases, true, v, &words->site_aliases, err) &&
         ApplyAliases(action_aliases, false, v, &words->action_aliases, err);
}

namespace {

std::string NameList(const std::vector<std::string>& names) {
  std::string out = "[";
  for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + TomlString(names[i]);
  return out + "]";
}

}  // namespace

std::string FormatJournalWords(const JournalWords& w) {
  std::string out =
      "# painjournal: the names this journal added to the vocabulary (built-in\n"
      "# and config names are not repeated here). Plain TOML, written by\n"
      "# `journal add --new`, `journal import --new` and `journal vocab add|alias`.\n"
      "format = 1\n";
  if (!w.sites.empty()) out += "sites = " + NameList(w.sites) + "\n";
  if (!w.actions.empty()) {
    out += "\n[actions]\n";
    for (ActionClass c : {ActionClass::kPassive, ActionClass::kMovement, ActionClass::kOther}) {
      std::vector<std::string> names;
      for (const auto& [n, nc] : w.actions)
        if (nc == c) names.push_back(n);
      if (!names.empty()) out += std::string(ActionClassName(c)) + " = " + NameList(names) + "\n";
    }
  }
  auto aliases = [&](const char* table, const std::vector<std::pair<std::string, std::string>>& list) {
    if (list.empty()) return;
    out += std::string("\n[") + table + "]\n";
    for (const auto& [alias, name] : list) out += TomlString(alias) + " = " + TomlString(name) + "\n";
  };
  aliases("site_aliases", w.site_aliases);
  aliases("action_aliases", w.action_aliases);
  return out;
}

bool LoadJournalWords(const std::string& dir, JournalWords* words, Vocabulary* vocab, std::string* err) {
  *words = JournalWords{};
  const std::string path = JournalVocabPath(dir);
  struct stat st;
  if (lstat(path.c_str(), &st) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) return true;
    *err = "cannot read " + path + ": " + std::strerror(errno);
    return false;
  }
  std::string text;
  if (!ReadJournalFile(path, &text, err)) return false;
  return ParseJournalWords(text, path, words, vocab, err);
}

namespace {

template <typename T, typename Key>
void Upsert(std::vector<T>* list, const T& item, Key key) {
  for (auto& old : *list)
    if (MatchKey(key(old)) == MatchKey(key(item))) {
      old = item;
      return;
    }
  list->push_back(item);
}

}  // namespace

bool AddJournalWords(const std::string& dir, const JournalWords& add, std::optional<std::string>* before,
                     std::string* err) {
  before->reset();
  if (add.empty()) return true;
  if (!EnsureDir(dir, err)) return false;
  const std::string path = JournalVocabPath(dir);
  struct stat st;
  const bool existed = lstat(path.c_str(), &st) == 0;
  LockedFile file;  // two commands adding words at once: both words stay
  if (!file.Open(path, O_RDWR | O_CREAT, 10000, err)) return false;
  std::string text;
  if (!ReadJournalFile(path, &text, err)) return false;
  if (existed || !text.empty()) *before = text;
  JournalWords words;
  if (!ParseJournalWords(text, path, &words, nullptr, err)) return false;
  for (const auto& s : add.sites) Upsert(&words.sites, s, [](const std::string& n) { return n; });
  for (const auto& a : add.actions) Upsert(&words.actions, a, [](const auto& p) { return p.first; });
  for (const auto& a : add.site_aliases) Upsert(&words.site_aliases, a, [](const auto& p) { return p.first; });
  for (const auto& a : add.action_aliases) Upsert(&words.action_aliases, a, [](const auto& p) { return p.first; });
  if (!WriteFileAtomic(path, FormatJournalWords(words), err)) {
    if (!existed) unlink(path.c_str());
    return false;
  }
  return true;
}

bool RestoreJournalWords(const std::string& dir, const std::optional<std::string>& before, std::string* err) {
  const std::string path = JournalVocabPath(dir);
  LockedFile file;
  if (!file.Open(path, O_RDWR, 10000, err)) return false;
  if (!before) {
    if (unlink(path.c_str()) != 0) {
      *err = "cannot remove " + path + ": " + std::strerror(errno);
      return false;
    }
    return true;
  }
  return WriteFileAtomic(path, *before, err);
}

}  // namespace pj
