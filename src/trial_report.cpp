#include "painjournal/trial_report.h"

#include <fmt/format.h>

#include <algorithm>

#include "painjournal/analysis.h"
#include "painjournal/analysis_render.h"
#include "painjournal/trial_render.h"

namespace pj {

int64_t TrialEndDay(const TrialPlan& plan, int day_start_min) {
  int64_t end = plan.last_day();
  if (plan.stopped) end = std::min(end, JournalDay(*plan.stopped, day_start_min));
  return end;
}

bool TrialInReport(const TrialPlan& plan, int64_t first, int64_t last, int day_start_min) {
  const int64_t end = TrialEndDay(plan, day_start_min);
  return plan.first_day <= last && end >= first - kTrialReportRecentDays;
}

ReportTrial ViewReportTrial(const TrialPlan& plan, const std::vector<Entry>& entries, int64_t today,
                            int day_start_min) {
  ReportTrial t;
  t.plan = plan;
  t.today = today;
  t.result = EvaluateTrial(plan, entries, today, day_start_min);
  t.today_day = DayOf(plan, today);
  if (plan.stopped)
    t.state = ReportTrial::kStopped;
  else if (t.today_day.state == TrialDay::kBefore)
    t.state = ReportTrial::kPlanned;
  else if (t.today_day.state == TrialDay::kRunning)
    t.state = ReportTrial::kRunning;
  else
    t.state = ReportTrial::kFinished;
  return t;
}

const char* TrialStateName(ReportTrial::State s) {
  switch (s) {
    case ReportTrial::kPlanned: return "planned";
    case ReportTrial::kRunning: return "running";
    case ReportTrial::kFinished: return "finished";
    case ReportTrial::kStopped: return "stopped";
  }
  return "planned";
}

ReportTrialWords WordsOfReportTrial(const ReportTrial& t) {
  const TrialPlan& p = t.plan;
  ReportTrialWords w;
  std::string state;
  switch (t.state) {
    case ReportTrial::kPlanned: state = "planned"; break;
    case ReportTrial::kRunning: state = fmt::format("day {} of {}", t.today_day.day, p.total_days()); break;
    case ReportTrial::kFinished: state = "finished"; break;
    case ReportTrial::kStopped: state = "stopped " + FormatDate(LocalDate(*p.stopped)); break;
  }
  w.heading = fmt::format("Trial {}: {} for your {}, {} to {}, {}.", p.name, p.action, p.site,
                          TrialDayName(p.first_day), TrialDayName(p.last_day()), state);
  if (t.state == ReportTrial::kPlanned) {
    w.summary = fmt::format("It starts {}: {}.", TrialDayName(p.first_day), TrialConditionWords(p, p.sequence[0][0]));
    return w;
  }
  if (t.state == ReportTrial::kRunning)
    w.today = "Today: " + TrialTodayWords(p, t.today_day.condition) +
              (t.today_day.washout ? " (a washout day: not analysed, keep to the plan anyway)" : "") + ".";
  w.summary = TrialSummaryWords(p, t.result, t.today);
  return w;
}

std::string ReportTrialText(const ReportTrial& t) {
  const ReportTrialWords w = WordsOfReportTrial(t);
  std::string out = Wrap(w.heading, 78, 0, 2);
  if (!w.today.empty()) out += Wrap(w.today, 78, 0, 2);
  return out + Wrap(w.summary, 78, 0, 0);
}

Json ReportTrialJson(const ReportTrial& t) {
  // The result's keys, then the report's.
  Json j = TrialResultJson(t.plan, t.result);
  j["state"] = TrialStateName(t.state);
  if (t.state == ReportTrial::kRunning) {
    Json today = Json::object();
    today["day"] = t.today_day.day;
    today["condition"] = std::string(1, t.today_day.condition);
    today["washout"] = t.today_day.washout;
    today["todo"] = TrialTodayWords(t.plan, t.today_day.condition);
    j["today"] = today;
  } else {
    j["today"] = nullptr;
  }
  Json daily = Json::array();
  for (const auto& d : t.result.daily) daily.push_back(d ? Json(*d) : Json(nullptr));
  j["daily"] = daily;
  return j;
}

}  // namespace pj
