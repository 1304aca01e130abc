// Entries as JSON objects (keys in contract order), and back.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "painjournal/entry.h"
#include "painjournal/text_buf.h"
#include "painjournal/vocab.h"

namespace pj {

using Json = nlohmann::ordered_json;

Json EntryToJson(const Entry& e);
// One entry object on one line.
std::string EntryJsonLine(const Entry& e);
// The same line, appended: written through a pointer, without building the
// object (an export writes millions); the bytes are EntryToJson's dump().
void AppendEntryJson(const Entry& e, TextBuf* out);
// Reads a JSON array of entry objects (what `export --format json` writes).
// Names the vocabulary does not know are an error unless `allow_new`.
bool EntriesFromJson(std::string_view text, const std::string& source, const Vocabulary& vocab,
                     std::vector<Entry>* out, std::string* err, bool allow_new = true,
                     NewHint hint = NewHint::kImport);

}  // namespace pj
