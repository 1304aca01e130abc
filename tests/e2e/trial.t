journal trial: a randomised self-experiment (SPEC section 6). JOURNAL_NOW
is 2026-11-21T10:00:00+01:00; a seed makes the plan reproducible.

  $ journal trial
  No trial running. Plan one: journal trial start NAME --site neck --try qigong
  $ journal trial start qigong --site neck --try qigong --pairs 3 --period 3d --washout 1d --seed 7
  Trial qigong: does qigong help your neck? 3 pairs of 3-day periods, Sun 22 Nov 2026 to Wed 9 Dec 2026.
  Rate your neck every day (`journal add neck N`). The first day of each period is a washout, not analysed: keep to the period's plan anyway.
  
    pair 1  Sun 22 Nov 2026  to Tue 24 Nov 2026   as usual (no qigong)
            Wed 25 Nov 2026  to Fri 27 Nov 2026   qigong every day
    pair 2  Sat 28 Nov 2026  to Mon 30 Nov 2026   as usual (no qigong)
            Tue 1 Dec 2026   to Thu 3 Dec 2026    qigong every day
    pair 3  Fri 4 Dec 2026   to Sun 6 Dec 2026    qigong every day
            Mon 7 Dec 2026   to Wed 9 Dec 2026    as usual (no qigong)
  
  Written to $TMP/journal/trials/qigong.toml. `journal trial` says what to do each day; `journal trial result qigong` gives the answer after Wed 9 Dec 2026.
  $ cat journal/trials/qigong.toml
  # painjournal trial plan, written by `journal trial start`. Do not edit it:
  # the order of the periods was drawn at random, and `journal check` reports
  # any change to the plan (the checksum covers it). `journal trial stop`
  # records the stop.
  name = "qigong"
  site = "neck"
  action = "qigong"
  first_day = 2026-11-22
  period_days = 3
  washout_days = 1
  sequence = ["AB", "AB", "BA"]
  created = 2026-11-21T10:00:00+01:00
  seed = 7
  checksum = "fnv1a64:c97e719f02219d02"
  $ stat -c '%a' journal/trials/qigong.toml
  600
  $ journal trial list
  qigong           neck           qigong         2026-11-22 to 2026-12-09  planned

Bad designs are refused with exit 2 and nothing written.

  $ journal trial start qigong --site neck --try qigong
  journal: a trial named 'qigong' exists already ($TMP/journal/trials/qigong.toml); choose another name
  [2]
  $ journal trial start other --site nek --try qigong
  journal: --site: unknown site 'nek'; did you mean 'neck'? (see `journal vocab`; --new logs a new site)
  [2]
  $ journal trial start other --site neck --try qigongg
  journal: --try: unknown action 'qigongg'; did you mean 'qigong'? (see `journal vocab`; --new logs a new action)
  [2]
  $ journal trial start other --site neck --try walk --pairs 1
  journal: --pairs must be a whole number from 2 to 20, not 1
  [2]
  $ journal trial start other --site neck --try walk --pairs 21
  journal: --pairs must be a whole number from 2 to 20, not 21
  [2]
  $ journal trial start other --site neck --try walk --period 2d --washout 2d
  journal: --period must be longer than the washout (2 days): at least 3d, not 2d
  [2]
  $ journal trial start "two words" --site neck --try walk
  journal: trial name must be 1 to 64 letters, digits and '-' (not starting with '-'), not 'two words'
  [2]
  $ journal trial start other --site neck --try walk --start 2026-11-21
  journal: --start must be tomorrow (2026-11-22) or later, not 2026-11-21: a trial cannot begin in the past
  [2]
  $ journal trial start other --site neck --try walk --start 2026-11-30
  journal: trial 'qigong' at neck runs 2026-11-22 to 2026-12-09; a trial at the same site must not overlap it (--start 2026-12-10 or later)
  [2]
  $ journal trial start other --site lower-back --try walk --start 2026-11-30 --seed 1 -q | head -n 1
  Trial other: does walk help your lower-back? 6 pairs of 7-day periods, Mon 30 Nov 2026 to Sun 21 Feb 2027.
  $ ls journal/trials
  other.toml
  qigong.toml

Day by day: the plan says what to do; a planted effect (pain 3 on qigong
days, 6 otherwise) is what the result must find.

  $ for d in 2026-11-22 2026-11-23 2026-11-24 2026-11-25 2026-11-26 2026-11-27 2026-11-28 2026-11-29 2026-11-30 \
  >          2026-12-01 2026-12-02 2026-12-03 2026-12-04 2026-12-05 2026-12-06 2026-12-07 2026-12-08 2026-12-09; do
  >   now="${d}T20:00:00+01:00"
  >   if JOURNAL_NOW=$now journal trial | grep -q 'Today: qigong'; then
  >     JOURNAL_NOW=$now journal -q add neck 3 --did qigong
  >   else
  >     JOURNAL_NOW=$now journal -q add neck 6
  >   fi
  > done
  $ JOURNAL_NOW=2026-11-27T21:05:00+01:00 journal add --stress 4
  Added <ID>: check-in at 2026-11-27 21:05
  Trial qigong, day 6 of 18: today qigong, then rate your neck.
  $ JOURNAL_NOW=2026-11-27T21:00:00+01:00 journal trial | tail -n 3
  qigong: qigong for your neck, day 6 of 18, pair 1 of 3.
    Today: qigong, then rate your neck.
    So far: 4 analysed days rated; adherence 3 of 3 qigong days, 3 of 3 usual days.
  $ JOURNAL_NOW=2026-11-27T21:00:00+01:00 journal trial result qigong
  Trial qigong: qigong for your neck, Sun 22 Nov 2026 to Wed 9 Dec 2026.
  
    pair  order  as usual (A)        qigong (B)          B - A
    1     AB     6.0 (2 days)        3.0 (2 days)        -3.0
  
  Day 6 of 18. The test is kept for the end (Wed 9 Dec 2026), so that looking
  early cannot steer the trial. Adherence: 3 of 3 qigong days, 3 of 3 usual
  days.

The result waits for the end of the last period; then the effect, its
interval and the randomisation test. Three pairs allow p no smaller than
2/8, and the result says so.

  $ JOURNAL_NOW=2026-12-09T21:00:00+01:00 journal trial result qigong | tail -n 3
  Day 18 of 18. The test is kept for the end (Wed 9 Dec 2026), so that looking
  early cannot steer the trial. Adherence: 9 of 9 qigong days, 9 of 9 usual
  days.
  $ JOURNAL_NOW=2026-12-10T09:00:00+01:00 journal trial result qigong
  Trial qigong: qigong for your neck, Sun 22 Nov 2026 to Wed 9 Dec 2026.
  
    pair  order  as usual (A)        qigong (B)          B - A
    1     AB     6.0 (2 days)        3.0 (2 days)        -3.0
    2     AB     6.0 (2 days)        3.0 (2 days)        -3.0
    3     BA     6.0 (2 days)        3.0 (2 days)        -3.0
  
  Over 3 pairs of 3-day periods, your neck's daily highest pain averaged 3.0
  points lower in qigong periods (95% CI 3.0 to 3.0), randomisation p = 0.250
  (smallest possible 0.250). Adherence: 9 of 9 qigong days, 9 of 9 usual days.
  This is the result of this experiment in you: how your neck did with and
  without qigong in these weeks. With 3 complete pairs no result can reach p <
  0.05; a longer trial can.
  $ JOURNAL_NOW=2026-12-10T09:00:00+01:00 journal trial result qigong --format json | $PYTHON -c 'import json,sys; r=json.load(sys.stdin); print(list(r)); print(r["complete"], r["effect"], r["effect_ci"], r["p_value"], r["min_p"], [p["difference"] for p in r["pairs"]], r["pairs"][0])'
  ['name', 'site', 'action', 'first_day', 'period_days', 'washout_days', 'sequence', 'complete', 'stopped', 'pairs', 'effect', 'effect_ci', 'p_value', 'min_p']
  True -3.0 [-3.0, -3.0] 0.25 0.25 [-3.0, -3.0, -3.0] {'order': 'AB', 'a': {'mean': 6.0, 'days': 2, 'adherent': 3}, 'b': {'mean': 3.0, 'days': 2, 'adherent': 3}, 'difference': -3.0}
  $ JOURNAL_NOW=2026-12-10T09:00:00+01:00 journal trial list
  other            lower-back     walk           2026-11-30 to 2027-02-21  running, day 11 of 84
  qigong           neck           qigong         2026-11-22 to 2026-12-09  finished

The weekly report shows the trials of its weeks (running in them, or ended
at most 28 days before): for a running one today's condition, for a
finished one the result sentence of `trial result`. HTML draws each
trial's daily outcome over its periods: A and B shaded, washout days
hatched, today marked.

  $ JOURNAL_NOW=2026-12-10T09:00:00+01:00 journal report --no-findings | sed -n '/^Trials/,$p'
  Trials
  Trial other: walk for your lower-back, Mon 30 Nov 2026 to Sun 21 Feb 2027, day
  11 of 84.
  Today: as usual (no walk); rate your lower-back.
  Day 11 of 84. The test is kept for the end (Sun 21 Feb 2027), so that looking
  early cannot steer the trial. Adherence: 0 of 7 walk days, 4 of 4 usual days.
  
  Trial qigong: qigong for your neck, Sun 22 Nov 2026 to Wed 9 Dec 2026,
  finished.
  Over 3 pairs of 3-day periods, your neck's daily highest pain averaged 3.0
  points lower in qigong periods (95% CI 3.0 to 3.0), randomisation p = 0.250
  (smallest possible 0.250). Adherence: 9 of 9 qigong days, 9 of 9 usual days.
  This is the result of this experiment in you: how your neck did with and
  without qigong in these weeks. With 3 complete pairs no result can reach p <
  0.05; a longer trial can.
  $ JOURNAL_NOW=2026-12-10T09:00:00+01:00 journal report --no-findings --format json | $PYTHON -c 'import json,sys; t=json.load(sys.stdin)["trials"]; print([(x["name"], x["state"], x["today"], x["p_value"]) for x in t]); print(t[1]["daily"])'
  [('other', 'running', {'day': 11, 'condition': 'A', 'washout': False, 'todo': 'as usual (no walk); rate your lower-back'}, None), ('qigong', 'finished', None, 0.25)]
  [6, 6, 6, 3, 3, 3, 6, 6, 6, 3, 3, 3, 3, 3, 3, 6, 6, 6]
  $ JOURNAL_NOW=2026-12-10T09:00:00+01:00 journal report --no-findings --format html > r.html
  $ grep -o 'aria-label="Trial [^"]*"' r.html
  aria-label="Trial other: daily highest lower-back pain in its A and B periods"
  aria-label="Trial qigong: daily highest neck pain in its A and B periods"
  $ grep -c 'fill="#dceaf7"/>' r.html; grep -c 'fill="#fde2c4"/>' r.html; grep -c '>today</text>' r.html
  13
  11
  2
  $ JOURNAL_NOW=2027-03-20T09:00:00+01:00 journal report --no-findings | grep '^Trial '
  Trial other: walk for your lower-back, Mon 30 Nov 2026 to Sun 21 Feb 2027,
  $ JOURNAL_NOW=2027-03-23T09:00:00+01:00 journal report --no-findings | grep -c '^Trial '
  0
  [1]
  $ journal report --no-findings --weeks 2 | sed -n '/^Trials/,$p'
  Trials
  Trial qigong: qigong for your neck, Sun 22 Nov 2026 to Wed 9 Dec 2026,
  planned.
  It starts Sun 22 Nov 2026: as usual (no qigong).

The same seed gives the same plan, byte for byte.

  $ journal --dir a trial start again --site neck --try qigong --seed 42 > /dev/null
  $ journal --dir b trial start again --site neck --try qigong --seed 42 > /dev/null
  $ cmp a/trials/again.toml b/trials/again.toml && grep sequence a/trials/again.toml
  sequence = ["BA", "AB", "AB", "AB", "AB", "BA"]

Stopping early is recorded in the plan; the result says so.

  $ JOURNAL_NOW=2026-11-30T10:00:00+01:00 journal trial stop other
  Stopped trial other on 2026-11-30. Its result, over the pairs so far: journal trial result other
  $ tail -n 1 journal/trials/other.toml
  stopped = 2026-11-30T10:00:00+01:00
  $ JOURNAL_NOW=2026-11-30T10:00:00+01:00 journal trial stop other
  journal: trial 'other' was stopped already, 2026-11-30T10:00:00+01:00
  [2]
  $ JOURNAL_NOW=2026-11-30T10:00:00+01:00 journal trial result other
  Trial other: walk for your lower-back, Mon 30 Nov 2026 to Sun 21 Feb 2027, stopped 2026-11-30.
  
    pair  order  as usual (A)        walk (B)            B - A
    1     BA     -                   no rating           -
  
  No pair has a rating in both of its periods, so there is nothing to compare.
  Adherence: 0 of 1 walk days, 0 of 0 usual days.
  $ journal trial result nope
  journal: no trial named 'nope'; trials: other, qigong
  [2]

check reads the plans too: a plan edited after its order was drawn is a
problem with its file, line and column.

  $ journal check | tail -n 1
  Checked 4 files, 19 entries: no problems.
  $ sed -i 's/"AB", "AB", "BA"/"BA", "AB", "BA"/' journal/trials/qigong.toml
  $ journal check
  $TMP/journal/trials/qigong.toml:11:12: trial plan: the sequence is not the one its seed gives; was the plan edited?
  $TMP/journal/trials/qigong.toml:14:12: trial plan: the plan does not match its checksum; the sequence, dates, seed or names were changed after it was drawn
  Checked 4 files, 19 entries: 2 problems. Fix the rest with `journal edit YYYY-MM`.
  [1]
  $ echo 'name = = 1' > journal/trials/broken.toml
  $ journal check | grep broken
  $TMP/journal/trials/broken.toml:1:8: Error while parsing value: could not determine value type

A plan that cannot be read does not stop the report: it is named, and
--strict makes it count.

  $ journal report --no-findings > /dev/null
  warning: $TMP/journal/trials/broken.toml:1:8: Error while parsing value: could not determine value type
  warning: $TMP/journal/trials/qigong.toml:11:12: trial plan: the sequence is not the one its seed gives; was the plan edited?
  warning: $TMP/journal/trials/qigong.toml:14:12: trial plan: the plan does not match its checksum; the sequence, dates, seed or names were changed after it was drawn
  $ journal report --no-findings --strict > /dev/null
  warning: $TMP/journal/trials/broken.toml:1:8: Error while parsing value: could not determine value type
  warning: $TMP/journal/trials/qigong.toml:11:12: trial plan: the sequence is not the one its seed gives; was the plan edited?
  warning: $TMP/journal/trials/qigong.toml:14:12: trial plan: the plan does not match its checksum; the sequence, dates, seed or names were changed after it was drawn
  journal: 3 problem(s) in the journal files (--strict)
  [1]
