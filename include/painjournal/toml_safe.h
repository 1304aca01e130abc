// toml::parse behind a guard for a bug of toml++ 3.3.0 (Debian bookworm):
// its test "is this non-ASCII character horizontal whitespace?" runs into
// __builtin_unreachable (undefined behaviour) for most characters in
// U+00A1..U+0499 (é, ß, Greek, Cyrillic), U+2C5E..U+3057 and U+FB26..U+FEFE
// (toml++ issue 190). The parser asks that question of every character
// outside strings and comments, and inside a """ string of the first
// character after a line-ending backslash. A month file is hand-editable
// and may come from anywhere, so no text reaches toml::parse while it can
// take that path.
#pragma once

#include <toml++/toml.h>

#include <string>
#include <string_view>

namespace pj {

// Parses `text` as TOML into `out`. False on a parse error: `err_pos` gets
// its line and column (1-based, columns in code points, as toml++ counts
// them) and `err_msg` one line saying what is wrong. Text that would take
// toml++ 3.3.0 into undefined behaviour is refused the same way, with the
// position of the character at fault. `source_path` names the document in
// the nodes' source regions, as the second argument of toml::parse does.
bool ParseTomlSafely(std::string_view text, toml::table* out, toml::source_position* err_pos, std::string* err_msg,
                     std::string_view source_path = {});

// Exposed for tests: true for the code points on which toml++ 3.3.0's
// is_non_ascii_horizontal_whitespace() reaches __builtin_unreachable.
bool TomlWhitespaceTestIsUndefined(char32_t c);

}  // namespace pj
