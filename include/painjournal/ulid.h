// Entry ids: ULIDs, unique across processes and sortable by creation time.
#pragma once

#include <cstdint>
#include <string>

namespace pj {

// A ULID for the millisecond `unix_ms`. Within one process ids made in the
// same millisecond still sort in the order they were made.
std::string NewUlid(int64_t unix_ms);
bool IsUlid(const std::string& s);

// `n` bytes from the OS's random source (getrandom), or the C++ library's
// random_device where it has none.
void RandomBytes(uint8_t* buf, size_t n);

}  // namespace pj
