The bundled example journal and config load cleanly, and list reads them
as the README's quick start shows.

  $ journal --dir "$EXAMPLES/journal" --config "$EXAMPLES/config.toml" check
  Checked 4 files, 276 entries: no problems.
  $ journal --dir "$EXAMPLES/journal" list --since 2026-11-16 --until 2026-11-17
  WHEN              SITE        PAIN STRESS SITTING BREATHING  DID · NOTE
  2026-11-16 08:10  lower-back     2
  2026-11-16 14:35  -                                          posture-break
  2026-11-16 17:45  neck           6                           massage · 30
                                                               minutes, mostly
                                                               neck and shoulders
  2026-11-16 21:30  -                                          corrective-exercise
  2026-11-17 07:05  -                                          qigong
  2026-11-17 09:05  neck           2
  2026-11-17 20:00  -                     4     5.5 shallow
  2026-11-17 22:25  -                                          stretching · 10
                                                               minutes of neck
                                                               stretches before
                                                               bed
  8 entries
  $ journal --dir "$EXAMPLES/journal" export | tail -n +2 | wc -l
  276
  $ journal --dir "$EXAMPLES/journal" list --site neck --did massage --format csv | cut -d, -f3,4,6,10 | head -n 4
  date,time,intensity,did
  2026-08-28,18:45,,massage
  2026-08-31,18:20,3,massage
  2026-09-07,17:35,5,massage
  $ journal --config "$EXAMPLES/config.toml" vocab | grep -e jaw-left -e kinesio -e climbing
    jaw-left        also: left jaw
    kinesio-tape        also: tape
    climbing
  $ for f in "$EXAMPLES"/journal/*.toml; do $PYTHON -c 'import sys, tomllib; tomllib.load(open(sys.argv[1], "rb"))' "$f" || echo "$f"; done
