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
  $ grep -c -i -E -e '<script' -e '<link' -e 'src=' -e '@import' -e 'url\([^#]' -e '@font-face' report.html
  0
  [1]
  $ grep -o 'url([^)]*)' report.html | sort -u
  url(#trial-washout-0)
  $ grep -c '<svg' report.html
  9
  $ grep -o '<h2>[^<]*</h2>' report.html
  <h2>Pain timeline by site, with what was done</h2>
  <h2>Trials</h2>
  <h2>Findings over the whole journal</h2>
  <h2>Branch: does pain come back after passive relief?</h2>
  <h2>Roots: what comes before onsets?</h2>
  <h2>Load</h2>
  <h2>Notes</h2>
  <h2>Week by week</h2>
  $ J report --week 2026-W30 --format html --no-findings | $PYTHON -c 'import sys, html.parser; p = html.parser.HTMLParser(); p.feed(sys.stdin.read()); print("parsed")'
  parsed

The page of one week, whole but for the style sheet and the insides of
its charts (inline SVG; tests/unit/report_html_test.cpp checks those).

  $ J report --format html --no-findings | sed -e '/^<style>/,/^<\/style>/d' -e '/^<svg/,/^<\/svg>/{/^<svg/!d}'
  <!DOCTYPE html>
  <html lang="en">
  <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Pain journal, 2026-W47</title>
  </head>
  <body>
  <h1>Pain journal, 2026-W47</h1>
  <section class="period">
  <p><b>Period:</b> Mon 16 Nov to Sun 22 Nov 2026, week 2026-W47 (so far). <b>Entries:</b> 16 entries on 5 of 7 days.</p>
  <p class="note">As of Sat 21 Nov 2026 10:00. Weeks run Monday to Sunday. Intensity is 0-10. Findings are associations in these records, not proof of cause; each number stands with its count and uncertainty.</p>
  </section>
  <section class="timeline">
  <h2>Pain timeline by site, with what was done</h2>
  <svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 720 428" width="100%" role="img" aria-label="Pain timeline by site, with passive relief and movement marked">
  </section>
  <section>
  <h2>Trials</h2>
  <h3>Trial jaw: meditation for your jaw, Mon 28 Sep 2026 to Sat 14 Nov 2026, finished.</h3>
  <p>Over 6 pairs of 4-day periods, your jaw's daily highest pain averaged 1.0 points lower in meditation periods (95% CI -0.7 to 2.7), randomisation p = 0.188 (smallest possible 0.031). Adherence: 22 of 24 meditation days, 23 of 24 usual days. This is the result of this experiment in you: how your jaw did with and without meditation in these weeks.</p>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 242" width="100%" role="img" aria-label="Trial jaw: daily highest jaw pain in its A and B periods">
  </section>
  <section class="load">
  <h2>Load</h2>
  <div class="keep">
  <h3>Stress (daily mean, 0-10)</h3>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 164" width="100%" role="img" aria-label="Daily mean stress">
  </div>
  <div class="keep">
  <h3>Hours sat (daily mean)</h3>
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 164" width="100%" role="img" aria-label="Daily mean hours sat">
  </div>
  </section>
  <section class="notes">
  <h2>Notes</h2>
  <div class="keep">
  <h3>neck</h3>
  <ul class="notes">
  <li><span class="when">Mon 16 Nov 17:45, intensity 6</span>: 30 minutes, mostly neck and shoulders</li>
  </ul>
  </div>
  <div class="keep">
  <h3>No site given</h3>
  <ul class="notes">
  <li><span class="when">Tue 17 Nov 22:25</span>: 10 minutes of neck stretches before bed</li>
  </ul>
  </div>
  </section>
  <h2>Week by week</h2>
  <section class="week">
  <h3>Week 2026-W47, Mon 16 Nov to Sun 22 Nov 2026 (so far)</h3>
  <p>16 entries on 5 of 7 days.</p>
  <div class="tables">
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
  </div>
  <p>Done: posture-break 4, corrective-exercise 2, massage 1, qigong 1, stretching 1, yoga 1 (actions by class: passive 1, movement 9, other 0).</p>
  <p>Passive relief followed by movement within 48 h: 1 of 1 (100%).</p>
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
  $ journal report --format html | grep -A2 '<h2>Findings'
  <h2>Findings over the whole journal</h2>
  <p class="note">Over the whole journal (2 entries, on 2026-11-20), not only the weeks of this page.</p>
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
