undo, delete and amend change entries in place: the month file is rewritten
under its lock with every other byte kept, and the old entry goes, as it
was, to YYYY-MM.toml.removed beside it. Each prints one line.

Ids are ULIDs made by `add` at the moment it runs (JOURNAL_NOW here), so the
entry added last is the one with the newest id, whatever day --at gave it.

  $ JOURNAL_NOW=2026-11-21T08:00:00+01:00 journal add neck 6 --did massage
  Added <ID>: neck 6/10 (massage) at 2026-11-21 08:00
  Follow-up due by Mon 08:00: log movement with `journal add --did stretching`
  $ cp journal/2026-11.toml nov-one
  $ JOURNAL_NOW=2026-11-21T08:30:00+01:00 journal add --stress 7 --sitting 9
  Added <ID>: check-in at 2026-11-21 08:30
  $ JOURNAL_NOW=2026-11-21T09:00:00+01:00 journal add "lower back" 4 --at 2026-10-30T18:00
  Added <ID>: lower-back 4/10 at 2026-10-30 18:00
  $ ls journal
  2026-10.toml
  2026-11.toml
  $ journal undo --dry-run
  Would remove <ID>: lower-back 4/10 at 2026-10-30 18:00
  $ journal undo
  Removed <ID>: lower-back 4/10 at 2026-10-30 18:00 (kept in $TMP/journal/2026-10.toml.removed)

The month is as it was before the add (here: only its header), and the
entry is in the side file, with when and by which command it left.

  $ cat journal/2026-10.toml
  # painjournal: entries for 2026-10, one [[entry]] table each.
  # Plain TOML. Edit with care, then run `journal check`.
  format = 1
  $ cat journal/2026-10.toml.removed
  # painjournal: entries taken out of 2026-10.toml by `journal undo`, `delete` and `amend`, each as it was.
  # The journal does not read this file; to bring an entry back, copy it into its month (journal edit).
  
  # removed by `journal undo` at 2026-11-21T10:00:00+01:00
  [[entry]]  # begin
  id = "<ID>"
  at = 2026-10-30T18:00:00+01:00
  site = "lower-back"
  intensity = 4
  # end
  $ stat -c %a journal/2026-10.toml.removed
  600
  $ $PYTHON -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["entry"][0]["site"])' journal/2026-10.toml.removed
  lower-back

undo again takes back the add before it: November is byte for byte what it
was before that add. (An undo takes back an add only; the old version of an
amended entry is in the side file.)

  $ journal undo
  Removed <ID>: check-in at 2026-11-21 08:30 (kept in $TMP/journal/2026-11.toml.removed)
  $ cmp nov-one journal/2026-11.toml

An import does not make an older entry the one added last: imported
entries keep the ids their own journal gave them.

  $ JOURNAL_DIR=$PWD/phone JOURNAL_NOW=2026-11-20T07:00:00+01:00 journal -q add shoulder-left 5
  $ JOURNAL_DIR=$PWD/phone journal export -o phone.csv
  Exported 1 entry to phone.csv
  $ JOURNAL_NOW=2026-11-21T09:30:00+01:00 journal -q add neck 2 --note "better"
  $ journal import phone.csv
  Imported 1 entry; skipped 0 already in the journal
  $ journal undo
  Removed <ID>: neck 2/10 at 2026-11-21 09:30 (kept in $TMP/journal/2026-11.toml.removed)
  $ journal list --format csv | cut -d, -f3,5,6
  date,site,intensity
  2026-11-20,shoulder-left,5
  2026-11-21,neck,6

Nothing to undo in an empty journal, nor among ids written by hand.

  $ JOURNAL_DIR=$PWD/empty journal undo
  journal: nothing to undo: the journal has no entry that `journal add` made
  [1]
  $ mkdir -m 700 hand && printf 'format = 1\n\n[[entry]]\nid = "mine"\nat = 2026-11-02T10:00:00+01:00\nsite = "neck"\nintensity = 3\n' > hand/2026-11.toml
  $ JOURNAL_DIR=$PWD/hand journal undo
  journal: nothing to undo: the journal has no entry that `journal add` made
  [1]

delete takes ids, or their first 6 or more characters in any case. One
entry goes without a question.

  $ ids() { journal list --format csv | tail -n +2 | cut -d, -f1; }
  $ SHOULDER=$(ids | head -n 1); NECK=$(ids | tail -n 1)
  $ journal delete $(echo ${SHOULDER:0:12} | tr A-Z a-z)
  Removed <ID>: shoulder-left 5/10 at 2026-11-20 07:00 (kept in $TMP/journal/2026-11.toml.removed)
  $ grep -c '^# removed by `journal delete` at 2026-11-21T10:00:00+01:00$' journal/2026-11.toml.removed
  1

A prefix must be long enough, known, and name one entry; the message says
which entries come closest or which it could mean.

  $ journal delete ${NECK:0:5}
  journal: id '*' is too short: give at least 6 characters of an id (`journal list --ids` shows them) (glob)
  [2]
  $ journal delete 7ZZZZZZZ
  journal: no entry has an id beginning with '7ZZZZZZZ'
  [2]
  $ journal delete ${NECK:0:10}ZZZZ
  journal: no entry has an id beginning with '01M7YEF7C0ZZZZ'; the closest: <ID> (neck 6/10 (massage) at 2026-11-21 08:00)
  [2]

Two entries logged in the same millisecond share the first ten characters
(the time part of a ULID): such a prefix is ambiguous.

  $ JOURNAL_NOW=2026-11-21T09:40:00+01:00 journal add shoulder-right 2 --at 09:30
  Added <ID>: shoulder-right 2/10 at 2026-11-21 09:30
  $ JOURNAL_NOW=2026-11-21T09:40:00+01:00 journal add shoulder-right 3 --at 09:35
  Added <ID>: shoulder-right 3/10 at 2026-11-21 09:35
  $ journal delete $(ids | sed -n 2p | cut -c 1-10 | tr A-Z a-z)
  journal: id '01m7ym6ar0' is ambiguous: it begins 2 ids: <ID> (shoulder-right 2/10 at 2026-11-21 09:30), <ID> (shoulder-right 3/10 at 2026-11-21 09:35); give more characters
  [2]

More than one entry: on a terminal delete lists them and asks; elsewhere it
needs --yes, as git refuses to prompt where nobody can answer.

  $ SR1=$(ids | sed -n 2p); SR2=$(ids | sed -n 3p)

On a terminal (script(1) gives one) the terminal echoes the answer where it
happens to arrive: answered() drops the echo and puts each prompt on a line
of its own.

  $ answered() { tr -d '\r' | sed 's/\[\([yNEkd/]*\)\] */[\1]\n/g' | grep -v -x -e '[nydek]' -e ''; }
  $ journal delete $SR1 $SR2
  journal: 2 entries named; pass --yes to remove more than one without a terminal
  [2]
  $ echo n | script -qec "journal delete $SR1 $SR2; echo exit \$?" /dev/null | answered
    <ID>  shoulder-right 2/10 at 2026-11-21 09:30
    <ID>  shoulder-right 3/10 at 2026-11-21 09:35
  Remove these 2 entries? [y/N]
  Nothing removed.
  exit 1
  $ journal list --format csv | cut -d, -f5,6
  site,intensity
  neck,6
  shoulder-right,2
  shoulder-right,3
  $ echo y | script -qec "journal delete $SR1 $SR2 ${SR1:0:12}" /dev/null | answered | tail -n 1
  Removed 2 entries: <ID>, <ID> (kept in $TMP/journal/2026-11.toml.removed)
  $ journal list --format csv | cut -d, -f5,6
  site,intensity
  neck,6
  $ JOURNAL_NOW=2026-11-21T09:41:00+01:00 journal -q add shoulder-right 2
  $ JOURNAL_NOW=2026-11-21T09:42:00+01:00 journal -q add shoulder-right 3
  $ journal delete --yes $(ids | sed -n 2p) $(ids | sed -n 3p)
  Removed 2 entries: <ID>, <ID> (kept in $TMP/journal/2026-11.toml.removed)
  $ journal delete
  journal: `journal delete` needs ID: an entry's id, or its first 6 or more characters (any case) (see `journal delete --help`)
  [2]

amend takes add's options; each replaces its field (--factor only the factor
it names), --clear removes fields, and the entry keeps its id. The line says
what changed.

  $ NECK=$(ids | head -n 1)
  $ journal amend ${NECK:0:12} --intensity 5 --did massage,walk --note "after the walk" --factor sleep_hours=6
  Amended <ID>: intensity 6 → 5, did massage → massage, walk, note (none) → after the walk, factors (none) → sleep_hours=6 (the old version is in $TMP/journal/2026-11.toml.removed)
  $ journal amend ${NECK:0:12} --factor water=1.5 --tag work
  Amended <ID>: tags (none) → work, factors sleep_hours=6 → sleep_hours=6, water=1.5 (the old version is in $TMP/journal/2026-11.toml.removed)
  $ journal amend ${NECK:0:12} --clear note,tag --clear factor.water --did stretching
  Amended <ID>: did massage, walk → stretching, note after the walk → (none), tags work → (none), factors sleep_hours=6, water=1.5 → sleep_hours=6 (the old version is in $TMP/journal/2026-11.toml.removed)
  $ journal list --format json
  [
  {"id":"<ID>","at":"2026-11-21T08:00:00+01:00","site":"neck","intensity":5,"did":["stretching"],"factors":{"sleep_hours":6.0}}
  ]
  $ test "$(ids)" = "$NECK" && echo same id
  same id
  $ tail -n 11 journal/2026-11.toml.removed
  # the version before `journal amend` at 2026-11-21T10:00:00+01:00
  [[entry]]  # begin
  id = "<ID>"
  at = 2026-11-21T08:00:00+01:00
  site = "neck"
  intensity = 5
  did = ["massage", "walk"]
  note = "after the walk"
  tags = ["work"]
  factors = { sleep_hours = 6.0, water = 1.5 }
  # end

--at to another month moves the entry there; the same values again change
nothing; --dry-run only says.

  $ journal amend ${NECK:0:12} --at "2026-10-31 23:30" --dry-run
  Would amend <ID>: at 2026-11-21 08:00 → 2026-10-31 23:30
  $ journal amend ${NECK:0:12} --at "2026-10-31 23:30"
  Amended <ID>: at 2026-11-21 08:00 → 2026-10-31 23:30 (the old version is in $TMP/journal/2026-11.toml.removed)
  $ grep -c '^id = ' journal/2026-10.toml journal/2026-11.toml
  journal/2026-10.toml:1
  journal/2026-11.toml:0
  $ journal amend ${NECK:0:12} --intensity 5 --at "2026-10-31 23:30"
  No change to <ID>

Bad values are refused exactly as add refuses them (exit 2), and nothing is
written.

  $ cp journal/2026-10.toml oct-before; cp journal/2026-10.toml.removed oct-removed-before
  $ journal amend ${NECK:0:12} --intensity 11
  journal: intensity must be a whole number from 0 to 10, not '11'
  [2]
  $ journal amend ${NECK:0:12} --did masage
  journal: unknown action 'masage'; did you mean 'massage'? (see `journal vocab`; --new logs a new action)
  [2]
  $ journal amend ${NECK:0:12} --at 2026-11-22T08:00
  journal: --at: '2026-11-22T08:00' is in the future; an entry records what has happened
  [2]
  $ journal amend ${NECK:0:12} --note ""
  journal: --note is empty; to remove the note, use --clear note
  [2]
  $ journal amend ${NECK:0:12} --clear site
  journal: intensity needs a site: give --site, or --clear intensity as well
  [2]
  $ journal amend ${NECK:0:12} --clear at
  journal: --clear: 'at' cannot be cleared: every entry has one (change it with --at)
  [2]
  $ journal amend ${NECK:0:12} --clear mood
  journal: --clear: 'mood' is not a field; clear one of site, intensity, stress, sitting, breathing, did, note, tag, factor or factor.NAME
  [2]
  $ journal amend ${NECK:0:12} --clear site,intensity,did,factor
  journal: nothing would be left of entry <ID>; remove it with `journal delete`
  [2]
  $ journal amend ${NECK:0:12}
  journal: nothing to change: give a field option such as --intensity 5, or --clear note
  [2]
  $ cmp oct-before journal/2026-10.toml && cmp oct-removed-before journal/2026-10.toml.removed && ls journal
  2026-10.toml
  2026-10.toml.removed
  2026-11.toml
  2026-11.toml.removed

A hand-edited month keeps its comments and the hand formatting of the other
entries byte for byte; only the entry's own lines go.

  $ mkdir -m 700 byhand && cat > byhand/2026-11.toml <<'TOML'
  > # my notes for November
  > format = 1
  > 
  > [[entry]]
  > id = "01M7Y00000000000000000000A"   # from my paper diary
  > at = 2026-11-02T10:00:00+01:00
  > site = 'neck'
  > intensity = 4
  > 
  > # the bad day
  > [[entry]]
  > id = "01M7Y00000000000000000000B"
  > at = 2026-11-03T10:00:00+01:00
  > site = "neck"
  > intensity = 9
  > note = """
  > [[entry]]
  > # end
  > """
  > 
  > [[entry]]
  > id = "01M7Y00000000000000000000C"
  > at = 2026-11-04T10:00:00+01:00
  > site = "neck"
  > intensity = 2
  > TOML
  $ cp byhand/2026-11.toml hand-before
  $ JOURNAL_DIR=$PWD/byhand journal delete 01m7y00000000000000000000b
  Removed <ID>: neck 9/10 at 2026-11-03 10:00 (kept in $TMP/byhand/2026-11.toml.removed)
  $ diff hand-before byhand/2026-11.toml
  11,19d10
  < [[entry]]
  < id = "<ID>"
  < at = 2026-11-03T10:00:00+01:00
  < site = "neck"
  < intensity = 9
  < note = """
  < [[entry]]
  < # end
  < """
  [1]
  $ JOURNAL_DIR=$PWD/byhand journal undo
  Removed <ID>: neck 2/10 at 2026-11-04 10:00 (kept in $TMP/byhand/2026-11.toml.removed)
  $ tail -n 7 byhand/2026-11.toml.removed
  # removed by `journal undo` at 2026-11-21T10:00:00+01:00
  [[entry]]  # begin
  id = "<ID>"
  at = 2026-11-04T10:00:00+01:00
  site = "neck"
  intensity = 2
  # end
  $ JOURNAL_DIR=$PWD/byhand journal check
  Checked 1 file, 1 entry: no problems.
  $ journal check
  Checked 2 files, 1 entry: no problems.

edit: after an edit with problems, a terminal offers to edit again, keep the
edit, or discard it and keep the month as it was. Anything else is asked
again.

  $ cat > break.sh <<'SH'
  > #!/bin/sh
  > sed -i 's/^intensity = [0-9]*$/intensity = 55/' "$1"
  > SH
  $ chmod +x break.sh
  $ cp journal/2026-10.toml oct-before
  $ printf 'n\nd\n' > answers
  $ EDITOR=./break.sh script -qec "journal edit 2026-10" /dev/null < answers | answered
  warning: $TMP/journal/2026-10.toml:9:13: entry not loaded: intensity must be a whole number from 0 to 10, not 55
  Edit again, keep the edit with its problems, or discard it? [E/k/d]
  Answer e (edit again), k (keep) or d (discard).
  Edit again, keep the edit with its problems, or discard it? [E/k/d]
  Discarded the edit; $TMP/journal/2026-10.toml is unchanged
  $ cmp oct-before journal/2026-10.toml && ls -a journal
  .
  ..
  2026-10.toml
  2026-10.toml.removed
  2026-11.toml
  2026-11.toml.removed

Edit again fixes it; keep keeps the problem (exit 1, as before).

  $ cat > fix.sh <<'SH'
  > #!/bin/sh
  > if grep -q 'intensity = 55' "$1"; then sed -i 's/^intensity = 55/intensity = 4/' "$1"; else sed -i 's/^intensity = 5/intensity = 55/' "$1"; fi
  > SH
  $ chmod +x fix.sh
  $ printf 'e\n' > answers
  $ EDITOR=./fix.sh script -qec "journal edit 2026-10" /dev/null < answers | answered
  warning: $TMP/journal/2026-10.toml:9:13: entry not loaded: intensity must be a whole number from 0 to 10, not 55
  Edit again, keep the edit with its problems, or discard it? [E/k/d]
  Saved $TMP/journal/2026-10.toml
  $ grep '^intensity' journal/2026-10.toml
  intensity = 4
  $ printf 'k\n' > answers
  $ EDITOR=./break.sh script -qec "journal edit 2026-10; echo exit \$?" /dev/null < answers | answered
  warning: $TMP/journal/2026-10.toml:9:13: entry not loaded: intensity must be a whole number from 0 to 10, not 55
  Edit again, keep the edit with its problems, or discard it? [E/k/d]
  warning: keeping the edit with its problems; every entry that loads is still read (see `journal check`)
  Saved $TMP/journal/2026-10.toml
  exit 1
  $ journal check | tail -n 1
  Checked 2 files, 0 entries: 1 problem. Fix the rest with `journal edit YYYY-MM`.

With the input at its end nothing is decided: the month stays, and the edit
is kept in a copy beside it.

  $ EDITOR=./break.sh script -qec "journal edit 2026-10; echo exit \$?" /dev/null < /dev/null | answered
  warning: $TMP/journal/2026-10.toml:9:13: entry not loaded: intensity must be a whole number from 0 to 10, not 55
  Edit again, keep the edit with its problems, or discard it? [E/k/d]
  journal: input ended: $TMP/journal/2026-10.toml is unchanged; your edit is kept in $TMP/journal/.2026-10.toml.edit-*.toml (glob)
  exit 1

amend --new records a new name in the journal's vocab.toml, as add does,
so that check does not then call it unknown.

  $ id=$(journal add neck 4 --at 2026-11-20T08:00 | sed 's/^Added \([0-9A-Z]*\):.*/\1/')
  $ journal amend "$id" --did ear-candling --new | sed "s/$id/ID/"
  Amended ID: did (none) → ear-candling (the old version is in $TMP/journal/2026-11.toml.removed)
  New action 'ear-candling' added to this journal's vocabulary as other (neither passive relief nor movement); to change: journal vocab add action ear-candling --class passive|movement|other
  $ grep -A1 other journal/vocab.toml
  other = ["ear-candling"]
  $ journal check | grep -c ear-candling
  0
  [1]
