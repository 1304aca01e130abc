#include "painjournal/store.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <map>
#include <streambuf>

#include "painjournal/entry_toml.h"
#include "painjournal/lock.h"
#include "painjournal/month_layout.h"
#include "store_detail.h"

namespace pj {

namespace detail {

std::string Errno(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

std::string DirOf(const std::string& path) {
  size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

void SyncDir(const std::string& dir) {
  UniqueFd dfd(open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dfd.valid()) fsync(dfd.get());
}

SignalGuard::SignalGuard() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP}) sigaddset(&set, s);
  sigprocmask(SIG_BLOCK, &set, &old_);
}
SignalGuard::~SignalGuard() { sigprocmask(SIG_SETMASK, &old_, nullptr); }

}  // namespace detail

using namespace detail;

namespace {

testing::WriteFunction g_write = ::write;

bool WriteAll(int fd, const std::string& data) { return pj::WriteAll(fd, data.data(), data.size()); }

// "a named pipe": what a file that is not a regular file is, for messages.
std::string KindOf(mode_t mode) {
  if (S_ISLNK(mode)) return "a symbolic link";
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a named pipe";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// 256 MiB, 1 MiB, 10 bytes: a size limit as the README writes it.
std::string SizeText(std::uint64_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

// The one message for a link where the journal expects its own file.
std::string SymlinkMessage(const std::string& path) {
  return path +
         " is a symbolic link, which the journal does not follow (a planted link could send health data "
         "elsewhere); replace it with the file it points to, or remove it";
}

// The message for a file that is not a regular file; a directory keeps the
// plain "cannot read PATH: Is a directory".
std::string NotRegularMessage(const std::string& path, mode_t mode, const std::string& verb, const std::string& fix) {
  if (S_ISLNK(mode)) return SymlinkMessage(path);
  if (S_ISDIR(mode)) return verb + " " + path + ": " + std::strerror(EISDIR);
  return path + " is " + KindOf(mode) + ", not a regular file; " + fix;
}

const char kJournalFileFix[] = "move it out of the journal directory";

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
  if (!ReadJournalFile(file.path(), &content, err)) return false;
  MonthData data;
  ParseMonth(content, file.path(), &data);
  if (!data.not_appendable.empty()) {
    *err = data.not_appendable;
    return false;
  }
  // A cut append of ours is set aside for sure; a last entry that is only
  // judged torn by its content (it may be a hand edit) only when the file
  // also lacks its final newline, as every write of ours ends in one.
  if (data.torn_tail && (data.torn_sealed || content.back() != '\n')) {
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

bool WriteAll(int fd, const char* data, size_t size) {
  size_t done = 0;
  while (done < size) {
    ssize_t n = g_write(fd, data + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

testing::WriteFunction testing::SetWriteFunction(WriteFunction f) {
  WriteFunction old = g_write;
  g_write = f ? f : ::write;
  return old;
}

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
    if (S_ISDIR(st.st_mode)) return CheckJournalDirSafe(dir, err);
    *err = "journal directory " + dir + " exists but is not a directory";
    return false;
  }
  size_t slash = dir.find_last_of('/');
  if (slash != std::string::npos && slash > 0 && !MakeParents(dir.substr(0, slash), err)) return false;
  if (mkdir(dir.c_str(), 0700) == 0) {
    chmod(dir.c_str(), 0700);  // whatever the umask
  } else if (errno != EEXIST) {
    *err = Errno("cannot create journal directory", dir);
    return false;
  }
  return CheckJournalDirSafe(dir, err);  // EEXIST: someone else may have made it
}

std::string UnsafeDirReason(const std::string& dir, unsigned mode, unsigned owner, unsigned me) {
  if (owner != me)
    return "journal directory " + dir +
           " belongs to another user, so the journal does not write there; use a directory of your own (--dir), "
           "or have this one given to you (chown) and then run: chmod 700 " + dir;
  if (mode & 022) {
    char octal[8];
    std::snprintf(octal, sizeof octal, "%04o", mode & 07777);
    return "journal directory " + dir + " can be written by others (mode " + octal +
           "), who could plant files or links in it, so the journal does not write there; make it yours alone: "
           "chmod 700 " + dir;
  }
  return "";
}

bool CheckJournalDirSafe(const std::string& dir, std::string* err) {
  struct stat st;
  if (stat(dir.c_str(), &st) != 0) {
    *err = Errno("cannot use journal directory", dir);
    return false;
  }
  if (!S_ISDIR(st.st_mode)) {
    *err = "journal directory " + dir + " exists but is not a directory";
    return false;
  }
  std::string reason = UnsafeDirReason(dir, st.st_mode, st.st_uid, geteuid());
  if (reason.empty()) return true;
  *err = reason;
  return false;
}

bool OpenJournalFile(const std::string& path, int flags, UniqueFd* fd, std::string* err) {
  const std::string verb = (flags & O_ACCMODE) == O_RDONLY ? "cannot read" : "cannot open";
  struct stat st;
  // Looked at first, so that a device or pipe is not even opened.
  const bool existed = lstat(path.c_str(), &st) == 0;
  if (existed && !S_ISREG(st.st_mode)) {
    *err = NotRegularMessage(path, st.st_mode, verb, kJournalFileFix);
    return false;
  }
  // O_NOFOLLOW and the fstat below close the gap to a link or pipe swapped
  // in meanwhile; O_NONBLOCK keeps such a pipe from blocking the open.
  fd->Reset(open(path.c_str(), flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600));
  if (!fd->valid()) {
    *err = errno == ELOOP ? SymlinkMessage(path) : Errno(verb, path);
    return false;
  }
  if (fstat(fd->get(), &st) != 0) {
    *err = Errno(verb, path);
    fd->Reset();
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    *err = NotRegularMessage(path, st.st_mode, verb, kJournalFileFix);
    fd->Reset();
    return false;
  }
  int fl = fcntl(fd->get(), F_GETFL);
  if (fl >= 0) fcntl(fd->get(), F_SETFL, fl & ~O_NONBLOCK);
  // 0600 whatever the umask (0277 would leave a file we cannot append to).
  if (!existed && (flags & O_CREAT)) fchmod(fd->get(), 0600);
  return true;
}

namespace {

// Opens `path` for a whole-file read as `limits` allows.
bool OpenForRead(const std::string& path, const ReadLimits& limits, UniqueFd* fd, std::string* err) {
  if (!limits.follow_symlinks) return OpenJournalFile(path, O_RDONLY, fd, err);
  // A pipe the user names (import <(...)) must block until written to; a
  // caller that wants regular files only must not block on one.
  fd->Reset(open(path.c_str(), O_RDONLY | O_CLOEXEC | (limits.regular_only ? O_NONBLOCK : 0)));
  if (!fd->valid()) {
    *err = Errno("cannot read", path);
    return false;
  }
  struct stat st;
  if (limits.regular_only && fstat(fd->get(), &st) == 0 && !S_ISREG(st.st_mode)) {
    *err = NotRegularMessage(path, st.st_mode, "cannot read", limits.fix);
    return false;
  }
  int fl = fcntl(fd->get(), F_GETFL);
  if (fl >= 0) fcntl(fd->get(), F_SETFL, fl & ~O_NONBLOCK);
  return true;
}

std::string TooLargeMessage(const std::string& path, const ReadLimits& limits) {
  return path + " is larger than " + SizeText(limits.max_bytes) + ", the limit for a " + limits.what + "; " +
         limits.fix;
}

}  // namespace

bool ReadFileLimited(const std::string& path, const ReadLimits& limits, std::string* out, std::string* err) {
  out->clear();
  UniqueFd fd;
  if (!OpenForRead(path, limits, &fd, err)) return false;
  struct stat st;
  if (fstat(fd.get(), &st) == 0 && st.st_size > 0) {
    if (static_cast<std::uint64_t>(st.st_size) > limits.max_bytes) {
      *err = TooLargeMessage(path, limits);
      return false;
    }
    out->reserve(static_cast<size_t>(st.st_size));
  }
  // At most one byte past the limit is read, however the file grows.
  char buf[65536];
  while (true) {
    std::uint64_t room = limits.max_bytes + 1 - out->size();
    ssize_t n = read(fd.get(), buf, static_cast<size_t>(std::min<std::uint64_t>(sizeof buf, room)));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *err = Errno("cannot read", path);
      out->clear();
      return false;
    }
    if (n == 0) break;
    out->append(buf, static_cast<size_t>(n));
    if (out->size() > limits.max_bytes) {
      *err = TooLargeMessage(path, limits);
      out->clear();
      out->shrink_to_fit();
      return false;
    }
  }
  return true;
}

bool ReadFile(const std::string& path, std::string* out, std::string* err) {
  ReadLimits limits;
  limits.what = "file the journal reads";
  limits.fix = "split it into smaller files";
  return ReadFileLimited(path, limits, out, err);
}

bool ReadJournalFile(const std::string& path, std::string* out, std::string* err) {
  ReadLimits limits;
  limits.follow_symlinks = false;
  limits.regular_only = true;
  limits.what = "month file";
  limits.fix = std::string(kJournalFileFix) + " (a real month is a few MB)";
  return ReadFileLimited(path, limits, out, err);
}

namespace {

// Six random characters for a temporary name nobody can guess in advance.
std::string RandomSuffix() {
  static const char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  unsigned char bytes[6];
  if (getrandom(bytes, sizeof bytes, GRND_NONBLOCK) != static_cast<ssize_t>(sizeof bytes)) {
    auto t = static_cast<unsigned long long>(std::chrono::steady_clock::now().time_since_epoch().count());
    t ^= static_cast<unsigned long long>(getpid()) << 20;
    for (unsigned char& b : bytes) b = static_cast<unsigned char>(t >>= 7);
  }
  std::string s;
  for (unsigned char b : bytes) s += kChars[b % (sizeof kChars - 1)];
  return s;
}

}  // namespace

// The stream buffer of AtomicFileWriter: 64 KiB, written out with
// WriteAll; the first error is kept for Commit() to report.
class AtomicFileWriter::Buf : public std::streambuf {
 public:
  explicit Buf(int fd) : fd_(fd), buf_(1 << 16) { setp(buf_.data(), buf_.data() + buf_.size()); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type ch) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  bool Drain() {
    if (error_ != 0) return false;
    size_t n = static_cast<size_t>(pptr() - pbase());
    if (n > 0 && !WriteAll(fd_, pbase(), n)) {
      error_ = errno;
      return false;
    }
    setp(buf_.data(), buf_.data() + buf_.size());
    return true;
  }

  int fd_;
  std::vector<char> buf_;
  int error_ = 0;
};

AtomicFileWriter::AtomicFileWriter() : stream_(nullptr) {}

AtomicFileWriter::~AtomicFileWriter() {
  if (!committed_ && !tmp_.empty()) unlink(tmp_.c_str());
}

bool AtomicFileWriter::Open(const std::string& path, bool allow_device, std::string* err) {
  path_ = path;
  struct stat st;
  if (allow_device && stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) {
      errno = EISDIR;
      *err = Errno("cannot write", path);
      return false;
    }
    fd_.Reset(open(path.c_str(), O_WRONLY | O_CLOEXEC));  // a device or pipe: no temporary, no rename
  } else {
    for (int attempt = 0; attempt < 100 && !fd_.valid(); ++attempt) {
      tmp_ = path + ".tmp-" + RandomSuffix();
      fd_.Reset(open(tmp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
      if (fd_.valid()) fchmod(fd_.get(), 0600);  // whatever the umask
      if (!fd_.valid() && errno != EEXIST) break;
    }
    if (!fd_.valid()) tmp_.clear();
  }
  if (!fd_.valid()) {
    *err = Errno("cannot write", path);
    return false;
  }
  buf_ = std::make_unique<Buf>(fd_.get());
  stream_.rdbuf(buf_.get());
  return true;
}

bool AtomicFileWriter::Commit(std::string* err) {
  if (!buf_) {
    *err = "cannot write " + path_ + ": it was not opened";
    return false;
  }
  stream_.flush();
  bool ok = buf_->error() == 0 && stream_.good();
  if (!ok) errno = buf_->error() != 0 ? buf_->error() : EIO;
  if (ok && !tmp_.empty() && fsync(fd_.get()) != 0) ok = false;
  if (ok) {
    fd_.Reset();
    if (!tmp_.empty() && rename(tmp_.c_str(), path_.c_str()) != 0) ok = false;
  }
  if (!ok) {
    *err = Errno("cannot write", path_);
    if (!tmp_.empty()) unlink(tmp_.c_str());
    tmp_.clear();
    return false;
  }
  committed_ = true;
  if (!tmp_.empty()) SyncDir(DirOf(path_));
  return true;
}

bool WriteFileAtomic(const std::string& path, const std::string& data, std::string* err, bool allow_device) {
  AtomicFileWriter w;
  if (!w.Open(path, allow_device, err)) return false;
  w.stream().write(data.data(), static_cast<std::streamsize>(data.size()));
  return w.Commit(err);
}

SideFileAppend::~SideFileAppend() {
  if (!done_) Undo();
}

bool SideFileAppend::Write(const std::string& path, const std::string& block, std::string* err,
                           const std::string& header_if_new) {
  path_ = path;
  struct stat st;
  created_ = lstat(path.c_str(), &st) != 0;
  int flags = O_WRONLY | O_APPEND | (created_ ? O_CREAT | O_EXCL : 0);
  if (!OpenJournalFile(path, flags, &fd_, err)) return false;
  opened_ = true;
  if (!created_ && fstat(fd_.get(), &st) == 0) before_ = st.st_size;
  if (!WriteAll(fd_.get(), created_ ? header_if_new + block : block) || fsync(fd_.get()) != 0) {
    *err = Errno("cannot write", path);
    return false;
  }
  return true;
}

void SideFileAppend::Undo() {
  if (!opened_) return;
  int saved = errno;
  if (created_) {
    unlink(path_.c_str());
  } else if (ftruncate(fd_.get(), before_) == 0) {
    fsync(fd_.get());
  }
  errno = saved;
}

bool SetAsideTail(int fd, const std::string& path, const std::string& content, size_t tail_offset, size_t* cut,
                  std::string* side_path, std::string* err) {
  *side_path = path + ".torn";
  const std::string dir = DirOf(path);
  if (!CheckJournalDirSafe(dir, err)) return false;
  std::string block = "# set aside by journal from " + path + "\n" + content.substr(tail_offset);
  if (block.back() != '\n') block += "\n";
  SideFileAppend side;
  if (!side.Write(*side_path, block, err)) {
    *err += "; " + path + " is unchanged";
    return false;
  }
  SyncDir(dir);  // the side file exists before the cut
  *cut = tail_offset;
  while (*cut > 1 && content[*cut - 1] == '\n' && content[*cut - 2] == '\n') --*cut;  // and the blank line before it
  if (ftruncate(fd, static_cast<off_t>(*cut)) != 0) {
    *err = Errno("cannot cut", path) + "; it is unchanged";
    return false;  // and the side file is put back
  }
  side.Keep();  // from here on the side file holds the only copy of the tail
  if (fsync(fd) != 0) {
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
  std::unique_ptr<DIR, int (*)(DIR*)> d(opendir(dir_.c_str()), closedir);
  if (!d) {
    if (errno != ENOENT && err) *err = Errno("cannot read journal directory", dir_);
    return out;
  }
  while (struct dirent* ent = readdir(d.get())) {
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
  std::sort(out.begin(), out.end(), [](const MonthFile& a, const MonthFile& b) {
    return a.year != b.year ? a.year < b.year : a.month < b.month;
  });
  return out;
}

void Journal::LoadMonth(const MonthFile& m, MonthData* out) const {
  std::string text, err;
  if (!ReadJournalFile(m.path, &text, &err)) {
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
    bool created = false;  // this append made the file (an empty one counts)
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
    p.created = p.before == 0;
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
      if (q.created) {
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
    if (p.created) {
      SyncDir(dir_);
      break;
    }
  return true;
}

}  // namespace pj
