// `journal check`: what loading alone does not see (duplicate ids, entries
// in the wrong month), and setting a torn last entry aside.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "painjournal/check.h"
#include "painjournal/entry_toml.h"
#include "test_util.h"
#include "entry_access.h"

using pjtest::MakeEntry;

namespace {

std::string MonthText(int y, int m, const std::vector<pj::Entry>& es) {
  std::string text = pj::MonthFileHeader(y, m);
  for (const auto& e : es) text += "\n" + pj::FormatEntryToml(e);
  return text;
}

pj::CheckResult Check(const pj::Journal& j) {
  pj::CheckResult r;
  std::string err;
  REQUIRE_MESSAGE(pj::CheckJournal(j, &r, &err), err);
  return r;
}

const std::string kSetAside = "# set aside by journal from ";

}  // namespace

TEST_CASE("check: a healthy journal") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  std::string err;
  REQUIRE(j.Append({MakeEntry("A", "2026-10-10T10:00:00+02:00"), MakeEntry("B", "2026-11-01T00:30:00+01:00"),
                    MakeEntry("C", "2026-11-02T10:00:00+01:00")},
                   &err));
  pj::CheckResult r = Check(j);
  INFO(pjtest::ProblemsText(r.problems));
  CHECK(r.problems.empty());
  CHECK(r.torn.empty());
  CHECK(r.files == 2);
  CHECK(r.entries == 3);

  pj::Journal empty(tmp / "none");
  pj::CheckResult e = Check(empty);
  CHECK(e.files == 0);
  CHECK(e.entries == 0);
}

TEST_CASE("check: duplicate ids are reported with both places") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  // 2026-10: DUP on line 5. 2026-11: A on line 5, DUP on line 10, DUP again on 15
  // (each entry is its header, id, at and the `# end` line, then a blank).
  pjtest::Spit(j.MonthPath(2026, 10), MonthText(2026, 10, {MakeEntry("DUP", "2026-10-10T10:00:00+02:00")}));
  pjtest::Spit(j.MonthPath(2026, 11),
               MonthText(2026, 11, {MakeEntry("A", "2026-11-01T10:00:00+01:00"), MakeEntry("DUP", "2026-11-10T10:00:00+01:00"),
                                    MakeEntry("DUP", "2026-11-11T10:00:00+01:00")}));
  pj::CheckResult r = Check(j);
  INFO(pjtest::ProblemsText(r.problems));
  CHECK(r.files == 2);
  CHECK(r.entries == 4);
  REQUIRE(r.problems.size() == 2);
  CHECK(pj::FormatProblem(r.problems[0]) ==
        j.MonthPath(2026, 11) + ":10:1: duplicate id DUP (also at " + j.MonthPath(2026, 10) + ":5)");
  CHECK(pj::FormatProblem(r.problems[1]) ==
        j.MonthPath(2026, 11) + ":15:1: duplicate id DUP (also at " + j.MonthPath(2026, 10) + ":5)");
}

TEST_CASE("check: entries without an id are not duplicates of each other") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  pjtest::Spit(j.MonthPath(2026, 11), pj::MonthFileHeader(2026, 11) +
                                          "[[entry]]\nat = 2026-11-01T10:00:00+01:00\n"
                                          "[[entry]]\nat = 2026-11-02T10:00:00+01:00\n");
  pj::CheckResult r = Check(j);
  CHECK(r.entries == 2);
  REQUIRE(r.problems.size() == 2);  // one "no id" warning each, nothing more
  for (const auto& p : r.problems) CHECK(p.message.find("no id") != std::string::npos);
}

TEST_CASE("check: an entry filed under the wrong month") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  // Line 5: fine (November 1 in its own offset). Line 10: October 15.
  pjtest::Spit(j.MonthPath(2026, 11), MonthText(2026, 11, {MakeEntry("OK", "2026-11-01T00:30:00+01:00"),
                                                           MakeEntry("LOST", "2026-10-15T10:00:00+02:00")}));
  pj::CheckResult r = Check(j);
  INFO(pjtest::ProblemsText(r.problems));
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].file == j.MonthPath(2026, 11));
  CHECK(r.problems[0].line == 10);
  CHECK(r.problems[0].col == 1);
  CHECK(r.problems[0].message.rfind("entry dated 2026-10-15 belongs in 2026-10.toml", 0) == 0);
  CHECK(r.entries == 2);
}

TEST_CASE("check: problems of the files themselves are passed on") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  pjtest::Spit(j.MonthPath(2026, 11), pj::MonthFileHeader(2026, 11) +
                                          "\n[[entry]]\nid = \"A\"\nat = 2026-11-01T10:00:00+01:00\nintensity = 11\n");
  pj::CheckResult r = Check(j);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].line == 8);
  CHECK(r.problems[0].col == 13);
  CHECK(r.entries == 0);
}

namespace {

struct TornMonth {
  std::string good;     // what stays
  std::string partial;  // the torn bytes
};

TornMonth MakeTorn(size_t cut) {
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  pj::Entry b = pjtest::FullEntry();
  std::string good = MonthText(2026, 11, {a});
  std::string partial = pj::FormatEntryToml(b).substr(0, cut);
  return TornMonth{good, partial};
}

}  // namespace

TEST_CASE("check: RepairTornTail moves exactly the torn bytes aside") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  const std::string path = j.MonthPath(2026, 11);
  const std::string full_b = pj::FormatEntryToml(pjtest::FullEntry());

  // 1. Cut in the middle of the note, no final newline.
  TornMonth t1 = MakeTorn(full_b.find("budget"));
  const std::string text1 = t1.good + "\n" + t1.partial;
  pjtest::Spit(path, text1);
  pj::CheckResult r = Check(j);
  REQUIRE(r.torn.size() == 1);
  CHECK(r.torn[0].path == path);
  CHECK_FALSE(r.problems.empty());
  CHECK(r.entries == 1);

  std::string side;
  size_t moved = 99;
  std::string err;
  REQUIRE_MESSAGE(pj::RepairTornTail(r.torn[0], &side, &moved, &err), err);
  CHECK(side == path + ".torn");
  CHECK(moved == t1.partial.size());
  CHECK(pjtest::Slurp(path) == t1.good);
  // Nothing is lost: what left the month file is in the side file.
  CHECK(text1 == pjtest::Slurp(path) + "\n" + t1.partial);
  const std::string block1 = kSetAside + path + "\n" + t1.partial + "\n";
  CHECK(pjtest::Slurp(side) == block1);
  CHECK(pjtest::ModeOf(side) == 0600);

  // The month loads cleanly now; the side file is not a month.
  r = Check(j);
  INFO(pjtest::ProblemsText(r.problems));
  CHECK(r.problems.empty());
  CHECK(r.torn.empty());
  CHECK(r.files == 1);
  CHECK(r.entries == 1);

  // 2. Once more, the write cut right after the id line (the fast path's
  //    layout). The side file grows; nothing in it is replaced.
  TornMonth t2 = MakeTorn(full_b.find('\n', full_b.find("id = ")) + 1);
  CHECK(t2.partial == "[[entry]]  # begin\nid = \"01JD3QY8Z6K3T9W2M4N5P6R7S8\"\n");
  const std::string text2 = t2.good + "\n" + t2.partial;
  pjtest::Spit(path, text2);
  r = Check(j);
  REQUIRE(r.torn.size() == 1);
  REQUIRE_MESSAGE(pj::RepairTornTail(r.torn[0], &side, &moved, &err), err);
  CHECK(moved == t2.partial.size());
  CHECK(pjtest::Slurp(path) == t2.good);
  CHECK(pjtest::Slurp(side) == block1 + kSetAside + path + "\n" + t2.partial);
  CHECK(Check(j).problems.empty());

  // 3. A repair of a healthy file changes nothing.
  const std::string healthy = pjtest::Slurp(path);
  const std::string side_before = pjtest::Slurp(side);
  moved = 99;
  REQUIRE(pj::RepairTornTail(pj::MonthFile{2026, 11, path}, &side, &moved, &err));
  CHECK(moved == 0);
  CHECK(pjtest::Slurp(path) == healthy);
  CHECK(pjtest::Slurp(side) == side_before);
}

TEST_CASE("check: RepairTornTail on a healthy month creates no side file") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  std::string err;
  REQUIRE(j.Append({MakeEntry("A", "2026-11-01T10:00:00+01:00")}, &err));
  const std::string path = j.MonthPath(2026, 11);
  const std::string before = pjtest::Slurp(path);
  std::string side;
  size_t moved = 99;
  REQUIRE(pj::RepairTornTail(pj::MonthFile{2026, 11, path}, &side, &moved, &err));
  CHECK(moved == 0);
  CHECK(pjtest::Slurp(path) == before);
  CHECK_FALSE(pjtest::Exists(path + ".torn"));

  // A missing month is an error, not a new file.
  CHECK_FALSE(pj::RepairTornTail(pj::MonthFile{2026, 12, j.MonthPath(2026, 12)}, &side, &moved, &err));
  CHECK_FALSE(pjtest::Exists(j.MonthPath(2026, 12)));
}

TEST_CASE("check: a month torn inside its last [[entry]] line keeps the earlier entries") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  const std::string path = j.MonthPath(2026, 11);
  TornMonth t = MakeTorn(4);  // "[[en"
  pjtest::Spit(path, t.good + "\n" + t.partial);
  pj::CheckResult r = Check(j);
  REQUIRE(r.torn.size() == 1);
  CHECK(r.entries == 1);
  std::string side, err;
  size_t moved = 0;
  REQUIRE(pj::RepairTornTail(r.torn[0], &side, &moved, &err));
  CHECK(moved == 4);
  CHECK(pjtest::Slurp(path) == t.good);
  CHECK(pjtest::Slurp(side) == kSetAside + path + "\n[[en\n");
}

TEST_CASE("check: an append cut at every byte is torn, set aside whole, and the next add is clean") {
  // The fault run of issue 7: a crash can persist any prefix of an append.
  // Whatever the prefix, `check` must report a torn tail, `--repair` must
  // set exactly those bytes aside, the entry before must load, and the
  // next append must leave a clean file; an append without a repair first
  // must do the same on its own.
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  const std::string path = j.MonthPath(2026, 11);
  std::string err;
  const pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  const pj::Entry b = pjtest::FullEntry();
  pj::Entry next = MakeEntry("N", "2026-11-25T10:00:00+01:00");
  next.set_intensity(3);
  REQUIRE(j.Append({a}, &err));
  const std::string good = pjtest::Slurp(path);
  REQUIRE(j.Append({b}, &err));
  const std::string full = pjtest::Slurp(path);
  const std::string clean = good + "\n" + pj::FormatEntryToml(next);
  // good.size() + 1 is the blank line alone; full.size() - 1 lacks only the
  // newline after `# end`: neither loses anything, both are checked below.
  for (size_t cut = good.size() + 2; cut + 1 < full.size(); ++cut) {
    CAPTURE(cut);
    const std::string torn = full.substr(good.size() + 1, cut - good.size() - 1);
    for (bool repair_first : {true, false}) {
      CAPTURE(repair_first);
      pjtest::Spit(path, full.substr(0, cut));
      pj::CheckResult r = Check(j);
      REQUIRE(r.torn.size() == 1);
      CHECK(r.entries == 1);
      if (repair_first) {
        std::string side;
        size_t moved = 0;
        REQUIRE_MESSAGE(pj::RepairTornTail(r.torn[0], &side, &moved, &err), err);
        CHECK(moved == torn.size());
        CHECK(pjtest::Slurp(path) == good);
      }
      std::vector<std::string> warnings;
      REQUIRE_MESSAGE(j.Append({next}, &err, &warnings), err);
      CHECK(warnings.size() == (repair_first ? 0u : 1u));
      CHECK(pjtest::Slurp(path) == clean);
      r = Check(j);
      CHECK(r.problems.empty());
      CHECK(r.entries == 2);
      // Nothing is lost: the torn bytes are the last thing set aside.
      const std::string side_text = pjtest::Slurp(path + ".torn");
      const std::string block = torn.back() == '\n' ? torn : torn + "\n";
      REQUIRE(side_text.size() >= block.size());
      CHECK(side_text.substr(side_text.size() - block.size()) == block);
    }
  }
  for (size_t cut : {good.size() + 1, full.size() - 1}) {
    CAPTURE(cut);
    pjtest::Spit(path, full.substr(0, cut));
    pj::CheckResult r = Check(j);
    CHECK(r.torn.empty());
    CHECK(r.problems.empty());
    CHECK(r.entries == (cut == full.size() - 1 ? 2u : 1u));
  }
}

TEST_CASE("check: the first write of a month cut at every byte leaves nothing that loads wrong") {
  // The first append writes the file header and the entry in one write; a
  // crash can leave any prefix of both. Whatever it left, no entry loads
  // with a cut value, and the next add leaves a clean month.
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  const std::string path = j.MonthPath(2026, 11);
  std::string err;
  REQUIRE(j.Append({pjtest::FullEntry()}, &err));
  const std::string full = pjtest::Slurp(path);
  pj::Entry next = MakeEntry("N", "2026-11-25T10:00:00+01:00");
  next.set_intensity(3);
  for (size_t cut = 1; cut + 1 < full.size(); ++cut) {
    CAPTURE(cut);
    pjtest::Spit(path, full.substr(0, cut));
    pj::CheckResult r = Check(j);
    CHECK(r.entries == 0);
    std::vector<std::string> warnings;
    REQUIRE_MESSAGE(j.Append({next}, &err, &warnings), err);
    r = Check(j);
    INFO(pjtest::ProblemsText(r.problems));
    CHECK(r.problems.empty());
    CHECK(r.entries == 1);
    CHECK(pjtest::Slurp(path).rfind(pj::MonthFileHeader(2026, 11), 0) == 0);
  }
}

TEST_CASE("check: names the vocabulary does not know, at the name") {
  const pj::Vocabulary v = pj::Vocabulary::BuiltIn();
  const std::string text =
      "format = 1\n"
      "\n"
      "[[entry]]\n"
      "id = \"A\"\n"
      "at = 2026-11-20T10:00:00+01:00\n"
      "site = \"nekc\"\n"
      "intensity = 4\n"
      "did = [\"walk\", \"masage\"]\n"
      "\n"
      "[[entry]]\n"
      "id = \"B\"\n"
      "at = 2026-11-20T11:00:00+01:00\n"
      "site   =   'Neck'\n"
      "did = [\n"
      "  \"walk\",\n"
      "  \"zumba-class\",\n"
      "]\n"
      "\n"
      "[[entry]]\n"
      "id = \"C\"\n"
      "at = 2026-11-20T12:00:00+01:00\n"
      "site = \"neck\"\n"
      "did = [\"massage\"]\n";
  pj::MonthData data;
  pj::ParseMonth(text, "m.toml", &data);
  REQUIRE(data.problems.empty());
  std::vector<pj::Problem> p = pj::NameProblems(text, data, "m.toml", v);
  REQUIRE(p.size() == 4);
  CHECK(pj::FormatProblem(p[0]) == "m.toml:6:8: unknown site 'nekc'; did you mean 'neck'?");
  CHECK(pj::FormatProblem(p[1]) == "m.toml:8:16: unknown action 'masage'; did you mean 'massage'?");
  CHECK(pj::FormatProblem(p[2]) ==
        "m.toml:13:12: site 'Neck' is written 'neck' in the vocabulary; write it so, or its entries count apart "
        "from neck's");
  CHECK(pj::FormatProblem(p[3]) ==
        "m.toml:16:3: unknown action 'zumba-class'; if it is a name of your own: journal vocab add action zumba-class");
  // Without the text (the cheap first pass), the entry's header line.
  std::vector<pj::Problem> rough = pj::NameProblems({}, data, "m.toml", v);
  REQUIRE(rough.size() == 4);
  CHECK(rough[0].line == 3);
}

TEST_CASE("check: CheckJournal with a vocabulary reports unknown names; without one it does not") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  std::string err;
  pj::Entry e = MakeEntry("A", "2026-11-10T10:00:00+01:00");
  e.site = "nekc";
  e.set_intensity(4);
  REQUIRE(j.Append({e}, &err));
  CHECK(Check(j).problems.empty());
  pj::CheckResult r;
  pj::Vocabulary v = pj::Vocabulary::BuiltIn();
  REQUIRE(pj::CheckJournal(j, &r, &err, &v));
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].message == "unknown site 'nekc'; did you mean 'neck'?");
  CHECK(r.problems[0].line == 8);
  v.AddSite("nekc");  // a name of the journal's own
  REQUIRE(pj::CheckJournal(j, &r, &err, &v));
  CHECK(r.problems.empty());
}
