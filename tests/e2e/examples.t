The bundled example journal and config load cleanly, and list reads them
as the README's quick start shows.

  $ journal --dir "$EXAMPLES/journal" --config "$EXAMPLES/config.toml" check
  Checked 5 files, 340 entries: no problems.
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
  340
  $ journal --dir "$EXAMPLES/journal" list --site neck --did massage --format csv | cut -d, -f3,4,6,10 | head -n 4
  date,time,intensity,did
  2026-08-28,18:45,,massage
  2026-08-31,18:20,3,massage
  2026-09-07,17:35,5,massage
  $ journal --config "$EXAMPLES/config.toml" vocab | grep -e jaw-left -e kinesio -e climbing
    jaw-left        also: left jaw
    kinesio-tape        also: tape
    climbing

The finished example trial, as the README's tour shows it (its plan was
written by `journal trial start` in examples/make_example.py).

  $ journal --dir "$EXAMPLES/journal" trial result jaw
  Trial jaw: meditation for your jaw, Mon 28 Sep 2026 to Sat 14 Nov 2026.
  
    pair  order  as usual (A)        meditation (B)      B - A
    1     BA     2.5 (2 days)        2.7 (3 days)        +0.2
    2     BA     4.5 (2 days)        1.0 (3 days)        -3.5
    3     BA     4.0 (3 days)        3.3 (3 days)        -0.7
    4     BA     2.5 (2 days)        3.7 (3 days)        +1.2
    5     AB     3.5 (2 days)        2.0 (3 days)        -1.5
    6     BA     3.7 (3 days)        2.0 (3 days)        -1.7
  
  Over 6 pairs of 4-day periods, your jaw's daily highest pain averaged 1.0
  points lower in meditation periods (95% CI -0.7 to 2.7), randomisation p =
  0.188 (smallest possible 0.031). Adherence: 22 of 24 meditation days, 23 of 24
  usual days. This is the result of this experiment in you: how your jaw did
  with and without meditation in these weeks.
  $ journal --dir "$EXAMPLES/journal" trial list
  jaw              jaw            meditation     2026-09-28 to 2026-11-14  finished
  $ for f in "$EXAMPLES"/journal/*.toml; do $PYTHON -c 'import sys, tomllib; tomllib.load(open(sys.argv[1], "rb"))' "$f" || echo "$f"; done
