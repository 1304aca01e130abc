// FileLock: one holder at a time, a bounded wait, release on Release() and
// on destruction.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "painjournal/lock.h"
#include "test_util.h"

namespace {

int OpenFile(const std::string& path) {
  int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  REQUIRE(fd >= 0);
  return fd;
}

}  // namespace

TEST_CASE("lock: a second open file description waits, then fails with a message") {
  pjtest::TempDir dir;
  int a = OpenFile(dir / "m.toml");
  int b = OpenFile(dir / "m.toml");
  std::string err;
  pj::FileLock first;
  CHECK_FALSE(first.held());
  REQUIRE(first.Acquire(a, 100, &err));
  CHECK(first.held());

  pj::FileLock second;
  long long t0 = pjtest::NowMs();
  CHECK_FALSE(second.Acquire(b, 60, &err));
  long long waited = pjtest::NowMs() - t0;
  CHECK_FALSE(second.held());
  CHECK(err.find("another journal process holds the lock") != std::string::npos);
  CHECK(waited >= 50);
  CHECK(waited < 5000);

  // A zero timeout fails at once.
  err.clear();
  CHECK_FALSE(second.Acquire(b, 0, &err));
  CHECK_FALSE(err.empty());

  first.Release();
  CHECK_FALSE(first.held());
  err.clear();
  CHECK(second.Acquire(b, 0, &err));
  CHECK(err.empty());
  CHECK(second.held());

  // And now the first one waits in turn.
  CHECK_FALSE(first.Acquire(a, 10, &err));
  second.Release();
  close(a);
  close(b);
}

TEST_CASE("lock: the destructor releases") {
  pjtest::TempDir dir;
  int a = OpenFile(dir / "m.toml");
  int b = OpenFile(dir / "m.toml");
  std::string err;
  {
    pj::FileLock scoped;
    REQUIRE(scoped.Acquire(a, 100, &err));
    pj::FileLock other;
    CHECK_FALSE(other.Acquire(b, 10, &err));
  }
  pj::FileLock other;
  CHECK(other.Acquire(b, 0, &err));
  close(a);
  close(b);
}

TEST_CASE("lock: held by another process") {
  pjtest::TempDir dir;
  const std::string path = dir / "m.toml";
  int held[2], go[2];
  REQUIRE(pipe(held) == 0);
  REQUIRE(pipe(go) == 0);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    // Child: take the lock, say so, wait for the word, release, report.
    close(held[0]);
    close(go[1]);
    int fd = open(path.c_str(), O_RDWR | O_CREAT, 0600);
    pj::FileLock lock;
    std::string e;
    char c = lock.Acquire(fd, 1000, &e) ? 'y' : 'n';
    if (write(held[1], &c, 1) != 1) _exit(3);
    if (read(go[0], &c, 1) != 1) _exit(4);
    lock.Release();
    c = 'r';
    if (write(held[1], &c, 1) != 1) _exit(5);
    if (read(go[0], &c, 1) != 1) _exit(6);  // keep the fd open until told
    _exit(0);
  }
  close(held[1]);
  close(go[0]);
  char c = 0;
  REQUIRE(read(held[0], &c, 1) == 1);
  REQUIRE(c == 'y');

  int fd = OpenFile(path);
  pj::FileLock mine;
  std::string err;
  CHECK_FALSE(mine.Acquire(fd, 50, &err));
  CHECK(err.find("lock") != std::string::npos);

  // The child releases while we wait: Acquire gets it within the timeout.
  REQUIRE(write(go[1], "x", 1) == 1);
  REQUIRE(read(held[0], &c, 1) == 1);
  CHECK(c == 'r');
  err.clear();
  CHECK(mine.Acquire(fd, 2000, &err));
  CHECK(err.empty());
  REQUIRE(write(go[1], "x", 1) == 1);
  CHECK(pjtest::WaitChild(pid) == 0);
  mine.Release();
  close(fd);
  close(held[0]);
  close(go[1]);
}

TEST_CASE("lock: a bad descriptor is an error, not a wait") {
  pj::FileLock lock;
  std::string err;
  long long t0 = pjtest::NowMs();
  CHECK_FALSE(lock.Acquire(-1, 5000, &err));
  CHECK(pjtest::NowMs() - t0 < 1000);
  CHECK(err.find("cannot lock") != std::string::npos);
  CHECK_FALSE(lock.held());
}

TEST_CASE("lock: LockedFile never opens through a symbolic link, nor a pipe") {
  // `check --repair` edited the target of a month file that was a link.
  pjtest::TempDir dir;
  pjtest::Spit(dir / "victim", "victim\n");
  REQUIRE(symlink((dir / "victim").c_str(), (dir / "m.toml").c_str()) == 0);
  pj::LockedFile file;
  std::string err;
  for (int flags : {O_RDONLY, O_RDWR, O_RDWR | O_APPEND | O_CREAT}) {
    INFO(flags);
    err.clear();
    CHECK_FALSE(file.Open(dir / "m.toml", flags, 100, &err));
    CHECK(err.find(dir / "m.toml is a symbolic link") == 0);
    CHECK(file.fd() < 0);
  }
  CHECK(pjtest::Slurp(dir / "victim") == "victim\n");
  // A dangling link is not followed to create its target.
  REQUIRE(symlink((dir / "new").c_str(), (dir / "n.toml").c_str()) == 0);
  CHECK_FALSE(file.Open(dir / "n.toml", O_RDWR | O_CREAT, 100, &err));
  CHECK_FALSE(pjtest::Exists(dir / "new"));

  REQUIRE(mkfifo((dir / "p.toml").c_str(), 0600) == 0);
  CHECK_FALSE(file.Open(dir / "p.toml", O_RDONLY, 100, &err));  // used to wait for a writer forever
  CHECK(err.find("is a named pipe, not a regular file") != std::string::npos);

  // A regular file opens, with O_NONBLOCK gone again.
  pjtest::Spit(dir / "r.toml", "x");
  REQUIRE_MESSAGE(file.Open(dir / "r.toml", O_RDWR | O_APPEND, 100, &err), err);
  CHECK((fcntl(file.fd(), F_GETFL) & O_NONBLOCK) == 0);
  CHECK((fcntl(file.fd(), F_GETFL) & O_APPEND) != 0);
}
