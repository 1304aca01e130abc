#include "painjournal/check.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>

#include "painjournal/lock.h"

namespace pj {

bool CheckJournal(const Journal& j, CheckResult* out, std::string* err) {
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
