#include "painjournal/filter.h"

#include <malloc.h>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <iterator>

namespace pj {

namespace {

bool AnyOf(const std::vector<std::string>& want, const std::vector<std::string>& have) {
  for (const auto& w : want)
    if (std::find(have.begin(), have.end(), w) != have.end()) return true;
  return false;
}

void LoadFiltered(const Journal& j, const MonthFile& m, const Filter& f, std::vector<Entry>* out,
                  std::vector<Problem>* problems) {
  MonthData data;
  j.LoadMonth(m, &data);
  problems->insert(problems->end(), data.problems.begin(), data.problems.end());
  // Kept in place: moving a month of entries into a new vector was a tenth
  // of reading it.
  data.entries.erase(std::remove_if(data.entries.begin(), data.entries.end(),
                                    [&](const Entry& e) { return !Matches(f, e); }),
                     data.entries.end());
  *out = std::move(data.entries);
  SortEntries(out);
}

// Whether `have` holds a tag equal to one of `want` (lower case) in any
// ASCII case, without building lower-case copies.
bool AnyTag(const std::vector<std::string>& want, const std::vector<std::string>& have) {
  for (const auto& h : have)
    for (const auto& w : want)
      if (h.size() == w.size() && std::equal(h.begin(), h.end(), w.begin(), [](char a, char b) {
            return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
          }))
        return true;
  return false;
}

}  // namespace

bool Matches(const Filter& f, const Entry& e) {
  if (f.since && e.at.utc < *f.since) return false;
  if (f.until && e.at.utc > *f.until) return false;
  if (!f.sites.empty() && (!e.site || std::find(f.sites.begin(), f.sites.end(), *e.site) == f.sites.end()))
    return false;
  if (!f.did.empty() && !AnyOf(f.did, e.did)) return false;
  if (!f.tags.empty() && !AnyTag(f.tags, e.tags)) return false;
  return true;
}

bool ScanMonths(const Journal& j, const Filter& f, const std::function<void(std::vector<Entry>&)>& visit,
                std::vector<Problem>* problems, std::string* err, unsigned readers) {
  err->clear();
  std::vector<MonthFile> months = j.MonthFiles(err);
  if (!err->empty()) return false;
  months.erase(std::remove_if(months.begin(), months.end(),
                              [&](const MonthFile& m) { return !MonthMayHold(m.year, m.month, f.since, f.until); }),
               months.end());
  if (readers == 0) readers = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
  readers = static_cast<unsigned>(std::min<size_t>(readers, months.size()));
  if (readers <= 1) {
    for (const MonthFile& m : months) {
      std::vector<Entry> entries;
      LoadFiltered(j, m, f, &entries, problems);
      if (!entries.empty()) visit(entries);
    }
    return true;
  }
  // Each month is read by itself: while the caller visits month i, the
  // `readers` threads read and parse months i+1 .. i+readers, and the
  // caller takes them in order. On two cores this halves the time of
  // analyze and export (parsing is nine tenths of it); one month per reader
  // in flight keeps the memory. The threads live for the whole scan: one
  // per month (std::async) cost a clone, a stack and its page faults each.
  struct Loaded {
    std::vector<Entry> entries;
    std::vector<Problem> problems;
    std::exception_ptr error;
    bool ready = false;
  };
  std::vector<Loaded> loaded(months.size());
  std::mutex mu;
  std::condition_variable cv;
  size_t next = 0;      // the next month a reader takes
  size_t consumed = 0;  // months the caller has taken
  bool stop = false;
  // Visited months, freed by a reader: their memory came from the readers'
  // malloc arenas, and freeing it on the caller's thread contended for them.
  std::vector<std::vector<Entry>> done;
  auto reader = [&] {
    std::unique_lock<std::mutex> lock(mu);
    for (;;) {
      cv.wait(lock, [&] { return stop || next >= months.size() || next < consumed + readers; });
      if (stop || next >= months.size()) return;
      const size_t i = next++;
      std::vector<std::vector<Entry>> to_free = std::move(done);
      done.clear();
      lock.unlock();
      to_free.clear();
      Loaded l;
      try {
        LoadFiltered(j, months[i], f, &l.entries, &l.problems);
      } catch (...) {
        l.error = std::current_exception();
      }
      lock.lock();
      l.ready = true;
      loaded[i] = std::move(l);
      cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  // Stops and joins the readers however the scan ends (visit may throw).
  struct Joiner {
    std::vector<std::thread>* threads;
    std::mutex* mu;
    std::condition_variable* cv;
    bool* stop;
    void Join() {
      {
        std::lock_guard<std::mutex> lock(*mu);
        *stop = true;
      }
      cv->notify_all();
      for (std::thread& t : *threads)
        if (t.joinable()) t.join();
    }
    ~Joiner() { Join(); }
  } joiner{&threads, &mu, &cv, &stop};
  for (unsigned r = 0; r < readers; ++r) threads.emplace_back(reader);
  for (size_t i = 0; i < months.size(); ++i) {
    Loaded l;
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return loaded[i].ready; });
      l = std::move(loaded[i]);
      consumed = i + 1;
    }
    cv.notify_all();
    if (l.error) std::rethrow_exception(l.error);
    problems->insert(problems->end(), l.problems.begin(), l.problems.end());
    if (!l.entries.empty()) visit(l.entries);
    std::lock_guard<std::mutex> lock(mu);
    done.push_back(std::move(l.entries));
  }
  joiner.Join();  // the readers are done; what they cached goes back to their arenas
  done.clear();
  // The readers' malloc arenas keep the months they parsed as free memory
  // that still counts as the process's; a million-entry analyze held 30 MB
  // of it through the analysis. Handed back to the system here.
  malloc_trim(0);
  return true;
}

bool LoadEntries(const Journal& j, const Filter& f, std::vector<Entry>* out, std::vector<Problem>* problems,
                 std::string* err) {
  out->clear();
  bool ok = ScanMonths(j, f, [&](std::vector<Entry>& month) {
    out->insert(out->end(), std::make_move_iterator(month.begin()), std::make_move_iterator(month.end()));
  }, problems, err);
  // A neighbouring month may hold an entry out of order across offsets
  // (rarely: the months come sorted, so check before sorting).
  SortEntries(out);
  return ok;
}

bool LoadLast(const Journal& j, const Filter& f, size_t n, std::vector<Entry>* out, std::vector<Problem>* problems,
              std::string* err) {
  err->clear();
  std::vector<MonthFile> months = j.MonthFiles(err);
  if (!err->empty()) return false;
  std::vector<Entry> collected, month_entries;
  if (n == 0) {
    out->clear();
    return true;
  }
  for (auto it = months.rbegin(); it != months.rend(); ++it) {
    if (!MonthMayHold(it->year, it->month, f.since, f.until)) continue;
    if (collected.size() >= n) {
      // Enough, unless this older month can still hold an instant later
      // than the n-th newest so far (offsets move entries across months).
      std::nth_element(collected.begin(), collected.end() - static_cast<long>(n), collected.end(), EntryBefore);
      if (!MonthMayHold(it->year, it->month, (collected.end() - static_cast<long>(n))->at.utc, f.until)) break;
    }
    LoadFiltered(j, *it, f, &month_entries, problems);
    collected.insert(collected.begin(), month_entries.begin(), month_entries.end());
  }
  // A neighbouring month may hold an entry out of order across offsets.
  SortEntries(&collected);
  if (collected.size() > n) collected.erase(collected.begin(), collected.end() - static_cast<long>(n));
  *out = std::move(collected);
  return true;
}

}  // namespace pj
