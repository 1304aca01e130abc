// The journal directory: one TOML file per month. Appends are locked,
// synced and all-or-nothing; reads open only the months asked for.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "painjournal/entry.h"
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
bool EnsureDir(const std::string& dir, std::string* err);
bool ReadFile(const std::string& path, std::string* out, std::string* err);
// Writes a whole file (mode 0600) through a temporary file and rename.
bool WriteFileAtomic(const std::string& path, const std::string& data, std::string* err);

// Moves a torn last entry (the bytes of `content`, the locked file `fd` at
// `path`, from `tail_offset` on) to the side file `<path>.torn` (appended,
// 0600, synced), then cuts the month file there (and the blank line before
// it); `cut` gets the new length. Nothing is deleted.
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

  // A file that cannot be read at all is a problem (line 0) in `out`, not
  // an error: one unreadable month must not stop the others.
  void LoadMonth(const MonthFile& m, MonthData* out) const;

 private:
  std::string dir_;
};

}  // namespace pj
