Bad input: one line naming the field and what is accepted, exit status 2,
and nothing written (the file keeps its bytes).

  $ journal add neck 5 --note first
  Added <ID>: neck 5/10 at 2026-11-21 10:00
  $ cp journal/2026-11.toml before
  $ unchanged() { s=$?; cmp -s before journal/2026-11.toml && echo "unchanged, exit $s"; }

  $ journal add neck 11; unchanged
  journal: intensity must be a whole number from 0 to 10, not '11'
  unchanged, exit 2
  $ journal add neck -1; unchanged
  journal: intensity must be a whole number from 0 to 10, not '-1'
  unchanged, exit 2
  $ journal add neck 5.5; unchanged
  journal: intensity must be a whole number from 0 to 10, not '5.5'
  unchanged, exit 2
  $ journal add neck five; unchanged
  journal: intensity must be a whole number from 0 to 10, not 'five'
  unchanged, exit 2
  $ journal add neck 5 --stress 12; unchanged
  journal: stress must be a whole number from 0 to 10, not '12'
  unchanged, exit 2
  $ journal add neck 5 --stress 3.5; unchanged
  journal: stress must be a whole number from 0 to 10, not '3.5'
  unchanged, exit 2
  $ journal add neck 5 --sitting 25; unchanged
  journal: sitting hours must be a number from 0 to 24 (e.g. 9.5), not '25'
  unchanged, exit 2
  $ journal add neck 5 --sitting -1; unchanged
  journal: sitting hours must be a number from 0 to 24 (e.g. 9.5), not '-1'
  unchanged, exit 2
  $ journal add neck 5 --sitting lots; unchanged
  journal: sitting hours must be a number from 0 to 24 (e.g. 9.5), not 'lots'
  unchanged, exit 2
  $ journal add neck 5 --sitting nan; unchanged
  journal: sitting hours must be a number from 0 to 24 (e.g. 9.5), not 'nan'
  unchanged, exit 2
  $ journal add neck 5 --breathing fast; unchanged
  journal: breathing must be one of shallow, normal, deep, not 'fast'
  unchanged, exit 2
  $ journal add nek 5; unchanged
  journal: unknown site 'nek'; did you mean 'neck'? (see `journal vocab`; --new logs a new site)
  unchanged, exit 2
  $ journal add neck 5 --did masage; unchanged
  journal: unknown action 'masage'; did you mean 'massage'? (see `journal vocab`; --new logs a new action)
  unchanged, exit 2
  $ journal add neck 5 --did massage,zumba; unchanged
  journal: unknown action 'zumba' (see `journal vocab`; --new logs a new action)
  unchanged, exit 2
  $ journal add neck 5 --factor sleep; unchanged
  journal: factor must be NAME=NUMBER with a lower-case name of letters, digits and _ (e.g. sleep_hours=6.5), not 'sleep'
  unchanged, exit 2
  $ journal add neck 5 --factor Sleep=5; unchanged
  journal: factor must be NAME=NUMBER with a lower-case name of letters, digits and _ (e.g. sleep_hours=6.5), not 'Sleep=5'
  unchanged, exit 2
  $ journal add neck 5 --factor sleep=x; unchanged
  journal: factor must be NAME=NUMBER with a lower-case name of letters, digits and _ (e.g. sleep_hours=6.5), not 'sleep=x'
  unchanged, exit 2
  $ journal add neck 5 --factor a=1 --factor a=2; unchanged
  journal: factor 'a' is given twice
  unchanged, exit 2
  $ journal add neck 5 --at tomorrow; unchanged
  journal: --at: 'tomorrow' is not a time; accepted: YYYY-MM-DD [TIME], an RFC 3339 date-time, TIME (HH:MM, 6:30pm, noon, midnight: today, or yesterday if still to come), today, yesterday, a weekday or last WEEKDAY, each [at TIME], this morning, last night, N minutes|hours|days|weeks ago, 2h ago, -2h
  unchanged, exit 2
  $ journal add neck 5 --at 2026-11-22; unchanged
  journal: --at: '2026-11-22' is in the future; an entry records what has happened
  unchanged, exit 2
  $ journal add neck 5 --at 2026-11-21T10:00:01+01:00; unchanged
  journal: --at: '2026-11-21T10:00:01+01:00' is in the future; an entry records what has happened
  unchanged, exit 2
  $ journal add neck 5 --at "in 3 days"; unchanged
  journal: --at: 'in 3 days' is not a time; accepted: YYYY-MM-DD [TIME], an RFC 3339 date-time, TIME (HH:MM, 6:30pm, noon, midnight: today, or yesterday if still to come), today, yesterday, a weekday or last WEEKDAY, each [at TIME], this morning, last night, N minutes|hours|days|weeks ago, 2h ago, -2h
  unchanged, exit 2
  $ journal add neck 5 --at 2026-02-30; unchanged
  journal: --at: '2026-02-30' is not a time; accepted: YYYY-MM-DD [TIME], an RFC 3339 date-time, TIME (HH:MM, 6:30pm, noon, midnight: today, or yesterday if still to come), today, yesterday, a weekday or last WEEKDAY, each [at TIME], this morning, last night, N minutes|hours|days|weeks ago, 2h ago, -2h
  unchanged, exit 2
  $ journal add neck 5 --at 25:00; unchanged
  journal: --at: '25:00' is not a time; accepted: YYYY-MM-DD [TIME], an RFC 3339 date-time, TIME (HH:MM, 6:30pm, noon, midnight: today, or yesterday if still to come), today, yesterday, a weekday or last WEEKDAY, each [at TIME], this morning, last night, N minutes|hours|days|weeks ago, 2h ago, -2h
  unchanged, exit 2
  $ journal add neck 5 --note "$(printf 'bad \377 byte')"; unchanged
  journal: note must be valid UTF-8 text
  unchanged, exit 2
  $ journal add neck 5 --tag "a;b"; unchanged
  journal: tag must be text without ';' or control characters, not 'a;b'
  unchanged, exit 2
  $ journal add --intensity 5; unchanged
  journal: intensity needs a site: journal add SITE INTENSITY (see `journal vocab`)
  unchanged, exit 2
  $ journal add 5; unchanged
  journal: intensity needs a site: journal add SITE INTENSITY (see `journal vocab`)
  unchanged, exit 2
  $ journal add neck; unchanged
  journal: a site needs an intensity (journal add neck 5), an action (--did) or a note
  unchanged, exit 2
  $ journal add neck 5 --bogus; unchanged
  journal: unknown option '--bogus' for `journal add` (see `journal add --help`)
  unchanged, exit 2
  $ journal --color sometimes add neck 5; unchanged
  journal: --color must be one of auto, always, never, not 'sometimes'
  unchanged, exit 2

A broken config file is an error naming file, line and column; nothing is
written either.

  $ printf 'sites = ["jaw-left"\n' > config.toml
  $ journal add neck 5; unchanged
  journal: $TMP/config.toml:1:21: Error while parsing array: encountered end-of-file
  unchanged, exit 2
  $ printf 'site = ["jaw-left"]\n' > config.toml
  $ journal add neck 5; unchanged
  journal: $TMP/config.toml:1:8: unknown key 'site'; accepted: dir, free_names, sites, site_aliases, actions, action_aliases, analysis
  unchanged, exit 2
  $ rm config.toml
  $ journal --config missing.toml add neck 5; unchanged
  journal: config file missing.toml does not exist
  unchanged, exit 2
  $ JOURNAL_NOW=yesterday journal add neck 5; unchanged
  journal: JOURNAL_NOW must be an RFC 3339 date-time: 'yesterday' is not an RFC 3339 date-time (YYYY-MM-DDTHH:MM[:SS][+HH:MM])
  unchanged, exit 2
  $ JOURNAL_NOW=9999-12-31T23:30:00Z journal add neck 5; unchanged
  journal: JOURNAL_NOW must be a date-time in the years 0001 to 9999 in the local time zone, not '9999-12-31T23:30:00Z'
  unchanged, exit 2

A number every format cannot write and read back exactly (a subnormal such
as 1e-310 parses in TOML and JSON, not back from CSV) is refused at the door.

  $ printf '[{"id":"01K0000000000000000000000A","at":"2026-11-20T10:00:00+01:00","site":"neck","intensity":3,"factors":{"x":5e-324}}]' > tiny.json
  $ journal import tiny.json; unchanged
  journal: tiny.json: entry 1: factor 'x' must be 0 or at least 2.2250738585072014e-308 in size, not 5e-324
  unchanged, exit 2
  $ printf '[{"id":"01K0000000000000000000000A","at":"2026-11-20T10:00:00+01:00","site":"neck","intensity":3,"sitting_hours":1e-310}]' > tiny.json
  $ journal import tiny.json; unchanged
  journal: tiny.json: entry 1: sitting_hours must be 0 or at least 2.2250738585072014e-308 in size, not 1e-310
  unchanged, exit 2
  $ journal add neck 5 --factor x=1e-310; unchanged
  journal: factor must be NAME=NUMBER with a lower-case name of letters, digits and _ (e.g. sleep_hours=6.5), not 'x=1e-310'
  unchanged, exit 2

A journal directory that cannot be created is a runtime failure (1).

  $ touch file
  $ journal --dir file/j add neck 5
  journal: cannot create journal directory file/j: Not a directory
  [1]
