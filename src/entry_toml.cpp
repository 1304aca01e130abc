#include "painjournal/entry_toml.h"

#include <cstdio>

#include "painjournal/month_layout.h"
#include "painjournal/util.h"

namespace pj {

std::string TomlString(std::string_view s) {
  std::string out = "\"";
  out.reserve(s.size() + 2);
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", c);
          out += buf;
        } else {
          out += ch;
        }
    }
  }
  out += '"';
  return out;
}

std::string TomlFloat(double v) {
  std::string s = FormatNumber(v);
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

namespace {

std::string StringArray(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += TomlString(items[i]);
  }
  return out + "]";
}

}  // namespace

std::string FormatEntryToml(const Entry& e) {
  std::string out = std::string(kEntryHeaderSealed) + "\n";
  out += "id = " + TomlString(e.id) + "\n";
  out += "at = " + FormatDateTime(e.at) + "\n";
  if (e.site) out += "site = " + TomlString(*e.site) + "\n";
  if (e.intensity) out += "intensity = " + std::to_string(*e.intensity) + "\n";
  if (e.stress) out += "stress = " + std::to_string(*e.stress) + "\n";
  if (e.sitting_hours) out += "sitting_hours = " + TomlFloat(*e.sitting_hours) + "\n";
  if (e.breathing) out += "breathing = " + TomlString(*e.breathing) + "\n";
  if (!e.did.empty()) out += "did = " + StringArray(e.did) + "\n";
  if (e.note) out += "note = " + TomlString(*e.note) + "\n";
  if (!e.tags.empty()) out += "tags = " + StringArray(e.tags) + "\n";
  if (!e.factors.empty()) {
    out += "factors = { ";
    for (size_t i = 0; i < e.factors.size(); ++i) {
      if (i) out += ", ";
      out += e.factors[i].first + " = " + TomlFloat(e.factors[i].second);
    }
    out += " }\n";
  }
  out += std::string(kEntryEndSeal) + "\n";
  return out;
}

std::string MonthFileHeader(int year, int month) {
  char buf[160];
  std::snprintf(buf, sizeof buf,
                "# painjournal: entries for %04d-%02d, one [[entry]] table each.\n"
                "# Plain TOML. Edit with care, then run `journal check`.\n"
                "format = 1\n",
                year, month);
  return buf;
}

}  // namespace pj
