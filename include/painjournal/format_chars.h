// Formatting into a caller's char array, for the writers that emit a value
// millions of times (export's CSV and JSON, the analysis's episodes): a
// std::string per value and an append per piece were most of their cost.
// Each function writes exactly the bytes of the std::string function named
// beside it (unit tests compare them) and returns the end; the caller
// provides the room given.
#pragma once

#include <cstddef>
#include <string_view>

#include "painjournal/time.h"

namespace pj {

// FormatDateTime(t): `2026-11-20T18:00:00+01:00`.
constexpr size_t kDateTimeChars = 80;
char* DateTimeChars(char* p, const Time& t);

// FormatNumber(v): 6, 6.5, 1e-300.
constexpr size_t kNumberChars = 32;
char* NumberChars(char* p, double v);

// A finite double as nlohmann-json dumps it: 6.0, 6.5, 1e-300.
char* JsonNumberChars(char* p, double v);

// A JSON string, quotes included, as nlohmann-json dumps it without
// ensure_ascii and with invalid UTF-8 replaced: room for 6 * s.size() + 2.
inline size_t JsonStringRoom(size_t n) { return 6 * n + 2; }
char* JsonStringChars(char* p, std::string_view s);

// A whole number: 42, -7.
char* IntChars(char* p, long long v);

}  // namespace pj
