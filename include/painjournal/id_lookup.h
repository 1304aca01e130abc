// Naming entries by id on the command line (delete, amend) and finding the
// one `journal undo` takes back. Pure: ids in, indices out.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pj {

// The fewest characters of an id that a command accepts, as git's short
// hashes: fewer would name several entries too often. A whole id is
// accepted whatever its length (a hand-written id may be short).
inline constexpr size_t kMinIdPrefix = 6;

// What `given` names among `ids`.
struct IdLookup {
  // The ids equal to `given`, or if none, those it begins, ignoring case.
  std::vector<size_t> matches;
  // When nothing matches: the ids sharing the longest beginning with
  // `given` (at least one character), at most 3, for "did you mean".
  std::vector<size_t> closest;
  // `given` is neither a whole id nor kMinIdPrefix characters long.
  bool too_short = false;
};
IdLookup LookUpId(const std::vector<std::string>& ids, std::string_view given);

// The entry `journal undo` takes back: the one with the newest id among
// those that are ULIDs (README: ids are made by `add` at the moment it
// runs, so this is the entry added last, whatever day its --at gave it).
// Ids compare case-insensitively; none when no id is a ULID.
std::optional<size_t> NewestUlid(const std::vector<std::string>& ids);

}  // namespace pj
