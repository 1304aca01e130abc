Completion: the scripts ask `journal completions --complete -- WORDS...`,
which answers from the commands' own definitions, so what TAB offers is
what the parser accepts. The bash script runs in this (real) bash.

  $ journal completions bash > c.bash && bash -n c.bash && . ./c.bash && complete -p journal
  complete -F _journal journal
  $ c() { COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=(); _journal; echo "${COMPREPLY[*]}"; }

Commands, then a command's options (with nothing typed after its
positionals, only its own, without --help; with - all, global ones too).

  $ c journal ''
  add list export import analyze report check edit vocab undo delete amend trial due completions --help
  $ c journal li
  list
  $ c journal list --l
  --last
  $ c journal check -
  --help --repair --version --dir --config --color --quiet --no-pager
  $ c journal vocab ''
  
  $ c journal list ''
  --since --until --site --did --tag --last --format --raw --ids --strict

Every --format offers its command's formats, and each is accepted.

  $ c journal report --format ''
  text json csv html
  $ c journal analyze --format ''
  text json html
  $ c journal list --format ''
  table csv json toml
  $ c journal export --format ''
  csv json
  $ c journal import --format j
  json
  $ for cmd in report analyze list export; do
  >   for f in $(c journal $cmd --format ''); do journal $cmd --format $f > /dev/null || echo "$cmd refuses $f"; done
  > done
  $ journal analyze --format csv
  journal: --format must be one of text, json, html, not 'csv'
  [2]

Names come from the vocabulary in force (config included); a comma list
completes its last item.

  $ c journal add --did massage,st
  massage,stretching massage,strength
  $ c journal list --site neck,shoulder-
  neck,shoulder-left neck,shoulder-right
  $ c journal add --site shoulder-r
  shoulder-right
  $ c journal add lower
  lower-back
  $ printf 'sites = ["jaw-left"]\n[actions]\nmovement = ["climbing"]\n' > config.toml
  $ c journal add ja
  jaw jaw-left
  $ c journal add --did cl
  climbing
  $ printf 'sites = ["knee-brace"]\n' > other.toml
  $ c journal --config other.toml add kn
  knee-left knee-right knee-brace
  $ rm config.toml

Field values come from the field table.

  $ c journal add --breathing ''
  shallow normal deep
  $ c journal add neck ''
  0 1 2 3 4 5 6 7 8 9 10
  $ c journal add neck 6 --st
  --stress
  $ c journal edit 2026-11 ''
  
  $ c journal --color ''
  auto always never
  $ c journal --color = al
  always
  $ c journal completions ''
  bash zsh fish

edit offers the months of the journal (of --dir when given), newest first.

  $ c journal edit ''
  
  $ journal -q add neck 3 --at 2026-10-03T10:00 && journal -q add neck 4
  $ c journal edit ''
  2026-11 2026-10
  $ journal --dir other -q add neck 3 --at 2026-09-03T10:00
  $ c journal --dir other edit ''
  2026-09
  $ c journal --dir '~/other' edit ''
  2026-09

Files and directories are left to the shell.

  $ mkdir somedir && touch backup.json
  $ c journal import back
  backup.json
  $ c journal --dir som
  somedir
  $ c journal report -o bac
  backup.json

zsh and fish get scripts that ask the same question.

  $ journal completions zsh | grep -c 'completions --complete'
  1
  $ journal completions fish | grep -c 'completions --complete'
  1
  $ journal completions tcsh
  journal: SHELL must be one of bash, zsh, fish, not 'tcsh'
  [2]
