#include "painjournal/store.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>

#include "painjournal/entry_toml.h"
#include "painjournal/lock.h"
#include "painjournal/month_layout.h"

namespace pj {

namespace {

std::string Errno(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

bool WriteAll(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

void SyncDir(const std::string& dir) {
  int dfd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    fsync(dfd);
    close(dfd);
  }
}

// Blocks the signals that would end the process mid-write, for the
// lifetime of the object; they are delivered once it is gone.
class SignalGuard {
 public:
  SignalGuard() {
    sigset_t set;
    sigemptyset(&set);
    for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP}) sigaddset(&set, s);
    sigprocmask(SIG_BLOCK, &set, &old_);
  }
  ~SignalGuard() { sigprocmask(SIG_SETMASK, &old_, nullptr); }

 private:
  sigset_t old_;
};

// Makes the end of a month file ready for an append, under its lock. The
// common case costs one small read: the file ends with the `# end` seal of
// a complete append. Otherwise (a crash cut the last append, a hand edit,
// a file from before the seals) the month is read: a torn last entry is
// set aside so that it stays where `check --repair` can find it instead of
// being buried mid-file; a missing final newline is added (to `prefix`);
// a file that TOML would not let an [[entry]] follow is refused.
bool PrepareTail(const LockedFile& file, off_t* size, std::string* prefix, std::string* err,
                 std::vector<std::string>* warnings) {
  char tail[64];
  size_t want = static_cast<size_t>(std::min<off_t>(*size, sizeof tail));
  ssize_t got = pread(file.fd(), tail, want, *size - static_cast<off_t>(want));
  if (got == static_cast<ssize_t>(want) && EndsWithEndSeal(std::string_view(tail, want))) return true;
  std::string content;
  if (!ReadFile(file.path(), &content, err)) return false;
  MonthData data;
  ParseMonth(content, file.path(), &data);
  if (!data.not_appendable.empty()) {
    *err = data.not_appendable;
    return false;
  }
  if (data.torn_tail) {
    size_t cut;
    std::string side;
    if (!SetAsideTail(file.fd(), file.path(), content, data.tail_offset, &cut, &side, err)) return false;
    *size = static_cast<off_t>(cut);
    if (warnings)
      warnings->push_back(file.path() + " ended in a torn entry (" + std::to_string(content.size() - data.tail_offset) +
                          " bytes); set aside in " + side);
  } else if (!content.empty() && content.back() != '\n') {
    *prefix = "\n";  // a hand edit left no final newline
  }
  return true;
}

}  // namespace

MonthKey MonthOf(const Entry& e) {
  Date d = LocalDate(e.at);
  return MonthKey{d.year, d.month};
}

bool MonthMayHold(int year, int month, std::optional<int64_t> since, std::optional<int64_t> until) {
  int64_t first = DaysFromCivil(year, month, 1) * 86400 - 86400;
  int64_t last = DaysFromCivil(year, month, DaysInMonth(year, month)) * 86400 + 2 * 86400;
  if (since && last < *since) return false;
  if (until && first > *until) return false;
  return true;
}

namespace {

// mkdir -p with the usual mode, for the parents of the journal directory.
bool MakeParents(const std::string& dir, std::string* err) {
  struct stat st;
  if (dir.empty() || stat(dir.c_str(), &st) == 0) return true;
  size_t slash = dir.find_last_of('/');
  if (slash != std::string::npos && slash > 0 && !MakeParents(dir.substr(0, slash), err)) return false;
  if (mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) {
    *err = Errno("cannot create directory", dir);
    return false;
  }
  return true;
}

}  // namespace

bool EnsureDir(const std::string& dir, std::string* err) {
  struct stat st;
  if (stat(dir.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return true;
    *err = "journal directory " + dir + " exists but is not a directory";
    return false;
  }
  size_t slash = dir.find_last_of('/');
  if (slash != std::string::npos && slash > 0 && !MakeParents(dir.substr(0, slash), err)) return false;
  if (mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    *err = Errno("cannot create journal directory", dir);
    return false;
  }
  return true;
}

bool ReadFile(const std::string& path, std::string* out, std::string* err) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *err = Errno("cannot read", path);
    return false;
  }
  struct stat st;
  out->clear();
  if (fstat(fd, &st) == 0 && st.st_size > 0) out->reserve(static_cast<size_t>(st.st_size));
  char buf[65536];
  while (true) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *err = Errno("cannot read", path);
      close(fd);
      return false;
    }
    if (n == 0) break;
    out->append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return true;
}

bool WriteFileAtomic(const std::string& path, const std::string& data, std::string* err) {
  std::string tmp = path + ".tmp-" + std::to_string(getpid());
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    *err = Errno("cannot write", tmp);
    return false;
  }
  if (!WriteAll(fd, data) || fsync(fd) != 0) {
    *err = Errno("cannot write", tmp);
    close(fd);
    unlink(tmp.c_str());
    return false;
  }
  close(fd);
  if (rename(tmp.c_str(), path.c_str()) != 0) {
    *err = Errno("cannot replace", path);
    unlink(tmp.c_str());
    return false;
  }
  size_t slash = path.find_last_of('/');
  SyncDir(slash == std::string::npos ? "." : path.substr(0, slash));
  return true;
}

bool SetAsideTail(int fd, const std::string& path, const std::string& content, size_t tail_offset, size_t* cut,
                  std::string* side_path, std::string* err) {
  *side_path = path + ".torn";
  std::string tail = content.substr(tail_offset);
  std::string block = "# set aside by journal from " + path + "\n" + tail;
  if (block.back() != '\n') block += "\n";
  int side = open(side_path->c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (side < 0 || !WriteAll(side, block) || fsync(side) != 0) {
    *err = Errno("cannot write", *side_path);
    if (side >= 0) close(side);
    return false;
  }
  close(side);
  size_t slash = path.find_last_of('/');
  SyncDir(slash == std::string::npos ? "." : path.substr(0, slash));  // the side file exists before the cut
  *cut = tail_offset;
  while (*cut > 1 && content[*cut - 1] == '\n' && content[*cut - 2] == '\n') --*cut;  // and the blank line before it
  if (ftruncate(fd, static_cast<off_t>(*cut)) != 0 || fsync(fd) != 0) {
    *err = Errno("cannot cut", path);
    return false;
  }
  return true;
}

std::string Journal::MonthPath(int year, int month) const {
  char name[16];
  std::snprintf(name, sizeof name, "%04d-%02d.toml", year, month);
  return dir_ + "/" + name;
}

std::vector<MonthFile> Journal::MonthFiles(std::string* err) const {
  std::vector<MonthFile> out;
  DIR* d = opendir(dir_.c_str());
  if (!d) {
    if (errno != ENOENT && err) *err = Errno("cannot read journal directory", dir_);
    return out;
  }
  while (struct dirent* ent = readdir(d)) {
    const char* n = ent->d_name;
    // Exactly YYYY-MM.toml; side files and editor backups are not months.
    if (std::strlen(n) != 12 || std::strcmp(n + 7, ".toml") != 0 || n[4] != '-') continue;
    bool digits = true;
    for (int i : {0, 1, 2, 3, 5, 6}) digits &= n[i] >= '0' && n[i] <= '9';
    if (!digits) continue;
    int y = std::atoi(std::string(n, 4).c_str());
    int m = std::atoi(std::string(n + 5, 2).c_str());
    if (m < 1 || m > 12) continue;
    out.push_back(MonthFile{y, m, dir_ + "/" + n});
  }
  closedir(d);
  std::sort(out.begin(), out.end(), [](const MonthFile& a, const MonthFile& b) {
    return a.year != b.year ? a.year < b.year : a.month < b.month;
  });
  return out;
}

void Journal::LoadMonth(const MonthFile& m, MonthData* out) const {
  std::string text, err;
  if (!ReadFile(m.path, &text, &err)) {
    *out = MonthData{};
    out->problems.push_back(Problem{m.path, 0, 0, err});
    return;
  }
  ParseMonth(text, m.path, out);
}

bool Journal::Append(const std::vector<Entry>& entries, std::string* err, std::vector<std::string>* warnings) {
  std::map<std::pair<int, int>, std::string> by_month;
  for (const Entry& e : entries) {
    MonthKey k = MonthOf(e);
    by_month[{k.year, k.month}] += "\n" + FormatEntryToml(e);
  }
  if (by_month.empty()) return true;
  if (!EnsureDir(dir_, err)) return false;
  // A write past RLIMIT_FSIZE must fail with EFBIG, not kill us mid-entry.
  signal(SIGXFSZ, SIG_IGN);

  // All month files are locked first (in month order, so two imports cannot
  // deadlock), then written; if any write fails, every file written so far
  // is cut back, and nobody else can have appended behind us meanwhile.
  struct Pending {
    LockedFile file;
    off_t before = 0;
    std::string data;
  };
  std::vector<Pending> pending(by_month.size());
  size_t i = 0;
  for (const auto& [key, text] : by_month) {
    Pending& p = pending[i++];
    // Read as well as write: the end of the file is looked at below.
    if (!p.file.Open(MonthPath(key.first, key.second), O_RDWR | O_APPEND | O_CREAT, 10000, err)) return false;
    struct stat st;
    if (fstat(p.file.fd(), &st) != 0) {
      *err = Errno("cannot stat", p.file.path());
      return false;
    }
    p.before = st.st_size;
    if (p.before > 0 && !PrepareTail(p.file, &p.before, &p.data, err, warnings)) return false;
    if (p.before == 0) p.data = MonthFileHeader(key.first, key.second);
    p.data += text;
  }
  SignalGuard guard;
  for (size_t k = 0; k < pending.size(); ++k) {
    Pending& p = pending[k];
    if (WriteAll(p.file.fd(), p.data) && fsync(p.file.fd()) == 0) continue;
    *err = Errno("cannot write", p.file.path());
    for (size_t back = 0; back < pending.size(); ++back) {
      Pending& q = pending[back];
      // A month file this append created goes again (we hold its lock, so
      // a waiting writer sees the path change and makes its own).
      if (q.before == 0) {
        unlink(q.file.path().c_str());
        continue;
      }
      if (back > k) continue;
      if (ftruncate(q.file.fd(), q.before) != 0 || fsync(q.file.fd()) != 0)
        *err += "; cutting " + q.file.path() + " back failed: check it with `journal check`";
    }
    return false;
  }
  for (const Pending& p : pending)
    if (p.before == 0) {
      SyncDir(dir_);
      break;
    }
  return true;
}

}  // namespace pj
