// What the writers of the journal directory share (private to store.cpp
// and month_rewrite.cpp): messages with errno, syncing a directory, holding
// off signals mid-write, and side-file appends that can be taken back.
#pragma once

#include <signal.h>
#include <sys/types.h>

#include <string>

#include "painjournal/fd.h"

namespace pj::detail {

// "WHAT PATH: strerror(errno)".
std::string Errno(const std::string& what, const std::string& path);
// The directory part of a path ("." when there is none).
std::string DirOf(const std::string& path);
// fsync of a directory, so that a new name in it survives a crash.
void SyncDir(const std::string& dir);

// Blocks the signals that would end the process mid-write, for the
// lifetime of the object; they are delivered once it is gone.
class SignalGuard {
 public:
  SignalGuard();
  ~SignalGuard();
  SignalGuard(const SignalGuard&) = delete;
  SignalGuard& operator=(const SignalGuard&) = delete;

 private:
  sigset_t old_;
};

// An append to a side file (`.torn`, `.removed`) that can be taken back:
// if anything after it fails, the side file is cut back to its old length,
// or removed if this append made it, so a full disk leaves no empty or
// partial side file behind. Keep() once the append must stay.
class SideFileAppend {
 public:
  SideFileAppend() = default;
  ~SideFileAppend();
  SideFileAppend(const SideFileAppend&) = delete;
  SideFileAppend& operator=(const SideFileAppend&) = delete;

  // Appends `block` (after `header_if_new` when the file is new), synced.
  bool Write(const std::string& path, const std::string& block, std::string* err,
             const std::string& header_if_new = "");
  void Keep() { done_ = true; }

 private:
  void Undo();

  std::string path_;
  UniqueFd fd_;
  bool created_ = false, opened_ = false, done_ = false;
  off_t before_ = 0;
};

}  // namespace pj::detail
