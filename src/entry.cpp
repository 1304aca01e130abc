#include "painjournal/entry.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <numeric>
#include <unordered_set>

#include "painjournal/util.h"
#include "painjournal/vocab.h"

namespace pj {

bool operator==(const Entry& a, const Entry& b) {
  if (a.scalar_set != b.scalar_set) return false;
  for (int i = 0; i < kScalarCount; ++i)
    if (a.Has(i) && !(a.Get(i) == b.Get(i) || (std::isnan(a.Get(i)) && std::isnan(b.Get(i))))) return false;
  return a.id == b.id && a.at.utc == b.at.utc && a.at.offset_min == b.at.offset_min && a.site == b.site &&
         a.did == b.did && a.note == b.note && a.tags == b.tags && a.factors == b.factors;
}

bool EntryBefore(const Entry& a, const Entry& b) {
  if (a.at.utc != b.at.utc) return a.at.utc < b.at.utc;
  return a.id < b.id;
}

void SortEntries(std::vector<Entry>* entries) {
  // A month file is mostly in time order: entries are appended as they
  // happen, and only a backdated entry, or two of the same minute whose ids
  // are out of order, stand out. Each of those is moved back into place (an
  // insertion sort, stable); only when that would move more entries than
  // there are is the rest sorted through an index. The sorted prefix keeps
  // the order of equal entries, so the result is the same either way.
  std::vector<Entry>& v = *entries;
  const auto at = [&v](size_t k) { return v.begin() + static_cast<std::ptrdiff_t>(k); };
  size_t budget = v.size();
  size_t next = 1;  // v[0, next) is sorted
  for (; next < v.size(); ++next) {
    if (!EntryBefore(v[next], v[next - 1])) continue;
    size_t to = next - 1;
    while (to > 0 && EntryBefore(v[next], v[to - 1])) --to;
    if (next - to > budget) break;
    budget -= next - to;
    Entry moving = std::move(v[next]);
    std::move_backward(at(to), at(next), at(next + 1));
    v[to] = std::move(moving);
  }
  if (next >= v.size()) return;
  std::vector<size_t> order(v.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&v](size_t a, size_t b) { return EntryBefore(v[a], v[b]); });
  std::vector<Entry> sorted;
  sorted.reserve(v.size());
  for (size_t k : order) sorted.push_back(std::move(v[k]));
  v = std::move(sorted);
}

std::string ScalarText(const Entry& e, int slot) {
  if (!e.Has(slot)) return "";
  const Field& f = ScalarField(slot);
  double v = e.Get(slot);
  if (f.kind == FieldKind::kWord) {
    int i = static_cast<int>(v);
    return i >= 0 && i < WordCount(f) && v == i ? std::string(f.words[i]) : FormatNumber(v);
  }
  return FormatNumber(v);
}

namespace {

// A number every format (TOML, CSV, JSON) writes and reads back exactly:
// finite, and 0 or at least the smallest normal double. Subnormals such as
// 1e-310 parse in TOML and JSON but not back from CSV, so none is taken in.
bool Storable(double v) { return std::isfinite(v) && (v == 0 || std::fabs(v) >= DBL_MIN); }

std::string TooSmall(const std::string& what, double v) {
  return what + " must be 0 or at least " + FormatNumber(DBL_MIN) + " in size, not " + FormatNumber(v);
}

// "stress must be a whole number from 0 to 10, not 11": `name` is the key
// for values from files and imports, the label for text a person typed.
std::string MustBe(std::string_view name, const Field& f, const std::string& got) {
  return std::string(name) + " must be " + Accepts(f) + std::string(f.example) + ", not " + got;
}

// Whether a typed scalar value is in the field's range; the error names the key.
bool ScalarInRange(const Field& f, double v, std::string* err) {
  switch (f.kind) {
    case FieldKind::kInteger:
      if (v == std::floor(v) && v >= f.min && v <= f.max) return true;
      break;
    case FieldKind::kNumber:
      if (!(v >= f.min && v <= f.max)) break;
      if (!Storable(v)) return *err = TooSmall(std::string(f.key), v), false;
      return true;
    case FieldKind::kWord:
      if (v == std::floor(v) && v >= 0 && v < WordCount(f)) return true;
      break;
    default: break;
  }
  *err = MustBe(f.key, f, FormatNumber(v));
  return false;
}

// The slot of a scalar row of kFields, found by position: no key compares.
int SlotOf(const Field* f) {
  int slot = 0;
  for (const Field& g : kFields) {
    if (&g == f) return slot;
    slot += IsScalar(g.kind);
  }
  return -1;
}

int WordIndex(const Field& f, std::string_view w) {
  for (int i = 0; i < WordCount(f); ++i)
    if (f.words[i] == w) return i;
  return -1;
}

const char* TypeName(const RawValue& v) {
  switch (v.index()) {
    case 0: return "an integer";
    case 1: return "a float";
    case 2: return "a string";
    case 3: return "a list of strings";
    case 4: return "a table of numbers";
    case 5: return "a date-time";
    default: return std::get<Unsupported>(v).type.c_str();
  }
}

// Whether a factor name is made of the characters a factor may use (the
// rules of a name, without the reserved ones: a file may hold a factor
// that later became a field).
bool FactorNameChars(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  if (!std::islower(static_cast<unsigned char>(name[0]))) return false;
  for (char c : name)
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_'))
      return false;
  return true;
}

}  // namespace

bool ValidFactorName(const std::string& name) { return FactorNameChars(name) && !IsReservedFactorName(name); }

bool ValidTag(const std::string& tag) {
  return !tag.empty() && IsValidUtf8(tag) && tag.find(';') == std::string::npos &&
         std::none_of(tag.begin(), tag.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

bool ParseFactor(const std::string& s, std::pair<std::string, double>* out, std::string* err) {
  size_t eq = s.find('=');
  std::string name = eq == std::string::npos ? "" : Trim(s.substr(0, eq));
  double v;
  if (eq == std::string::npos || !ValidFactorName(name) || !ParseDouble(Trim(s.substr(eq + 1)), &v)) {
    *err = "factor must be NAME=NUMBER with a lower-case name of letters, digits and _ (e.g. sleep_hours=6.5), not '" +
           s + "'";
    if (IsReservedFactorName(name))
      *err = "factor '" + name + "' is a built-in field: use --" + std::string(FindField(name)->option);
    return false;
  }
  *out = {name, v};
  return true;
}

void DropRepeatedNames(std::vector<std::string>* names) {
  std::unordered_set<std::string> seen;
  names->erase(std::remove_if(names->begin(), names->end(), [&](const std::string& n) { return !seen.insert(n).second; }),
               names->end());
}

bool NormalizeFactors(Factors* factors, std::string* err) {
  auto by_name = [](const auto& a, const auto& b) { return a.first < b.first; };
  if (!std::is_sorted(factors->begin(), factors->end(), by_name))  // as written: no sort, no buffer
    std::stable_sort(factors->begin(), factors->end(), by_name);
  for (size_t i = 1; i < factors->size(); ++i) {
    if ((*factors)[i].first == (*factors)[i - 1].first) {
      *err = "factor '" + (*factors)[i].first + "' is given twice";
      return false;
    }
  }
  return true;
}

bool NormalizeEntry(Entry* e, std::string* err) {
  if (e->note && e->note->empty()) e->note.reset();
  // In place: most tags need nothing, and a new list for them cost an allocation per entry.
  for (auto& t : e->tags)
    if (!t.empty() && (std::isspace(static_cast<unsigned char>(t.front())) ||
                       std::isspace(static_cast<unsigned char>(t.back()))))
      t = Trim(t);
  e->tags.erase(std::remove_if(e->tags.begin(), e->tags.end(), [](const std::string& t) { return t.empty(); }),
                e->tags.end());
  return NormalizeFactors(&e->factors, err);
}

std::string ValidateEntry(const Entry& e, std::string* field, const AlreadyChecked& done) {
  auto bad = [&](std::string_view name, std::string message) {
    if (field) *field = std::string(name);
    return message;
  };
  // The local date-time in seconds against the first and last second of
  // the years 0001-9999: no calendar conversion for the usual entry.
  static const int64_t kFirst = DaysFromCivil(1, 1, 1) * 86400, kEnd = DaysFromCivil(10000, 1, 1) * 86400;
  const int64_t local_seconds = e.at.utc + int64_t{e.at.offset_min} * 60;
  if (local_seconds < kFirst || local_seconds >= kEnd)
    return bad("at", "at must be a date-time in the years 0001 to 9999, not " + std::to_string(LocalDate(e.at).year));
  const auto utf8 = [&](std::string_view s) { return done.utf8 || IsValidUtf8(s); };
  int scalars = 0;
  std::string err;
  for (const Field& f : kFields) {
    const int slot = IsScalar(f.kind) ? scalars++ : -1;
    switch (f.kind) {
      case FieldKind::kSite:
        if (e.site && (e.site->empty() || !utf8(*e.site))) return bad(f.key, "site must be a non-empty name");
        break;
      case FieldKind::kInteger:
      case FieldKind::kNumber:
      case FieldKind::kWord: {
        if (e.Has(slot) && !((done.slots >> slot) & 1u) && !ScalarInRange(f, e.Get(slot), &err)) return bad(f.key, err);
        break;
      }
      case FieldKind::kActions:
        for (const auto& a : e.did)
          if (a.empty() || !utf8(a) || a.find(';') != std::string::npos)
            return bad(f.key, "did must list action names (no ';'), not '" + a + "'");
        break;
      case FieldKind::kTags:
        for (const auto& t : e.tags)
          if (!ValidTag(t))
            return bad(f.key, "tags must be non-empty text without ';' or control characters, not '" + t + "'");
        break;
      case FieldKind::kText:
        if (e.note && !utf8(*e.note)) return bad(f.key, "note must be valid UTF-8 text");
        break;
      case FieldKind::kFactors:
        for (const auto& [name, value] : e.factors) {
          if (!FactorNameChars(name))
            return bad(f.key, "factor name '" + name + "' must be lower-case letters, digits and _");
          if (!std::isfinite(value)) return bad(f.key, "factor '" + name + "' must be a finite number");
          if (!Storable(value)) return bad(f.key, TooSmall("factor '" + name + "'", value));
        }
        for (size_t i = 1; i < e.factors.size(); ++i)
          if (e.factors[i].first <= e.factors[i - 1].first) return bad(f.key, "factors must be unique");
        break;
      case FieldKind::kId:
      case FieldKind::kTime: break;
    }
  }
  return "";
}

// ---- EntryBuilder ----

EntryBuilder::EntryBuilder(ValueSource source, const Vocabulary* vocab, bool allow_new, char separator)
    : source_(source), vocab_(vocab), allow_new_(allow_new), separator_(separator) {}

std::string EntryBuilder::Describe(const RawValue& v) const {
  if (describe) return describe(v);
  return TypeName(v);
}

bool EntryBuilder::SetScalar(const Field& f, int slot, const RawValue& v, std::string* err) {
  double d;
  if (const auto* s = std::get_if<std::string>(&v); s && (source_ == ValueSource::kText ||
                                                          (f.kind == FieldKind::kWord && source_ != ValueSource::kToml))) {
    // Text as typed (or a JSON word in any case): parsed, and named by its label.
    if (f.kind == FieldKind::kWord) {
      int i = WordIndex(f, Lower(Trim(*s)));
      if (i < 0) return *err = MustBe(source_ == ValueSource::kText ? f.label : f.key, f, "'" + *s + "'"), false;
      d = i;
    } else {
      long long n;
      bool ok = f.kind == FieldKind::kInteger ? ParseInt(Trim(*s), &n) && (d = static_cast<double>(n), true)
                                              : ParseDouble(Trim(*s), &d);
      if (!ok || !(d >= f.min && d <= f.max)) return *err = MustBe(f.label, f, "'" + *s + "'"), false;
    }
  } else if (f.kind == FieldKind::kWord) {
    const auto* w = std::get_if<std::string>(&v);
    if (!w) return *err = MustBe(f.key, f, Describe(v)), false;
    int i = WordIndex(f, *w);
    if (i < 0) return *err = MustBe(f.key, f, "'" + *w + "'"), false;
    d = i;
  } else if (const auto* n = std::get_if<std::int64_t>(&v)) {
    // Values beyond the range are still out of it, and say so with a number
    // that fits a message.
    d = static_cast<double>(std::clamp<std::int64_t>(*n, -1000000, 1000000));
  } else if (f.kind == FieldKind::kNumber && std::holds_alternative<double>(v)) {
    d = std::get<double>(v);
  } else {
    *err = std::string(f.key) + " must be " + Accepts(f) + ", not " + Describe(v);
    return false;
  }
  if (d == 0) d = 0.0;  // no -0
  if (!ScalarInRange(f, d, err)) return false;
  e_.Set(slot, d);
  checked_slots_ |= 1u << slot;
  return true;
}

bool EntryBuilder::SetNames(const Field& f, const RawValue& v, std::string* err) {
  std::vector<std::string> items;
  if (const auto* s = std::get_if<std::string>(&v)) {
    if (source_ == ValueSource::kJson) return *err = std::string(f.key) + " must be a list of strings", false;
    if (source_ == ValueSource::kText) items = SplitList(*s, separator_);
    else items = {*s};  // a single name written by hand
  } else if (const auto* list = std::get_if<std::vector<std::string>>(&v)) {
    if (source_ == ValueSource::kToml && !(f.kind == FieldKind::kActions && vocab_)) {
      // A month file's list, the common case: nothing to resolve or check
      // here, so copied straight in rather than through `items`.
      std::vector<std::string>& dst = f.kind == FieldKind::kActions ? e_.did : e_.tags;
      dst.insert(dst.end(), list->begin(), list->end());
      return true;
    }
    items = *list;
  } else {
    *err = std::string(f.key) + " must be a list of strings" + (source_ == ValueSource::kJson ? "" : ", not " + Describe(v));
    return false;
  }
  std::vector<std::string>& dst = f.kind == FieldKind::kActions ? e_.did : e_.tags;
  dst.reserve(dst.size() + items.size());
  for (auto& item : items) {
    if (f.kind == FieldKind::kActions && vocab_) {
      std::string canon;
      if (!vocab_->ResolveAction(item, allow_new_, &canon, err, new_hint)) {
        if (source_ == ValueSource::kText && separator_ == ';') *err = "did: " + *err;
        return false;
      }
      item = canon;
    }
    if (f.kind == FieldKind::kTags && source_ == ValueSource::kText && separator_ == ',' && !ValidTag(item)) {
      *err = "tag must be text without ';' or control characters, not '" + item + "'";
      return false;
    }
    dst.push_back(std::move(item));
  }
  return true;
}

EntryBuilder::Result EntryBuilder::Set(std::string_view key, const RawValue& v, std::string* err) {
  const Field* f = FindField(key);
  std::string factor_column;
  if (!f && source_ == ValueSource::kText) {  // `journal add` options, CSV factor columns
    for (const Field& g : kFields)
      if (!g.option.empty() && g.option == key) f = &g;
    if (!f && key.substr(0, 7) == "factor.") {
      factor_column = std::string(key.substr(7));
      f = FindField("factors");
    }
  }
  if (!f) return Result::kUnknownKey;
  return SetField(*f, v, err, factor_column);
}

EntryBuilder::Result EntryBuilder::Set(const Field& f, const RawValue& v, std::string* err) {
  static const std::string kNoColumn;
  return SetField(f, v, err, kNoColumn);
}

void EntryBuilder::Reset() {
  ClearEntry();
  notes_.clear();
}

void EntryBuilder::ClearEntry() {
  // Cheaper than a new Entry: what Finish moved out is empty already.
  e_.id.clear();
  e_.at = Time{};
  e_.site.reset();
  e_.did.clear();
  e_.note.reset();
  e_.tags.clear();
  e_.factors.clear();
  e_.scalar = {};
  e_.scalar_set = 0;
  has_at_ = false;
  checked_slots_ = 0;
}

EntryBuilder::Result EntryBuilder::SetField(const Field& field, const RawValue& v, std::string* err,
                                            const std::string& factor_column) {
  const Field* f = &field;
  const auto* str = std::get_if<std::string>(&v);
  bool ok = true;
  switch (f->kind) {
    case FieldKind::kId:
      if (!str) {
        *err = "id must be a string" + (source_ == ValueSource::kJson ? "" : ", not " + Describe(v));
        return Result::kBad;
      }
      e_.id = *str;
      break;
    case FieldKind::kTime:
      if (const auto* t = std::get_if<Time>(&v)) {
        e_.at = *t;
      } else if (str && source_ != ValueSource::kToml) {
        std::string perr;
        if (!ParseDateTime(*str, &e_.at, &perr)) {
          *err = source_ == ValueSource::kJson ? "at must be an RFC 3339 date-time string" : "at: " + perr;
          return Result::kBad;
        }
      } else {
        *err = source_ == ValueSource::kJson ? "at must be an RFC 3339 date-time string"
                                             : "at must be " + Accepts(*f) + ", not " + Describe(v);
        return Result::kBad;
      }
      has_at_ = true;
      break;
    case FieldKind::kSite:
      if (!str) {
        *err = "site must be a string" + (source_ == ValueSource::kJson ? "" : ", not " + Describe(v));
        return Result::kBad;
      }
      if (vocab_) {
        std::string canon;
        if (!vocab_->ResolveSite(*str, allow_new_, &canon, err, new_hint)) return Result::kBad;
        e_.site = canon;
      } else {
        e_.site = *str;
      }
      break;
    case FieldKind::kInteger:
    case FieldKind::kNumber:
    case FieldKind::kWord: ok = SetScalar(*f, SlotOf(f), v, err); break;
    case FieldKind::kActions:
    case FieldKind::kTags: ok = SetNames(*f, v, err); break;
    case FieldKind::kText:
      if (!str) {
        *err = "note must be a string" + (source_ == ValueSource::kJson ? "" : ", not " + Describe(v));
        return Result::kBad;
      }
      if (source_ == ValueSource::kText && !IsValidUtf8(*str)) {
        *err = "note must be valid UTF-8 text";
        return Result::kBad;
      }
      if (!str->empty() || source_ != ValueSource::kText) e_.note = *str;
      break;
    case FieldKind::kFactors:
      if (!factor_column.empty()) {  // a CSV column factor.NAME
        double d;
        if (!str || !ParseDouble(*str, &d)) {
          *err = "factor." + factor_column + " must be a number, not '" + (str ? *str : Describe(v)) + "'";
          return Result::kBad;
        }
        e_.factors.emplace_back(factor_column, d);
      } else if (str && source_ == ValueSource::kText) {
        std::pair<std::string, double> one;
        if (!ParseFactor(*str, &one, err)) return Result::kBad;
        e_.factors.push_back(one);
      } else if (const auto* fs = std::get_if<Factors>(&v)) {
        e_.factors.insert(e_.factors.end(), fs->begin(), fs->end());
      } else {
        const auto* u = std::get_if<Unsupported>(&v);
        if (u && !u->message.empty()) *err = u->message;
        else if (source_ == ValueSource::kJson) *err = "factors must be an object of numbers";
        else *err = "factors must be " + Accepts(*f) + ", not " + Describe(v);
        return Result::kBad;
      }
      break;
  }
  if (!ok) {
    if (const auto* u = std::get_if<Unsupported>(&v); u && !u->message.empty()) *err = u->message;
    return Result::kBad;
  }
  return Result::kOk;
}

bool EntryBuilder::Finish(Entry* out, std::string* err, std::string* field, bool need_at) {
  if (need_at && !has_at_) {
    if (field) *field = "at";
    *err = "at is missing";
    return false;
  }
  // A factor whose name has since become a field: read as that field when
  // the entry lacks it and the value fits; else kept as the factor (the
  // analysis leaves it out), with a note that says why.
  for (size_t i = 0; i < e_.factors.size();) {
    const auto& [name, value] = e_.factors[i];
    if (!IsReservedFactorName(name)) {
      ++i;
      continue;
    }
    const Field& f = *FindField(name);
    const int slot = ScalarSlot(name);
    std::string why;
    if (e_.Has(slot)) {
      why = "the entry also has " + name;
    } else if (f.kind == FieldKind::kWord || !ScalarInRange(f, value, &why)) {
      why = "its value is not what the field takes (" + Accepts(f) + ")";
    } else {
      e_.Set(slot, value == 0 ? 0.0 : value);
      e_.factors.erase(e_.factors.begin() + static_cast<std::ptrdiff_t>(i));
      continue;
    }
    notes_.push_back("factor '" + name + "' has the name of the built-in field " + name +
                     "; it is kept as a factor because " + why + ", and the analysis leaves it out");
    ++i;
  }
  if (!NormalizeEntry(&e_, err)) {
    if (field) *field = "factors";
    return false;
  }
  *err = ValidateEntry(e_, field, AlreadyChecked{checked_slots_, text_is_utf8_});
  if (!err->empty()) return false;
  *out = std::move(e_);
  ClearEntry();  // the notes stay until Reset: the caller reads them next
  return true;
}

}  // namespace pj
