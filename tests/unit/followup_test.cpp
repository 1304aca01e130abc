// Open follow-ups (followup.h): the one rule the report, `journal due` and
// add's nudge share; and cutting a month file down to a few days
// (month_slice.h) gives the same entries as parsing it whole.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>

#include "painjournal/entry_toml.h"
#include "painjournal/followup.h"
#include "painjournal/month_reader.h"
#include "painjournal/month_slice.h"
#include "painjournal/report.h"

#include "test_util.h"

using namespace pj;

namespace {

Time T(const std::string& s) { return pjtest::At(s); }

int n_ids = 0;

Entry E(const std::string& at, std::optional<std::string> site = std::nullopt, std::vector<std::string> did = {},
        std::optional<int> intensity = std::nullopt) {
  Entry e;
  e.id = "F" + std::to_string(++n_ids);
  e.at = T(at);
  e.site = site;
  e.did = did;
  if (intensity) e.set_intensity(*intensity);
  return e;
}

// "2026-11-DDTHH:00:00+01:00".
std::string fmt_day(int day, int hour) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "2026-11-%02dT%02d:00:00+01:00", day, hour);
  return buf;
}

std::vector<OpenFollowup> Open(std::vector<Entry> entries, const std::string& now) {
  SortEntries(&entries);
  return OpenFollowups(entries, Vocabulary::BuiltIn(), AnalysisParams{}, T(now));
}

}  // namespace

TEST_CASE("followup: a passive relief is open until its window closes or movement comes") {
  const std::vector<Entry> massage{E("2026-11-20T18:00:00+01:00", "neck", {"massage"})};
  // Inside the 48h window: open, due 48h after, the passive actions named.
  std::vector<OpenFollowup> open = Open(massage, "2026-11-21T10:00:00+01:00");
  REQUIRE(open.size() == 1);
  CHECK(open[0].action == "massage");
  CHECK(open[0].site == std::optional<std::string>("neck"));
  CHECK(open[0].sites == std::vector<std::string>{"neck"});
  CHECK(open[0].id == massage[0].id);
  CHECK(open[0].due.utc == T("2026-11-22T18:00:00+01:00").utc);
  // The window closes at exactly 48h.
  CHECK(Open(massage, "2026-11-22T17:59:00+01:00").size() == 1);
  CHECK(Open(massage, "2026-11-22T18:00:00+01:00").empty());
  // Before the relief (a "now" in the past): not yet open.
  CHECK(Open(massage, "2026-11-20T17:00:00+01:00").empty());
  // Movement after it, within the window: followed up.
  std::vector<Entry> walked = massage;
  walked.push_back(E("2026-11-21T08:00:00+01:00", std::nullopt, {"walk"}));
  CHECK(Open(walked, "2026-11-21T10:00:00+01:00").empty());
  // Movement in the same entry: followed up.
  CHECK(Open({E("2026-11-20T18:00:00+01:00", "neck", {"massage", "stretching"})}, "2026-11-21T10:00:00+01:00")
            .empty());
  // Movement before the relief does not count.
  std::vector<Entry> before = massage;
  before.push_back(E("2026-11-20T17:00:00+01:00", std::nullopt, {"walk"}));
  CHECK(Open(before, "2026-11-21T10:00:00+01:00").size() == 1);
  // Only the passive actions are named; other actions are not relief.
  CHECK(Open({E("2026-11-20T18:00:00+01:00", "neck", {"rest", "heat", "massage"})}, "2026-11-21T10:00:00+01:00")[0]
            .action == "heat, massage");
  CHECK(Open({E("2026-11-20T18:00:00+01:00", "neck", {"rest"})}, "2026-11-21T10:00:00+01:00").empty());
}

TEST_CASE("followup: soonest due first; a relief without a site goes to the episodes active then") {
  const std::vector<Entry> entries{
      E("2026-11-20T08:00:00+01:00", "neck", {}, 6),
      E("2026-11-20T09:00:00+01:00", "shoulder-left", {}, 5),
      E("2026-11-20T20:00:00+01:00", "lower-back", {"heat"}),
      E("2026-11-20T10:00:00+01:00", std::nullopt, {"massage"}),  // neck and shoulder-left were active
  };
  std::vector<OpenFollowup> open = Open(entries, "2026-11-21T10:00:00+01:00");
  REQUIRE(open.size() == 2);
  CHECK(open[0].action == "massage");
  CHECK(!open[0].site);
  CHECK(open[0].sites == std::vector<std::string>{"neck", "shoulder-left"});
  CHECK(open[1].sites == std::vector<std::string>{"lower-back"});
  CHECK(open[0].due.utc < open[1].due.utc);
  // No episode active: unattributed, still open.
  open = Open({E("2026-11-20T10:00:00+01:00", std::nullopt, {"massage"})}, "2026-11-21T10:00:00+01:00");
  REQUIRE(open.size() == 1);
  CHECK(open[0].sites.empty());
}

TEST_CASE("followup: the report's open follow-ups are the same rule's") {
  std::vector<Entry> entries{E("2026-11-20T18:00:00+01:00", "neck", {"massage"}),
                             E("2026-11-19T18:00:00+01:00", "jaw", {"heat"}),
                             E("2026-11-19T20:00:00+01:00", std::nullopt, {"walk"})};
  SortEntries(&entries);
  const Time now = T("2026-11-21T10:00:00+01:00");
  const Vocabulary vocab = Vocabulary::BuiltIn();
  const std::vector<WeekReport> weeks =
      ComputeWeeks(entries, {Date{2026, 11, 16}}, vocab, AnalysisParams{}, now);
  const std::vector<OpenFollowup> open = OpenFollowups(entries, vocab, AnalysisParams{}, now);
  REQUIRE(weeks.size() == 1);
  REQUIRE(open.size() == 1);
  REQUIRE(weeks[0].open.size() == 1);
  CHECK(weeks[0].open[0].id == open[0].id);
  CHECK(weeks[0].pending == 1);
  CHECK(weeks[0].with_followup == 1);
}

TEST_CASE("followup: the movement suggested") {
  const Vocabulary vocab = Vocabulary::BuiltIn();
  const std::string first = vocab.ActionsOfClass(ActionClass::kMovement).front();
  CHECK(SuggestedMovement({}, vocab) == first);
  CHECK(SuggestedMovement({E("2026-11-20T18:00:00+01:00", "neck", {"massage", "rest"})}, vocab) == first);
  CHECK(SuggestedMovement({E("2026-11-20T18:00:00+01:00", std::nullopt, {"walk"}),
                           E("2026-11-20T19:00:00+01:00", std::nullopt, {"qigong"}),
                           E("2026-11-20T20:00:00+01:00", std::nullopt, {"qigong", "massage"})},
                          vocab) == "qigong");
}

TEST_CASE("month slice: the entries of a few days, as the whole file gives them") {
  std::string text = "# painjournal: entries for 2026-11, one [[entry]] table each.\nformat = 1\n";
  std::vector<Entry> all;
  for (int day = 1; day <= 30; ++day)
    for (int hour : {0, 9, 23}) {
      Entry e = E(fmt_day(day, hour), "neck", {day % 3 ? "massage" : "walk"}, day % 11);
      text += "\n" + FormatEntryToml(e);
    }
  // Appended out of time order, far from its UTC date: kept by its instant.
  Entry far = E("2026-11-19T23:30:00-11:00", "neck", {"walk"}, 2);
  Entry old = E("2026-11-02T09:00:00+01:00", "neck", {"walk"}, 2);
  text += "\n" + FormatEntryToml(far) + "\n" + FormatEntryToml(old);
  MonthData whole;
  ParseMonth(text, "m", &whole);
  REQUIRE(whole.problems.empty());
  const int64_t since = T("2026-11-20T10:00:00+01:00").utc;
  std::string slice;
  REQUIRE(SliceMonth(text, since, &slice));
  CHECK(slice.size() < text.size() / 2);
  MonthData part;
  ParseMonth(slice, "m", &part);
  CHECK(part.problems.empty());
  std::vector<std::string> want, got;
  for (const Entry& e : whole.entries)
    if (e.at.utc >= since) want.push_back(e.id);
  for (const Entry& e : part.entries) got.push_back(e.id);
  CHECK(!want.empty());
  CHECK(std::count(want.begin(), want.end(), far.id) == 1);
  CHECK(got == want);
  // Fed in small pieces (a file read in blocks), the same slice.
  for (size_t piece : {1, 7, 4096}) {
    MonthSlicer slicer(since);
    for (size_t i = 0; i < text.size(); i += piece) slicer.Feed(std::string_view(text).substr(i, piece));
    std::string pieces;
    REQUIRE(slicer.Finish(&pieces));
    CHECK(pieces == slice);
  }
  // Only the entries that record an action, when asked (every third day's
  // entries here have none).
  for (Entry& e : whole.entries)
    if (e.at.utc >= since && e.site && *e.site == "neck" && e.intensity() == 0) e.did.clear();
  std::string plain = "format = 1\n", done_only;
  std::vector<std::string> with_did;
  for (const Entry& e : whole.entries) {
    plain += "\n" + FormatEntryToml(e);
    if (e.at.utc >= since && !e.did.empty()) with_did.push_back(e.id);
  }
  REQUIRE(SliceMonth(plain, since, &done_only, /*only_done=*/true));
  MonthData done;
  ParseMonth(done_only, "m", &done);
  std::vector<std::string> got_done;
  for (const Entry& e : done.entries) got_done.push_back(e.id);
  CHECK(with_did.size() < want.size());
  CHECK(got_done == with_did);
  // What it cannot cut safely, it leaves to a whole parse.
  CHECK(!SliceMonth(text + "\n[[entry]]\nid = \"x\"\nnote = \"\"\"\n[[entry]]\nat = 2026-11-21\"\"\"\n", since, &slice));
  CHECK(!SliceMonth(text + "\n[[entry]]\nid = \"x\"\nat=2026-11-21T10:00:00+01:00\n", since, &slice));
  CHECK(!SliceMonth(text + "\n[[entry]]\nid = \"x\"\nat = 2026-11-21T10:00:00+01:00\n[entry.factors]\n", since, &slice));
  CHECK(!SliceMonth(text + "\n  [[entry]]\nid = \"x\"\nat = 2026-11-21T10:00:00+01:00\n", since, &slice));
  CHECK(!SliceMonth("format = 1\n", since, &slice));
  // A multi-line string in a table before `since` (one passed over quickly).
  CHECK(!SliceMonth(text + "\n[[entry]]\nid = \"x\"\nat = 2026-11-02T10:00:00+01:00\nnote = '''\nhello\nworld'''\n", since,
                    &slice));
  for (size_t piece : {1, 5}) {
    MonthSlicer slicer(since);
    const std::string t = text + "\n[[entry]]\nid = \"x\"\nat = 2026-11-02T10:00:00+01:00\nnote = \"\"\"\nx\"\"\"\n";
    for (size_t i = 0; i < t.size(); i += piece) slicer.Feed(std::string_view(t).substr(i, piece));
    std::string pieces;
    CHECK(!slicer.Finish(&pieces));
  }
  CHECK(!SliceMonth(text + "\n[[entry]]\nid = \"x\"\n\"at\" = 2026-11-21T10:00:00+01:00\n", since, &slice));
}
