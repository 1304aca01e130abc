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
  for (const MonthFile& m : j.MonthFiles()) {
    MonthData data;
    if (!j.LoadMonth(m, &data, err)) return false;
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
  const int fd = file.fd();
  std::string text;
  bool ok = ReadFile(m.path, &text, err);
  MonthData data;
  if (ok) ParseMonth(text, m.path, &data);
  if (ok && data.torn_tail) {
    size_t cut = data.tail_offset;
    std::string tail = text.substr(cut);
    while (cut > 1 && text[cut - 1] == '\n' && text[cut - 2] == '\n') --cut;  // drop the blank line before it
    int side = open(side_path->c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    std::string block = "# set aside by `journal check --repair` from " + m.path + "\n" + tail;
    if (block.back() != '\n') block += "\n";
    if (side < 0 || write(side, block.data(), block.size()) != static_cast<ssize_t>(block.size()) ||
        fsync(side) != 0) {
      *err = *side_path + ": " + std::strerror(errno);
      ok = false;
    } else if (ftruncate(fd, static_cast<off_t>(cut)) != 0 || fsync(fd) != 0) {
      *err = m.path + ": " + std::strerror(errno);
      ok = false;
    } else {
      *moved = tail.size();
    }
    if (side >= 0) close(side);
  }
  return ok;
}

}  // namespace pj
