#include "painjournal/analysis_render.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <ostream>
#include <sstream>

#include "painjournal/entry_json.h"
#include "painjournal/format_chars.h"
#include "painjournal/text_buf.h"
#include "painjournal/util.h"

namespace pj {

namespace {

// A JSON number, written as an integer when it is one (72, not 72.0), and
// null when it cannot be computed.
Json Num(double v) {
  if (!std::isfinite(v)) return nullptr;
  if (v == std::floor(v) && std::fabs(v) < 1e15) return static_cast<int64_t>(v);
  return v;
}

Json Pair(const Interval& i) { return Json::array({Num(i.lo), Num(i.hi)}); }

Json Counts(const OutcomeCounts& c) {
  Json j = Json::object();
  j["treatments"] = c.treatments;
  j["recurred"] = c.recurred;
  j["stayed_away"] = c.stayed_away;
  j["persisted"] = c.persisted;
  j["censored"] = c.censored;
  j["rate"] = Num(c.rate);
  j["rate_ci"] = Pair(c.rate_ci);
  return j;
}

Json Group(const FactorGroup& g) {
  Json j = Json::object();
  j["days"] = g.days;
  j["onset_days"] = g.onset_days;
  j["rate"] = Num(g.rate);
  return j;
}

Json Opt(const std::optional<double>& v) { return v ? Num(*v) : Json(nullptr); }

// An interval read off a curve: null when neither end can be read, else
// [lo, hi] with null for an end not reached.
Json Limits(const CurveReading& r) {
  if (!r.lower && !r.upper) return nullptr;
  return Json::array({Opt(r.lower), Opt(r.upper)});
}

Json Relief(const ReliefGroup& g) {
  Json j = Json::object();
  j["n"] = g.n;
  j["events"] = g.events;
  j["censored"] = g.censored;
  j["returned_early"] = g.returned_early;
  j["median_days"] = Opt(g.median.value);
  j["median_ci"] = Limits(g.median);
  j["pain_free_7d"] = Opt(g.pain_free_7d.value);
  j["pain_free_7d_ci"] = Limits(g.pain_free_7d);
  j["pain_free_14d"] = Opt(g.pain_free_14d.value);
  j["pain_free_14d_ci"] = Limits(g.pain_free_14d);
  Json curve = Json::array();
  curve.push_back(Json::array({0, 1}));
  for (size_t i = 0; i < g.curve.time.size(); ++i)
    if (g.curve.died[i] > 0) curve.push_back(Json::array({Num(g.curve.time[i]), Num(g.curve.surv[i])}));
  j["curve"] = curve;
  return j;
}

std::string Clock(int minutes) { return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60); }

}  // namespace

Analysis OnlySites(const Analysis& a, const std::vector<std::string>& sites) {
  if (sites.empty()) return a;
  auto wanted = [&](const std::string& s) { return std::find(sites.begin(), sites.end(), s) != sites.end(); };
  Analysis out = a;
  out.episodes.clear();
  for (const Episode& e : a.episodes)
    if (wanted(e.site)) out.episodes.push_back(e);
  out.followup.clear();
  for (const FollowupRow& r : a.followup)
    if (r.site != "*" && wanted(r.site)) out.followup.push_back(r);
  // "*" is then over the sites shown, not the whole journal.
  out.followup.push_back(CombineRows(out.followup, "*"));
  out.relief.clear();
  for (const ReliefRow& r : a.relief)
    if (r.site != "*" && wanted(r.site)) out.relief.push_back(r);
  out.relief.push_back(CombineReliefRows(out.relief, "*"));
  out.factors.clear();
  for (const FactorRow& r : a.factors)
    if (wanted(r.site)) out.factors.push_back(r);
  return out;
}

namespace {

// Streams a JSON object of top-level keys exactly as dump(2) would print it
// whole, but builds one array item at a time: the episodes of a
// million-entry journal made a document of some 400 MB.
class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(std::ostream& out) : out_(out) { out_ << "{"; }
  void Key(const char* key) {
    out_ << (first_ ? "\n" : ",\n") << "  " << Json(key).dump() << ": ";
    first_ = false;
  }
  void Value(const Json& v) { out_ << Indented(v, 2); }
  void BeginArray() {
    out_ << "[";
    items_ = 0;
  }
  void Item(const Json& v) { RawItem(Indented(v, 4)); }
  // An item already written as Item would write it.
  void RawItem(const std::string& text) { out_ << (items_++ ? ",\n" : "\n") << "    " << text; }
  // What goes before the next item the caller writes itself.
  std::string_view ItemSeparator() { return items_++ ? ",\n    " : "\n    "; }
  std::ostream& stream() { return out_; }
  void EndArray() { out_ << (items_ ? "\n  ]" : "]"); }
  void End() { out_ << (first_ ? "}\n" : "\n}\n"); }

 private:
  static std::string Indented(const Json& v, size_t by) {
    std::string text = v.dump(2, ' ', false, Json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    size_t start = 0;
    for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) {
      out.append(text, start, nl + 1 - start);  // line by line, not byte by byte
      out.append(by, ' ');
    }
    out.append(text, start, std::string::npos);
    return out;
  }
  std::ostream& out_;
  bool first_ = true;
  size_t items_ = 0;
};

}  // namespace

std::string AnalysisJson(const Analysis& a) {
  std::ostringstream out;
  WriteAnalysisJson(a, out);
  return out.str();
}

void WriteAnalysisJson(const Analysis& a, std::ostream& os) {
  JsonObjectWriter j(os);
  Json params = Json::object();
  params["pain_threshold"] = a.params.pain_threshold;
  params["episode_gap_hours"] = Num(a.params.episode_gap / 3600.0);
  params["followup_window_hours"] = Num(a.params.followup_window / 3600.0);
  params["recurrence_window_days"] = Num(a.params.recurrence_window / 86400.0);
  params["lag_days"] = a.params.lag_days;
  params["day_start"] = Clock(a.params.day_start_min);
  j.Key("params");
  j.Value(params);
  j.Key("entries");
  j.Value(a.entries);
  j.Key("episodes");
  j.BeginArray();
  // Episodes are most of a large output: each is written as dump(2) would
  // write it, without building it, into a buffer that goes out every 64 KB.
  TextBuf buf;
  constexpr size_t kFlushAt = 64 * 1024;
  for (const Episode& e : a.episodes) {
    const std::string_view sep = j.ItemSeparator();
    char* p = buf.Room(sep.size() + JsonStringRoom(e.site.size()) + 2 * kDateTimeChars + 2 * kNumberChars + 160);
    auto put = [&p](std::string_view s) {
      std::memcpy(p, s.data(), s.size());
      p += s.size();
    };
    put(sep);
    put("{\n      \"site\": ");
    p = JsonStringChars(p, e.site);
    put(",\n      \"onset\": \"");
    p = DateTimeChars(p, e.onset);
    put("\",\n      \"end\": \"");
    p = DateTimeChars(p, e.end);
    put(e.ongoing ? "\",\n      \"ongoing\": true,\n      \"entries\": "
                  : "\",\n      \"ongoing\": false,\n      \"entries\": ");
    p = IntChars(p, e.entries);
    put(",\n      \"max_intensity\": ");
    p = IntChars(p, e.max_intensity);
    put("\n    }");
    buf.Commit(p);
    if (buf.size() >= kFlushAt) {
      j.stream().write(buf.data(), static_cast<std::streamsize>(buf.size()));
      buf.clear();
    }
  }
  if (buf.size()) j.stream().write(buf.data(), static_cast<std::streamsize>(buf.size()));
  j.EndArray();
  Json followup = Json::array();
  for (const FollowupRow& r : a.followup) {
    Json o = Json::object();
    o["site"] = r.site;
    o["with_followup"] = Counts(r.with_followup);
    o["without_followup"] = Counts(r.without_followup);
    o["risk_ratio"] = Num(r.risk_ratio.rr);
    o["risk_ratio_ci"] = Pair(r.risk_ratio.ci);
    o["p_value"] = Num(r.p_value);
    o["enough_data"] = r.enough_data;
    followup.push_back(o);
  }
  j.Key("followup");
  j.Value(followup);
  j.Key("unattributed_treatments");
  j.Value(a.unattributed_treatments);
  Json factors = Json::array();
  for (const FactorRow& r : a.factors) {
    Json o = Json::object();
    o["site"] = r.site;
    o["factor"] = r.factor;
    o["threshold"] = Num(r.threshold);
    o["high"] = Group(r.high);
    o["low"] = Group(r.low);
    o["risk_ratio"] = Num(r.risk_ratio.rr);
    o["risk_ratio_ci"] = Pair(r.risk_ratio.ci);
    o["p_value"] = Num(r.p_value);
    o["q_value"] = Num(r.q_value);
    Json sp = Json::object();
    sp["rho"] = Num(r.rho);
    sp["n"] = r.n;
    o["spearman"] = sp;
    o["enough_data"] = r.enough_data;
    factors.push_back(o);
  }
  j.Key("factors");
  j.Value(factors);
  Json relief = Json::array();
  for (const ReliefRow& r : a.relief) {
    Json o = Json::object();
    o["site"] = r.site;
    o["with_followup"] = Relief(r.with_followup);
    o["without_followup"] = Relief(r.without_followup);
    o["logrank_p"] = Opt(r.logrank_p);
    o["enough_data"] = r.enough_data;
    relief.push_back(o);
  }
  j.Key("relief");
  j.Value(relief);
  j.End();
}

// ---- Text ----

std::string Wrap(const std::string& text, size_t width, size_t first_indent, size_t indent) {
  std::string out(first_indent, ' ');
  size_t col = first_indent;
  bool line_empty = true;
  for (const std::string& word : SplitWords(text)) {
    size_t w = DisplayWidth(word);
    if (!line_empty && col + 1 + w > width) {
      out += "\n" + std::string(indent, ' ');
      col = indent;
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++col;
    }
    out += word;
    col += w;
    line_empty = false;
  }
  return out + "\n";
}

namespace {

constexpr size_t kWidth = 78;

std::string Plural(int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

std::string Pct(double rate) { return std::isfinite(rate) ? fmt::format("{:.0f}%", rate * 100) : "n/a"; }

std::string PctRange(const Interval& i) {
  if (!std::isfinite(i.lo)) return "n/a";
  return fmt::format("{:.0f}-{:.0f}%", i.lo * 100, i.hi * 100);
}

std::string Ratio(double v) {
  if (!std::isfinite(v)) return "n/a";
  if (v != 0 && std::fabs(v) < 0.1) return fmt::format("{:.2g}", v);  // 0.0048, not 0.00
  return fmt::format("{:.1f}", v);
}

std::string RatioWithCi(const RiskRatio& r) {
  return Ratio(r.rr) + " (" + Ratio(r.ci.lo) + "-" + Ratio(r.ci.hi) + ")";
}

std::string P(double p) {
  if (!std::isfinite(p)) return "n/a";
  if (p < 0.001) return "< 0.001";
  if (p >= 0.1) return fmt::format("{:.2f}", p);
  return fmt::format("{:.2g}", p);
}

std::string PEq(double p) {
  std::string s = P(p);
  return s[0] == '<' ? s : "= " + s;
}

}  // namespace

// "48 h", "14 days", "1 day".
std::string HumanSpan(int64_t seconds) {
  if (seconds % 86400 == 0 && seconds >= 4 * 86400) {
    int64_t d = seconds / 86400;
    return std::to_string(d) + (d == 1 ? " day" : " days");
  }
  if (seconds % 3600 == 0) return std::to_string(seconds / 3600) + " h";
  return std::to_string(seconds / 60) + " min";
}

namespace {

std::string LagWords(int lag) {
  if (lag == 0) return "that day";
  if (lag == 1) return "that day or the next";
  return "that day or within " + std::to_string(lag) + " days";
}

// Pain elsewhere's window is the days after a pain day (SPEC 4).
std::string AfterWords(int lag) {
  if (lag == 0) return "the same day as";
  if (lag == 1) return "the next day after";
  return "within " + std::to_string(lag) + " days after";
}

// The load of a built-in field, or null for a user factor or pain elsewhere.
const LoadRule* LoadOf(const FactorRow& r) {
  if (r.kind == FactorKind::kPainElsewhere) return nullptr;
  const Field* f = FindField(r.factor);
  return f && f->load.is_load ? &f->load : nullptr;
}

bool IsElsewhere(const FactorRow& r) { return r.kind == FactorKind::kPainElsewhere; }

// What a factor's high days are called: "high days", "lower-back pain days".
std::string HighDays(const FactorRow& r) { return IsElsewhere(r) ? r.elsewhere + " pain days" : "high days"; }

}  // namespace

std::string FactorRowLabel(const FactorRow& r) {
  if (IsElsewhere(r)) return r.elsewhere + " pain";
  if (const LoadRule* load = LoadOf(r)) {
    std::string label(load->high_label);
    size_t at = label.find("{}");
    if (at != std::string::npos) label.replace(at, 2, FormatNumber(r.threshold));
    return label;
  }
  return r.factor + " >= " + FormatNumber(r.threshold) + " (its median)";
}

namespace {

// "--stress, --sitting and --breathing": the options that log the loads.
std::string LoadOptions() {
  std::vector<std::string> opts;
  for (const Field& f : kFields)
    if (f.load.is_load) opts.push_back("--" + std::string(f.option));
  std::string out;
  for (size_t i = 0; i < opts.size(); ++i)
    out += (i == 0 ? "" : i + 1 == opts.size() ? " and " : ", ") + opts[i];
  return out;
}


bool FollowupHolds(const FollowupRow& r) {
  return r.enough_data && r.p_value < 0.05 && std::isfinite(r.risk_ratio.rr);
}

bool FactorHolds(const FactorRow& r) { return r.enough_data && r.q_value < 0.05 && std::isfinite(r.risk_ratio.rr); }

// Why the sentence counts fewer treatments than the table beside it:
// " Not counted: 3 still within their 14-day window, 1 where the pain never
// let up."; empty when every treatment has a known outcome.
std::string NotCounted(const FollowupRow& r, const AnalysisParams& p) {
  const int censored = r.with_followup.censored + r.without_followup.censored;
  const int persisted = r.with_followup.persisted + r.without_followup.persisted;
  std::vector<std::string> parts;
  // "14 days" as an adjective: "14-day".
  std::string span = HumanSpan(p.recurrence_window);
  for (const char* unit : {" days", " day", " h", " min"}) {
    const std::string u = unit;
    if (span.size() > u.size() && span.compare(span.size() - u.size(), u.size(), u) == 0) {
      span = span.substr(0, span.size() - u.size()) +
             (u == " h" ? "-hour" : u == " min" ? "-minute" : "-day");
      break;
    }
  }
  if (censored > 0)
    parts.push_back(fmt::format("{} still within {} {} window", censored, censored == 1 ? "its" : "their", span));
  if (persisted > 0) parts.push_back(fmt::format("{} where the pain never let up", persisted));
  return parts.empty() ? "" : " Not counted: " + Join(parts, ", ") + ".";
}

std::string FollowupSentence(const FollowupRow& r, const AnalysisParams& p) {
  const OutcomeCounts& wo = r.without_followup;
  const OutcomeCounts& w = r.with_followup;
  std::string pain = r.site == "*" ? "pain" : r.site + " pain";
  return fmt::format(
      "After passive relief with no movement within {}, {} came back within {} after {} of {} treatments ({}, 95% CI "
      "{}); with movement follow-up after {} of {} ({}, {}). Risk ratio {}, Fisher p {}. This is an association in "
      "your own records, not proof of cause.",
      HumanSpan(p.followup_window), pain, HumanSpan(p.recurrence_window), wo.recurred, wo.recurred + wo.stayed_away,
      Pct(wo.rate), PctRange(wo.rate_ci), w.recurred, w.recurred + w.stayed_away, Pct(w.rate), PctRange(w.rate_ci),
      RatioWithCi(r.risk_ratio), PEq(r.p_value)) +
         NotCounted(r, p);
}

std::string FactorSentence(const FactorRow& r, const AnalysisParams& p) {
  // "began that day or the next after 6 of 27 high days", "began the next
  // day after 6 of 27 lower-back pain days".
  const std::string when = IsElsewhere(r) ? AfterWords(p.lag_days) : LagWords(p.lag_days) + " after";
  return fmt::format(
      "{}: a {} onset began {} {} of {} {} ({}) and {} of {} other days ({}); risk ratio {}, p {}, q {}; "
      "Spearman rho {} (n = {}).",
      FactorRowLabel(r), r.site, when, r.high.onset_days, r.high.days, HighDays(r), Pct(r.high.rate),
      r.low.onset_days, r.low.days, Pct(r.low.rate), RatioWithCi(r.risk_ratio), PEq(r.p_value), PEq(r.q_value),
      std::isfinite(r.rho) ? fmt::format("{:.2f}", r.rho) : "n/a", r.n);
}

// "9 of 10 vs 2 of 4, p = 0.018": the counts and p beside every rate.
std::string Versus(int a, int an, int b, int bn, double p) {
  return fmt::format("{} of {} vs {} of {}, p {}", a, an, b, bn, PEq(p));
}

std::string TryFollowup(const FollowupRow& r, const AnalysisParams& p) {
  const OutcomeCounts& wo = r.without_followup;
  const OutcomeCounts& w = r.with_followup;
  std::string counts = Versus(wo.recurred, wo.recurred + wo.stayed_away, w.recurred, w.recurred + w.stayed_away,
                              r.p_value);
  if (r.risk_ratio.rr > 1)
    return fmt::format(
        "What to try: {} came back more often after passive relief with no movement within {} ({}): log a "
        "stretch or a walk after the next one, and see if this changes.",
        r.site == "*" ? "pain" : r.site + " pain", HumanSpan(p.followup_window), counts);
  return fmt::format(
      "Worth knowing: {} came back less often when no movement followed passive relief ({}); keep logging to see "
      "whether this holds.",
      r.site == "*" ? "pain" : r.site + " pain", counts);
}

std::string TryFactor(const FactorRow& r, const AnalysisParams& p) {
  if (IsElsewhere(r)) {
    std::string counts = fmt::format("{} of {} {} vs {} of {} others, p {}, q {}", r.high.onset_days, r.high.days,
                                     HighDays(r), r.low.onset_days, r.low.days, PEq(r.p_value), PEq(r.q_value));
    if (r.risk_ratio.rr > 1)
      return fmt::format("What to try: {} onsets began more often {} {} ({}): when {} pain starts, ease it early "
                         "and watch the {}; log it, and see if this changes.",
                         r.site, AfterWords(p.lag_days), HighDays(r), counts, r.elsewhere, r.site);
    return fmt::format("Worth knowing: {} onsets began less often {} {} ({}).", r.site, AfterWords(p.lag_days),
                       HighDays(r), counts);
  }
  const LoadRule* load = LoadOf(r);
  std::string idea = load ? std::string(load->idea) : "watch " + r.factor + " on such days";
  std::string counts = fmt::format("{} of {} such days vs {} of {} others, p {}, q {}", r.high.onset_days,
                                   r.high.days, r.low.onset_days, r.low.days, PEq(r.p_value), PEq(r.q_value));
  if (r.risk_ratio.rr > 1)
    return fmt::format("What to try: {} onsets began more often after days with {} ({}): {}, log it, and see if "
                       "this changes.",
                       r.site, FactorRowLabel(r), counts, idea);
  return fmt::format("Worth knowing: {} onsets began less often after days with {} ({}).", r.site, FactorRowLabel(r),
                     counts);
}

// "the first two days", "the first 36 h": the stretch before the landmark.
std::string FirstSpan(int64_t seconds) {
  static const char* const kWords[] = {"", "day", "two days", "three days", "four days", "five days",
                                       "six days", "seven days"};
  if (seconds % 86400 == 0 && seconds / 86400 >= 1 && seconds / 86400 <= 7)
    return std::string("the first ") + kWords[seconds / 86400];
  return "the first " + HumanSpan(seconds);
}

std::string Days(double d) { return fmt::format("{:.1f}", d); }

// "2.0-4.5", "5.1-not reached", "n/a".
std::string DaysRange(const CurveReading& r) {
  if (!r.lower && !r.upper) return "n/a";
  return (r.lower ? Days(*r.lower) : "not reached") + "-" + (r.upper ? Days(*r.upper) : "not reached");
}

// "13 treatments, 12 returns".
std::string ReliefCounts(const ReliefGroup& g) {
  return Plural(g.n, "treatment") + ", " + Plural(g.events, "return");
}

std::string ReliefSentence(const ReliefRow& r, const AnalysisParams& p) {
  const ReliefGroup& wo = r.without_followup;
  const ReliefGroup& w = r.with_followup;
  const std::string first = FirstSpan(p.followup_window);
  std::string pain = r.site == "*" ? "pain" : r.site + " pain";
  std::string without =
      wo.median.value ? fmt::format("came back a median of {} days after {}", Days(*wo.median.value), first)
                      : fmt::format("had not come back in half of the treatments after {} (median not reached)", first);
  std::string with = w.median.value ? Days(*w.median.value) + " days" : "median not reached";
  return fmt::format(
      "After passive relief with no movement within {}, {} {} (95% CI {}; {}); with movement follow-up, {} ({}; {}). "
      "Log-rank p {}. {} and {} came back within {}.",
      HumanSpan(p.followup_window), pain, without, DaysRange(wo.median), ReliefCounts(wo), with, DaysRange(w.median),
      ReliefCounts(w), r.logrank_p ? PEq(*r.logrank_p) : "n/a", wo.returned_early, w.returned_early, first);
}

std::string NotEnoughRelief(const ReliefRow& r, const AnalysisParams& p) {
  const ReliefGroup& w = r.with_followup;
  const ReliefGroup& wo = r.without_followup;
  return fmt::format(
      "How long relief lasts: not enough data yet: {} with movement follow-up and {} without were followed past {}, "
      "with {}; a comparison needs 3 in each group and 3 returns.",
      Plural(w.n, "treatment"), wo.n, FirstSpan(p.followup_window), Plural(w.events + wo.events, "return"));
}

std::string CountsTable(const FollowupRow& r) {
  std::string out = fmt::format("    {:<16}{:>11}{:>11}{:>13}{:>11}{:>10}\n", "", "treatments", "came back",
                                "stayed away", "persisted", "censored");
  for (const auto& [label, c] : {std::pair<const char*, const OutcomeCounts&>{"no movement", r.without_followup},
                                 std::pair<const char*, const OutcomeCounts&>{"with movement", r.with_followup}})
    out += fmt::format("    {:<16}{:>11}{:>11}{:>13}{:>11}{:>10}\n", label, c.treatments, c.recurred, c.stayed_away,
                       c.persisted, c.censored);
  return out;
}

std::string NotEnoughFollowup(const FollowupRow& r) {
  const OutcomeCounts& w = r.with_followup;
  const OutcomeCounts& wo = r.without_followup;
  return fmt::format(
      "Not enough data to compare yet: {} with movement follow-up and {} without have a known outcome, with {}; a "
      "comparison needs 3 in each group and 3 recurrences.",
      Plural(w.recurred + w.stayed_away, "treatment"), wo.recurred + wo.stayed_away,
      Plural(w.recurred + wo.recurred, "recurrence"));
}

// One line per term at the end of the text; --explain says more.
std::string Legend(const AnalysisParams& p, const TextStyle& s) {
  const std::pair<const char*, std::string> kLines[] = {
      {"episode", "pain entries at one site at most " + HumanSpan(p.episode_gap) + " apart"},
      {"treatment", "an entry with a passive action (massage, heat, ...)"},
      {"follow-up", "movement logged within " + HumanSpan(p.followup_window) + " after a treatment"},
      {"came back", "a new episode within " + HumanSpan(p.recurrence_window) + " (a recurrence)"},
      {"persisted", "the pain never let up in that time"},
      {"censored", "the journal does not reach that far yet"},
      {"relief time", "from " + HumanSpan(p.followup_window) + " after a treatment to the next pain there"},
      {"risk ratio", "how many times likelier in one group than the other"},
      {"CI", "95% interval: the range of values that fits your records"},
      {"p, q", "how often chance alone gives this much; q allows for many tests"},
      {"rho", "rank correlation of load and pain, -1 to 1; n: how many"},
  };
  std::string out = s.dim + "Words (journal analyze --explain says more):\n";
  for (const auto& [term, text] : kLines) out += fmt::format("  {:<12} {}\n", term, text);
  return out + s.reset;
}

std::string EpisodeSummary(const std::vector<const Episode*>& eps) {
  std::vector<double> days, top;
  int ongoing = 0;
  for (const Episode* e : eps) {
    days.push_back(static_cast<double>(e->end.utc - e->onset.utc) / 86400.0);
    top.push_back(e->max_intensity);
    ongoing += e->ongoing;
  }
  // Lengths in days, or in hours when every episode was shorter than a day.
  // An episode of one entry has no length to speak of: "0 h" would read as
  // a measurement.
  const double longest = *std::max_element(days.begin(), days.end());
  const int single = static_cast<int>(std::count(days.begin(), days.end(), 0.0));
  auto span = [&](double d) { return longest < 1 ? fmt::format("{:.0f} h", d * 24) : fmt::format("{:.1f} days", d); };
  std::string lasted;
  if (single == static_cast<int>(eps.size()))
    lasted = eps.size() == 1 ? "It was a single entry" : "Each was a single entry";
  else if (Median(days) == 0)
    lasted = fmt::format("{} of {} were single entries; the longest lasted {}", single, eps.size(), span(longest));
  else
    lasted = fmt::format("They lasted {} on median (longest {}){}", span(Median(days)), span(longest),
                         single > 0 ? fmt::format(", {} of them single entries", single) : "");
  return fmt::format(
      "Episodes: {} ({} ongoing), from {} to {}. {}; highest intensity {} on median (top {}).", eps.size(), ongoing,
      FormatDate(LocalDate(eps.front()->onset)), FormatDate(LocalDate(eps.back()->end)), lasted,
      FormatNumber(Median(top)), FormatNumber(*std::max_element(top.begin(), top.end())));
}

// A paragraph of the text report that quotes the journal (site and factor
// names): shown through Visible before it is wrapped, so a name from a
// hand-edited file cannot drive the terminal. Findings() keeps the exact
// names, for JSON.
std::string Para(const std::string& text, size_t first_indent, size_t indent) {
  return Wrap(Visible(text), kWidth, first_indent, indent);
}

// One group of a site's roots, with enough data or without, strongest
// (smallest p) first: load (the built-in loads and user factors) or pain
// elsewhere.
std::vector<const FactorRow*> RootGroup(const std::vector<const FactorRow*>& rows, bool elsewhere, bool enough) {
  std::vector<const FactorRow*> out;
  for (const FactorRow* r : rows)
    if (IsElsewhere(*r) == elsewhere && r->enough_data == enough) out.push_back(r);
  std::stable_sort(out.begin(), out.end(), [](const FactorRow* x, const FactorRow* y) { return x->p_value < y->p_value; });
  return out;
}

// The comparisons with enough data in the order the text shows them.
std::vector<const FactorRow*> RootsInOrder(const std::vector<const FactorRow*>& rows) {
  std::vector<const FactorRow*> out = RootGroup(rows, false, true);
  std::vector<const FactorRow*> elsewhere = RootGroup(rows, true, true);
  out.insert(out.end(), elsewhere.begin(), elsewhere.end());
  return out;
}

// A site's roots: when other sites have pain, in two labelled groups, load
// then pain elsewhere; the factors without enough data folded into one
// line at the end (or, with `all`, listed with their counts in their group).
std::string Roots(const std::vector<const FactorRow*>& rows, const std::string& site, bool has_episodes, bool all,
                  const AnalysisParams& p) {
  if (!has_episodes) return Para("No episodes at " + site + ", so nothing to compare the factors against.", 4, 4);
  const bool grouped = std::any_of(rows.begin(), rows.end(), [](const FactorRow* r) { return IsElsewhere(*r); });
  const bool any_load = std::any_of(rows.begin(), rows.end(), [](const FactorRow* r) { return !IsElsewhere(*r); });
  std::string out;
  if (!any_load) out += Wrap("No load factors logged yet: add " + LoadOptions() + " to daily entries.", kWidth, 4, 4);
  const size_t indent = grouped ? 6 : 4;
  std::vector<const FactorRow*> thin;
  for (bool elsewhere : {false, true}) {
    std::vector<const FactorRow*> found = RootGroup(rows, elsewhere, true);
    std::vector<const FactorRow*> group_thin = RootGroup(rows, elsewhere, false);
    thin.insert(thin.end(), group_thin.begin(), group_thin.end());
    if (found.empty() && (!all || group_thin.empty())) continue;
    if (grouped) out += std::string("    ") + (elsewhere ? "Pain elsewhere" : "Load") + "\n";
    for (const FactorRow* r : found) out += Para(FactorSentence(*r, p), indent, indent + 2);
    if (!all) continue;
    for (const FactorRow* r : group_thin)
      out += Para(fmt::format("{}: not enough data ({}, {}, {} with an onset).", FactorRowLabel(*r),
                              Plural(r->high.days, IsElsewhere(*r) ? (r->elsewhere + " pain day").c_str() : "high day"),
                              Plural(r->low.days, "other day"), r->high.onset_days + r->low.onset_days),
                  indent, indent + 2);
  }
  if (all || thin.empty()) return out;
  std::vector<std::string> names;
  bool thin_load = false, thin_elsewhere = false;
  for (const FactorRow* r : thin) {
    names.push_back(FactorRowLabel(*r));
    (IsElsewhere(*r) ? thin_elsewhere : thin_load) = true;
  }
  const char* days = thin_load && thin_elsewhere ? "high (or pain)" : thin_load ? "high" : "pain";
  const std::string keep = thin_load ? LoadOptions() + " on most days" : "pain at every site";
  out += Para(fmt::format("Not enough data yet for {}: each needs 3 {} days, 3 other days and 3 days with an onset. "
                          "Keep logging {} (`--all` shows the counts).",
                          Join(names, ", "), days, keep),
              4, 6);
  return out;
}

}  // namespace

std::vector<std::string> Findings(const Analysis& a) {
  std::vector<std::string> out;
  for (const FollowupRow& r : a.followup)
    if (FollowupHolds(r)) out.push_back(FollowupSentence(r, a.params));
  std::vector<const FactorRow*> rows;
  for (const FactorRow& r : a.factors)
    if (FactorHolds(r)) rows.push_back(&r);
  std::stable_sort(rows.begin(), rows.end(),
                   [](const FactorRow* x, const FactorRow* y) { return x->p_value < y->p_value; });
  for (const FactorRow* r : rows) out.push_back(FactorSentence(*r, a.params) + " An association, not proof of cause.");
  return out;
}

std::string AnalysisText(const Analysis& a, const TextStyle& s, bool all) {
  std::string out;
  const AnalysisParams& p = a.params;
  if (a.entries == 0)
    return Wrap("No entries to analyse. Log pain as `journal add neck 6`, what you did with --did (massage, "
                "stretching, a walk) and the day's load with " + LoadOptions() + "; after a few weeks "
                "the analysis has something to say.",
                kWidth, 0, 0);
  out += s.bold + fmt::format("Analysis of {} {}, {} to {}.", a.entries, a.entries == 1 ? "entry" : "entries",
                              FormatDate(LocalDate(*a.first)), FormatDate(LocalDate(*a.last))) +
         s.reset + "\n";
  out += Wrap(fmt::format("Pain threshold {}, episode gap {}, follow-up window {}, recurrence window {}, lag {}d, day "
                          "start {}. Associations in your own records, not proof of cause: n are counts, CI 95% "
                          "intervals, p from Fisher's exact test, q adjusted for the number of factor comparisons "
                          "(Benjamini-Hochberg).",
                          p.pain_threshold, FormatDuration(p.episode_gap), FormatDuration(p.followup_window),
                          FormatDuration(p.recurrence_window), p.lag_days, Clock(p.day_start_min)),
              kWidth, 0, 0);

  // Sites: those with episodes or treatments, in name order.
  std::vector<std::string> sites;
  for (const Episode& e : a.episodes) sites.push_back(e.site);
  for (const FollowupRow& r : a.followup)
    if (r.site != "*") sites.push_back(r.site);
  std::sort(sites.begin(), sites.end());
  sites.erase(std::unique(sites.begin(), sites.end()), sites.end());
  if (sites.empty()) {
    out += "\n" + Wrap(fmt::format("No pain episodes yet: an episode starts with an entry that has a site and an "
                                   "intensity of {} or more, such as `journal add neck 6`.",
                                   p.pain_threshold),
                       kWidth, 0, 0);
  }
  const FollowupRow* all_sites = nullptr;
  for (const FollowupRow& r : a.followup)
    if (r.site == "*") all_sites = &r;

  // Each site's rows, gathered once.
  std::map<std::string, std::vector<const Episode*>> eps_by_site;
  for (const Episode& e : a.episodes) eps_by_site[e.site].push_back(&e);
  std::map<std::string, const FollowupRow*> row_by_site;
  for (const FollowupRow& r : a.followup) row_by_site[r.site] = &r;
  std::map<std::string, const ReliefRow*> relief_by_site;
  for (const ReliefRow& r : a.relief) relief_by_site[r.site] = &r;
  std::map<std::string, std::vector<const FactorRow*>> factors_by_site;
  for (const FactorRow& r : a.factors) factors_by_site[r.site].push_back(&r);

  for (const std::string& site : sites) {
    out += "\n" + s.bold + Visible(site) + s.reset + "\n";
    const std::vector<const Episode*>& eps = eps_by_site[site];
    if (eps.empty())
      out += Para("No pain episodes at " + site + " in this period.", 2, 2);
    else
      out += Wrap(EpisodeSummary(eps), kWidth, 2, 2);

    out += "\n  " + s.bold + "Branch: does it come back after passive relief?" + s.reset + "\n";
    const FollowupRow* row = row_by_site[site];
    if (!row || row->with_followup.treatments + row->without_followup.treatments == 0) {
      row = nullptr;
      out += Para("No passive relief (massage, heat, acupuncture, ...) logged for " + site +
                      " yet. Log it with --did, and movement after it (stretching, a walk), to see whether the pain "
                      "comes back less often with movement.",
                  4, 4);
    } else {
      out += Para(row->enough_data ? FollowupSentence(*row, p) : NotEnoughFollowup(*row), 4, 4);
      out += CountsTable(*row);
      if (const ReliefRow* relief = relief_by_site[site])
        out += Para(relief->enough_data ? ReliefSentence(*relief, p) : NotEnoughRelief(*relief, p), 4, 4);
    }

    out += "\n  " + s.bold + "Roots: what comes before " + Visible(site) + " onsets?" + s.reset + "\n";
    out += Roots(factors_by_site[site], site, !eps.empty(), all, p);
    std::vector<std::string> tries;
    if (row && FollowupHolds(*row)) tries.push_back(TryFollowup(*row, p));
    for (const FactorRow* r : RootsInOrder(factors_by_site[site]))
      if (FactorHolds(*r)) tries.push_back(TryFactor(*r, p));
    if (!tries.empty()) out += "\n";
    for (const std::string& t : tries) out += Para(t, 2, 4);
  }

  if (all_sites && sites.size() > 1 &&
      all_sites->with_followup.treatments + all_sites->without_followup.treatments > 0) {
    out += "\n" + s.bold + "All sites together" + s.reset + "\n";
    out += Wrap(all_sites->enough_data ? FollowupSentence(*all_sites, p) : NotEnoughFollowup(*all_sites), kWidth, 2, 2);
    out += CountsTable(*all_sites);
    if (const ReliefRow* relief = relief_by_site["*"]; relief && relief->with_followup.n + relief->without_followup.n > 0)
      out += Wrap(relief->enough_data ? ReliefSentence(*relief, p) : NotEnoughRelief(*relief, p), kWidth, 2, 2);
  }
  if (a.treatments == 0 && sites.empty())
    out += "\n" + Wrap("No passive relief logged yet (massage, tui-na, acupuncture, heat, ...): log it with --did, "
                       "and movement after it, to see whether the pain comes back less often with movement.",
                       kWidth, 0, 0);
  if (a.unattributed_treatments > 0)
    out += "\n" + Wrap(fmt::format("{} passive {} had no site and came when no episode was active; counted, not "
                                   "analysed.",
                                   a.unattributed_treatments,
                                   a.unattributed_treatments == 1 ? "treatment" : "treatments"),
                       kWidth, 0, 0);
  return out + "\n" + Legend(p, s);
}

std::string AnalysisExplain(const AnalysisParams& p) {
  const std::string gap = HumanSpan(p.episode_gap), follow = HumanSpan(p.followup_window),
                    window = HumanSpan(p.recurrence_window);
  const std::pair<const char*, std::string> kTerms[] = {
      {"Episode",
       fmt::format("A stretch of pain at one site: pain entries (intensity {} or more) at most {} apart, with no "
                   "relief entry (a lower intensity at that site) between them. It begins at its first entry (its "
                   "onset) and ends at its last.",
                   p.pain_threshold, gap)},
      {"Treatment",
       "An entry with a passive action: something done to you, such as massage, acupuncture, heat or cupping. "
       "It belongs to its own site, or, if it has none, to every site with an episode going on then."},
      {"Follow-up",
       fmt::format("Movement (stretching, a walk, qigong, exercise, ...) logged in the same entry as a treatment "
                   "or within {} after it.",
                   follow)},
      {"Recurrence",
       fmt::format("A new episode at the site that begins within {} after a treatment: the pain came back.",
                   window)},
      {"Stayed away", fmt::format("No new episode within {} after a treatment.", window)},
      {"Persisted",
       fmt::format("The episode going on at the treatment lasted the whole {}: the pain never let up, so it "
                   "cannot have come back. Counted, not compared.",
                   window)},
      {"Censored",
       "The journal does not yet reach far enough after a treatment to know its outcome (its window is still "
       "open, or the pain has not come back by the last entry). Counted, not compared, or in the relief curves "
       "counted as pain-free for as long as it was seen."},
      {"Relief time",
       fmt::format("How long the pain stayed away after a treatment: from the end of the {} follow-up window "
                   "(when it is known whether movement followed) to the next pain entry at the site. Pain back "
                   "before that 'returned early'. The median is the time by which half had their pain back; "
                   "'not reached' means fewer than half had.",
                   follow)},
      {"Pain elsewhere",
       fmt::format("Pain at another site as a root: for each site, every other site with a pain entry is a "
                   "factor (pain:SITE in JSON). Its days are every journal day with an entry; a day with pain at "
                   "the other site is high. It counts the site's onsets that began {} such a day, so that it says "
                   "what comes before, not what comes with. Two sites may also hurt together for one shared cause: "
                   "an association, not proof of where the pain starts.",
                   p.lag_days == 0 ? "the same day as" : p.lag_days == 1 ? "the next day after"
                                                        : fmt::format("within {} days after", p.lag_days))},
      {"Risk ratio",
       "How many times likelier the outcome was in one group than in the other: 2.0 is twice as likely, 1.0 no "
       "difference, 0.5 half as likely."},
      {"Interval",
       "The 95% confidence interval (CI): the range of values that fits your records. A wide interval means few "
       "records; an interval of a risk ratio that includes 1 means no clear difference."},
      {"p", "How often a difference at least this large would turn up by chance alone if there were no real one. "
            "Below 0.05 is called a finding here; it is still an association, not a cause."},
      {"q", "The p of a factor adjusted for how many factors and sites were compared at once "
            "(Benjamini-Hochberg): with many comparisons, some small p turn up by chance."},
      {"rho",
       "Spearman's rank correlation between a day's load and the highest intensity at the site that day and the "
       "next: from -1 (more load, less pain) through 0 (no relation) to 1 (more load, more pain). n is the "
       "number of days."},
      {"n", "How many treatments, days or entries a number rests on."},
  };
  std::string out = Wrap("What the words of `journal analyze` mean here, with the windows now in force (change them "
                         "with the options or [analysis] in the config file).",
                         kWidth, 0, 0);
  for (const auto& [term, text] : kTerms) out += "\n" + Wrap(std::string(term) + ": " + text, kWidth, 0, 2);
  out += "\n" + Wrap("Everything here is an association in your own records, not proof of cause: you may move more "
                     "on good days. To find out whether something helps you, run a planned self-experiment.",
                     kWidth, 0, 0);
  return out;
}

}  // namespace pj
