// What the commands that write entries share: the field options of `add`
// (also amend's), the one-line description of an entry in confirmations,
// and naming entries by id (delete, amend, undo).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "context.h"

namespace pj {

// The values of the field options (--site ... --factor, --at, --new), by
// option name. Built from the field table (entry_fields.h), so a new field
// is a new option of add and amend with no code here.
struct EntryOptions {
  std::string at;
  std::map<std::string, std::string> one;                // single-valued options
  std::map<std::string, std::vector<std::string>> many;  // repeatable ones (lists, factors)
  bool is_new = false;
};

// The fields whose option may be repeated or take a comma list.
bool RepeatableField(const Field& f);
// Adds --site, --intensity, ..., --factor, --at and --new to `sub`, in
// table order, with the help of the field table.
void AddEntryOptions(CLI::App* sub, EntryOptions* o);

// "neck 6/10 (massage) at 2026-11-21 09:14", "stretching, walk at ...",
// "check-in at ...": an entry in one line, made safe for a terminal.
std::string DescribeEntry(const Entry& e);

// Every entry of the journal with the month file it is in.
struct JournalEntry {
  std::string path;
  Entry entry;
};
struct LoadedJournal {
  std::vector<JournalEntry> entries;
  size_t unloaded = 0;  // problems found: entries that may not have loaded
};
// Reads every month file; false (exit 1) when the directory cannot be read.
bool LoadJournal(const Context& ctx, LoadedJournal* out, std::string* err);

// Resolves the ids (or unique prefixes of 6+ characters) the user gave to
// indices of `j.entries`, each entry once, in the order given. On failure
// `err` names the candidates (ambiguous) or the closest ids (unknown).
bool ResolveIds(const LoadedJournal& j, const std::vector<std::string>& given, std::vector<size_t>* out,
                std::string* err);

// Takes the entries `which` of `j` out of the journal (Journal::Rewrite:
// the old ones go to MONTH.toml.removed) and says so in one line:
// "Removed ID: neck 6/10 at ... (kept in FILE.removed)". `command` names
// the command in the side file; `dry_run` only says what would go.
int RemoveEntries(Context& ctx, const LoadedJournal& j, const std::vector<size_t>& which, const std::string& command,
                  bool dry_run);

// Asks "QUESTION [y/N] " on the terminal; true on yes.
bool Confirm(Context& ctx, const std::string& question);
// Both stdin and stdout are a terminal: a person is there to answer.
bool Interactive(const Context& ctx);

}  // namespace pj
