// Which entries a command looks at, and reading just the months that can
// hold them.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "painjournal/entry.h"
#include "painjournal/month_reader.h"
#include "painjournal/store.h"

namespace pj {

struct Filter {
  std::optional<int64_t> since;  // inclusive, UTC seconds
  std::optional<int64_t> until;  // inclusive
  std::vector<std::string> sites;  // canonical names; any of them
  std::vector<std::string> did;    // entries that did any of these
  std::vector<std::string> tags;   // entries with any of these tags (lower case; matched in any case)
};

bool Matches(const Filter& f, const Entry& e);

// Reads, month by month and oldest first, the months that can hold the
// filter's range, and hands each month's matching entries (sorted by time)
// to `visit`. Problems in the files are appended to `problems`, in month
// order; a journal directory that cannot be read is an error. Up to
// `readers` months are read ahead on other threads (0: one per core, at
// most 4; 1: none); `visit` always runs on the calling thread, in order.
// The readers keep at most readers x `ahead` months parsed and not yet
// visited, all together (0 counts as 1): 2 keeps a visitor that writes
// output fed (export is 15% faster than with 1), 1 keeps the memory of a
// visitor that holds what it is given (analyze of a million entries stays
// under 150 MB with 1, not 2).
bool ScanMonths(const Journal& j, const Filter& f, const std::function<void(std::vector<Entry>&)>& visit,
                std::vector<Problem>* problems, std::string* err, unsigned readers = 0, unsigned ahead = 1);

// The factor names of every matching entry, sorted and unique: what the
// header of a CSV export needs before its first row. The months are read
// on `readers` threads as for ScanMonths; a month in the program's own
// layout gives its names without being parsed when nothing is filtered.
// Problems are not collected (the scan that follows reports them).
bool CollectFactorNames(const Journal& j, const Filter& f, std::vector<std::string>* names, std::string* err,
                        unsigned readers = 0);

// Exposed for tests: the factor names of one month's matching entries,
// sorted and each once. It is what CollectFactorNames keeps of a month
// while it reads the others: a copy of each name per entry grew with the
// journal (a review measured 34 MB instead of 12 MB for an export of 100k
// entries with four factors each).
std::vector<std::string> MonthFactorNames(const Journal& j, const MonthFile& m, const Filter& f);

// Every matching entry of the months that can hold the range, sorted by
// time (for commands that need them all at once).
bool LoadEntries(const Journal& j, const Filter& f, std::vector<Entry>* out, std::vector<Problem>* problems,
                 std::string* err);

// The last `n` matching entries, oldest first, reading months newest first
// until there are enough.
bool LoadLast(const Journal& j, const Filter& f, size_t n, std::vector<Entry>* out, std::vector<Problem>* problems,
              std::string* err);

}  // namespace pj
