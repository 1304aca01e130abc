// The journal directory: appends (modes, month of the local date, headers,
// all-or-nothing writes, concurrent writers), listing and reading months.
#include <doctest/doctest.h>

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "painjournal/entry_toml.h"
#include "painjournal/lock.h"
#include "painjournal/store.h"
#include "test_util.h"

using pjtest::At;
using pjtest::MakeEntry;

namespace {

// Sets the umask for a test and puts it back.
class ScopedUmask {
 public:
  explicit ScopedUmask(mode_t m) : old_(umask(m)) {}
  ~ScopedUmask() { umask(old_); }

 private:
  mode_t old_;
};

std::vector<std::string> DirNames(const std::string& dir) {
  std::vector<std::string> out;
  DIR* d = opendir(dir.c_str());
  if (!d) return out;
  while (struct dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n != "." && n != "..") out.push_back(n);
  }
  closedir(d);
  std::sort(out.begin(), out.end());
  return out;
}

pj::MonthData Load(const pj::Journal& j, int y, int m) {
  pj::MonthData d;
  j.LoadMonth(pj::MonthFile{y, m, j.MonthPath(y, m)}, &d);
  return d;
}

}  // namespace

TEST_CASE("store: Append creates the directory 0700 and the month file 0600 with its header") {
  ScopedUmask um(022);
  pjtest::TempDir tmp;
  pj::Journal j(tmp / "journal");
  pj::Entry e = pjtest::FullEntry();
  std::string err;
  REQUIRE_MESSAGE(j.Append({e}, &err), err);
  CHECK(pjtest::ModeOf(j.dir()) == 0700);
  const std::string path = j.dir() + "/2026-11.toml";
  CHECK(j.MonthPath(2026, 11) == path);
  CHECK(pjtest::ModeOf(path) == 0600);
  CHECK(pjtest::Slurp(path) == pj::MonthFileHeader(2026, 11) + "\n" + pj::FormatEntryToml(e));
  CHECK(DirNames(j.dir()) == std::vector<std::string>{"2026-11.toml"});

  // A second append adds to the end, without a second header.
  pj::Entry f = MakeEntry("01SECOND", "2026-11-30T23:59:00+00:00");
  REQUIRE_MESSAGE(j.Append({f}, &err), err);
  CHECK(pjtest::Slurp(path) ==
        pj::MonthFileHeader(2026, 11) + "\n" + pj::FormatEntryToml(e) + "\n" + pj::FormatEntryToml(f));
  pj::MonthData d = Load(j, 2026, 11);
  CHECK(d.problems.empty());
  REQUIRE(d.entries.size() == 2);
  CHECK(d.entries[0] == e);
  CHECK(d.entries[1] == f);
}

TEST_CASE("store: nothing to append writes nothing") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp / "journal");
  std::string err;
  CHECK(j.Append({}, &err));
  CHECK_FALSE(pjtest::Exists(j.dir()));
}

TEST_CASE("store: entries go to the month of their local date in their own offset") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  // October 31 in UTC, November 1 where it was written.
  pj::Entry nov = MakeEntry("NOV", "2026-11-01T00:30:00+01:00");
  // November 1 in UTC, October 31 where it was written.
  pj::Entry oct = MakeEntry("OCT", "2026-10-31T23:30:00-02:00");
  CHECK(pj::MonthOf(nov).year == 2026);
  CHECK(pj::MonthOf(nov).month == 11);
  CHECK(pj::MonthOf(oct).month == 10);
  std::string err;
  REQUIRE_MESSAGE(j.Append({nov, oct}, &err), err);
  CHECK(DirNames(tmp.path()) == std::vector<std::string>{"2026-10.toml", "2026-11.toml"});
  pj::MonthData n = Load(j, 2026, 11), o = Load(j, 2026, 10);
  REQUIRE(n.entries.size() == 1);
  CHECK(n.entries[0] == nov);
  REQUIRE(o.entries.size() == 1);
  CHECK(o.entries[0] == oct);
}

TEST_CASE("store: appending several months at once") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  std::vector<pj::Entry> es = {MakeEntry("A", "2026-11-05T10:00:00+01:00"), MakeEntry("B", "2025-12-31T23:00:00+01:00"),
                               MakeEntry("C", "2027-01-01T00:00:00+01:00"), MakeEntry("D", "2026-11-02T10:00:00+01:00")};
  std::string err;
  REQUIRE_MESSAGE(j.Append(es, &err), err);
  CHECK(DirNames(tmp.path()) == std::vector<std::string>{"2025-12.toml", "2026-11.toml", "2027-01.toml"});
  pj::MonthData nov = Load(j, 2026, 11);
  REQUIRE(nov.entries.size() == 2);
  CHECK(nov.entries[0] == es[0]);  // file order is the order given
  CHECK(nov.entries[1] == es[3]);
  CHECK(pjtest::Count(pjtest::Slurp(j.MonthPath(2026, 11)), "format = 1") == 1);
  CHECK(Load(j, 2025, 12).entries.at(0) == es[1]);
  CHECK(Load(j, 2027, 1).entries.at(0) == es[2]);
  CHECK(pjtest::Slurp(j.MonthPath(2027, 1)).rfind(pj::MonthFileHeader(2027, 1), 0) == 0);
}

TEST_CASE("store: appending to a file whose last byte is not a newline") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  std::string old = pj::MonthFileHeader(2026, 11) + "\n" + pj::FormatEntryToml(a);
  old.pop_back();  // a hand edit saved without the final newline
  pjtest::Spit(j.MonthPath(2026, 11), old);
  pj::Entry b = MakeEntry("B", "2026-11-02T10:00:00+01:00");
  std::string err;
  REQUIRE_MESSAGE(j.Append({b}, &err), err);
  std::string now = pjtest::Slurp(j.MonthPath(2026, 11));
  CHECK(now == old + "\n\n" + pj::FormatEntryToml(b));
  pj::MonthData d = Load(j, 2026, 11);
  INFO(pjtest::ProblemsText(d.problems));
  CHECK(d.problems.empty());
  CHECK_FALSE(d.torn_tail);
  REQUIRE(d.entries.size() == 2);
  CHECK(d.entries[0] == a);
  CHECK(d.entries[1] == b);
}

TEST_CASE("store: a write that fails is cut back to the bytes before") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  std::string err;
  REQUIRE(j.Append({MakeEntry("A", "2026-11-01T10:00:00+01:00")}, &err));
  const std::string before = pjtest::Slurp(j.MonthPath(2026, 11));

  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) try {
    // Room for 100 more bytes in the existing month; a new month's header
    // and entry do not fit either.
    struct rlimit rl;
    rl.rlim_cur = rl.rlim_max = before.size() + 100;
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0) _exit(10);
    pj::Entry big = MakeEntry("BIG", "2026-11-02T10:00:00+01:00");
    big.note = std::string(10000, 'x');
    std::string e;
    if (j.Append({big}, &e)) _exit(11);
    if (e.find("cannot write") == std::string::npos || e.find("2026-11.toml") == std::string::npos) _exit(12);
    pj::Entry dec = MakeEntry("DEC", "2026-12-02T10:00:00+01:00");
    dec.note = std::string(before.size() + 200, 'y');
    if (j.Append({dec}, &e)) _exit(13);
    _exit(0);
  } catch (...) {
    _exit(20);  // never run the rest of the tests in the child
  }
  CHECK(pjtest::WaitChild(pid) == 0);
  CHECK(pjtest::Slurp(j.MonthPath(2026, 11)) == before);
  // The month file the failed append created is gone again, and the next
  // append starts it right.
  CHECK(access(j.MonthPath(2026, 12).c_str(), F_OK) != 0);
  pj::Entry dec = MakeEntry("DEC", "2026-12-02T10:00:00+01:00");
  REQUIRE(j.Append({dec}, &err));
  CHECK(pjtest::Slurp(j.MonthPath(2026, 12)) == pj::MonthFileHeader(2026, 12) + "\n" + pj::FormatEntryToml(dec));
  CHECK(Load(j, 2026, 11).entries.size() == 1);
}

TEST_CASE("store: an append over several months is all or nothing") {
  // October is new and small; November already holds an entry and has room
  // for 100 more bytes. Months are written in order, so October's write
  // succeeds before November's fails: October must be cut back too.
  pjtest::TempDir tmp;
  pj::Journal j(tmp / "journal");
  std::string err;
  REQUIRE(j.Append({MakeEntry("A", "2026-11-01T10:00:00+01:00")}, &err));
  const std::string before = pjtest::Slurp(j.MonthPath(2026, 11));
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) try {
    struct rlimit rl;
    rl.rlim_cur = rl.rlim_max = before.size() + 100;
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0) _exit(10);
    pj::Entry oct = MakeEntry("OCT", "2026-10-02T10:00:00+02:00");
    pj::Entry nov = MakeEntry("NOV", "2026-11-02T10:00:00+01:00");
    nov.note = std::string(1000, 'x');
    std::string e;
    if (j.Append({nov, oct}, &e)) _exit(11);
    if (e.find("2026-11.toml") == std::string::npos) _exit(12);
    _exit(0);
  } catch (...) {
    _exit(20);
  }
  CHECK(pjtest::WaitChild(pid) == 0);
  CHECK(pjtest::Slurp(j.MonthPath(2026, 11)) == before);
  CHECK(access(j.MonthPath(2026, 10).c_str(), F_OK) != 0);
}

TEST_CASE("store: concurrent appends from 8 processes all land") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp / "journal");
  std::vector<pid_t> kids;
  for (int k = 0; k < 8; ++k) {
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) try {
      for (int i = 0; i < 25; ++i) {
        pj::Entry e;
        e.id = "C" + std::to_string(k) + "-" + std::to_string(i);
        std::string err;
        if (!pj::ParseDateTime("2026-11-15T10:" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ":00+01:00",
                               &e.at, &err))
          _exit(2);
        e.note = std::string(static_cast<size_t>(100 * k + i), 'n');
        if (!j.Append({e}, &err)) _exit(1);
      }
      _exit(0);
    } catch (...) {
      _exit(20);
    }
    kids.push_back(pid);
  }
  for (pid_t pid : kids) CHECK(pjtest::WaitChild(pid) == 0);
  pj::MonthData d = Load(j, 2026, 11);
  INFO(pjtest::ProblemsText(d.problems));
  CHECK(d.problems.empty());
  CHECK_FALSE(d.torn_tail);
  CHECK(d.entries.size() == 200);
  std::set<std::string> ids;
  for (const auto& e : d.entries) ids.insert(e.id);
  CHECK(ids.size() == 200);
  CHECK(ids.count("C0-0") == 1);
  CHECK(ids.count("C7-24") == 1);
  CHECK(pjtest::Count(pjtest::Slurp(j.MonthPath(2026, 11)), "format = 1") == 1);
  CHECK(pjtest::ModeOf(j.MonthPath(2026, 11)) == 0600);
}

TEST_CASE("store: Append waits for the lock and follows a file replaced meanwhile") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  std::string err;
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  REQUIRE(j.Append({a}, &err));
  const std::string path = j.MonthPath(2026, 11);

  // Hold the month's lock, as `journal edit` does.
  int fd = open(path.c_str(), O_RDWR | O_CLOEXEC);
  REQUIRE(fd >= 0);
  pj::FileLock lock;
  REQUIRE(lock.Acquire(fd, 100, &err));

  pj::Entry b = MakeEntry("B", "2026-11-02T10:00:00+01:00");
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) try {
    std::string e;
    _exit(j.Append({b}, &e) ? 0 : 1);
  } catch (...) {
    _exit(20);
  }
  usleep(300 * 1000);
  int status = 0;
  CHECK(waitpid(pid, &status, WNOHANG) == 0);  // still waiting for the lock

  // The editor saves by rename, then lets go of the old file.
  pj::Entry a2 = MakeEntry("A2", "2026-11-01T11:00:00+01:00");
  REQUIRE(pj::WriteFileAtomic(path, pj::MonthFileHeader(2026, 11) + "\n" + pj::FormatEntryToml(a2), &err));
  lock.Release();
  close(fd);
  CHECK(pjtest::WaitChild(pid) == 0);
  CHECK(pjtest::Slurp(path) ==
        pj::MonthFileHeader(2026, 11) + "\n" + pj::FormatEntryToml(a2) + "\n" + pj::FormatEntryToml(b));
}

TEST_CASE("store: Append fails cleanly when the directory cannot be made") {
  pjtest::TempDir tmp;
  pjtest::Spit(tmp / "file", "x");
  pj::Journal j(tmp / "file/journal");
  std::string err;
  CHECK_FALSE(j.Append({MakeEntry("A", "2026-11-01T10:00:00+01:00")}, &err));
  CHECK_FALSE(err.empty());
  CHECK(pjtest::Slurp(tmp / "file") == "x");
}

TEST_CASE("store: MonthFiles lists exactly the YYYY-MM.toml files, oldest first") {
  pjtest::TempDir tmp;
  for (const char* n : {"2026-11.toml", "2026-01.toml", "2025-12.toml", "x.toml", "2026-13.toml", "2026-00.toml",
                        "2026-11.toml.torn", ".2026-10.toml", ".026-10.toml", "2026-1.toml", "2026-11.toml~",
                        "20a6-11.toml", "2026_11.toml", "2026-11.TOML", "2026-11.toml.tmp-123", "notes.txt"})
    pjtest::Spit(tmp / n, "");
  pj::Journal j(tmp.path());
  std::vector<pj::MonthFile> months = j.MonthFiles();
  REQUIRE(months.size() == 3);
  CHECK(months[0].year == 2025);
  CHECK(months[0].month == 12);
  CHECK(months[0].path == tmp / "2025-12.toml");
  CHECK(months[1].year == 2026);
  CHECK(months[1].month == 1);
  CHECK(months[2].month == 11);
  CHECK(months[2].path == tmp / "2026-11.toml");

  pj::Journal missing(tmp / "nope");
  CHECK(missing.MonthFiles().empty());
}

TEST_CASE("store: MonthMayHold edges") {
  // 2026-11 may hold instants from 2026-10-31T00:00Z to 2026-12-02T00:00Z
  // (a day of slack on each side covers every UTC offset).
  const int64_t first = At("2026-10-31T00:00:00Z").utc;
  const int64_t last = At("2026-12-02T00:00:00Z").utc;
  CHECK(pj::MonthMayHold(2026, 11, std::nullopt, std::nullopt));
  CHECK(pj::MonthMayHold(2026, 11, last, std::nullopt));
  CHECK_FALSE(pj::MonthMayHold(2026, 11, last + 1, std::nullopt));
  CHECK(pj::MonthMayHold(2026, 11, std::nullopt, first));
  CHECK_FALSE(pj::MonthMayHold(2026, 11, std::nullopt, first - 1));
  CHECK(pj::MonthMayHold(2026, 11, first - 100, last + 100));
  CHECK(pj::MonthMayHold(2026, 11, At("2026-11-10T00:00:00Z").utc, At("2026-11-11T00:00:00Z").utc));
  CHECK_FALSE(pj::MonthMayHold(2026, 11, At("2026-12-05T00:00:00Z").utc, At("2026-12-06T00:00:00Z").utc));
  CHECK_FALSE(pj::MonthMayHold(2026, 11, At("2026-10-01T00:00:00Z").utc, At("2026-10-20T00:00:00Z").utc));

  // The extreme offsets stay inside the slack.
  pj::Entry early = MakeEntry("E", "2026-11-01T00:00:00+23:59");
  pj::Entry late = MakeEntry("L", "2026-11-30T23:59:59-23:59");
  CHECK(pj::MonthOf(early).month == 11);
  CHECK(pj::MonthOf(late).month == 11);
  CHECK(pj::MonthMayHold(2026, 11, std::nullopt, early.at.utc));
  CHECK(pj::MonthMayHold(2026, 11, late.at.utc, std::nullopt));
  // February of a leap year ends on the 29th.
  CHECK(pj::MonthMayHold(2028, 2, At("2028-03-01T12:00:00Z").utc, std::nullopt));
  CHECK_FALSE(pj::MonthMayHold(2028, 2, At("2028-03-02T00:00:01Z").utc, std::nullopt));
  CHECK_FALSE(pj::MonthMayHold(2027, 2, At("2027-03-02T00:00:01Z").utc, std::nullopt));
  CHECK(pj::MonthMayHold(2027, 2, At("2027-03-02T00:00:00Z").utc, std::nullopt));
}

TEST_CASE("store: EnsureDir modes") {
  ScopedUmask um(022);
  pjtest::TempDir tmp;
  std::string err;
  const std::string deep = tmp / "a/b/journal";
  REQUIRE_MESSAGE(pj::EnsureDir(deep, &err), err);
  CHECK(pjtest::ModeOf(deep) == 0700);
  CHECK(pjtest::ModeOf(tmp / "a") == 0755);
  CHECK(pjtest::ModeOf(tmp / "a/b") == 0755);
  // An existing directory is left as it is.
  REQUIRE(mkdir((tmp / "open").c_str(), 0755) == 0);
  CHECK(pj::EnsureDir(tmp / "open", &err));
  CHECK(pjtest::ModeOf(tmp / "open") == 0755);
  CHECK(pj::EnsureDir(deep, &err));
  // A file in the way is an error.
  pjtest::Spit(tmp / "file", "x");
  CHECK_FALSE(pj::EnsureDir(tmp / "file", &err));
  CHECK(err.find("is not a directory") != std::string::npos);
  err.clear();
  CHECK_FALSE(pj::EnsureDir(tmp / "file/sub", &err));
  CHECK_FALSE(err.empty());
}

TEST_CASE("store: ReadFile, WriteFileAtomic, LoadMonth of a missing file") {
  ScopedUmask um(022);
  pjtest::TempDir tmp;
  std::string err, text;
  CHECK_FALSE(pj::ReadFile(tmp / "none", &text, &err));
  CHECK(err.find(tmp / "none") != std::string::npos);

  std::string big(200000, 'z');
  big[12345] = '\0';
  REQUIRE(pj::WriteFileAtomic(tmp / "f.toml", big, &err));
  CHECK(pjtest::ModeOf(tmp / "f.toml") == 0600);
  REQUIRE(pj::ReadFile(tmp / "f.toml", &text, &err));
  CHECK(text == big);
  REQUIRE(pj::WriteFileAtomic(tmp / "f.toml", "short", &err));
  CHECK(pjtest::Slurp(tmp / "f.toml") == "short");
  CHECK(DirNames(tmp.path()) == std::vector<std::string>{"f.toml"});  // no temporary left behind

  pj::Journal j(tmp.path());
  pj::MonthData d;
  // A file that cannot be read is a problem about the whole file, not an
  // error that stops the caller (it used to stop list, export and check).
  j.LoadMonth(pj::MonthFile{2026, 11, j.MonthPath(2026, 11)}, &d);
  CHECK(d.entries.empty());
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].line == 0);
  CHECK(pj::FormatProblem(d.problems[0]).find("cannot read " + j.MonthPath(2026, 11)) == 0);
}

TEST_CASE("store: an append after a torn tail sets the torn bytes aside first") {
  // Without this, the next add wrote after the fragment: the torn entry sat
  // in the middle of the file, hid the complete entry before it, and
  // `check --repair` could no longer find it.
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  std::string err;
  REQUIRE(j.Append({MakeEntry("A", "2026-11-10T08:00:00+01:00")}, &err));
  const std::string good = pjtest::Slurp(j.MonthPath(2026, 11));
  for (const std::string& torn : {std::string("\n[[ent"), std::string("\n[[entry]]\nid = \"X\"\nat = 2026-11-1")}) {
    INFO(torn);
    {
      std::ofstream f(j.MonthPath(2026, 11), std::ios::binary | std::ios::trunc);
      f << good << torn;
    }
    std::remove((j.MonthPath(2026, 11) + ".torn").c_str());
    REQUIRE(j.Append({MakeEntry("B", "2026-11-11T08:00:00+01:00")}, &err));
    pj::MonthData d = Load(j, 2026, 11);
    CHECK(d.problems.empty());
    CHECK_FALSE(d.torn_tail);
    REQUIRE(d.entries.size() == 2);
    CHECK(d.entries[0].id == "A");
    CHECK(d.entries[1].id == "B");
    std::string side = pjtest::Slurp(j.MonthPath(2026, 11) + ".torn");
    CHECK(side.find(torn.substr(1)) != std::string::npos);
  }
  // A complete last entry without a final newline (a hand edit) is kept.
  {
    std::ofstream f(j.MonthPath(2026, 11), std::ios::binary | std::ios::trunc);
    f << good.substr(0, good.size() - 1);
  }
  REQUIRE(j.Append({MakeEntry("C", "2026-11-12T08:00:00+01:00")}, &err));
  CHECK(Load(j, 2026, 11).entries.size() == 2);
}

// ---- Files and permissions (issue 7): links, pipes, sizes, modes. ----

namespace {

// A file of `size` bytes that takes no room on disk.
void MakeSparse(const std::string& path, off_t size) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  REQUIRE(fd >= 0);
  REQUIRE(ftruncate(fd, size) == 0);
  close(fd);
}

}  // namespace

TEST_CASE("store: a month file that is a symbolic link is not written through") {
  // A link planted as the month file sent the entry into its target.
  pjtest::TempDir tmp;
  pj::Journal j(tmp / "journal");
  std::string err;
  REQUIRE(pj::EnsureDir(j.dir(), &err));
  pjtest::Spit(tmp / "victim", "victim\n");
  REQUIRE(symlink((tmp / "victim").c_str(), j.MonthPath(2026, 11).c_str()) == 0);
  CHECK_FALSE(j.Append({MakeEntry("A", "2026-11-01T10:00:00+01:00")}, &err));
  CHECK(err.find(j.MonthPath(2026, 11) + " is a symbolic link") == 0);
  CHECK(err.find("replace it with the file it points to") != std::string::npos);
  CHECK(pjtest::Slurp(tmp / "victim") == "victim\n");

  // A dangling link does not create its target either.
  REQUIRE(symlink((tmp / "made").c_str(), j.MonthPath(2026, 10).c_str()) == 0);
  CHECK_FALSE(j.Append({MakeEntry("B", "2026-10-01T10:00:00+01:00")}, &err));
  CHECK_FALSE(pjtest::Exists(tmp / "made"));

  // Reading refuses it too, as a problem of that month only.
  pj::MonthData d = Load(j, 2026, 11);
  CHECK(d.entries.empty());
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].line == 0);
  CHECK(d.problems[0].message.find("is a symbolic link") != std::string::npos);
}

TEST_CASE("store: a month file that is a pipe or a device is refused without blocking") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  REQUIRE(mkfifo(j.MonthPath(2026, 11).c_str(), 0600) == 0);
  pj::MonthData d = Load(j, 2026, 11);  // used to wait for a writer forever
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].message == j.MonthPath(2026, 11) + " is a named pipe, not a regular file; move it out of the "
                                                         "journal directory");
  std::string err;
  CHECK_FALSE(j.Append({MakeEntry("A", "2026-11-01T10:00:00+01:00")}, &err));
  CHECK(err.find("is a named pipe") != std::string::npos);

  pj::UniqueFd fd;
  CHECK_FALSE(pj::OpenJournalFile("/dev/null", O_RDONLY, &fd, &err));
  CHECK(err == "/dev/null is a character device, not a regular file; move it out of the journal directory");
  CHECK_FALSE(fd.valid());
  // A directory keeps the plain message that `check` always gave.
  CHECK_FALSE(pj::OpenJournalFile(tmp.path(), O_RDONLY, &fd, &err));
  CHECK(err == "cannot read " + tmp.path() + ": Is a directory");
}

TEST_CASE("store: reads are bounded: a huge sparse month, /dev/zero, a pipe that keeps coming") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp.path());
  MakeSparse(j.MonthPath(2026, 11), 1ll << 30);  // read whole before: 1 GB of memory
  pj::MonthData d = Load(j, 2026, 11);
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].message == j.MonthPath(2026, 11) +
                                     " is larger than 256 MiB, the limit for a month file; move it out of the "
                                     "journal directory (a real month is a few MB)");
  std::string text, err;
  CHECK_FALSE(pj::ReadFile(j.MonthPath(2026, 11), &text, &err));
  CHECK(err.find("is larger than 256 MiB") != std::string::npos);

  // Exactly at the limit is fine; one byte more is not.
  pj::ReadLimits small;
  small.max_bytes = 10;
  small.what = "test file";
  small.fix = "make it smaller";
  pjtest::Spit(tmp / "ten", "0123456789");
  REQUIRE(pj::ReadFileLimited(tmp / "ten", small, &text, &err));
  CHECK(text == "0123456789");
  pjtest::Spit(tmp / "eleven", "0123456789a");
  CHECK_FALSE(pj::ReadFileLimited(tmp / "eleven", small, &text, &err));
  CHECK(err == tmp / "eleven" + " is larger than 10 bytes, the limit for a test file; make it smaller");
  CHECK(text.empty());

  // A file whose size says nothing (a device, a pipe, a file that grows
  // while read) stops one byte past the limit.
  small.max_bytes = 4096;
  CHECK_FALSE(pj::ReadFileLimited("/dev/zero", small, &text, &err));
  CHECK(err == "/dev/zero is larger than 4 KiB, the limit for a test file; make it smaller");
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    signal(SIGPIPE, SIG_IGN);
    std::string chunk(1000, 'p');
    for (int i = 0; i < 100; ++i)
      if (write(fds[1], chunk.data(), chunk.size()) < 0) _exit(0);  // the reader stopped: fine
    _exit(0);
  }
  close(fds[1]);
  CHECK_FALSE(pj::ReadFileLimited("/proc/self/fd/" + std::to_string(fds[0]), small, &text, &err));
  CHECK(err.find("is larger than 4 KiB") != std::string::npos);
  close(fds[0]);
  CHECK(pjtest::WaitChild(pid) == 0);
}

TEST_CASE("store: a journal directory others can write to, or owned by another user, is not written to") {
  ScopedUmask um(0);
  pjtest::TempDir tmp;
  std::string err;
  for (mode_t mode : {0777, 0770, 0722, 01777}) {
    INFO(mode);
    const std::string dir = tmp / ("open" + std::to_string(mode));
    REQUIRE(mkdir(dir.c_str(), mode) == 0);
    REQUIRE(chmod(dir.c_str(), mode) == 0);
    CHECK_FALSE(pj::CheckJournalDirSafe(dir, &err));
    CHECK(err.find("journal directory " + dir + " can be written by others") == 0);
    CHECK(err.find("chmod 700 " + dir) != std::string::npos);
    err.clear();
    CHECK_FALSE(pj::EnsureDir(dir, &err));
    CHECK_FALSE(err.empty());
    pj::Journal j(dir);
    CHECK_FALSE(j.Append({MakeEntry("A", "2026-11-01T10:00:00+01:00")}, &err));
    CHECK(DirNames(dir).empty());
  }
  for (mode_t mode : {0700, 0750, 0755, 0500}) {
    INFO(mode);
    const std::string dir = tmp / ("mine" + std::to_string(mode));
    REQUIRE(mkdir(dir.c_str(), mode) == 0);
    CHECK(pj::CheckJournalDirSafe(dir, &err));
  }
  // Ownership is compared with our effective uid (as root, chown makes the
  // real case; the rule itself is checked for any user here).
  CHECK(pj::UnsafeDirReason("/d", 040700, 1000, 1000).empty());
  std::string other = pj::UnsafeDirReason("/d", 040700, 1001, 1000);
  CHECK(other.find("journal directory /d belongs to another user") == 0);
  CHECK(other.find("chmod 700 /d") != std::string::npos);
  CHECK(pj::UnsafeDirReason("/d", 040775, 1000, 1000).find("(mode 0775)") != std::string::npos);
  if (geteuid() == 0) {
    const std::string theirs = tmp / "theirs";
    REQUIRE(mkdir(theirs.c_str(), 0700) == 0);
    REQUIRE(chown(theirs.c_str(), 65534, 65534) == 0);
    CHECK_FALSE(pj::EnsureDir(theirs, &err));
    CHECK(err.find("belongs to another user") != std::string::npos);
  }
}

TEST_CASE("store: files are 0600 and the directory 0700 under any umask") {
  for (mode_t mask : {0000, 0022, 0077}) {
    INFO(mask);
    ScopedUmask um(mask);
    pjtest::TempDir tmp;
    pj::Journal j(tmp / "journal");
    std::string err;
    REQUIRE_MESSAGE(j.Append({MakeEntry("A", "2026-11-01T10:00:00+01:00")}, &err), err);
    CHECK(pjtest::ModeOf(j.dir()) == 0700);
    CHECK(pjtest::ModeOf(j.MonthPath(2026, 11)) == 0600);
    REQUIRE(pj::WriteFileAtomic(j.dir() + "/vocab.toml", "x = 1\n", &err));
    CHECK(pjtest::ModeOf(j.dir() + "/vocab.toml") == 0600);
    const std::string month = j.MonthPath(2026, 11);
    const std::string content = pjtest::Slurp(month) + "\n[[ent";
    pjtest::Spit(month, content);
    int fd = open(month.c_str(), O_RDWR | O_CLOEXEC);
    REQUIRE(fd >= 0);
    size_t cut;
    std::string side;
    REQUIRE_MESSAGE(pj::SetAsideTail(fd, month, content, content.size() - 5, &cut, &side, &err), err);
    close(fd);
    CHECK(pjtest::ModeOf(side) == 0600);
  }
}

TEST_CASE("store: WriteFileAtomic's temporary is new: a link at a guessable name is not followed") {
  // The temporary used to be PATH.tmp-PID, opened with O_TRUNC: a link
  // planted there redirected (and truncated) another file.
  pjtest::TempDir tmp;
  pjtest::Spit(tmp / "victim", "victim\n");
  const std::string path = tmp / "vocab.toml";
  const std::string guess = path + ".tmp-" + std::to_string(getpid());
  REQUIRE(symlink((tmp / "victim").c_str(), guess.c_str()) == 0);
  std::string err;
  REQUIRE_MESSAGE(pj::WriteFileAtomic(path, "new\n", &err), err);
  CHECK(pjtest::Slurp(path) == "new\n");
  CHECK(pjtest::Slurp(tmp / "victim") == "victim\n");
  struct stat st;
  CHECK(lstat(path.c_str(), &st) == 0);
  CHECK(S_ISREG(st.st_mode));
  CHECK(DirNames(tmp.path()) == std::vector<std::string>{"victim", "vocab.toml", "vocab.toml.tmp-" +
                                                                                     std::to_string(getpid())});
}

TEST_CASE("store: AtomicFileWriter streams; uncommitted leaves the target as it was") {
  pjtest::TempDir tmp;
  const std::string path = tmp / "out.csv";
  pjtest::Spit(path, "old\n");
  std::string err;
  {
    pj::AtomicFileWriter w;
    REQUIRE(w.Open(path, false, &err));
    for (int i = 0; i < 20000; ++i) w.stream() << "line " << i << "\n";  // past the 64 KiB buffer
    CHECK(pjtest::Slurp(path) == "old\n");
  }
  CHECK(pjtest::Slurp(path) == "old\n");
  CHECK(DirNames(tmp.path()) == std::vector<std::string>{"out.csv"});
  {
    pj::AtomicFileWriter w;
    REQUIRE(w.Open(path, false, &err));
    for (int i = 0; i < 20000; ++i) w.stream() << "line " << i << "\n";
    REQUIRE_MESSAGE(w.Commit(&err), err);
  }
  std::string text = pjtest::Slurp(path);
  CHECK(pjtest::Count(text, "\n") == 20000);
  CHECK(text.rfind("line 19999\n") == text.size() - 11);
  CHECK(pjtest::ModeOf(path) == 0600);
  CHECK(DirNames(tmp.path()) == std::vector<std::string>{"out.csv"});

  // A device is written directly when allowed; a directory is an error.
  pj::AtomicFileWriter dev;
  REQUIRE(dev.Open("/dev/null", true, &err));
  dev.stream() << "gone";
  CHECK(dev.Commit(&err));
  pj::AtomicFileWriter dir;
  CHECK_FALSE(dir.Open(tmp.path(), true, &err));
  CHECK(err == "cannot write " + tmp.path() + ": Is a directory");
  // A directory that cannot take the temporary names the target.
  pj::AtomicFileWriter none;
  CHECK_FALSE(none.Open(tmp / "no/such/file.csv", false, &err));
  CHECK(err == "cannot write " + tmp / "no/such/file.csv" + ": No such file or directory");
}

TEST_CASE("store: AtomicFileWriter says why a write failed and leaves no temporary") {
  pjtest::TempDir tmp;
  const std::string path = tmp / "out.csv";
  pjtest::Spit(path, "old\n");
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) try {
    struct rlimit rl;
    rl.rlim_cur = rl.rlim_max = 1000;
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0) _exit(10);
    signal(SIGXFSZ, SIG_IGN);  // as main() does: EFBIG instead of death
    pj::AtomicFileWriter w;
    std::string e;
    if (!w.Open(path, false, &e)) _exit(11);
    w.stream() << std::string(5000, 'x');
    if (w.Commit(&e)) _exit(12);
    if (e != "cannot write " + path + ": File too large") _exit(13);
    _exit(0);
  } catch (...) {
    _exit(20);
  }
  CHECK(pjtest::WaitChild(pid) == 0);
  CHECK(pjtest::Slurp(path) == "old\n");
  CHECK(DirNames(tmp.path()) == std::vector<std::string>{"out.csv"});
}

TEST_CASE("store: SetAsideTail on a full disk leaves no empty or partial side file") {
  // `check --repair` on a full disk left an empty MONTH.toml.torn behind.
  pjtest::TempDir tmp;
  const std::string month = tmp / "2026-11.toml";
  const std::string side = month + ".torn";
  const std::string content = "format = 1\n\n[[entry]]\nid = \"A\"\nnote = \"" + std::string(3000, 'n');
  const size_t tail = content.find("[[entry]]");
  auto repair_with_limit = [&](rlim_t limit) {
    pjtest::Spit(month, content);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) try {
      struct rlimit rl;
      rl.rlim_cur = rl.rlim_max = limit;
      if (setrlimit(RLIMIT_FSIZE, &rl) != 0) _exit(10);
      signal(SIGXFSZ, SIG_IGN);  // as main() does: EFBIG instead of death
      int fd = open(month.c_str(), O_RDWR | O_CLOEXEC);
      size_t cut;
      std::string s, e;
      if (pj::SetAsideTail(fd, month, content, tail, &cut, &s, &e)) _exit(11);
      if (e != "cannot write " + side + ": File too large; " + month + " is unchanged") _exit(12);
      _exit(0);
    } catch (...) {
      _exit(20);
    }
    CHECK(pjtest::WaitChild(pid) == 0);
    CHECK(pjtest::Slurp(month) == content);
  };
  repair_with_limit(1000);  // the side file is new: it goes again
  CHECK_FALSE(pjtest::Exists(side));
  repair_with_limit(0);     // not even the first byte fits
  CHECK_FALSE(pjtest::Exists(side));
  const std::string earlier = "# set aside by journal from " + month + "\n[[ent\n";
  pjtest::Spit(side, earlier);
  repair_with_limit(earlier.size() + 100);  // an older side file gets back its old length
  CHECK(pjtest::Slurp(side) == earlier);
}

TEST_CASE("store: SetAsideTail does not follow a side file that is a link, nor write into an open directory") {
  pjtest::TempDir tmp;
  const std::string month = tmp / "2026-11.toml";
  const std::string content = "format = 1\n\n[[ent";
  pjtest::Spit(month, content);
  pjtest::Spit(tmp / "victim", "victim\n");
  REQUIRE(symlink((tmp / "victim").c_str(), (month + ".torn").c_str()) == 0);
  int fd = open(month.c_str(), O_RDWR | O_CLOEXEC);
  REQUIRE(fd >= 0);
  size_t cut;
  std::string side, err;
  CHECK_FALSE(pj::SetAsideTail(fd, month, content, 12, &cut, &side, &err));
  CHECK(err.find(month + ".torn is a symbolic link") == 0);
  CHECK(pjtest::Slurp(tmp / "victim") == "victim\n");
  CHECK(pjtest::Slurp(month) == content);
  REQUIRE(unlink((month + ".torn").c_str()) == 0);

  REQUIRE(chmod(tmp.path().c_str(), 0777) == 0);
  CHECK_FALSE(pj::SetAsideTail(fd, month, content, 12, &cut, &side, &err));
  CHECK(err.find("can be written by others") != std::string::npos);
  CHECK_FALSE(pjtest::Exists(month + ".torn"));
  CHECK(pjtest::Slurp(month) == content);
  close(fd);
}

namespace {

// A write(2) as a busy or signalled system may do it: every other call is
// interrupted before writing anything (EINTR), the others write at most 7
// bytes. Deterministic, unlike waiting for a real signal or a full pipe.
ssize_t ShortAndInterruptedWrite(int fd, const void* data, size_t size) {
  static unsigned calls = 0;
  if (++calls % 2 == 1) {
    errno = EINTR;
    return -1;
  }
  return ::write(fd, data, std::min<size_t>(size, 7));
}

// A write(2) that takes nothing and says so (returns 0).
ssize_t ZeroWrite(int, const void*, size_t) { return 0; }

// Puts a write function in place for one test, and the real one back.
class ScopedWriteFunction {
 public:
  explicit ScopedWriteFunction(pj::testing::WriteFunction f) : old_(pj::testing::SetWriteFunction(f)) {}
  ~ScopedWriteFunction() { pj::testing::SetWriteFunction(old_); }

 private:
  pj::testing::WriteFunction old_;
};

}  // namespace

TEST_CASE("store: every writer continues short writes and retries EINTR") {
  // report -o used to write with one write() and took a short one as done.
  pjtest::TempDir tmp;
  std::string data;
  for (int i = 0; i < 3000; ++i) data += "line " + std::to_string(i) + "\n";
  std::string err;
  ScopedWriteFunction seam(ShortAndInterruptedWrite);

  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pj::UniqueFd read_end(fds[0]), write_end(fds[1]);
  CHECK(pj::WriteAll(write_end.get(), "over a pipe\n", 12));
  write_end.Reset();  // so that the read below ends even if nothing was written
  char buf[32] = {};
  CHECK(read(read_end.get(), buf, sizeof buf) == 12);
  CHECK(std::string(buf) == "over a pipe\n");

  REQUIRE_MESSAGE(pj::WriteFileAtomic(tmp / "whole.txt", data, &err), err);
  CHECK(pjtest::Slurp(tmp / "whole.txt") == data);
  REQUIRE_MESSAGE(pj::WriteFileAtomic(tmp / "report.txt", data, &err, /*allow_device=*/true), err);
  CHECK(pjtest::Slurp(tmp / "report.txt") == data);

  {
    pj::AtomicFileWriter w;
    REQUIRE(w.Open(tmp / "streamed.csv", false, &err));
    for (int i = 0; i < 10; ++i) w.stream() << data;  // past the 64 KiB buffer
    REQUIRE_MESSAGE(w.Commit(&err), err);
  }
  CHECK(pjtest::Slurp(tmp / "streamed.csv").size() == 10 * data.size());

  pj::Journal j(tmp / "journal");
  REQUIRE_MESSAGE(j.Append({MakeEntry("A", "2026-11-01T10:00:00+01:00"), MakeEntry("B", "2026-12-01T10:00:00+01:00")},
                           &err),
                  err);
  for (int month : {11, 12}) {
    pj::MonthData d;
    j.LoadMonth(pj::MonthFile{2026, month, j.MonthPath(2026, month)}, &d);
    CHECK(d.problems.empty());
    CHECK(d.entries.size() == 1);
  }
  CHECK(DirNames(tmp.path()) == std::vector<std::string>{"journal", "report.txt", "streamed.csv", "whole.txt"});
}

TEST_CASE("store: a write that takes nothing is an error, not a loop") {
  pjtest::TempDir tmp;
  pjtest::Spit(tmp / "out.txt", "old\n");
  std::string err;
  ScopedWriteFunction seam(ZeroWrite);
  CHECK_FALSE(pj::WriteFileAtomic(tmp / "out.txt", "new\n", &err));
  CHECK(err == "cannot write " + tmp / "out.txt" + ": Input/output error");
  CHECK(pjtest::Slurp(tmp / "out.txt") == "old\n");
  CHECK(DirNames(tmp.path()) == std::vector<std::string>{"out.txt"});
}
