#include "painjournal/check.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <unordered_map>

#include "painjournal/lock.h"

namespace pj {

namespace {

// The line and column of `name` as the value of `key` in the lines
// [first, last] of `text`: the quote before the name, or the first
// character of the value, or the entry's header when the key is not
// written as `key = ...` on a line of its own (a hand-made inline table).
std::pair<int, int> FindName(std::string_view text, int first, int last, std::string_view key,
                             const std::string& name) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  int n = 1;
  while (pos <= text.size() && n <= last) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    if (n >= first) lines.push_back(text.substr(pos, end - pos));
    pos = end + 1;
    ++n;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view l = lines[i];
    size_t k = l.find_first_not_of(" \t");
    if (k == std::string_view::npos || l.substr(k, key.size()) != key) continue;
    size_t eq = l.find_first_not_of(" \t", k + key.size());
    if (eq == std::string_view::npos || l[eq] != '=') continue;
    // The name in quotes, on this line or the next of a list that spans lines.
    for (size_t j = i; j < lines.size(); ++j) {
      for (const char* q : {"\"", "'"}) {
        size_t at = lines[j].find(std::string(q) + name + q, j == i ? eq : 0);
        if (at != std::string_view::npos) return {first + static_cast<int>(j), static_cast<int>(at) + 1};
      }
      if (lines[j].find(']') != std::string_view::npos || (j == i && lines[j].find('[') == std::string_view::npos))
        break;
    }
    size_t value = l.find_first_not_of(" \t", eq + 1);
    return {first + static_cast<int>(i), static_cast<int>(value == std::string_view::npos ? eq : value) + 1};
  }
  return {first, 1};
}

// What is wrong with a name of the kind `what`, or "" when it is known and
// written as the vocabulary writes it.
std::string NameFault(const Vocabulary& v, bool site, const std::string& name) {
  std::string canon;
  if (site ? v.FindSite(name, &canon) : v.FindAction(name, &canon)) {
    if (canon == name) return "";
    return std::string(site ? "site" : "action") + " '" + name + "' is written '" + canon +
           "' in the vocabulary; write it so, or its entries count apart from " + canon + "'s";
  }
  std::string msg = site ? v.UnknownSite(name) : v.UnknownAction(name);
  if (msg.find('?') == std::string::npos && ValidName(CanonicalName(name)))
    msg += "; if it is a name of your own: journal vocab add " + std::string(site ? "site " : "action ") +
           CanonicalName(name);
  return msg;
}

}  // namespace

std::vector<Problem> NameProblems(std::string_view text, const MonthData& data, const std::string& file,
                                  const Vocabulary& vocab) {
  std::vector<Problem> out;
  // A month repeats a few names many times: each is judged once.
  std::unordered_map<std::string, std::string> site_faults, action_faults;
  for (size_t i = 0; i < data.entries.size(); ++i) {
    const Entry& e = data.entries[i];
    const int first = i < data.entry_lines.size() ? data.entry_lines[i] : 1;
    const int last = i + 1 < data.entry_lines.size() ? data.entry_lines[i + 1] - 1 : 1 << 30;
    auto report = [&](bool site, const std::string& name) {
      auto& memo = site ? site_faults : action_faults;
      auto it = memo.find(name);
      if (it == memo.end()) it = memo.emplace(name, NameFault(vocab, site, name)).first;
      const std::string& fault = it->second;
      if (fault.empty()) return;
      auto [line, col] = FindName(text, first, last, site ? "site" : "did", name);
      out.push_back(Problem{file, line, col, fault});
    };
    if (e.site) report(true, *e.site);
    for (const auto& a : e.did) report(false, a);
  }
  return out;
}

bool CheckJournal(const Journal& j, CheckResult* out, std::string* err, const Vocabulary* vocab) {
  *out = CheckResult{};
  struct Seen {
    std::string file;
    int line;
  };
  std::map<std::string, Seen> ids;
  err->clear();
  std::vector<MonthFile> months = j.MonthFiles(err);
  if (!err->empty()) return false;
  for (const MonthFile& m : months) {
    MonthData data;
    j.LoadMonth(m, &data);
    ++out->files;
    out->entries += data.entries.size();
    out->problems.insert(out->problems.end(), data.problems.begin(), data.problems.end());
    if (data.torn_tail) out->torn.push_back(m);
    if (vocab) {
      std::vector<Problem> names = NameProblems({}, data, m.path, *vocab);
      if (!names.empty()) {  // read the text only to place the names at fault
        std::string text, read_err;
        if (ReadJournalFile(m.path, &text, &read_err)) names = NameProblems(text, data, m.path, *vocab);
        out->problems.insert(out->problems.end(), names.begin(), names.end());
      }
    }
    for (size_t i = 0; i < data.entries.size(); ++i) {
      const Entry& e = data.entries[i];
      int line = data.entry_lines[i];
      MonthKey k = MonthOf(e);
      if (k.year != m.year || k.month != m.month) {
        char want[16];
        std::snprintf(want, sizeof want, "%04d-%02d", k.year, k.month);
        out->problems.push_back(Problem{m.path, line, 1,
                                        "entry dated " + FormatDate(LocalDate(e.at)) + " belongs in " + want +
                                            ".toml; commands that read a date range will miss it here"});
      }
      if (e.id.empty()) continue;
      auto [it, inserted] = ids.emplace(e.id, Seen{m.path, line});
      if (!inserted)
        out->problems.push_back(Problem{m.path, line, 1,
                                        "duplicate id " + e.id + " (also at " + it->second.file + ":" +
                                            std::to_string(it->second.line) + ")"});
    }
  }
  return true;
}

bool RepairTornTail(const MonthFile& m, std::string* side_path, size_t* moved, std::string* err) {
  *moved = 0;
  *side_path = m.path + ".torn";
  LockedFile file;
  if (!file.Open(m.path, O_RDWR, 10000, err)) return false;
  std::string text;
  if (!ReadJournalFile(m.path, &text, err)) return false;
  MonthData data;
  ParseMonth(text, m.path, &data);
  if (!data.torn_tail) return true;
  size_t cut;
  if (!SetAsideTail(file.fd(), m.path, text, data.tail_offset, &cut, side_path, err)) return false;
  *moved = text.size() - data.tail_offset;
  return true;
}

}  // namespace pj
