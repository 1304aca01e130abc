// Reading a month file: which path reads it, the rules for where a file
// ends (torn tails), and how fields become entries with the problems a
// reader reports. The paths themselves: month_fast.cpp (the layout the
// program writes) and month_toml.cpp (anything else, through toml++).
#include "painjournal/month_reader.h"

#include "month_raw.h"
#include "painjournal/month_layout.h"

namespace pj {

std::string FormatProblem(const Problem& p) {
  if (p.line == 0) return p.message;  // about the whole file; the message names it
  return p.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.col) + ": " + p.message;
}

// ---- Where a file ends: every torn-tail rule, for both paths ----
//
// The last entry table is torn (a crash cut its write, or it is half
// typed) when it does not parse, has `# begin` but no `# end`, or has no
// `at`. A sealed one is then not loaded, since what was persisted may
// parse and still hold a cut value (`intensity = 1` of `intensity = 10`).
// An earlier table with `# begin` and no `# end` is loaded, with a
// warning: no append of ours can bury a torn entry, so it is a hand edit.
// A file that is a strict prefix of the header the program writes first
// is torn from its first byte.

bool JudgeCutFileHeader(std::string_view text, const std::string& file, MonthData* out) {
  if (!IsCutFileHeader(text)) return false;
  *out = MonthData{};
  out->torn_tail = true;
  out->torn_sealed = true;  // only the program writes that header
  out->tail_offset = 0;
  out->problems.push_back(
      Problem{file, 1, 1, "the file holds only part of its header (its first write was cut short); no entries"});
  return true;
}

bool JudgeEntry(const EntryShape& s, const std::string& file, MonthData* out, const Problem* unparsed) {
  const bool cut_seal = s.begun && !s.ended;
  auto torn = [&](bool sealed) {
    out->torn_tail = true;
    out->torn_sealed = sealed;
    out->tail_offset = s.offset;
  };
  if (unparsed) {
    Problem p = *unparsed;
    p.message += s.last ? "; the last entry is not loaded (cut short?)" : "; this entry is not loaded";
    out->problems.push_back(std::move(p));
    if (s.last) torn(cut_seal);
    return false;
  }
  if (cut_seal && s.last) {
    torn(true);
    out->problems.push_back(Problem{file, s.line, s.col,
                                    "the last entry is not loaded: it has `# begin` but no `# end` line, so its "
                                    "write was cut short (if you wrote it by hand, end it with the line `# end`)"});
    return false;
  }
  if (cut_seal)
    out->problems.push_back(Problem{file, s.line, s.col,
                                    "entry has `# begin` but no `# end` line: check its values, then add the "
                                    "line `# end` after it"});
  // Loaded all the same: FinishEntry reports the missing `at`.
  if (s.last && s.from_header && !s.has_at) torn(false);
  return true;
}

// ---- From fields to entries ----

bool AddEntryField(EntryBuilder* b, const FieldPlace& at, const RawValue& v, const std::string& file,
                   std::vector<Problem>* problems) {
  std::string err;
  switch (at.field ? b->Set(*at.field, v, &err) : b->Set(at.key, v, &err)) {
    case EntryBuilder::Result::kOk: return true;
    case EntryBuilder::Result::kBad:
      problems->push_back(Problem{file, at.line, at.col, "entry not loaded: " + err});
      return false;
    case EntryBuilder::Result::kUnknownKey:
      problems->push_back(Problem{file, at.line, at.col,
                                  "unknown key '" + std::string(at.key) + "' ignored; entry keys are " +
                                      FieldKeyList()});
      return true;
  }
  return true;
}

bool FinishEntry(EntryBuilder* b, const EntryShape& shape, const FieldPlace* places, size_t n_places,
                 const std::string& file, Entry* e, std::vector<Problem>* problems) {
  if (!b->has_at()) {
    problems->push_back(Problem{file, shape.line, shape.col, "entry not loaded: it has no `at` date-time"});
    return false;
  }
  // Range and value checks of the whole entry, reported at the field at fault.
  std::string err, field;
  if (!b->Finish(e, &err, &field)) {
    Problem p{file, shape.line, shape.col, "entry not loaded: " + err};
    for (size_t i = 0; i < n_places; ++i)
      if (places[i].key == field) {
        p.line = places[i].line;
        p.col = places[i].col;
      }
    problems->push_back(std::move(p));
    return false;
  }
  for (const std::string& n : b->notes()) problems->push_back(Problem{file, shape.line, shape.col, n});
  if (e->id.empty())
    problems->push_back(Problem{file, shape.line, shape.col,
                                "entry has no id; it is loaded, but an import cannot recognise it as a duplicate"});
  return true;
}

void CheckFormat(int64_t format, int line, int col, const std::string& file, MonthData* out) {
  if (format != 1)
    out->problems.push_back(Problem{file, line, col,
                                    "format " + std::to_string(format) +
                                        " is not one this version reads (1); entries may be misread"});
}

// ---- Which path ----

void ParseMonth(std::string_view text, const std::string& file, MonthData* out) {
  if (JudgeCutFileHeader(text, file, out)) return;
  if (ParseMonthFast(text, file, out)) return;
  ParseMonthToml(text, file, out);
}

}  // namespace pj
