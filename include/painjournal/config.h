// The user's config file: where the journal lives and the names they add
// to the vocabulary. A missing file is fine; a broken one is an error that
// names file, line and column.
#pragma once

#include <optional>
#include <string>

#include "painjournal/analysis_params.h"
#include "painjournal/vocab.h"

namespace pj {

struct Config {
  std::string path;                // the file read, "" when none
  std::optional<std::string> dir;  // `dir`, with a leading ~/ expanded
  Vocabulary vocab = Vocabulary::BuiltIn();
  // [analysis], parsed when the file is read (a bad value is an error of
  // the config file, whatever the command); the defaults where unset.
  AnalysisParams analysis;
};

// Reads `path` into `cfg` (which starts as the built-in defaults). A missing
// file is fine unless `must_exist`. `home` expands `~/` in `dir`. A symbolic
// link is followed, but it must lead to a regular file of at most
// kMaxConfigBytes (store.h).
bool LoadConfig(const std::string& path, bool must_exist, const std::string& home, Config* cfg, std::string* err);
// Parses config text; `path` names it in errors.
bool ParseConfig(const std::string& text, const std::string& path, const std::string& home, Config* cfg,
                 std::string* err);

}  // namespace pj
