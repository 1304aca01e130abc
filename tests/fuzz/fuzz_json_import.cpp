// Fuzz target: `journal import` of JSON. Bad input (numbers out of range,
// deep nesting) must be an error with a message, never a crash; whatever is
// accepted must come back the same from a CSV export, a JSON export and the
// month file it would be written to.
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<pj::Entry> entries;
  std::string err;
  if (!pj::EntriesFromJson(pjfuzz::Text(data, size), "in.json", pjfuzz::Vocab(), &entries, &err)) {
    if (err.empty()) pjfuzz::Finding("refused without a message");
    return 0;
  }
  pjfuzz::CheckRoundTrips(entries);
  return 0;
}
