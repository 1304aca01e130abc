// The journal directory: one TOML file per month. Appends are locked,
// synced and all-or-nothing; reads open only the months asked for.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "painjournal/entry.h"
#include "painjournal/fd.h"
#include "painjournal/month_reader.h"

namespace pj {

struct MonthFile {
  int year = 0;
  int month = 0;
  std::string path;
};

// The month key of an entry: the year and month of its local date.
struct MonthKey {
  int year;
  int month;
};
MonthKey MonthOf(const Entry& e);

// True when a month file can hold entries with instants in [since, until]
// (either bound optional). A day of slack on each side covers offsets.
bool MonthMayHold(int year, int month, std::optional<int64_t> since, std::optional<int64_t> until);

// Creates `dir` (and parents) if missing; the directory itself gets 0700.
// It is the gate of every write into the journal directory: an existing
// directory must pass CheckJournalDirSafe.
bool EnsureDir(const std::string& dir, std::string* err);

// Health data is written only into a directory that nobody else can change:
// owned by us and not writable by group or others. Otherwise someone else
// could plant a file or a link where the next entry goes. Reading does not
// ask this (a copy owned by someone else, e.g. a therapist's, is fine to read).
bool CheckJournalDirSafe(const std::string& dir, std::string* err);
// The reason a directory with this mode and owner is unsafe, or "".
std::string UnsafeDirReason(const std::string& dir, unsigned mode, unsigned owner, unsigned me);

// Whole-file reads are bounded: a month or an import above this size is
// refused (a real month is a few MB; 1M entries made 1.5 MB months).
inline constexpr std::uint64_t kMaxFileBytes = 256ull << 20;
// A config is a few lines.
inline constexpr std::uint64_t kMaxConfigBytes = 1ull << 20;

// What a whole-file read accepts, and what the error tells the user to do.
struct ReadLimits {
  std::uint64_t max_bytes = kMaxFileBytes;
  bool follow_symlinks = true;
  bool regular_only = false;
  std::string what = "file";  // "month file", "config file": for messages
  std::string fix;            // what to do, after "; " in the message
};
// Reads a whole file within `limits`; never holds more than max_bytes + 1
// bytes, even if the file grows while read.
bool ReadFileLimited(const std::string& path, const ReadLimits& limits, std::string* out, std::string* err);
// A file the user names (import): links followed, pipes allowed, bounded.
bool ReadFile(const std::string& path, std::string* out, std::string* err);
// A month or side file: no symbolic link, a regular file, bounded.
bool ReadJournalFile(const std::string& path, std::string* out, std::string* err);

// Opens a file of the journal directory (month, .torn, .removed,
// vocab.toml) without following a symbolic link and only if it is a regular
// file (or is created, 0600): a link planted in the directory must not send
// health data elsewhere, and a device or pipe must not be read or block us.
// `flags` as for open(2); O_CLOEXEC is added.
bool OpenJournalFile(const std::string& path, int flags, UniqueFd* fd, std::string* err);

// Writes all `size` bytes to `fd`: a short write is continued and a write
// interrupted by a signal (EINTR) is retried. False with errno set when the
// file takes no more (EIO if write() returned 0). Every write into a
// journal or output file goes through it.
bool WriteAll(int fd, const char* data, size_t size);

// The one way to write a whole file that must never be seen half-written
// (export -o, report -o, edit, vocab.toml, ...), streaming: into a
// temporary file beside it (created O_EXCL|O_NOFOLLOW, 0600, with a random
// name), written with WriteAll, then fsync, rename over the target and
// fsync of the directory by Commit(). Until then the target is untouched;
// the temporary is removed when Commit() fails or the writer is destroyed
// uncommitted. With `allow_device`, an existing non-regular target
// (-o /dev/null, a pipe) is written directly.
class AtomicFileWriter {
 public:
  AtomicFileWriter();
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  bool Open(const std::string& path, bool allow_device, std::string* err);
  // A buffered stream into the file; its errors are reported by Commit().
  std::ostream& stream() { return stream_; }
  // Flushes, syncs and renames; `err` names the target and the cause.
  bool Commit(std::string* err);
  // The temporary file's descriptor until Commit(): a rewrite under a lock
  // locks it too, so that the file is locked from the moment it takes the
  // target's place (lock.h).
  int fd() const { return fd_.get(); }

 private:
  class Buf;
  std::string path_, tmp_;
  UniqueFd fd_;
  std::unique_ptr<Buf> buf_;
  std::ostream stream_;
  bool committed_ = false;
};

// AtomicFileWriter for data already in memory: the file (mode 0600) holds
// `data` whole, or is left as it was.
bool WriteFileAtomic(const std::string& path, const std::string& data, std::string* err,
                     bool allow_device = false);

namespace testing {
// The write(2) that WriteAll calls. Tests replace it to make writes short
// or interrupted, which a real disk does too rarely to test; returns the
// function it replaces.
using WriteFunction = ssize_t (*)(int fd, const void* data, size_t size);
WriteFunction SetWriteFunction(WriteFunction f);
}  // namespace testing

// Moves a torn last entry (the bytes of `content`, the locked file `fd` at
// `path`, from `tail_offset` on) to the side file `<path>.torn` (appended,
// 0600, synced), then cuts the month file there (and the blank line before
// it); `cut` gets the new length. Nothing is deleted. If the side file
// cannot be written whole, it is put back as it was (removed if new) and
// the month file is not cut.
bool SetAsideTail(int fd, const std::string& path, const std::string& content, size_t tail_offset, size_t* cut,
                  std::string* side_path, std::string* err);

class Journal {
 public:
  explicit Journal(std::string dir) : dir_(std::move(dir)) {}
  const std::string& dir() const { return dir_; }

  std::string MonthPath(int year, int month) const;
  // The month files present, oldest first. A missing directory is empty;
  // one that cannot be read sets `err` (when given).
  std::vector<MonthFile> MonthFiles(std::string* err = nullptr) const;

  // Appends entries, grouped by month: one locked write per month file,
  // then fsync. A month file that does not exist is created (0600) with its
  // header. All or nothing: if a write fails, every file is cut back to its
  // length before.
  // A torn last entry found in the way is set aside first (see
  // SetAsideTail), and said in `warnings`.
  bool Append(const std::vector<Entry>& entries, std::string* err, std::vector<std::string>* warnings = nullptr);

  // Removes or replaces entries by id (undo, delete, amend). Each change
  // names the month file the command found the entry in and the entry as
  // it read it. Under the locks of every month file touched (taken in
  // month order, as Append does), each is read again, so entries appended
  // meanwhile are kept, and must still hold the entry unchanged. Each old
  // entry is first appended, as it stood, to `<month>.removed` (0600,
  // synced) after the comment `# NOTE`; then every month file is replaced
  // whole through AtomicFileWriter with all its other bytes kept
  // (month_edit.h). A replacement whose date falls in another month is
  // appended to that month (created if need be), which is written before the
  // month it leaves: a crash in between leaves two copies, never none. All
  // or nothing: if a write fails, the files written are put back and the
  // side files cut back. `removed_to` gets the side files written.
  // One entry to remove (no replacement) or replace.
  struct Change {
    std::string path;
    Entry old;
    std::optional<Entry> replacement;
  };
  bool Rewrite(const std::vector<Change>& changes, const std::string& note, std::string* err,
               std::vector<std::string>* removed_to = nullptr);

  // A file that cannot be read at all is a problem (line 0) in `out`, not
  // an error: one unreadable month must not stop the others.
  void LoadMonth(const MonthFile& m, MonthData* out) const;

 private:
  std::string dir_;
};

}  // namespace pj
