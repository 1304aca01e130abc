// Unit tests for painjournal/vocab.h: name matching, built-in sites and
// actions, what the config adds, suggestions for unknown names.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "painjournal/vocab.h"

using namespace pj;

namespace {

std::string Site(const Vocabulary& v, const std::string& in, bool allow_new = false) {
  std::string out, err;
  if (!v.ResolveSite(in, allow_new, &out, &err)) return "error: " + err;
  return out;
}

std::string Action(const Vocabulary& v, const std::string& in, bool allow_new = false) {
  std::string out, err;
  if (!v.ResolveAction(in, allow_new, &out, &err)) return "error: " + err;
  return out;
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

const Vocabulary::Name* Find(const std::vector<Vocabulary::Name>& names, const std::string& name) {
  for (const auto& n : names)
    if (n.name == name) return &n;
  return nullptr;
}

bool HasAlias(const std::vector<Vocabulary::Name>& names, const std::string& name, const std::string& alias) {
  const Vocabulary::Name* n = Find(names, name);
  return n && std::find(n->aliases.begin(), n->aliases.end(), alias) != n->aliases.end();
}

}  // namespace

TEST_CASE("MatchKey drops case, spaces, '_' and '-'") {
  CHECK(MatchKey("Lower_Back") == "lowerback");
  CHECK(MatchKey("lower back") == "lowerback");
  CHECK(MatchKey("low-back") == "lowback");
  CHECK(MatchKey(" Tui - Na ") == "tuina");
  CHECK(MatchKey("") == "");
}

TEST_CASE("CanonicalName: lower case, runs of separators become one '-'") {
  CHECK(CanonicalName("Tennis Elbow") == "tennis-elbow");
  CHECK(CanonicalName("  Tennis __ Elbow  ") == "tennis-elbow");
  CHECK(CanonicalName("tennis_elbow") == "tennis-elbow");
  CHECK(CanonicalName("-Tennis-Elbow-") == "tennis-elbow");
  CHECK(CanonicalName("TuiNa") == "tuina");
  CHECK(CanonicalName("neck") == "neck");
  CHECK(CanonicalName("   ") == "");
}

TEST_CASE("ActionClassName and ParseActionClass") {
  CHECK(std::string(ActionClassName(ActionClass::kPassive)) == "passive");
  CHECK(std::string(ActionClassName(ActionClass::kMovement)) == "movement");
  CHECK(std::string(ActionClassName(ActionClass::kOther)) == "other");
  ActionClass c = ActionClass::kOther;
  REQUIRE(ParseActionClass("passive", &c));
  CHECK(c == ActionClass::kPassive);
  REQUIRE(ParseActionClass("movement", &c));
  CHECK(c == ActionClass::kMovement);
  REQUIRE(ParseActionClass("other", &c));
  CHECK(c == ActionClass::kOther);
  CHECK_FALSE(ParseActionClass("active", &c));
  CHECK_FALSE(ParseActionClass("", &c));
}

TEST_CASE("Built-in sites resolve from their names and aliases") {
  const Vocabulary v = Vocabulary::BuiltIn();
  for (const char* in : {"lower-back", "Lower_Back", "lower back", "low-back", "LOW BACK", "lowerback", "lumbar"}) {
    INFO(in);
    CHECK(Site(v, in) == "lower-back");
  }
  CHECK(Site(v, "left shoulder") == "shoulder-left");
  CHECK(Site(v, "Left Shoulder") == "shoulder-left");
  CHECK(Site(v, "shoulder left") == "shoulder-left");
  CHECK(Site(v, "shoulder_right") == "shoulder-right");
  CHECK(Site(v, "right knee") == "knee-right");
  CHECK(Site(v, "neck") == "neck");
  CHECK(Site(v, "NECK") == "neck");
  CHECK(Site(v, "cervical") == "neck");
  CHECK(Site(v, "headache") == "head");
  CHECK(Site(v, "upper back") == "upper-back");
  CHECK(Site(v, "between shoulder blades") == "upper-back");
}

TEST_CASE("Built-in sites include both sides of the sided ones") {
  const Vocabulary v = Vocabulary::BuiltIn();
  for (const char* part : {"shoulder", "elbow", "wrist", "hand", "hip", "glute", "knee", "ankle", "foot"}) {
    for (const char* side : {"left", "right"}) {
      std::string name = std::string(part) + "-" + side;
      INFO(name);
      CHECK(v.IsSite(name));
      CHECK(Site(v, std::string(side) + " " + part) == name);
    }
  }
  CHECK_FALSE(v.IsSite("shoulder"));
  for (const char* s : {"head", "jaw", "neck", "upper-back", "mid-back", "lower-back", "chest", "abdomen", "pelvis"}) {
    INFO(s);
    CHECK(v.IsSite(s));
  }
  // IsSite wants the canonical spelling, not an alias.
  CHECK_FALSE(v.IsSite("lower back"));
  CHECK_FALSE(v.IsSite("lumbar"));
  CHECK_FALSE(v.IsSite("nek"));
}

TEST_CASE("Built-in actions resolve from their names and aliases") {
  const Vocabulary v = Vocabulary::BuiltIn();
  for (const char* in : {"TuiNa", "tui na", "Tui_Na", "tui-na", "TUINA"}) {
    INFO(in);
    CHECK(Action(v, in) == "tui-na");
  }
  CHECK(Action(v, "Massage") == "massage");
  CHECK(Action(v, "stretch") == "stretching");
  CHECK(Action(v, "Chi Kung") == "qigong");
  CHECK(Action(v, "foam rolling") == "foam-roller");
  CHECK(Action(v, "tai chi") == "tai-chi");
  CHECK(Action(v, "needles") == "acupuncture");
  CHECK(Action(v, "walking") == "walk");
}

TEST_CASE("ClassOf: the classes of the spec") {
  const Vocabulary v = Vocabulary::BuiltIn();
  for (const char* a : {"massage", "tui-na", "cupping", "acupuncture", "chiropractic", "heat", "ice", "foam-roller",
                        "medication", "herbal"}) {
    INFO(a);
    CHECK(v.IsAction(a));
    CHECK(v.ClassOf(a) == ActionClass::kPassive);
  }
  for (const char* a : {"stretching", "exercise", "strength", "mobility", "walk", "qigong", "tai-chi", "yoga",
                        "pilates", "corrective-exercise", "breathing-exercise", "posture-break"}) {
    INFO(a);
    CHECK(v.IsAction(a));
    CHECK(v.ClassOf(a) == ActionClass::kMovement);
  }
  for (const char* a : {"rest", "sleep"}) {
    INFO(a);
    CHECK(v.IsAction(a));
    CHECK(v.ClassOf(a) == ActionClass::kOther);
  }
  // Unknown actions (logged with --new) count as other.
  CHECK_FALSE(v.IsAction("sauna"));
  CHECK(v.ClassOf("sauna") == ActionClass::kOther);
  CHECK(v.ClassOf("") == ActionClass::kOther);
}

TEST_CASE("An unknown name suggests the closest known one") {
  const Vocabulary v = Vocabulary::BuiltIn();
  std::string out = "untouched", err;
  CHECK_FALSE(v.ResolveSite("nek", false, &out, &err));
  CHECK(out == "untouched");
  CHECK(StartsWith(err, "unknown site 'nek'; did you mean 'neck'? "));
  CHECK(err.find("--new") != std::string::npos);
  CHECK(err.find("journal vocab") != std::string::npos);

  CHECK(StartsWith(Site(v, "lower bak"), "error: unknown site 'lower bak'; did you mean 'lower-back'?"));
  // An alias that is close still suggests the canonical name it stands for.
  CHECK(StartsWith(Site(v, "lumbr"), "error: unknown site 'lumbr'; did you mean 'lower-back'?"));
  CHECK(StartsWith(Action(v, "masage"), "error: unknown action 'masage'; did you mean 'massage'?"));
  CHECK(StartsWith(Action(v, "streching"), "error: unknown action 'streching'; did you mean 'stretching'?"));
}

TEST_CASE("No suggestion for a name far from every known one") {
  const Vocabulary v = Vocabulary::BuiltIn();
  std::string s = Site(v, "zzzzzz");
  CHECK(StartsWith(s, "error: unknown site 'zzzzzz'"));
  CHECK(s.find("did you mean") == std::string::npos);
  std::string a = Action(v, "xylophone recital");
  CHECK(StartsWith(a, "error: unknown action 'xylophone recital'"));
  CHECK(a.find("did you mean") == std::string::npos);
}

TEST_CASE("allow_new and free_names accept a new name in canonical form") {
  Vocabulary v = Vocabulary::BuiltIn();
  CHECK(StartsWith(Site(v, "Tennis Elbow"), "error: unknown site"));
  CHECK(Site(v, "Tennis Elbow", true) == "tennis-elbow");
  CHECK(Action(v, "Sauna Visit", true) == "sauna-visit");
  // Known names still resolve to their canonical spelling.
  CHECK(Site(v, "lower back", true) == "lower-back");
  CHECK(Action(v, "TuiNa", true) == "tui-na");
  // Accepting does not add the name.
  CHECK_FALSE(v.IsSite("tennis-elbow"));

  v.free_names = true;
  CHECK(Site(v, "Tennis Elbow") == "tennis-elbow");
  CHECK(Action(v, "cold_plunge") == "cold-plunge");
  CHECK(Site(v, "left shoulder") == "shoulder-left");
}

TEST_CASE("Empty and invalid names are refused even with allow_new") {
  Vocabulary v = Vocabulary::BuiltIn();
  v.free_names = true;
  std::string e = Site(v, "  ", true);
  CHECK(StartsWith(e, "error: site is empty"));
  CHECK(StartsWith(Action(v, "_-_", true), "error: action is empty"));
  CHECK(StartsWith(Site(v, "bad\xff", true), "error: site is not valid UTF-8"));
}

TEST_CASE("A new action may not contain a semicolon, which separates actions in lists") {
  // `journal add --did "a;b" --new` wrote an entry that `check` then refused
  // ("did must list action names (no ';')").
  Vocabulary v = Vocabulary::BuiltIn();
  std::string out = "untouched", err;
  CHECK_FALSE(v.ResolveAction("a;b", true, &out, &err));
  CHECK(out == "untouched");
  CHECK(err == "a new action name may hold letters, digits, spaces and '-', not 'a;b'");
  v.free_names = true;
  CHECK(StartsWith(Action(v, "massage;stretching"), "error: a new action name may hold"));
}

TEST_CASE("A new name holds only letters, digits and '-', so it is safe in files and shell scripts") {
  // A config site `x$(touch /tmp/PWNED)` used to reach the completion
  // script, where bash ran it; an apostrophe broke fish's quoting.
  Vocabulary v = Vocabulary::BuiltIn();
  for (const char* bad : {"o'brien", "x$(touch /tmp/x)", "a\"b", "back`tick", "semi;colon", "a/b"}) {
    INFO(bad);
    CHECK(StartsWith(Site(v, bad, true), "error: a new site name may hold letters, digits, spaces and '-'"));
  }
  CHECK(Site(v, "Tennis Elbow", true) == "tennis-elbow");
  CHECK(Site(v, "Kiefer \xC3\xBC", true) == "kiefer-\xC3\xBC");
  CHECK(ValidName("c7-disc"));
  CHECK_FALSE(ValidName(""));
  CHECK_FALSE(ValidName("Upper"));
}

TEST_CASE("SetAction adds an action or reclassifies a known one") {
  Vocabulary v = Vocabulary::BuiltIn();
  REQUIRE(v.ClassOf("massage") == ActionClass::kPassive);
  v.SetAction("massage", ActionClass::kMovement);
  CHECK(v.ClassOf("massage") == ActionClass::kMovement);
  // Through any spelling: "Tui Na" is tui-na.
  v.SetAction("Tui Na", ActionClass::kOther);
  CHECK(v.ClassOf("tui-na") == ActionClass::kOther);
  // Through an alias: "stretch" names stretching.
  v.SetAction("stretch", ActionClass::kPassive);
  CHECK(v.ClassOf("stretching") == ActionClass::kPassive);
  CHECK_FALSE(v.IsAction("stretch"));
  // Reclassifying does not list the action twice.
  auto actions = v.Actions();
  CHECK(std::count_if(actions.begin(), actions.end(), [](const auto& n) { return n.name == "massage"; }) == 1);

  // A new action, in canonical form.
  v.SetAction("Sauna Visit", ActionClass::kPassive);
  CHECK(v.IsAction("sauna-visit"));
  CHECK(v.ClassOf("sauna-visit") == ActionClass::kPassive);
  CHECK(Action(v, "sauna visit") == "sauna-visit");
  CHECK(Action(v, "SAUNA_VISIT") == "sauna-visit");
  auto after = v.Actions();
  REQUIRE_FALSE(after.empty());
  CHECK(after.back().name == "sauna-visit");
  CHECK(after.size() == actions.size() + 1);
}

TEST_CASE("Sites and aliases from the config") {
  Vocabulary v = Vocabulary::BuiltIn();
  v.AddSite("Forearm Left");
  CHECK(v.IsSite("forearm-left"));
  CHECK(Site(v, "forearm_left") == "forearm-left");
  v.AddSiteAlias("left forearm", "forearm-left");
  CHECK(Site(v, "Left Forearm") == "forearm-left");
  v.AddSiteAlias("Nacken", "neck");
  CHECK(Site(v, "nacken") == "neck");
  v.AddActionAlias("Massasje", "massage");
  CHECK(Action(v, "massasje") == "massage");
  // Adding a known site again does not list it twice.
  auto before = v.Sites().size();
  v.AddSite("neck");
  v.AddSite("Neck");
  CHECK(v.Sites().size() == before);
  // The listing shows the aliases as written.
  CHECK(HasAlias(v.Sites(), "neck", "Nacken"));
  CHECK(HasAlias(v.Sites(), "forearm-left", "left forearm"));
  CHECK(HasAlias(v.Actions(), "massage", "Massasje"));
}

TEST_CASE("A config alias or site that takes over a built-in alias moves it") {
  // `site_aliases = { lumbar = "mid-back" }`: "lumbar" now means mid-back and
  // the listing must not show it under lower-back as well.
  Vocabulary v = Vocabulary::BuiltIn();
  REQUIRE(HasAlias(v.Sites(), "lower-back", "lumbar"));
  v.AddSiteAlias("lumbar", "mid-back");
  CHECK(Site(v, "lumbar") == "mid-back");
  CHECK(HasAlias(v.Sites(), "mid-back", "lumbar"));
  CHECK_FALSE(HasAlias(v.Sites(), "lower-back", "lumbar"));
  CHECK(HasAlias(v.Sites(), "lower-back", "lower back"));  // the others stay

  // `sites = ["cervical"]`: a site of its own, no longer an alias of neck.
  Vocabulary w = Vocabulary::BuiltIn();
  REQUIRE(HasAlias(w.Sites(), "neck", "cervical"));
  w.AddSite("cervical");
  CHECK(w.IsSite("cervical"));
  CHECK(Site(w, "cervical") == "cervical");
  CHECK_FALSE(HasAlias(w.Sites(), "neck", "cervical"));

  // The same for actions: `actions.other = ["nap"]`.
  Vocabulary x = Vocabulary::BuiltIn();
  REQUIRE(HasAlias(x.Actions(), "sleep", "nap"));
  x.SetAction("nap", ActionClass::kOther);  // reclassifies sleep, as documented
  CHECK(Action(x, "nap") == "sleep");
  x.AddActionAlias("nap", "rest");
  CHECK(Action(x, "nap") == "rest");
  CHECK(HasAlias(x.Actions(), "rest", "nap"));
  CHECK_FALSE(HasAlias(x.Actions(), "sleep", "nap"));
}

TEST_CASE("A config name spelled differently from a known one does not split it in two") {
  // `sites = ["LowerBack"]` matches lower-back: adding it must not create a
  // second site "lowerback" that takes "lower back" away from lower-back.
  Vocabulary v = Vocabulary::BuiltIn();
  const size_t before = v.Sites().size();
  v.AddSite("LowerBack");
  CHECK(v.Sites().size() == before);
  CHECK_FALSE(v.IsSite("lowerback"));
  CHECK(v.IsSite("lower-back"));
  CHECK(Site(v, "lower back") == "lower-back");
  CHECK(Site(v, "LowerBack") == "lower-back");
  v.AddSite("lower_back");
  CHECK(v.Sites().size() == before);
  const size_t actions = v.Actions().size();
  v.SetAction("TuiNa", ActionClass::kMovement);
  CHECK(v.Actions().size() == actions);
  CHECK(v.ClassOf("tui-na") == ActionClass::kMovement);
}

TEST_CASE("Giving a known alias again does not list it twice") {
  Vocabulary v = Vocabulary::BuiltIn();
  v.AddSiteAlias("lumbar", "lower-back");
  v.AddSiteAlias("low back", "lower-back");
  const auto sites = v.Sites();
  const Vocabulary::Name* lb = Find(sites, "lower-back");
  REQUIRE(lb != nullptr);
  CHECK(lb->aliases == std::vector<std::string>{"lower back", "low-back", "low back", "lumbar"});
  v.AddActionAlias("stretch", "stretching");
  auto actions = v.Actions();
  const Vocabulary::Name* st = Find(actions, "stretching");
  REQUIRE(st != nullptr);
  CHECK(st->aliases == std::vector<std::string>{"stretch"});
}

TEST_CASE("Sites() and Actions() list every name once, with its aliases") {
  const Vocabulary v = Vocabulary::BuiltIn();
  auto sites = v.Sites();
  auto actions = v.Actions();
  std::set<std::string> site_names, action_names;
  for (const auto& n : sites) site_names.insert(n.name);
  for (const auto& n : actions) action_names.insert(n.name);
  CHECK(site_names.size() == sites.size());
  CHECK(action_names.size() == actions.size());
  // 9 single sites + 9 sided parts * 2 sides.
  CHECK(sites.size() == 27);
  CHECK(sites.front().name == "head");  // in order of definition

  const Vocabulary::Name* lb = Find(sites, "lower-back");
  REQUIRE(lb != nullptr);
  CHECK(lb->aliases == std::vector<std::string>{"lower back", "low-back", "low back", "lumbar"});
  CHECK(HasAlias(sites, "shoulder-left", "left shoulder"));
  CHECK(HasAlias(sites, "shoulder-right", "right shoulder"));
  const Vocabulary::Name* chest = Find(sites, "chest");
  REQUIRE(chest != nullptr);
  CHECK(chest->aliases.empty());

  CHECK(HasAlias(actions, "stretching", "stretch"));
  CHECK(HasAlias(actions, "qigong", "chi kung"));
  REQUIRE(Find(actions, "massage") != nullptr);
  CHECK(actions.front().name == "massage");
  // Every listed action has a class and every listed alias resolves to its name.
  for (const auto& n : actions) {
    CHECK(v.IsAction(n.name));
    for (const auto& a : n.aliases) {
      INFO(a);
      CHECK(Action(v, a) == n.name);
    }
  }
  for (const auto& n : sites) {
    CHECK(v.IsSite(n.name));
    for (const auto& a : n.aliases) {
      INFO(a);
      CHECK(Site(v, a) == n.name);
    }
  }
}

TEST_CASE("Suggestions know the vocabulary's shape") {
  const Vocabulary v = Vocabulary::BuiltIn();
  CHECK(v.UnknownSite("back") == "unknown site 'back'; did you mean 'lower-back', 'mid-back' or 'upper-back'?");
  CHECK(v.UnknownSite("shoulder") == "unknown site 'shoulder'; which side: 'shoulder-left' or 'shoulder-right'?");
  CHECK(v.UnknownSite("Shoulders") == "unknown site 'Shoulders'; which side: 'shoulder-left' or 'shoulder-right'?");
  CHECK(v.UnknownSite("sholder") == "unknown site 'sholder'; which side: 'shoulder-left' or 'shoulder-right'?");
  CHECK(v.UnknownSite("nekc") == "unknown site 'nekc'; did you mean 'neck'?");
  CHECK(v.UnknownSite("zzzzzz") == "unknown site 'zzzzzz'");
  // "left" is a part of every left side: too many to be a suggestion.
  CHECK(v.UnknownSite("left").find("left-") == std::string::npos);
  CHECK(v.UnknownAction("roller") == "unknown action 'roller'; did you mean 'foam-roller'?");
  CHECK(v.UnknownAction("masage") == "unknown action 'masage'; did you mean 'massage'?");
}

TEST_CASE("Unknown-name errors offer --new only where it exists") {
  const Vocabulary v = Vocabulary::BuiltIn();
  std::string out, err;
  CHECK_FALSE(v.ResolveSite("nek", false, &out, &err));
  CHECK(err == "unknown site 'nek'; did you mean 'neck'? (see `journal vocab`; --new logs a new site)");
  CHECK_FALSE(v.ResolveSite("nek", false, &out, &err, NewHint::kNone));
  CHECK(err == "unknown site 'nek'; did you mean 'neck'? (see `journal vocab`)");
  CHECK_FALSE(v.ResolveAction("masage", false, &out, &err, NewHint::kImport));
  CHECK(err ==
        "unknown action 'masage'; did you mean 'massage'? (see `journal vocab`; import --new adds the names it does "
        "not know)");
}

TEST_CASE("A class name is not a new action") {
  const Vocabulary v = Vocabulary::BuiltIn();
  std::string out, err;
  CHECK_FALSE(v.ResolveAction("Passive", true, &out, &err));
  CHECK(err == "'passive' is a class of actions, not an action; name the action itself");
  CHECK(v.ResolveSite("passive", true, &out, &err));  // a site may be called so
}

TEST_CASE("FindSite and FindAction ignore free_names; ActionsOfClass lists a class") {
  Vocabulary v = Vocabulary::BuiltIn();
  v.free_names = true;
  std::string out;
  CHECK(v.FindSite("Lower Back", &out));
  CHECK(out == "lower-back");
  CHECK_FALSE(v.FindSite("nekc", &out));
  CHECK(v.FindAction("tuina", &out));
  CHECK(out == "tui-na");
  CHECK_FALSE(v.FindAction("zumba", &out));
  std::vector<std::string> passive = v.ActionsOfClass(ActionClass::kPassive);
  CHECK(std::find(passive.begin(), passive.end(), "massage") != passive.end());
  CHECK(std::find(passive.begin(), passive.end(), "walk") == passive.end());
  v.SetAction("walk", ActionClass::kPassive);
  passive = v.ActionsOfClass(ActionClass::kPassive);
  CHECK(std::find(passive.begin(), passive.end(), "walk") != passive.end());
}
