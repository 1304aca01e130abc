#include "painjournal/filter.h"

#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <iterator>
#include <mutex>
#include <set>
#include <thread>

#include "painjournal/month_layout.h"

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

// How many threads read months: one per core, at most 4, never more than
// there are months; 0 asks for that default.
unsigned ReaderCount(unsigned asked, size_t months) {
  if (asked == 0) asked = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
  return static_cast<unsigned>(std::min<size_t>(asked, months));
}

// Calls fn(i) once for each i in [0, n), on `threads` threads taking the
// next i in turn. The first exception is rethrown here once all are done.
void ParallelFor(size_t n, unsigned threads, const std::function<void(size_t)>& fn) {
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::exception_ptr error;
  std::mutex mu;
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) {
      try {
        fn(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mu);
        if (!error) error = std::current_exception();
        next = n;
      }
    }
  };
  // Joined however this ends: a thread that cannot be started throws, and
  // the ones already running must not be left joinable.
  struct Pool {
    std::vector<std::thread> threads;
    ~Pool() {
      for (std::thread& t : threads)
        if (t.joinable()) t.join();
    }
  } pool;
  for (unsigned t = 1; t < threads; ++t) pool.threads.emplace_back(work);
  work();
  for (std::thread& t : pool.threads) t.join();
  if (error) std::rethrow_exception(error);
}

std::vector<MonthFile> MonthsFor(const Journal& j, const Filter& f, std::string* err) {
  err->clear();
  std::vector<MonthFile> months = j.MonthFiles(err);
  months.erase(std::remove_if(months.begin(), months.end(),
                              [&](const MonthFile& m) { return !MonthMayHold(m.year, m.month, f.since, f.until); }),
               months.end());
  return months;
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
                std::vector<Problem>* problems, std::string* err, unsigned readers, unsigned ahead) {
  const std::vector<MonthFile> months = MonthsFor(j, f, err);
  if (!err->empty()) return false;
  readers = ReaderCount(readers, months.size());
  if (readers <= 1) {
    for (const MonthFile& m : months) {
      std::vector<Entry> entries;
      LoadFiltered(j, m, f, &entries, problems);
      if (!entries.empty()) visit(entries);
    }
    return true;
  }
  // Each month is read by itself: while the caller visits month i, the
  // `readers` threads read and parse the next `ahead` months per reader,
  // and the caller takes them in order. On two cores this halves the time
  // of analyze and export (parsing is nine tenths of it). The threads live
  // for the whole scan: one per month (std::async) cost a clone, a stack
  // and its page faults each. A thread is woken only when it waits: on
  // this build machine a futex wake-up costs ~15 us, and waking everyone
  // after every month was 5% of an export.
  struct Loaded {
    std::vector<Entry> entries;
    std::vector<Problem> problems;
    std::exception_ptr error;
    unsigned reader = 0;  // which reader parsed it, and frees it
    bool ready = false;
  };
  const size_t in_flight = size_t{readers} * std::max(ahead, 1u);
  constexpr size_t kNobody = static_cast<size_t>(-1);
  std::vector<Loaded> loaded(months.size());
  std::mutex mu;
  std::condition_variable to_caller, to_readers;
  size_t next = 0;                  // the next month a reader takes
  size_t consumed = 0;              // months the caller has taken
  size_t caller_waits_for = kNobody;  // the month the caller waits for
  unsigned readers_waiting = 0;
  bool stop = false;
  // Visited months, freed by the reader that parsed them: their memory came
  // from its malloc arena, and a free from another thread contends for it.
  std::vector<std::vector<std::vector<Entry>>> done(readers);
  auto reader = [&](unsigned me) {
    std::unique_lock<std::mutex> lock(mu);
    for (;;) {
      const auto can_go = [&] { return stop || next >= months.size() || next < consumed + in_flight; };
      if (!can_go()) {
        ++readers_waiting;
        to_readers.wait(lock, can_go);
        --readers_waiting;
      }
      if (stop || next >= months.size()) return;
      const size_t i = next++;
      std::vector<std::vector<Entry>> to_free = std::move(done[me]);
      done[me].clear();
      lock.unlock();
      to_free.clear();
      Loaded l;
      l.reader = me;
      try {
        LoadFiltered(j, months[i], f, &l.entries, &l.problems);
      } catch (...) {
        l.error = std::current_exception();
      }
      lock.lock();
      l.ready = true;
      loaded[i] = std::move(l);
      if (caller_waits_for == i) to_caller.notify_one();
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
  } joiner{&threads, &mu, &to_readers, &stop};
  for (unsigned r = 0; r < readers; ++r) threads.emplace_back(reader, r);
  std::vector<Entry> visited;  // the month before, handed to its reader to free
  unsigned visited_by = 0;
  for (size_t i = 0; i < months.size(); ++i) {
    Loaded l;
    bool wake = false;
    {
      std::unique_lock<std::mutex> lock(mu);
      if (!visited.empty()) done[visited_by].push_back(std::move(visited));
      if (!loaded[i].ready) {
        caller_waits_for = i;
        to_caller.wait(lock, [&] { return loaded[i].ready; });
        caller_waits_for = kNobody;
      }
      l = std::move(loaded[i]);
      consumed = i + 1;
      wake = readers_waiting > 0;
    }
    if (wake) to_readers.notify_one();  // one more month may be read ahead
    if (l.error) std::rethrow_exception(l.error);
    problems->insert(problems->end(), l.problems.begin(), l.problems.end());
    if (!l.entries.empty()) visit(l.entries);
    visited = std::move(l.entries);
    visited_by = l.reader;
  }
  joiner.Join();  // the readers are done; what they cached goes back to their arenas
  done.clear();
  visited.clear();
  // The readers' malloc arenas keep the months they parsed as free memory
  // that still counts as the process's; a million-entry analyze held 30 MB
  // of it through the analysis. Handed back to the system here.
  malloc_trim(0);
  return true;
}

std::vector<std::string> MonthFactorNames(const Journal& j, const MonthFile& m, const Filter& f) {
  const bool unfiltered = !f.since && !f.until && f.sites.empty() && f.did.empty() && f.tags.empty();
  std::vector<std::string> names;
  std::string text, read_err;
  if (!unfiltered || !ReadJournalFile(m.path, &text, &read_err) || !ScanFactorNames(text, &names)) {
    names.clear();
    MonthData data;
    j.LoadMonth(m, &data);
    for (const Entry& e : data.entries)
      if (Matches(f, e))
        for (const auto& fa : e.factors) names.push_back(fa.first);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  names.shrink_to_fit();
  return names;
}

bool CollectFactorNames(const Journal& j, const Filter& f, std::vector<std::string>* names, std::string* err,
                        unsigned readers) {
  names->clear();
  const std::vector<MonthFile> months = MonthsFor(j, f, err);
  if (!err->empty()) return false;
  std::vector<std::vector<std::string>> found(months.size());
  ParallelFor(months.size(), ReaderCount(readers, months.size()),
              [&](size_t i) { found[i] = MonthFactorNames(j, months[i], f); });
  std::set<std::string> all;
  for (const auto& month : found) all.insert(month.begin(), month.end());
  names->assign(all.begin(), all.end());
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
