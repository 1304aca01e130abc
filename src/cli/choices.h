// Options that take one word of a fixed list (--format, --color, the
// completions shell). The list is given once, as the parser's check, and
// completion reads it back from the option, so what TAB offers is what the
// parser accepts.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class Option;
class Validator;
}  // namespace CLI

namespace pj {

// A CLI11 check that accepts exactly one of `words`. In --help the option
// shows as TEXT:{a,b,c}; a value not in the list fails with
// "must be one of a, b, c, not 'x'".
CLI::Validator OneOf(std::vector<std::string> words);

// The words an option accepts: those of its OneOf or CLI::IsMember check,
// or none.
std::vector<std::string> ChoicesOf(CLI::Option* opt);

}  // namespace pj
