// Journal::Rewrite (undo, delete, amend): under the lock, with entries
// appended meanwhile kept, the old entry in `.removed` first, and all or
// nothing when a write fails.
#include <doctest/doctest.h>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <string>
#include <vector>

#include "painjournal/entry_toml.h"
#include "painjournal/lock.h"
#include "painjournal/month_edit.h"
#include "painjournal/store.h"
#include "test_util.h"

using pjtest::MakeEntry;

namespace {

// Every file of a directory with its bytes.
std::map<std::string, std::string> Snapshot(const std::string& dir) {
  std::map<std::string, std::string> out;
  DIR* d = opendir(dir.c_str());
  if (!d) return out;
  while (struct dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n != "." && n != "..") out[n] = pjtest::Slurp(dir + "/" + n);
  }
  closedir(d);
  return out;
}

std::string Month(int year, int month, const std::vector<pj::Entry>& entries) {
  std::string text = pj::MonthFileHeader(year, month);
  for (const auto& e : entries) text += "\n" + pj::FormatEntryToml(e);
  return text;
}

// The `fail_at`-th write call fails (0: none), with ENOSPC.
int g_calls = 0;
int g_fail_at = 0;
ssize_t FailingWrite(int fd, const void* data, size_t size) {
  if (g_fail_at > 0 && ++g_calls == g_fail_at) {
    errno = ENOSPC;
    return -1;
  }
  return ::write(fd, data, size);
}

}  // namespace

TEST_CASE("rewrite: delete keeps the other entries and puts the old one in .removed (0600)") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp / "journal");
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  pj::Entry b = MakeEntry("B", "2026-11-02T10:00:00+01:00");
  b.note = "mistake";
  std::string err;
  REQUIRE(j.Append({a, b}, &err));
  const std::string path = j.MonthPath(2026, 11);
  std::vector<std::string> sides;
  REQUIRE_MESSAGE(j.Rewrite({{path, b, std::nullopt}}, "removed by `journal delete`", &err, &sides), err);
  CHECK(pjtest::Slurp(path) == Month(2026, 11, {a}));
  CHECK(sides == std::vector<std::string>{path + ".removed"});
  CHECK(pjtest::Slurp(path + ".removed") ==
        pj::RemovedFileHeader("2026-11") + "\n# removed by `journal delete`\n" + pj::FormatEntryToml(b));
  CHECK(pjtest::ModeOf(path + ".removed") == 0600);
  CHECK(pjtest::ModeOf(path) == 0600);
  // A second removal appends to the side file.
  REQUIRE(j.Rewrite({{path, a, std::nullopt}}, "removed by `journal undo`", &err));
  CHECK(pjtest::Slurp(path) == Month(2026, 11, {}));
  CHECK(pjtest::Slurp(path + ".removed") == pj::RemovedFileHeader("2026-11") + "\n# removed by `journal delete`\n" +
                                                pj::FormatEntryToml(b) + "\n# removed by `journal undo`\n" +
                                                pj::FormatEntryToml(a));
  // Nothing else is left in the directory (no temporary).
  CHECK(Snapshot(j.dir()).size() == 2);
}

TEST_CASE("rewrite: entries appended after the command read the month are kept") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp / "journal");
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  std::string err;
  REQUIRE(j.Append({a}, &err));
  // The command read the month and found A; then an add appended C.
  pj::Entry c = MakeEntry("C", "2026-11-03T10:00:00+01:00");
  REQUIRE(j.Append({c}, &err));
  pj::Entry a2 = a;
  a2.set_intensity(3);
  a2.site = "neck";
  REQUIRE(j.Rewrite({{j.MonthPath(2026, 11), a, a2}}, "replaced by `journal amend`", &err));
  CHECK(pjtest::Slurp(j.MonthPath(2026, 11)) == Month(2026, 11, {a2, c}));
}

TEST_CASE("rewrite: an entry changed or gone meanwhile is refused and nothing is written") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp / "journal");
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  std::string err;
  REQUIRE(j.Append({a}, &err));
  const auto before = Snapshot(j.dir());
  pj::Entry seen = a;
  seen.note = "an older version";
  CHECK_FALSE(j.Rewrite({{j.MonthPath(2026, 11), seen, std::nullopt}}, "x", &err));
  CHECK(err.find("was changed by another program meanwhile") != std::string::npos);
  CHECK_FALSE(j.Rewrite({{j.MonthPath(2026, 11), MakeEntry("Z", "2026-11-01T10:00:00+01:00"), std::nullopt}}, "x", &err));
  CHECK(err.find("entry Z is no longer in") != std::string::npos);
  // A month that is gone is not made again.
  CHECK_FALSE(j.Rewrite({{j.MonthPath(2026, 10), MakeEntry("Z", "2026-10-01T10:00:00+02:00"), std::nullopt}}, "x", &err));
  CHECK(Snapshot(j.dir()) == before);
}

TEST_CASE("rewrite: an amend to another month moves the entry, making that month if need be") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp / "journal");
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  pj::Entry b = MakeEntry("B", "2026-11-02T10:00:00+01:00");
  std::string err;
  REQUIRE(j.Append({a, b}, &err));
  pj::Entry moved = b;
  moved.at = pjtest::At("2026-10-30T22:00:00+01:00");
  REQUIRE_MESSAGE(j.Rewrite({{j.MonthPath(2026, 11), b, moved}}, "replaced by `journal amend`", &err), err);
  CHECK(pjtest::Slurp(j.MonthPath(2026, 11)) == Month(2026, 11, {a}));
  CHECK(pjtest::Slurp(j.MonthPath(2026, 10)) == Month(2026, 10, {moved}));
  CHECK(pjtest::ModeOf(j.MonthPath(2026, 10)) == 0600);
  CHECK(pjtest::Slurp(j.MonthPath(2026, 11) + ".removed") ==
        pj::RemovedFileHeader("2026-11") + "\n# replaced by `journal amend`\n" + pj::FormatEntryToml(b));
  CHECK_FALSE(pjtest::Exists(j.MonthPath(2026, 10) + ".removed"));
  // And back into a month that has entries: appended at its end.
  REQUIRE(j.Rewrite({{j.MonthPath(2026, 10), moved, b}}, "replaced by `journal amend`", &err));
  CHECK(pjtest::Slurp(j.MonthPath(2026, 11)) == Month(2026, 11, {a, b}));
  CHECK(pjtest::Slurp(j.MonthPath(2026, 10)) == Month(2026, 10, {}));
}

TEST_CASE("rewrite: a write that fails at any point leaves every file as it was") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp / "journal");
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  pj::Entry b = MakeEntry("B", "2026-11-02T10:00:00+01:00");
  pj::Entry c = MakeEntry("C", "2026-12-02T10:00:00+01:00");
  std::string err;
  REQUIRE(j.Append({a, b, c}, &err));
  // An older side file, which must get back its old length.
  REQUIRE(j.Rewrite({{j.MonthPath(2026, 12), c, std::nullopt}}, "removed earlier", &err));
  REQUIRE(j.Append({c}, &err));
  pj::Entry moved = a;
  moved.at = pjtest::At("2026-10-01T10:00:00+02:00");
  const std::vector<pj::Journal::Change> changes = {
      {j.MonthPath(2026, 11), a, moved}, {j.MonthPath(2026, 11), b, std::nullopt}, {j.MonthPath(2026, 12), c, std::nullopt}};
  const auto before = Snapshot(j.dir());
  pj::testing::WriteFunction old = pj::testing::SetWriteFunction(FailingWrite);
  bool done = false;
  int failures = 0;
  for (g_fail_at = 1; !done && g_fail_at < 50; ++g_fail_at) {
    g_calls = 0;
    done = j.Rewrite(changes, "x", &err);
    if (done) break;
    ++failures;
    CAPTURE(g_fail_at);
    CAPTURE(err);
    CHECK(err.find("No space left on device; nothing was changed") != std::string::npos);
    CHECK(Snapshot(j.dir()) == before);
  }
  pj::testing::SetWriteFunction(old);
  g_fail_at = 0;
  REQUIRE(done);
  // Two side files and three months: each is one write at least.
  CHECK(failures >= 5);
  CHECK(pjtest::Slurp(j.MonthPath(2026, 10)) == Month(2026, 10, {moved}));
  CHECK(pjtest::Slurp(j.MonthPath(2026, 11)) == Month(2026, 11, {}));
  CHECK(pjtest::Slurp(j.MonthPath(2026, 12)) == Month(2026, 12, {}));
}

TEST_CASE("rewrite: waits for a writer that holds the month's lock, and keeps what it appended") {
  pjtest::TempDir tmp;
  pj::Journal j(tmp / "journal");
  pj::Entry a = MakeEntry("A", "2026-11-01T10:00:00+01:00");
  pj::Entry c = MakeEntry("C", "2026-11-03T10:00:00+01:00");
  std::string err;
  REQUIRE(j.Append({a}, &err));
  const std::string path = j.MonthPath(2026, 11);
  int ready[2];
  REQUIRE(pipe(ready) == 0);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) try {
    // An add in the middle of its append: it holds the lock, then writes.
    pj::LockedFile f;
    std::string e;
    if (!f.Open(path, O_RDWR | O_APPEND, 10000, &e)) _exit(10);
    if (write(ready[1], "x", 1) != 1) _exit(11);
    usleep(200 * 1000);  // the rewrite is waiting now, or will find the entry; either way it must keep it
    const std::string text = "\n" + pj::FormatEntryToml(c);
    if (!pj::WriteAll(f.fd(), text.data(), text.size())) _exit(12);
    _exit(0);
  } catch (...) {
    _exit(20);
  }
  char byte;
  REQUIRE(read(ready[0], &byte, 1) == 1);
  close(ready[0]);
  close(ready[1]);
  const bool done = j.Rewrite({{path, a, std::nullopt}}, "x", &err);
  CHECK(pjtest::WaitChild(pid) == 0);
  REQUIRE_MESSAGE(done, err);
  CHECK(pjtest::Slurp(path) == Month(2026, 11, {c}));
}
