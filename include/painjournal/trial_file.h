// The plan file of a trial, `trials/NAME.toml` (SPEC section 6): written
// once by `journal trial start`, then only to record `stopped`. It carries a
// checksum of the plan, so that a hand edit of the sequence, the dates or
// the seed (which would undo the randomisation) is reported by `check`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "painjournal/month_reader.h"
#include "painjournal/trial.h"

namespace pj {

// "fnv1a64:" and 16 hex digits over the plan's recorded fields (all but
// `stopped`), in a fixed order.
std::string TrialChecksum(const TrialPlan& plan);

// The file's text: a comment header, the keys of SPEC section 6 in order,
// `checksum`, and `stopped` when set.
std::string FormatTrialPlan(const TrialPlan& plan);

// Reads a plan. False, with problems naming `path`, line and column, when
// the file is not TOML or a key is missing or of the wrong type. Problems
// that still leave a readable plan (a checksum that does not match, a
// sequence that its seed would not give, a design out of range) are
// appended as well, and the plan is returned: the caller decides.
bool ParseTrialPlan(std::string_view text, const std::string& path, TrialPlan* out, std::vector<Problem>* problems);

}  // namespace pj
