journal analyze on the bundled example journal (golden), its JSON shape,
its options and their errors, and small journals.

  $ journal --dir "$EXAMPLES/journal" analyze --site neck
  Analysis of 340 entries, 2026-08-24 to 2026-11-20.
  Pain threshold 3, episode gap 72h, follow-up window 48h, recurrence window
  14d, lag 1d, day start 00:00. Associations in your own records, not proof of
  cause: n are counts, CI 95% intervals, p from Fisher's exact test, q adjusted
  for the number of factor comparisons (Benjamini-Hochberg).
  
  neck
    Episodes: 11 (0 ongoing), from 2026-08-28 to 2026-11-16. They lasted 1.4
    days on median (longest 5.1 days), 2 of them single entries; highest
    intensity 5 on median (top 7).
  
    Branch: does it come back after passive relief?
      After passive relief with no movement within 48 h, neck pain came back
      within 14 days after 9 of 10 treatments (90%, 95% CI 60-98%); with
      movement follow-up after 2 of 4 (50%, 15-85%). Risk ratio 1.8 (0.7-4.9),
      Fisher p = 0.18. This is an association in your own records, not proof of
      cause. Not counted: 4 still within their 14-day window.
                       treatments  came back  stayed away  persisted  censored
      no movement              13          9            1          0         3
      with movement             5          2            2          0         1
      After passive relief with no movement within 48 h, neck pain came back a
      median of 1.7 days after the first two days (95% CI 0.0-not reached; 4
      treatments, 4 returns); with movement follow-up, 11.8 days (2.4-not
      reached; 4 treatments, 3 returns). Log-rank p = 0.094. 9 and 1 came back
      within the first two days.
  
    Roots: what comes before neck onsets?
      Load
        sitting >= 8 h: a neck onset began that day or the next after 12 of 26
          high days (46%) and 8 of 41 other days (20%); risk ratio 2.4
          (1.1-5.0), p = 0.029, q = 0.20; Spearman rho 0.34 (n = 67).
        stress >= 7: a neck onset began that day or the next after 3 of 8 high
          days (38%) and 17 of 59 other days (29%); risk ratio 1.3 (0.5-3.5), p
          = 0.69, q = 1.00; Spearman rho 0.24 (n = 67).
        shallow breathing: a neck onset began that day or the next after 5 of 14
          high days (36%) and 15 of 53 other days (28%); risk ratio 1.3
          (0.6-2.9), p = 0.74, q = 1.00; Spearman rho 0.19 (n = 67).
        sleep_hours >= 5.75 (its median): a neck onset began that day or the
          next after 1 of 4 high days (25%) and 2 of 4 other days (50%); risk
          ratio 0.5 (0.07-3.5), p = 1.00, q = 1.00; Spearman rho -0.27 (n = 8).
      Pain elsewhere
        lower-back pain: a neck onset began the next day after 8 of 20
          lower-back pain days (40%) and 3 of 63 other days (5%); risk ratio 8.4
          (2.5-28.7), p < 0.001, q = 0.013; Spearman rho 0.36 (n = 83).
        head pain: a neck onset began the next day after 1 of 4 head pain days
          (25%) and 10 of 79 other days (13%); risk ratio 2.0 (0.3-11.9), p =
          0.44, q = 1.00; Spearman rho 0.17 (n = 83).
        jaw pain: a neck onset began the next day after 3 of 31 jaw pain days
          (10%) and 8 of 52 other days (15%); risk ratio 0.6 (0.2-2.2), p =
          0.52, q = 1.00; Spearman rho 0.13 (n = 83).
        shoulder-right pain: a neck onset began the next day after 2 of 11
          shoulder-right pain days (18%) and 9 of 72 other days (12%); risk
          ratio 1.5 (0.4-5.9), p = 0.63, q = 1.00; Spearman rho 0.15 (n = 83).
  
    What to try: neck onsets began more often the next day after lower-back pain
      days (8 of 20 lower-back pain days vs 3 of 63 others, p < 0.001, q =
      0.013): when lower-back pain starts, ease it early and watch the neck; log
      it, and see if this changes.
  
  Words (journal analyze --explain says more):
    episode      pain entries at one site at most 72 h apart
    treatment    an entry with a passive action (massage, heat, ...)
    follow-up    movement logged within 48 h after a treatment
    came back    a new episode within 14 days (a recurrence)
    persisted    the pain never let up in that time
    censored     the journal does not reach that far yet
    relief time  from 48 h after a treatment to the next pain there
    risk ratio   how many times likelier in one group than the other
    CI           95% interval: the range of values that fits your records
    p, q         how often chance alone gives this much; q allows for many tests
    rho          rank correlation of load and pain, -1 to 1; n: how many
  $ journal --dir "$EXAMPLES/journal" analyze --site head,shoulder-right --since 2026-10-01
  Analysis of 236 entries, 2026-10-01 to 2026-11-20.
  Pain threshold 3, episode gap 72h, follow-up window 48h, recurrence window
  14d, lag 1d, day start 00:00. Associations in your own records, not proof of
  cause: n are counts, CI 95% intervals, p from Fisher's exact test, q adjusted
  for the number of factor comparisons (Benjamini-Hochberg).
  
  head
    Episodes: 4 (0 ongoing), from 2026-10-16 to 2026-11-10. Each was a single
    entry; highest intensity 6 on median (top 7).
  
    Branch: does it come back after passive relief?
      Not enough data to compare yet: 0 treatments with movement follow-up and 1
      without have a known outcome, with 1 recurrence; a comparison needs 3 in
      each group and 3 recurrences.
                       treatments  came back  stayed away  persisted  censored
      no movement               1          1            0          0         0
      with movement             1          0            0          0         1
      How long relief lasts: not enough data yet: 1 treatment with movement
      follow-up and 1 without were followed past the first two days, with 1
      return; a comparison needs 3 in each group and 3 returns.
  
    Roots: what comes before head onsets?
      Load
        stress >= 7: a head onset began that day or the next after 4 of 7 high
          days (57%) and 3 of 34 other days (9%); risk ratio 6.5 (1.8-22.8), p =
          0.0099, q = 0.19; Spearman rho 0.49 (n = 41).
        sitting >= 8 h: a head onset began that day or the next after 6 of 17
          high days (35%) and 1 of 24 other days (4%); risk ratio 8.5
          (1.1-64.1), p = 0.014, q = 0.19; Spearman rho 0.29 (n = 41).
        shallow breathing: a head onset began that day or the next after 4 of 11
          high days (36%) and 3 of 30 other days (10%); risk ratio 3.6
          (1.0-13.7), p = 0.069, q = 0.69; Spearman rho 0.34 (n = 41).
      Pain elsewhere
        shoulder-right pain: a head onset began the next day after 1 of 7
          shoulder-right pain days (14%) and 3 of 41 other days (7%); risk ratio
          2.0 (0.2-16.2), p = 0.48, q = 1.00; Spearman rho 0.10 (n = 48).
        jaw pain: a head onset began the next day after 2 of 29 jaw pain days
          (7%) and 2 of 19 other days (11%); risk ratio 0.7 (0.1-4.3), p = 1.00,
          q = 1.00; Spearman rho -0.06 (n = 48).
        lower-back pain: a head onset began the next day after 1 of 9 lower-back
          pain days (11%) and 3 of 39 other days (8%); risk ratio 1.4
          (0.2-12.3), p = 1.00, q = 1.00; Spearman rho 0.06 (n = 48).
        neck pain: a head onset began the next day after 1 of 15 neck pain days
          (7%) and 3 of 33 other days (9%); risk ratio 0.7 (0.083-6.5), p =
          1.00, q = 1.00; Spearman rho -0.04 (n = 48).
      Not enough data yet for sleep_hours >= 5.5 (its median): each needs 3 high
        days, 3 other days and 3 days with an onset. Keep logging --stress,
        --sitting and --breathing on most days (`--all` shows the counts).
  
  shoulder-right
    Episodes: 3 (0 ongoing), from 2026-10-13 to 2026-11-12. They lasted 0.9 days
    on median (longest 3.0 days); highest intensity 4 on median (top 5).
  
    Branch: does it come back after passive relief?
      Not enough data to compare yet: 0 treatments with movement follow-up and 0
      without have a known outcome, with 0 recurrences; a comparison needs 3 in
      each group and 3 recurrences.
                       treatments  came back  stayed away  persisted  censored
      no movement               0          0            0          0         0
      with movement             1          0            0          0         1
  
    Roots: what comes before shoulder-right onsets?
      Load
        sitting >= 8 h: a shoulder-right onset began that day or the next after
          4 of 17 high days (24%) and 1 of 24 other days (4%); risk ratio 5.6
          (0.7-46.2), p = 0.14, q = 0.88; Spearman rho 0.35 (n = 41).
        shallow breathing: a shoulder-right onset began that day or the next
          after 2 of 11 high days (18%) and 3 of 30 other days (10%); risk ratio
          1.8 (0.3-9.5), p = 0.60, q = 1.00; Spearman rho 0.38 (n = 41).
        stress >= 7: a shoulder-right onset began that day or the next after 1
          of 7 high days (14%) and 4 of 34 other days (12%); risk ratio 1.2
          (0.2-9.3), p = 1.00, q = 1.00; Spearman rho 0.21 (n = 41).
      Pain elsewhere
        lower-back pain: a shoulder-right onset began the next day after 1 of 9
          lower-back pain days (11%) and 2 of 39 other days (5%); risk ratio 2.2
          (0.2-21.4), p = 0.47, q = 1.00; Spearman rho 0.28 (n = 48).
        neck pain: a shoulder-right onset began the next day after 0 of 15 neck
          pain days (0%) and 3 of 33 other days (9%); risk ratio 0.3
          (0.017-5.5), p = 0.54, q = 1.00; Spearman rho -0.15 (n = 48).
        head pain: a shoulder-right onset began the next day after 0 of 4 head
          pain days (0%) and 3 of 44 other days (7%); risk ratio 1.3
          (0.077-21.5), p = 1.00, q = 1.00; Spearman rho 0.11 (n = 48).
        jaw pain: a shoulder-right onset began the next day after 2 of 29 jaw
          pain days (7%) and 1 of 19 other days (5%); risk ratio 1.3 (0.1-13.5),
          p = 1.00, q = 1.00; Spearman rho 0.08 (n = 48).
      Not enough data yet for sleep_hours >= 5.5 (its median): each needs 3 high
        days, 3 other days and 3 days with an onset. Keep logging --stress,
        --sitting and --breathing on most days (`--all` shows the counts).
  
  All sites together
    Not enough data to compare yet: 0 treatments with movement follow-up and 1
    without have a known outcome, with 1 recurrence; a comparison needs 3 in
    each group and 3 recurrences.
                       treatments  came back  stayed away  persisted  censored
      no movement               1          1            0          0         0
      with movement             2          0            0          0         2
    How long relief lasts: not enough data yet: 1 treatment with movement
    follow-up and 1 without were followed past the first two days, with 1
    return; a comparison needs 3 in each group and 3 returns.
  
  Words (journal analyze --explain says more):
    episode      pain entries at one site at most 72 h apart
    treatment    an entry with a passive action (massage, heat, ...)
    follow-up    movement logged within 48 h after a treatment
    came back    a new episode within 14 days (a recurrence)
    persisted    the pain never let up in that time
    censored     the journal does not reach that far yet
    relief time  from 48 h after a treatment to the next pain there
    risk ratio   how many times likelier in one group than the other
    CI           95% interval: the range of values that fits your records
    p, q         how often chance alone gives this much; q allows for many tests
    rho          rank correlation of load and pain, -1 to 1; n: how many
  $ journal --dir "$EXAMPLES/journal" analyze | head -n -13 | tail -n 12
    After passive relief with no movement within 48 h, pain came back within 14
    days after 11 of 15 treatments (73%, 95% CI 48-89%); with movement follow-up
    after 3 of 5 (60%, 23-88%). Risk ratio 1.2 (0.6-2.7), Fisher p = 0.61. This
    is an association in your own records, not proof of cause. Not counted: 6
    still within their 14-day window.
                       treatments  came back  stayed away  persisted  censored
      no movement              18         11            4          0         3
      with movement             8          3            2          0         3
    After passive relief with no movement within 48 h, pain came back a median
    of 2.8 days after the first two days (95% CI 0.0-4.0; 7 treatments, 7
    returns); with movement follow-up, 11.8 days (2.4-not reached; 5 treatments,
    3 returns). Log-rank p = 0.053. 9 and 2 came back within the first two days.

JSON: the keys and nesting of SPEC section 4, numbers at full precision,
null where a value cannot be computed.

  $ journal --dir "$EXAMPLES/journal" analyze --format json > a.json
  $ $PYTHON - <<'PY'
  > import json
  > a = json.load(open("a.json"))
  > print(list(a))
  > print(a["params"], a["entries"], a["unattributed_treatments"])
  > print(list(a["episodes"][0]))
  > f = [r for r in a["followup"] if r["site"] == "neck"][0]
  > print(list(f), list(f["with_followup"]))
  > print(f["without_followup"], f["risk_ratio"], f["p_value"], f["enough_data"])
  > print([r["site"] for r in a["followup"]])
  > x = [r for r in a["factors"] if r["site"] == "neck" and r["factor"] == "sitting_hours"][0]
  > print(list(x), x["high"], x["low"], x["threshold"], x["spearman"]["n"])
  > print(x["risk_ratio"], x["risk_ratio_ci"], x["p_value"], x["q_value"])
  > s = [r for r in a["factors"] if r["site"] == "lower-back" and r["factor"] == "sleep_hours"][0]
  > print(s["high"], s["risk_ratio"], s["risk_ratio_ci"], s["enough_data"])
  > PY
  ['params', 'entries', 'episodes', 'followup', 'unattributed_treatments', 'factors', 'relief']
  {'pain_threshold': 3, 'episode_gap_hours': 72, 'followup_window_hours': 48, 'recurrence_window_days': 14, 'lag_days': 1, 'day_start': '00:00'} 340 0
  ['site', 'onset', 'end', 'ongoing', 'entries', 'max_intensity']
  ['site', 'with_followup', 'without_followup', 'risk_ratio', 'risk_ratio_ci', 'p_value', 'enough_data'] ['treatments', 'recurred', 'stayed_away', 'persisted', 'censored', 'rate', 'rate_ci']
  {'treatments': 13, 'recurred': 9, 'stayed_away': 1, 'persisted': 0, 'censored': 3, 'rate': 0.9, 'rate_ci': [0.5958499732047615, 0.9821237869049271]} 1.8 0.1758241758241758 True
  ['head', 'jaw', 'lower-back', 'neck', 'shoulder-right', '*']
  ['site', 'factor', 'threshold', 'high', 'low', 'risk_ratio', 'risk_ratio_ci', 'p_value', 'q_value', 'spearman', 'enough_data'] {'days': 26, 'onset_days': 12, 'rate': 0.46153846153846156} {'days': 41, 'onset_days': 8, 'rate': 0.1951219512195122} 8 67
  2.3653846153846154 [1.1200466253301082, 4.995367382183053] 0.028859838938266557 0.20215663266603698
  {'days': 4, 'onset_days': 0, 'rate': 0} 1 [0.024263789262457737, 41.213678093852174] False

Every parameter as an option, and under [analysis] in the config file.

  $ journal --dir "$EXAMPLES/journal" analyze --format json --pain-threshold 4 --episode-gap 2d --followup-window 24h --recurrence-window 3w --lag 0d --day-start 04:00 | $PYTHON -c 'import json,sys; a=json.load(sys.stdin); print(a["params"], len(a["episodes"]))'
  {'pain_threshold': 4, 'episode_gap_hours': 48, 'followup_window_hours': 24, 'recurrence_window_days': 21, 'lag_days': 0, 'day_start': '04:00'} 38
  $ printf '[analysis]\npain_threshold = 5\nrecurrence_window = "7d"\n' > config.toml
  $ journal --dir "$EXAMPLES/journal" analyze --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["params"])'
  {'pain_threshold': 5, 'episode_gap_hours': 72, 'followup_window_hours': 48, 'recurrence_window_days': 7, 'lag_days': 1, 'day_start': '00:00'}
  $ journal --dir "$EXAMPLES/journal" analyze --format json --pain-threshold 6 | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["params"]["pain_threshold"])'
  6
  $ printf '[analysis]\nlag = "12h"\n' > config.toml
  $ journal --dir "$EXAMPLES/journal" analyze
  journal: $TMP/config.toml:2:7: analysis.lag must be whole days from 0d to 30d (e.g. 1d), not '12h'
  [2]
  $ rm config.toml

Invalid values: exit 2, a message naming the option and what it accepts.

  $ journal analyze --pain-threshold 0
  journal: --pain-threshold: pain_threshold must be a whole number from 1 to 10, not '0'
  [2]
  $ journal analyze --episode-gap 72
  journal: --episode-gap: episode_gap must be a positive duration such as 48h (units m, h, d, w), not '72'
  [2]
  $ journal analyze --followup-window soon
  journal: --followup-window: followup_window must be a positive duration such as 48h (units m, h, d, w), not 'soon'
  [2]
  $ journal analyze --recurrence-window -1d
  journal: --recurrence-window: recurrence_window must be a positive duration such as 14d (units m, h, d, w), not '-1d'
  [2]
  $ journal analyze --lag 1.5d
  journal: --lag: lag must be whole days from 0d to 30d (e.g. 1d), not '1.5d'
  [2]
  $ journal analyze --day-start 25:00
  journal: --day-start: day_start must be a time HH:MM such as 04:00, not '25:00'
  [2]
  $ journal analyze --format csv
  journal: --format must be one of text, json, html, not 'csv'
  [2]
  $ journal analyze --since tomorrow
  journal: --since: 'tomorrow' is not a time; accepted: YYYY-MM-DD [TIME], an RFC 3339 date-time, TIME (HH:MM, 6:30pm, noon, midnight: today, or yesterday if still to come), today, yesterday, a weekday or last WEEKDAY, each [at TIME], this morning, last night, N minutes|hours|days|weeks ago, 2h ago, -2h, or a period: this|last week|month|year
  [2]

Small journals get a short answer that says what to log, not an error.

  $ journal analyze
  No entries to analyse. Log pain as `journal add neck 6`, what you did with
  --did (massage, stretching, a walk) and the day's load with --stress,
  --sitting and --breathing; after a few weeks the analysis has something to
  say.
  $ journal analyze --format json | $PYTHON -c 'import json,sys; a=json.load(sys.stdin); print(a["entries"], a["episodes"], a["factors"], a["followup"][0]["site"], a["followup"][0]["risk_ratio"])'
  0 [] [] * None
  $ journal -q add neck 6
  $ journal analyze
  Analysis of 1 entry, 2026-11-21 to 2026-11-21.
  Pain threshold 3, episode gap 72h, follow-up window 48h, recurrence window
  14d, lag 1d, day start 00:00. Associations in your own records, not proof of
  cause: n are counts, CI 95% intervals, p from Fisher's exact test, q adjusted
  for the number of factor comparisons (Benjamini-Hochberg).
  
  neck
    Episodes: 1 (1 ongoing), from 2026-11-21 to 2026-11-21. It was a single
    entry; highest intensity 6 on median (top 6).
  
    Branch: does it come back after passive relief?
      No passive relief (massage, heat, acupuncture, ...) logged for neck yet.
      Log it with --did, and movement after it (stretching, a walk), to see
      whether the pain comes back less often with movement.
  
    Roots: what comes before neck onsets?
      No load factors logged yet: add --stress, --sitting and --breathing to
      daily entries.
  
  Words (journal analyze --explain says more):
    episode      pain entries at one site at most 72 h apart
    treatment    an entry with a passive action (massage, heat, ...)
    follow-up    movement logged within 48 h after a treatment
    came back    a new episode within 14 days (a recurrence)
    persisted    the pain never let up in that time
    censored     the journal does not reach that far yet
    relief time  from 48 h after a treatment to the next pain there
    risk ratio   how many times likelier in one group than the other
    CI           95% interval: the range of values that fits your records
    p, q         how often chance alone gives this much; q allows for many tests
    rho          rank correlation of load and pain, -1 to 1; n: how many
  $ journal -q add --stress 5 --at -1d
  $ journal -q add --did massage --at -2h
  $ journal analyze | head -n -13 | tail -n 7
    Roots: what comes before neck onsets?
      Not enough data yet for stress >= 7: each needs 3 high days, 3 other days
        and 3 days with an onset. Keep logging --stress, --sitting and
        --breathing on most days (`--all` shows the counts).
  
  1 passive treatment had no site and came when no episode was active; counted,
  not analysed.
  $ journal analyze --all | grep -A1 'stress >= 7'
      stress >= 7: not enough data (0 high days, 1 other day, 1 with an onset).
  

A factor without enough data is named in one line unless --all; the text
ends with a legend of its words, and --explain says them in full, with the
windows in force.

  $ journal analyze | tail -n 13
  
  Words (journal analyze --explain says more):
    episode      pain entries at one site at most 72 h apart
    treatment    an entry with a passive action (massage, heat, ...)
    follow-up    movement logged within 48 h after a treatment
    came back    a new episode within 14 days (a recurrence)
    persisted    the pain never let up in that time
    censored     the journal does not reach that far yet
    relief time  from 48 h after a treatment to the next pain there
    risk ratio   how many times likelier in one group than the other
    CI           95% interval: the range of values that fits your records
    p, q         how often chance alone gives this much; q allows for many tests
    rho          rank correlation of load and pain, -1 to 1; n: how many
  $ journal analyze --explain --followup-window 24h | grep -A1 '^Follow-up'
  Follow-up: Movement (stretching, a walk, qigong, exercise, ...) logged in the
    same entry as a treatment or within 24 h after it.
  $ journal analyze --explain | grep -c .
  50

--site with a typo is an error with the closest name; a known site with
no entries is said, and the rest of the answer stands.

  $ journal --dir "$EXAMPLES/journal" analyze --site nek
  journal: --site: unknown site 'nek'; did you mean 'neck'? (see `journal vocab`)
  [2]
  $ journal --dir "$EXAMPLES/journal" analyze --site knee-left --format json | $PYTHON -c 'import json,sys; a=json.load(sys.stdin); print(a["episodes"], a["followup"][0]["site"], a["followup"][0]["with_followup"]["treatments"])'
  warning: no entries at knee-left; sites with entries: head, jaw, lower-back, neck, shoulder-right
  [] * 0
  $ journal analyze --pain-threshold ""
  journal: --pain-threshold: pain_threshold must be a whole number from 1 to 10, not ''
  [2]

Pain elsewhere: every other site with a pain entry is a factor pain:SITE
(threshold 1) over every day with an entry; its window is the days after a
pain day (with --lag 0d the same day). Counts checked by hand against the
example journal's month files.

  $ journal --dir "$EXAMPLES/journal" analyze --format json | $PYTHON -c 'import json,sys; a=json.load(sys.stdin); r=[r for r in a["factors"] if r["site"] == "neck" and r["factor"] == "pain:lower-back"][0]; print(list(r), r["threshold"], r["high"], r["low"], r["enough_data"]); print(sorted(r["factor"] for r in a["factors"] if r["site"] == "neck"))'
  ['site', 'factor', 'threshold', 'high', 'low', 'risk_ratio', 'risk_ratio_ci', 'p_value', 'q_value', 'spearman', 'enough_data'] 1 {'days': 20, 'onset_days': 8, 'rate': 0.4} {'days': 63, 'onset_days': 3, 'rate': 0.047619047619047616} True
  ['breathing', 'pain:head', 'pain:jaw', 'pain:lower-back', 'pain:shoulder-right', 'sitting_hours', 'sleep_hours', 'stress']
  $ journal --dir "$EXAMPLES/journal" analyze --site neck --lag 0d | grep -A1 'lower-back pain:'
        lower-back pain: a neck onset began the same day as 5 of 20 lower-back
          pain days (25%) and 6 of 63 other days (10%); risk ratio 2.6
  $ journal --dir "$EXAMPLES/journal" analyze --site neck --lag 3d | grep -A1 'lower-back pain:'
        lower-back pain: a neck onset began within 3 days after 15 of 20
          lower-back pain days (75%) and 17 of 63 other days (27%); risk ratio

HTML (`--format html`): the analysis alone as one self-contained printable
page: no script, no link, nothing fetched.

  $ journal --dir "$EXAMPLES/journal" analyze --format html > a.html
  $ grep -c -i -e '<script' -e '<link' -e 'src=' -e '@import' -e 'url(' -e '@font-face' a.html
  0
  [1]
  $ grep -o '<h[123]>[^<]*</h[123]>' a.html
  <h1>Pain journal analysis</h1>
  <h2>Findings over the whole journal</h2>
  <h2>Branch: does pain come back after passive relief?</h2>
  <h3>How long relief lasts</h3>
  <h3>head</h3>
  <h3>neck</h3>
  <h3>shoulder-right</h3>
  <h3>all sites</h3>
  <h2>Roots: what comes before onsets?</h2>

The forest plot draws every factor row with enough data, one square each
on a log axis; the others are named as not enough data, as many as JSON
has.

  $ journal --dir "$EXAMPLES/journal" analyze --format json > a.json
  $ $PYTHON -c 'import json; f = json.load(open("a.json"))["factors"]; print(sum(r["enough_data"] for r in f), sum(not r["enough_data"] for r in f))'
  37 3
  $ grep -c '<rect class="rr"' a.html
  37
  $ grep -c 'risk ratio, log scale' a.html
  1
  $ grep -o 'For pain at another site[^<]*' a.html
  For pain at another site, the high days are its pain days, and onsets count on the next day only.
  $ journal --dir "$EXAMPLES/journal" analyze --format html --lag 0d | grep -o 'For pain at another site[^<]*'
  For pain at another site, the high days are its pain days, and onsets count on the same day only.
  $ grep -o '<p class="not-enough">.*' a.html | sed -e 's/<[^>]*>//g'
  Not enough data (3 high days, 3 other days and 3 onset days needed): sleep_hours ≥ 5.75 (median) (jaw: 0/4 vs 2/4); sleep_hours ≥ 5.75 (median) (lower-back: 0/4 vs 0/4); sleep_hours ≥ 5.75 (median) (shoulder-right: 0/4 vs 0/4).

Two relief curves (steps) per site with an entered treatment, and --site
keeps to the sites asked for.

  $ grep -c '<path class="km"' a.html
  7
  $ journal --dir "$EXAMPLES/journal" analyze --site neck --format html | grep -o '<h3>[^<]*</h3>'
  <h3>How long relief lasts</h3>
  <h3>neck</h3>
  <h3>all sites</h3>
