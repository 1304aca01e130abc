#include "painjournal/entry_json.h"

#include <algorithm>
#include <cstring>
#include <variant>

#include "painjournal/format_chars.h"
#include "painjournal/util.h"

namespace pj {

Json EntryToJson(const Entry& e) {
  Json j = Json::object();
  int slot = 0;
  for (const Field& f : kFields) {
    const std::string key(f.key);
    switch (f.kind) {
      case FieldKind::kId: j[key] = e.id; break;
      case FieldKind::kTime: j[key] = FormatDateTime(e.at); break;
      case FieldKind::kSite:
        if (e.site) j[key] = *e.site;
        break;
      case FieldKind::kInteger:
        if (e.Has(slot)) j[key] = static_cast<long long>(e.Get(slot));
        ++slot;
        break;
      case FieldKind::kNumber:
        if (e.Has(slot)) j[key] = e.Get(slot);
        ++slot;
        break;
      case FieldKind::kWord:
        if (e.Has(slot)) j[key] = ScalarText(e, slot);
        ++slot;
        break;
      case FieldKind::kActions:
        if (!e.did.empty()) j[key] = e.did;
        break;
      case FieldKind::kText:
        if (e.note) j[key] = *e.note;
        break;
      case FieldKind::kTags:
        if (!e.tags.empty()) j[key] = e.tags;
        break;
      case FieldKind::kFactors:
        if (!e.factors.empty()) {
          Json fs = Json::object();
          for (const auto& [k, v] : e.factors) fs[k] = v;
          j[key] = fs;
        }
        break;
    }
  }
  return j;
}

std::string EntryJsonLine(const Entry& e) {
  TextBuf buf;
  AppendEntryJson(e, &buf);
  return std::string(buf.view());
}

namespace {

// Room for an entry's line: every string escaped at its longest, every
// number at its longest, each with its key.
size_t EntryJsonRoom(const Entry& e) {
  constexpr size_t kKey = 24;  // "key": and a comma, for the longest key
  size_t n = 2 + kFields[0].key.size();
  for (const Field& f : kFields) n += f.key.size() + 4;
  n += JsonStringRoom(e.id.size()) + kDateTimeChars + 2;
  if (e.site) n += JsonStringRoom(e.site->size());
  if (e.note) n += JsonStringRoom(e.note->size());
  static const size_t kScalarRoom = [] {  // a number, or a word
    size_t longest = kNumberChars;
    for (const Field& f : kFields)
      for (std::string_view w : f.words) longest = std::max(longest, w.size());
    return JsonStringRoom(longest);
  }();
  n += kScalarCount * kScalarRoom;
  for (const auto* list : {&e.did, &e.tags}) {
    n += 2;
    for (const std::string& s : *list) n += JsonStringRoom(s.size()) + 1;
  }
  n += 2;
  for (const auto& [name, v] : e.factors) n += JsonStringRoom(name.size()) + kNumberChars + 2;
  return n + kKey;
}

char* KeyChars(char* p, const Field& f, bool first) {
  if (!first) *p++ = ',';
  *p++ = '"';
  std::memcpy(p, f.key.data(), f.key.size());
  p += f.key.size();
  *p++ = '"';
  *p++ = ':';
  return p;
}

char* ListChars(char* p, const std::vector<std::string>& items) {
  *p++ = '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) *p++ = ',';
    p = JsonStringChars(p, items[i]);
  }
  *p++ = ']';
  return p;
}

}  // namespace

void AppendEntryJson(const Entry& e, TextBuf* out) {
  char* p = out->Room(EntryJsonRoom(e));
  *p++ = '{';
  bool first = true;
  auto key = [&](const Field& f) {
    p = KeyChars(p, f, first);
    first = false;
  };
  int slot = 0;
  for (const Field& f : kFields) {
    switch (f.kind) {
      case FieldKind::kId:
        key(f);
        p = JsonStringChars(p, e.id);
        break;
      case FieldKind::kTime:
        key(f);
        *p++ = '"';
        p = DateTimeChars(p, e.at);
        *p++ = '"';
        break;
      case FieldKind::kSite:
        if (e.site) {
          key(f);
          p = JsonStringChars(p, *e.site);
        }
        break;
      case FieldKind::kInteger:
        if (e.Has(slot)) {
          key(f);
          p = IntChars(p, static_cast<long long>(e.Get(slot)));
        }
        ++slot;
        break;
      case FieldKind::kNumber:
        if (e.Has(slot)) {
          key(f);
          p = JsonNumberChars(p, e.Get(slot));
        }
        ++slot;
        break;
      case FieldKind::kWord:
        if (e.Has(slot)) {
          key(f);
          const double v = e.Get(slot);
          const int i = static_cast<int>(v);
          if (i >= 0 && i < WordCount(f) && v == i) {
            p = JsonStringChars(p, f.words[i]);
          } else {  // ScalarText: a number not one of the words
            char num[kNumberChars];
            p = JsonStringChars(p, std::string_view(num, static_cast<size_t>(NumberChars(num, v) - num)));
          }
        }
        ++slot;
        break;
      case FieldKind::kActions:
        if (!e.did.empty()) {
          key(f);
          p = ListChars(p, e.did);
        }
        break;
      case FieldKind::kText:
        if (e.note) {
          key(f);
          p = JsonStringChars(p, *e.note);
        }
        break;
      case FieldKind::kTags:
        if (!e.tags.empty()) {
          key(f);
          p = ListChars(p, e.tags);
        }
        break;
      case FieldKind::kFactors:
        if (!e.factors.empty()) {
          key(f);
          *p++ = '{';
          bool first_factor = true;
          for (size_t i = 0; i < e.factors.size(); ++i) {
            // A name twice (never in a valid entry) is one key with the
            // last value, as the object would hold it.
            if (i + 1 < e.factors.size() && e.factors[i + 1].first == e.factors[i].first) continue;
            if (!first_factor) *p++ = ',';
            first_factor = false;
            p = JsonStringChars(p, e.factors[i].first);
            *p++ = ':';
            p = JsonNumberChars(p, e.factors[i].second);
          }
          *p++ = '}';
        }
        break;
    }
  }
  *p++ = '}';
  out->Commit(p);
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

// A JSON value as the entry builder takes it. Lists of strings and objects
// of numbers are the shapes entries use; anything else is named for errors.
RawValue FromJson(const Json& v) {
  if (v.is_number_integer()) {
    if (v.is_number_unsigned() && v.get<unsigned long long>() > 0x7fffffffffffffffull)
      return static_cast<std::int64_t>(0x7fffffffffffffffll);
    return static_cast<std::int64_t>(v.get<long long>());
  }
  if (v.is_number_float()) return v.get<double>();
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::vector<std::string> items;
    for (const auto& item : v) {
      if (!item.is_string()) return Unsupported{"a list", ""};
      items.push_back(item.get<std::string>());
    }
    return items;
  }
  if (v.is_object()) {
    Factors fs;
    for (const auto& [name, val] : v.items()) {
      if (!val.is_number()) return Unsupported{"an object", "factor " + Quoted(name) + " must be a number"};
      fs.emplace_back(name, val.get<double>());
    }
    return fs;
  }
  return Unsupported{Shown(v), ""};
}

bool EntryFromJson(const Json& j, const Vocabulary& vocab, bool allow_new, NewHint hint, Entry* e, std::string* err) {
  if (!j.is_object()) {
    *err = "each entry must be an object";
    return false;
  }
  EntryBuilder b(ValueSource::kJson, &vocab, allow_new);
  b.new_hint = hint;
  b.describe = [](const RawValue& v) -> std::string {
    if (const auto* s = std::get_if<std::string>(&v)) return Shown(Json(*s));
    if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
    if (const auto* d = std::get_if<double>(&v)) return Shown(Json(*d));
    if (std::holds_alternative<std::vector<std::string>>(v)) return "a list";
    if (std::holds_alternative<Factors>(v)) return "an object";
    if (const auto* u = std::get_if<Unsupported>(&v)) return u->type;
    return "a value";
  };
  for (const auto& [key, v] : j.items()) {
    switch (b.Set(key, FromJson(v), err)) {
      case EntryBuilder::Result::kOk: break;
      case EntryBuilder::Result::kBad: return false;
      case EntryBuilder::Result::kUnknownKey:
        *err = "unknown key " + Quoted(key) + "; entry keys are " + FieldKeyList();
        return false;
    }
  }
  return b.Finish(e, err);
}

}  // namespace

bool EntriesFromJson(std::string_view text, const std::string& source, const Vocabulary& vocab,
                     std::vector<Entry>* out, std::string* err, bool allow_new, NewHint hint) {
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
    if (!EntryFromJson(doc[i], vocab, allow_new, hint, &e, err)) {
      *err = source + ": entry " + std::to_string(i + 1) + ": " + *err;
      return false;
    }
    out->push_back(std::move(e));
  }
  return true;
}

}  // namespace pj
