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
  int slot = 0;
  for (const Field& f : kFields) {
    std::string value;
    switch (f.kind) {
      case FieldKind::kId: value = TomlString(e.id); break;
      case FieldKind::kTime: value = FormatDateTime(e.at); break;
      case FieldKind::kSite:
        if (e.site) value = TomlString(*e.site);
        break;
      case FieldKind::kInteger:
      case FieldKind::kNumber:
      case FieldKind::kWord:
        if (e.Has(slot)) {
          value = f.kind == FieldKind::kWord    ? TomlString(ScalarText(e, slot))
                  : f.kind == FieldKind::kNumber ? TomlFloat(e.Get(slot))
                                                 : ScalarText(e, slot);
        }
        ++slot;
        break;
      case FieldKind::kActions:
        if (!e.did.empty()) value = StringArray(e.did);
        break;
      case FieldKind::kText:
        if (e.note) value = TomlString(*e.note);
        break;
      case FieldKind::kTags:
        if (!e.tags.empty()) value = StringArray(e.tags);
        break;
      case FieldKind::kFactors:
        if (!e.factors.empty()) {
          value = "{ ";
          for (size_t i = 0; i < e.factors.size(); ++i) {
            if (i) value += ", ";
            value += e.factors[i].first + " = " + TomlFloat(e.factors[i].second);
          }
          value += " }";
        }
        break;
    }
    if (!value.empty()) {
      out += f.key;
      out += " = ";
      out += value;
      out += '\n';
    }
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
