// CLI11's side of the command line in the program's own words: the value
// type each option shows in --help (INT, NUMBER, WHEN rather than TEXT), a
// check on whole numbers, and one-line messages for what CLI11 refuses.
#pragma once

#include <string>

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace pj {

// Names the value types of every option of `app` and its commands, and
// makes whole-number options refuse what CLI11 would misread (`-1` for a
// count, `010` as octal). Call after the commands are defined.
void NameOptionTypes(CLI::App* app);

// A CLI11 parse error as one line without the `journal: ` prefix: what was
// wrong and how to write it (did you mean, the value type, where to look).
std::string UsageError(const CLI::ParseError& e, CLI::App& app);

}  // namespace pj
