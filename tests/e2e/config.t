The config file's [analysis] values are parsed when the file is read, not
only when journal analyze runs: a bad one stops every command, journal add
too, with the file, line and column, the key and what it accepts; exit
status 2, and nothing is written.

On an empty journal: no directory, no month file.

  $ printf '# my config\n[analysis]\nlag = "x"\n' > config.toml
  $ journal add neck 5
  journal: $TMP/config.toml:3:7: analysis.lag must be whole days from 0d to 30d (e.g. 1d), not 'x'
  [2]
  $ test -e journal || echo "no journal"
  no journal

On a journal with an entry: the month file keeps its bytes.

  $ rm config.toml
  $ journal add neck 5 --note first
  Added <ID>: neck 5/10 at 2026-11-21 10:00
  $ cp journal/2026-11.toml before
  $ unchanged() { s=$?; cmp -s before journal/2026-11.toml && echo "unchanged, exit $s"; }
  $ printf '[analysis]\npain_threshold = 3\nlag = "x"\n' > config.toml
  $ journal add neck 6; unchanged
  journal: $TMP/config.toml:3:7: analysis.lag must be whole days from 0d to 30d (e.g. 1d), not 'x'
  unchanged, exit 2
  $ journal list
  journal: $TMP/config.toml:3:7: analysis.lag must be whole days from 0d to 30d (e.g. 1d), not 'x'
  [2]

Each parameter's refusal names it and what it accepts.

  $ printf '[analysis]\npain_threshold = 0\n' > config.toml
  $ journal add neck 6; unchanged
  journal: $TMP/config.toml:2:18: analysis.pain_threshold must be a whole number from 1 to 10, not '0'
  unchanged, exit 2
  $ printf '[analysis]\nepisode_gap = 72\n' > config.toml
  $ journal add neck 6; unchanged
  journal: $TMP/config.toml:2:15: analysis.episode_gap must be a positive duration such as 48h (units m, h, d, w), not '72'
  unchanged, exit 2
  $ printf '[analysis]\nfollowup_window = "soon"\n' > config.toml
  $ journal add neck 6; unchanged
  journal: $TMP/config.toml:2:19: analysis.followup_window must be a positive duration such as 48h (units m, h, d, w), not 'soon'
  unchanged, exit 2
  $ printf '[analysis]\nrecurrence_window = "0d"\n' > config.toml
  $ journal add neck 6; unchanged
  journal: $TMP/config.toml:2:21: analysis.recurrence_window must be a positive duration such as 14d (units m, h, d, w), not '0d'
  unchanged, exit 2
  $ printf '[analysis]\nday_start = "4am"\n' > config.toml
  $ journal add neck 6; unchanged
  journal: $TMP/config.toml:2:13: analysis.day_start must be a time HH:MM such as 04:00, not '4am'
  unchanged, exit 2
  $ printf '[analysis]\nday_start = true\n' > config.toml
  $ journal add neck 6; unchanged
  journal: $TMP/config.toml:2:13: analysis.day_start must be a number or a string: a time HH:MM such as 04:00
  unchanged, exit 2
  $ printf '[analysis]\nlags = "1d"\n' > config.toml
  $ journal add neck 6; unchanged
  journal: $TMP/config.toml:2:8: unknown key 'analysis.lags'; accepted: pain_threshold, episode_gap, followup_window, recurrence_window, lag, day_start
  unchanged, exit 2

Good values are taken by every command, and by analyze.

  $ printf '[analysis]\npain_threshold = 4\nlag = "2d"\nday_start = "04:00"\n' > config.toml
  $ journal add neck 6
  Added <ID>: neck 6/10 at 2026-11-21 10:00
  $ journal analyze --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["params"])'
  {'pain_threshold': 4, 'episode_gap_hours': 72, 'followup_window_hours': 48, 'recurrence_window_days': 14, 'lag_days': 2, 'day_start': '04:00'}
