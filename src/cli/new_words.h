// The names an `add --new` or `import --new` brings in: found in the
// entries, recorded in the journal's vocab.toml before the entries are
// written (and taken back if that write fails), and said to the user.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "context.h"
#include "painjournal/journal_vocab.h"

namespace pj {

// The `--class` option of add and import: the class of new actions.
struct NewClassOption {
  std::string text;  // as typed; "" when not given
  ActionClass cls = ActionClass::kOther;
  bool Parse(std::string* err);
};

// The names in `entries` that `vocab` does not know, as words to record;
// new actions get class `cls`. Two spellings of one new name
// ("kinesio tape", "KinesioTape") become the first one, in the entries too.
JournalWords NewWords(const Vocabulary& vocab, ActionClass cls, std::vector<Entry>* entries);

// Records `w` in vocab.toml (see AddJournalWords); `before` lets
// UndoNewWords take them back when the entries cannot be written.
bool RecordNewWords(Context& ctx, const JournalWords& w, std::optional<std::string>* before, std::string* err);
void UndoNewWords(Context& ctx, const JournalWords& w, const std::optional<std::string>& before);

// "New site 'x' is now in this journal's vocabulary (vocab.toml)." and for
// an action its class and how to change it. `would`: a dry run's wording.
void SayNewWords(Context& ctx, const JournalWords& w, bool would = false);

}  // namespace pj
