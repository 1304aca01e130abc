The smaller commands: help, version, vocab, config additions, completions,
edit.

  $ journal --version
  journal 0.1.0
  $ journal
  journal: log pain, the load around it and what you did; see what brings it back.
  Usage: journal [OPTIONS] SUBCOMMAND
  
  Options:
    -h,--help                   Print this help message and exit
    --version                   Display program version information and exit
    --dir DIR                   Journal directory (default: $JOURNAL_DIR, config `dir`, ~/.local/share/painjournal)
    --config FILE               Config file (default: $JOURNAL_CONFIG, ~/.config/painjournal/config.toml)
    --color auto|always|never   Colour: auto (on a terminal, never with NO_COLOR), always, never
    -q,--quiet                  Print only what was asked for: no confirmations or summaries
    --no-pager                  Do not send long output on a terminal through $PAGER (default less -FRX)
  
  Subcommands:
    add                         Log one entry: a pain, the load around it, what you did
    list                        Show entries, oldest first
    export                      Write entries as CSV (default) or JSON, for spreadsheets or backup
    import                      Add entries from a CSV or JSON export (FILE, or - for stdin)
    analyze                     Does pain come back after passive relief without movement? Which loads come before it?
    report                      Weekly summary: pain by site, load, what was done, findings
    check                       Validate every month file; list each problem as FILE:LINE:COL
    edit                        Open a month file (default: this month) in $VISUAL or $EDITOR
    vocab                       List the sites and actions in force, their classes and aliases
    undo                        Remove the entry added last (it is kept in MONTH.toml.removed)
    delete                      Remove entries by id (they are kept in MONTH.toml.removed)
    amend                       Change fields of an entry by id (the old version is kept)
    trial                       Plan, follow and evaluate a randomised self-experiment
    due                         Passive relief waiting for movement, when it is due; a trial's task today
    completions                 Print a completion script for bash, zsh or fish
  
  Run `journal COMMAND --help` for a command's options and an example. See journal(1).
  
  journal: a command is required
  [2]
  $ journal add --help | tail -n 5
  Examples:
    journal add neck 6 --stress 7 --sitting 9.5 --breathing shallow --did massage --note "after the meeting"
    journal add --did stretching,walk --at 18:30
    journal add lower back 4 stretching --at "yesterday 6:30pm"
  With no arguments on a terminal, it asks for the fields (line editing, TAB completes names, history).
  $ journal frobnicate
  journal: unknown command 'frobnicate'; commands are add, list, export, import, analyze, report, check, edit, vocab, undo, delete, amend, trial, due, completions
  [2]

vocab lists the built-in names; the config file adds and reclassifies.

  $ journal vocab | head -n 5
  Sites
    head            also: headache, migraine, temples
    jaw             also: tmj
    neck            also: cervical
    upper-back      also: upper back, thoracic, between shoulder blades
  $ journal vocab | grep -A3 'Actions: movement'
  Actions: movement
    stretching          also: stretch
    exercise            also: workout
    strength            also: strength training, weights
  $ cat > config.toml <<'TOML'
  > sites = ["jaw-left", "Tennis Elbow"]
  > [site_aliases]
  > "pc neck" = "neck"
  > [actions]
  > passive = ["kinesio-tape"]
  > movement = ["climbing", "foam-roller"]
  > [action_aliases]
  > pt = "corrective-exercise"
  > TOML
  $ journal vocab | grep -e jaw-left -e tennis-elbow -e 'pc neck' -e kinesio -e climbing -e 'also: pt'
    neck            also: cervical, pc neck
    jaw-left
    tennis-elbow
    kinesio-tape
    climbing
  $ journal vocab | grep -B30 foam-roller | grep Actions: | tail -n 1
  Actions: movement
  $ journal add "PC Neck" 4 --did kinesio_tape,PT --at 09:00
  Added <ID>: neck 4/10 (kinesio-tape, corrective-exercise) at 2026-11-21 09:00
  $ journal list --format json --last 1
  [
  {"id":"<ID>","at":"2026-11-21T09:00:00+01:00","site":"neck","intensity":4,"did":["kinesio-tape","corrective-exercise"]}
  ]
  $ printf 'free_names = true\n' > config.toml
  $ journal add "left pinky" 2 --did "ice bath" --at 09:30
  Added <ID>: left-pinky 2/10 (ice-bath) at 2026-11-21 09:30
  New site 'left-pinky' added to this journal's vocabulary (vocab.toml).
  New action 'ice-bath' added to this journal's vocabulary as other (neither passive relief nor movement); to change: journal vocab add action ice-bath --class passive|movement|other
  $ journal add "o'brien" 2 --did "x\$(true)"
  journal: a new site name may hold letters, digits, spaces and '-', not 'o'brien'
  [2]
  $ journal vocab | tail -n 1
  Names match ignoring case, spaces, '_' and '-'. Unknown names are accepted (free_names = true).
  $ rm config.toml

Without the config, its kinesio-tape is a name the journal does not know;
`vocab add` keeps it in the journal's own vocabulary.

  $ journal check | head -n 1
  $TMP/journal/2026-11.toml:10:8: unknown action 'kinesio-tape'; if it is a name of your own: journal vocab add action kinesio-tape
  $ journal vocab add action kinesio-tape --class passive
  Added action 'kinesio-tape' (passive) to this journal's vocabulary (vocab.toml)

The directory comes from --dir, $JOURNAL_DIR, the config's `dir`, then
$XDG_DATA_HOME.

  $ printf 'dir = "~/from-config"\n' > config.toml
  $ env -u JOURNAL_DIR journal -q add neck 1 && ls from-config
  2026-11.toml
  $ env -u JOURNAL_DIR journal -q --dir elsewhere add neck 1 && ls elsewhere
  2026-11.toml
  $ rm config.toml
  $ env -u JOURNAL_DIR XDG_DATA_HOME=$PWD/xdg journal -q add neck 1 && ls xdg/painjournal
  2026-11.toml
  $ env -u JOURNAL_DIR -u JOURNAL_CONFIG XDG_CONFIG_HOME=$PWD/cfg sh -c 'mkdir -p cfg/painjournal && printf "dir = \"%s/via-xdg\"\n" "$PWD" > cfg/painjournal/config.toml && journal -q add neck 1' && ls via-xdg
  2026-11.toml

Completion scripts: see completions.t.

edit works on a copy in $EDITOR, validates it, keeps entries added
meanwhile and never leaves the month half-written.

  $ cat > ed.sh <<'SH'
  > #!/bin/sh
  > sed -i 's/intensity = 4/intensity = 5/' "$1"
  > SH
  $ chmod +x ed.sh
  $ EDITOR=./ed.sh journal edit 2026-11
  Saved $TMP/journal/2026-11.toml
  $ journal list --format csv | cut -d, -f5,6
  site,intensity
  neck,5
  left-pinky,2
  $ cat > ed-slow.sh <<'SH'
  > #!/bin/sh
  > journal -q add neck 9 --note "added while editing"
  > sed -i 's/intensity = 2/intensity = 3/' "$1"
  > SH
  $ chmod +x ed-slow.sh
  $ EDITOR=./ed-slow.sh journal edit
  Saved $TMP/journal/2026-11.toml (with the entries added while you edited)
  $ journal list --format csv | cut -d, -f5,6,11
  site,intensity,note
  neck,5,
  left-pinky,3,
  neck,9,added while editing
  $ EDITOR=true journal edit
  No changes to $TMP/journal/2026-11.toml
  $ EDITOR='sed -i s/intensity/pain/' journal edit
  warning: $TMP/journal/2026-11.toml:9:8: unknown key 'pain' ignored; entry keys are id, at, site, intensity, stress, sitting_hours, breathing, did, note, tags, factors
  warning: $TMP/journal/2026-11.toml:17:8: unknown key 'pain' ignored; entry keys are id, at, site, intensity, stress, sitting_hours, breathing, did, note, tags, factors
  warning: $TMP/journal/2026-11.toml:25:8: unknown key 'pain' ignored; entry keys are id, at, site, intensity, stress, sitting_hours, breathing, did, note, tags, factors
  warning: keeping the edit with its problems; every entry that loads is still read (see `journal check`)
  Saved $TMP/journal/2026-11.toml
  [1]
  $ journal check | tail -n 1
  Checked 1 file, 3 entries: 3 problems. Fix the rest with `journal edit YYYY-MM`.
  $ EDITOR=false journal edit 2026-10
  journal: the editor failed; $TMP/journal/2026-10.toml is unchanged
  [1]
  $ journal edit 2026-13
  journal: month must be YYYY-MM, not '2026-13'
  [2]
  $ ls -a journal
  .
  ..
  2026-11.toml
  vocab.toml
