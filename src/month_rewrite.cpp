// Journal::Rewrite: undo, delete and amend change month files in place.
// month_edit.cpp makes the new text; this file does the locks, the side
// files and the all-or-nothing writes.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <map>
#include <memory>

#include "painjournal/entry_toml.h"
#include "painjournal/lock.h"
#include "painjournal/month_edit.h"
#include "painjournal/store.h"
#include "store_detail.h"

namespace pj {

using namespace detail;

namespace {

// One month file that a rewrite touches.
struct Month {
  int year = 0, month = 0;
  std::vector<EntryEdit> edits;
  std::vector<Entry> appended;  // moved here by an amend
  LockedFile file;
  bool created = false;  // empty or missing before: written with a header, removed again on failure
  std::string before;    // its text under the lock
  MonthEditResult result;
  // The file that replaced it, locked since before it took the path, so that
  // nobody appends to it until we are done (a rollback may rewrite it).
  UniqueFd written;
};

// "2026-11" of ".../2026-11.toml".
std::string MonthName(const std::string& path) {
  std::string name = path.substr(path.find_last_of('/') + 1);
  return name.substr(0, name.size() - 5);
}

// Puts `text` in place of the month file, whole or not at all; the new file
// is locked before it takes the path.
bool Replace(Month* m, const std::string& text, std::string* err) {
  AtomicFileWriter w;
  if (!w.Open(m->file.path(), false, err)) return false;
  UniqueFd lock(dup(w.fd()));
  if (!lock.valid() || flock(lock.get(), LOCK_EX | LOCK_NB) != 0) {
    *err = Errno("cannot lock the new", m->file.path());
    return false;
  }
  w.stream().write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!w.Commit(err)) return false;
  m->written = std::move(lock);
  return true;
}

}  // namespace

bool Journal::Rewrite(const std::vector<Change>& changes, const std::string& note, std::string* err,
                      std::vector<std::string>* removed_to) {
  if (changes.empty()) return true;
  // By path, which is month order: the lock order of Append.
  std::map<std::string, Month> months;
  for (const Change& c : changes) {
    std::optional<Entry> in_place;
    if (c.replacement) {
      const MonthKey from = MonthOf(c.old), to = MonthOf(*c.replacement);
      if (from.year == to.year && from.month == to.month) {
        in_place = c.replacement;
      } else {
        Month& dest = months[MonthPath(to.year, to.month)];
        dest.year = to.year;
        dest.month = to.month;
        dest.appended.push_back(*c.replacement);
      }
    }
    months[c.path].edits.push_back(EntryEdit{c.old, in_place});
  }
  if (!EnsureDir(dir_, err)) return false;
  // A month file this rewrite made goes again on failure (we hold its lock,
  // so a waiting writer sees the path change and makes its own).
  auto drop_created = [&] {
    for (auto& [path, m] : months)
      if (m.created) unlink(path.c_str());
  };
  for (auto& [path, m] : months) {
    // A month only gained into may be new; one we take entries out of must be there.
    const int flags = O_RDWR | (m.edits.empty() ? O_CREAT : 0);
    if (!m.file.Open(path, flags, 10000, err)) {
      drop_created();
      return false;
    }
    struct stat st;
    m.created = m.edits.empty() && fstat(m.file.fd(), &st) == 0 && st.st_size == 0;
    const bool read = ReadJournalFile(path, &m.before, err);
    const std::string text = m.created ? MonthFileHeader(m.year, m.month) : m.before;
    if (!read || !EditMonthText(text, path, m.edits, m.appended, &m.result, err)) {
      drop_created();
      return false;
    }
  }

  SignalGuard guard;
  // The old entries first, so that a crash after this point loses none.
  std::vector<std::unique_ptr<SideFileAppend>> sides;
  for (auto& [path, m] : months) {
    if (m.edits.empty()) continue;
    std::string blocks;
    for (const std::string& old : m.result.old_texts) blocks += RemovedBlock(old, note);
    sides.push_back(std::make_unique<SideFileAppend>());
    if (!sides.back()->Write(path + ".removed", blocks, err, RemovedFileHeader(MonthName(path)))) {
      *err += "; nothing was changed";
      drop_created();
      return false;  // the side files written so far are cut back
    }
  }
  SyncDir(dir_);
  // Months that only gain entries first: a crash between two writes leaves
  // a moved entry in both months (check reports the duplicate), never in none.
  std::vector<Month*> order;
  for (auto& [path, m] : months)
    if (m.edits.empty()) order.push_back(&m);
  for (auto& [path, m] : months)
    if (!m.edits.empty()) order.push_back(&m);
  for (size_t k = 0; k < order.size(); ++k) {
    if (Replace(order[k], order[k]->result.text, err)) continue;
    std::string failed_back;
    for (Month* m : order) {
      if (m->created) {
        unlink(m->file.path().c_str());
      } else if (m->written.valid()) {
        std::string back_err;
        if (!Replace(m, m->before, &back_err)) failed_back += "; putting it back failed: " + back_err;
      }
    }
    *err += failed_back.empty() ? "; nothing was changed" : failed_back + "; check the journal with `journal check`";
    return false;
  }
  for (auto& side : sides) side->Keep();
  if (removed_to)
    for (auto& [path, m] : months)
      if (!m.edits.empty()) removed_to->push_back(path + ".removed");
  return true;
}

}  // namespace pj
