// Filters, reading only the months in range, and the last N entries.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <thread>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "painjournal/entry_toml.h"
#include "painjournal/filter.h"
#include "test_util.h"

using pjtest::At;
using pjtest::MakeEntry;

namespace {

pj::Entry Sample() {
  pj::Entry e = MakeEntry("S", "2026-11-10T12:00:00Z");
  e.site = "neck";
  e.did = {"massage", "walk"};
  e.tags = {"work"};
  return e;
}

std::vector<std::string> Ids(const std::vector<pj::Entry>& es) {
  std::vector<std::string> out;
  for (const auto& e : es) out.push_back(e.id);
  return out;
}

// Writes entries to their month files, in the order given.
void Write(const pj::Journal& j, const std::vector<pj::Entry>& es) {
  pj::Journal w(j.dir());
  std::string err;
  for (const auto& e : es) REQUIRE_MESSAGE(w.Append({e}, &err), err);
}

pj::Entry At2(const std::string& id, const std::string& at, const char* site = nullptr) {
  pj::Entry e = MakeEntry(id, at);
  if (site) e.site = site;
  return e;
}

}  // namespace

TEST_CASE("filter: Matches") {
  const pj::Entry e = Sample();
  const int64_t t = e.at.utc;
  pj::Filter f;
  CHECK(pj::Matches(f, e));

  f = {};
  f.since = t;
  CHECK(pj::Matches(f, e));
  f.since = t + 1;
  CHECK_FALSE(pj::Matches(f, e));
  f = {};
  f.until = t;
  CHECK(pj::Matches(f, e));
  f.until = t - 1;
  CHECK_FALSE(pj::Matches(f, e));
  f.since = t - 10;
  f.until = t + 10;
  CHECK(pj::Matches(f, e));

  f = {};
  f.sites = {"neck"};
  CHECK(pj::Matches(f, e));
  f.sites = {"jaw", "neck"};
  CHECK(pj::Matches(f, e));
  f.sites = {"jaw"};
  CHECK_FALSE(pj::Matches(f, e));
  pj::Entry nosite = e;
  nosite.site.reset();
  f.sites = {"neck"};
  CHECK_FALSE(pj::Matches(f, nosite));

  f = {};
  f.did = {"walk"};
  CHECK(pj::Matches(f, e));
  f.did = {"yoga", "massage"};
  CHECK(pj::Matches(f, e));
  f.did = {"yoga"};
  CHECK_FALSE(pj::Matches(f, e));
  pj::Entry nodid = e;
  nodid.did.clear();
  f.did = {"walk"};
  CHECK_FALSE(pj::Matches(f, nodid));

  f = {};
  f.tags = {"home", "work"};
  CHECK(pj::Matches(f, e));
  f.tags = {"home"};
  CHECK_FALSE(pj::Matches(f, e));
  // Tags match in any case: the filter holds them in lower case.
  pj::Entry upper = e;
  upper.tags = {"Work"};
  f.tags = {"work"};
  CHECK(pj::Matches(f, upper));
  upper.tags = {"WORKS"};
  CHECK_FALSE(pj::Matches(f, upper));

  // Every condition must hold.
  f = {};
  f.sites = {"neck"};
  f.did = {"walk"};
  f.tags = {"work"};
  f.since = t;
  CHECK(pj::Matches(f, e));
  f.tags = {"home"};
  CHECK_FALSE(pj::Matches(f, e));
}

TEST_CASE("filter: ScanMonths reads only the months in range, each sorted") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  Write(j, {At2("O2", "2026-10-20T10:00:00+02:00"), At2("O1", "2026-10-10T10:00:00+02:00"),
            At2("O0", "2026-10-01T10:00:00+02:00"), At2("N2", "2026-11-25T10:00:00+01:00"),
            At2("N1", "2026-11-05T10:00:00+01:00")});
  // Broken months outside the range.
  pjtest::Spit(j.MonthPath(2026, 9), "format = = 1\n[[entry]]\nid = \n");
  pjtest::Spit(j.MonthPath(2027, 1), "[[entry]\n");

  pj::Filter f;
  f.since = At("2026-10-05T00:00:00Z").utc;
  f.until = At("2026-11-20T00:00:00Z").utc;
  std::vector<std::vector<std::string>> visits;
  std::vector<pj::Problem> problems;
  std::string err;
  REQUIRE_MESSAGE(pj::ScanMonths(
                      j, f, [&](std::vector<pj::Entry>& es) { visits.push_back(Ids(es)); }, &problems, &err),
                  err);
  INFO(pjtest::ProblemsText(problems));
  CHECK(problems.empty());
  REQUIRE(visits.size() == 2);
  CHECK(visits[0] == std::vector<std::string>{"O1", "O2"});
  CHECK(visits[1] == std::vector<std::string>{"N1"});

  // Without an upper bound the broken January is read, and reported.
  f.until.reset();
  visits.clear();
  REQUIRE(pj::ScanMonths(
      j, f, [&](std::vector<pj::Entry>& es) { visits.push_back(Ids(es)); }, &problems, &err));
  REQUIRE_FALSE(problems.empty());
  for (const auto& p : problems) CHECK(p.file == j.MonthPath(2027, 1));
  CHECK(visits == std::vector<std::vector<std::string>>{{"O1", "O2"}, {"N1", "N2"}});

  // A month with no match is not visited.
  pj::Filter sites;
  sites.sites = {"jaw"};
  visits.clear();
  problems.clear();
  REQUIRE(pj::ScanMonths(
      j, sites, [&](std::vector<pj::Entry>& es) { visits.push_back(Ids(es)); }, &problems, &err));
  CHECK(visits.empty());
}

TEST_CASE("filter: ScanMonths visits months in order, with their problems in order, however many read ahead") {
  // Months are read on other threads; what the caller sees must not depend
  // on how many, or on which finished first.
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  std::vector<pj::Entry> entries;
  for (int m = 1; m <= 12; ++m)
    for (int y : {2024, 2025, 2026}) {
      std::string month = fmt::format("{:04d}-{:02d}", y, m);
      for (int d : {20, 3, 11}) entries.push_back(At2(month + "-" + std::to_string(d), month + fmt::format("-{:02d}T10:00:00Z", d)));
    }
  Write(j, entries);
  // Every third month also holds a line that does not parse.
  for (int y : {2024, 2025, 2026})
    for (int m = 1; m <= 12; m += 3) {
      std::string text;
      std::string e;
      REQUIRE(pj::ReadJournalFile(j.MonthPath(y, m), &text, &e));
      pjtest::Spit(j.MonthPath(y, m), text + "\n[[entry]]\nid = \n");
    }
  auto scan = [&](unsigned readers, unsigned ahead = 1) {
    std::vector<std::string> seen;
    std::vector<pj::Problem> problems;
    std::string err;
    REQUIRE(pj::ScanMonths(j, pj::Filter{}, [&](std::vector<pj::Entry>& es) {
      for (const auto& id : Ids(es)) seen.push_back(id);
    }, &problems, &err, readers, ahead));
    for (const auto& p : problems) seen.push_back(p.file);
    return seen;
  };
  std::vector<std::string> one = scan(1);
  REQUIRE(one.size() == 3 * 12 * 3 + 12);
  CHECK(one[0] == "2024-01-3");
  CHECK(one[3] == "2024-02-3");
  CHECK(one[108] == j.MonthPath(2024, 1));
  CHECK(one[119] == j.MonthPath(2026, 10));
  for (unsigned readers : {2u, 3u, 8u})
    for (unsigned ahead : {0u, 1u, 2u, 5u}) CHECK(scan(readers, ahead) == one);
}

TEST_CASE("filter: MonthFactorNames gives each name of a month once, from either reading of it") {
  // Kept for every month until all are read, one copy per entry made the
  // first pass of an export grow with the journal.
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  std::vector<pj::Entry> entries;
  for (int d = 1; d <= 20; ++d) {
    pj::Entry e = At2(fmt::format("N{:02d}", d), fmt::format("2026-11-{:02d}T10:00:00Z", d), d % 2 ? "neck" : "jaw");
    e.factors = {{"sleep_hours_last_night", 7}, {"steps_walked_today", 5000}};
    if (d == 7) e.factors.emplace_back("weather", 1);
    entries.push_back(e);
  }
  Write(j, entries);
  std::string err;
  const std::vector<pj::MonthFile> months = j.MonthFiles(&err);
  REQUIRE(months.size() == 1);
  const std::vector<std::string> all = {"sleep_hours_last_night", "steps_walked_today", "weather"};
  CHECK(pj::MonthFactorNames(j, months[0], pj::Filter{}) == all);  // the quick scan
  pj::Filter jaw;
  jaw.sites = {"jaw"};
  CHECK(pj::MonthFactorNames(j, months[0], jaw) ==
        std::vector<std::string>{"sleep_hours_last_night", "steps_walked_today"});  // parsed, filtered
  pj::Filter neck;
  neck.sites = {"neck"};
  CHECK(pj::MonthFactorNames(j, months[0], neck) == all);
}

TEST_CASE("filter: ScanMonths reads no further ahead than readers x ahead months") {
  // While the caller visits the first month, the months past the limit are
  // removed: none may have been read yet, so each is a problem, not entries.
  // (A reader that ignored the limit would have read them during the pause;
  // on a slow machine it might not have, and the test then proves less, but
  // it never fails for slowness.)
  for (unsigned ahead : {1u, 2u}) {
    pjtest::TempDir tmp;
    pj::Journal j(tmp.path());
    std::vector<pj::Entry> entries;
    for (int m = 0; m < 30; ++m) {
      const std::string month = fmt::format("{:04d}-{:02d}", 2024 + m / 12, 1 + m % 12);
      entries.push_back(At2(month, month + "-10T10:00:00Z"));
    }
    Write(j, entries);
    const unsigned readers = 2;
    const size_t limit = 1 + readers * ahead;  // the first month and those read ahead of it
    std::string err;
    const std::vector<pj::MonthFile> months = j.MonthFiles(&err);
    REQUIRE(months.size() == 30);
    std::vector<std::string> seen;
    std::vector<pj::Problem> problems;
    REQUIRE(pj::ScanMonths(j, pj::Filter{}, [&](std::vector<pj::Entry>& es) {
      if (seen.empty()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        for (size_t i = limit; i < months.size(); ++i) REQUIRE(std::remove(months[i].path.c_str()) == 0);
      }
      for (const auto& id : Ids(es)) seen.push_back(id);
    }, &problems, &err, readers, ahead));
    CHECK(seen.size() == limit);
    CHECK(problems.size() == months.size() - limit);
  }
}

TEST_CASE("filter: CollectFactorNames: every matching entry's factor names, from any layout, on any threads") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  pj::Entry a = At2("A", "2026-09-10T10:00:00Z", "neck");
  a.factors = {{"caffeine", 2}, {"screen", 5}};
  pj::Entry b = At2("B", "2026-10-10T10:00:00Z", "jaw");
  b.factors = {{"alcohol", 1}};
  pj::Entry c = At2("C", "2026-11-10T10:00:00Z", "neck");
  c.factors = {{"caffeine", 1}, {"weather", 3}};
  Write(j, {a, b, c});
  // A hand-edited month that the quick scan cannot read (a note that names
  // factors, a factor table over several lines): its entries are parsed.
  pjtest::Spit(j.MonthPath(2026, 12),
               "format = 1\n\n[[entry]]\nid = \"D\"\nat = 2026-12-01T10:00:00Z\nsite = \"hip\"\n"
               "note = \"factors = { x = 1 }\"\n[entry.factors]\nsteps = 4\n");
  auto names = [&](const pj::Filter& f, unsigned readers) {
    std::vector<std::string> out;
    std::string err;
    REQUIRE_MESSAGE(pj::CollectFactorNames(j, f, &out, &err, readers), err);
    return out;
  };
  for (unsigned readers : {1u, 2u, 8u}) {
    INFO("readers " << readers);
    CHECK(names(pj::Filter{}, readers) == std::vector<std::string>{"alcohol", "caffeine", "screen", "steps", "weather"});
    pj::Filter neck;
    neck.sites = {"neck"};
    CHECK(names(neck, readers) == std::vector<std::string>{"caffeine", "screen", "weather"});
    pj::Filter since;
    since.since = At("2026-10-01T00:00:00Z").utc;
    since.until = At("2026-11-30T00:00:00Z").utc;
    CHECK(names(since, readers) == std::vector<std::string>{"alcohol", "caffeine", "weather"});
  }
  std::vector<std::string> out;
  std::string err;
  REQUIRE(pj::WriteFileAtomic(tmp / "file", "x", &err));
  CHECK_FALSE(pj::CollectFactorNames(pj::Journal(tmp / "file"), pj::Filter{}, &out, &err));
  CHECK(err.find("cannot read journal directory") == 0);
}

TEST_CASE("filter: an exception in the visitor stops ScanMonths and reaches the caller") {
  // The readers are joined on the way out: no thread is left running (that
  // would end the process) and the next scan works.
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  std::vector<pj::Entry> entries;
  for (int m = 1; m <= 12; ++m) {
    std::string month = fmt::format("2026-{:02d}", m);
    entries.push_back(At2(month + "-1", month + "-01T10:00:00Z"));
  }
  Write(j, entries);
  for (unsigned readers : {1u, 2u, 4u}) {
    std::vector<pj::Problem> problems;
    std::string err;
    int visited = 0;
    CHECK_THROWS_AS(pj::ScanMonths(j, pj::Filter{}, [&](std::vector<pj::Entry>&) {
      if (++visited == 3) throw std::runtime_error("stop");
    }, &problems, &err, readers), std::runtime_error);
    CHECK(visited == 3);
    int all = 0;
    REQUIRE(pj::ScanMonths(j, pj::Filter{}, [&](std::vector<pj::Entry>& es) { all += static_cast<int>(es.size()); },
                           &problems, &err, readers));
    CHECK(all == 12);
  }
}

TEST_CASE("filter: a month that cannot be read is a problem, and the others still load") {
  // It used to stop list, export, import and check with no output at all.
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  Write(j, {At2("N1", "2026-11-05T10:00:00+01:00")});
  REQUIRE(mkdir(j.MonthPath(2026, 12).c_str(), 0700) == 0);
  std::vector<pj::Problem> problems;
  std::string err;
  size_t seen = 0;
  CHECK(pj::ScanMonths(j, pj::Filter{}, [&](std::vector<pj::Entry>& m) { seen += m.size(); }, &problems, &err));
  CHECK(seen == 1);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message.find("2026-12.toml") != std::string::npos);
}

TEST_CASE("filter: a journal directory that cannot be read is an error, a missing one is empty") {
  pjtest::TempDir tmp;
  std::vector<pj::Problem> problems;
  std::string err;
  CHECK(pj::ScanMonths(pj::Journal(tmp / "missing"), pj::Filter{}, [](std::vector<pj::Entry>&) {}, &problems, &err));
  REQUIRE(pj::WriteFileAtomic(tmp / "file", "x", &err));
  CHECK_FALSE(pj::ScanMonths(pj::Journal(tmp / "file"), pj::Filter{}, [](std::vector<pj::Entry>&) {}, &problems, &err));
  CHECK(err.find("cannot read journal directory") == 0);
}

TEST_CASE("filter: LoadLast across months") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  Write(j, {At2("S2", "2026-09-20T10:00:00+02:00"), At2("S1", "2026-09-10T10:00:00+02:00", "neck"),
            At2("S3", "2026-09-25T10:00:00+02:00"), At2("O1", "2026-10-10T10:00:00+02:00", "neck"),
            At2("O2", "2026-10-20T10:00:00+02:00"), At2("N1", "2026-11-05T10:00:00+01:00")});
  // An old broken month that the last few entries do not need.
  pjtest::Spit(j.MonthPath(2026, 1), "[[entry]\n");

  auto last = [&](const pj::Filter& f, size_t n, std::vector<pj::Problem>* problems) {
    std::vector<pj::Entry> out;
    std::string err;
    REQUIRE_MESSAGE(pj::LoadLast(j, f, n, &out, problems, &err), err);
    return Ids(out);
  };
  std::vector<pj::Problem> problems;
  CHECK(last({}, 1, &problems) == std::vector<std::string>{"N1"});
  CHECK(last({}, 2, &problems) == std::vector<std::string>{"O2", "N1"});
  CHECK(last({}, 4, &problems) == std::vector<std::string>{"S3", "O1", "O2", "N1"});
  CHECK(problems.empty());
  CHECK(last({}, 0, &problems).empty());
  pj::Filter neck;
  neck.sites = {"neck"};
  CHECK(last(neck, 1, &problems) == std::vector<std::string>{"O1"});
  CHECK(last(neck, 5, &problems) == std::vector<std::string>{"S1", "O1"});
  // Asking for everything reads the broken month too.
  CHECK(last({}, 100, &problems) == std::vector<std::string>{"S1", "S2", "S3", "O1", "O2", "N1"});
  CHECK_FALSE(problems.empty());

  pj::Filter range;
  range.until = At("2026-10-15T00:00:00Z").utc;
  problems.clear();
  CHECK(last(range, 2, &problems) == std::vector<std::string>{"S3", "O1"});
}

TEST_CASE("filter: LoadLast finds a later instant filed in the month before") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  // 23:45 UTC on October 31, logged in UTC: filed in October.
  // 23:30 UTC on October 31, logged at 00:30 in +01:00: filed in November.
  Write(j, {At2("OCT-LATER", "2026-10-31T23:45:00+00:00"), At2("NOV-EARLIER", "2026-11-01T00:30:00+01:00"),
            At2("OCT-OLD", "2026-10-02T10:00:00+00:00")});
  std::vector<pj::Entry> out;
  std::vector<pj::Problem> problems;
  std::string err;
  REQUIRE(pj::LoadLast(j, pj::Filter{}, 1, &out, &problems, &err));
  CHECK(Ids(out) == std::vector<std::string>{"OCT-LATER"});
  REQUIRE(pj::LoadLast(j, pj::Filter{}, 2, &out, &problems, &err));
  CHECK(Ids(out) == std::vector<std::string>{"NOV-EARLIER", "OCT-LATER"});
  REQUIRE(pj::LoadLast(j, pj::Filter{}, 3, &out, &problems, &err));
  CHECK(Ids(out) == std::vector<std::string>{"OCT-OLD", "NOV-EARLIER", "OCT-LATER"});
}
