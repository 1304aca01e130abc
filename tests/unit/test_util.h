// Helpers shared by the unit tests: a temporary directory, file helpers,
// sample entries and a way to run a small python3 check. Header-only.
#pragma once

#include <doctest/doctest.h>

#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "painjournal/entry.h"
#include "painjournal/month_reader.h"
#include "painjournal/time.h"
#include "entry_access.h"

namespace pjtest {

// A fresh directory under /tmp, removed with everything in it at the end.
class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/pj-unit-XXXXXX";
    const char* p = mkdtemp(tmpl);
    REQUIRE(p != nullptr);
    path_ = p;
  }
  ~TempDir() {
    nftw(path_.c_str(),
         [](const char* fpath, const struct stat*, int, struct FTW*) { return ::remove(fpath); }, 16,
         FTW_DEPTH | FTW_PHYS);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void Spit(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << data;
  REQUIRE(out.good());
}

inline unsigned ModeOf(const std::string& path) {
  struct stat st;
  REQUIRE(stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

// An instant from RFC 3339 text with an explicit offset (no TZ involved).
inline pj::Time At(const std::string& rfc3339) {
  pj::Time t;
  std::string err;
  REQUIRE_MESSAGE(pj::ParseDateTime(rfc3339, &t, &err), err);
  return t;
}

inline pj::Entry MakeEntry(const std::string& id, const std::string& at) {
  pj::Entry e;
  e.id = id;
  e.at = At(at);
  return e;
}

// The example entry of SPEC section 1, with a second factor.
inline pj::Entry FullEntry() {
  pj::Entry e = MakeEntry("01JD3QY8Z6K3T9W2M4N5P6R7S8", "2026-11-21T09:14:00+01:00");
  e.site = "neck";
  e.set_intensity(6);
  pjtest::Set(e, "stress", 7);
  pjtest::Set(e, "sitting_hours", 9.5);
  pjtest::SetWord(e, "breathing", "shallow");
  e.did = {"massage", "stretching"};
  e.note = "after the long budget meeting";
  e.tags = {"work"};
  e.factors = {{"sleep_hours", 5.5}, {"water", 2.0}};
  return e;
}

// Number of times `needle` occurs in `hay`.
inline size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
  return n;
}

inline std::string ProblemsText(const std::vector<pj::Problem>& ps) {
  std::string out;
  for (const auto& p : ps) out += pj::FormatProblem(p) + "\n";
  return out;
}

inline bool HavePython() { return std::system("python3 -c 'import tomllib' >/dev/null 2>&1") == 0; }

// Runs `python3 script args...` with stdout to a file; returns the exit
// status and the output.
inline int RunPython(const TempDir& dir, const std::string& script, const std::string& args, std::string* out) {
  std::string spath = dir / "check.py";
  std::string opath = dir / "py.out";
  Spit(spath, script);
  std::string cmd = "python3 '" + spath + "' " + args + " > '" + opath + "' 2>&1";
  int rc = std::system(cmd.c_str());
  *out = Slurp(opath);
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

// Waits for a forked child and returns its exit code (-1 if it died).
inline int WaitChild(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Monotonic milliseconds.
inline long long NowMs() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<long long>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// True when `text` can go to a terminal as it is: no C0 byte but the
// newlines that end lines, no DEL, no C1 (U+0080-U+009F as UTF-8, or a lone
// byte 0x80-0x9F). The check does not use Visible, the function under test.
inline bool TerminalSafe(const std::string& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const unsigned char next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if ((c < 0x20 && c != '\n') || c == 0x7F) return false;
    if (c == 0xC2 && next >= 0x80 && next <= 0x9F) return false;
  }
  return true;
}

}  // namespace pjtest
