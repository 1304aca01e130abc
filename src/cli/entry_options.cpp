#include "entry_options.h"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <iostream>

#include "painjournal/id_lookup.h"
#include "painjournal/util.h"

namespace pj {

bool RepeatableField(const Field& f) {
  return f.kind == FieldKind::kActions || f.kind == FieldKind::kTags || f.kind == FieldKind::kFactors;
}

void AddEntryOptions(CLI::App* sub, EntryOptions* o) {
  for (const Field& f : kFields) {
    if (f.option.empty() || f.kind == FieldKind::kTime) continue;
    const std::string name = "--" + std::string(f.option), help(f.option_help);
    if (RepeatableField(f)) sub->add_option(name, o->many[std::string(f.option)], help)->allow_extra_args(false);
    else sub->add_option(name, o->one[std::string(f.option)], help);
  }
  sub->add_option("--at", o->at, std::string(FindField("at")->option_help));
  sub->add_flag("--new", o->is_new, "Accept a site or action that is not in the vocabulary yet, and add it to the journal's vocab.toml");
}

std::string DescribeEntry(const Entry& e) {
  std::string did = Join(e.did, ", ");
  std::string what = e.site ? *e.site : did.empty() ? "check-in" : did;
  if (e.intensity()) what += " " + std::to_string(*e.intensity()) + "/10";
  if (e.site && !did.empty()) what += " (" + did + ")";
  return Visible(what) + " at " + FormatDate(LocalDate(e.at)) + " " + FormatClock(e.at);
}

bool LoadJournal(const Context& ctx, LoadedJournal* out, std::string* err) {
  err->clear();
  const std::vector<MonthFile> months = ctx.journal.MonthFiles(err);
  if (!err->empty()) return false;
  for (const MonthFile& m : months) {
    MonthData data;
    ctx.journal.LoadMonth(m, &data);
    out->unloaded += data.problems.size();
    for (Entry& e : data.entries) out->entries.push_back(JournalEntry{m.path, std::move(e)});
  }
  return true;
}

namespace {

std::string Candidates(const LoadedJournal& j, const std::vector<size_t>& which, size_t most) {
  std::string out;
  for (size_t k = 0; k < which.size() && k < most; ++k) {
    const Entry& e = j.entries[which[k]].entry;
    out += std::string(k ? ", " : "") + Visible(e.id) + " (" + DescribeEntry(e) + ")";
  }
  if (which.size() > most) out += " and " + std::to_string(which.size() - most) + " more";
  return out;
}

}  // namespace

bool ResolveIds(const LoadedJournal& j, const std::vector<std::string>& given, std::vector<size_t>* out,
                std::string* err) {
  std::vector<std::string> ids;
  ids.reserve(j.entries.size());
  for (const JournalEntry& je : j.entries) ids.push_back(je.entry.id);
  for (const std::string& g : given) {
    const std::string id = Trim(g);
    const IdLookup found = LookUpId(ids, id);
    if (found.too_short) {
      *err = "id '" + id + "' is too short: give at least " + std::to_string(kMinIdPrefix) +
             " characters of an id (`journal list --ids` shows them)";
      return false;
    }
    if (found.matches.empty()) {
      *err = "no entry has an id beginning with '" + id + "'";
      if (!found.closest.empty()) *err += "; the closest: " + Candidates(j, found.closest, 3);
      if (j.unloaded > 0) *err += "; some entries do not load (see `journal check`)";
      return false;
    }
    if (found.matches.size() > 1) {
      const std::string& first = ids[found.matches[0]];
      bool same = true;
      for (size_t m : found.matches) same &= ids[m] == first;
      if (same) {
        *err = "id " + Visible(first) + " is in the journal " + std::to_string(found.matches.size()) +
               " times (see `journal check`); give each its own id with `journal edit` first";
      } else {
        *err = "id '" + id + "' is ambiguous: it begins " + std::to_string(found.matches.size()) + " ids: " +
               Candidates(j, found.matches, 5) + "; give more characters";
      }
      return false;
    }
    const size_t index = found.matches[0];
    bool seen = false;
    for (size_t k : *out) seen |= k == index;
    if (!seen) out->push_back(index);
  }
  return true;
}

bool Interactive(const Context& ctx) { return ctx.stdin_is_tty && isatty(STDOUT_FILENO); }

bool Confirm(Context& ctx, const std::string& question) {
  *ctx.err << question << " [y/N] " << std::flush;
  std::string answer;
  if (!std::getline(*ctx.in, answer)) return false;
  answer = Lower(Trim(answer));
  return answer == "y" || answer == "yes";
}

int RemoveEntries(Context& ctx, const LoadedJournal& j, const std::vector<size_t>& which, const std::string& command,
                  bool dry_run) {
  std::string what;
  if (which.size() == 1) {
    const Entry& e = j.entries[which[0]].entry;
    what = e.id + ": " + DescribeEntry(e);
  } else {
    what = std::to_string(which.size()) + " entries: ";
    for (size_t k = 0; k < which.size(); ++k) what += (k ? ", " : "") + j.entries[which[k]].entry.id;
  }
  if (dry_run) {
    if (!ctx.quiet) *ctx.out << "Would remove " << Visible(what) << "\n";
    return kExitOk;
  }
  std::vector<Journal::Change> changes;
  for (size_t k : which) changes.push_back(Journal::Change{j.entries[k].path, j.entries[k].entry, std::nullopt});
  std::string err;
  std::vector<std::string> sides;
  if (!ctx.journal.Rewrite(changes, "removed by `journal " + command + "` at " + FormatDateTime(ctx.now), &err, &sides))
    return Fail(ctx, kExitFailure, err);
  if (!ctx.quiet) *ctx.out << "Removed " << Visible(what) << " (kept in " << Visible(Join(sides, ", ")) << ")\n";
  return kExitOk;
}

}  // namespace pj
