// What the fuzz harnesses share: a failed check that stops the run (libFuzzer
// and the standalone driver both report an abort as a finding), and the
// export-import round trips that SPEC section 3 promises for every value an
// import accepts.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "painjournal/csv.h"
#include "painjournal/entry.h"
#include "painjournal/entry_json.h"
#include "painjournal/entry_toml.h"
#include "painjournal/month_reader.h"
#include "painjournal/vocab.h"

namespace pjfuzz {

inline std::string_view Text(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

// Stops the run with a message: the input that got here is a finding.
[[noreturn]] inline void Finding(const std::string& what) {
  std::fprintf(stderr, "FINDING: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

inline std::string Show(const std::vector<pj::Entry>& entries) {
  std::string out;
  for (const pj::Entry& e : entries) out += "  " + pj::EntryJsonLine(e) + "\n";
  return out;
}

inline void ExpectSame(const std::vector<pj::Entry>& want, const std::vector<pj::Entry>& got, const std::string& what) {
  if (want != got) Finding(what + ": entries differ\nwant:\n" + Show(want) + "got:\n" + Show(got));
}

inline const pj::Vocabulary& Vocab() {
  static const pj::Vocabulary v = pj::Vocabulary::BuiltIn();
  return v;
}

// `journal export` as CSV (with the formula guard) and as JSON, the way
// src/cli/entry_output.cpp writes them.
inline std::string ExportCsv(const std::vector<pj::Entry>& entries) {
  std::vector<std::string> names;
  for (const pj::Entry& e : entries)
    for (const auto& f : e.factors) names.push_back(f.first);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::string out = pj::CsvHeaderLine(names);
  for (const pj::Entry& e : entries) out += pj::CsvRow(e, names, false);
  return out;
}

inline std::string ExportJson(const std::vector<pj::Entry>& entries) {
  std::string out = "[";
  for (size_t i = 0; i < entries.size(); ++i) out += (i ? ",\n" : "\n") + pj::EntryJsonLine(entries[i]);
  return out + (entries.empty() ? "]\n" : "\n]\n");
}

// Every entry an import accepted reads back the same from a CSV export, a
// JSON export, and the month file that `import` would append it to.
inline void CheckRoundTrips(const std::vector<pj::Entry>& accepted) {
  std::string err;
  std::vector<pj::Entry> back;
  std::string csv = ExportCsv(accepted);
  if (!pj::EntriesFromCsv(csv, "export.csv", Vocab(), &back, &err))
    Finding("the CSV export does not import again: " + err + "\nexport:\n" + csv);
  ExpectSame(accepted, back, "CSV export -> import");

  back.clear();
  std::string json = ExportJson(accepted);
  if (!pj::EntriesFromJson(json, "export.json", Vocab(), &back, &err))
    Finding("the JSON export does not import again: " + err + "\nexport:\n" + json);
  ExpectSame(accepted, back, "JSON export -> import");

  for (pj::Entry e : accepted) {
    if (e.id.empty()) e.id = "01JD3QY8Z6K3T9W2M4N5P6R7S8";  // import gives each entry without one a ULID
    pj::Date d = pj::LocalDate(e.at);
    std::string month = pj::MonthFileHeader(d.year, d.month) + "\n" + pj::FormatEntryToml(e);
    pj::MonthData data;
    pj::ParseMonth(month, "month.toml", &data);
    if (!data.problems.empty())
      Finding("the month file of an imported entry has a problem: " + pj::FormatProblem(data.problems[0]) +
              "\nfile:\n" + month);
    ExpectSame({e}, data.entries, "month file append -> read");
  }
}

}  // namespace pjfuzz
