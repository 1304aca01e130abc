// Small string helpers shared by the modules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pj {

std::string Trim(std::string_view s);
std::string Lower(std::string_view s);  // ASCII only
std::vector<std::string> SplitWords(std::string_view s);
// "a, b,c" -> {"a", "b", "c"}; empty items dropped.
std::vector<std::string> SplitList(std::string_view s, char sep = ',');
std::string Join(const std::vector<std::string>& items, std::string_view sep);
bool IsValidUtf8(std::string_view s);
// Text from a journal file (or any input) made safe to show as one line on a
// terminal: control characters become visible escapes, \e for ESC, \n \r
// \t, \xHH for other C0 characters and DEL, \u00HH for C1 (U+0080-U+009F),
// \xHH for each byte that is not UTF-8. Everything else, "épaule" or an
// emoji, is kept. Every text output of file text goes through it, so an
// escape sequence in a note cannot recolour, clear the screen or set the
// clipboard; JSON, CSV and TOML keep the exact text instead.
std::string Visible(std::string_view s);
// Number of code points, a fair stand-in for display width in our tables.
size_t DisplayWidth(std::string_view s);
// The longest prefix of s that fits `width` columns, with "…" if cut.
std::string FitWidth(std::string_view s, size_t width);
// `s` fitted to and padded out to `width` columns, left-aligned.
std::string PadRight(std::string_view s, size_t width);
// `s` right-aligned in `width` columns (not cut).
std::string AlignRight(std::string_view s, size_t width);
size_t EditDistance(std::string_view a, std::string_view b);
// Shortest text that reads back to the same double: 9.5, 8, 0.1.
std::string FormatNumber(double v);
// Strict numbers: the whole string must be the number.
bool ParseInt(std::string_view s, long long* out);
bool ParseDouble(std::string_view s, double* out);

}  // namespace pj
