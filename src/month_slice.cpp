#include "painjournal/month_slice.h"

#include <cstring>
#include <vector>

#include "painjournal/time.h"

namespace pj {

namespace {

// Whether `text` holds """ or ''' (a multi-line string). One pass that
// looks at every third byte unless it is a quote: memmem and find took
// longer than the rest of the slicing on a 1.5 MB month.
bool HasTripleQuote(std::string_view text) {
  const char* p = text.data();
  for (size_t i = 0; i + 2 < text.size();) {
    const char q = p[i + 2];
    if (q != '"' && q != '\'') {
      i += 3;  // no run of three quotes can include byte i + 2
      continue;
    }
    if (p[i] == q && p[i + 1] == q) return true;
    ++i;
  }
  return false;
}

// The same over a long span with few quotes (the tables passed over):
// memchr finds the quotes, and only they are looked at.
bool HasTripleQuoteSparse(std::string_view text) {
  const char* const end = text.data() + text.size();
  for (const char q : {'"', '\''}) {
    for (const char* p = text.data(); (p = static_cast<const char*>(std::memchr(p, q, static_cast<size_t>(end - p))));
         ++p)
      if (end - p >= 3 && p[1] == q && p[2] == q) return true;
  }
  return false;
}

// The UTC day of an instant, as a date "YYYY-MM-DD".
std::string DayText(int64_t utc, int64_t shift_days) {
  int64_t day = utc / 86400 - (utc % 86400 < 0 ? 1 : 0);
  return FormatDate(CivilFromDays(day + shift_days));
}

bool IsDateText(std::string_view s) {
  if (s.size() < 10) return false;
  for (size_t i = 0; i < 10; ++i) {
    const char c = s[i];
    if (i == 4 || i == 7 ? c != '-' : (c < '0' || c > '9')) return false;
  }
  return true;
}

}  // namespace

MonthSlicer::MonthSlicer(int64_t since, bool only_done)
    // An offset moves a local date by less than a day either way.
    : since_(since), only_done_(only_done), lo_(DayText(since - 86400, 0)), hi_(DayText(since + 86400, 0)) {}

void MonthSlicer::Feed(std::string_view piece) {
  while (!piece.empty() && !declined_) {
    if (partial_.empty() && in_table_ && has_at_ && !keep_) {
      // A table before `since`, most of a month: only a line that may begin
      // a table, set `at` again or be a quoted key needs Line; the others
      // are passed over, looked at only for a triple quote.
      const char* const begin = piece.data();
      const char* const end = begin + piece.size();
      const char* line = begin;
      while (line != end) {
        const char c = *line;
        if (c == '[' || c == ' ' || c == '\t' || c == 'a' || c == '"' || c == '\'') break;
        const char* nl = static_cast<const char*>(std::memchr(line, '\n', static_cast<size_t>(end - line)));
        if (!nl) break;
        line = nl + 1;
      }
      if (HasTripleQuoteSparse(std::string_view(begin, static_cast<size_t>(line - begin)))) {
        declined_ = true;
        return;
      }
      piece.remove_prefix(static_cast<size_t>(line - begin));
      if (piece.empty()) return;
    }
    const size_t nl = piece.find('\n');
    if (nl == std::string_view::npos) {
      partial_.append(piece);
      return;
    }
    if (partial_.empty()) {
      Line(piece.substr(0, nl + 1));
    } else {
      partial_.append(piece.substr(0, nl + 1));
      Line(partial_);
      partial_.clear();
    }
    piece.remove_prefix(nl + 1);
  }
}

// Every line that begins with '[' must begin an entry (no sub-table, no
// other table), and each entry needs one `at = DATE` line. A multi-line
// string may hold lines that look like either, and an indented header is a
// table this scan would not see: the whole parse decides then.
void MonthSlicer::Line(std::string_view l) {
  constexpr std::string_view kHeader = "[[entry]]", kAt = "at = ";
  if (declined_) return;
  if (HasTripleQuote(l)) {
    declined_ = true;
    return;
  }
  if (l[0] == '[') {
    if (l.substr(0, kHeader.size()) != kHeader) {
      declined_ = true;
      return;
    }
    CloseTable();
    in_table_ = any_table_ = true;
    has_at_ = has_did_ = keep_ = false;
  } else if (l[0] == 'a' && l.substr(0, kAt.size()) == kAt) {
    if (!in_table_ || has_at_ || !IsDateText(l.substr(kAt.size()))) {
      declined_ = true;
      return;
    }
    has_at_ = true;
    const std::string_view date = l.substr(kAt.size(), 10);
    keep_ = date > hi_;
    if (date >= lo_ && date <= hi_) {
      Time t;
      std::string err;
      std::string_view value = l.substr(kAt.size());
      value = value.substr(0, value.find_first_of(" \t\r\n#"));
      // What does not parse here is kept: the parse of the slice reports it.
      keep_ = !ParseDateTime(value, &t, &err) || t.utc >= since_;
    }
  } else if (l[0] == 'd' && l.substr(0, 3) == "did") {
    const size_t eq = l.find_first_not_of(" \t", 3);
    has_did_ = has_did_ || (eq != std::string_view::npos && l[eq] == '=');
  } else if (l[0] == '"' || l[0] == '\'') {
    declined_ = true;  // a quoted key could be `at` or `did`
    return;
  } else if (l[0] == ' ' || l[0] == '\t') {
    const size_t first = l.find_first_not_of(" \t");
    if (first != std::string_view::npos && l[first] == '[') {
      declined_ = true;
      return;
    }
  }
  if (!in_table_) out_.append(l);  // the file's header
  else if (keep_ || !has_at_) table_.append(l);
}

void MonthSlicer::CloseTable() {
  if (!in_table_) return;
  if (!has_at_) declined_ = true;
  if (keep_ && (has_did_ || !only_done_)) out_.append(table_);
  table_.clear();
  in_table_ = false;
}

bool MonthSlicer::Finish(std::string* out) {
  if (!partial_.empty()) Line(partial_);
  partial_.clear();
  CloseTable();
  if (declined_ || !any_table_) return false;
  *out = std::move(out_);
  return true;
}

bool SliceMonth(std::string_view text, int64_t since, std::string* out, bool only_done) {
  MonthSlicer s(since, only_done);
  s.Feed(text);
  return s.Finish(out);
}

}  // namespace pj
