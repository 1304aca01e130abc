A seeded trial long enough for the test to speak: 6 pairs of 2-day periods
(no washout), driven day by day through `journal trial` and `journal add`
with JOURNAL_NOW. The planted effect: the shoulder rates 3 points lower on
stretching days, over a level that wanders from day to day. The result
finds it, with the smallest p 6 pairs allow.

  $ journal trial start shoulder --site shoulder-left --try stretching --pairs 6 --period 2d --washout 0d --seed 11 > /dev/null
  $ grep sequence journal/trials/shoulder.toml
  sequence = ["AB", "AB", "BA", "BA", "AB", "BA"]
  $ i=0
  $ for d in 2026-11-22 2026-11-23 2026-11-24 2026-11-25 2026-11-26 2026-11-27 2026-11-28 2026-11-29 2026-11-30 \
  >          2026-12-01 2026-12-02 2026-12-03 2026-12-04 2026-12-05 2026-12-06 2026-12-07 2026-12-08 2026-12-09 2026-12-10 2026-12-11 2026-12-12 2026-12-13 2026-12-14 2026-12-15; do
  >   now="${d}T20:00:00+01:00"; level=$((5 + i % 3)); i=$((i + 1))
  >   if JOURNAL_NOW=$now journal trial | grep -q 'Today: stretching'; then
  >     JOURNAL_NOW=$now journal -q add shoulder-left $((level - 3)) --did stretching
  >   else
  >     JOURNAL_NOW=$now journal -q add shoulder-left $level
  >   fi
  > done
  $ JOURNAL_NOW=2026-12-16T09:00:00+01:00 journal trial result shoulder
  Trial shoulder: stretching for your shoulder-left, Sun 22 Nov 2026 to Tue 15 Dec 2026.
  
    pair  order  as usual (A)        stretching (B)      B - A
    1     AB     5.5 (2 days)        3.0 (2 days)        -2.5
    2     AB     6.5 (2 days)        2.5 (2 days)        -4.0
    3     BA     6.5 (2 days)        3.0 (2 days)        -3.5
    4     BA     6.0 (2 days)        2.5 (2 days)        -3.5
    5     AB     6.5 (2 days)        2.5 (2 days)        -4.0
    6     BA     6.5 (2 days)        3.0 (2 days)        -3.5
  
  Over 6 pairs of 2-day periods, your shoulder-left's daily highest pain
  averaged 3.5 points lower in stretching periods (95% CI 2.9 to 4.1),
  randomisation p = 0.031 (smallest possible 0.031). Adherence: 12 of 12
  stretching days, 12 of 12 usual days. This is the result of this experiment in
  you: how your shoulder-left did with and without stretching in these weeks.
  $ JOURNAL_NOW=2026-12-16T09:00:00+01:00 journal trial result shoulder --format json | $PYTHON -c 'import json,sys; r=json.load(sys.stdin); print(r["effect"], r["p_value"], r["min_p"], r["p_value"] < 0.05)'
  -3.5 0.03125 0.03125 True
