Names stay right: a typo in a site or action must not split a site's data
in two. The journal keeps its own words in vocab.toml; import refuses names
it does not know, check and edit report them, and every filter resolves
names as add does.

  $ journal -q add neck 5 --did massage --tag Work --at 2026-11-20T09:00
  $ journal -q add neck 3 --did stretching --at 2026-11-20T18:00

import: an unknown name is exit 2 with its line, field and the closest known
name, and nothing is imported.

  $ printf 'at,site,intensity,did\n2026-11-21T08:00,neck,4,walk\n2026-11-21T09:00,nekc,4,masage\n' > typo.csv
  $ journal import typo.csv
  journal: typo.csv:3: unknown site 'nekc'; did you mean 'neck'? (see `journal vocab`; import --new adds the names it does not know)
  [2]
  $ printf 'at,site,intensity,did\n2026-11-21T09:00,neck,4,masage\n' > typo2.csv
  $ journal import typo2.csv
  journal: typo2.csv:2: did: unknown action 'masage'; did you mean 'massage'? (see `journal vocab`; import --new adds the names it does not know)
  [2]
  $ printf '[{"at":"2026-11-21T09:00:00+01:00","site":"nekc","intensity":4}]' | journal import -
  journal: <stdin>: entry 1: unknown site 'nekc'; did you mean 'neck'? (see `journal vocab`; import --new adds the names it does not know)
  [2]
  $ journal list | tail -n 1
  2 entries
  $ ls journal
  2026-11.toml

Spreadsheets in many locales save CSV separated by ';', with a decimal
comma; the header row says which.

  $ printf 'at;site;intensity;sitting_hours;did;note\n2026-11-21T08:00;Lower Back;4;9,5;"stretch;walk";"a; b, c"\n' > semi.csv
  $ journal import semi.csv
  Imported 1 entry; skipped 0 already in the journal
  $ journal list --format json --last 1
  [
  {"id":"<ID>","at":"2026-11-21T08:00:00+01:00","site":"lower-back","intensity":4,"sitting_hours":9.5,"did":["stretching","walk"],"note":"a; b, c"}
  ]

--new imports them and records them in the journal's vocab.toml (0600,
plain TOML); --class gives new actions their class.

  $ printf 'at,site,intensity,did\n2026-11-21T09:00,jaw-clicking,4,kinesio tape\n' > new.csv
  $ journal import --new --dry-run new.csv
  Would import 1 entry; skipped 0 already in the journal
  New site 'jaw-clicking' would be added to this journal's vocabulary (vocab.toml).
  New action 'kinesio-tape' would be added to this journal's vocabulary as other (neither passive relief nor movement); to change: journal vocab add action kinesio-tape --class passive|movement|other
  $ ls journal
  2026-11.toml
  $ journal import --new --class passive new.csv
  Imported 1 entry; skipped 0 already in the journal
  New site 'jaw-clicking' added to this journal's vocabulary (vocab.toml).
  New action 'kinesio-tape' added to this journal's vocabulary as passive; to change: journal vocab add action kinesio-tape --class passive|movement|other
  $ stat -c '%a %n' journal/vocab.toml
  600 journal/vocab.toml
  $ cat journal/vocab.toml
  # painjournal: the names this journal added to the vocabulary (built-in
  # and config names are not repeated here). Plain TOML, written by
  # `journal add --new`, `journal import --new` and `journal vocab add|alias`.
  format = 1
  sites = ["jaw-clicking"]
  
  [actions]
  passive = ["kinesio-tape"]
  $ $PYTHON -c 'import tomllib; print(tomllib.load(open("journal/vocab.toml", "rb")))'
  {'format': 1, 'sites': ['jaw-clicking'], 'actions': {'passive': ['kinesio-tape']}}

Every command knows them now, without --new.

  $ journal add jaw-clicking 2 --did "Kinesio Tape" --at 10:00
  Added <ID>: jaw-clicking 2/10 (kinesio-tape) at 2026-11-21 10:00
  Follow-up due by Mon 10:00: log movement with `journal add --did stretching`
  $ journal vocab | grep 'this journal'
    jaw-clicking (this journal)
    kinesio-tape (this journal)
  $ journal list --did passive
  WHEN              SITE          PAIN DID           TAGS
  2026-11-20 09:00  neck             5 massage       Work
  2026-11-21 09:00  jaw-clicking     4 kinesio-tape
  2026-11-21 10:00  jaw-clicking     2 kinesio-tape
  3 entries

add --new records the name; a new action is `other` unless --class says
otherwise, and the confirmation says so and how to change it.

  $ journal add --did "ice bath" --new --at 10:00
  Added <ID>: ice-bath at 2026-11-21 10:00
  New action 'ice-bath' added to this journal's vocabulary as other (neither passive relief nor movement); to change: journal vocab add action ice-bath --class passive|movement|other
  $ journal vocab add action ice-bath --class passive
  Action 'ice-bath' is now passive (was other)
  $ journal vocab | sed -n '/Actions: passive/,/^$/p' | grep ice-bath
    ice-bath (this journal)
  $ journal add neck 2 --did walk --class passive
  journal: --class sets the class of a new action (with --new); to change a known one: journal vocab add action NAME --class passive
  [2]
  $ journal add --did passive --new
  journal: 'passive' is a class of actions, not an action; name the action itself
  [2]

journal vocab add and journal vocab alias.

  $ journal vocab add site tennis-elbow
  Added site 'tennis-elbow' to this journal's vocabulary (vocab.toml)
  $ journal vocab add site "Tennis Elbow"
  Site 'tennis-elbow' is known already
  $ journal vocab add action sauna
  Added action 'sauna' (other) to this journal's vocabulary (vocab.toml)
  It counts as neither passive relief nor movement; to change: journal vocab add action sauna --class passive|movement
  $ journal vocab add action massage --class movement
  journal: 'massage' is a passive action of the built-in vocabulary or the config; to change its class, list it under [actions] movement in the config file
  [2]
  $ journal vocab add pain neck
  journal: vocab add: say what to add, site or action, not 'pain'
  [2]
  $ journal vocab alias "stiff neck" neck
  'stiff neck' now stands for the site 'neck'
  $ journal vocab alias kt kinesio-tape
  'kt' now stands for the action 'kinesio-tape'
  $ journal vocab alias "stiff neck" jaw-clicking
  journal: 'stiff neck' already stands for the site 'neck'; an alias names one site
  [2]
  $ journal vocab alias neck jaw-clicking
  journal: 'neck' is the name of the site 'neck', not a free alias
  [2]
  $ journal vocab alias x nekc
  journal: vocab alias: unknown site 'nekc'; did you mean 'neck'? and no such action (see `journal vocab`; add a name with `journal vocab add site|action NAME` first)
  [2]
  $ journal add "Stiff Neck" 4 --did KT --at 10:00
  Added <ID>: neck 4/10 (kinesio-tape) at 2026-11-21 10:00
  Follow-up due by Mon 10:00: log movement with `journal add --did stretching`
  $ tail -n 6 journal/vocab.toml
  
  [site_aliases]
  "stiff neck" = "neck"
  
  [action_aliases]
  "kt" = "kinesio-tape"

Filters resolve names as add does: a name that matches nothing is exit 2
with a suggestion, not "No entries."; a class selects its actions; tags
match in any case.

  $ journal list --site nek
  journal: --site: unknown site 'nek'; did you mean 'neck'? (see `journal vocab`)
  [2]
  $ journal export --did masage
  journal: --did: unknown action 'masage'; did you mean 'massage'? (see `journal vocab`; a class passive, movement or other selects its actions)
  [2]
  $ journal list --site "Stiff Neck" --did movement
  WHEN              SITE  PAIN DID
  2026-11-20 18:00  neck     3 stretching
  1 entry
  $ journal list --tag work
  WHEN              SITE  PAIN DID      TAGS
  2026-11-20 09:00  neck     5 massage  Work
  1 entry
  $ journal list --tag wrok
  journal: --tag: no entry has the tag 'wrok'; did you mean 'work'? (tags match in any case)
  [2]
  $ journal list --tag work --site jaw-clicking
  No entries.
  $ journal analyze --site nek
  journal: --site: unknown site 'nek'; did you mean 'neck'? (see `journal vocab`)
  [2]

Suggestions know the vocabulary's shape.

  $ journal add back 4
  journal: unknown site 'back'; did you mean 'lower-back', 'mid-back' or 'upper-back'? (see `journal vocab`; --new logs a new site)
  [2]
  $ journal add shoulder 4
  journal: unknown site 'shoulder'; which side: 'shoulder-left' or 'shoulder-right'? (see `journal vocab`; --new logs a new site)
  [2]
  $ journal add knees 4
  journal: unknown site 'knees'; which side: 'knee-left' or 'knee-right'? (see `journal vocab`; --new logs a new site)
  [2]

A hand edit that changes "neck" to "nekc": edit says so after saving (exit
1), and check reports it at its line and column.

  $ cat > typo.sh <<'SH'
  > #!/bin/sh
  > sed -i '0,/site = "neck"/s//site = "nekc"/; s/did = \["stretching"\]/did = ["strechting"]/' "$1"
  > SH
  $ chmod +x typo.sh
  $ EDITOR=./typo.sh journal edit 2026-11
  Saved $TMP/journal/2026-11.toml
  warning: $TMP/journal/2026-11.toml:8:8: unknown site 'nekc'; did you mean 'neck'?
  warning: $TMP/journal/2026-11.toml:19:8: unknown action 'strechting'; did you mean 'stretching'?
  warning: fix the name with `journal edit 2026-11`, or add a name of your own with `journal vocab add site|action NAME`
  [1]
  $ journal check
  $TMP/journal/2026-11.toml:8:8: unknown site 'nekc'; did you mean 'neck'?
  $TMP/journal/2026-11.toml:19:8: unknown action 'strechting'; did you mean 'stretching'?
  Checked 1 file, 7 entries: 2 problems. Fix the rest with `journal edit YYYY-MM`.
  [1]

A name not written as the vocabulary writes it is reported too; a name of
one's own is fixed with vocab add.

  $ sed -i 's/site = "nekc"/site = "Neck"/; s/"strechting"/"tui-na", "Rolfing"/' journal/2026-11.toml
  $ journal check
  $TMP/journal/2026-11.toml:8:8: site 'Neck' is written 'neck' in the vocabulary; write it so, or its entries count apart from neck's
  $TMP/journal/2026-11.toml:19:18: unknown action 'Rolfing'; if it is a name of your own: journal vocab add action rolfing
  Checked 1 file, 7 entries: 2 problems. Fix the rest with `journal edit YYYY-MM`.
  [1]

A broken vocab.toml is an error naming file, line and column, for every
command; nothing is written.

  $ printf 'format = 1\nsites = ["ok", 3]\n' > journal/vocab.toml
  $ journal add neck 3
  journal: $TMP/journal/vocab.toml:2:16: sites must hold names of letters, digits and '-'
  [1]
  $ journal list --last 1
  journal: $TMP/journal/vocab.toml:2:16: sites must hold names of letters, digits and '-'
  [1]
  $ printf '[site_aliases]\n"x" = "nowhere"\n' > journal/vocab.toml
  $ journal vocab
  journal: $TMP/journal/vocab.toml:2:7: unknown site 'nowhere' (the alias 'x' must name a known site)
  [1]

If the entry cannot be written (here the file size limit, as a full disk
would), the names that came with it are taken out of vocab.toml again.

  $ journal -q --dir j5 vocab add site jaw-clicking && cp j5/vocab.toml j5-vocab.before
  $ (ulimit -f 1; journal --dir j5 add tennis-elbow 3 --new --note "$(head -c 2000 /dev/zero | tr '\0' x)")
  journal: cannot write j5/2026-11.toml: File too large
  [1]
  $ cmp j5-vocab.before j5/vocab.toml && echo unchanged
  unchanged
  $ (ulimit -f 1; journal --dir j6 add tennis-elbow 3 --new --note "$(head -c 2000 /dev/zero | tr '\0' x)")
  journal: cannot write j6/2026-11.toml: File too large
  [1]
  $ ls j6 | grep -c vocab
  0
  [1]

Words added at the same time by several commands are all kept (vocab.toml
is rewritten under a lock).

  $ for i in 1 2 3 4 5 6 7 8; do journal -q --dir j7 add "site $i" 1 --new & done; wait
  $ journal --dir j7 vocab | grep -c 'this journal'
  8
  $ journal --dir j7 check
  Checked 1 file, 8 entries: no problems.

An alias of a name from the config keeps that name in vocab.toml too, so a
copy of the journal without the config still loads.

  $ printf 'sites = ["left-pinky"]\n' > config.toml
  $ journal --dir j8 vocab alias pinky left-pinky
  'pinky' now stands for the site 'left-pinky'
  $ rm config.toml
  $ journal --dir j8 add Pinky 2 --at 09:00
  Added <ID>: left-pinky 2/10 at 2026-11-21 09:00
