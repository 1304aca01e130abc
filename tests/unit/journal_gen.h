// A seeded generator of journals with planted effects, for testing that the
// analysis finds what is there and claims nothing that is not. It builds
// entries in memory: no disk.
#pragma once

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "painjournal/entry.h"
#include "painjournal/time.h"
#include "entry_access.h"

namespace pjtest {

struct GenOptions {
  int days = 365;
  // Recurrence within 14 days after a treated episode, without and with a
  // movement follow-up (logged the next morning).
  double recur_without = 0.5;
  double recur_with = 0.5;
  double followup_share = 0.5;
  bool treatments = true;
  // Daily chance of a new episode at each site on its own.
  double base_onset = 0.04;
  // Chance of a neck onset on the day after a day sat >= 8 h (planted
  // sitting -> neck effect); negative: no such effect.
  double neck_after_sitting = -1;
  // Chance of a neck onset on the day after a day with lower-back pain
  // (planted lower-back -> neck effect, SPEC 4 "pain elsewhere");
  // negative: no such effect.
  double neck_after_lower_back = -1;
  // When above 0: after a treatment, the next onset at the site comes an
  // exponentially distributed number of days later with this mean (without
  // and with follow-up), instead of the 14-day recurrence chances above.
  double relief_mean_without = 0;
  double relief_mean_with = 0;
};

// Days from 2025-01-01, local time +01:00 all year (offsets are not what
// these tests are about).
inline pj::Time At(int day, int hour, int minute = 0) {
  int64_t local = (pj::DaysFromCivil(2025, 1, 1) + day) * 86400 + hour * 3600 + minute * 60;
  return pj::Time{local - 3600, 60};
}

inline std::vector<pj::Entry> Generate(unsigned seed, const GenOptions& o) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> u(0, 1);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  std::vector<pj::Entry> out;
  int n = 0;
  auto entry = [&](const pj::Time& at) -> pj::Entry& {
    pj::Entry e;
    e.id = "G" + std::to_string(seed) + "-" + std::to_string(n++);
    e.at = at;
    out.push_back(e);
    return out.back();
  };
  const std::vector<std::string> sites = {"neck", "lower-back", "shoulder-right"};
  struct SiteState {
    int left = 0;            // days of the current episode still to come
    int next_onset = -1;     // a scheduled onset (a recurrence)
  };
  std::vector<SiteState> state(sites.size());
  double sat_yesterday = 0;
  bool back_pain_yesterday = false, back_pain_today = false;
  for (int day = 0; day < o.days; ++day) {
    back_pain_yesterday = back_pain_today;
    back_pain_today = false;
    // The day's load, logged in the evening.
    double sitting = pick(8, 22) / 2.0;  // 4 .. 11 h
    pj::Entry& c = entry(At(day, 20));
    pjtest::Set(c, "stress", pick(1, 9));
    pjtest::Set(c, "sitting_hours", sitting);
    pjtest::SetWord(c, "breathing", std::vector<std::string>{"shallow", "normal", "deep"}[static_cast<size_t>(pick(0, 2))]);
    for (size_t s = 0; s < sites.size(); ++s) {
      SiteState& st = state[s];
      if (st.left == 0) {
        double hazard = o.base_onset;
        if (sites[s] == "neck" && o.neck_after_sitting >= 0 && sat_yesterday >= 8) hazard = o.neck_after_sitting;
        if (sites[s] == "neck" && o.neck_after_lower_back >= 0 && back_pain_yesterday)
          hazard = o.neck_after_lower_back;
        bool onset = st.next_onset == day || (st.next_onset < day && u(rng) < hazard);
        if (!onset) continue;
        st.next_onset = -1;
        st.left = pick(1, 3);
      }
      // A pain entry each day of the episode.
      pj::Entry& p = entry(At(day, 9, static_cast<int>(s)));
      p.site = sites[s];
      p.set_intensity(pick(4, 7));
      if (sites[s] == "lower-back") back_pain_today = true;
      if (--st.left > 0) continue;
      // The last day: relief, passive or not, then the pain lets up.
      bool followup = false;
      if (o.treatments) {
        pj::Entry& t = entry(At(day, 18, static_cast<int>(s)));
        t.site = sites[s];
        t.did = {"massage"};
        followup = u(rng) < o.followup_share;
        if (followup) entry(At(day + 1, 7, static_cast<int>(s))).did = {"stretching"};
      }
      pj::Entry& r = entry(At(day + 1, 12, static_cast<int>(s)));
      r.site = sites[s];
      r.set_intensity(1);
      if (o.treatments && o.relief_mean_without > 0) {
        std::exponential_distribution<double> wait(1 / (followup ? o.relief_mean_with : o.relief_mean_without));
        st.next_onset = day + 1 + static_cast<int>(std::ceil(wait(rng)));
      } else if (o.treatments) {
        double chance = followup ? o.recur_with : o.recur_without;
        st.next_onset = u(rng) < chance ? day + pick(3, 13) : day + pick(18, 40);
      }
    }
    sat_yesterday = sitting;
  }
  return out;
}

}  // namespace pjtest
