Concurrent writers never lose an entry: W processes add 25 entries each to
the same month file at the same time. W is 20 (500 adds) in the release
build; the sanitizer build, where every process is many times slower, sets
PAINJOURNAL_TEST_WRITERS lower (tests/CMakeLists.txt). Nothing here waits
for a fixed time, so a slow or busy disk only makes it take longer.

  $ W=${PAINJOURNAL_TEST_WRITERS:-20}; N=$((W * 25))
  $ for p in $(seq 1 $W); do (for i in $(seq 1 25); do journal -q add neck 5 --note "p$p-$i" || echo "add failed"; done) & done; wait
  $ journal check | sed "s/ $N entries:/ N entries:/"
  Checked 1 file, N entries: no problems.
  $ [ "$(journal export --format csv | tail -n +2 | wc -l)" = $N ] && echo "every entry"
  every entry
  $ [ "$(journal export --format csv | cut -d, -f1 | tail -n +2 | sort -u | wc -l)" = $N ] && echo "every id once"
  every id once
  $ for p in 1 $W; do journal export --format csv | grep -c ",p$p-[0-9]*,\?$"; done
  25
  25
  $ [ "$($PYTHON -c 'import tomllib; print(len(tomllib.load(open("journal/2026-11.toml", "rb"))["entry"]))')" = $N ] && echo "tomllib reads every entry"
  tomllib reads every entry

A writer killed with SIGKILL in the middle of a stream of adds leaves at
most a torn tail, which --repair sets aside; the journal then loads. The
kill comes once the stream has written a few entries (not after a fixed
time, which a slow machine may not fill).

  $ entries() { grep -c '^\[\[entry\]\]' journal/2026-11.toml; }
  $ before=$(entries); (setsid bash -c 'while true; do journal -q add neck 4 --note "$(head -c 3000 /dev/zero | tr "\0" x)"; done' & until [ "$(entries)" -ge $((before + 3)) ]; do sleep 0.05; done; kill -KILL -- -$!; wait) 2>/dev/null
  $ journal check | grep -v -e '^Checked' -e 'the last entry is not loaded' | wc -l
  0
  $ journal -q check --repair >/dev/null; journal -q check && echo loadable
  loadable
  $ journal export --format csv | grep -c xxxxxxxxxx | awk '{ print ($1 >= 2) ? "entries of the killed writer loaded" : "too few loaded" }'
  entries of the killed writer loaded
