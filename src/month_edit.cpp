#include "painjournal/month_edit.h"

#include <algorithm>

#include "painjournal/entry_toml.h"
#include "painjournal/month_layout.h"
#include "painjournal/month_reader.h"

namespace pj {

namespace {

// A stretch of the old text and what takes its place.
struct Cut {
  size_t begin = 0, end = 0;
  std::string insert;
};

// Finds the one loaded entry of `data` with `id`; its index in `*index`.
bool FindOnce(const MonthData& data, const std::string& id, const std::string& file, size_t* index,
              std::string* err) {
  size_t found = 0;
  for (size_t i = 0; i < data.entries.size(); ++i) {
    if (data.entries[i].id != id) continue;
    if (found++ == 0) {
      *index = i;
    } else {
      *err = "id " + id + " is in " + file + " twice (lines " + std::to_string(data.entry_lines[*index]) + " and " +
             std::to_string(data.entry_lines[i]) + "); give one a new id with `journal edit` first";
      return false;
    }
  }
  if (found == 0) {
    *err = "entry " + id + " is no longer in " + file + " (another program changed the file meanwhile); run the command again";
    return false;
  }
  return true;
}

}  // namespace

bool EditMonthText(std::string_view text, const std::string& file, const std::vector<EntryEdit>& edits,
                   const std::vector<Entry>& appended, MonthEditResult* out, std::string* err) {
  MonthData before;
  ParseMonth(text, file, &before);
  const std::vector<EntrySpan> spans = ScanEntries(text);
  std::vector<Entry> expected = before.entries;
  std::vector<bool> dropped(expected.size(), false);
  std::vector<Cut> cuts;
  out->old_texts.clear();
  for (const EntryEdit& edit : edits) {
    size_t i = 0;
    if (!FindOnce(before, edit.old.id, file, &i, err)) return false;
    if (before.entries[i] != edit.old) {
      *err = "entry " + edit.old.id + " in " + file + " was changed by another program meanwhile; run the command again";
      return false;
    }
    auto span = std::find_if(spans.begin(), spans.end(), [&](const EntrySpan& s) {
      return s.line == before.entry_lines[i] && !s.cut_header;
    });
    if (span == spans.end() || span->end <= span->offset) {
      *err = file + ":" + std::to_string(before.entry_lines[i]) +
             ": entry " + edit.old.id + " is not an [[entry]] table the journal can take out; change it with `journal edit`";
      return false;
    }
    Cut cut{span->offset, span->end, ""};
    out->old_texts.emplace_back(text.substr(cut.begin, cut.end - cut.begin));
    if (edit.replacement) {
      cut.insert = FormatEntryToml(*edit.replacement);
      expected[i] = *edit.replacement;
    } else {
      // The blank line `add` wrote before the entry goes with it.
      if (cut.begin >= 2 && text[cut.begin - 1] == '\n' && text[cut.begin - 2] == '\n') --cut.begin;
      dropped[i] = true;
    }
    cuts.push_back(std::move(cut));
  }
  std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) { return a.begin < b.begin; });
  std::string result;
  result.reserve(text.size() + 256 * appended.size());
  size_t pos = 0;
  for (const Cut& c : cuts) {
    if (c.begin < pos) {
      *err = "the same entry of " + file + " was named twice";
      return false;
    }
    result.append(text.substr(pos, c.begin - pos));
    result += c.insert;
    pos = c.end;
  }
  result.append(text.substr(pos));

  if (!appended.empty()) {
    if (!before.not_appendable.empty()) {
      *err = before.not_appendable;
      return false;
    }
    if (before.torn_tail) {
      *err = file + " ends in a torn entry; set it aside with `journal check --repair` first";
      return false;
    }
    if (!result.empty() && result.back() != '\n') result += '\n';
    for (const Entry& e : appended) result += "\n" + FormatEntryToml(e);
  }

  // The proof: the new text loads as exactly the entries expected.
  std::vector<Entry> want;
  for (size_t i = 0; i < expected.size(); ++i)
    if (!dropped[i]) want.push_back(expected[i]);
  want.insert(want.end(), appended.begin(), appended.end());
  MonthData after;
  ParseMonth(result, file, &after);
  if (after.entries != want || after.torn_tail != before.torn_tail) {
    *err = "cannot take the entries apart safely in " + file +
           " (a hand edit laid them out in a way the journal does not split); change it with `journal edit`";
    return false;
  }
  out->text = std::move(result);
  return true;
}

std::string RemovedBlock(std::string_view old_text, const std::string& note) {
  std::string body(old_text);
  if (body.empty() || body.back() != '\n') body += '\n';
  const size_t eol = body.find('\n');
  std::string_view header(body.data(), eol);
  while (!header.empty() && (header.back() == ' ' || header.back() == '\t' || header.back() == '\r'))
    header.remove_suffix(1);
  if (header == "[[entry]]") body.replace(0, eol, kEntryHeaderSealed);
  if (!EndsWithEndSeal(body)) body += std::string(kEntryEndSeal) + "\n";
  return "\n# " + note + "\n" + body;
}

std::string RemovedFileHeader(const std::string& month_name) {
  return "# painjournal: entries taken out of " + month_name +
         ".toml by `journal undo`, `delete` and `amend`, each as it was.\n"
         "# The journal does not read this file; to bring an entry back, copy it into its month (journal edit).\n";
}

}  // namespace pj
