// Writing entries as TOML text, in the key order of the contract. Kept
// apart from reading because `journal add` only ever writes.
#pragma once

#include <string>
#include <string_view>

#include "painjournal/entry.h"

namespace pj {

// `"..."` with TOML basic-string escapes; the result is one line.
std::string TomlString(std::string_view s);
// A TOML float: 9.5, 8.0, 1e+20.
std::string TomlFloat(double v);
// The `[[entry]]` table of `e`, keys in contract order, between the seals
// of month_layout.h (`[[entry]]  # begin` ... `# end`), ending in "\n".
std::string FormatEntryToml(const Entry& e);
// The comment header and `format = 1` that begin a month file.
std::string MonthFileHeader(int year, int month);

}  // namespace pj
