// Trials in the weekly report: which trials a report shows, what it says
// of each (words shared with `trial result`), and the HTML chart.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "painjournal/trial_html.h"
#include "painjournal/trial_render.h"
#include "painjournal/trial_report.h"

using namespace pj;

namespace {

const int64_t kMonday = DaysFromCivil(2026, 11, 2);

Entry Rating(int day, int intensity) {
  Entry e;
  e.id = "R" + std::to_string(day);
  e.at = Time{(kMonday + day) * 86400 + 11 * 3600, 60};  // noon at +01:00
  e.site = "neck";
  e.set_intensity(intensity);
  return e;
}

Entry Did(int day) {
  Entry e;
  e.id = "D" + std::to_string(day);
  e.at = Time{(kMonday + day) * 86400 + 17 * 3600, 60};
  e.did = {"qigong"};
  return e;
}

// 2 pairs of 3-day periods, 1 washout day: days 0-11 from kMonday.
TrialPlan Plan() {
  TrialPlan p;
  p.name = "qigong";
  p.site = "neck";
  p.action = "qigong";
  p.first_day = kMonday;
  p.period_days = 3;
  p.washout_days = 1;
  p.sequence = {"AB", "BA"};
  return p;
}

// B days (3-5, 6-8) at 2 with qigong, A days at 5.
std::vector<Entry> Planted() {
  std::vector<Entry> out;
  for (int d = 0; d < 12; ++d) {
    const bool b = (d >= 3 && d < 9);
    out.push_back(Rating(d, b ? 2 : 5));
    if (b) out.push_back(Did(d));
  }
  return out;
}

int Count(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("trial report: a trial shows while its days meet the weeks, and 28 days after its end") {
  const TrialPlan p = Plan();  // kMonday .. kMonday + 11
  CHECK(TrialInReport(p, kMonday - 7, kMonday - 1, 0) == false);   // the week before it
  CHECK(TrialInReport(p, kMonday - 6, kMonday, 0));                 // its first day
  CHECK(TrialInReport(p, kMonday + 11 + 28, kMonday + 11 + 34, 0)); // ended 28 days before
  CHECK(TrialInReport(p, kMonday + 11 + 29, kMonday + 11 + 35, 0) == false);
  TrialPlan stopped = p;
  stopped.stopped = Time{(kMonday + 2) * 86400 + 9 * 3600, 60};  // day 2
  CHECK(TrialEndDay(stopped, 0) == kMonday + 2);
  CHECK(TrialInReport(stopped, kMonday + 2 + 29, kMonday + 2 + 35, 0) == false);
  CHECK(TrialInReport(p, kMonday + 2 + 29, kMonday + 2 + 35, 0));
}

TEST_CASE("trial report: today's condition while running, the result sentence of `trial result` once ended") {
  const std::vector<Entry> e = Planted();
  const ReportTrial running = ViewReportTrial(Plan(), e, kMonday + 4, 0);
  CHECK(running.state == ReportTrial::kRunning);
  CHECK(running.today_day.condition == 'B');
  CHECK(running.result.daily.size() == 5);
  CHECK(*running.result.daily[4] == 2);
  const ReportTrialWords w = WordsOfReportTrial(running);
  CHECK(w.today == "Today: qigong, then rate your neck.");
  CHECK(w.heading.find("day 5 of 12") != std::string::npos);
  CHECK(!running.result.p_value);  // no peeking

  const ReportTrial done = ViewReportTrial(Plan(), e, kMonday + 20, 0);
  CHECK(done.state == ReportTrial::kFinished);
  CHECK(WordsOfReportTrial(done).today.empty());
  CHECK(WordsOfReportTrial(done).summary == TrialSummaryWords(done.plan, done.result, done.today));
  CHECK(WordsOfReportTrial(done).summary.find("3.0 points lower in qigong periods") != std::string::npos);
  CHECK(ReportTrialText(done).find(TrialSummary(done.plan, done.result, done.today)) != std::string::npos);
  const Json j = ReportTrialJson(done);
  CHECK(j["state"] == "finished");
  CHECK(j["today"].is_null());
  CHECK(j["daily"].size() == 12);
  CHECK(j["effect"].get<double>() == doctest::Approx(-3.0));

  const ReportTrial planned = ViewReportTrial(Plan(), e, kMonday - 1, 0);
  CHECK(planned.state == ReportTrial::kPlanned);
  CHECK(WordsOfReportTrial(planned).summary == "It starts Mon 2 Nov 2026: as usual (no qigong).");
}

TEST_CASE("trial report: HTML shades each period, hatches washout days and marks today") {
  CHECK(TrialsHtml({}).empty());
  const ReportTrial running = ViewReportTrial(Plan(), Planted(), kMonday + 4, 0);
  const std::string h = TrialsHtml({running});
  CHECK(Count(h, "<svg") == 1);
  CHECK(Count(h, "fill=\"#dceaf7\"/>") == 2 + 2);  // two A periods; the legend's A and washout swatches
  CHECK(Count(h, "fill=\"#fde2c4\"/>") == 2 + 1);
  CHECK(Count(h, "fill=\"url(#trial-washout-0)\"") == 4 + 1);  // one washout day per period, and the legend
  CHECK(Count(h, "<circle") == 5 + 2);  // the days so far, and two legend dots
  CHECK(Count(h, "r=\"3\" fill=\"#fff\"") == 2 + 1);  // washout days 0 and 3 hollow, and the legend's
  CHECK(Count(h, ">today</text>") == 2);  // the marker's label and the legend's
  CHECK(h.find("<script") == std::string::npos);
  const std::string done = TrialsHtml({ViewReportTrial(Plan(), Planted(), kMonday + 20, 0)});
  CHECK(Count(done, ">today</text>") == 0);
  CHECK(Count(done, "<circle") == 12 + 2);

  TrialPlan hostile = Plan();
  hostile.site = "<b>neck</b>";
  const std::string esc = TrialsHtml({ViewReportTrial(hostile, {}, kMonday + 4, 0)});
  CHECK(esc.find("<b>") == std::string::npos);
  CHECK(esc.find("&lt;b&gt;neck") != std::string::npos);
}
