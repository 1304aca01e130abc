// `journal check`: every problem in every month file, and the one repair
// that is safe to do unasked: setting a torn last entry aside.
#pragma once

#include <string>
#include <vector>

#include "painjournal/month_reader.h"
#include "painjournal/store.h"

namespace pj {

struct CheckResult {
  std::vector<Problem> problems;
  std::vector<MonthFile> torn;  // months whose last entry is cut short
  size_t files = 0;
  size_t entries = 0;
};

// Parses every month file and adds what loading alone does not see:
// duplicate ids and entries filed under the wrong month.
bool CheckJournal(const Journal& j, CheckResult* out, std::string* err);

// Under the month's lock, moves the torn last entry of `m` (from its
// [[entry]] line to the end) to the side file `<month>.toml.torn`
// (appended, 0600) and cuts the month file there. Nothing is deleted.
// `moved` gets the number of bytes set aside (0 if there was no torn tail).
bool RepairTornTail(const MonthFile& m, std::string* side_path, size_t* moved, std::string* err);

}  // namespace pj
