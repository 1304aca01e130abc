journal list: entries oldest first, filters, and four formats.

  $ journal -q add neck 6 --stress 7 --sitting 9.5 --breathing shallow --did massage --note "after the long budget meeting with the whole team" --at 2026-11-20T09:14
  $ journal -q add lower-back 4 --did stretching,walk --tag work --at 2026-11-18T18:00
  $ journal -q add --stress 3 --sitting 6 --factor sleep_hours=7.5 --at 2026-10-31T23:30
  $ journal -q add shoulder-right 2 --did heat --tag weekend --at 2026-09-12T11:00
  $ journal -q add neck 7 --did acupuncture --note "=SUM(A1:A9) is a formula" --at 2026-11-21T08:00

  $ journal list
  WHEN              SITE           PAIN STR  SAT BREATH  DID / NOTE
  2026-09-12 11:00  shoulder-right    2                  heat
  2026-10-31 23:30  -                     3    6
  2026-11-18 18:00  lower-back        4                  stretching,walk
  2026-11-20 09:14  neck              6   7  9.5 shallow massage · after the long…
  2026-11-21 08:00  neck              7                  acupuncture · =SUM(A1:A9…
  5 entries
The table fits 80 columns (characters, not bytes):

  $ journal list | $PYTHON -c 'import sys; print(max(len(l.rstrip("\n")) for l in sys.stdin))'
  80


  $ journal list --since 2026-11-01
  WHEN              SITE           PAIN STR  SAT BREATH  DID / NOTE
  2026-11-18 18:00  lower-back        4                  stretching,walk
  2026-11-20 09:14  neck              6   7  9.5 shallow massage · after the long…
  2026-11-21 08:00  neck              7                  acupuncture · =SUM(A1:A9…
  3 entries
  $ journal list --since monday --until yesterday
  WHEN              SITE           PAIN STR  SAT BREATH  DID / NOTE
  2026-11-18 18:00  lower-back        4                  stretching,walk
  2026-11-20 09:14  neck              6   7  9.5 shallow massage · after the long…
  2 entries
  $ journal list --site neck --last 1
  WHEN              SITE           PAIN STR  SAT BREATH  DID / NOTE
  2026-11-21 08:00  neck              7                  acupuncture · =SUM(A1:A9…
  1 entry
  $ journal list --did walk,heat
  WHEN              SITE           PAIN STR  SAT BREATH  DID / NOTE
  2026-09-12 11:00  shoulder-right    2                  heat
  2026-11-18 18:00  lower-back        4                  stretching,walk
  2 entries
  $ journal list --tag weekend
  WHEN              SITE           PAIN STR  SAT BREATH  DID / NOTE
  2026-09-12 11:00  shoulder-right    2                  heat
  1 entry
  $ journal list --last 2
  WHEN              SITE           PAIN STR  SAT BREATH  DID / NOTE
  2026-11-20 09:14  neck              6   7  9.5 shallow massage · after the long…
  2026-11-21 08:00  neck              7                  acupuncture · =SUM(A1:A9…
  2 entries
  $ journal list --since 2026-12-01
  No entries.
  $ journal list --since 2026-11-20 --until 2026-11-01
  journal: --since is later than --until
  [2]

  $ journal list --site "lower back" --format csv
  id,at,date,time,site,intensity,stress,sitting_hours,breathing,did,note,tags
  <ID>,2026-11-18T18:00:00+01:00,2026-11-18,18:00,lower-back,4,,,,stretching;walk,,work
  $ journal list --since 2026-11-20 --format csv
  id,at,date,time,site,intensity,stress,sitting_hours,breathing,did,note,tags
  <ID>,2026-11-20T09:14:00+01:00,2026-11-20,09:14,neck,6,7,9.5,shallow,massage,after the long budget meeting with the whole team,
  <ID>,2026-11-21T08:00:00+01:00,2026-11-21,08:00,neck,7,,,,acupuncture,'=SUM(A1:A9) is a formula,
  $ journal list --since 2026-11-20 --format csv --raw
  id,at,date,time,site,intensity,stress,sitting_hours,breathing,did,note,tags
  <ID>,2026-11-20T09:14:00+01:00,2026-11-20,09:14,neck,6,7,9.5,shallow,massage,after the long budget meeting with the whole team,
  <ID>,2026-11-21T08:00:00+01:00,2026-11-21,08:00,neck,7,,,,acupuncture,=SUM(A1:A9) is a formula,
  $ journal list --last 2 --format json
  [
  {"id":"<ID>","at":"2026-11-20T09:14:00+01:00","site":"neck","intensity":6,"stress":7,"sitting_hours":9.5,"breathing":"shallow","did":["massage"],"note":"after the long budget meeting with the whole team"},
  {"id":"<ID>","at":"2026-11-21T08:00:00+01:00","site":"neck","intensity":7,"did":["acupuncture"],"note":"=SUM(A1:A9) is a formula"}
  ]
  $ journal list --last 1 --format toml
  [[entry]]  # begin
  id = "<ID>"
  at = 2026-11-21T08:00:00+01:00
  site = "neck"
  intensity = 7
  did = ["acupuncture"]
  note = "=SUM(A1:A9) is a formula"
  # end
  $ journal list --format yaml
  journal: --format must be one of table, csv, json, toml, not 'yaml'
  [2]

Only the months that can hold the range are read: a broken September file
does not disturb a November listing, but a full listing warns about it,
loads what it can, and still exits 0 (1 with --strict).

  $ printf 'this is not toml\n' >> journal/2026-09.toml
  $ journal list --since 2026-11-20
  WHEN              SITE           PAIN STR  SAT BREATH  DID / NOTE
  2026-11-20 09:14  neck              6   7  9.5 shallow massage · after the long…
  2026-11-21 08:00  neck              7                  acupuncture · =SUM(A1:A9…
  2 entries
  $ journal list --site shoulder-right
  warning: $TMP/journal/2026-09.toml:13:6: Error while parsing key-value pair: expected '=', saw 'i'; the last entry is not loaded (cut short?)
  No entries.
  $ journal list --site shoulder-right --strict
  warning: $TMP/journal/2026-09.toml:13:6: Error while parsing key-value pair: expected '=', saw 'i'; the last entry is not loaded (cut short?)
  No entries.
  journal: 1 problem(s) in the journal files (--strict)
  [1]

Control characters in a note (an escape sequence from an import) never
reach the terminal from the table: each shows as a visible escape, \e for
ESC and \xHH for the others (see tests/e2e/hostile_text.t for every command).

  $ journal -q add head 3 --note "$(printf 'a\033[31mred\001x')" --at 2026-11-21T09:00
  $ journal list --site head | od -c | grep -c 033
  warning: $TMP/journal/2026-09.toml:13:6: Error while parsing key-value pair: expected '=', saw 'i'; the last entry is not loaded (cut short?)
  0
  [1]
  $ journal list --site head 2>/dev/null
  WHEN              SITE           PAIN STR  SAT BREATH  DID / NOTE
  2026-11-21 09:00  head              3                  a\e[31mred\x01x
  1 entry
