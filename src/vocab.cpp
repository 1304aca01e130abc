#include "painjournal/vocab.h"

#include <algorithm>
#include <cctype>

#include "painjournal/util.h"

namespace pj {

const char* ActionClassName(ActionClass c) {
  switch (c) {
    case ActionClass::kPassive: return "passive";
    case ActionClass::kMovement: return "movement";
    case ActionClass::kOther: return "other";
  }
  return "other";
}

bool ParseActionClass(std::string_view s, ActionClass* out) {
  for (ActionClass c : {ActionClass::kPassive, ActionClass::kMovement, ActionClass::kOther}) {
    if (s == ActionClassName(c)) {
      *out = c;
      return true;
    }
  }
  return false;
}

std::string MatchKey(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == ' ' || c == '_' || c == '-' || c == '\t') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool ValidName(std::string_view canonical) {
  if (canonical.empty() || !IsValidUtf8(canonical)) return false;
  for (char c : canonical) {
    unsigned char u = static_cast<unsigned char>(c);
    if (!(u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

std::string CanonicalName(std::string_view name) {
  std::string out;
  bool dash = false;
  for (char c : Trim(name)) {
    if (c == ' ' || c == '_' || c == '-' || c == '\t') {
      dash = !out.empty();
      continue;
    }
    if (dash) out += '-';
    dash = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

namespace {

struct BuiltInSite {
  const char* name;
  std::vector<const char*> aliases;
};

// Sites a person with recurring pain names most; sided ones come in pairs.
const std::vector<BuiltInSite>& BuiltInSites() {
  static const std::vector<BuiltInSite> kSites = {
      {"head", {"headache", "migraine", "temples"}},
      {"jaw", {"tmj"}},
      {"neck", {"cervical"}},
      {"upper-back", {"upper back", "thoracic", "between shoulder blades"}},
      {"mid-back", {"mid back", "middle back"}},
      {"lower-back", {"lower back", "low-back", "low back", "lumbar"}},
      {"chest", {}},
      {"abdomen", {"belly", "stomach"}},
      {"pelvis", {}},
  };
  return kSites;
}

const std::vector<const char*>& SidedSites() {
  static const std::vector<const char*> kSided = {"shoulder", "elbow", "wrist", "hand", "hip",
                                                  "glute",    "knee",  "ankle", "foot"};
  return kSided;
}

struct BuiltInAction {
  const char* name;
  ActionClass cls;
  std::vector<const char*> aliases;
};

const std::vector<BuiltInAction>& BuiltInActions() {
  using C = ActionClass;
  static const std::vector<BuiltInAction> kActions = {
      {"massage", C::kPassive, {}},
      {"tui-na", C::kPassive, {}},
      {"cupping", C::kPassive, {}},
      {"acupuncture", C::kPassive, {"needles"}},
      {"acupressure", C::kPassive, {}},
      {"dry-needling", C::kPassive, {}},
      {"gua-sha", C::kPassive, {}},
      {"chiropractic", C::kPassive, {"chiro", "adjustment"}},
      {"osteopathy", C::kPassive, {"osteo"}},
      {"manual-therapy", C::kPassive, {}},
      {"heat", C::kPassive, {"heat pack", "heating pad", "hot bath"}},
      {"ice", C::kPassive, {"cold pack"}},
      {"foam-roller", C::kPassive, {"foam roll", "foam rolling"}},
      {"tens", C::kPassive, {}},
      {"medication", C::kPassive, {"meds", "painkiller", "pills"}},
      {"herbal", C::kPassive, {"herbs"}},
      {"stretching", C::kMovement, {"stretch"}},
      {"exercise", C::kMovement, {"workout"}},
      {"strength", C::kMovement, {"strength training", "weights"}},
      {"mobility", C::kMovement, {}},
      {"walk", C::kMovement, {"walking"}},
      {"run", C::kMovement, {"running", "jog"}},
      {"swim", C::kMovement, {"swimming"}},
      {"cycling", C::kMovement, {"bike", "cycle"}},
      {"qigong", C::kMovement, {"chi kung"}},
      {"tai-chi", C::kMovement, {}},
      {"yoga", C::kMovement, {}},
      {"pilates", C::kMovement, {}},
      {"corrective-exercise", C::kMovement, {"physio exercises", "rehab"}},
      {"breathing-exercise", C::kMovement, {"breathwork"}},
      {"posture-break", C::kMovement, {"standing break", "micro break"}},
      {"rest", C::kOther, {}},
      {"sleep", C::kOther, {"nap"}},
      {"meditation", C::kOther, {}},
  };
  return kActions;
}

}  // namespace

Vocabulary Vocabulary::BuiltIn() {
  Vocabulary v;
  for (const auto& s : BuiltInSites()) {
    v.AddSite(s.name);
    for (const char* a : s.aliases) v.AddSiteAlias(a, s.name);
  }
  for (const char* part : SidedSites()) {
    for (const char* side : {"left", "right"}) {
      std::string name = std::string(part) + "-" + side;
      v.AddSite(name);
      v.AddSiteAlias(std::string(side) + " " + part, name);
    }
  }
  for (const auto& a : BuiltInActions()) {
    v.SetAction(a.name, a.cls);
    for (const char* alias : a.aliases) v.AddActionAlias(alias, a.name);
  }
  return v;
}

namespace {

// Takes the alias matching `key` off the list of the name it stands for now,
// before the key is given to another name.
template <typename Kind>
void DropAlias(Kind* k, const std::string& key) {
  auto it = k->lookup.find(key);
  if (it == k->lookup.end()) return;
  auto a = k->aliases.find(it->second);
  if (a == k->aliases.end()) return;
  auto& list = a->second;
  list.erase(std::remove_if(list.begin(), list.end(), [&](const std::string& s) { return MatchKey(s) == key; }),
             list.end());
}

}  // namespace

void Vocabulary::AddName(Kind* k, const std::string& name) {
  std::string canon = CanonicalName(name);
  std::string key = MatchKey(canon);
  auto it = k->lookup.find(key);
  if (it != k->lookup.end() && MatchKey(it->second) == key) return;  // known, in this or another spelling
  DropAlias(k, key);  // a name of its own now, no longer an alias of another
  k->names.push_back(canon);
  k->lookup[key] = canon;
}

void Vocabulary::AddAlias(Kind* k, const std::string& alias, const std::string& target) {
  std::string key = MatchKey(alias);
  auto it = k->lookup.find(key);
  if (it != k->lookup.end() && it->second == target) {
    const auto& list = k->aliases[target];
    if (std::find(list.begin(), list.end(), alias) != list.end()) return;  // given twice
  } else {
    DropAlias(k, key);  // the alias moves from another name to this one
  }
  k->lookup[key] = target;
  k->aliases[target].push_back(alias);
}

void Vocabulary::AddSite(const std::string& name) { AddName(&sites_, name); }

void Vocabulary::AddSiteAlias(const std::string& alias, const std::string& site) {
  AddAlias(&sites_, alias, CanonicalName(site));
}

void Vocabulary::SetAction(const std::string& name, ActionClass c) {
  std::string canon = CanonicalName(name);
  auto it = actions_.lookup.find(MatchKey(canon));
  if (it == actions_.lookup.end()) {
    AddName(&actions_, canon);
    classes_[canon] = c;
  } else {
    classes_[it->second] = c;  // reclassify a known action (or the one an alias names)
  }
}

void Vocabulary::AddActionAlias(const std::string& alias, const std::string& action) {
  AddAlias(&actions_, alias, CanonicalName(action));
}

namespace {

// Names whose '-'-separated parts include `key` (or, with `fuzzy`, a part
// one edit away from it), so that "back" finds lower-back and upper-back
// and "shoulder" both sides. A plural ("shoulders") counts as its singular.
std::vector<std::string> PartMatches(const std::vector<std::string>& names, const std::string& key, bool fuzzy) {
  std::vector<std::string> out;
  if (key.size() < 3) return out;
  std::string singular = key.size() > 3 && key.back() == 's' ? key.substr(0, key.size() - 1) : key;
  for (const auto& name : names) {
    size_t start = 0;
    while (start <= name.size()) {
      size_t end = name.find('-', start);
      if (end == std::string::npos) end = name.size();
      std::string part = MatchKey(std::string_view(name).substr(start, end - start));
      bool hit = part == key || part == singular ||
                 (fuzzy && part.size() >= 4 && (EditDistance(part, key) <= 1 || EditDistance(part, singular) <= 1));
      if (hit && part.size() < MatchKey(name).size()) {  // a part, not the whole name
        out.push_back(name);
        break;
      }
      start = end + 1;
    }
  }
  return out;
}

// "'a'", "'a' or 'b'", "'a', 'b' or 'c'".
std::string QuotedChoice(std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += "'" + names[i] + "'";
  }
  return out;
}

// True when `names` are the two sides of one part: X-left and X-right.
bool SidesOfOne(const std::vector<std::string>& names) {
  if (names.size() != 2) return false;
  auto base = [](const std::string& n, const char* side) {
    std::string suffix = std::string("-") + side;
    return n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0
               ? n.substr(0, n.size() - suffix.size())
               : std::string();
  };
  std::string a = base(names[0], "left"), b = base(names[1], "right");
  if (a.empty() || b.empty()) {
    a = base(names[1], "left");
    b = base(names[0], "right");
  }
  return !a.empty() && a == b;
}

}  // namespace

std::string Vocabulary::Unknown(const Kind& k, const char* what, std::string_view in) {
  std::string msg = "unknown " + std::string(what) + " '" + std::string(in) + "'";
  const std::string key = MatchKey(in);
  constexpr size_t kMaxChoices = 4;  // "left" matches every left side: no help
  std::vector<std::string> parts = PartMatches(k.names, key, false);
  if (parts.empty() || parts.size() > kMaxChoices) {
    // The closest known name or alias, when it is close enough to be a typo.
    std::string best;
    size_t best_d = 0;
    for (const auto& [k2, target] : k.lookup) {
      size_t d = EditDistance(key, k2);
      if (best.empty() || d < best_d) {
        best = target;
        best_d = d;
      }
    }
    if (!best.empty() && best_d <= std::max<size_t>(2, key.size() / 3)) return msg + "; did you mean '" + best + "'?";
    parts = PartMatches(k.names, key, true);  // "sholder": a typo in a part
    if (parts.empty() || parts.size() > kMaxChoices) return msg;
  }
  if (SidesOfOne(parts)) return msg + "; which side: " + QuotedChoice(parts) + "?";
  return msg + "; did you mean " + QuotedChoice(parts) + "?";
}

bool Vocabulary::Resolve(const Kind& k, const char* what, std::string_view in, bool allow_new, bool free_names,
                         NewHint hint, std::string* out, std::string* err) {
  std::string key = MatchKey(in);
  auto it = k.lookup.find(key);
  if (it != k.lookup.end()) {
    *out = it->second;
    return true;
  }
  std::string canon = CanonicalName(in);
  if (canon.empty()) {
    *err = std::string(what) + " is empty; run `journal vocab` for the known names";
    return false;
  }
  if (!IsValidUtf8(canon)) {
    *err = std::string(what) + " is not valid UTF-8 text";
    return false;
  }
  if (allow_new || free_names) {
    ActionClass c;
    if (std::string(what) == "action" && ParseActionClass(canon, &c)) {
      *err = "'" + canon + "' is a class of actions, not an action; name the action itself";
      return false;
    }
    if (!ValidName(canon)) {
      *err = "a new " + std::string(what) + " name may hold letters, digits, spaces and '-', not '" +
             std::string(in) + "'";
      return false;
    }
    *out = canon;
    return true;
  }
  *err = Unknown(k, what, in) + " (see `journal vocab`";
  switch (hint) {
    case NewHint::kAdd: *err += "; --new logs a new " + std::string(what); break;
    case NewHint::kImport: *err += "; import --new adds the names it does not know"; break;
    case NewHint::kNone: break;
  }
  *err += ")";
  return false;
}

bool Vocabulary::ResolveSite(std::string_view in, bool allow_new, std::string* out, std::string* err,
                             NewHint hint) const {
  return Resolve(sites_, "site", in, allow_new, free_names, hint, out, err);
}

bool Vocabulary::ResolveAction(std::string_view in, bool allow_new, std::string* out, std::string* err,
                               NewHint hint) const {
  return Resolve(actions_, "action", in, allow_new, free_names, hint, out, err);
}

std::string Vocabulary::UnknownSite(std::string_view in) const { return Unknown(sites_, "site", in); }
std::string Vocabulary::UnknownAction(std::string_view in) const { return Unknown(actions_, "action", in); }

std::vector<std::string> Vocabulary::ActionsOfClass(ActionClass c) const {
  std::vector<std::string> out;
  for (const auto& n : actions_.names)
    if (ClassOf(n) == c) out.push_back(n);
  return out;
}

bool Vocabulary::FindSite(std::string_view in, std::string* canonical) const {
  auto it = sites_.lookup.find(MatchKey(in));
  if (it == sites_.lookup.end()) return false;
  *canonical = it->second;
  return true;
}

bool Vocabulary::FindAction(std::string_view in, std::string* canonical) const {
  auto it = actions_.lookup.find(MatchKey(in));
  if (it == actions_.lookup.end()) return false;
  *canonical = it->second;
  return true;
}

bool Vocabulary::IsSite(const std::string& canonical) const {
  auto it = sites_.lookup.find(MatchKey(canonical));
  return it != sites_.lookup.end() && it->second == canonical;
}

bool Vocabulary::IsAction(const std::string& canonical) const { return classes_.count(canonical) > 0; }

ActionClass Vocabulary::ClassOf(const std::string& action) const {
  auto it = classes_.find(action);
  return it == classes_.end() ? ActionClass::kOther : it->second;
}

std::vector<Vocabulary::Name> Vocabulary::List(const Kind& k) {
  std::vector<Name> out;
  for (const auto& n : k.names) {
    auto it = k.aliases.find(n);
    out.push_back(Name{n, it == k.aliases.end() ? std::vector<std::string>{} : it->second});
  }
  return out;
}

std::vector<Vocabulary::Name> Vocabulary::Sites() const { return List(sites_); }
std::vector<Vocabulary::Name> Vocabulary::Actions() const { return List(actions_); }

}  // namespace pj
