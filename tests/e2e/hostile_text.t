Text from a journal file never reaches the terminal raw. A month file
written by hand can hold any character TOML can escape: ESC sequences
(CSI \e[2J clears the screen, OSC 52 \e]52;c;...\a writes the clipboard),
C1 controls (U+009B is a one-byte CSI), carriage returns, BEL and DEL.
Every command shows each as a visible escape (\e, \r, \n, \t, \xHH for
other C0 and DEL, \u00HH for C1), in its output and in its warnings and
errors; JSON and CSV keep the exact text.

`show` makes any control character left in the output visible as <HH>, so
a raw one would show up below (none does).

  $ show() { "$PYTHON" -c 'import sys; t = sys.stdin.buffer.read().decode("utf-8", "surrogateescape"); sys.stdout.write("".join("<%02X>" % (ord(c) & 0xFF) if (c < " " and c != "\n") or "\x7f" <= c <= "\x9f" or "\udc80" <= c <= "\udcff" else c for c in t))'; }
  $ mkdir -m 700 journal
  $ cat > journal/2026-11.toml <<'EOF'
  > format = 1
  > 
  > [[entry]]
  > id = "01JD3QY8Z6K3T9W2M4N5P6R7S1"
  > at = 2026-11-16T09:00:00+01:00
  > site = "neck\u001b[2J"
  > intensity = 6
  > note = "\u001b]52;c;eA==\u0007"
  > 
  > [[entry]]
  > id = "01JD3QY8Z6K3T9W2M4N5P6R7S2"
  > at = 2026-11-17T09:00:00+01:00
  > site = "jaw\u009b31m"
  > intensity = 5
  > did = ["heat\u009b"]
  > note = "a\r\nb\u007f"
  > "x\u001b[2K" = 1
  > 
  > [[entry]]
  > id = "01JD3QY8Z6K3T9W2M4N5P6R7S3"
  > at = 2026-11-18T09:00:00+01:00
  > tags = ["work\u001b[5m"]
  > 
  > [[entry]]
  > id = "01JD3QY8Z6K3T9W2M4N5P6R7S4"
  > at = 2026-11-19T09:00:00+01:00
  > factors = { "sleep\u001b[8m" = 5 }
  > 
  > [[entry]]
  > id = "01JD3QY8Z6K3T9W2M4N5P6R7S5"
  > at = 2026-11-20T09:00:00+01:00
  > did = ["massage\u001b]52;c;eA==\u0007"]
  > 
  > [[entry]]
  > id = "01JD3QY8Z6K3T9W2M4N5P6R7S6"
  > at = 2026-11-21T08:00:00+01:00
  > site = "jaw\u009b31m"
  > did = ["massage"]
  > EOF
  $ journal list 2>&1 | show
  warning: $TMP/journal/2026-11.toml:17:16: unknown key 'x\e[2K' ignored; entry keys are id, at, site, intensity, stress, sitting_hours, breathing, did, note, tags, factors
  warning: $TMP/journal/2026-11.toml:22:8: entry not loaded: tags must be non-empty text without ';' or control characters, not 'work\e[5m'
  warning: $TMP/journal/2026-11.toml:27:11: entry not loaded: factor name 'sleep\e[8m' must be lower-case letters, digits and _
  warning: $TMP/journal/2026-11.toml:32:7: entry not loaded: did must list action names (no ';'), not 'massage\e]52;c;eA==\x07'
  WHEN              SITE          PAIN DID         NOTE
  2026-11-16 09:00  neck\e[2J        6             \e]52;c;eA==\x07
  2026-11-17 09:00  jaw\u009b31m     5 heat\u009b  a\r\nb\x7f
  2026-11-21 08:00  jaw\u009b31m       massage
  3 entries
  $ journal check 2>&1 | show
  $TMP/journal/2026-11.toml:17:16: unknown key 'x\e[2K' ignored; entry keys are id, at, site, intensity, stress, sitting_hours, breathing, did, note, tags, factors
  $TMP/journal/2026-11.toml:22:8: entry not loaded: tags must be non-empty text without ';' or control characters, not 'work\e[5m'
  $TMP/journal/2026-11.toml:27:11: entry not loaded: factor name 'sleep\e[8m' must be lower-case letters, digits and _
  $TMP/journal/2026-11.toml:32:7: entry not loaded: did must list action names (no ';'), not 'massage\e]52;c;eA==\x07'
  $TMP/journal/2026-11.toml:6:8: unknown site 'neck\e[2J'
  $TMP/journal/2026-11.toml:13:8: unknown site 'jaw\u009b31m'; if it is a name of your own: journal vocab add site jaw\u009b31m
  $TMP/journal/2026-11.toml:15:7: unknown action 'heat\u009b'; did you mean 'heat'?
  $TMP/journal/2026-11.toml:37:8: unknown site 'jaw\u009b31m'; if it is a name of your own: journal vocab add site jaw\u009b31m
  Checked 1 file, 3 entries: 8 problems. Fix the rest with `journal edit YYYY-MM`.
  $ journal analyze 2>&1 | show
  warning: $TMP/journal/2026-11.toml:17:16: unknown key 'x\e[2K' ignored; entry keys are id, at, site, intensity, stress, sitting_hours, breathing, did, note, tags, factors
  warning: $TMP/journal/2026-11.toml:22:8: entry not loaded: tags must be non-empty text without ';' or control characters, not 'work\e[5m'
  warning: $TMP/journal/2026-11.toml:27:11: entry not loaded: factor name 'sleep\e[8m' must be lower-case letters, digits and _
  warning: $TMP/journal/2026-11.toml:32:7: entry not loaded: did must list action names (no ';'), not 'massage\e]52;c;eA==\x07'
  Analysis of 3 entries, 2026-11-16 to 2026-11-21.
  Pain threshold 3, episode gap 72h, follow-up window 48h, recurrence window
  14d, lag 1d, day start 00:00. Associations in your own records, not proof of
  cause: n are counts, CI 95% intervals, p from Fisher's exact test, q adjusted
  for the number of factor comparisons (Benjamini-Hochberg).
  
  jaw\u009b31m
    Episodes: 1 (0 ongoing), from 2026-11-17 to 2026-11-17. It was a single
    entry; highest intensity 5 on median (top 5).
  
    Branch: does it come back after passive relief?
      Not enough data to compare yet: 0 treatments with movement follow-up and 0
      without have a known outcome, with 0 recurrences; a comparison needs 3 in
      each group and 3 recurrences.
                       treatments  came back  stayed away  persisted  censored
      no movement               1          0            0          0         1
      with movement             0          0            0          0         0
  
    Roots: what comes before jaw\u009b31m onsets?
      No load factors logged yet: add --stress, --sitting and --breathing to
      daily entries.
      Not enough data yet for neck\e[2J pain: each needs 3 pain days, 3 other
        days and 3 days with an onset. Keep logging pain at every site (`--all`
        shows the counts).
  
  neck\e[2J
    Episodes: 1 (0 ongoing), from 2026-11-16 to 2026-11-16. It was a single
    entry; highest intensity 6 on median (top 6).
  
    Branch: does it come back after passive relief?
      No passive relief (massage, heat, acupuncture, ...) logged for neck\e[2J
      yet. Log it with --did, and movement after it (stretching, a walk), to see
      whether the pain comes back less often with movement.
  
    Roots: what comes before neck\e[2J onsets?
      No load factors logged yet: add --stress, --sitting and --breathing to
      daily entries.
      Not enough data yet for jaw\u009b31m pain: each needs 3 pain days, 3 other
        days and 3 days with an onset. Keep logging pain at every site (`--all`
        shows the counts).
  
  All sites together
    Not enough data to compare yet: 0 treatments with movement follow-up and 0
    without have a known outcome, with 0 recurrences; a comparison needs 3 in
    each group and 3 recurrences.
                       treatments  came back  stayed away  persisted  censored
      no movement               1          0            0          0         1
      with movement             0          0            0          0         0
  
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
  $ journal report 2>&1 | show
  warning: $TMP/journal/2026-11.toml:17:16: unknown key 'x\e[2K' ignored; entry keys are id, at, site, intensity, stress, sitting_hours, breathing, did, note, tags, factors
  warning: $TMP/journal/2026-11.toml:22:8: entry not loaded: tags must be non-empty text without ';' or control characters, not 'work\e[5m'
  warning: $TMP/journal/2026-11.toml:27:11: entry not loaded: factor name 'sleep\e[8m' must be lower-case letters, digits and _
  warning: $TMP/journal/2026-11.toml:32:7: entry not loaded: did must list action names (no ';'), not 'massage\e]52;c;eA==\x07'
  Week 2026-W47, Mon 16 Nov to Sun 22 Nov 2026 (so far)
  3 entries on 3 of 7 days.
  
                              episodes  pain       mean
  Pain               MTWTFSS     begun  days  per entry  highest  vs week before
    jaw\u009b31m      ▅              1     1        5.0        5
    neck\e[2J        ▅               1     1        6.0        6
  
  Load                          this week  week before
    stress (mean per day)               -            -
    hours sat (mean per day)            -            -
    shallow-breathing days              0            0
  
  Done: heat\u009b 1, massage 1 (actions by class: passive 1, movement 0, other
    1).
  Passive relief followed by movement within 48 h: none decided yet; 1 still
    open.
  Follow-ups still open:
    massage (jaw\u009b31m) Sat 08:00: no movement logged yet, due by Mon 08:00
  
  Findings over the whole journal: not enough data yet.
  $ journal report --format html 2>/dev/null | show | grep -o '<td>[^<]*\\[^<]*</td>'
  <td>jaw\u009b31m</td>
  <td>neck\e[2J</td>
  $ journal export --format json 2>/dev/null | "$PYTHON" -c 'import json, sys; [print(ascii(e.get("site")), ascii(e.get("did")), ascii(e.get("note"))) for e in json.load(sys.stdin)]'
  'neck\x1b[2J' None '\x1b]52;c;eA==\x07'
  'jaw\x9b31m' ['heat\x9b'] 'a\r\nb\x7f'
  'jaw\x9b31m' ['massage'] None
  $ journal export --format csv 2>/dev/null | "$PYTHON" -c 'import csv, io, sys; [print(ascii(r["site"]), ascii(r["did"]), ascii(r["note"])) for r in csv.DictReader(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline=""))]'
  'neck\x1b[2J' '' '\x1b]52;c;eA==\x07'
  'jaw\x9b31m' 'heat\x9b' 'a\r\nb\x7f'
  'jaw\x9b31m' 'massage' ''
  $ printf 'at,site,intensity\n2026-11-01T10:00:00+01:00,"neck\nhead\033[2J",3\n' > bad.csv
  $ journal import bad.csv 2>&1 | show
  journal: bad.csv:2: unknown site 'neck\nhead\e[2J' (see `journal vocab`; import --new adds the names it does not know)

What the command line echoes back is shown the same way: the confirmation
of `add` (a new name may hold any letter, and U+009B is a C1 control) and
an unknown command.

  $ journal add "$(printf 'jaw\302\233x')" 3 --new --at 2026-11-20T10:00 | show | cut -d: -f2-
   jaw\u009bx 3/10 at 2026-11-20 10:00
  New site 'jaw\u009bx' added to this journal's vocabulary (vocab.toml).
  $ journal "$(printf 'x\033[2J')" 2>&1 | show | cut -d";" -f1
  journal: unknown command 'x\e[2J'
