// A journal's own words: the sites, actions (with their class) and aliases
// that `--new`, `journal vocab add` and `journal vocab alias` added. They
// live in vocab.toml in the journal directory, so that a journal copied or
// synced without the config still knows every name its entries use.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "painjournal/vocab.h"

namespace pj {

struct JournalWords {
  std::vector<std::string> sites;
  std::vector<std::pair<std::string, ActionClass>> actions;
  std::vector<std::pair<std::string, std::string>> site_aliases;    // alias, site
  std::vector<std::pair<std::string, std::string>> action_aliases;  // alias, action
  bool empty() const { return sites.empty() && actions.empty() && site_aliases.empty() && action_aliases.empty(); }
  bool HasSite(const std::string& name) const;
  // The class this journal gives `name`, if it is one of its actions.
  std::optional<ActionClass> ActionClassOf(const std::string& name) const;
};

std::string JournalVocabPath(const std::string& dir);

// Parses vocab.toml and adds its words to `vocab` (when given): a name the
// vocabulary knows already (built in, or from the config) keeps its class,
// and an alias must name a known site or action. Errors name path:line:col.
bool ParseJournalWords(std::string_view text, const std::string& path, JournalWords* words, Vocabulary* vocab,
                       std::string* err);
// The file as the program writes it: a comment header, then the keys.
std::string FormatJournalWords(const JournalWords& w);
// Reads DIR/vocab.toml into `words` and `vocab`; a missing file adds nothing.
bool LoadJournalWords(const std::string& dir, JournalWords* words, Vocabulary* vocab, std::string* err);

// Adds `add` to DIR/vocab.toml under its lock: read again (another command
// may have added a word meanwhile), merged (an action already there takes
// the new class; an alias already there is pointed at its new name) and
// written atomically, 0600. `before` gets the file's text before (nullopt
// when there was none), so that a caller whose next write fails can put
// it back with RestoreJournalWords: on an error nothing stays written.
bool AddJournalWords(const std::string& dir, const JournalWords& add, std::optional<std::string>* before,
                     std::string* err);
bool RestoreJournalWords(const std::string& dir, const std::optional<std::string>& before, std::string* err);

}  // namespace pj
