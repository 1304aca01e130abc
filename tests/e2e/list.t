journal list: entries oldest first, filters, and four formats.

  $ journal -q add neck 6 --stress 7 --sitting 9.5 --breathing shallow --did massage --note "after the long budget meeting with the whole team" --at 2026-11-20T09:14
  $ journal -q add lower-back 4 --did stretching,walk --tag work --at 2026-11-18T18:00
  $ journal -q add --stress 3 --sitting 6 --factor sleep_hours=7.5 --at 2026-10-31T23:30
  $ journal -q add shoulder-right 2 --did heat --tag weekend --at 2026-09-12T11:00
  $ journal -q add neck 7 --did acupuncture --note "=SUM(A1:A9) is a formula" --at 2026-11-21T08:00

  $ journal list
  WHEN              SITE            PAIN STRESS SITTING BREATHING  DID · TAGS ·
                                                                   FACTORS · NOTE
  2026-09-12 11:00  shoulder-right     2                           heat · #weekend
  2026-10-31 23:30  -                         3       6            sleep_hours=7.5
  2026-11-18 18:00  lower-back         4                           stretching,
                                                                   walk · #work
  2026-11-20 09:14  neck               6      7     9.5 shallow    massage · after
                                                                   the long budget
                                                                   meeting with
                                                                   the whole team
  2026-11-21 08:00  neck               7                           acupuncture ·
                                                                   =SUM(A1:A9) is
                                                                   a formula
  5 entries
Output that is not a terminal is laid out for 80 columns (characters, not
bytes): too narrow for a column each, so did, tags, factors and the note
share the last column, wrapped rather than cut.

  $ journal list | $PYTHON -c 'import sys; print(max(len(l.rstrip("\n")) for l in sys.stdin))'
  80

COLUMNS sets the width (the tests cannot have a terminal; a terminal's own
width is tested in pager_pty.py). At 120 columns the shared column has room
for most notes on one line; at 160 every text has a column of its own.

  $ COLUMNS=120 journal list
  WHEN              SITE            PAIN STRESS SITTING BREATHING  DID · TAGS · FACTORS · NOTE
  2026-09-12 11:00  shoulder-right     2                           heat · #weekend
  2026-10-31 23:30  -                         3       6            sleep_hours=7.5
  2026-11-18 18:00  lower-back         4                           stretching, walk · #work
  2026-11-20 09:14  neck               6      7     9.5 shallow    massage · after the long budget meeting with the whole
                                                                   team
  2026-11-21 08:00  neck               7                           acupuncture · =SUM(A1:A9) is a formula
  5 entries
  $ COLUMNS=160 journal list
  WHEN              SITE            PAIN STRESS SITTING BREATHING  DID               TAGS     FACTORS          NOTE
  2026-09-12 11:00  shoulder-right     2                           heat              weekend
  2026-10-31 23:30  -                         3       6                                       sleep_hours=7.5
  2026-11-18 18:00  lower-back         4                           stretching, walk  work
  2026-11-20 09:14  neck               6      7     9.5 shallow    massage                                     after the long budget meeting with the whole team
  2026-11-21 08:00  neck               7                           acupuncture                                 =SUM(A1:A9) is a formula
  5 entries
  $ COLUMNS=120 journal list | $PYTHON -c 'import sys; print(max(len(l.rstrip("\n")) for l in sys.stdin))'
  119

A narrower table wraps the texts in their columns; a column that no listed
entry fills is left out:

  $ COLUMNS=100 journal list --since 2026-11-18
  WHEN              SITE        PAIN STRESS SITTING BREATHING  DID · TAGS · NOTE
  2026-11-18 18:00  lower-back     4                           stretching, walk · #work
  2026-11-20 09:14  neck           6      7     9.5 shallow    massage · after the long budget meeting
                                                               with the whole team
  2026-11-21 08:00  neck           7                           acupuncture · =SUM(A1:A9) is a formula
  3 entries
  $ COLUMNS=100 journal list --site shoulder-right
  WHEN              SITE            PAIN DID   TAGS
  2026-09-12 11:00  shoulder-right     2 heat  weekend
  1 entry
  $ COLUMNS=abc journal list --site shoulder-right
  WHEN              SITE            PAIN DID   TAGS
  2026-09-12 11:00  shoulder-right     2 heat  weekend
  1 entry

--ids adds the id, as the shortest prefix (at least 6 characters) that no
other entry of the journal shares, even when the listing is filtered. The
ids here are imported, so that they are known: two share 24 characters.

  $ cat > ids.json <<'EOF'
  > [{"id":"01JD3QY8Z6K3T9W2M4N5P6R7S8","at":"2026-11-20T09:00:00+01:00","site":"neck","intensity":5},
  >  {"id":"01JD3QY8Z6K3T9W2M4N5P6R7T9","at":"2026-11-20T10:00:00+01:00","site":"neck","intensity":4},
  >  {"id":"01JD4AAAAAAAAAAAAAAAAAAAAA","at":"2026-11-20T11:00:00+01:00","site":"neck","intensity":3},
  >  {"id":"01JE0000000000000000000000","at":"2026-11-20T12:00:00+01:00","site":"head","intensity":2}]
  > EOF
  $ journal --dir ids -q import ids.json
  $ journal --dir ids list --ids
  ID                         WHEN              SITE  PAIN
  01JD3QY8Z6K3T9W2M4N5P6R7S  2026-11-20 09:00  neck     5
  01JD3QY8Z6K3T9W2M4N5P6R7T  2026-11-20 10:00  neck     4
  01JD4A                     2026-11-20 11:00  neck     3
  01JE00                     2026-11-20 12:00  head     2
  4 entries
  $ journal --dir ids list --ids --site head
  ID      WHEN              SITE  PAIN
  01JE00  2026-11-20 12:00  head     2
  1 entry
  $ journal --dir ids list --ids --format csv | cut -d, -f1
  id
  <ID>
  <ID>
  <ID>
  <ID>

The prefix finds the entry again, in a journal whose ids were made by add:

  $ id=$(journal list --ids --site shoulder-right | sed -n 2p | cut -d' ' -f1); [ ${#id} -ge 6 ] && echo at least 6; journal list --format json | grep -c "\"id\":\"$id"
  at least 6
  1


  $ journal list --since 2026-11-01
  WHEN              SITE        PAIN STRESS SITTING BREATHING  DID · TAGS · NOTE
  2026-11-18 18:00  lower-back     4                           stretching, walk ·
                                                               #work
  2026-11-20 09:14  neck           6      7     9.5 shallow    massage · after the
                                                               long budget meeting
                                                               with the whole team
  2026-11-21 08:00  neck           7                           acupuncture ·
                                                               =SUM(A1:A9) is a
                                                               formula
  3 entries
  $ journal list --since monday --until yesterday
  WHEN              SITE        PAIN STRESS SITTING BREATHING  DID · TAGS · NOTE
  2026-11-18 18:00  lower-back     4                           stretching, walk ·
                                                               #work
  2026-11-20 09:14  neck           6      7     9.5 shallow    massage · after the
                                                               long budget meeting
                                                               with the whole team
  2 entries
  $ journal list --site neck --last 1
  WHEN              SITE  PAIN DID          NOTE
  2026-11-21 08:00  neck     7 acupuncture  =SUM(A1:A9) is a formula
  1 entry
  $ journal list --did walk,heat
  WHEN              SITE            PAIN DID               TAGS
  2026-09-12 11:00  shoulder-right     2 heat              weekend
  2026-11-18 18:00  lower-back         4 stretching, walk  work
  2 entries
  $ journal list --tag weekend
  WHEN              SITE            PAIN DID   TAGS
  2026-09-12 11:00  shoulder-right     2 heat  weekend
  1 entry
  $ journal list --last 2
  WHEN              SITE  PAIN STRESS SITTING BREATHING  DID · NOTE
  2026-11-20 09:14  neck     6      7     9.5 shallow    massage · after the long
                                                         budget meeting with the
                                                         whole team
  2026-11-21 08:00  neck     7                           acupuncture · =SUM(A1:A9)
                                                         is a formula
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
  WHEN              SITE  PAIN STRESS SITTING BREATHING  DID · NOTE
  2026-11-20 09:14  neck     6      7     9.5 shallow    massage · after the long
                                                         budget meeting with the
                                                         whole team
  2026-11-21 08:00  neck     7                           acupuncture · =SUM(A1:A9)
                                                         is a formula
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
  WHEN              SITE  PAIN NOTE
  2026-11-21 09:00  head     3 a\e[31mred\x01x
  1 entry
