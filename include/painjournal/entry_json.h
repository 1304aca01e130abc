// Entries as JSON objects (keys in contract order), and back.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "painjournal/entry.h"
#include "painjournal/vocab.h"

namespace pj {

using Json = nlohmann::ordered_json;

Json EntryToJson(const Entry& e);
// One entry object on one line.
std::string EntryJsonLine(const Entry& e);
// Reads a JSON array of entry objects (what `export --format json` writes).
// Names the vocabulary does not know are an error unless `allow_new`.
bool EntriesFromJson(std::string_view text, const std::string& source, const Vocabulary& vocab,
                     std::vector<Entry>* out, std::string* err, bool allow_new = true,
                     NewHint hint = NewHint::kImport);

}  // namespace pj
