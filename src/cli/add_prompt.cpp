#include "add_prompt.h"

#include <algorithm>
#include <iostream>

#include "painjournal/util.h"

namespace pj {

namespace {

// What TAB offers for a field's answer: the names in force, or its words.
LineEditor::Completion CompletionFor(const Field& f, const Vocabulary& vocab) {
  LineEditor::Completion c;
  const bool names = f.kind == FieldKind::kSite || f.kind == FieldKind::kActions;
  if (names)
    for (const auto& n : f.kind == FieldKind::kSite ? vocab.Sites() : vocab.Actions()) c.words.push_back(n.name);
  for (int i = 0; f.kind == FieldKind::kWord && i < WordCount(f); ++i) c.words.emplace_back(f.words[i]);
  c.list = f.kind == FieldKind::kActions;
  return c;
}

// The answer with the vocabulary's suggestion put in: "massage,strech" and
// "unknown action 'strech'; did you mean 'stretching'? ..." give
// "massage,stretching"; "" when the error has no suggestion.
std::string Suggested(const std::string& answer, const std::string& err) {
  const std::string mean = "did you mean '";
  const size_t m = err.find(mean), q1 = err.find('\''), q2 = q1 == std::string::npos ? q1 : err.find('\'', q1 + 1);
  if (m == std::string::npos || q2 == std::string::npos || q2 > m) return "";
  const std::string typed = err.substr(q1 + 1, q2 - q1 - 1);
  const size_t end = err.find('\'', m + mean.size());
  const size_t at = answer.find(typed);
  if (end == std::string::npos || at == std::string::npos) return "";
  std::string out = answer;
  out.replace(at, typed.size(), err.substr(m + mean.size(), end - m - mean.size()));
  return out;
}

}  // namespace

bool Ask(Context& ctx, LineEditor& ed, const Field& f, EntryBuilder* b, std::string* at, std::string* err) {
  const LineEditor::Completion completion = CompletionFor(f, ctx.config.vocab);
  std::string initial;
  while (true) {
    std::string line;
    if (!ed.Read(std::string(f.key), std::string(f.prompt) + ": ", completion, &line, initial)) {
      *err = "input ended; nothing written";
      return false;
    }
    initial.clear();
    line = Trim(line);
    if (line.empty()) return true;
    std::string ferr;
    if (f.kind == FieldKind::kTime) {
      When w;
      if (ParseWhenOption(ctx, std::string(f.key), line, &w, &ferr) && WhenAsInstant(w, ctx.now).utc > ctx.now.utc)
        ferr = "'" + line + "' is in the future; an entry records what has happened";
      if (ferr.empty()) {
        *at = line;
        ed.Remember(std::string(f.key), line);
        return true;
      }
    } else {
      // A list answer is all or nothing: a bad item drops the good ones too.
      const Entry before = b->entry();
      bool ok = true;
      // Factors come one NAME=VALUE at a time; the other lists split themselves.
      std::vector<std::string> items;
      if (f.kind == FieldKind::kFactors) items = SplitList(line);
      else items.push_back(line);
      for (const auto& item : items) ok = ok && b->Set(f.key, item, &ferr) == EntryBuilder::Result::kOk;
      if (ok) {
        ed.Remember(std::string(f.key), line);
        return true;
      }
      b->mutable_entry() = before;
      initial = Suggested(line, ferr);
    }
    // "unknown site 'nek'; did you mean 'neck'? Enter takes it."
    if (!initial.empty()) ferr = ferr.substr(0, std::min(ferr.find("? "), ferr.size() - 1) + 1) + " Enter takes it.";
    *ctx.err << "  " << ferr << "\n";
  }
}

bool Prompt(Context& ctx, LineEditor& ed, EntryBuilder* b, std::string* at, std::string* err) {
  *ctx.err << "New entry; press Enter to skip a field, TAB to complete a name.\n";
  for (const Field& f : kFields) {
    if (f.prompt.empty()) continue;
    if (f.key == "intensity" && !b->entry().site) continue;
    if (!Ask(ctx, ed, f, b, at, err)) return false;
  }
  return true;
}

}  // namespace pj
