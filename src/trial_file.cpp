#include "painjournal/trial_file.h"

#include <fmt/format.h>

#include "painjournal/entry_toml.h"
#include "painjournal/toml_safe.h"

namespace pj {

namespace {

std::string DayText(int64_t day) { return FormatDate(CivilFromDays(day)); }

std::string SequenceText(const std::vector<std::string>& seq) {
  std::string out = "[";
  for (size_t i = 0; i < seq.size(); ++i) out += (i ? ", \"" : "\"") + seq[i] + "\"";
  return out + "]";
}

}  // namespace

std::string TrialChecksum(const TrialPlan& p) {
  const std::string canonical = fmt::format(
      "{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n", p.name, p.site, p.action, DayText(p.first_day), p.period_days,
      p.washout_days, SequenceText(p.sequence), FormatDateTime(p.created), p.seed ? std::to_string(*p.seed) : "");
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, 64 bits
  for (unsigned char c : canonical) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return fmt::format("fnv1a64:{:016x}", h);
}

std::string FormatTrialPlan(const TrialPlan& p) {
  std::string out =
      "# painjournal trial plan, written by `journal trial start`. Do not edit it:\n"
      "# the order of the periods was drawn at random, and `journal check` reports\n"
      "# any change to the plan (the checksum covers it). `journal trial stop`\n"
      "# records the stop.\n";
  out += "name = " + TomlString(p.name) + "\n";
  out += "site = " + TomlString(p.site) + "\n";
  out += "action = " + TomlString(p.action) + "\n";
  out += "first_day = " + DayText(p.first_day) + "\n";
  out += fmt::format("period_days = {}\nwashout_days = {}\n", p.period_days, p.washout_days);
  out += "sequence = " + SequenceText(p.sequence) + "\n";
  out += "created = " + FormatDateTime(p.created) + "\n";
  if (p.seed) out += fmt::format("seed = {}\n", *p.seed);
  out += "checksum = \"" + TrialChecksum(p) + "\"\n";
  if (p.stopped) out += "stopped = " + FormatDateTime(*p.stopped) + "\n";
  return out;
}

bool ParseTrialPlan(std::string_view text, const std::string& path, TrialPlan* out, std::vector<Problem>* problems) {
  toml::table t;
  toml::source_position pos{};
  std::string msg;
  if (!ParseTomlSafely(text, &t, &pos, &msg, path)) {
    problems->push_back(Problem{path, static_cast<int>(pos.line), static_cast<int>(pos.column), msg});
    return false;
  }
  bool ok = true;
  auto missing = [&](const char* key, const char* what) {
    problems->push_back(Problem{path, 0, 0, fmt::format("trial plan: '{}' must be {}", key, what)});
    ok = false;
  };
  auto at = [&](const char* key, const std::string& message) {
    const toml::node* n = t.get(key);
    int line = n ? static_cast<int>(n->source().begin.line) : 0, col = n ? static_cast<int>(n->source().begin.column) : 0;
    problems->push_back(Problem{path, line, col, message});
  };
  TrialPlan p;
  auto text_of = [&](const char* key, std::string* v) {
    if (auto s = t[key].value<std::string>()) *v = *s;
    else missing(key, "text");
  };
  text_of("name", &p.name);
  text_of("site", &p.site);
  text_of("action", &p.action);
  if (auto d = t["first_day"].value<toml::date>())
    p.first_day = DaysFromCivil(d->year, d->month, d->day);
  else
    missing("first_day", "a date (YYYY-MM-DD)");
  auto int_of = [&](const char* key, int* v) {
    if (auto i = t[key].value<int64_t>(); i && *i >= 0 && *i <= 366) *v = static_cast<int>(*i);
    else missing(key, "a whole number of days");
  };
  int_of("period_days", &p.period_days);
  int_of("washout_days", &p.washout_days);
  if (const toml::array* seq = t["sequence"].as_array()) {
    for (const toml::node& n : *seq) {
      auto s = n.value<std::string>();
      if (!s || (*s != "AB" && *s != "BA")) {
        at("sequence", "trial plan: 'sequence' must list \"AB\" or \"BA\" for each pair");
        ok = false;
        break;
      }
      p.sequence.push_back(*s);
    }
  } else {
    missing("sequence", "a list of \"AB\" and \"BA\"");
  }
  auto time_of = [&](const char* key, Time* v) {
    const toml::date_time* dt = t[key].as_date_time() ? &t[key].as_date_time()->get() : nullptr;
    std::string err;
    if (!dt || !dt->offset) return false;
    std::string s = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", dt->date.year, dt->date.month, dt->date.day,
                                dt->time.hour, dt->time.minute, dt->time.second);
    int off = dt->offset->minutes;
    s += fmt::format("{}{:02}:{:02}", off < 0 ? '-' : '+', std::abs(off) / 60, std::abs(off) % 60);
    return ParseDateTime(s, v, &err);
  };
  if (!time_of("created", &p.created)) missing("created", "a date-time with its offset");
  if (t.contains("seed")) {
    if (auto s = t["seed"].value<int64_t>(); s && *s >= 0) p.seed = static_cast<uint64_t>(*s);
    else missing("seed", "a whole number, 0 or more");
  }
  if (t.contains("stopped")) {
    Time stopped;
    if (time_of("stopped", &stopped)) p.stopped = stopped;
    else missing("stopped", "a date-time with its offset");
  }
  if (!ok) return false;

  std::string err;
  if (!ValidateTrialDesign(p.name, static_cast<int>(p.sequence.size()), p.period_days, p.washout_days, &err))
    at("name", "trial plan: " + err);
  if (p.seed) {
    uint64_t state = *p.seed;
    if (DrawSequence(static_cast<int>(p.sequence.size()), [&] { return SplitMix64(&state); }) != p.sequence)
      at("sequence", "trial plan: the sequence is not the one its seed gives; was the plan edited?");
  }
  auto sum = t["checksum"].value<std::string>();
  if (!sum)
    at("checksum", "trial plan: 'checksum' is missing; was the plan edited?");
  else if (*sum != TrialChecksum(p))
    at("checksum", "trial plan: the plan does not match its checksum; the sequence, dates, seed or names were "
                   "changed after it was drawn");
  *out = std::move(p);
  return true;
}

}  // namespace pj
