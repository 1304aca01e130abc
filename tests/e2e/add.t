journal add: one entry appended to the month file of its local date.
JOURNAL_NOW is 2026-11-21T10:00:00+01:00 and TZ is Europe/Berlin.

  $ journal add neck 6 --stress 7 --sitting 9.5 --breathing shallow --did massage --note "after the meeting"
  Added <ID>: neck 6/10 (massage) at 2026-11-21 10:00
  Follow-up due by Mon 10:00: log movement with `journal add --did stretching`

The directory is created 0700, the file 0600, with a header and the entry,
keys in the contract's order.

  $ stat -c '%a %n' journal journal/2026-11.toml
  700 journal
  600 journal/2026-11.toml
  $ cat journal/2026-11.toml
  # painjournal: entries for 2026-11, one [[entry]] table each.
  # Plain TOML. Edit with care, then run `journal check`.
  format = 1
  
  [[entry]]  # begin
  id = "<ID>"
  at = 2026-11-21T10:00:00+01:00
  site = "neck"
  intensity = 6
  stress = 7
  sitting_hours = 9.5
  breathing = "shallow"
  did = ["massage"]
  note = "after the meeting"
  # end

Every field, repeatable and comma-list options, aliases, a new site with
--new, factors sorted by name.

  $ journal add "Lower Back" --intensity 4 --did stretch,walk --did "Tui Na" --tag work,travel --tag gym --factor sleep_hours=5.5 --factor caffeine=3 --at "yesterday 18:30"
  Added <ID>: lower-back 4/10 (stretching, walk, tui-na) at 2026-11-20 18:30
  $ journal add --site "left shoulder" 2 --at 2026-11-19T07:05:00+01:00
  Added <ID>: shoulder-left 2/10 at 2026-11-19 07:05
  $ journal add jaw-clicking 3 --new --at -3d
  Added <ID>: jaw-clicking 3/10 at 2026-11-18 10:00
  New site 'jaw-clicking' added to this journal's vocabulary (vocab.toml).
  $ journal add --stress 4 --at 08:15
  Added <ID>: check-in at 2026-11-21 08:15
  $ journal add --did qigong --note 'quotes " and \ backslash, café, 😀, tab	end' --at "2 hours ago"
  Added <ID>: qigong at 2026-11-21 08:00
  $ tail -n +21 journal/2026-11.toml
  intensity = 4
  did = ["stretching", "walk", "tui-na"]
  tags = ["work", "travel", "gym"]
  factors = { caffeine = 3.0, sleep_hours = 5.5 }
  # end
  
  [[entry]]  # begin
  id = "<ID>"
  at = 2026-11-19T07:05:00+01:00
  site = "shoulder-left"
  intensity = 2
  # end
  
  [[entry]]  # begin
  id = "<ID>"
  at = 2026-11-18T10:00:00+01:00
  site = "jaw-clicking"
  intensity = 3
  # end
  
  [[entry]]  # begin
  id = "<ID>"
  at = 2026-11-21T08:15:00+01:00
  stress = 4
  # end
  
  [[entry]]  # begin
  id = "<ID>"
  at = 2026-11-21T08:00:00+01:00
  did = ["qigong"]
  note = "quotes \" and \\ backslash, café, 😀, tab\tend"
  # end

The files parse with an independent TOML reader to the same values.

  $ $PYTHON -c 'import tomllib; d = tomllib.load(open("journal/2026-11.toml", "rb")); print(len(d["entry"]), d["entry"][-1]["note"])'
  6 quotes " and \ backslash, café, 😀, tab	end

--at forms: a date is 12:00 that day, a weekday the most recent one before
today, HH:MM yesterday when still to come today, relative forms.

  $ for w in 2026-11-02 sunday "monday 07:30" 23:30 "90 minutes ago" "1 week ago" -2h -3d today yesterday "2026-11-20 21:00" 2026-11-20T21:00:00Z; do journal add --stress 1 --at "$w" --note "$w"; done
  Added <ID>: check-in at 2026-11-02 12:00
  Added <ID>: check-in at 2026-11-15 12:00
  Added <ID>: check-in at 2026-11-16 07:30
  Added <ID>: check-in at 2026-11-20 23:30 (yesterday: 23:30 today is still to come)
  Added <ID>: check-in at 2026-11-21 08:30
  Added <ID>: check-in at 2026-11-14 10:00
  Added <ID>: check-in at 2026-11-21 08:00
  Added <ID>: check-in at 2026-11-18 10:00
  Added <ID>: check-in at 2026-11-21 10:00
  Added <ID>: check-in at 2026-11-20 12:00
  Added <ID>: check-in at 2026-11-20 21:00
  Added <ID>: check-in at 2026-11-20 21:00

An entry whose local date is in October goes to the October file, and the
offset is the one in force then (summer time).

  $ journal add neck 3 --at 2026-10-24T23:30
  Added <ID>: neck 3/10 at 2026-10-24 23:30
  $ cat journal/2026-10.toml
  # painjournal: entries for 2026-10, one [[entry]] table each.
  # Plain TOML. Edit with care, then run `journal check`.
  format = 1
  
  [[entry]]  # begin
  id = "<ID>"
  at = 2026-10-24T23:30:00+02:00
  site = "neck"
  intensity = 3
  # end

An offset typed with --at is kept (on a trip, the local evening stays the
evening), and decides the month file.

  $ journal add --stress 2 --at 2026-10-31T21:30:00-05:00
  Added <ID>: check-in at 2026-10-31 21:30
  $ tail -n 4 journal/2026-10.toml
  id = "<ID>"
  at = 2026-10-31T21:30:00-05:00
  stress = 2
  # end

-q prints nothing.

  $ journal -q add neck 2

With no arguments and no terminal there is nothing to ask: exit 2.

  $ journal add
  journal: nothing to log: give a SITE and INTENSITY (journal add neck 6) or a field such as --stress 7
  [2]

On a terminal it asks for each field (run under script(1) for a tty), with
libedit editing the line; a bad answer is asked again, and a mistyped name
comes back with the suggestion filled in, which Enter takes. Lines that are
just the answers are the terminal's echo of what was typed ahead.

  $ printf '\nnek\n\n12\n5\n\n\nshallow\nmassage, strech\n\nafter a long drive\nwork, car\nsleep_hours=6.5, coffee=x\nsleep_hours=6.5, coffee=2\n' > answers
  $ export XDG_STATE_HOME=$PWD/state
  $ script -qec "journal add" /dev/null < answers | tr -d '\r' | grep -vxF -f answers
  New entry; press Enter to skip a field, TAB to complete a name.
  When (default now; e.g. 18:30, yesterday 9:00, -2h): 
  Site (e.g. neck, lower back; empty for a check-in without pain): nek
    unknown site 'nek'; did you mean 'neck'? Enter takes it.
  Site (e.g. neck, lower back; empty for a check-in without pain): neck
  Intensity 0-10: 12
    intensity must be a whole number from 0 to 10, not '12'
  Intensity 0-10: 5
  Stress 0-10: 
  Hours sat in the last day: 
  Breathing (shallow, normal, deep): shallow
  What you did (e.g. massage, stretching): massage, strech
    unknown action 'strech'; did you mean 'stretching'? Enter takes it.
  What you did (e.g. massage, stretching): massage, stretching
  Note: after a long drive
  Tags (a comma list): work, car
  Factors of your own, NAME=VALUE (a comma list, e.g. sleep_hours=6.5): sleep_hours=6.5, coffee=x
    factor must be NAME=NUMBER with a lower-case name of letters, digits and _ (e.g. sleep_hours=6.5), not 'coffee=x'
  Factors of your own, NAME=VALUE (a comma list, e.g. sleep_hours=6.5): sleep_hours=6.5, coffee=2
  Added <ID>: neck 5/10 (massage, stretching) at 2026-11-21 10:00
  $ tail -n 11 journal/2026-11.toml
  [[entry]]  # begin
  id = "<ID>"
  at = 2026-11-21T10:00:00+01:00
  site = "neck"
  intensity = 5
  breathing = "shallow"
  did = ["massage", "stretching"]
  note = "after a long drive"
  tags = ["work", "car"]
  factors = { coffee = 2.0, sleep_hours = 6.5 }
  # end

The answers taken (not the refused ones) are kept, 0600 in a 0700
directory; the up arrow brings them back, per question. The time is asked
first (a WHEN, as --at).

  $ cut -f1 state/painjournal/history | sort | uniq -c | awk '{print $2, $1}'
  breathing 1
  did 1
  factors 1
  intensity 1
  note 1
  site 1
  tags 1
  $ grep -c 'nek\|strech\|coffee=x\|12' state/painjournal/history
  0
  [1]
  $ stat -c '%a %n' state/painjournal state/painjournal/history
  700 state/painjournal
  600 state/painjournal/history
  $ printf '9:30\n\033[A\n\033[A\n\n\n\n\n\n\n\n' > up
  $ script -qec "journal -q add" /dev/null < up > /dev/null; journal list --format json --since 09:30 --until 09:30
  [
  {"id":"<ID>","at":"2026-11-21T09:30:00+01:00","site":"neck","intensity":5}
  ]
  $ printf '2026-11-22\n\n' > future
  $ script -qec "journal add" /dev/null < future | tr -d '\r' | grep future
    '2026-11-22' is in the future; an entry records what has happened

`journal add neck` on a terminal asks only for the missing intensity.

  $ printf '4\n' > four
  $ script -qec "journal add neck" /dev/null < four | tr -d '\r' | grep -vxF -f four
  Intensity 0-10: 4
  Added <ID>: neck 4/10 at 2026-11-21 10:00

After passive relief, the confirmation says when movement is due and how to
log it (the movement this journal logged most in the last four weeks, else
the vocabulary's first). Not with -q, not when the same entry has movement,
not when its window has closed, and not when movement was logged after it
already.

  $ journal --dir nudge add neck 5 --did heat
  Added <ID>: neck 5/10 (heat) at 2026-11-21 10:00
  Follow-up due by Mon 10:00: log movement with `journal add --did stretching`
  $ journal --dir nudge -q add neck 5 --did heat
  $ journal --dir nudge add --did qigong --at 09:00
  Added <ID>: qigong at 2026-11-21 09:00
  $ journal --dir nudge add neck 4 --did cupping --at "3 days ago"
  Added <ID>: neck 4/10 (cupping) at 2026-11-18 10:00
  $ journal --dir nudge add neck 4 --did cupping --at 08:30
  Added <ID>: neck 4/10 (cupping) at 2026-11-21 08:30
  $ journal --dir nudge add neck 4 --did tui-na --at 09:30
  Added <ID>: neck 4/10 (tui-na) at 2026-11-21 09:30
  Follow-up due by Mon 09:30: log movement with `journal add --did qigong`
  $ journal --dir nudge2 add neck 4 --did massage,walk
  Added <ID>: neck 4/10 (massage, walk) at 2026-11-21 10:00
