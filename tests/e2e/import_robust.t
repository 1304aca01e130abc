journal import of hostile JSON (issue 7): a number beyond the range of a
double and nesting 100,000 deep are bad input like any other: one line
naming the byte, exit status 2, nothing written. They used to abort (exit
134) and overflow the stack (exit 139).

  $ journal -q add neck 5 --note first
  $ cp journal/2026-11.toml before
  $ unchanged() { s=$?; cmp -s before journal/2026-11.toml && echo "unchanged, exit $s"; }

  $ printf '[{"at":"2026-11-20T10:00:00+01:00","sitting_hours":1e400}]\n' > big.json
  $ journal import big.json; unchanged
  journal: big.json: not valid JSON at byte 52: the number 1e400 is beyond the range of a double
  unchanged, exit 2
  $ printf '[{"at":"2026-11-20T10:00:00+01:00","factors":{"a":-1e400}}]\n' > big2.json
  $ journal import big2.json; unchanged
  journal: big2.json: not valid JSON at byte 51: the number -1e400 is beyond the range of a double
  unchanged, exit 2

  $ "$PYTHON" -c "print('[' * 100000 + ']' * 100000)" > deep.json
  $ journal import deep.json; unchanged
  journal: deep.json: JSON nested deeper than 64 levels at byte 65; an export nests 3
  unchanged, exit 2
  $ "$PYTHON" -c "print('[{\"at\":\"2026-11-20T10:00:00+01:00\",\"intensity\":' + '[' * 100000 + ']' * 100000 + '}]')" > deep2.json
  $ journal import deep2.json; unchanged
  journal: deep2.json: JSON nested deeper than 64 levels at byte 110; an export nests 3
  unchanged, exit 2
  $ "$PYTHON" -c "print('[' * 100000)" > open.json
  $ journal import open.json; unchanged
  journal: open.json: not valid JSON at byte 100002
  unchanged, exit 2
  $ journal import - < deep.json; unchanged
  journal: <stdin>: JSON nested deeper than 64 levels at byte 65; an export nests 3
  unchanged, exit 2

The program's own export nests 3 deep and imports as before.

  $ journal export --format json > all.json
  $ journal import all.json
  Imported 0 entries; skipped 1 already in the journal
  $ journal --dir fresh import all.json
  Imported 1 entry; skipped 0 already in the journal
