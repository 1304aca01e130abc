// Reads the answers to `journal add`'s questions. On a terminal it edits
// the line with libedit (arrows, Ctrl-A/E/W, ~/.editrc), keeps a history
// per question and completes with TAB; otherwise it reads plain lines from
// the input stream, so answers piped in (tests, scripts) work the same.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "context.h"

namespace pj {

class LineEditor {
 public:
  // What TAB offers for an answer: `words`, and whether the answer is a
  // comma list (then TAB completes its last item).
  struct Completion {
    std::vector<std::string> words;
    bool list = false;
  };

  // libedit when stdin and stderr are terminals; `history_path` ("" for
  // none) is read now and written when the editor is destroyed.
  LineEditor(Context& ctx, std::string history_path);
  ~LineEditor();
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  // Shows `prompt` on stderr and reads one line, without its newline, into
  // `line`; `key` names the question's history; `initial` is put in the
  // line to edit (a suggestion; ignored without a terminal). False at the
  // end of the input.
  bool Read(const std::string& key, const std::string& prompt, const Completion& completion, std::string* line,
            const std::string& initial = "");
  // Keeps an accepted `answer` in the history of question `key` (only
  // answers that were taken, so no typo comes back with the up arrow).
  void Remember(const std::string& key, const std::string& answer);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// Where the answers' history is kept: $XDG_STATE_HOME/painjournal/history
// (default ~/.local/state/painjournal/history), file 0600 in a 0700
// directory; "" when neither variable is set.
std::string HistoryPath();

// The candidates in `words` for the word before the cursor in `before`
// (its last comma item when `list`), matched by prefix ignoring ASCII case.
// `word_len` gets the length of that word.
std::vector<std::string> CompletionMatches(const std::string& before, const LineEditor::Completion& c,
                                           size_t* word_len);

}  // namespace pj
