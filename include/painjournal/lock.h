// An exclusive advisory lock on an open file, so that concurrent writers
// (two `journal add`s, an add during `journal edit`) take turns.
#pragma once

#include <string>

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

}  // namespace pj
