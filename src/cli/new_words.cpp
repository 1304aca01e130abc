#include "new_words.h"

#include <map>
#include <ostream>

#include "painjournal/util.h"

namespace pj {

bool NewClassOption::Parse(std::string* err) {
  if (text.empty()) return true;
  if (ParseActionClass(Lower(Trim(text)), &cls)) return true;
  *err = "--class must be passive, movement or other, not '" + text + "'";
  return false;
}

JournalWords NewWords(const Vocabulary& vocab, ActionClass cls, std::vector<Entry>* entries) {
  JournalWords w;
  std::map<std::string, std::string> sites, actions;  // match key -> the first spelling
  auto fold = [](std::map<std::string, std::string>* seen, std::string* name) {
    auto [it, inserted] = seen->emplace(MatchKey(*name), *name);
    if (!inserted) *name = it->second;
    return inserted;
  };
  std::string known;
  for (Entry& e : *entries) {
    if (e.site && !vocab.FindSite(*e.site, &known) && fold(&sites, &*e.site)) w.sites.push_back(*e.site);
    for (std::string& a : e.did)
      if (!vocab.FindAction(a, &known) && fold(&actions, &a)) w.actions.emplace_back(a, cls);
  }
  for (Entry& e : *entries) DropRepeatedNames(&e.did);
  return w;
}

bool RecordNewWords(Context& ctx, const JournalWords& w, std::optional<std::string>* before, std::string* err) {
  return AddJournalWords(ctx.journal.dir(), w, before, err);
}

void UndoNewWords(Context& ctx, const JournalWords& w, const std::optional<std::string>& before) {
  if (w.empty()) return;
  std::string err;
  if (!RestoreJournalWords(ctx.journal.dir(), before, &err))
    Warn(ctx, "the new names stay in " + JournalVocabPath(ctx.journal.dir()) + ": " + err);
}

void SayNewWords(Context& ctx, const JournalWords& w, bool would) {
  if (ctx.quiet) return;
  const char* added = would ? "' would be added" : "' added";
  for (const auto& s : w.sites)
    *ctx.out << "New site '" << Visible(s) << added << " to this journal's vocabulary (vocab.toml).\n";
  for (const auto& [a, c] : w.actions) {
    *ctx.out << "New action '" << Visible(a) << added << " to this journal's vocabulary as " << ActionClassName(c);
    if (c == ActionClass::kOther) *ctx.out << " (neither passive relief nor movement)";
    *ctx.out << "; to change: journal vocab add action " << Visible(a) << " --class passive|movement|other\n";
  }
}

}  // namespace pj
