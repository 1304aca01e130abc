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
    *err = std::string(key) + " must be a whole number from 0 to 10, not " + v.dump();
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
        if (!val.is_number()) return *err = "factor '" + name + "' must be a number", false;
        e->factors.emplace_back(name, val.get<double>());
      }
    } else {
      *err = "unknown key '" + key +
             "'; entry keys are id, at, site, intensity, stress, sitting_hours, breathing, did, note, tags, factors";
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
    // Parse again with exceptions on, only to learn where it went wrong.
    try {
      Json again = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
      *err = source + ": not valid JSON at byte " + std::to_string(e.byte);
      return false;
    }
    *err = source + ": not valid JSON";
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
