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
