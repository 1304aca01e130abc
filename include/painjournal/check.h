// `journal check`: every problem in every month file, and the one repair
// that is safe to do unasked: setting a torn last entry aside.
#pragma once

#include <string>
#include <vector>

#include "painjournal/month_reader.h"
#include "painjournal/store.h"
#include "painjournal/vocab.h"

namespace pj {

struct CheckResult {
  std::vector<Problem> problems;
  std::vector<MonthFile> torn;  // months whose last entry is cut short
  size_t files = 0;
  size_t entries = 0;
};

// Parses every month file and adds what loading alone does not see:
// duplicate ids, entries filed under the wrong month and, with `vocab`,
// names it does not know (see NameProblems).
bool CheckJournal(const Journal& j, CheckResult* out, std::string* err, const Vocabulary* vocab = nullptr);

// The sites and actions of a month's entries that `vocab` does not know
// ("unknown site 'nekc'; did you mean 'neck'?"), or that are written other
// than as their vocabulary name ("Neck", "lower back"), at the line and
// column of the name in `text` (the month file `data` was parsed from).
// A pass of its own, so loading stays as fast as before: a lookup per
// name, and the text is searched only for a name at fault.
std::vector<Problem> NameProblems(std::string_view text, const MonthData& data, const std::string& file,
                                  const Vocabulary& vocab);

// Under the month's lock, moves the torn last entry of `m` (from its
// [[entry]] line to the end) to the side file `<month>.toml.torn`
// (appended, 0600) and cuts the month file there. Nothing is deleted.
// `moved` gets the number of bytes set aside (0 if there was no torn tail).
bool RepairTornTail(const MonthFile& m, std::string* side_path, size_t* moved, std::string* err);

}  // namespace pj
