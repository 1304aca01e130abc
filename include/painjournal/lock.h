// Exclusive advisory locks on month files, so that concurrent writers (two
// `journal add`s, an add during `journal edit` or `check --repair`) take
// turns.
#pragma once

#include <string>

#include "painjournal/fd.h"

namespace pj {

// Holds flock(LOCK_EX) on `fd` until destroyed. Waits up to `timeout_ms`.
class FileLock {
 public:
  FileLock() = default;
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

  bool Acquire(int fd, int timeout_ms, std::string* err);
  void Release();
  bool held() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

// A file opened and locked at its path. `journal edit` replaces a month
// file by rename, so a lock taken on the file that was at the path a moment
// ago protects nothing: Open() checks after locking that the path still
// names the locked file, and opens again if not.
class LockedFile {
 public:
  LockedFile() = default;
  ~LockedFile();
  LockedFile(const LockedFile&) = delete;
  LockedFile& operator=(const LockedFile&) = delete;

  // `flags` as for open(2); O_CREAT creates the file with mode 0600. A
  // symbolic link or a file that is not a regular file is refused (see
  // OpenJournalFile in store.h).
  bool Open(const std::string& path, int flags, int timeout_ms, std::string* err);
  void Close();
  int fd() const { return fd_.get(); }
  const std::string& path() const { return path_; }

 private:
  UniqueFd fd_;  // before lock_, so destroyed after it: unlocked, then closed
  FileLock lock_;
  std::string path_;
};

}  // namespace pj
