#include "painjournal/filter.h"

#include <algorithm>
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
                std::vector<Problem>* problems, std::string* err) {
  std::vector<Entry> entries;
  err->clear();
  std::vector<MonthFile> months = j.MonthFiles(err);
  if (!err->empty()) return false;
  for (const MonthFile& m : months) {
    if (!MonthMayHold(m.year, m.month, f.since, f.until)) continue;
    LoadFiltered(j, m, f, &entries, problems);
    if (!entries.empty()) visit(entries);
  }
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
