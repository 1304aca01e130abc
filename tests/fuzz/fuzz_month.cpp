// Fuzz target: reading a month file. Whenever the fast path accepts a text
// (it claims the program's own layout), the toml++ path must load the same
// entries from it; nothing may crash or reach undefined behaviour, including
// inside toml++ (the libFuzzer build compiles toml++ from its headers, with
// the sanitizers, in toml_impl.cpp), and the guard of toml_safe.h runs on
// every input.
#include <toml++/toml.h>

#include "fuzz_util.h"
#include "painjournal/month_reader.h"
#include "painjournal/toml_safe.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text = pjfuzz::Text(data, size);
  const std::string file = "2026-11.toml";

  pj::MonthData whole;
  pj::ParseMonth(text, file, &whole);
  if (whole.entry_lines.size() != whole.entries.size()) pjfuzz::Finding("entry_lines and entries differ in length");
  for (const pj::Entry& e : whole.entries)
    if (std::string why = pj::ValidateEntry(e); !why.empty()) pjfuzz::Finding("an invalid entry was loaded: " + why);

  pj::MonthData fast;
  if (pj::ParseMonthFast(text, file, &fast)) {
    pj::MonthData slow;
    pj::ParseMonthToml(text, file, &slow);
    pjfuzz::ExpectSame(slow.entries, fast.entries, "fast path (got) vs toml++ (want)");
  }

  toml::table table;
  toml::source_position pos{};
  std::string msg;
  if (!pj::ParseTomlSafely(text, &table, &pos, &msg) && (msg.empty() || pos.line == 0))
    pjfuzz::Finding("ParseTomlSafely failed without a message and a position");
  return 0;
}
