// The names of body sites and actions a journal understands, their classes
// and aliases. One place decides what "lower back" or "tuina" means so that
// entries written today and years ago group together in the analysis.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pj {

enum class ActionClass { kPassive, kMovement, kOther };
const char* ActionClassName(ActionClass c);
bool ParseActionClass(std::string_view s, ActionClass* out);

// Matching key: lower case without spaces, '_' and '-' ("Lower_Back" ->
// "lowerback").
std::string MatchKey(std::string_view name);
// A canonical name fit to store and to put in a completion script: lower-case
// letters, digits and '-', or letters beyond ASCII (valid UTF-8).
bool ValidName(std::string_view canonical);
// How a name the user invents is stored: lower case, runs of spaces and '_'
// become '-' ("Tennis Elbow" -> "tennis-elbow").
std::string CanonicalName(std::string_view name);

// What an unknown-name error offers after "see `journal vocab`": the
// option that accepts a new name where there is one (`add --new`,
// `import --new`), nothing where a new name makes no sense (a filter).
enum class NewHint { kAdd, kImport, kNone };

// Built-in sites and actions plus what the config file and the journal's
// own vocab.toml add.
class Vocabulary {
 public:
  static Vocabulary BuiltIn();

  void AddSite(const std::string& name);
  void AddSiteAlias(const std::string& alias, const std::string& site);
  // Adds a new action, or moves a known one to class `c`.
  void SetAction(const std::string& name, ActionClass c);
  void AddActionAlias(const std::string& alias, const std::string& action);

  // Resolves a user's name to the canonical one. Unknown names fail with a
  // message naming the closest known name, unless `allow_new` or
  // free_names, in which case the name is accepted as CanonicalName().
  bool ResolveSite(std::string_view in, bool allow_new, std::string* out, std::string* err,
                   NewHint hint = NewHint::kAdd) const;
  bool ResolveAction(std::string_view in, bool allow_new, std::string* out, std::string* err,
                     NewHint hint = NewHint::kAdd) const;
  // "unknown site 'nekc'; did you mean 'neck'?": what `check` says of a
  // name in a month file, without any hint about options. Suggestions know
  // the vocabulary's shape: "back" offers lower-back, mid-back and
  // upper-back; "shoulder" asks for a side.
  std::string UnknownSite(std::string_view in) const;
  std::string UnknownAction(std::string_view in) const;
  // The known actions of one class, in order of definition.
  std::vector<std::string> ActionsOfClass(ActionClass c) const;

  // The canonical name `in` stands for, if the vocabulary knows it (a name
  // or an alias; free_names does not matter here).
  bool FindSite(std::string_view in, std::string* canonical) const;
  bool FindAction(std::string_view in, std::string* canonical) const;

  bool IsSite(const std::string& canonical) const;
  bool IsAction(const std::string& canonical) const;
  // Unknown actions (logged with --new) count as `other`.
  ActionClass ClassOf(const std::string& action) const;

  struct Name {
    std::string name;
    std::vector<std::string> aliases;
  };
  std::vector<Name> Sites() const;
  std::vector<Name> Actions() const;

  bool free_names = false;

 private:
  struct Kind {
    std::vector<std::string> names;             // canonical names, in order of definition
    std::map<std::string, std::string> lookup;  // match key -> canonical name
    std::map<std::string, std::vector<std::string>> aliases;  // canonical -> aliases as written
  };
  static void AddName(Kind* k, const std::string& name);
  static void AddAlias(Kind* k, const std::string& alias, const std::string& target);
  static bool Resolve(const Kind& k, const char* what, std::string_view in, bool allow_new, bool free_names,
                      NewHint hint, std::string* out, std::string* err);
  static std::string Unknown(const Kind& k, const char* what, std::string_view in);
  static std::vector<Name> List(const Kind& k);

  Kind sites_;
  Kind actions_;
  std::map<std::string, ActionClass> classes_;
};

}  // namespace pj
