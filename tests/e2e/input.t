Input as people type it (issue 9): sites of several words and what was done
after the intensity, the WHEN forms and periods of SPEC section 3, whole
numbers, colour, and CLI11's refusals in the program's words.
JOURNAL_NOW is Saturday 2026-11-21T10:00:00+01:00 and TZ is Europe/Berlin.

A site of several words needs no quotes; words after the intensity are what
was done (before any --did).

  $ journal add lower back 4
  Added <ID>: lower-back 4/10 at 2026-11-21 10:00
  $ journal add neck 6 massage
  Added <ID>: neck 6/10 (massage) at 2026-11-21 10:00
  Follow-up due by Mon 10:00: log movement with `journal add --did stretching`
  $ journal add left shoulder 3 tui na walk --did stretching
  Added <ID>: shoulder-left 3/10 (tui-na, walk, stretching) at 2026-11-21 10:00
  $ journal add neck stretching
  Added <ID>: neck (stretching) at 2026-11-21 10:00
  $ journal add --site neck 5 massage
  Added <ID>: neck 5/10 (massage) at 2026-11-21 10:00
  $ journal add jaw clicking 2 --new
  Added <ID>: jaw-clicking 2/10 at 2026-11-21 10:00
  New site 'jaw-clicking' added to this journal's vocabulary (vocab.toml).
  $ journal add neck 6 "ear candling" --new
  Added <ID>: neck 6/10 (ear-candling) at 2026-11-21 10:00
  New action 'ear-candling' added to this journal's vocabulary as other (neither passive relief nor movement); to change: journal vocab add action ear-candling --class passive|movement|other
  $ tail -n 4 journal/2026-11.toml
  site = "neck"
  intensity = 6
  did = ["ear-candling"]
  # end

When the words cannot be read one way, the message shows how to write them,
and nothing is written.

  $ cp journal/2026-11.toml before
  $ unchanged() { s=$?; cmp -s before journal/2026-11.toml && echo "unchanged, exit $s"; }
  $ journal add neck 6 after the meeting; unchanged
  journal: 'after the meeting' is not an action; a note goes in --note: journal add neck 6 --note "after the meeting"
  unchanged, exit 2
  $ journal add neck 6 7; unchanged
  journal: more than one number in 'neck 6 7': the intensity comes once, right after the site (journal add neck 6); other numbers go with their option, e.g. --stress 7
  unchanged, exit 2
  $ journal add 6 lower back; unchanged
  journal: the site comes before the intensity: journal add lower back 6
  unchanged, exit 2
  $ journal add neck massage 6; unchanged
  journal: the intensity comes right after the site: journal add neck 6 massage
  unchanged, exit 2
  $ journal add neck shoulder 6; unchanged
  journal: 'neck shoulder' is not a site; one site per entry (journal add neck 6), or a new site with --new (journal add neck shoulder 6 --new)
  unchanged, exit 2
  $ journal add massage; unchanged
  journal: 'massage' is what you did, not a site: journal add --did massage
  unchanged, exit 2
  $ journal add neck 6 cold plunge --new; unchanged
  journal: 'cold plunge': one new action or two? Write --did "cold plunge" --new for one, --did cold,plunge --new for two
  unchanged, exit 2
  $ journal add neck 6 masage; unchanged
  journal: unknown action 'masage'; did you mean 'massage'? (see `journal vocab`; --new logs a new action)
  unchanged, exit 2

WHEN as people type it. A time alone is today's, or yesterday's when today's
is still to come, and the confirmation says so.

  $ export JOURNAL_DIR=$PWD/when
  $ journal add neck 3 --at "yesterday 6:30pm"
  Added <ID>: neck 3/10 at 2026-11-20 18:30
  $ journal add neck 3 --at "yesterday at 18:30"
  Added <ID>: neck 3/10 at 2026-11-20 18:30
  $ journal add neck 3 --at "2h ago"
  Added <ID>: neck 3/10 at 2026-11-21 08:00
  $ journal add neck 3 --at "last monday"
  Added <ID>: neck 3/10 at 2026-11-16 12:00
  $ journal add neck 3 --at "monday at 9"
  Added <ID>: neck 3/10 at 2026-11-16 09:00
  $ journal add neck 3 --at "Tuesday 7am"
  Added <ID>: neck 3/10 at 2026-11-17 07:00
  $ journal add neck 3 --at "2026-11-20 6:30 p.m."
  Added <ID>: neck 3/10 at 2026-11-20 18:30
  $ journal add neck 3 --at "this morning"
  Added <ID>: neck 3/10 at 2026-11-21 08:00
  $ journal add neck 3 --at "last night"
  Added <ID>: neck 3/10 at 2026-11-20 22:00
  $ journal add neck 3 --at midnight
  Added <ID>: neck 3/10 at 2026-11-21 00:00
  $ journal add neck 3 --at 9am
  Added <ID>: neck 3/10 at 2026-11-21 09:00
  $ journal add neck 3 --at noon
  Added <ID>: neck 3/10 at 2026-11-20 12:00 (yesterday: 12:00 today is still to come)
  $ JOURNAL_NOW=2026-11-21T07:50:00+01:00 journal add neck 3 --at 09:00
  Added <ID>: neck 3/10 at 2026-11-20 09:00 (yesterday: 09:00 today is still to come)
  $ JOURNAL_NOW=2026-11-21T07:50:00+01:00 journal -q add neck 3 --at 09:00

The future is still refused, and so is a period where a time is needed.

  $ journal add neck 3 --at "today 11pm"
  journal: --at: 'today 11pm' is in the future; an entry records what has happened
  [2]
  $ JOURNAL_NOW=2026-11-21T07:00:00+01:00 journal add neck 3 --at "this morning"
  journal: --at: 'this morning' is in the future; an entry records what has happened
  [2]
  $ journal add neck 3 --at "last week"
  journal: --at: 'last week' is a period, not a time; give a day or a time such as 'last monday', '1 week ago' or '2026-11-16 09:00'
  [2]
  $ journal add neck 3 --at "next friday"
  journal: --at: 'next friday' is not a time; accepted: YYYY-MM-DD [TIME], an RFC 3339 date-time, TIME (HH:MM, 6:30pm, noon, midnight: today, or yesterday if still to come), today, yesterday, a weekday or last WEEKDAY, each [at TIME], this morning, last night, N minutes|hours|days|weeks ago, 2h ago, -2h
  [2]

Periods for --since and --until: a period's start, and its end. Weeks run
Monday to Sunday, as in the weekly report.

  $ export JOURNAL_DIR=$PWD/periods
  $ for at in 2026-10-20T09:00 2026-11-08T09:00 2026-11-12T09:00 2026-11-18T09:00; do journal -q add neck 4 --note "$at" --at $at; done
  $ journal list --since "last week" --format csv | cut -d, -f2
  at
  2026-11-12T09:00:00+01:00
  2026-11-18T09:00:00+01:00
  $ journal list --until "last week" --format csv | cut -d, -f2
  at
  2026-10-20T09:00:00+02:00
  2026-11-08T09:00:00+01:00
  2026-11-12T09:00:00+01:00
  $ journal list --since "Last Week" --until "last week" --format csv | cut -d, -f2
  at
  2026-11-12T09:00:00+01:00
  $ journal list --since "this week" --format csv | cut -d, -f2
  at
  2026-11-18T09:00:00+01:00
  $ journal list --since "last month" --until "last month" --format csv | cut -d, -f2
  at
  2026-10-20T09:00:00+02:00
  $ journal list --since "this month" --format csv | cut -d, -f2 | wc -l
  4
  $ journal list --since "this year" --format csv | cut -d, -f2 | wc -l
  5
  $ journal list --since "2h ago" --format csv | wc -l
  1
  $ journal report --week "last week" --no-findings | head -2
  Week 2026-W46, Mon 9 Nov to Sun 15 Nov 2026
  1 entry on 1 of 7 days.
  $ journal report --week "this week" --no-findings | head -1
  Week 2026-W47, Mon 16 Nov to Sun 22 Nov 2026 (so far)
  $ journal report --week "last month"
  journal: --week must be an ISO week (2026-W47), this week, last week, or a day in the week (2026-11-18, monday), not 'last month'
  [2]

Whole numbers are whole numbers: no negative count, and a leading zero is
not octal (CLI11 read 08 as a broken octal number).

  $ journal list --last -1
  journal: --last must be a whole number 0 or more, not '-1'
  [2]
  $ journal list --last 1.5
  journal: --last must be a whole number 0 or more, not '1.5'
  [2]
  $ journal list --last 08 --format csv | wc -l
  5
  $ journal list --last 02 --format csv | cut -d, -f2
  at
  2026-11-12T09:00:00+01:00
  2026-11-18T09:00:00+01:00
  $ journal report --weeks x
  journal: --weeks must be a whole number, not 'x'
  [2]

An explicit --color=always wins over NO_COLOR (set in these tests); the
default stays plain.

  $ journal --color=always list --last 1 | grep -q $'\e\[' && echo coloured || echo plain
  coloured
  $ journal --color always add neck 1 | grep -q $'\e\[' && echo coloured || echo plain
  coloured
  $ journal list --last 1 | grep -q $'\e\[' && echo coloured || echo plain
  plain
  $ journal --color=auto list --last 1 | grep -q $'\e\[' && echo coloured || echo plain
  plain

Types in --help: INT, NUMBER, WHEN rather than TEXT.

  $ journal add --help | grep -E '^  (SITE|INTENSITY|ACTION|--stress|--sitting|--at|--intensity) '
    SITE                        Body site (see `journal vocab`); several words are fine: lower back 4
    INTENSITY                   Pain intensity, a whole number 0-10
    ACTION ...                  What you did, after the intensity: neck 6 massage (like --did)
    --intensity INT             Pain intensity 0-10, as INTENSITY
    --stress INT                Stress 0-10
    --sitting NUMBER            Hours sat in the last day, 0-24 (e.g. 9.5)
    --at WHEN                   When it happened (default now): 18:30, 6pm, yesterday at 9, last monday, 2h ago, 2026-11-20T08:00 ...
  $ journal list --help | grep -E '^  --(since|until|last) '
    --since WHEN                Only entries at or after WHEN (a day or a period such as last week: its start)
    --until WHEN                Only entries at or before WHEN (a day or a period such as last week: its end)
    --last INT                  Only the last N entries (after the other filters)
  $ journal analyze --help | grep -E '^  --(pain-threshold|episode-gap|day-start) '
    --pain-threshold INT        Intensity that makes an entry a pain entry (default 3)
    --episode-gap DURATION      Longest gap inside one episode (default 72h)
    --day-start HH:MM           When a journal day begins, HH:MM (default 00:00)
  $ journal --help | grep -c TEXT
  0
  [1]

What CLI11 refuses, in one line of the program's own words, exit 2.

  $ journal add neck 5 --stres 7
  journal: unknown option '--stres' for `journal add`; did you mean '--stress'? (see `journal add --help`)
  [2]
  $ journal list neck
  journal: unexpected argument 'neck' for `journal list` (see `journal list --help`)
  [2]
  $ journal list neck shoulder
  journal: unexpected arguments 'neck shoulder' for `journal list` (see `journal list --help`)
  [2]
  $ journal add neck 5 --stress
  journal: --stress needs a value (INT) (see `journal add --help`)
  [2]
  $ journal completions
  journal: name a shell: journal completions bash|zsh|fish
  [2]
  $ journal --color=sometimes list
  journal: --color must be one of auto, always, never, not 'sometimes'
  [2]
  $ journal --dir x
  journal: a command is required (see `journal --help`)
  [2]
  $ journal lsit
  journal: unknown command 'lsit' (did you mean 'list'?); commands are add, list, export, import, analyze, report, check, edit, vocab, undo, delete, amend, trial, due, completions
  [2]
  $ journal Reprot
  journal: unknown command 'Reprot' (did you mean 'report'?); commands are add, list, export, import, analyze, report, check, edit, vocab, undo, delete, amend, trial, due, completions
  [2]
