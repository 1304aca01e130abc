#include "painjournal/report.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include <fmt/format.h>

namespace pj {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

int64_t DayNumber(const Date& d) { return DaysFromCivil(d.year, d.month, d.day); }

// The week's day index of an instant (0 = Monday), by its journal day (its
// local date in its own offset, shifted by day_start); -1 outside the week.
int DayIndex(const Time& t, int64_t monday, int day_start) {
  int64_t d = JournalDay(t, day_start) - monday;
  return d >= 0 && d < 7 ? static_cast<int>(d) : -1;
}

double Mean(const std::vector<double>& v) {
  if (v.empty()) return kNaN;
  double s = 0;
  for (double x : v) s += x;
  return s / static_cast<double>(v.size());
}

// The loads of the field table (entry_fields.h), in its order: a number
// is shown as the mean of its daily means (`KEY_mean`), a word as the days
// it was high (`WORD_days`).
const std::vector<LoadInfo>& Loads() {
  static const std::vector<LoadInfo> loads = [] {
    std::vector<LoadInfo> out;
    for (int slot : LoadSlots()) {
      const Field& f = ScalarField(slot);
      const LoadRule& l = f.load;
      const bool word = f.kind == FieldKind::kWord;
      out.push_back(LoadInfo{word ? std::string(l.high_word) + "_days" : std::string(f.key) + "_mean",
                             std::string(l.report_label), word, std::string(l.chart_heading),
                             l.series.empty() ? "" : "Daily mean " + std::string(l.series), std::string(l.series),
                             f.max, l.chart_bars});
    }
    return out;
  }();
  return loads;
}

// What one entry gives the report: its intensity and a value for each load
// (a word: 1 for its high word, else 0, as the analysis reads it).
struct EntryValues {
  std::optional<int> intensity;
  std::vector<std::optional<double>> load;
};

EntryValues ValuesOf(const Entry& e) {
  EntryValues v;
  v.intensity = e.intensity();
  for (int slot : LoadSlots()) {
    if (!e.Has(slot)) {
      v.load.emplace_back();
      continue;
    }
    const Field& f = ScalarField(slot);
    v.load.push_back(LoadValue(f, e.Get(slot)));
  }
  return v;
}

// A mean load is the mean of the days' means; a count, the days on which
// any entry had it (a day's value is then 1 or 0).
std::vector<LoadWeek> ComputeLoad(const std::vector<Entry>& sorted, int64_t monday, int day_start) {
  const size_t n_loads = LoadSlots().size();
  std::vector<std::array<std::vector<double>, 7>> values(n_loads);
  for (const Entry& e : sorted) {
    int i = DayIndex(e.at, monday, day_start);
    if (i < 0) continue;
    const EntryValues v = ValuesOf(e);
    for (size_t k = 0; k < n_loads; ++k)
      if (v.load[k]) values[k][static_cast<size_t>(i)].push_back(*v.load[k]);
  }
  std::vector<LoadWeek> out(n_loads);
  for (size_t k = 0; k < n_loads; ++k) {
    const bool count = Loads()[k].count_days;
    LoadWeek& l = out[k];
    std::vector<double> days;
    for (size_t i = 0; i < 7; ++i) {
      const std::vector<double>& day = values[k][i];
      l.daily[i] = day.empty() ? kNaN : count ? *std::max_element(day.begin(), day.end()) : Mean(day);
      if (!day.empty()) days.push_back(l.daily[i]);
    }
    l.days = static_cast<int>(days.size());
    if (count) {
      l.value = 0;
      for (double d : days) l.value += d;
    } else {
      l.value = Mean(days);
    }
  }
  return out;
}

// A mean as the formats show it: to one decimal, as fmt rounds (4.25 is
// 4.2), read back without the locale.
double ShownOneDecimal(double v) {
  const std::string s = fmt::format("{:.1f}", v);
  double out = v;
  std::from_chars(s.data(), s.data() + s.size(), out);
  return out;
}

// A load's figure as a comparison; a count over the week so far is not
// comparable with a whole week, nor are two weeks that never recorded it.
VsWeekBefore CompareLoad(const LoadInfo& info, const LoadWeek& now, const LoadWeek& before, bool current) {
  VsWeekBefore c{now.value, before.value, Direction::kNone};
  if (!info.count_days) c.change = CompareShown(now.value, before.value);
  else if (!current && now.days + before.days > 0) c.change = CompareShown(now.value, before.value);
  return c;
}

}  // namespace

Date WeekMonday(const Date& d) { return AddDays(d, -WeekdayOf(d)); }

std::string IsoWeekName(const Date& monday) {
  const Date thursday = AddDays(monday, 3);  // the week belongs to its Thursday's year
  const int64_t jan1 = DaysFromCivil(thursday.year, 1, 1);
  const int64_t week = (DayNumber(thursday) - jan1) / 7 + 1;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", thursday.year, static_cast<int>(week));
  return buf;
}

bool ParseIsoWeek(const std::string& s, Date* monday) {
  if (s.size() != 8 || s[4] != '-' || (s[5] != 'W' && s[5] != 'w')) return false;
  for (int i : {0, 1, 2, 3, 6, 7})
    if (!std::isdigit(static_cast<unsigned char>(s[static_cast<size_t>(i)]))) return false;
  const int year = std::stoi(s.substr(0, 4));
  const int week = std::stoi(s.substr(6, 2));
  if (year < 1 || week < 1) return false;
  // Week 1 is the week that holds 4 January.
  const Date first = WeekMonday(Date{year, 1, 4});
  const Date m = AddDays(first, 7 * (week - 1));
  std::string canonical = s;
  canonical[5] = 'W';
  if (IsoWeekName(m) != canonical) return false;  // week 53 of a 52-week year
  *monday = m;
  return true;
}

const std::vector<LoadInfo>& ReportLoads() { return Loads(); }

Direction CompareShown(double now, double before) {
  if (!std::isfinite(now) || !std::isfinite(before)) return Direction::kNone;
  const double a = ShownOneDecimal(now), b = ShownOneDecimal(before);
  return a > b ? Direction::kUp : a < b ? Direction::kDown : Direction::kSame;
}

const char* DirectionName(Direction d) {
  switch (d) {
    case Direction::kUp: return "up";
    case Direction::kDown: return "down";
    case Direction::kSame: return "same";
    case Direction::kNone: break;
  }
  return nullptr;
}

WeekView ViewWeek(const WeekReport& w) {
  WeekView v;
  for (const SiteWeek& s : w.sites)
    v.sites.push_back(SiteRow{s.site, s.episodes, s.pain_days,
                              VsWeekBefore{s.mean_intensity, s.prev_mean_intensity,
                                           CompareShown(s.mean_intensity, s.prev_mean_intensity)},
                              s.max_intensity, s.daily_max});
  bool before_recorded = false;
  for (size_t k = 0; k < Loads().size(); ++k) {
    // A report made by hand may leave its loads out: nothing recorded.
    const LoadInfo& info = Loads()[k];
    LoadWeek none;
    none.value = info.count_days ? 0 : kNaN;
    none.daily.fill(kNaN);
    const LoadWeek& now = k < w.load.size() ? w.load[k] : none;
    const LoadWeek& before = k < w.prev_load.size() ? w.prev_load[k] : none;
    v.loads.push_back(LoadRow{&info, CompareLoad(info, now, before, w.current), now.daily});
    before_recorded |= before.days > 0;
  }
  v.nothing_to_compare = w.entries == 0 && w.sites.empty() && !before_recorded;
  return v;
}

std::pair<int64_t, int64_t> ReportRange(const std::vector<Date>& mondays, const AnalysisParams& p) {
  int64_t first = DayNumber(mondays.front()), last = first;
  for (const Date& m : mondays) {
    first = std::min(first, DayNumber(m));
    last = std::max(last, DayNumber(m));
  }
  // A day of slack on each side covers entries' offsets.
  return {(first - 7 - 1) * 86400 - p.episode_gap, (last + 7 + 1) * 86400 + p.followup_window};
}

std::vector<WeekReport> ComputeWeeks(const std::vector<Entry>& sorted, const std::vector<Date>& mondays,
                                     const Vocabulary& vocab, const AnalysisParams& p, const Time& now) {
  const int64_t last_utc = sorted.empty() ? 0 : sorted.back().at.utc;
  std::map<std::string, SiteTimeline> timelines = SegmentEpisodes(sorted, p, last_utc);
  std::vector<Treatment> treatments = FindTreatments(sorted, vocab, timelines, p);
  const std::vector<int64_t> movement = MovementTimes(sorted, vocab);

  std::vector<WeekReport> out;
  for (const Date& monday_date : mondays) {
    const int64_t monday = DayNumber(monday_date);
    WeekReport w;
    w.start = monday_date;
    w.week = IsoWeekName(monday_date);
    const int64_t now_day = JournalDay(now, p.day_start_min);
    w.current = now_day >= monday && now_day < monday + 7;
    std::set<int> days;
    std::map<std::string, SiteWeek> sites;
    std::map<std::string, std::vector<double>> intensities, prev_intensities;
    std::map<std::string, std::set<int>> pain_days;
    std::map<std::string, int> actions;
    for (const Entry& e : sorted) {
      int i = DayIndex(e.at, monday, p.day_start_min);
      const std::optional<int> intensity = ValuesOf(e).intensity;
      if (i < 0) {
        if (DayIndex(e.at, monday - 7, p.day_start_min) >= 0 && e.site) {
          sites[*e.site].site = *e.site;  // shown this week too, even with nothing logged
          if (intensity) prev_intensities[*e.site].push_back(*intensity);
        }
        continue;
      }
      ++w.entries;
      days.insert(i);
      for (const std::string& a : e.did) {
        ++actions[a];
        ActionClass c = vocab.ClassOf(a);
        (c == ActionClass::kPassive ? w.passive_actions : c == ActionClass::kMovement ? w.movement_actions
                                                                                      : w.other_actions)++;
      }
      if (!e.site) continue;
      SiteWeek& s = sites[*e.site];
      s.site = *e.site;
      if (!intensity) continue;
      intensities[*e.site].push_back(*intensity);
      auto& dm = s.daily_max[static_cast<size_t>(i)];
      dm = std::max(dm.value_or(*intensity), *intensity);
      s.max_intensity = std::max(s.max_intensity.value_or(*intensity), *intensity);
      if (*intensity >= p.pain_threshold) pain_days[*e.site].insert(i);
    }
    w.days_logged = static_cast<int>(days.size());
    for (const auto& [site, tl] : timelines)
      for (const Episode& ep : tl.episodes) {
        if (DayIndex(ep.onset, monday, p.day_start_min) >= 0 && sites.count(site)) ++sites[site].episodes;
      }
    for (auto& [site, s] : sites) {
      s.pain_days = static_cast<int>(pain_days[site].size());
      s.mean_intensity = Mean(intensities[site]);
      s.prev_mean_intensity = Mean(prev_intensities[site]);
      w.sites.push_back(s);
    }
    w.load = ComputeLoad(sorted, monday, p.day_start_min);
    w.prev_load = ComputeLoad(sorted, monday - 7, p.day_start_min);
    for (const auto& a : actions) w.actions.push_back(a);
    std::stable_sort(w.actions.begin(), w.actions.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    // A treatment is followed up, pending (its window still open at "now",
    // no movement yet) or not followed up.
    for (const Treatment& t : treatments) {
      if (DayIndex(t.at, monday, p.day_start_min) < 0) continue;
      ++w.passive;
      w.with_followup += t.followup;
      w.pending += FollowupPending(t, movement, p, now);
    }
    // Follow-ups still open at "now": shown with the week that holds now,
    // whichever week the treatment was in.
    if (w.current) w.open = OpenFollowups(sorted, treatments, vocab, p, now);
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace pj
