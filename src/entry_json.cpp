#include "painjournal/entry_json.h"

#include <algorithm>

#include "painjournal/util.h"

namespace pj {

Json EntryToJson(const Entry& e) {
  Json j = Json::object();
  j["id"] = e.id;
  j["at"] = FormatDateTime(e.at);
  if (e.site) j["site"] = *e.site;
  if (e.intensity) j["intensity"] = *e.intensity;
  if (e.stress) j["stress"] = *e.stress;
  if (e.sitting_hours) j["sitting_hours"] = *e.sitting_hours;
  if (e.breathing) j["breathing"] = *e.breathing;
  if (!e.did.empty()) j["did"] = e.did;
  if (e.note) j["note"] = *e.note;
  if (!e.tags.empty()) j["tags"] = e.tags;
  if (!e.factors.empty()) {
    Json f = Json::object();
    for (const auto& [k, v] : e.factors) f[k] = v;
    j["factors"] = f;
  }
  return j;
}

std::string EntryJsonLine(const Entry& e) {
  return EntryToJson(e).dump(-1, ' ', false, Json::error_handler_t::replace);
}

namespace {

// The program's own export nests 3 deep (array, entry, factors or a list).
// Deeper input is refused before anything walks it: dump() and the
// comparisons of nlohmann-json recurse, and 100,000 levels overflow the stack.
constexpr size_t kMaxJsonDepth = 64;

// The byte (1-based) of the first '[' or '{' nested deeper than kMaxJsonDepth
// in valid JSON text, or 0.
size_t TooDeepAt(std::string_view text) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return i + 1;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return 0;
}

// Finds where and why text is not JSON: a SAX pass that builds nothing.
// (A number beyond the range of a double is an out_of_range error, not a
// parse_error, and it carries no position of its own.)
class FirstError : public nlohmann::json_sax<Json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string& token, const Json::exception& ex) override {
    byte = position;
    last_token = token;
    id = ex.id;
    return false;
  }

  size_t byte = 0;
  std::string last_token;
  int id = 0;
};

// At most `max` bytes of s, not cutting a UTF-8 sequence, "..." if cut.
std::string Shorten(std::string s, size_t max = 40) {
  if (s.size() <= max) return s;
  size_t n = max - 3;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n) + "...";
}

// A name from the input inside an error message: quoted, on one line.
std::string Quoted(const std::string& name) {
  const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : name) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return "'" + Shorten(out) + "'";
}

// A value inside an error message: short and on one line (dump() escapes
// strings; lists and objects are named, not printed).
std::string Shown(const Json& v) {
  if (v.is_array()) return "a list";
  if (v.is_object()) return "an object";
  return Shorten(v.dump(-1, ' ', false, Json::error_handler_t::replace));
}

bool StringList(const Json& v, const char* key, std::vector<std::string>* out, std::string* err) {
  if (!v.is_array()) {
    *err = std::string(key) + " must be a list of strings";
    return false;
  }
  for (const auto& item : v) {
    if (!item.is_string()) {
      *err = std::string(key) + " must be a list of strings";
      return false;
    }
    out->push_back(item.get<std::string>());
  }
  return true;
}

bool WholeNumber(const Json& v, const char* key, int* out, std::string* err) {
  if (!v.is_number_integer()) {
    *err = std::string(key) + " must be a whole number from 0 to 10, not " + Shown(v);
    return false;
  }
  *out = static_cast<int>(std::clamp<long long>(v.get<long long>(), -1000000, 1000000));  // range: ValidateEntry
  return true;
}

bool EntryFromJson(const Json& j, const Vocabulary& vocab, Entry* e, std::string* err) {
  if (!j.is_object()) {
    *err = "each entry must be an object";
    return false;
  }
  for (const auto& [key, v] : j.items()) {
    if (key == "id") {
      if (!v.is_string()) return *err = "id must be a string", false;
      e->id = v.get<std::string>();
    } else if (key == "at") {
      if (!v.is_string() || !ParseDateTime(v.get<std::string>(), &e->at, err))
        return *err = "at must be an RFC 3339 date-time string", false;
    } else if (key == "site") {
      std::string s;
      if (!v.is_string()) return *err = "site must be a string", false;
      if (!vocab.ResolveSite(v.get<std::string>(), true, &s, err)) return false;
      e->site = s;
    } else if (key == "intensity" || key == "stress") {
      int n;
      if (!WholeNumber(v, key.c_str(), &n, err)) return false;
      (key == "intensity" ? e->intensity : e->stress) = n;
    } else if (key == "sitting_hours") {
      if (!v.is_number()) return *err = "sitting_hours must be a number from 0 to 24", false;
      e->sitting_hours = v.get<double>();
    } else if (key == "breathing") {
      std::string b;
      if (!v.is_string() || !ParseBreathing(v.get<std::string>(), &b, err))
        return *err = "breathing must be one of shallow, normal, deep", false;
      e->breathing = b;
    } else if (key == "did") {
      std::vector<std::string> names;
      if (!StringList(v, "did", &names, err)) return false;
      for (const auto& n : names) {
        std::string a;
        if (!vocab.ResolveAction(n, true, &a, err)) return false;
        e->did.push_back(a);
      }
    } else if (key == "note") {
      if (!v.is_string()) return *err = "note must be a string", false;
      e->note = v.get<std::string>();
    } else if (key == "tags") {
      if (!StringList(v, "tags", &e->tags, err)) return false;
    } else if (key == "factors") {
      if (!v.is_object()) return *err = "factors must be an object of numbers", false;
      for (const auto& [name, val] : v.items()) {
        if (!val.is_number()) return *err = "factor " + Quoted(name) + " must be a number", false;
        e->factors.emplace_back(name, val.get<double>());
      }
    } else {
      *err = "unknown key " + Quoted(key) +
             "; entry keys are id, at, site, intensity, stress, sitting_hours, breathing, did, note, tags, factors";
      return false;
    }
  }
  if (!j.contains("at")) return *err = "at is missing", false;
  if (!NormalizeEntry(e, err)) return false;
  *err = ValidateEntry(*e);
  return err->empty();
}

}  // namespace

bool EntriesFromJson(std::string_view text, const std::string& source, const Vocabulary& vocab,
                     std::vector<Entry>* out, std::string* err) {
  Json doc = Json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) {
    FirstError first;
    Json::sax_parse(text.begin(), text.end(), &first);
    if (first.id != 406) {
      *err = source + ": not valid JSON at byte " + std::to_string(first.byte);
      return false;
    }
    // Out of range: the position is the number's last byte; name its first.
    size_t start = first.byte + 1 - std::min(first.byte, first.last_token.size());
    *err = source + ": not valid JSON at byte " + std::to_string(start) + ": the number " +
           Shorten(first.last_token) + " is beyond the range of a double";
    return false;
  }
  if (size_t at = TooDeepAt(text)) {
    *err = source + ": JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels at byte " +
           std::to_string(at) + "; an export nests 3";
    return false;
  }
  if (!doc.is_array()) {
    *err = source + ": expected a JSON array of entries, as `journal export --format json` writes";
    return false;
  }
  for (size_t i = 0; i < doc.size(); ++i) {
    Entry e;
    if (!EntryFromJson(doc[i], vocab, &e, err)) {
      *err = source + ": entry " + std::to_string(i + 1) + ": " + *err;
      return false;
    }
    out->push_back(std::move(e));
  }
  return true;
}

}  // namespace pj
