#include "painjournal/lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <utility>

#include "painjournal/fd.h"
#include "painjournal/store.h"

namespace pj {

FileLock::~FileLock() { Release(); }

bool FileLock::Acquire(int fd, int timeout_ms, std::string* err) {
  int waited = 0;
  while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno == EINTR) continue;
    if (errno != EWOULDBLOCK) {
      *err = std::string("cannot lock: ") + std::strerror(errno);
      return false;
    }
    if (waited >= timeout_ms) {
      *err = "another journal process holds the lock; try again";
      return false;
    }
    struct timespec ts = {0, 2 * 1000 * 1000};
    nanosleep(&ts, nullptr);
    waited += 2;
  }
  fd_ = fd;
  return true;
}

void FileLock::Release() {
  if (fd_ >= 0) flock(fd_, LOCK_UN);
  fd_ = -1;
}

}  // namespace pj

namespace pj {

LockedFile::~LockedFile() { Close(); }

bool LockedFile::Open(const std::string& path, int flags, int timeout_ms, std::string* err) {
  Close();
  path_ = path;
  for (int attempt = 0; attempt < 100; ++attempt) {
    // Never through a symbolic link, never a device or pipe: see OpenJournalFile.
    UniqueFd fd;
    if (!OpenJournalFile(path, flags, &fd, err)) return false;
    if (!lock_.Acquire(fd.get(), timeout_ms, err)) {
      *err = path + ": " + *err;
      return false;
    }
    // lstat: a link put in the file's place meanwhile is not the file.
    struct stat by_fd, by_path;
    if (fstat(fd.get(), &by_fd) == 0 && lstat(path.c_str(), &by_path) == 0 && by_fd.st_ino == by_path.st_ino &&
        by_fd.st_dev == by_path.st_dev) {
      fd_ = std::move(fd);
      return true;
    }
    lock_.Release();  // replaced while we waited: lock the new file
  }
  *err = "cannot lock " + path + ": it keeps being replaced";
  return false;
}

void LockedFile::Close() {
  lock_.Release();
  fd_.Reset();
}

}  // namespace pj
