#include "line_editor.h"

#include <histedit.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "painjournal/store.h"
#include "painjournal/util.h"

namespace pj {

namespace {

constexpr size_t kHistorySize = 200;  // answers kept per question

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithFolded(const std::string& s, const std::string& prefix) {
  if (prefix.size() > s.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (LowerAscii(s[i]) != LowerAscii(prefix[i])) return false;
  return true;
}

}  // namespace

std::vector<std::string> CompletionMatches(const std::string& before, const LineEditor::Completion& c,
                                           size_t* word_len) {
  size_t start = c.list ? before.find_last_of(',') : std::string::npos;
  start = start == std::string::npos ? 0 : start + 1;
  while (start < before.size() && before[start] == ' ') ++start;
  const std::string word = before.substr(start);
  *word_len = word.size();
  std::vector<std::string> out;
  for (const auto& w : c.words)
    if (StartsWithFolded(w, word)) out.push_back(w);
  return out;
}

// The editor's state: libedit's handle, a history per question, and what
// the prompt and TAB of the question being asked need.
struct LineEditor::Impl {
  Context& ctx;
  std::string history_path;
  EditLine* el = nullptr;
  std::string prompt;
  const Completion* completion = nullptr;
  std::map<std::string, History*> histories;
  std::map<std::string, std::vector<std::string>> answers;  // per question, oldest first
  bool changed = false;

  explicit Impl(Context& c) : ctx(c) {}

  History* HistoryFor(const std::string& key) {
    History*& h = histories[key];
    if (!h) {
      h = history_init();
      HistEvent ev;
      history(h, &ev, H_SETSIZE, static_cast<int>(kHistorySize));
      history(h, &ev, H_SETUNIQUE, 1);
      for (const auto& a : answers[key]) history(h, &ev, H_ENTER, a.c_str());
    }
    return h;
  }

  void Load() {
    std::ifstream in(history_path);
    std::string line;
    while (std::getline(in, line)) {
      const size_t tab = line.find('\t');
      if (tab == std::string::npos) continue;
      answers[line.substr(0, tab)].push_back(line.substr(tab + 1));
    }
  }

  void Save() {
    if (!changed || history_path.empty()) return;
    std::string text, err;
    for (auto& [key, list] : answers) {
      const size_t from = list.size() > kHistorySize ? list.size() - kHistorySize : 0;
      for (size_t i = from; i < list.size(); ++i) text += key + "\t" + list[i] + "\n";
    }
    const size_t slash = history_path.find_last_of('/');
    if ((slash != std::string::npos && !EnsureDir(history_path.substr(0, slash), &err)) ||
        !WriteFileAtomic(history_path, text, &err))
      Warn(ctx, "history not saved: " + err);
  }

  static Impl* Of(EditLine* el) {
    void* p = nullptr;
    el_get(el, EL_CLIENTDATA, &p);
    return static_cast<Impl*>(p);
  }

  static char* Prompt(EditLine* el) { return Of(el)->prompt.data(); }

  // TAB: the one match replaces the word; several are cut to what they
  // share, or listed below the line.
  static unsigned char Complete(EditLine* el, int) {
    Impl* self = Of(el);
    if (!self->completion || self->completion->words.empty()) return CC_ERROR;
    const LineInfo* li = el_line(el);
    const std::string before(li->buffer, li->cursor);
    size_t word_len;
    std::vector<std::string> m = CompletionMatches(before, *self->completion, &word_len);
    if (m.empty()) return CC_ERROR;
    std::string common = m[0];
    for (const auto& s : m) {
      size_t n = 0;
      while (n < common.size() && n < s.size() && common[n] == s[n]) ++n;
      common.resize(n);
    }
    if (common.size() >= word_len) {
      const std::string typed = before.substr(before.size() - word_len);
      if (common != typed) {
        el_deletestr(el, static_cast<int>(word_len));
        el_insertstr(el, common.c_str());
        return CC_REFRESH;
      }
    }
    if (m.size() == 1) return CC_REFRESH;
    std::fputs("\n", stderr);
    std::fputs(Join(m, "  ").c_str(), stderr);
    std::fputs("\n", stderr);
    return CC_REDISPLAY;
  }
};

LineEditor::LineEditor(Context& ctx, std::string history_path) : impl_(std::make_unique<Impl>(ctx)) {
  if (!(ctx.stdin_is_tty && isatty(0) && isatty(2))) return;
  impl_->history_path = std::move(history_path);
  if (!impl_->history_path.empty()) impl_->Load();
  EditLine* el = el_init("journal", stdin, stderr, stderr);
  if (!el) return;
  impl_->el = el;
  el_set(el, EL_CLIENTDATA, impl_.get());
  el_set(el, EL_EDITOR, "emacs");
  el_set(el, EL_SIGNAL, 1);
  el_set(el, EL_PROMPT, &Impl::Prompt);
  el_set(el, EL_ADDFN, "journal-complete", "Complete the answer", &Impl::Complete);
  el_set(el, EL_BIND, "^I", "journal-complete", nullptr);
  el_source(el, nullptr);  // ~/.editrc (e.g. `bind -v` for vi keys)
}

LineEditor::~LineEditor() {
  if (!impl_->el) return;
  el_end(impl_->el);
  for (auto& [key, h] : impl_->histories) history_end(h);
  impl_->Save();
}

bool LineEditor::Read(const std::string& key, const std::string& prompt, const Completion& completion,
                      std::string* line, const std::string& initial) {
  Impl& m = *impl_;
  if (!m.el) {
    *m.ctx.err << prompt << std::flush;
    return static_cast<bool>(std::getline(*m.ctx.in, *line));
  }
  m.prompt = prompt;
  m.completion = &completion;
  el_set(m.el, EL_HIST, history, m.HistoryFor(key));
  if (!initial.empty()) el_push(m.el, initial.c_str());
  int count = 0;
  const char* got = el_gets(m.el, &count);
  m.completion = nullptr;
  if (!got || count <= 0) {
    std::fputs("\n", stderr);
    return false;
  }
  *line = std::string(got, static_cast<size_t>(count));
  while (!line->empty() && (line->back() == '\n' || line->back() == '\r')) line->pop_back();
  return true;
}

void LineEditor::Remember(const std::string& key, const std::string& answer) {
  Impl& m = *impl_;
  if (!m.el || answer.empty() || answer.find_first_of("\t\n") != std::string::npos) return;
  HistEvent ev;
  history(m.HistoryFor(key), &ev, H_ENTER, answer.c_str());
  m.answers[key].push_back(answer);
  m.changed = true;
}

std::string HistoryPath() {
  const char* state = std::getenv("XDG_STATE_HOME");
  if (state && *state == '/') return std::string(state) + "/painjournal/history";
  const char* home = std::getenv("HOME");
  if (home && *home) return std::string(home) + "/.local/state/painjournal/history";
  return "";
}

}  // namespace pj
