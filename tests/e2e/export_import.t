journal export and import: CSV and JSON, the formula guard, and a lossless,
idempotent round trip.

  $ journal -q add neck 6 --stress 7 --sitting 9.5 --breathing shallow --did massage,stretching --note 'after the "budget" meeting, again' --tag work --factor sleep_hours=5.5 --at 2026-11-20T09:14
  $ journal -q add lower-back 4 --did walk --note "$(printf 'two\nlines, café 😀')" --factor steps=12000 --factor sleep_hours=7 --at 2026-10-25T01:30
  $ journal -q add --stress 3 --note "-3 points better" --factor mood=-2 --at 2026-10-25T03:30
  $ journal -q add jaw-left 2 --new --did tui-na --note "@home +rest" --tag "a b" --at 2026-08-01T00:15
  $ journal -q add head 5 --note "$(printf '\tindented')" --at 2026-11-21T09:59

CSV: header, then one column per factor (sorted); lists joined with ';';
absent fields empty; RFC 4180 quoting; text cells that begin with = + - @
tab or CR get a leading ' (not numbers such as mood = -2).

  $ journal export
  id,at,date,time,site,intensity,stress,sitting_hours,breathing,did,note,tags,factor.mood,factor.sleep_hours,factor.steps
  <ID>,2026-08-01T00:15:00+02:00,2026-08-01,00:15,jaw-left,2,,,,tui-na,'@home +rest,a b,,,
  <ID>,2026-10-25T01:30:00+02:00,2026-10-25,01:30,lower-back,4,,,,walk,"two
  lines, café 😀",,,7,12000
  <ID>,2026-10-25T03:30:00+01:00,2026-10-25,03:30,,,3,,,,'-3 points better,,-2,,
  <ID>,2026-11-20T09:14:00+01:00,2026-11-20,09:14,neck,6,7,9.5,shallow,massage;stretching,"after the ""budget"" meeting, again",work,,5.5,
  <ID>,2026-11-21T09:59:00+01:00,2026-11-21,09:59,head,5,,,,,'	indented,,,,
  $ journal export --raw | tail -n 2
  <ID>,2026-11-20T09:14:00+01:00,2026-11-20,09:14,neck,6,7,9.5,shallow,massage;stretching,"after the ""budget"" meeting, again",work,,5.5,
  <ID>,2026-11-21T09:59:00+01:00,2026-11-21,09:59,head,5,,,,,	indented,,,,

JSON: an array, one entry object a line, keys in the contract's order.

  $ journal export --format json
  [
  {"id":"<ID>","at":"2026-08-01T00:15:00+02:00","site":"jaw-left","intensity":2,"did":["tui-na"],"note":"@home +rest","tags":["a b"]},
  {"id":"<ID>","at":"2026-10-25T01:30:00+02:00","site":"lower-back","intensity":4,"did":["walk"],"note":"two\nlines, café 😀","factors":{"sleep_hours":7.0,"steps":12000.0}},
  {"id":"<ID>","at":"2026-10-25T03:30:00+01:00","stress":3,"note":"-3 points better","factors":{"mood":-2.0}},
  {"id":"<ID>","at":"2026-11-20T09:14:00+01:00","site":"neck","intensity":6,"stress":7,"sitting_hours":9.5,"breathing":"shallow","did":["massage","stretching"],"note":"after the \"budget\" meeting, again","tags":["work"],"factors":{"sleep_hours":5.5}},
  {"id":"<ID>","at":"2026-11-21T09:59:00+01:00","site":"head","intensity":5,"note":"\tindented"}
  ]

-o writes a file (0600) and says so on stderr; filters work as in list.

  $ journal export -o out.csv --site neck; stat -c %a out.csv; cat out.csv
  Exported 1 entry to out.csv
  600
  id,at,date,time,site,intensity,stress,sitting_hours,breathing,did,note,tags,factor.sleep_hours
  <ID>,2026-11-20T09:14:00+01:00,2026-11-20,09:14,neck,6,7,9.5,shallow,massage;stretching,"after the ""budget"" meeting, again",work,5.5

Without --format, -o's extension picks the format: .json writes JSON, .csv
(or no extension) CSV; --format wins; an extension export cannot write is
refused (exit 2, nothing written), naming the ones it can.

  $ journal export -q -o out.json --site neck && cat out.json
  [
  {"id":"<ID>","at":"2026-11-20T09:14:00+01:00","site":"neck","intensity":6,"stress":7,"sitting_hours":9.5,"breathing":"shallow","did":["massage","stretching"],"note":"after the \"budget\" meeting, again","tags":["work"],"factors":{"sleep_hours":5.5}}
  ]
  $ journal export -q -o OUT.JSON --site neck && head -c 2 OUT.JSON; echo
  [
  
  $ journal export -q -o out --site neck && head -1 out
  id,at,date,time,site,intensity,stress,sitting_hours,breathing,did,note,tags,factor.sleep_hours
  $ journal export -q -o out.txt --format json --site neck && head -c 2 out.txt; echo
  [
  
  $ journal export -o out.html
  journal: -o: cannot tell a format from '.html'; the file name may end in .csv, .json, or give --format
  [2]
  $ journal export -o out.xlsx; ls out.xlsx
  journal: -o: cannot tell a format from '.xlsx'; the file name may end in .csv, .json, or give --format
  ls: cannot access 'out.xlsx': No such file or directory
  [2]
  $ journal export --format json --since 2026-11-01 --until 2026-11-20
  [
  {"id":"<ID>","at":"2026-11-20T09:14:00+01:00","site":"neck","intensity":6,"stress":7,"sitting_hours":9.5,"breathing":"shallow","did":["massage","stretching"],"note":"after the \"budget\" meeting, again","tags":["work"],"factors":{"sleep_hours":5.5}}
  ]
  $ journal export --format table
  journal: --format must be one of csv, json, not 'table'
  [2]

Round trip: export, import into an empty journal, export again: the same
bytes, for CSV and for JSON. Importing again adds nothing. A name of the
journal's own (jaw-left, logged with --new) is unknown to the empty
journal: the import stops, nothing written, until --new adds it there too.

  $ journal export > a.csv && journal export --format json > a.json
  $ journal --dir j2 import a.csv
  journal: a.csv:2: unknown site 'jaw-left' (see `journal vocab`; import --new adds the names it does not know)
  [2]
  $ ls j2
  ls: cannot access 'j2': No such file or directory
  [2]
  $ journal --dir j2 import --new a.csv
  Imported 5 entries; skipped 0 already in the journal
  New site 'jaw-left' added to this journal's vocabulary (vocab.toml).
  $ journal --dir j2 export | cmp - a.csv && echo same csv
  same csv
  $ journal --dir j2 export --format json | cmp - a.json && echo same json
  same json
  $ journal --dir j2 import a.csv
  Imported 0 entries; skipped 5 already in the journal
  $ journal --dir j2 import a.json
  Imported 0 entries; skipped 5 already in the journal
  $ cp journal/vocab.toml j3-vocab.toml && mkdir -m 700 j3 && cp -p j3-vocab.toml j3/vocab.toml
  $ journal --dir j3 import - < a.json
  Imported 5 entries; skipped 0 already in the journal
  $ journal --dir j3 export | cmp - a.csv && echo same csv from json
  same csv from json
  $ diff -r journal j2 && echo same files
  same files

A spreadsheet's edits come back: ' guards undone, an id missing gets a new
one, names go through the vocabulary.

  $ printf 'at,site,intensity,did,note\n2026-11-01T10:00:00+01:00,Lower Back,3,Stretch;Walk,'"'"'=not a formula\n' > sheet.csv
  $ journal --dir j4 import sheet.csv
  Imported 1 entry; skipped 0 already in the journal
  $ journal --dir j4 export --format json
  [
  {"id":"<ID>","at":"2026-11-01T10:00:00+01:00","site":"lower-back","intensity":3,"did":["stretching","walk"],"note":"=not a formula"}
  ]

Bad imports change nothing and exit 2, naming the line and the field.

  $ printf 'id,at,intensity\nX,2026-11-01T10:00:00+01:00,12\n' > bad.csv
  $ journal --dir j4 import bad.csv
  journal: bad.csv:2: intensity must be a whole number from 0 to 10, not '12'
  [2]
  $ printf 'id,at,mood\n' > bad2.csv
  $ journal --dir j4 import bad2.csv
  journal: bad2.csv:1: unknown column 'mood'; expected id,at,date,time,site,intensity,stress,sitting_hours,breathing,did,note,tags and factor.NAME
  [2]
  $ printf '[{"at": "2026-11-01", "site": "neck"}]' > bad.json
  $ journal --dir j4 import bad.json
  journal: bad.json: entry 1: at must be an RFC 3339 date-time string
  [2]
  $ printf '[{"at": "2026-11-01T10:00:00Z", "pain": 3}]' > bad2.json
  $ journal --dir j4 import bad2.json
  journal: bad2.json: entry 1: unknown key 'pain'; entry keys are id, at, site, intensity, stress, sitting_hours, breathing, did, note, tags, factors
  [2]
  $ printf '[{"at": "2026-11-01T10:00:00Z"' > bad3.json
  $ journal --dir j4 import bad3.json
  journal: bad3.json: not valid JSON at byte 31
  [2]
  $ journal --dir j4 import nowhere.csv
  journal: cannot read nowhere.csv: No such file or directory
  [2]
  $ journal --dir j4 import --dry-run --new a.csv
  Would import 5 entries; skipped 0 already in the journal
  New site 'jaw-left' would be added to this journal's vocabulary (vocab.toml).
  $ journal --dir j4 list --format csv | wc -l
  2

A failed export leaves the previous file as it was (here the file size
limit stops the write half way); -o /dev/null writes to the device.

  $ journal export -o backup.csv 2>/dev/null; cp backup.csv backup.before
  $ for i in $(seq 1 40); do journal -q add neck 3 --note "$(head -c 200 /dev/zero | tr '\0' n)" --at "$i minutes ago"; done
  $ (ulimit -f 4; journal export -o backup.csv)
  journal: cannot write backup.csv: File too large
  [1]
  $ cmp backup.csv backup.before && echo "previous export intact"; ls backup.csv*
  previous export intact
  backup.csv
  $ journal export -o /dev/null; ls -l /dev/null | cut -c1
  Exported 45 entries to /dev/null
  c
