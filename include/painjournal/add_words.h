// The words after `journal add` as people type them: `lower back 4`,
// `neck 6 massage`. CLI11 sees only a list of words; this decides which
// of them are the site, the intensity and what was done, using the
// vocabulary, and says exactly how to write it when it cannot tell.
#pragma once

#include <string>
#include <vector>

#include "painjournal/vocab.h"

namespace pj {

// The parts, as typed (names are resolved later, with the options).
struct AddWords {
  std::string site;              // words joined by a space; "" for none
  std::string intensity;         // "" for none
  std::vector<std::string> did;  // one item per action (a run of words for `tui na`)
};

// Reads `words` (the positional arguments of add). `site_option`: --site was
// given, so the words hold no site. `allow_new`: --new, so unknown words may
// be new names. SITE [INTENSITY [ACTION...]], where SITE may be several
// words (`lower back`); with no number, a known site followed by known
// actions (`neck massage`). Fails with a one-line message that shows how
// to write what was meant.
bool ReadAddWords(const std::vector<std::string>& words, const Vocabulary& vocab, bool site_option, bool allow_new,
                  AddWords* out, std::string* err);

}  // namespace pj
