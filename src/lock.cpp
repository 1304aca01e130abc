#include "painjournal/lock.h"

#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

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
