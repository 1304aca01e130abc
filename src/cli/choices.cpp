#include "choices.h"

#include <CLI/CLI.hpp>

#include <algorithm>

#include "painjournal/util.h"

namespace pj {

namespace {

// The description OneOf and CLI::IsMember both give: "{a,b,c}".
std::string Braced(const std::vector<std::string>& words) { return "{" + Join(words, ",") + "}"; }

}  // namespace

CLI::Validator OneOf(std::vector<std::string> words) {
  auto check = [words](std::string& value) -> std::string {
    if (std::find(words.begin(), words.end(), value) != words.end()) return "";
    return "must be one of " + Join(words, ", ") + ", not '" + Visible(value) + "'";
  };
  return CLI::Validator(check, Braced(words), "one of");
}

std::vector<std::string> ChoicesOf(CLI::Option* opt) {
  // Only a validator whose description is "{...}" lists words; IsMember has
  // no name, OneOf is named "one of".
  for (const char* name : {"one of", ""}) {
    CLI::Validator* v;
    try {
      v = opt->get_validator(name);
    } catch (const CLI::OptionNotFound&) {
      continue;
    }
    // A check turned off for a run (see `completions --complete`) still
    // tells its words.
    const std::string d = CLI::Validator(*v).active(true).get_description();
    if (d.size() >= 2 && d.front() == '{' && d.back() == '}') return SplitList(d.substr(1, d.size() - 2));
  }
  // A check whose words --help shows as the type instead: auto|always|never.
  const std::string type = opt->get_type_name();
  if (type.find('|') != std::string::npos &&
      type.find_first_of(" :{") == std::string::npos) {
    std::vector<std::string> words;
    size_t from = 0;
    for (size_t bar; (bar = type.find('|', from)) != std::string::npos; from = bar + 1)
      words.push_back(type.substr(from, bar - from));
    words.push_back(type.substr(from));
    return words;
  }
  return {};
}

}  // namespace pj
