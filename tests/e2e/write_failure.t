A write that fails (here: the file size limit, as a full disk would) is cut
back: the month file keeps its bytes, the command exits 1.

  $ journal -q add neck 5 --note first
  $ cp journal/2026-11.toml before
  $ (ulimit -f 1; journal add neck 6 --note "$(head -c 2000 /dev/zero | tr '\0' x)")
  journal: cannot write $TMP/journal/2026-11.toml: File too large
  [1]
  $ cmp before journal/2026-11.toml && echo unchanged
  unchanged
  $ journal check
  Checked 1 file, 1 entry: no problems.

Signals that usually end a process (INT, TERM, HUP) wait until the entry is
written, so it is whole or absent; here each add either finished or never
started.

  $ for i in $(seq 1 30); do journal -q add neck 3 --note "sig $i" & pid=$!; kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; done; true
  $ journal check | sed -E 's/[0-9]+ entr(y|ies)/N entries/'
  Checked 1 file, N entries: no problems.

A repair that cannot write the side file (the disk is full; here the file
size limit) leaves the month file as it was and no side file behind: it
used to leave an empty or partial MONTH.toml.torn.

  $ printf '\n[[entry]]\nid = "01TORN"\nnote = "%s' "$(head -c 3000 /dev/zero | tr '\0' t)" >> journal/2026-11.toml
  $ cp journal/2026-11.toml torn.before
  $ (ulimit -f 1; journal check --repair)
  journal: cannot write $TMP/journal/2026-11.toml.torn: File too large; $TMP/journal/2026-11.toml is unchanged
  [1]
  $ cmp torn.before journal/2026-11.toml && echo unchanged; ls journal
  unchanged
  2026-11.toml
  $ journal -q check --repair; ls journal; journal check | sed -E 's/[0-9]+ entr(y|ies)/N entries/'
  $TMP/journal/2026-11.toml: moved the torn last entry (3032 bytes) to $TMP/journal/2026-11.toml.torn
  2026-11.toml
  2026-11.toml.torn
  Checked 1 file, N entries: no problems.

An export that cannot be written says which file and why, and leaves the
previous export as it was, with no temporary file behind.

  $ journal export -o backup.csv 2>/dev/null; cp backup.csv backup.before
  $ for i in $(seq 1 10); do journal -q add neck 3 --note "$(head -c 200 /dev/zero | tr '\0' n)" --at "$i minutes ago"; done
  $ (ulimit -f 2; journal export -o backup.csv)
  journal: cannot write backup.csv: File too large
  [1]
  $ cmp backup.csv backup.before && echo "previous export intact"; ls backup.csv*
  previous export intact
  backup.csv
  $ journal export -o missing/x.csv
  journal: cannot write missing/x.csv: No such file or directory
  [1]

`report -o` goes through the same writer: a failed write says why, and an
earlier report stays whole.

  $ journal report -q --format html -o week.html && cp week.html week.before
  $ (ulimit -f 2; journal report --weeks 8 --format html -o week.html)
  journal: cannot write week.html: File too large
  [1]
  $ cmp week.html week.before && echo "previous report intact"; ls week.html*
  previous report intact
  week.html
  $ journal report -o /dev/full
  journal: cannot write /dev/full: No space left on device
  [1]
