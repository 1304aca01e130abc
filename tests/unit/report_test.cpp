// The weekly report's computation on hand-made weeks, and ISO weeks.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <map>
#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "painjournal/csv.h"
#include "painjournal/entry_json.h"
#include "painjournal/report.h"
#include "painjournal/report_render.h"
#include "painjournal/util.h"
#include "test_util.h"
#include "entry_access.h"

using namespace pj;

namespace {

Time T(const std::string& s) { return pjtest::At(s); }

int n_ids = 0;

Entry E(const std::string& at) {
  Entry e;
  e.id = "R" + std::to_string(++n_ids);
  e.at = T(at);
  return e;
}

Entry Pain(const std::string& at, const std::string& site, int intensity) {
  Entry e = E(at);
  e.site = site;
  e.set_intensity(intensity);
  return e;
}

// A week's figure for the load with this JSON/CSV key.
double Load(const std::vector<LoadWeek>& loads, const std::string& key) {
  for (size_t k = 0; k < ReportLoads().size() && k < loads.size(); ++k)
    if (ReportLoads()[k].key == key) return loads[k].value;
  FAIL("no load " << key);
  return 0;
}

}  // namespace

TEST_CASE("report: ISO weeks") {
  // 2026-11-21 is a Saturday in week 47 (Monday 16 November).
  CHECK(WeekMonday(Date{2026, 11, 21}) == Date{2026, 11, 16});
  CHECK(IsoWeekName(Date{2026, 11, 16}) == "2026-W47");
  Date m;
  REQUIRE(ParseIsoWeek("2026-W47", &m));
  CHECK(m == Date{2026, 11, 16});
  // Year edges: 2026-12-28 starts week 53 of 2026 (2026 has 53 weeks: it
  // begins on a Thursday); 2027-W01 starts 2027-01-04. 2024-12-30 belongs
  // to 2025-W01.
  REQUIRE(ParseIsoWeek("2026-W53", &m));
  CHECK(m == Date{2026, 12, 28});
  REQUIRE(ParseIsoWeek("2027-W01", &m));
  CHECK(m == Date{2027, 1, 4});
  CHECK(IsoWeekName(Date{2024, 12, 30}) == "2025-W01");
  CHECK(IsoWeekName(WeekMonday(Date{2021, 1, 3})) == "2020-W53");
  CHECK_FALSE(ParseIsoWeek("2025-W53", &m));  // 2025 has 52 weeks
  CHECK_FALSE(ParseIsoWeek("2026-W00", &m));
  CHECK_FALSE(ParseIsoWeek("2026W47", &m));
  CHECK(ParseIsoWeek("2026-w47", &m));
}

TEST_CASE("report: sparkline") {
  std::array<std::optional<int>, 7> days = {0, 10, std::nullopt, 5, 3, std::nullopt, 7};
  // 0-10 onto 8 levels: round(v * 7 / 10): 0->0, 10->7, 5->4 (3.5 rounds up), 3->2, 7->5.
  CHECK(Sparkline(days) == "▁█ ▅▃ ▆");
}

TEST_CASE("report: one week's numbers") {
  // Week 2026-W47: Mon 16 .. Sun 22 November, +01:00.
  std::vector<Entry> es;
  // The week before: neck 4 and 2 (mean 3), stress 8.
  es.push_back(Pain("2026-11-10T09:00:00+01:00", "neck", 4));
  es.push_back(Pain("2026-11-11T09:00:00+01:00", "neck", 2));
  Entry before = E("2026-11-12T20:00:00+01:00");
  pjtest::Set(before, "stress", 8);
  es.push_back(before);
  // This week: neck 6 on Mon (onset: the 11th's 2 was relief), 7 Tue, 1 Thu
  // (relief), 5 Sat (a new onset after the relief).
  es.push_back(Pain("2026-11-16T09:00:00+01:00", "neck", 6));
  es.push_back(Pain("2026-11-17T09:00:00+01:00", "neck", 7));
  es.push_back(Pain("2026-11-17T21:00:00+01:00", "neck", 3));
  es.push_back(Pain("2026-11-19T09:00:00+01:00", "neck", 1));
  es.push_back(Pain("2026-11-21T09:00:00+01:00", "neck", 5));
  Entry massage = E("2026-11-17T13:10:00+01:00");
  massage.did = {"massage"};
  es.push_back(massage);
  Entry heat = E("2026-11-21T08:00:00+01:00");
  heat.did = {"heat"};
  heat.site = "neck";
  es.push_back(heat);
  Entry walk = E("2026-11-18T08:00:00+01:00");
  walk.did = {"walk", "stretching"};
  es.push_back(walk);
  for (int d : {16, 17}) {
    Entry c = E("2026-11-" + std::to_string(d) + "T20:00:00+01:00");
    pjtest::Set(c, "stress", d == 16 ? 4 : 6);
    pjtest::Set(c, "sitting_hours", 9);
    pjtest::SetWord(c, "breathing", d == 16 ? "shallow" : "normal");
    es.push_back(c);
  }
  Entry c2 = E("2026-11-16T22:00:00+01:00");
  pjtest::Set(c2, "stress", 8);  // Monday's stress: mean of 4 and 8 = 6; the week's mean of days (6 + 6) / 2 = 6
  es.push_back(c2);
  std::stable_sort(es.begin(), es.end(), EntryBefore);
  const Time now = T("2026-11-21T10:00:00+01:00");
  std::vector<WeekReport> ws = ComputeWeeks(es, {Date{2026, 11, 16}}, Vocabulary::BuiltIn(), AnalysisParams{}, now);
  REQUIRE(ws.size() == 1);
  const WeekReport& w = ws[0];
  CHECK(w.week == "2026-W47");
  CHECK(w.current);
  CHECK(w.entries == 11);
  CHECK(w.days_logged == 5);  // Mon, Tue, Wed, Thu, Sat
  REQUIRE(w.sites.size() == 1);
  const SiteWeek& neck = w.sites[0];
  CHECK(neck.episodes == 2);   // Monday's and Saturday's onsets
  CHECK(neck.pain_days == 3);  // Mon, Tue, Sat (Thursday's 1 is relief)
  CHECK(neck.mean_intensity == doctest::Approx((6 + 7 + 3 + 1 + 5) / 5.0));
  CHECK(neck.max_intensity == 7);
  CHECK(neck.daily_max[0] == 6);
  CHECK(neck.daily_max[1] == 7);
  CHECK_FALSE(neck.daily_max[2].has_value());
  CHECK(neck.daily_max[3] == 1);
  CHECK(neck.daily_max[5] == 5);
  CHECK(neck.prev_mean_intensity == doctest::Approx(3.0));
  CHECK(Load(w.load, "stress_mean") == doctest::Approx(6.0));
  CHECK(Load(w.load, "sitting_hours_mean") == doctest::Approx(9.0));
  CHECK(Load(w.load, "shallow_days") == 1);
  CHECK(Load(w.prev_load, "stress_mean") == doctest::Approx(8.0));
  // Actions: massage, heat, walk, stretching once each; classes.
  CHECK(w.actions.size() == 4);
  CHECK(w.passive_actions == 2);
  CHECK(w.movement_actions == 2);
  CHECK(w.passive == 2);
  CHECK(w.with_followup == 1);  // the massage: walk 19 h later; the heat: none yet
  // At Saturday 10:00 the heat (08:00) is still open, due Monday 08:00.
  REQUIRE(w.open.size() == 1);
  CHECK(w.open[0].action == "heat");
  CHECK(w.open[0].due.utc == T("2026-11-23T08:00:00+01:00").utc);
  // Due times are shown in the process zone: Berlin here, as for a user.
  const char* old_tz = std::getenv("TZ");
  std::string saved = old_tz ? old_tz : "";
  setenv("TZ", "Europe/Berlin", 1);
  tzset();
  std::string text = ReportText(
      ComputeWeeks(es, {Date{2026, 11, 16}}, Vocabulary::BuiltIn(), AnalysisParams{}, now), AnalysisParams{});
  if (old_tz) setenv("TZ", saved.c_str(), 1);
  else unsetenv("TZ");
  tzset();
  CHECK(text.find("Follow-ups still open:\n  heat (neck) Sat 08:00: no movement logged yet, due by Mon 08:00") !=
        std::string::npos);
  // Adherence counts decided treatments only: the massage was followed up,
  // the heat is still open.
  CHECK(w.pending == 1);
  CHECK(text.find("Passive relief followed by movement within 48 h: 1 of 1 (100%); 1 still open.") != std::string::npos);
  // 6, 7, -, 1, -, 5, -: round(v * 7 / 10) = 4, 5, 1, 4 -> ▅▆ ▂ ▅ (blank days are spaces).
  CHECK(text.find("  neck             ▅▆ ▂ ▅ ") != std::string::npos);
  // Last week's report (not current) lists nothing open.
  std::vector<WeekReport> last = ComputeWeeks(es, {Date{2026, 11, 9}}, Vocabulary::BuiltIn(), AnalysisParams{}, now);
  CHECK(last[0].open.empty());
  CHECK_FALSE(last[0].current);
}

TEST_CASE("report: an empty week") {
  std::vector<WeekReport> ws =
      ComputeWeeks({}, {Date{2026, 7, 20}}, Vocabulary::BuiltIn(), AnalysisParams{}, T("2026-11-21T10:00:00+01:00"));
  REQUIRE(ws.size() == 1);
  CHECK(ws[0].entries == 0);
  CHECK(ws[0].sites.empty());
  CHECK(std::isnan(Load(ws[0].load, "stress_mean")));
  CHECK(ReportText(ws, AnalysisParams{}).find("Nothing logged this week.") != std::string::npos);
  CHECK(ReportJson(ws).find("\"stress_mean\": null") != std::string::npos);
  // A week with no site still has its row (its load would be lost).
  CHECK(ReportCsv(ws) ==
        "week,start,site,episodes,pain_days,mean_intensity,max_intensity,prev_mean_intensity,"
        "mon,tue,wed,thu,fri,sat,sun,stress_mean,sitting_hours_mean,shallow_days,"
        "mean_intensity_change,prev_stress_mean,stress_mean_change,prev_sitting_hours_mean,"
        "sitting_hours_mean_change,prev_shallow_days,shallow_days_change\n"
        "2026-W30,2026-07-20,,0,0,,,,,,,,,,,,,0,,,,,,0,\n");
  CHECK(ReportJson(ws).find("\"findings\": null") != std::string::npos);  // not computed
}

TEST_CASE("report: day_start decides the day and the week") {
  // Monday 2026-11-23 00:30 with day_start 04:00 belongs to Sunday the 22nd:
  // week 47, not 48.
  std::vector<Entry> es = {Pain("2026-11-23T00:30:00+01:00", "neck", 5)};
  AnalysisParams p;
  p.day_start_min = 240;
  const Time now = T("2026-11-24T10:00:00+01:00");
  auto w47 = ComputeWeeks(es, {Date{2026, 11, 16}}, Vocabulary::BuiltIn(), p, now);
  CHECK(w47[0].entries == 1);
  CHECK(w47[0].sites[0].daily_max[6] == 5);
  auto w48 = ComputeWeeks(es, {Date{2026, 11, 23}}, Vocabulary::BuiltIn(), AnalysisParams{}, now);
  CHECK(w48[0].entries == 1);  // from midnight it is Monday
  CHECK(w48[0].sites[0].daily_max[0] == 5);
}

TEST_CASE("report: a site that went quiet still shows, and arrows follow the numbers shown") {
  // neck in W46 only: W47 lists it with nothing this week.
  std::vector<Entry> es = {Pain("2026-11-10T09:00:00+01:00", "neck", 5), Pain("2026-11-17T09:00:00+01:00", "jaw", 4)};
  auto ws = ComputeWeeks(es, {Date{2026, 11, 16}}, Vocabulary::BuiltIn(), AnalysisParams{},
                         T("2026-11-24T10:00:00+01:00"));
  REQUIRE(ws[0].sites.size() == 2);
  CHECK(ws[0].sites[1].site == "neck");
  CHECK_FALSE(ws[0].sites[1].max_intensity.has_value());
  CHECK(ReportText(ws, AnalysisParams{}).find("none, was 5.0") != std::string::npos);
  // 4.25 shows as 4.2 (fmt rounds half to even) and so does 4.2: "=", not "↑".
  std::vector<Entry> es2;
  for (int d : {16, 17, 18, 19}) es2.push_back(Pain("2026-11-" + std::to_string(d) + "T09:00:00+01:00", "neck", d == 19 ? 5 : 4));
  for (int d : {9, 10, 11, 12, 13}) es2.push_back(Pain("2026-11-" + std::string(d < 10 ? "0" : "") + std::to_string(d) + "T09:00:00+01:00", "neck", d == 13 ? 5 : 4));
  std::stable_sort(es2.begin(), es2.end(), EntryBefore);
  auto w2 = ComputeWeeks(es2, {Date{2026, 11, 16}}, Vocabulary::BuiltIn(), AnalysisParams{},
                         T("2026-11-24T10:00:00+01:00"));
  CHECK(ReportText(w2, AnalysisParams{}).find("4.2        5  = from 4.2") != std::string::npos);
}

namespace {

// Two weeks (newest first) whose every name is hostile: sites in the table
// and the trend, actions, an open follow-up, a finding.
std::vector<WeekReport> HostileWeeks() {
  const std::string neck = "neck\x1b[2J", jaw = "jaw\xC2\x9B" "31m\r";
  WeekReport w;
  w.start = Date{2026, 11, 16};
  w.week = "2026-W47";
  w.current = true;
  w.entries = 3;
  w.days_logged = 2;
  std::array<std::optional<int>, 7> monday{}, tuesday{};
  monday[0] = 6;
  tuesday[1] = 5;
  w.sites = {SiteWeek{neck, 1, 1, 6, 6, monday, 4}, SiteWeek{jaw, 1, 1, 5, 5, tuesday, NAN}};
  w.actions = {{"massage\x1b]52;c;cHduZWQ=\x07", 2}, {"walk\x7f", 1}};
  w.passive_actions = w.passive = 2;
  w.movement_actions = 1;
  w.with_followup = 1;
  w.pending = 1;
  w.open = {OpenFollowup{"heat\x1b[31m", jaw, T("2026-11-21T08:00:00+01:00"), T("2026-11-23T08:00:00+01:00"), {}, {}}};
  w.findings = {"stress >= 7: a " + neck + " onset began that day"};
  w.findings_computed = true;
  WeekReport before = w;
  before.start = Date{2026, 11, 9};
  before.week = "2026-W46";
  before.current = false;
  before.open.clear();
  return {w, before};
}

}  // namespace

TEST_CASE("report text and HTML: names from a file appear only as visible escapes; JSON and CSV keep them") {
  const std::vector<WeekReport> ws = HostileWeeks();
  const std::string text = ReportText(ws, AnalysisParams{});
  INFO(text);
  CHECK(pjtest::TerminalSafe(text));
  CHECK(text.find("  neck\\e[2J        ▅") != std::string::npos);  // padded by what is shown
  CHECK(text.find("jaw\\u009b31m\\r") != std::string::npos);
  CHECK(text.find("massage\\e]52;c;cHduZWQ=\\x07") != std::string::npos);
  CHECK(text.find("walk\\x7f") != std::string::npos);
  CHECK(text.find("heat\\e[31m (jaw\\u009b31m\\r)") != std::string::npos);  // the open follow-up
  CHECK(text.find("- stress >= 7: a neck\\e[2J onset") != std::string::npos);
  const TextStyle colour{"\x1b[1m", "\x1b[2m", "\x1b[0m"};
  std::string coloured = ReportText(ws, AnalysisParams{}, colour);
  for (const std::string& code : {colour.bold, colour.reset})
    for (size_t p; (p = coloured.find(code)) != std::string::npos;) coloured.erase(p, code.size());
  CHECK(pjtest::TerminalSafe(coloured));

  const std::string html = ReportHtml(ws, AnalysisParams{}, T("2026-11-21T10:00:00+01:00"));
  CHECK(pjtest::TerminalSafe(html));
  CHECK(html.find("<td>neck\\e[2J</td>") != std::string::npos);
  CHECK(html.find(">neck\\e[2J</text>") != std::string::npos);  // the chart's legend

  // Data formats keep the exact text.
  CHECK(ReportJson(ws).find("\"massage\\u001b]52;c;cHduZWQ=\\u0007\"") != std::string::npos);
  CHECK(ReportCsv(ws).find("\"jaw\xC2\x9B" "31m\r\"") != std::string::npos);
}

// ---- The four formats state the same facts ----

namespace {

// The loads as the tests know them, to match text's and HTML's labels with
// JSON's and CSV's keys.
struct KnownLoad {
  const char* label;
  const char* key;
  bool count;
};
const KnownLoad kKnownLoads[] = {{"stress (mean per day)", "stress_mean", false},
                                 {"hours sat (mean per day)", "sitting_hours_mean", false},
                                 {"shallow-breathing days", "shallow_days", true}};

const KnownLoad* LoadByLabel(std::string label) {
  if (!label.empty()) label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
  for (const KnownLoad& l : kKnownLoads)
    if (label == l.label) return &l;
  return nullptr;
}

std::vector<std::string> Words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string ArrowName(const std::string& a) {
  return a == "↑" ? "up" : a == "↓" ? "down" : a == "=" ? "same" : "?" + a;
}

// What one format says of a week's rows, in the same words whatever the
// format: a mean to one decimal ("-" for none), a count whole, a direction
// up, down, same or "" for none. One line a site, then one a load.
struct Said {
  std::map<std::string, std::string> sites;
  std::map<std::string, std::string> loads;  // by key
  void Site(const std::string& site, const std::string& mean, const std::string& highest, const std::string& before,
            const std::string& change) {
    sites[site] = "mean " + mean + ", highest " + highest + ", before " + before + ", change " + change;
  }
  void Load(const std::string& key, const std::string& now, const std::string& before, const std::string& change) {
    loads[key] = now + ", before " + before + ", change " + change;
  }
  std::string str() const {
    // A week with no site and no load in either week has nothing to say;
    // text and HTML then leave the tables out.
    bool silent = sites.empty();
    for (const auto& [k, v] : loads)
      silent &= v == "-, before -, change " || v == "0, before 0, change ";
    std::string out;
    for (const auto& [k, v] : sites) out += "site " + k + ": " + v + "\n";
    if (!silent)
      for (const auto& [k, v] : loads) out += "load " + k + ": " + v + "\n";
    return out;
  }
};

// "↓ from 3.0", "none, was 4.0" or nothing: {before, change}.
std::pair<std::string, std::string> SiteChangeWords(const std::vector<std::string>& w) {
  if (w.empty() || (w.size() == 1 && w[0] == "-")) return {"-", ""};
  if (w.size() == 3 && w[1] == "from") return {w[2], ArrowName(w[0])};
  if (w.size() == 3 && w[0] == "none," && w[1] == "was") return {w[2], ""};
  std::string all;
  for (const std::string& x : w) all += x + " ";
  return {"unread: " + all, ""};
}

std::string SaidByText(const std::string& text) {
  Said said;
  std::istringstream in(text);
  std::string line;
  enum { kNone, kPain, kLoad } table = kNone;
  while (std::getline(in, line)) {
    if (line.rfind("Pain ", 0) == 0) {
      table = kPain;
      continue;
    }
    if (line.rfind("Load ", 0) == 0) {
      table = kLoad;
      continue;
    }
    if (line.empty() || line.rfind("  ", 0) != 0) {
      table = kNone;
      continue;
    }
    std::vector<std::string> w = Words(line);
    if (table == kPain) {
      size_t i = 1;  // the strip: words of ▁..█ only
      const char* bars = "\xe2\x96\x81\x82\x83\x84\x85\x86\x87\x88";  // the bytes of ▁..█
      while (i < w.size() && w[i].find_first_not_of(bars) == std::string::npos) ++i;
      REQUIRE(w.size() >= i + 4);
      auto [before, change] = SiteChangeWords(std::vector<std::string>(w.begin() + static_cast<long>(i) + 4, w.end()));
      said.Site(w[0], w[i + 2], w[i + 3], before, change);
    } else if (table == kLoad) {
      const KnownLoad* l = LoadByLabel(Trim(line.substr(2, 26)));
      REQUIRE_MESSAGE(l, line);
      std::vector<std::string> rest = Words(line.substr(28));
      REQUIRE(rest.size() >= 2);
      said.Load(l->key, rest[0], rest[1], rest.size() > 2 ? ArrowName(rest[2]) : "");
    }
  }
  return said.str();
}

std::string SaidByHtml(const std::string& html) {
  Said said;
  static const std::regex row("<tr>((?:<td[^>]*>[^<]*</td>)+)</tr>"), cell("<td[^>]*>([^<]*)</td>");
  for (auto r = std::sregex_iterator(html.begin(), html.end(), row); r != std::sregex_iterator(); ++r) {
    const std::string cells_text = (*r)[1];
    std::vector<std::string> td;
    for (auto c = std::sregex_iterator(cells_text.begin(), cells_text.end(), cell); c != std::sregex_iterator(); ++c)
      td.push_back((*c)[1]);
    if (td.size() == 7) {
      auto [before, change] = SiteChangeWords(Words(td[6]));
      said.Site(td[0], td[4], td[5], before, change);
    } else if (td.size() == 3) {
      const KnownLoad* l = LoadByLabel(td[0]);
      REQUIRE_MESSAGE(l, td[0]);
      std::vector<std::string> now = Words(td[1]);
      REQUIRE(!now.empty());
      said.Load(l->key, now[0], td[2], now.size() > 1 ? ArrowName(now[1]) : "");
    }
  }
  return said.str();
}

std::string Shown(const Json& v, bool count) {
  if (v.is_null()) return "-";
  return count ? std::to_string(v.get<int>()) : fmt::format("{:.1f}", v.get<double>());
}

std::string ShownDirection(const Json& v) { return v.is_null() ? "" : v.get<std::string>(); }

std::string SaidByJson(const std::string& text) {
  Said said;
  const Json week = Json::parse(text)["weeks"][0];
  const Json none;
  auto get = [&](const Json& o, const std::string& k) -> const Json& { return o.contains(k) ? o[k] : none; };
  for (const Json& s : week["sites"])
    said.Site(s["site"].get<std::string>(), Shown(s["mean_intensity"], false), Shown(s["max_intensity"], true),
              Shown(get(s, "prev_mean_intensity"), false), ShownDirection(get(s, "mean_intensity_change")));
  for (const KnownLoad& l : kKnownLoads) {
    const std::string key = l.key;
    said.Load(key, Shown(get(week["load"], key), l.count), Shown(get(week["load"], "prev_" + key), l.count),
              ShownDirection(get(week["load"], key + "_change")));
  }
  return said.str();
}

std::string SaidByCsv(const std::string& text) {
  Said said;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> lines;
  std::string err;
  REQUIRE_MESSAGE(SplitCsv(text, &rows, &lines, &err), err);
  REQUIRE(rows.size() >= 2);
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < rows[0].size(); ++i) col[rows[0][i]] = i;
  auto cell = [&](const std::vector<std::string>& row, const std::string& name, bool count) -> std::string {
    if (!col.count(name) || row[col[name]].empty()) return "-";
    const std::string& v = row[col[name]];
    if (name.size() > 7 && name.substr(name.size() - 7) == "_change") return v;
    return count ? v : fmt::format("{:.1f}", std::stod(v));
  };
  auto change = [&](const std::vector<std::string>& row, const std::string& name) {
    std::string v = cell(row, name, true);
    return v == "-" ? std::string() : v;
  };
  for (size_t r = 1; r < rows.size(); ++r) {
    const std::vector<std::string>& row = rows[r];
    if (row[col["site"]].empty()) continue;  // the week's row without a site
    said.Site(row[col["site"]], cell(row, "mean_intensity", false), cell(row, "max_intensity", true),
              cell(row, "prev_mean_intensity", false), change(row, "mean_intensity_change"));
  }
  for (const KnownLoad& l : kKnownLoads) {
    const std::string key = l.key;
    said.Load(key, cell(rows[1], key, l.count), cell(rows[1], "prev_" + key, l.count),
              change(rows[1], key + "_change"));
  }
  return said.str();
}

// Renders one week in every format and checks that they say the same as
// JSON does, which must be `expected`.
void SameFacts(const std::vector<Entry>& entries, const Date& monday, const std::string& now,
               const std::string& expected) {
  std::vector<Entry> es = entries;
  std::stable_sort(es.begin(), es.end(), EntryBefore);
  const std::vector<WeekReport> ws = ComputeWeeks(es, {monday}, Vocabulary::BuiltIn(), AnalysisParams{}, T(now));
  const std::string text = ReportText(ws, AnalysisParams{}), html = ReportHtml(ws, AnalysisParams{}, T(now));
  const std::string json = ReportJson(ws), csv = ReportCsv(ws);
  INFO("text:\n" << text << "\njson:\n" << json << "\ncsv:\n" << csv);
  const std::string said = SaidByJson(json);
  CHECK(said == expected);
  CHECK(SaidByText(text) == said);
  CHECK(SaidByHtml(html) == said);
  CHECK(SaidByCsv(csv) == said);
}

Entry LoadEntry(const std::string& at, std::optional<int> stress, std::optional<double> sitting,
           std::optional<std::string> breathing) {
  Entry e = E(at);
  pjtest::Set(e, "stress", stress ? std::optional<double>(*stress) : std::nullopt);
  pjtest::Set(e, "sitting_hours", sitting);
  pjtest::SetWord(e, "breathing", breathing);
  return e;
}

}  // namespace

TEST_CASE("report formats: a site with no entries this week but some the week before") {
  // neck in W46 (4 and 5: mean 4.5), nothing at the neck in W47; jaw new in
  // W47. Seen in W48, so W47 is a whole week.
  std::vector<Entry> es = {Pain("2026-11-10T09:00:00+01:00", "neck", 4), Pain("2026-11-11T09:00:00+01:00", "neck", 5),
                           Pain("2026-11-17T09:00:00+01:00", "jaw", 3)};
  SameFacts(es, Date{2026, 11, 16}, "2026-11-24T10:00:00+01:00",
            "site jaw: mean 3.0, highest 3, before -, change \n"
            "site neck: mean -, highest -, before 4.5, change \n"
            "load shallow_days: 0, before 0, change \n"
            "load sitting_hours_mean: -, before -, change \n"
            "load stress_mean: -, before -, change \n");
  // Text and HTML word it alike.
  std::stable_sort(es.begin(), es.end(), EntryBefore);
  const auto ws = ComputeWeeks(es, {Date{2026, 11, 16}}, Vocabulary::BuiltIn(), AnalysisParams{},
                               T("2026-11-24T10:00:00+01:00"));
  CHECK(ReportText(ws, AnalysisParams{}).find("  none, was 4.5\n") != std::string::npos);
  CHECK(ReportHtml(ws, AnalysisParams{}, T("2026-11-24T10:00:00+01:00")).find("<td>none, was 4.5</td>") !=
        std::string::npos);
}

TEST_CASE("report formats: shallow-breathing days in both weeks, and the load rows") {
  // W46: shallow on two days (one of them also normal), stress 6 and 8;
  // W47: shallow on one day, a normal day, stress 4, hours sat 9.
  std::vector<Entry> es = {LoadEntry("2026-11-09T20:00:00+01:00", 6, std::nullopt, "shallow"),
                           LoadEntry("2026-11-10T20:00:00+01:00", 8, std::nullopt, "normal"),
                           LoadEntry("2026-11-10T21:00:00+01:00", std::nullopt, std::nullopt, "shallow"),
                           LoadEntry("2026-11-17T20:00:00+01:00", 4, 9, "shallow"),
                           LoadEntry("2026-11-18T20:00:00+01:00", std::nullopt, std::nullopt, "normal"),
                           Pain("2026-11-10T09:00:00+01:00", "neck", 6), Pain("2026-11-17T09:00:00+01:00", "neck", 6)};
  // A whole week: the count has its arrow in every format.
  SameFacts(es, Date{2026, 11, 16}, "2026-11-24T10:00:00+01:00",
            "site neck: mean 6.0, highest 6, before 6.0, change same\n"
            "load shallow_days: 1, before 2, change down\n"
            "load sitting_hours_mean: 9.0, before -, change \n"
            "load stress_mean: 4.0, before 7.0, change down\n");
  // The week so far: a count over part of a week gets no arrow; means do.
  SameFacts(es, Date{2026, 11, 16}, "2026-11-19T10:00:00+01:00",
            "site neck: mean 6.0, highest 6, before 6.0, change same\n"
            "load shallow_days: 1, before 2, change \n"
            "load sitting_hours_mean: 9.0, before -, change \n"
            "load stress_mean: 4.0, before 7.0, change down\n");
}

TEST_CASE("report formats: an empty week") {
  std::vector<Entry> es = {LoadEntry("2026-11-17T20:00:00+01:00", 5, 7.5, "shallow"),
                           Pain("2026-11-18T09:00:00+01:00", "neck", 3)};
  // After a week with entries: the site that went quiet and the load of
  // the week before, in every format.
  SameFacts(es, Date{2026, 11, 23}, "2026-12-01T10:00:00+01:00",
            "site neck: mean -, highest -, before 3.0, change \n"
            "load shallow_days: 0, before 1, change down\n"
            "load sitting_hours_mean: -, before 7.5, change \n"
            "load stress_mean: -, before 5.0, change \n");
  // Nothing in either week: nothing to compare, in every format.
  SameFacts(es, Date{2026, 7, 20}, "2026-12-01T10:00:00+01:00", "");
}

TEST_CASE("report formats: arrows follow the numbers shown, in every format") {
  // 4.25 and 4.2 both show as 4.2: "same" everywhere, not "up" in JSON.
  std::vector<Entry> es;
  for (int d : {16, 17, 18, 19})
    es.push_back(Pain("2026-11-" + std::to_string(d) + "T09:00:00+01:00", "neck", d == 19 ? 5 : 4));
  for (int d : {9, 10, 11, 12, 13})
    es.push_back(Pain("2026-11-" + std::string(d < 10 ? "0" : "") + std::to_string(d) + "T09:00:00+01:00", "neck",
                      d == 13 ? 5 : 4));
  SameFacts(es, Date{2026, 11, 16}, "2026-11-24T10:00:00+01:00",
            "site neck: mean 4.2, highest 5, before 4.2, change same\n"
            "load shallow_days: 0, before 0, change \n"
            "load sitting_hours_mean: -, before -, change \n"
            "load stress_mean: -, before -, change \n");
}

TEST_CASE("report: the tests' loads are the report's") {
  REQUIRE(ReportLoads().size() == std::size(kKnownLoads));
  for (size_t k = 0; k < ReportLoads().size(); ++k) {
    CHECK(ReportLoads()[k].label == kKnownLoads[k].label);
    CHECK(ReportLoads()[k].key == kKnownLoads[k].key);
    CHECK(ReportLoads()[k].count_days == kKnownLoads[k].count);
  }
}

TEST_CASE("report: when no finding holds, text and HTML say why in one line") {
  WeekReport w;
  w.start = Date{2026, 11, 16};
  w.week = "2026-W47";
  w.findings_computed = true;
  AnalysisParams p;
  std::string text = ReportText({w}, p);
  CHECK(text.find("\nFindings over the whole journal: not enough data yet.\n") != std::string::npos);
  w.comparisons_with_data = 3;
  text = ReportText({w}, p);
  CHECK(text.find("\nFindings over the whole journal: no clear difference in 3 comparisons with enough data.\n") !=
        std::string::npos);
  CHECK(ReportHtml({w}, p, Time{}).find("<p>No clear difference in 3 comparisons with enough data.</p>") !=
        std::string::npos);
  w.comparisons_with_data = 1;
  CHECK(ReportText({w}, p).find("in 1 comparison with enough data.") != std::string::npos);
  // Not computed (--no-findings): nothing said.
  w.findings_computed = false;
  CHECK(ReportText({w}, p).find("Findings") == std::string::npos);
}
