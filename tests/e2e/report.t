journal report on the bundled example journal (it ends on Friday
2026-11-20; JOURNAL_NOW is Saturday 2026-11-21 10:00): this week so far,
a week across a month boundary, a week across the daylight-saving change,
an empty week, four weeks with their trend, and every format.

  $ J() { journal --dir "$EXAMPLES/journal" "$@"; }
  $ J report
  Week 2026-W47, Mon 16 Nov to Sun 22 Nov 2026 (so far)
  16 entries on 5 of 7 days.
  
                              episodes  pain       mean
  Pain               MTWTFSS     begun  days  per entry  highest  vs week before
    head                             0     0          -        -  none, was 4.0
    jaw                              0     0          -        -  none, was 3.2
    lower-back       ▂               0     0        2.0        2  ↓ from 3.0
    neck             ▅▂              0     1        4.0        6  ↓ from 4.2
    shoulder-right                   0     0          -        -  none, was 4.0
  
  Load                          this week  week before
    stress (mean per day)             3.8          5.6  ↓
    hours sat (mean per day)          7.1          7.2  ↓
    shallow-breathing days              1            4
  
  Done: posture-break 4, corrective-exercise 2, massage 1, qigong 1,
    stretching 1, yoga 1 (actions by class: passive 1, movement 9, other 0).
  Passive relief followed by movement within 48 h: 1 of 1 (100%).
  
  Trials
  Trial jaw: meditation for your jaw, Mon 28 Sep 2026 to Sat 14 Nov 2026,
  finished.
  Over 6 pairs of 4-day periods, your jaw's daily highest pain averaged 1.0
  points lower in meditation periods (95% CI -0.7 to 2.7), randomisation p =
  0.188 (smallest possible 0.031). Adherence: 22 of 24 meditation days, 23 of 24
  usual days. This is the result of this experiment in you: how your jaw did
  with and without meditation in these weeks.
  
  Findings over the whole journal
    - lower-back pain: a neck onset began the next day after 8 of 20 lower-back
      pain days (40%) and 3 of 63 other days (5%); risk ratio 8.4 (2.5-28.7), p
      < 0.001, q = 0.013; Spearman rho 0.36 (n = 83). An association, not proof
      of cause.
    - sitting >= 8 h: a shoulder-right onset began that day or the next after 8
      of 26 high days (31%) and 1 of 41 other days (2%); risk ratio 12.6
      (1.7-95.1), p = 0.0016, q = 0.031; Spearman rho 0.30 (n = 67). An
      association, not proof of cause.
    - stress >= 7: a head onset began that day or the next after 4 of 8 high
      days (50%) and 3 of 59 other days (5%); risk ratio 9.8 (2.7-36.2), p =
      0.0027, q = 0.036; Spearman rho 0.41 (n = 67). An association, not proof
      of cause.
  $ J report --week 2026-W40 --no-findings
  Week 2026-W40, Mon 28 Sep to Sun 4 Oct 2026
  35 entries on 7 of 7 days.
  
                              episodes  pain       mean
  Pain               MTWTFSS     begun  days  per entry  highest  vs week before
    jaw              ▄▂▃▃▄▄▂         2     5        3.0        4
    lower-back       ▅▃▃▂            1     3        3.6        5  ↑ from 1.0
    neck               ▄▅▃▂          1     3        3.5        5
  
  Load                          this week  week before
    stress (mean per day)             4.1          1.7  ↑
    hours sat (mean per day)          6.2          3.2  ↑
    shallow-breathing days              1            0  ↑
  
  Done: meditation 3, heat 2, stretching 2, medication 1, posture-break 1,
    qigong 1, walk 1 (actions by class: passive 3, movement 5, other 3).
  Passive relief followed by movement within 48 h: 1 of 3 (33%).
  
  Trials
  Trial jaw: meditation for your jaw, Mon 28 Sep 2026 to Sat 14 Nov 2026,
  finished.
  Over 6 pairs of 4-day periods, your jaw's daily highest pain averaged 1.0
  points lower in meditation periods (95% CI -0.7 to 2.7), randomisation p =
  0.188 (smallest possible 0.031). Adherence: 22 of 24 meditation days, 23 of 24
  usual days. This is the result of this experiment in you: how your jaw did
  with and without meditation in these weeks.
  $ J report --week 2026-10-22 --no-findings
  Week 2026-W43, Mon 19 Oct to Sun 25 Oct 2026
  33 entries on 7 of 7 days.
  
                              episodes  pain       mean
  Pain               MTWTFSS     begun  days  per entry  highest  vs week before
    head                 ▅           1     1        3.0        6  ↓ from 4.0
    jaw              ▅▃▄▅▅▃▃         0     7        4.0        5  ↑ from 3.6
    lower-back       ▂ ▅             1     1        3.0        5  ↓ from 3.5
    neck             ▂  ▅▄▂          1     2        3.8        6  ↑ from 1.0
    shoulder-right    ▄              1     1        3.5        4  ↑ from 2.8
  
  Load                          this week  week before
    stress (mean per day)             6.2          5.4  ↑
    hours sat (mean per day)          8.4          7.1  ↑
    shallow-breathing days              3            2  ↑
  
  Done: meditation 3, posture-break 2, acupuncture 1, heat 1, walk 1, yoga 1
    (actions by class: passive 2, movement 4, other 3).
  Passive relief followed by movement within 48 h: 0 of 2 (0%).
  
  Trials
  Trial jaw: meditation for your jaw, Mon 28 Sep 2026 to Sat 14 Nov 2026,
  finished.
  Over 6 pairs of 4-day periods, your jaw's daily highest pain averaged 1.0
  points lower in meditation periods (95% CI -0.7 to 2.7), randomisation p =
  0.188 (smallest possible 0.031). Adherence: 22 of 24 meditation days, 23 of 24
  usual days. This is the result of this experiment in you: how your jaw did
  with and without meditation in these weeks.
  $ J report --week 2026-W30
  Week 2026-W30, Mon 20 Jul to Sun 26 Jul 2026
  0 entries on 0 of 7 days.
  Nothing logged this week.
  
  Findings over the whole journal
    - lower-back pain: a neck onset began the next day after 8 of 20 lower-back
      pain days (40%) and 3 of 63 other days (5%); risk ratio 8.4 (2.5-28.7), p
      < 0.001, q = 0.013; Spearman rho 0.36 (n = 83). An association, not proof
      of cause.
    - sitting >= 8 h: a shoulder-right onset began that day or the next after 8
      of 26 high days (31%) and 1 of 41 other days (2%); risk ratio 12.6
      (1.7-95.1), p = 0.0016, q = 0.031; Spearman rho 0.30 (n = 67). An
      association, not proof of cause.
    - stress >= 7: a head onset began that day or the next after 4 of 8 high
      days (50%) and 3 of 59 other days (5%); risk ratio 9.8 (2.7-36.2), p =
      0.0027, q = 0.036; Spearman rho 0.41 (n = 67). An association, not proof
      of cause.
  $ J report --weeks 4 --no-findings
  Week 2026-W47, Mon 16 Nov to Sun 22 Nov 2026 (so far)
  16 entries on 5 of 7 days.
  
                              episodes  pain       mean
  Pain               MTWTFSS     begun  days  per entry  highest  vs week before
    head                             0     0          -        -  none, was 4.0
    jaw                              0     0          -        -  none, was 3.2
    lower-back       ▂               0     0        2.0        2  ↓ from 3.0
    neck             ▅▂              0     1        4.0        6  ↓ from 4.2
    shoulder-right                   0     0          -        -  none, was 4.0
  
  Load                          this week  week before
    stress (mean per day)             3.8          5.6  ↓
    hours sat (mean per day)          7.1          7.2  ↓
    shallow-breathing days              1            4
  
  Done: posture-break 4, corrective-exercise 2, massage 1, qigong 1,
    stretching 1, yoga 1 (actions by class: passive 1, movement 9, other 0).
  Passive relief followed by movement within 48 h: 1 of 1 (100%).
  
  Week 2026-W46, Mon 9 Nov to Sun 15 Nov 2026
  44 entries on 7 of 7 days.
  
                              episodes  pain       mean
  Pain               MTWTFSS     begun  days  per entry  highest  vs week before
    head              ▆              1     1        4.0        7  ↑ from 3.0
    jaw              ▂▃▃▄▄▃          1     5        3.2        4  ↑ from 1.9
    lower-back       ▄▃▂  ▃▃         1     4        3.0        4  ↓ from 4.0
    neck               ▅▅▃▁▅         2     4        4.2        6  ↑ from 4.0
    shoulder-right   ▄▅▅▄            1     4        4.0        5
  
  Load                          this week  week before
    stress (mean per day)             5.6          4.3  ↑
    hours sat (mean per day)          7.2          6.1  ↑
    shallow-breathing days              4            0  ↑
  
  Done: corrective-exercise 3, walk 3, heat 2, massage 2, meditation 2,
    medication 1, posture-break 1 (actions by class: passive 5, movement 7,
    other 2).
  Passive relief followed by movement within 48 h: 2 of 5 (40%).
  
  Week 2026-W45, Mon 2 Nov to Sun 8 Nov 2026
  35 entries on 7 of 7 days.
  
                              episodes  pain       mean
  Pain               MTWTFSS     begun  days  per entry  highest  vs week before
    head               ▄             1     1        3.0        4
    jaw              ▃▂▃▃▁▂▂         1     3        1.9        3  ↓ from 3.2
    lower-back             ▄         1     1        4.0        4  ↑ from 2.8
    neck             ▂▁▅▆▅▂          1     3        4.0        7  = from 4.0
  
  Load                          this week  week before
    stress (mean per day)             4.3          4.0  ↑
    hours sat (mean per day)          6.1          7.0  ↓
    shallow-breathing days              0            0  =
  
  Done: meditation 6, corrective-exercise 2, posture-break 2, heat 1, massage 1,
    medication 1, walk 1 (actions by class: passive 3, movement 5, other 6).
  Passive relief followed by movement within 48 h: 0 of 3 (0%).
  
  Week 2026-W44, Mon 26 Oct to Sun 1 Nov 2026
  19 entries on 4 of 7 days.
  
                              episodes  pain       mean
  Pain               MTWTFSS     begun  days  per entry  highest  vs week before
    head                             0     0          -        -  none, was 3.0
    jaw              ▄▂▃   ▄         2     3        3.2        4  ↓ from 4.0
    lower-back       ▄▃▂             1     2        2.8        4  ↓ from 3.0
    neck               ▄             1     1        4.0        4  ↑ from 3.8
    shoulder-right                   0     0          -        -  none, was 3.5
  
  Load                          this week  week before
    stress (mean per day)             4.0          6.2  ↓
    hours sat (mean per day)          7.0          8.4  ↓
    shallow-breathing days              0            3  ↓
  
  Done: posture-break 3, walk 3, corrective-exercise 2 (actions by class:
    passive 0, movement 8, other 0).
  
  Mean per entry       W44   W45   W46   W47
    head                 -   3.0   4.0     -
    jaw                3.2   1.9   3.2     -
    lower-back         2.8   4.0   3.0   2.0  ↓
    neck               4.0   4.0   4.2   4.0  =
    shoulder-right       -     -   4.0     -
  
  Trials
  Trial jaw: meditation for your jaw, Mon 28 Sep 2026 to Sat 14 Nov 2026,
  finished.
  Over 6 pairs of 4-day periods, your jaw's daily highest pain averaged 1.0
  points lower in meditation periods (95% CI -0.7 to 2.7), randomisation p =
  0.188 (smallest possible 0.031). Adherence: 22 of 24 meditation days, 23 of 24
  usual days. This is the result of this experiment in you: how your jaw did
  with and without meditation in these weeks.

JSON and CSV: the same numbers, for machines and spreadsheets.

  $ J report --week last --format json
  {
    "weeks": [
      {
        "week": "2026-W46",
        "start": "2026-11-09",
        "entries": 44,
        "days_logged": 7,
        "sites": [
          {
            "site": "head",
            "episodes": 1,
            "pain_days": 1,
            "mean_intensity": 4.0,
            "max_intensity": 7,
            "prev_mean_intensity": 3.0,
            "mean_intensity_change": "up",
            "daily_max": [
              null,
              7,
              null,
              null,
              null,
              null,
              null
            ]
          },
          {
            "site": "jaw",
            "episodes": 1,
            "pain_days": 5,
            "mean_intensity": 3.1666666666666665,
            "max_intensity": 4,
            "prev_mean_intensity": 1.8571428571428572,
            "mean_intensity_change": "up",
            "daily_max": [
              2,
              3,
              3,
              4,
              4,
              3,
              null
            ]
          },
          {
            "site": "lower-back",
            "episodes": 1,
            "pain_days": 4,
            "mean_intensity": 3.0,
            "max_intensity": 4,
            "prev_mean_intensity": 4.0,
            "mean_intensity_change": "down",
            "daily_max": [
              4,
              3,
              2,
              null,
              null,
              3,
              3
            ]
          },
          {
            "site": "neck",
            "episodes": 2,
            "pain_days": 4,
            "mean_intensity": 4.25,
            "max_intensity": 6,
            "prev_mean_intensity": 4.0,
            "mean_intensity_change": "up",
            "daily_max": [
              null,
              null,
              5,
              5,
              3,
              0,
              6
            ]
          },
          {
            "site": "shoulder-right",
            "episodes": 1,
            "pain_days": 4,
            "mean_intensity": 4.0,
            "max_intensity": 5,
            "prev_mean_intensity": null,
            "mean_intensity_change": null,
            "daily_max": [
              4,
              5,
              5,
              4,
              null,
              null,
              null
            ]
          }
        ],
        "load": {
          "stress_mean": 5.6,
          "prev_stress_mean": 4.285714285714286,
          "stress_mean_change": "up",
          "sitting_hours_mean": 7.2,
          "prev_sitting_hours_mean": 6.071428571428571,
          "sitting_hours_mean_change": "up",
          "shallow_days": 4,
          "prev_shallow_days": 0,
          "shallow_days_change": "up"
        },
        "actions": {
          "corrective-exercise": 3,
          "walk": 3,
          "heat": 2,
          "massage": 2,
          "meditation": 2,
          "medication": 1,
          "posture-break": 1
        },
        "followup": {
          "passive": 5,
          "with_followup": 2,
          "open": []
        },
        "findings": [
          "lower-back pain: a neck onset began the next day after 8 of 20 lower-back pain days (40%) and 3 of 63 other days (5%); risk ratio 8.4 (2.5-28.7), p < 0.001, q = 0.013; Spearman rho 0.36 (n = 83). An association, not proof of cause.",
          "sitting >= 8 h: a shoulder-right onset began that day or the next after 8 of 26 high days (31%) and 1 of 41 other days (2%); risk ratio 12.6 (1.7-95.1), p = 0.0016, q = 0.031; Spearman rho 0.30 (n = 67). An association, not proof of cause.",
          "stress >= 7: a head onset began that day or the next after 4 of 8 high days (50%) and 3 of 59 other days (5%); risk ratio 9.8 (2.7-36.2), p = 0.0027, q = 0.036; Spearman rho 0.41 (n = 67). An association, not proof of cause."
        ]
      }
    ],
    "trials": [
      {
        "name": "jaw",
        "site": "jaw",
        "action": "meditation",
        "first_day": "2026-09-28",
        "period_days": 4,
        "washout_days": 1,
        "sequence": [
          "BA",
          "BA",
          "BA",
          "BA",
          "AB",
          "BA"
        ],
        "complete": true,
        "stopped": null,
        "pairs": [
          {
            "order": "BA",
            "a": {
              "mean": 2.5,
              "days": 2,
              "adherent": 3
            },
            "b": {
              "mean": 2.6666666666666665,
              "days": 3,
              "adherent": 3
            },
            "difference": 0.16666666666666652
          },
          {
            "order": "BA",
            "a": {
              "mean": 4.5,
              "days": 2,
              "adherent": 4
            },
            "b": {
              "mean": 1.0,
              "days": 3,
              "adherent": 4
            },
            "difference": -3.5
          },
          {
            "order": "BA",
            "a": {
              "mean": 4.0,
              "days": 3,
              "adherent": 4
            },
            "b": {
              "mean": 3.3333333333333335,
              "days": 3,
              "adherent": 4
            },
            "difference": -0.6666666666666665
          },
          {
            "order": "BA",
            "a": {
              "mean": 2.5,
              "days": 2,
              "adherent": 4
            },
            "b": {
              "mean": 3.6666666666666665,
              "days": 3,
              "adherent": 3
            },
            "difference": 1.1666666666666665
          },
          {
            "order": "AB",
            "a": {
              "mean": 3.5,
              "days": 2,
              "adherent": 4
            },
            "b": {
              "mean": 2.0,
              "days": 3,
              "adherent": 4
            },
            "difference": -1.5
          },
          {
            "order": "BA",
            "a": {
              "mean": 3.6666666666666665,
              "days": 3,
              "adherent": 4
            },
            "b": {
              "mean": 2.0,
              "days": 3,
              "adherent": 4
            },
            "difference": -1.6666666666666665
          }
        ],
        "effect": -1.0,
        "effect_ci": [
          -2.6993802082556746,
          0.6993802082556744
        ],
        "p_value": 0.1875,
        "min_p": 0.03125,
        "state": "finished",
        "today": null,
        "daily": [
          4,
          2,
          3,
          3,
          4,
          4,
          1,
          null,
          2,
          1,
          2,
          0,
          3,
          null,
          5,
          4,
          3,
          3,
          4,
          3,
          3,
          5,
          3,
          4,
          5,
          5,
          3,
          3,
          4,
          2,
          3,
          null,
          null,
          null,
          4,
          3,
          2,
          3,
          3,
          0,
          1,
          1,
          2,
          3,
          3,
          4,
          4,
          3
        ]
      }
    ]
  }
  $ J report --weeks 2 --format csv --no-findings
  week,start,site,episodes,pain_days,mean_intensity,max_intensity,prev_mean_intensity,mon,tue,wed,thu,fri,sat,sun,stress_mean,sitting_hours_mean,shallow_days,mean_intensity_change,prev_stress_mean,stress_mean_change,prev_sitting_hours_mean,sitting_hours_mean_change,prev_shallow_days,shallow_days_change
  2026-W47,2026-11-16,head,0,0,,,4,,,,,,,,3.75,7.125,1,,5.6,down,7.2,down,4,
  2026-W47,2026-11-16,jaw,0,0,,,3.1666666666666665,,,,,,,,3.75,7.125,1,,5.6,down,7.2,down,4,
  2026-W47,2026-11-16,lower-back,0,0,2,2,3,2,,,,,,,3.75,7.125,1,down,5.6,down,7.2,down,4,
  2026-W47,2026-11-16,neck,0,1,4,6,4.25,6,2,,,,,,3.75,7.125,1,down,5.6,down,7.2,down,4,
  2026-W47,2026-11-16,shoulder-right,0,0,,,4,,,,,,,,3.75,7.125,1,,5.6,down,7.2,down,4,
  2026-W46,2026-11-09,head,1,1,4,7,3,,7,,,,,,5.6,7.2,4,up,4.285714285714286,up,6.071428571428571,up,0,up
  2026-W46,2026-11-09,jaw,1,5,3.1666666666666665,4,1.8571428571428572,2,3,3,4,4,3,,5.6,7.2,4,up,4.285714285714286,up,6.071428571428571,up,0,up
  2026-W46,2026-11-09,lower-back,1,4,3,4,4,4,3,2,,,3,3,5.6,7.2,4,down,4.285714285714286,up,6.071428571428571,up,0,up
  2026-W46,2026-11-09,neck,2,4,4.25,6,4,,,5,5,3,0,6,5.6,7.2,4,up,4.285714285714286,up,6.071428571428571,up,0,up
  2026-W46,2026-11-09,shoulder-right,1,4,4,5,,4,5,5,4,,,,5.6,7.2,4,,4.285714285714286,up,6.071428571428571,up,0,up

HTML: one self-contained page (no script, no link, no external font).

  $ J report --weeks 4 --format html -o report.html
  Wrote report.html
  $ stat -c %a report.html
  600
  $ grep -c -i -e '<script' -e '<link' -e 'src=' -e '@import' -e 'url(' -e '@font-face' report.html
  13
  $ grep -c '<svg' report.html
  4
  $ grep -o '<h2>[^<]*</h2>' report.html
  <h2>Daily highest intensity by site</h2>
  <h2>Load</h2>
  <h2>Week 2026-W47, Mon 16 Nov to Sun 22 Nov 2026 (so far)</h2>
  <h2>Week 2026-W46, Mon 9 Nov to Sun 15 Nov 2026</h2>
  <h2>Week 2026-W45, Mon 2 Nov to Sun 8 Nov 2026</h2>
  <h2>Week 2026-W44, Mon 26 Oct to Sun 1 Nov 2026</h2>
  <h2>Trials</h2>
  <h2>Findings over the whole journal</h2>
  $ J report --week 2026-W30 --format html --no-findings | $PYTHON -c 'import sys, html.parser; p = html.parser.HTMLParser(); p.feed(sys.stdin.read()); print("parsed")'
  parsed

The page of one week, whole (charts as inline SVG, print CSS for A4).

  $ J report --format html --no-findings
  <!DOCTYPE html>
  <html lang="en">
  <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Pain journal, 2026-W47</title>
  <style>
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
         color: #222; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.5rem; margin-bottom: .2rem; }
  h2 { font-size: 1.15rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 1.6rem; }
  h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
  table { border-collapse: collapse; margin: .3rem 0 .8rem; }
  th, td { padding: .15rem .6rem; text-align: right; border-bottom: 1px solid #eee; }
  th:first-child, td:first-child { text-align: left; }
  th { font-weight: 600; }
  .note { color: #555; font-size: .9rem; }
  .strip { font-family: ui-monospace, "DejaVu Sans Mono", monospace; letter-spacing: .1em; white-space: pre; }
  svg { display: block; max-width: 100%; height: auto; }
  @media print {
    @page { size: A4; margin: 14mm; }
    body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
    section { break-inside: avoid; }
    h2 { break-after: avoid; }
  }
  </style>
  </head>
  <body>
  <h1>Pain journal, 2026-W47</h1>
  <p class="note">As of Sat 21 Nov 2026 10:00. Weeks run Monday to Sunday. Intensity is 0-10. Findings are associations in these records, not proof of cause; each number stands with its count and uncertainty.</p>
  <section>
  <h2>Daily highest intensity by site</h2>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 224" width="100%" role="img" aria-label="Daily highest intensity by site">
  <line x1="36" y1="180.0" x2="708" y2="180.0" stroke="#ddd"/><text x="32" y="183.0" font-size="10" text-anchor="end" fill="#555">0</text>
  <line x1="36" y1="138.0" x2="708" y2="138.0" stroke="#ddd"/><text x="32" y="141.0" font-size="10" text-anchor="end" fill="#555">2.5</text>
  <line x1="36" y1="96.0" x2="708" y2="96.0" stroke="#ddd"/><text x="32" y="99.0" font-size="10" text-anchor="end" fill="#555">5</text>
  <line x1="36" y1="54.0" x2="708" y2="54.0" stroke="#ddd"/><text x="32" y="57.0" font-size="10" text-anchor="end" fill="#555">7.5</text>
  <line x1="36" y1="12.0" x2="708" y2="12.0" stroke="#ddd"/><text x="32" y="15.0" font-size="10" text-anchor="end" fill="#555">10</text>
  <text x="36.0" y="194" font-size="10" text-anchor="start" fill="#555">16 Nov</text><circle cx="84.0" cy="146.4" r="3" fill="#2ca02c"/><polyline fill="none" stroke="#2ca02c" stroke-width="2" points="84.0,146.4 "/>
  <circle cx="84.0" cy="79.2" r="3" fill="#9467bd"/><circle cx="180.0" cy="146.4" r="3" fill="#9467bd"/><polyline fill="none" stroke="#9467bd" stroke-width="2" points="84.0,79.2 180.0,146.4 "/>
  <rect x="36.0" y="202.0" width="10" height="10" fill="#1f77b4"/><text x="50.0" y="211.0" font-size="11">head</text>
  <rect x="172.0" y="202.0" width="10" height="10" fill="#d62728"/><text x="186.0" y="211.0" font-size="11">jaw</text>
  <rect x="308.0" y="202.0" width="10" height="10" fill="#2ca02c"/><text x="322.0" y="211.0" font-size="11">lower-back</text>
  <rect x="444.0" y="202.0" width="10" height="10" fill="#9467bd"/><text x="458.0" y="211.0" font-size="11">neck</text>
  <rect x="580.0" y="202.0" width="10" height="10" fill="#ff7f0e"/><text x="594.0" y="211.0" font-size="11">shoulder-right</text>
  </svg>
  </section>
  <section>
  <h2>Load</h2>
  <h3>Stress (daily mean, 0-10)</h3>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 224" width="100%" role="img" aria-label="Daily mean stress">
  <line x1="36" y1="180.0" x2="708" y2="180.0" stroke="#ddd"/><text x="32" y="183.0" font-size="10" text-anchor="end" fill="#555">0</text>
  <line x1="36" y1="138.0" x2="708" y2="138.0" stroke="#ddd"/><text x="32" y="141.0" font-size="10" text-anchor="end" fill="#555">2.5</text>
  <line x1="36" y1="96.0" x2="708" y2="96.0" stroke="#ddd"/><text x="32" y="99.0" font-size="10" text-anchor="end" fill="#555">5</text>
  <line x1="36" y1="54.0" x2="708" y2="54.0" stroke="#ddd"/><text x="32" y="57.0" font-size="10" text-anchor="end" fill="#555">7.5</text>
  <line x1="36" y1="12.0" x2="708" y2="12.0" stroke="#ddd"/><text x="32" y="15.0" font-size="10" text-anchor="end" fill="#555">10</text>
  <text x="36.0" y="194" font-size="10" text-anchor="start" fill="#555">16 Nov</text><circle cx="180.0" cy="112.8" r="3" fill="#1f77b4"/><circle cx="276.0" cy="112.8" r="3" fill="#1f77b4"/><circle cx="372.0" cy="112.8" r="3" fill="#1f77b4"/><circle cx="468.0" cy="129.6" r="3" fill="#1f77b4"/><polyline fill="none" stroke="#1f77b4" stroke-width="2" points="180.0,112.8 276.0,112.8 372.0,112.8 468.0,129.6 "/>
  <rect x="36.0" y="202.0" width="10" height="10" fill="#1f77b4"/><text x="50.0" y="211.0" font-size="11">stress</text>
  </svg>
  <h3>Hours sat (daily mean)</h3>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 224" width="100%" role="img" aria-label="Daily mean hours sat">
  <line x1="36" y1="180.0" x2="708" y2="180.0" stroke="#ddd"/><text x="32" y="183.0" font-size="10" text-anchor="end" fill="#555">0</text>
  <line x1="36" y1="138.0" x2="708" y2="138.0" stroke="#ddd"/><text x="32" y="141.0" font-size="10" text-anchor="end" fill="#555">6</text>
  <line x1="36" y1="96.0" x2="708" y2="96.0" stroke="#ddd"/><text x="32" y="99.0" font-size="10" text-anchor="end" fill="#555">12</text>
  <line x1="36" y1="54.0" x2="708" y2="54.0" stroke="#ddd"/><text x="32" y="57.0" font-size="10" text-anchor="end" fill="#555">18</text>
  <line x1="36" y1="12.0" x2="708" y2="12.0" stroke="#ddd"/><text x="32" y="15.0" font-size="10" text-anchor="end" fill="#555">24</text>
  <text x="36.0" y="194" font-size="10" text-anchor="start" fill="#555">16 Nov</text><rect x="151.2" y="141.5" width="57.6" height="38.5" fill="#1f77b4" opacity="0.6"/><rect x="247.2" y="134.5" width="57.6" height="45.5" fill="#1f77b4" opacity="0.6"/><rect x="343.2" y="127.5" width="57.6" height="52.5" fill="#1f77b4" opacity="0.6"/><rect x="439.2" y="117.0" width="57.6" height="63.0" fill="#1f77b4" opacity="0.6"/><rect x="36.0" y="202.0" width="10" height="10" fill="#1f77b4"/><text x="50.0" y="211.0" font-size="11">hours sat</text>
  </svg>
  </section>
  <section>
  <h2>Week 2026-W47, Mon 16 Nov to Sun 22 Nov 2026 (so far)</h2>
  <p>16 entries on 5 of 7 days.</p>
  <table>
  <tr><th>Site</th><th>Mon-Sun</th><th>Episodes begun</th><th>Pain days</th><th>Mean per entry</th><th>Highest</th><th>Week before</th></tr>
  <tr><td>head</td><td class="strip">       </td><td>0</td><td>0</td><td>-</td><td>-</td><td>none, was 4.0</td></tr>
  <tr><td>jaw</td><td class="strip">       </td><td>0</td><td>0</td><td>-</td><td>-</td><td>none, was 3.2</td></tr>
  <tr><td>lower-back</td><td class="strip">▂      </td><td>0</td><td>0</td><td>2.0</td><td>2</td><td>↓ from 3.0</td></tr>
  <tr><td>neck</td><td class="strip">▅▂     </td><td>0</td><td>1</td><td>4.0</td><td>6</td><td>↓ from 4.2</td></tr>
  <tr><td>shoulder-right</td><td class="strip">       </td><td>0</td><td>0</td><td>-</td><td>-</td><td>none, was 4.0</td></tr>
  </table>
  <table>
  <tr><th>Load</th><th>This week</th><th>Week before</th></tr>
  <tr><td>Stress (mean per day)</td><td>3.8 ↓</td><td>5.6</td></tr>
  <tr><td>Hours sat (mean per day)</td><td>7.1 ↓</td><td>7.2</td></tr>
  <tr><td>Shallow-breathing days</td><td>1</td><td>4</td></tr>
  </table>
  <p>Done: posture-break 4, corrective-exercise 2, massage 1, qigong 1, stretching 1, yoga 1 (actions by class: passive 1, movement 9, other 0).</p>
  <p>Passive relief followed by movement within 48 h: 1 of 1 (100%).</p>
  </section>
  <section>
  <h2>Trials</h2>
  <h3>Trial jaw: meditation for your jaw, Mon 28 Sep 2026 to Sat 14 Nov 2026, finished.</h3>
  <p>Over 6 pairs of 4-day periods, your jaw's daily highest pain averaged 1.0 points lower in meditation periods (95% CI -0.7 to 2.7), randomisation p = 0.188 (smallest possible 0.031). Adherence: 22 of 24 meditation days, 23 of 24 usual days. This is the result of this experiment in you: how your jaw did with and without meditation in these weeks.</p>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 242" width="100%" role="img" aria-label="Trial jaw: daily highest jaw pain in its A and B periods">
  <defs><pattern id="trial-washout-0" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#999" stroke-width="1.5"/></pattern></defs>
  <rect x="36.0" y="22" width="56.0" height="150" fill="#fde2c4"/><rect x="36.0" y="22" width="14.0" height="150" fill="url(#trial-washout-0)" opacity="0.5"/><text x="64.0" y="16" font-size="10" text-anchor="middle" fill="#555">B</text>
  <rect x="92.0" y="22" width="56.0" height="150" fill="#dceaf7"/><rect x="92.0" y="22" width="14.0" height="150" fill="url(#trial-washout-0)" opacity="0.5"/><text x="120.0" y="16" font-size="10" text-anchor="middle" fill="#555">A</text>
  <rect x="148.0" y="22" width="56.0" height="150" fill="#fde2c4"/><rect x="148.0" y="22" width="14.0" height="150" fill="url(#trial-washout-0)" opacity="0.5"/><text x="176.0" y="16" font-size="10" text-anchor="middle" fill="#555">B</text>
  <rect x="204.0" y="22" width="56.0" height="150" fill="#dceaf7"/><rect x="204.0" y="22" width="14.0" height="150" fill="url(#trial-washout-0)" opacity="0.5"/><text x="232.0" y="16" font-size="10" text-anchor="middle" fill="#555">A</text>
  <rect x="260.0" y="22" width="56.0" height="150" fill="#fde2c4"/><rect x="260.0" y="22" width="14.0" height="150" fill="url(#trial-washout-0)" opacity="0.5"/><text x="288.0" y="16" font-size="10" text-anchor="middle" fill="#555">B</text>
  <rect x="316.0" y="22" width="56.0" height="150" fill="#dceaf7"/><rect x="316.0" y="22" width="14.0" height="150" fill="url(#trial-washout-0)" opacity="0.5"/><text x="344.0" y="16" font-size="10" text-anchor="middle" fill="#555">A</text>
  <rect x="372.0" y="22" width="56.0" height="150" fill="#fde2c4"/><rect x="372.0" y="22" width="14.0" height="150" fill="url(#trial-washout-0)" opacity="0.5"/><text x="400.0" y="16" font-size="10" text-anchor="middle" fill="#555">B</text>
  <rect x="428.0" y="22" width="56.0" height="150" fill="#dceaf7"/><rect x="428.0" y="22" width="14.0" height="150" fill="url(#trial-washout-0)" opacity="0.5"/><text x="456.0" y="16" font-size="10" text-anchor="middle" fill="#555">A</text>
  <rect x="484.0" y="22" width="56.0" height="150" fill="#dceaf7"/><rect x="484.0" y="22" width="14.0" height="150" fill="url(#trial-washout-0)" opacity="0.5"/><text x="512.0" y="16" font-size="10" text-anchor="middle" fill="#555">A</text>
  <rect x="540.0" y="22" width="56.0" height="150" fill="#fde2c4"/><rect x="540.0" y="22" width="14.0" height="150" fill="url(#trial-washout-0)" opacity="0.5"/><text x="568.0" y="16" font-size="10" text-anchor="middle" fill="#555">B</text>
  <rect x="596.0" y="22" width="56.0" height="150" fill="#fde2c4"/><rect x="596.0" y="22" width="14.0" height="150" fill="url(#trial-washout-0)" opacity="0.5"/><text x="624.0" y="16" font-size="10" text-anchor="middle" fill="#555">B</text>
  <rect x="652.0" y="22" width="56.0" height="150" fill="#dceaf7"/><rect x="652.0" y="22" width="14.0" height="150" fill="url(#trial-washout-0)" opacity="0.5"/><text x="680.0" y="16" font-size="10" text-anchor="middle" fill="#555">A</text>
  <line x1="36" y1="172.0" x2="708" y2="172.0" stroke="#fff" stroke-width="0.8"/><text x="32" y="175.0" font-size="10" text-anchor="end" fill="#555">0</text>
  <line x1="36" y1="97.0" x2="708" y2="97.0" stroke="#fff" stroke-width="0.8"/><text x="32" y="100.0" font-size="10" text-anchor="end" fill="#555">5</text>
  <line x1="36" y1="22.0" x2="708" y2="22.0" stroke="#fff" stroke-width="0.8"/><text x="32" y="25.0" font-size="10" text-anchor="end" fill="#555">10</text>
  <text x="36.0" y="186" font-size="10" fill="#555">28 Sep</text><text x="148.0" y="186" font-size="10" fill="#555">6 Oct</text><text x="260.0" y="186" font-size="10" fill="#555">14 Oct</text><text x="372.0" y="186" font-size="10" fill="#555">22 Oct</text><text x="484.0" y="186" font-size="10" fill="#555">30 Oct</text><text x="596.0" y="186" font-size="10" fill="#555">7 Nov</text><polyline fill="none" stroke="#333" stroke-width="1.5" points="43.0,112.0 57.0,142.0 71.0,127.0 85.0,127.0 99.0,112.0 113.0,112.0 127.0,157.0 "/>
  <polyline fill="none" stroke="#333" stroke-width="1.5" points="155.0,142.0 169.0,157.0 183.0,142.0 197.0,172.0 211.0,127.0 "/>
  <polyline fill="none" stroke="#333" stroke-width="1.5" points="239.0,97.0 253.0,112.0 267.0,127.0 281.0,127.0 295.0,112.0 309.0,127.0 323.0,127.0 337.0,97.0 351.0,127.0 365.0,112.0 379.0,97.0 393.0,97.0 407.0,127.0 421.0,127.0 435.0,112.0 449.0,142.0 463.0,127.0 "/>
  <polyline fill="none" stroke="#333" stroke-width="1.5" points="519.0,112.0 533.0,127.0 547.0,142.0 561.0,127.0 575.0,127.0 589.0,172.0 603.0,157.0 617.0,157.0 631.0,142.0 645.0,127.0 659.0,127.0 673.0,112.0 687.0,112.0 701.0,127.0 "/>
  <circle cx="43.0" cy="112.0" r="3" fill="#fff" stroke="#333" stroke-width="1.2"/><circle cx="57.0" cy="142.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="71.0" cy="127.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="85.0" cy="127.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="99.0" cy="112.0" r="3" fill="#fff" stroke="#333" stroke-width="1.2"/><circle cx="113.0" cy="112.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="127.0" cy="157.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="155.0" cy="142.0" r="3" fill="#fff" stroke="#333" stroke-width="1.2"/><circle cx="169.0" cy="157.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="183.0" cy="142.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="197.0" cy="172.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="211.0" cy="127.0" r="3" fill="#fff" stroke="#333" stroke-width="1.2"/><circle cx="239.0" cy="97.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="253.0" cy="112.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="267.0" cy="127.0" r="3" fill="#fff" stroke="#333" stroke-width="1.2"/><circle cx="281.0" cy="127.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="295.0" cy="112.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="309.0" cy="127.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="323.0" cy="127.0" r="3" fill="#fff" stroke="#333" stroke-width="1.2"/><circle cx="337.0" cy="97.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="351.0" cy="127.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="365.0" cy="112.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="379.0" cy="97.0" r="3" fill="#fff" stroke="#333" stroke-width="1.2"/><circle cx="393.0" cy="97.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="407.0" cy="127.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="421.0" cy="127.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="435.0" cy="112.0" r="3" fill="#fff" stroke="#333" stroke-width="1.2"/><circle cx="449.0" cy="142.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="463.0" cy="127.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="519.0" cy="112.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="533.0" cy="127.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="547.0" cy="142.0" r="3" fill="#fff" stroke="#333" stroke-width="1.2"/><circle cx="561.0" cy="127.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="575.0" cy="127.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="589.0" cy="172.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="603.0" cy="157.0" r="3" fill="#fff" stroke="#333" stroke-width="1.2"/><circle cx="617.0" cy="157.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="631.0" cy="142.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="645.0" cy="127.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="659.0" cy="127.0" r="3" fill="#fff" stroke="#333" stroke-width="1.2"/><circle cx="673.0" cy="112.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="687.0" cy="112.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/><circle cx="701.0" cy="127.0" r="3" fill="#333" stroke="#333" stroke-width="1.2"/>
  <g transform="translate(36.0,202.0)"><rect width="12" height="10" fill="#dceaf7"/><text x="18" y="9" font-size="11">A: as usual (no meditation)</text></g>
  <g transform="translate(266.0,202.0)"><rect width="12" height="10" fill="#fde2c4"/><text x="18" y="9" font-size="11">B: meditation every day</text></g>
  <g transform="translate(496.0,202.0)"><rect width="12" height="10" fill="#dceaf7"/><rect width="12" height="10" fill="url(#trial-washout-0)" opacity="0.5"/><text x="18" y="9" font-size="11">washout (not analysed)</text></g>
  <g transform="translate(36.0,220.0)"><circle cx="6" cy="5" r="3" fill="#333" stroke="#333"/><text x="18" y="9" font-size="11">daily highest jaw pain</text></g>
  <g transform="translate(266.0,220.0)"><circle cx="6" cy="5" r="3" fill="#fff" stroke="#333" stroke-width="1.2"/><text x="18" y="9" font-size="11">rated on a washout day</text></g>
  </svg>
  </section>
  </body>
  </html>

-o FILE without --format: the extension picks the format (.txt, .json,
.csv, .html or .htm); no extension gives text; --format wins over the
extension; another extension is refused, naming the accepted ones.

  $ J report --week last --no-findings -o week.json && head -3 week.json
  Wrote week.json
  {
    "weeks": [
      {
  $ J report --week last --no-findings -o week.csv && head -1 week.csv
  Wrote week.csv
  week,start,site,episodes,pain_days,mean_intensity,max_intensity,prev_mean_intensity,mon,tue,wed,thu,fri,sat,sun,stress_mean,sitting_hours_mean,shallow_days,mean_intensity_change,prev_stress_mean,stress_mean_change,prev_sitting_hours_mean,sitting_hours_mean_change,prev_shallow_days,shallow_days_change
  $ J report --week last --no-findings -o week.htm && head -1 week.htm
  Wrote week.htm
  <!DOCTYPE html>
  $ J report --week last --no-findings -o week.txt && head -1 week.txt
  Wrote week.txt
  Week 2026-W46, Mon 9 Nov to Sun 15 Nov 2026
  $ J report --week last --no-findings -o week && head -1 week
  Wrote week
  Week 2026-W46, Mon 9 Nov to Sun 15 Nov 2026
  $ J report --week last --no-findings -o week.data --format csv && head -1 week.data
  Wrote week.data
  week,start,site,episodes,pain_days,mean_intensity,max_intensity,prev_mean_intensity,mon,tue,wed,thu,fri,sat,sun,stress_mean,sitting_hours_mean,shallow_days,mean_intensity_change,prev_stress_mean,stress_mean_change,prev_sitting_hours_mean,sitting_hours_mean_change,prev_shallow_days,shallow_days_change
  $ J report --week last -o week.pdf
  journal: -o: cannot tell a format from '.pdf'; the file name may end in .txt, .json, .csv, .html, .htm, or give --format
  [2]
  $ ls week.pdf
  ls: cannot access 'week.pdf': No such file or directory
  [2]
  $ J report --week last -o WEEK.HTML && head -1 WEEK.HTML
  Wrote WEEK.HTML
  <!DOCTYPE html>

--weeks N shows no week before the journal's first entry (2026-08-24 in the
example), and says so first; the week asked for always shows.

  $ J report --weeks 20 --no-findings | grep -e '^Week' -e 'begins'
  The journal begins on 2026-08-24: 7 earlier weeks are not shown.
  Week 2026-W47, Mon 16 Nov to Sun 22 Nov 2026 (so far)
  Week 2026-W46, Mon 9 Nov to Sun 15 Nov 2026
  Week 2026-W45, Mon 2 Nov to Sun 8 Nov 2026
  Week 2026-W44, Mon 26 Oct to Sun 1 Nov 2026
  Week 2026-W43, Mon 19 Oct to Sun 25 Oct 2026
  Week 2026-W42, Mon 12 Oct to Sun 18 Oct 2026
  Week 2026-W41, Mon 5 Oct to Sun 11 Oct 2026
  Week 2026-W40, Mon 28 Sep to Sun 4 Oct 2026
  Week 2026-W39, Mon 21 Sep to Sun 27 Sep 2026
  Week 2026-W38, Mon 14 Sep to Sun 20 Sep 2026
  Week 2026-W37, Mon 7 Sep to Sun 13 Sep 2026
  Week 2026-W36, Mon 31 Aug to Sun 6 Sep 2026
  Week 2026-W35, Mon 24 Aug to Sun 30 Aug 2026
  $ J report --weeks 20 --no-findings --format csv | cut -d, -f1 | sort -u | head -3
  2026-W35
  2026-W36
  2026-W37
  $ J report --weeks 3 --week 2026-W30 --no-findings
  The journal begins on 2026-08-24: 2 earlier weeks are not shown.
  
  Week 2026-W30, Mon 20 Jul to Sun 26 Jul 2026
  0 entries on 0 of 7 days.
  Nothing logged this week.
  $ J report --weeks 1 --week 2026-W30 --no-findings | head -1
  Week 2026-W30, Mon 20 Jul to Sun 26 Jul 2026

Text for terminals and grep has no no-break space; what a reader sees is
what grep finds.

  $ J report --week 2026-W46 --no-findings | grep -c "$(printf '\302\240')"
  0
  [1]
  $ J report --week 2026-W46 --no-findings | grep -o 'massage 2'
  massage 2

When no finding holds, the report says so in one line: not enough data in
a young journal, or no clear difference.

  $ journal -q add neck 6 --stress 8 --at 2026-11-20T09:00; journal -q add neck 2 --did massage --at 2026-11-20T18:00
  $ journal report | tail -2
  
  Findings over the whole journal: not enough data yet.
  $ journal report --format html | grep -A1 'Findings'
  <p class="note">As of Sat 21 Nov 2026 10:00. Weeks run Monday to Sunday. Intensity is 0-10. Findings are associations in these records, not proof of cause; each number stands with its count and uncertainty.</p>
  <section>
  --
  <h2>Findings over the whole journal</h2>
  <p>Not enough data yet.</p>

Bad values: exit 2, naming the option and what it accepts.

  $ J report --week 2026-W99
  journal: --week: '2026-W99' is not an ISO week such as 2026-W47
  [2]
  $ J report --week someday
  journal: --week must be an ISO week (2026-W47), this week, last week, or a day in the week (2026-11-18, monday), not 'someday'
  [2]
  $ J report --weeks 0
  journal: --weeks must be a whole number from 1 to 104
  [2]
  $ J report --format pdf
  journal: --format must be one of text, json, csv, html, not 'pdf'
  [2]
