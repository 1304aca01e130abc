Concurrent writers never lose an entry: 20 processes add 25 entries each
to the same month file at the same time.

  $ for p in $(seq 1 20); do (for i in $(seq 1 25); do journal -q add neck 5 --note "p$p-$i" || echo "add failed"; done) & done; wait
  $ journal check
  Checked 1 file, 500 entries: no problems.
  $ journal export --format csv | tail -n +2 | wc -l
  500
  $ journal export --format csv | cut -d, -f1 | tail -n +2 | sort -u | wc -l
  500
  $ for p in 1 7 20; do journal export --format csv | grep -c ",p$p-[0-9]*,\?$"; done
  25
  25
  25
  $ $PYTHON -c 'import tomllib; print(len(tomllib.load(open("journal/2026-11.toml", "rb"))["entry"]))'
  500

A writer killed with SIGKILL in the middle of a stream of adds leaves at
most a torn tail, which --repair sets aside; the journal then loads.

  $ (setsid bash -c 'while true; do journal -q add neck 4 --note "$(head -c 3000 /dev/zero | tr "\0" x)"; done' & sleep 1; kill -KILL -- -$!; wait) 2>/dev/null
  $ journal check | grep -v -e '^Checked' -e 'the last entry is not loaded' | wc -l
  0
  $ journal -q check --repair >/dev/null; journal -q check && echo loadable
  loadable
  $ journal export --format csv | grep -c xxxxxxxxxx | awk '{ print ($1 > 0) ? "entries of the killed writer loaded" : "none loaded" }'
  entries of the killed writer loaded
