// Taking entries out of a month file's text, or putting a new version in
// their place, while every other byte stays as it was: comments, the hand
// formatting of the other entries, and whatever was appended since the
// command read the file. The pure half of undo, delete and amend; the files
// and locks are Journal::Rewrite's (store.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "painjournal/entry.h"

namespace pj {

// One entry to change in a month file's text.
struct EntryEdit {
  Entry old;                         // as the command read it: in the text once, unchanged
  std::optional<Entry> replacement;  // written in its place, as `add` writes; none: removed
};

// What EditMonthText makes: the text to write, and the old entries for the
// side file.
struct MonthEditResult {
  std::string text;                    // the new text of the month file
  std::vector<std::string> old_texts;  // each edited entry as it stood, parallel to the edits
};

// Makes `edits` in `text` (the month file `file`, named in errors) and
// appends `appended` (an amend that moved an entry here from another month)
// at its end. An entry's text runs from its [[entry]] header to its last
// line (month_layout.h: EntrySpan::end); a removed entry takes the blank
// line before it along, which is how `add` wrote it. The result is parsed
// again and must hold exactly the entries expected, or nothing is made: a
// layout the journal cannot take apart safely is refused, not guessed at.
// Errors say what was found: an id no longer there or changed (another
// program changed the file meanwhile), an id twice in the file.
bool EditMonthText(std::string_view text, const std::string& file, const std::vector<EntryEdit>& edits,
                   const std::vector<Entry>& appended, MonthEditResult* out, std::string* err);

// What is appended to `YYYY-MM.toml.removed` for one old entry: a blank
// line, `# NOTE`, then the entry's text unchanged, between the seals of
// month_layout.h (added if a hand-written entry lacks them), so that the
// side file is TOML made of self-delimiting [[entry]] tables like a month.
std::string RemovedBlock(std::string_view old_text, const std::string& note);
// The comment that begins a new `.removed` file of the month `month_name`
// ("2026-11").
std::string RemovedFileHeader(const std::string& month_name);

}  // namespace pj
