// Reading the vocabulary's lists from TOML, for the two files that hold
// them: the config file and the journal's own vocab.toml. Errors begin
// with FILE:LINE:COL of the value at fault.
#pragma once

#include <toml++/toml.h>

#include <string>
#include <utility>
#include <vector>

#include "painjournal/vocab.h"

namespace pj {

// "FILE:LINE:COL: " of a node.
std::string TomlWhere(const std::string& path, const toml::node& n);

// A list of site or action names (`what` names the key in errors).
// `canonical`: the names are kept as CanonicalName (vocab.toml, which the
// program writes, holds them so), and the error says what that allows;
// otherwise they are kept as written (the config, where spaces are fine).
bool ReadVocabNames(const std::string& path, const toml::node& n, const std::string& what, bool canonical,
                    std::vector<std::string>* out, std::string* err);

// The [actions] table: a list of names per class (passive, movement,
// other), as (name, class) pairs in file order; `canonical` as above.
bool ReadVocabActions(const std::string& path, const toml::node& n, bool canonical,
                      std::vector<std::pair<std::string, ActionClass>>* out, std::string* err);

// An alias and its target, with the `FILE:LINE:COL: ` of the target.
struct VocabAlias {
  std::string alias;
  std::string target;
  std::string where;
};

// A table of "alias" = "name" (`what`: site_aliases or action_aliases).
// `refuse_blank`: an alias that is empty once case, spaces, '_' and '-'
// are ignored is an error.
bool ReadVocabAliases(const std::string& path, const toml::node& n, const std::string& what, bool refuse_blank,
                      std::vector<VocabAlias>* out, std::string* err);

}  // namespace pj
