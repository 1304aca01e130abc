journal check: every problem as FILE:LINE:COL: message, non-zero if any.
A broken month does not stop the others from loading.

  $ journal -q add neck 5 --at 2026-09-10T08:00
  $ journal -q add neck 6 --at 2026-10-10T08:00
  $ journal -q add neck 7 --at 2026-10-11T08:00
  $ journal -q add neck 4 --at 2026-10-12T08:00
  $ journal -q add neck 3 --at 2026-11-10T08:00
  $ journal check
  Checked 3 files, 5 entries: no problems.

A hand edit breaks the middle entry of October: check names the place,
list and export still load the other entries (and the other months) and
warn; check exits 1.

  $ sed -i '0,/intensity = 7/s//intensity = 7x/' journal/2026-10.toml
  $ journal check
  $TMP/journal/2026-10.toml:16:14: Error while parsing decimal integer: expected digit, saw 'x'; this entry is not loaded
  Checked 3 files, 4 entries: 1 problem. Fix the rest with `journal edit YYYY-MM`.
  [1]
  $ journal list
  warning: $TMP/journal/2026-10.toml:16:14: Error while parsing decimal integer: expected digit, saw 'x'; this entry is not loaded
  WHEN              SITE  PAIN
  2026-09-10 08:00  neck     5
  2026-10-10 08:00  neck     6
  2026-10-12 08:00  neck     4
  2026-11-10 08:00  neck     3
  4 entries
  $ journal export --format csv | wc -l
  warning: $TMP/journal/2026-10.toml:16:14: Error while parsing decimal integer: expected digit, saw 'x'; this entry is not loaded
  5

Other problems a hand edit can make: an out-of-range value (that entry is
skipped), an unknown key (kept, warned), a duplicate id, an entry filed
under the wrong month.

  $ sed -i 's/intensity = 7x/intensity = 7/; s/intensity = 4/intensity = 14/' journal/2026-10.toml
  $ printf 'pain = 3\n' >> journal/2026-09.toml
  $ tail -n 6 journal/2026-11.toml | sed 's/2026-11-10/2026-10-30/' >> journal/2026-11.toml
  $ journal check
  $TMP/journal/2026-09.toml:11:8: unknown key 'pain' ignored; entry keys are id, at, site, intensity, stress, sitting_hours, breathing, did, note, tags, factors
  $TMP/journal/2026-10.toml:23:13: entry not loaded: intensity must be a whole number from 0 to 10, not 14
  $TMP/journal/2026-11.toml:11:1: entry dated 2026-10-30 belongs in 2026-10.toml; commands that read a date range will miss it here
  $TMP/journal/2026-11.toml:11:1: duplicate id <ID> (also at $TMP/journal/2026-11.toml:5)
  Checked 3 files, 5 entries: 4 problems. Fix the rest with `journal edit YYYY-MM`.
  [1]
  $ journal list --since 2026-11-01
  warning: $TMP/journal/2026-10.toml:23:13: entry not loaded: intensity must be a whole number from 0 to 10, not 14
  WHEN              SITE  PAIN
  2026-11-10 08:00  neck     3
  1 entry

A torn last entry (a crash in the middle of a write, a half-typed edit):
--repair moves it to a side file next to the month, nothing deleted.

  $ journal check --repair >/dev/null; rm journal/2026-11.toml journal/2026-09.toml journal/2026-10.toml
  $ journal -q add neck 5 --at 2026-11-10T08:00
  $ journal -q add neck 6 --at 2026-11-11T08:00
  $ cp journal/2026-11.toml full
  $ head -c -46 full > journal/2026-11.toml
  $ journal check
  $TMP/journal/2026-11.toml:14:20: Error while parsing time: encountered end-of-file; the last entry is not loaded (cut short?)
  Checked 1 file, 1 entry: 1 problem. `journal check --repair` sets torn last entries aside. Fix the rest with `journal edit YYYY-MM`.
  [1]
  $ journal list
  warning: $TMP/journal/2026-11.toml:14:20: Error while parsing time: encountered end-of-file; the last entry is not loaded (cut short?)
  WHEN              SITE  PAIN
  2026-11-10 08:00  neck     5
  1 entry
  $ journal check --repair
  $TMP/journal/2026-11.toml: moved the torn last entry (72 bytes) to $TMP/journal/2026-11.toml.torn
  Checked 1 file, 1 entry: no problems.
  $ cat journal/2026-11.toml.torn
  # set aside by journal from $TMP/journal/2026-11.toml
  [[entry]]  # begin
  id = "<ID>"
  at = 2026-11-11T08:
  $ journal check
  Checked 1 file, 1 entry: no problems.
  $ cat journal/2026-11.toml
  # painjournal: entries for 2026-11, one [[entry]] table each.
  # Plain TOML. Edit with care, then run `journal check`.
  format = 1
  
  [[entry]]  # begin
  id = "<ID>"
  at = 2026-11-10T08:00:00+01:00
  site = "neck"
  intensity = 5
  # end
  $ journal -q add neck 7 && journal check
  Checked 1 file, 2 entries: no problems.

A torn tail followed by another add (the writer crashed, the user logs the
next entry): the add sets the torn bytes aside first, so nothing hides.

  $ printf '\n[[ent' >> journal/2026-11.toml
  $ journal -q add neck 8 --at 2026-11-12T08:00
  warning: $TMP/journal/2026-11.toml ended in a torn entry (5 bytes); set aside in $TMP/journal/2026-11.toml.torn
  $ journal check
  Checked 1 file, 3 entries: no problems.
  $ tail -n 2 journal/2026-11.toml.torn
  # set aside by journal from $TMP/journal/2026-11.toml
  [[ent
  $ journal list --format csv | cut -d, -f2,6
  at,intensity
  2026-11-10T08:00:00+01:00,5
  2026-11-12T08:00:00+01:00,8
  2026-11-21T10:00:00+01:00,7

A month that cannot be read at all (here a directory where a file should
be) is one problem; the other months still load and are checked.

  $ mkdir journal/2026-08.toml
  $ journal check
  cannot read $TMP/journal/2026-08.toml: Is a directory
  Checked 2 files, 3 entries: 1 problem. Fix the rest with `journal edit YYYY-MM`.
  [1]
  $ journal list --site neck --last 1
  WHEN              SITE  PAIN
  2026-11-21 10:00  neck     7
  1 entry

A crash can persist part of an append that still parses: `intensity = 1`
of `intensity = 10`, or a cut at a line boundary. The `# end` line each
append ends with tells a complete entry from a cut one, so the cut one is
never loaded with a wrong value and the next add sets it aside first.

  $ rm -r journal
  $ journal -q add neck 5 --at 2026-11-10T08:00 && journal -q add neck 10 --at 2026-11-11T08:00
  $ cp journal/2026-11.toml full && head -c -8 full > journal/2026-11.toml && tail -n 2 journal/2026-11.toml
  site = "neck"
  intensity = 1 (no-eol)
  $ journal check
  $TMP/journal/2026-11.toml:12:1: the last entry is not loaded: it has `# begin` but no `# end` line, so its write was cut short (if you wrote it by hand, end it with the line `# end`)
  Checked 1 file, 1 entry: 1 problem. `journal check --repair` sets torn last entries aside. Fix the rest with `journal edit YYYY-MM`.
  [1]
  $ journal -q add neck 2 --at 2026-11-12T08:00
  warning: $TMP/journal/2026-11.toml ended in a torn entry (111 bytes); set aside in $TMP/journal/2026-11.toml.torn
  $ journal list --format csv | cut -d, -f3-6
  date,time,site,intensity
  2026-11-10,08:00,neck,5
  2026-11-12,08:00,neck,2
  $ journal check
  Checked 1 file, 2 entries: no problems.
  $ head -c -6 full > journal/2026-11.toml && journal -q check --repair; tail -n 3 journal/2026-11.toml.torn
  $TMP/journal/2026-11.toml: moved the torn last entry (113 bytes) to $TMP/journal/2026-11.toml.torn
  at = 2026-11-11T08:00:00+01:00
  site = "neck"
  intensity = 10

A month written as an inline array of entries is valid TOML, but an
[[entry]] table may not follow it: `add` refuses and says what to do.

  $ printf 'format = 1\nentry = [ { id = "A", at = 2026-10-01T10:00:00+02:00, site = "neck", intensity = 3 } ]\n' > journal/2026-10.toml
  $ cp journal/2026-10.toml before
  $ journal check | grep 2026-10
  $TMP/journal/2026-10.toml:2:9: `entry` here is not a list of [[entry]] tables, so the [[entry]] tables that `journal add` appends cannot follow it; rewrite the entries as [[entry]] tables (journal edit)
  $ journal add neck 4 --at 2026-10-02T10:00
  journal: $TMP/journal/2026-10.toml:2:9: `entry` here is not a list of [[entry]] tables, so the [[entry]] tables that `journal add` appends cannot follow it; rewrite the entries as [[entry]] tables (journal edit)
  [1]
  $ cmp before journal/2026-10.toml && echo unchanged
  unchanged

A valid entry whose multi-line note holds a pasted `[[entry]]` line stays
whole while another entry of the file is broken: boundaries come from the
TOML structure, so `--repair` has nothing to cut and the entry loads.

  $ rm -r journal && journal -q add neck 3 --at 2026-11-01T08:00
  $ printf '\n[[entry]]\nid = "PASTED"\nat = 2026-11-02T08:00:00+01:00\nsite = "neck"\nintensity = 4\nnote = """an old one:\n[[entry]]\nat = 2026-10-01T08:00:00+02:00\n"""\n\n[[entry]]\nat = 2026-11-03T08:00:00+01:00\nintensity = = 5\n\n[[entry]]\nid = "LAST"\nat = 2026-11-04T08:00:00+01:00\nsite = "neck"\nintensity = 6' >> journal/2026-11.toml
  $ cp journal/2026-11.toml before
  $ journal check --repair
  $TMP/journal/2026-11.toml:24:13: Error while parsing value: could not determine value type; this entry is not loaded
  Checked 1 file, 3 entries: 1 problem. Fix the rest with `journal edit YYYY-MM`.
  [1]
  $ cmp before journal/2026-11.toml && ls journal
  2026-11.toml
  $ journal -q add neck 2 --at 2026-11-05T08:00 2>&1; journal export 2>/dev/null | $PYTHON -c 'import csv,sys; [print(r["id"][:6], r["intensity"]) for r in csv.DictReader(sys.stdin)]'
  01M7YN 3
  PASTED 4
  LAST 6
  01M7YN 2
  $ journal export --format json 2>/dev/null | grep -o '"note":"[^"]*'
  "note":"an old one:\n[[entry]]\nat = 2026-10-01T08:00:00+02:00\n

Hostile structure costs a problem, not the process: a dotted key of 100,000
parts made toml++ recurse until the stack overflowed (exit 139); and
toml++ 3.3.0 reaches undefined behaviour on some characters outside strings
(its issue 190). Both are ordinary problems with a place now.

  $ $PYTHON -c "open('journal/2026-09.toml','w').write('format = 1\nx'+'.a'*100000+' = 1\n')"
  $ journal check | grep 2026-09
  $TMP/journal/2026-09.toml:2:1024: tables, arrays and dotted keys nest deeper than 512 levels here; a month file nests 3
  $ printf 'format = 1\n[[entry]]\nat = 2026-08-01T10:00:00+02:00\nsite = \302\247\n' > journal/2026-08.toml
  $ journal check | grep 2026-08 | cut -d: -f1-3
  $TMP/journal/2026-08.toml:4:8

A hand edit that leaves a multi-line string unclosed costs only its own
entry: the entries after it still load, and `add` moves nothing aside (a
torn tail judged by its content alone is set aside by `add` only when the
file also lacks its final newline; `check --repair` is the way for it).

  $ rm -r journal && journal -q add neck 3 --at 2026-11-01T08:00
  $ printf '\n[[entry]]\nid = "A"\nat = 2026-11-02T08:00:00+01:00\nnote = """closing quotes deleted\n\n[[entry]]\nid = "B"\nat = 2026-11-03T08:00:00+01:00\nsite = "neck"\nintensity = 4\n\n[[entry]]\nid = "C"\nat = 2026-11-04T08:00:00+01:00\nnote = """\ntwo lines\n"""\n' >> journal/2026-11.toml
  $ journal -q add neck 5 --at 2026-11-05T08:00 2>&1; ls journal; journal export 2>/dev/null | $PYTHON -c 'import csv,sys; [print(r["id"][:6], r["intensity"]) for r in csv.DictReader(sys.stdin)]'
  2026-11.toml
  01M7YN 3
  B 4
  C 
  01M7YN 5
