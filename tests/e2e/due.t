journal due: passive relief still waiting for its movement follow-up, with
the time it is due, and a running trial's task for today; --prompt says the
soonest in one short line for a shell prompt. JOURNAL_NOW is
2026-11-21T10:00:00+01:00 (a Saturday) and TZ is Europe/Berlin.

An empty journal: nothing due, and --prompt prints nothing (exit 0).

  $ journal due
  No movement follow-up due.
  $ journal due --prompt
  $ journal -q due

A massage yesterday evening: add says when movement is due and how to log
it; due lists it; the prompt names the site.

  $ journal add neck 6 --did massage --at "yesterday 18:00"
  Added <ID>: neck 6/10 (massage) at 2026-11-20 18:00
  Follow-up due by tomorrow 18:00: log movement with `journal add --did stretching`
  $ journal due
  Movement follow-up due (within 48h of passive relief):
    by tomorrow 18:00  neck  massage yesterday 18:00
  Log movement with `journal add --did stretching`.
  $ journal due --prompt
  neck: move by Sun 18:00

Movement within the window follows it up: no nudge, nothing due.

  $ journal add --did walk --at 08:00
  Added <ID>: walk at 2026-11-21 08:00
  $ journal due
  No movement follow-up due.
  $ journal due --prompt

Several sites, soonest first. A relief without a site is for the sites with
an episode active then (neck and jaw here), as the analysis counts it. -q
leaves the nudge out, and so does movement in the same entry (the
stretching before them does not follow them up).

  $ journal --dir b -q add jaw 7 --at "yesterday 07:00"
  $ journal --dir b add shoulder-left 2 --did massage,stretching --at "yesterday 08:00"
  Added <ID>: shoulder-left 2/10 (massage, stretching) at 2026-11-20 08:00
  $ journal --dir b -q add neck 6 --did massage --at "yesterday 18:00"
  $ journal --dir b add lower-back 5 --did heat --at "yesterday 12:00"
  Added <ID>: lower-back 5/10 (heat) at 2026-11-20 12:00
  Follow-up due by tomorrow 12:00: log movement with `journal add --did stretching`
  $ journal --dir b add --did cupping --at "yesterday 09:00"
  Added <ID>: cupping at 2026-11-20 09:00
  Follow-up due by tomorrow 09:00: log movement with `journal add --did stretching`
  $ journal --dir b add neck 5 --at "yesterday 08:30"
  Added <ID>: neck 5/10 at 2026-11-20 08:30
  $ journal --dir b due
  Movement follow-up due (within 48h of passive relief):
    by tomorrow 09:00  jaw, neck   cupping yesterday 09:00
    by tomorrow 12:00  lower-back  heat yesterday 12:00
    by tomorrow 18:00  neck        massage yesterday 18:00
  Log movement with `journal add --did stretching`.
  $ journal --dir b due --prompt
  jaw, neck: move by Sun 09:00
  $ journal --dir b -q due
    by tomorrow 09:00  jaw, neck   cupping yesterday 09:00
    by tomorrow 12:00  lower-back  heat yesterday 12:00
    by tomorrow 18:00  neck        massage yesterday 18:00

The prompt finds the sites of a relief without one even when the episode
began before the window: a jaw pain two days before the heat.

  $ journal --dir c -q add jaw 6 --at "3 days ago"
  $ journal --dir c -q add --did heat --at "yesterday 08:00"
  $ journal --dir c due --prompt
  jaw: move by Sun 08:00

When a window has closed, its relief is no longer due.

  $ JOURNAL_NOW=2026-11-22T12:30:00+01:00 journal --dir b due
  Movement follow-up due (within 48h of passive relief):
    by today 18:00  neck  massage Fri 18:00
  Log movement with `journal add --did stretching`.
  $ JOURNAL_NOW=2026-11-22T12:30:00+01:00 journal --dir b due --prompt
  neck: move by 18:00
  $ JOURNAL_NOW=2026-11-22T18:00:00+01:00 journal --dir b due
  No movement follow-up due.
  $ JOURNAL_NOW=2026-11-22T18:00:00+01:00 journal --dir b due --prompt

The window is the followup_window of the config's [analysis].

  $ printf '[analysis]\nfollowup_window = "4h"\n' > short.toml
  $ journal --dir b --config short.toml due
  No movement follow-up due.
  $ JOURNAL_NOW=2026-11-20T20:00:00+01:00 journal --dir b --config short.toml due
  Movement follow-up due (within 4h of passive relief):
    by today 22:00  neck  massage today 18:00
  Log movement with `journal add --did stretching`.

A running trial's task for today: every day of trying the action, and a day
as usual until the site is rated.

  $ journal --dir t -q trial start qigong --site neck --try qigong --pairs 2 --period 3d --washout 1d --seed 7
  Trial qigong: does qigong help your neck? 2 pairs of 3-day periods, Sun 22 Nov 2026 to Thu 3 Dec 2026.
  Rate your neck every day (`journal add neck N`). The first day of each period is a washout, not analysed: keep to the period's plan anyway.
  
    pair 1  Sun 22 Nov 2026  to Tue 24 Nov 2026   as usual (no qigong)
            Wed 25 Nov 2026  to Fri 27 Nov 2026   qigong every day
    pair 2  Sat 28 Nov 2026  to Mon 30 Nov 2026   as usual (no qigong)
            Tue 1 Dec 2026   to Thu 3 Dec 2026    qigong every day
  $ JOURNAL_NOW=2026-11-23T10:00:00+01:00 journal --dir t due
  No movement follow-up due.
  Trial qigong, day 2 of 12: today as usual (no qigong); rate your neck.
  $ JOURNAL_NOW=2026-11-23T10:00:00+01:00 journal --dir t -q add neck 3
  $ JOURNAL_NOW=2026-11-23T11:00:00+01:00 journal --dir t due
  No movement follow-up due.
  $ JOURNAL_NOW=2026-11-25T10:00:00+01:00 journal --dir t -q add neck 3
  $ JOURNAL_NOW=2026-11-25T11:00:00+01:00 journal --dir t due
  No movement follow-up due.
  Trial qigong, day 4 of 12: today qigong, then rate your neck.

A prompt never prints a message: with a broken month file or a broken
config, --prompt prints nothing at all (exit 1 and 2), while `due` says what
is wrong. A mistyped option is still said, so that a typo in the prompt's
setup shows when it is written.

  $ mkdir -m 700 broken && printf 'format = 1\n\n[[entry]]\nid = "x"\nat = 2026-11-21T09:00:00+01:00\nsite = 7\ndid = ["massage"]\n' > broken/2026-11.toml && chmod 600 broken/2026-11.toml
  $ journal --dir broken due --prompt
  [1]
  $ journal --dir broken due
  warning: broken/2026-11.toml:6:8: entry not loaded: site must be a string, not an integer
  No movement follow-up due.

The prompt reads only the entries of the window that record an action: a
broken entry that records none is for `journal due` and `journal check`.

  $ mkdir -m 700 broken2 && printf 'format = 1\n\n[[entry]]\nid = "x"\nat = 2026-11-21T09:00:00+01:00\nsite = 7\n' > broken2/2026-11.toml && chmod 600 broken2/2026-11.toml
  $ journal --dir broken2 due --prompt
  $ journal --dir broken2 due
  warning: broken2/2026-11.toml:6:8: entry not loaded: site must be a string, not an integer
  No movement follow-up due.
  $ printf '[analysis\n' > bad.toml
  $ journal --dir b --config bad.toml due --prompt
  [2]
  $ journal --dir b due --prompt --bogus
  journal: unknown option '--bogus' for `journal due` (see `journal due --help`)
  [2]
