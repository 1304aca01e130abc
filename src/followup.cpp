#include "painjournal/followup.h"

#include <algorithm>
#include <map>

namespace pj {

std::vector<int64_t> MovementTimes(const std::vector<Entry>& sorted, const Vocabulary& vocab) {
  std::vector<int64_t> out;
  for (const Entry& e : sorted)
    if (std::any_of(e.did.begin(), e.did.end(),
                    [&](const std::string& a) { return vocab.ClassOf(a) == ActionClass::kMovement; }))
      out.push_back(e.at.utc);
  std::sort(out.begin(), out.end());  // hand-edited files may be out of order
  return out;
}

bool FollowupPending(const Treatment& t, const std::vector<int64_t>& movement, const AnalysisParams& p,
                     const Time& now) {
  if (t.followup || t.at.utc > now.utc || t.at.utc + p.followup_window <= now.utc) return false;
  auto m = std::lower_bound(movement.begin(), movement.end(), t.at.utc);
  return m == movement.end() || *m > now.utc;
}

std::vector<OpenFollowup> OpenFollowups(const std::vector<Entry>& sorted, const std::vector<Treatment>& treatments,
                                        const Vocabulary& vocab, const AnalysisParams& p, const Time& now) {
  const std::vector<int64_t> movement = MovementTimes(sorted, vocab);
  std::vector<OpenFollowup> out;
  for (const Treatment& t : treatments) {
    if (!FollowupPending(t, movement, p, now)) continue;
    const Entry& e = sorted[t.entry];
    std::string action;
    for (const std::string& a : e.did)
      if (vocab.ClassOf(a) == ActionClass::kPassive) action += (action.empty() ? "" : ", ") + a;
    out.push_back(OpenFollowup{action, e.site, t.at, InLocalZone(t.at.utc + p.followup_window), t.sites, e.id});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const OpenFollowup& a, const OpenFollowup& b) { return a.due.utc < b.due.utc; });
  return out;
}

std::vector<OpenFollowup> OpenFollowups(const std::vector<Entry>& sorted, const Vocabulary& vocab,
                                        const AnalysisParams& p, const Time& now) {
  const int64_t last = sorted.empty() ? 0 : sorted.back().at.utc;
  const std::map<std::string, SiteTimeline> timelines = SegmentEpisodes(sorted, p, last);
  return OpenFollowups(sorted, FindTreatments(sorted, vocab, timelines, p), vocab, p, now);
}

int64_t FollowupEntriesSince(const AnalysisParams& p, const Time& now, bool for_attribution) {
  return now.utc - p.followup_window - (for_attribution ? p.episode_gap : 0) - 60;
}

std::string SuggestedMovement(const std::vector<Entry>& entries, const Vocabulary& vocab) {
  const std::vector<std::string> known = vocab.ActionsOfClass(ActionClass::kMovement);
  std::map<std::string, int> count;
  for (const Entry& e : entries)
    for (const std::string& a : e.did)
      if (vocab.ClassOf(a) == ActionClass::kMovement) ++count[a];
  auto rank = [&](const std::string& a) {
    return static_cast<size_t>(std::find(known.begin(), known.end(), a) - known.begin());
  };
  std::string best;
  int best_n = 0;
  for (const auto& [a, n] : count)  // by name: a tie keeps the first in the vocabulary, then the first by name
    if (n > best_n || (n == best_n && rank(a) < rank(best))) {
      best = a;
      best_n = n;
    }
  if (!best.empty()) return best;
  return known.empty() ? "" : known.front();
}

}  // namespace pj
