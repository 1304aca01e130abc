#include "painjournal/trial_render.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "painjournal/analysis_render.h"
#include "painjournal/time.h"

namespace pj {

namespace {

Json Mean(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }

std::string P(double p) { return p < 0.001 ? "< 0.001" : fmt::format("= {:.3f}", p); }

}  // namespace

std::string TrialDayName(int64_t day) {
  Date d = CivilFromDays(day);
  return fmt::format("{} {} {} {}", WeekdayAbbrev(d), d.day, MonthAbbrev(d.month), d.year);
}

std::string TrialConditionWords(const TrialPlan& p, char condition) {
  return condition == 'B' ? p.action + " every day" : "as usual (no " + p.action + ")";
}

std::string TrialTodayWords(const TrialPlan& p, char condition) {
  return condition == 'B' ? p.action + ", then rate your " + p.site
                          : "as usual (no " + p.action + "); rate your " + p.site;
}

Json TrialResultJson(const TrialPlan& p, const TrialResult& r) {
  Json j = Json::object();
  j["name"] = p.name;
  j["site"] = p.site;
  j["action"] = p.action;
  j["first_day"] = FormatDate(CivilFromDays(p.first_day));
  j["period_days"] = p.period_days;
  j["washout_days"] = p.washout_days;
  j["sequence"] = p.sequence;
  j["complete"] = r.finished && !p.stopped;
  j["stopped"] = p.stopped ? Json(FormatDateTime(*p.stopped)) : Json(nullptr);
  Json pairs = Json::array();
  for (const TrialPair& tp : r.pairs) {
    Json o = Json::object();
    o["order"] = tp.order;
    for (const auto& [key, po] : {std::pair<const char*, const PeriodOutcome&>{"a", tp.a}, {"b", tp.b}}) {
      Json g = Json::object();
      g["mean"] = Mean(po.mean);
      g["days"] = po.days;
      g["adherent"] = po.adherent;
      o[key] = g;
    }
    o["difference"] = tp.difference ? Json(*tp.difference) : Json(nullptr);
    pairs.push_back(o);
  }
  j["pairs"] = pairs;
  j["effect"] = r.effect ? Json(*r.effect) : Json(nullptr);
  j["effect_ci"] = r.effect_ci ? Json::array({r.effect_ci->lo, r.effect_ci->hi}) : Json(nullptr);
  j["p_value"] = r.p_value ? Json(*r.p_value) : Json(nullptr);
  j["min_p"] = r.min_p ? Json(*r.min_p) : Json(nullptr);
  return j;
}

std::string TrialSummaryWords(const TrialPlan& p, const TrialResult& r, int64_t today) {
  const std::string adherence = fmt::format("Adherence: {} of {} {} days, {} of {} usual days.", r.adherent_b,
                                            r.days_b, p.action, r.adherent_a, r.days_a);
  if (!r.finished)
    return fmt::format("Day {} of {}. The test is kept for the end ({}), so that looking early cannot steer the "
                       "trial.{}",
                       std::min<int64_t>(today - p.first_day + 1, p.total_days()), p.total_days(),
                       TrialDayName(p.last_day()), today >= p.first_day ? " " + adherence : "");
  if (!r.effect)
    return "No pair has a rating in both of its periods, so there is nothing to compare. " + adherence;
  const double e = *r.effect;
  std::string direction = e < 0 ? "lower" : e > 0 ? "higher" : "no different";
  std::string ci = "no interval with one pair";
  if (r.effect_ci) {
    // "1.4 points lower (95% CI 0.3 to 2.5)": the interval of the drop.
    double lo = r.effect_ci->lo, hi = r.effect_ci->hi;
    if (e < 0) {
      lo = -r.effect_ci->hi;
      hi = -r.effect_ci->lo;
    }
    ci = fmt::format("95% CI {:.1f} to {:.1f}", lo, hi);
  }
  std::string text = fmt::format(
      "{}Over {} {}pairs of {}-day periods, your {}'s daily highest pain averaged {} in {} periods ({}), "
      "randomisation p {} (smallest possible {:.3f}). {} This is the result of this experiment in you: how your "
      "{} did with and without {} in these weeks.",
      p.stopped ? "Stopped early. " : "", r.complete, r.complete < static_cast<int>(r.pairs.size()) ? "complete " : "",
      p.period_days, p.site,
      e == 0 ? "the same" : fmt::format("{:.1f} points {}", std::fabs(e), direction), p.action, ci, P(*r.p_value),
      *r.min_p, adherence, p.site, p.action);
  if (*r.min_p > 0.05)
    text += fmt::format(" With {} complete pairs no result can reach p < 0.05; a longer trial can.", r.complete);
  return text;
}

std::string TrialSummary(const TrialPlan& p, const TrialResult& r, int64_t today) {
  return Wrap(TrialSummaryWords(p, r, today), 78, 0, 0);
}

std::string TrialResultText(const TrialPlan& p, const TrialResult& r, int64_t today) {
  std::string out = fmt::format("Trial {}: {} for your {}, {} to {}{}.\n\n", p.name, p.action, p.site,
                                TrialDayName(p.first_day), TrialDayName(p.last_day()),
                                p.stopped ? ", stopped " + FormatDate(LocalDate(*p.stopped)) : "");
  out += fmt::format("  {:<6}{:<7}{:<20}{:<20}{}\n", "pair", "order", "as usual (A)", p.action + " (B)", "B - A");
  auto cell = [](const PeriodOutcome& o) {
    if (o.elapsed == 0) return std::string("-");
    return std::isfinite(o.mean) ? fmt::format("{:.1f} ({} {})", o.mean, o.days, o.days == 1 ? "day" : "days")
                                 : std::string("no rating");
  };
  for (size_t i = 0; i < r.pairs.size(); ++i) {
    const TrialPair& tp = r.pairs[i];
    if (tp.a.elapsed == 0 && tp.b.elapsed == 0) break;
    out += fmt::format("  {:<6}{:<7}{:<20}{:<20}{}\n", i + 1, tp.order, cell(tp.a), cell(tp.b),
                       tp.difference ? fmt::format("{:+.1f}", *tp.difference) : "-");
  }
  return out + "\n" + TrialSummary(p, r, today);
}

}  // namespace pj
