// Passive relief still waiting for its movement follow-up, seen from "now"
// (SPEC section 4's follow-up and `followup_window`). One pure function
// that the weekly report, `journal due` and add's nudge share, so that the
// three cannot disagree on what is due.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "painjournal/analysis.h"
#include "painjournal/entry.h"
#include "painjournal/time.h"
#include "painjournal/vocab.h"

namespace pj {

// One treatment (an entry with a passive action) whose follow-up window is
// open at "now" with no movement logged in it yet.
struct OpenFollowup {
  std::string action;               // its passive actions: "massage, heat"
  std::optional<std::string> site;  // the entry's own site, if it has one
  Time at;
  Time due;  // at + followup_window, in the local zone
  std::vector<std::string> sites;  // the sites it was for (SPEC "Treatment"); empty: unattributed
  std::string id;                  // the entry's id
};

// UTC seconds of the entries (sorted by time) that have a movement action.
std::vector<int64_t> MovementTimes(const std::vector<Entry>& sorted, const Vocabulary& vocab);

// Whether a treatment is still waiting at `now`: it has no follow-up, it
// happened at or before now and less than followup_window before it, and
// no movement (`movement`, from MovementTimes) lies between it and now.
bool FollowupPending(const Treatment& t, const std::vector<int64_t>& movement, const AnalysisParams& p,
                     const Time& now);

// Every treatment still waiting at `now`, soonest due first (then by
// time, then as found). `treatments` as FindTreatments gives them for
// `sorted`.
std::vector<OpenFollowup> OpenFollowups(const std::vector<Entry>& sorted, const std::vector<Treatment>& treatments,
                                        const Vocabulary& vocab, const AnalysisParams& p, const Time& now);
// The same from the entries alone (sorted by time): episodes segmented
// and treatments found here. The entries must reach back the episode gap
// before the oldest window that can be open (now - followup_window), so
// that a relief without a site finds the episodes it was for.
std::vector<OpenFollowup> OpenFollowups(const std::vector<Entry>& sorted, const Vocabulary& vocab,
                                        const AnalysisParams& p, const Time& now);

// The instant from which OpenFollowups needs entries: now - followup_window
// (with `for_attribution`, the episode gap before that too), less a
// minute of slack.
int64_t FollowupEntriesSince(const AnalysisParams& p, const Time& now, bool for_attribution);

// The movement action to suggest: the one logged most often in `entries`
// (ties: the one first in the vocabulary, then by name), else the first
// movement action of the vocabulary; "" when the vocabulary has none.
std::string SuggestedMovement(const std::vector<Entry>& entries, const Vocabulary& vocab);

}  // namespace pj
