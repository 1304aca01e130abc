// The questions `journal add` asks on a terminal, walking the field table's
// `prompt` column: answers go through the same EntryBuilder as the options,
// TAB completes names, and a mistyped name comes back with the suggestion.
#pragma once

#include <string>

#include "context.h"
#include "line_editor.h"
#include "painjournal/entry.h"
#include "painjournal/entry_fields.h"

namespace pj {

// Asks for field `f` until the answer is valid or empty; a typo comes back
// with the suggestion filled in. The time goes to `at` (checked like --at).
// False at the end of the input (`err` says so).
bool Ask(Context& ctx, LineEditor& ed, const Field& f, EntryBuilder* b, std::string* at, std::string* err);

// Asks for every field that has a question, one by one (intensity only
// after a site).
bool Prompt(Context& ctx, LineEditor& ed, EntryBuilder* b, std::string* at, std::string* err);

}  // namespace pj
