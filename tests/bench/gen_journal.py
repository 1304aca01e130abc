#!/usr/bin/env python3
"""Generate a synthetic pain journal for benchmarking `journal`.

Usage:
    gen_journal.py --entries N [--years 10] [--end 2026-11-20] [--seed 1] OUTDIR

Writes exactly N entries, spread evenly over the days of the period that ends
on --end (inclusive) and spans --years years, into one `YYYY-MM.toml` file per
month in OUTDIR, in the journal's on-disk format:

    # painjournal: entries for YYYY-MM, one [[entry]] table each.
    # Plain TOML. Edit with care, then run `journal check`.
    format = 1

    [[entry]]  # begin
    id = "01JD3QY8Z6K3T9W2M4N5P6R7S8"
    at = 2026-11-21T09:14:00+01:00
    site = "neck"
    ...
    # end

Entries are written in time order, day by day, so memory use does not depend
on N.  Each day gets floor/ceil(N / days) entries at random minutes between
07:00 and 23:00 local time (Europe/Berlin offsets); on the last day entries
stop before --end-time (default 18:00, matching run.sh's JOURNAL_NOW) so that
no entry lies in the benchmark's future.

Standard library only.  The output is fully determined by the arguments.
--verify re-reads every file with tomllib afterwards and checks the format
(slow for big journals: use it on small ones).
"""

import argparse
import datetime as dt
import os
import random
import sys
import time
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Berlin")

HEADER = (
    "# painjournal: entries for {month}, one [[entry]] table each.\n"
    "# Plain TOML. Edit with care, then run `journal check`.\n"
    "format = 1\n"
)

# Value pools.  Weighted pools are expanded into lookup lists so that a draw is
# just `pool[int(rnd() * len(pool))]`, which is much faster than
# random.choices() in a tight loop.
SITES = [
    ("head", 9), ("jaw", 4), ("neck", 22), ("shoulder-left", 8),
    ("shoulder-right", 11), ("upper-back", 12), ("lower-back", 18),
    ("hip-left", 5), ("knee-right", 5), ("wrist-right", 6),
]
DID = [
    "massage", "tui-na", "cupping", "acupuncture", "heat", "ice",
    "medication", "stretching", "exercise", "walk", "qigong", "yoga",
    "posture-break", "rest",
]
BREATHING = ["shallow"] * 4 + ["normal"] * 5 + ["deep"] * 1
TAGS_WEEKDAY = ["work"] * 6 + ["travel"] * 2 + ["gym"] * 2
TAGS_WEEKEND = ["weekend"] * 6 + ["travel"] * 2 + ["gym"] * 2

# Short note fragments: plain, with punctuation that matters for CSV/JSON
# (commas, quotes), with non-ASCII letters, and a rare backslash.
NOTE_HEADS = [
    "after the long budget meeting",
    "woke up stiff",
    "better after lunch",
    "long drive home",
    "too much screen time",
    "slept on the sofa",
    "new chair, still not sure",
    "standing desk most of the day",
    "carried the groceries up four floors",
    "cold draft in the office",
    "physio said to keep moving",
    "tension headache again",
    "felt fine until the evening",
    "kids were up at night",
    "stressful call with the client",
    "hot bath helped",
    "forgot the posture breaks",
    "rainy, heavy weather",
    "train was late, stood for an hour",
    "gardening all afternoon",
    'boss said "urgent" again',
    'the "quick" call took two hours',
    'doctor: "nothing structural"',
    'tried the "wall angel" exercise',
    "Café mit Jürgen",
    "Ärger im Büro",
    "Überstunden bis 20 Uhr",
    "naïve attempt at running",
    "crème brûlée night, no regrets",
    "señora at the pharmacy recommended arnica",
    "Zürich trip, lots of walking",
    "smørrebrød lunch, then the slump",
    "déjà vu: same pain as last spring",
    "pressed ctrl+\\ all day in the editor",
    "much better today 🙂",
]
NOTE_TAILS = [
    "", "", "", "", "", "", "", "",
    ", then better",
    ", worse by night",
    "; ice helped",
    " — no idea why",
    "…",
    " (again)",
    ", maybe the pillow",
    ' — "it will pass"',
    ", walked it off",
    "; took ibuprofen",
]


def weighted(pairs):
    out = []
    for value, weight in pairs:
        out.extend([value] * weight)
    return out


def toml_str(s):
    """TOML basic string literal (the journal only escapes \\ and ")."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_array(items):
    return "[" + ", ".join(toml_str(x) for x in items) + "]"


CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# 10-bit chunk -> two Crockford characters; a 130-bit (26 char) ULID is 13 chunks.
PAIRS = [CROCKFORD[i >> 5] + CROCKFORD[i & 31] for i in range(1024)]
SHIFTS = tuple(range(120, -1, -10))


def ulid(ms, rand80):
    n = (ms << 80) | rand80
    return "".join([PAIRS[(n >> s) & 1023] for s in SHIFTS])


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--entries", type=int, required=True, help="number of entries (exact)")
    p.add_argument("--years", type=int, default=10, help="length of the period in years (default 10)")
    p.add_argument("--end", default="2026-11-20", help="last day of the period, YYYY-MM-DD (default 2026-11-20)")
    p.add_argument("--end-time", default="18:00",
                   help="entries on the last day are strictly before this local time (default 18:00)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--verify", action="store_true",
                   help="re-read the output with tomllib and check it (slow for large N)")
    p.add_argument("--quiet", action="store_true", help="no summary on stderr")
    p.add_argument("outdir", help="journal directory to write (created; must not contain .toml files)")
    args = p.parse_args(argv)
    if args.entries < 0:
        p.error("--entries must be >= 0")
    if args.years < 1:
        p.error("--years must be >= 1")
    try:
        args.end = dt.date.fromisoformat(args.end)
    except ValueError:
        p.error("--end must be YYYY-MM-DD")
    try:
        hh, mm = args.end_time.split(":")
        args.end_minute = int(hh) * 60 + int(mm)
    except ValueError:
        p.error("--end-time must be HH:MM")
    return args


def period_start(end, years):
    """First day of a `years`-long period whose last day is `end`."""
    try:
        back = end.replace(year=end.year - years)
    except ValueError:  # 29 February
        back = end.replace(year=end.year - years, day=28)
    return back + dt.timedelta(days=1)


def day_offsets(day):
    """UTC offset in seconds for every local minute of `day` that we may use.

    Returns (offset, None) for days without a DST change, else
    (None, function minute -> offset).
    """
    def off(minute):
        h, m = divmod(minute, 60)
        local = dt.datetime(day.year, day.month, day.day, h, m, tzinfo=TZ)
        return int(local.utcoffset().total_seconds())

    a, b = off(0), off(23 * 60 + 59)
    if a == b:
        return a, None
    return None, off


def fmt_offset(seconds):
    sign = "+" if seconds >= 0 else "-"
    seconds = abs(seconds)
    return "%s%02d:%02d" % (sign, seconds // 3600, (seconds % 3600) // 60)


def generate(args):
    rng = random.Random(args.seed)
    rnd = rng.random
    randbits = rng.getrandbits
    gauss = rng.gauss

    sites = weighted(SITES)
    sitting = ["%.1f" % (x / 2) for x in range(0, 29)]       # 0.0 .. 14.0
    sleep = ["%.1f" % (x / 2) for x in range(6, 21)]        # 3.0 .. 10.0
    site_lines = ['site = %s\n' % toml_str(s) for s in sites]
    breathing_lines = ['breathing = %s\n' % toml_str(b) for b in BREATHING]
    note_heads = [toml_str(n)[:-1] for n in NOTE_HEADS]     # escaped, without closing quote
    note_tails = [toml_str(n)[1:] for n in NOTE_TAILS]      # escaped, without opening quote
    ndid = len(DID)
    did_esc = [toml_str(d) for d in DID]
    tag_pools = (TAGS_WEEKDAY, TAGS_WEEKEND)

    start = period_start(args.end, args.years)
    ndays = (args.end - start).days + 1
    n = args.entries
    epoch_day0 = (start - dt.date(1970, 1, 1)).days

    os.makedirs(args.outdir, exist_ok=True)
    existing = [f for f in os.listdir(args.outdir) if f.endswith(".toml")]
    if existing:
        sys.exit("gen_journal.py: %s already contains .toml files; use an empty directory"
                 % args.outdir)

    win_lo, win_hi = 7 * 60, 23 * 60          # local minutes [07:00, 23:00)
    files = 0
    written = 0
    cur_month = None
    fh = None
    for d in range(ndays):
        k = ((d + 1) * n) // ndays - (d * n) // ndays
        if k == 0:
            continue
        day = start + dt.timedelta(days=d)
        month = "%04d-%02d" % (day.year, day.month)
        if month != cur_month:
            if fh is not None:
                fh.close()
            fh = open(os.path.join(args.outdir, month + ".toml"), "w",
                      encoding="utf-8", newline="\n")
            fh.write(HEADER.format(month=month))
            cur_month = month
            files += 1

        hi = min(win_hi, args.end_minute) if d == ndays - 1 else win_hi
        lo = min(win_lo, hi - 1)
        span = hi - lo
        minutes = sorted(lo + int(rnd() * span) for _ in range(k))
        weekend = day.weekday() >= 5
        tag_pool = tag_pools[weekend]
        stress_mean = 3.5 if weekend else 5.5
        date_prefix = "at = %04d-%02d-%02dT" % (day.year, day.month, day.day)
        day_utc_s = (epoch_day0 + d) * 86400
        fixed_off, off_fn = day_offsets(day)
        if fixed_off is not None:
            off_str = fmt_offset(fixed_off)

        out = []
        ap = out.append
        for minute in minutes:
            if fixed_off is None:
                off = off_fn(minute)
                off_str = fmt_offset(off)
            else:
                off = fixed_off
            ms = (day_utc_s + minute * 60 - off) * 1000 + int(rnd() * 60000)
            ap('\n[[entry]]  # begin\nid = "')
            ap(ulid(ms, randbits(80)))
            ap('"\n')
            ap("%s%02d:%02d:00%s\n" % (date_prefix, minute // 60, minute % 60, off_str))
            ap(site_lines[int(rnd() * len(site_lines))])

            has_stress = rnd() < 0.70
            stress = int(round(gauss(stress_mean, 2.2))) if has_stress else 5
            stress = 0 if stress < 0 else 10 if stress > 10 else stress
            inten = int(round(gauss(3.6 + 0.3 * (stress - 5), 2.1)))
            inten = 0 if inten < 0 else 10 if inten > 10 else inten
            ap("intensity = %d\n" % inten)
            if has_stress:
                ap("stress = %d\n" % stress)
            if rnd() < 0.50:
                ap("sitting_hours = %s\n" % sitting[int(rnd() * (20 if weekend else 29))])
            if rnd() < 0.40:
                ap(breathing_lines[int(rnd() * len(breathing_lines))])
            did = None
            if rnd() < 0.40:
                a = int(rnd() * ndid)
                if rnd() < 0.35:
                    b = (a + 1 + int(rnd() * (ndid - 1))) % ndid
                    did = (a, b)
                    ap("did = [%s, %s]\n" % (did_esc[a], did_esc[b]))
                else:
                    did = (a,)
                    ap("did = [%s]\n" % did_esc[a])
            if rnd() < 0.30:
                ap("note = %s%s\n" % (note_heads[int(rnd() * len(note_heads))],
                                      note_tails[int(rnd() * len(note_tails))]))
            if rnd() < 0.20:
                t1 = tag_pool[int(rnd() * len(tag_pool))]
                if rnd() < 0.25:
                    t2 = tag_pool[int(rnd() * len(tag_pool))]
                    ap("tags = %s\n" % toml_array([t1] if t2 == t1 else [t1, t2]))
                else:
                    ap("tags = %s\n" % toml_array([t1]))
            if rnd() < 0.20:
                ap("factors = { sleep_hours = %s }\n" % sleep[int(rnd() * len(sleep))])
            ap("# end\n")
        fh.write("".join(out))
        written += k
    if fh is not None:
        fh.close()
    return written, files, start


def verify(args):
    import tomllib
    header = None
    total = 0
    ids = set()
    prev_at = None
    required = ["id", "at", "site", "intensity"]
    order = ["id", "at", "site", "intensity", "stress", "sitting_hours", "breathing",
             "did", "note", "tags", "factors"]
    for name in sorted(os.listdir(args.outdir)):
        if not name.endswith(".toml"):
            continue
        path = os.path.join(args.outdir, name)
        month = name[:-5]
        with open(path, "rb") as f:
            raw = f.read()
        header = HEADER.format(month=month).encode()
        assert raw.startswith(header), "%s: bad header" % name
        doc = tomllib.loads(raw.decode("utf-8"))
        assert doc["format"] == 1, name
        assert set(doc) == {"format", "entry"}, "%s: keys %s" % (name, sorted(doc))
        for e in doc["entry"]:
            keys = list(e)
            assert keys == [k for k in order if k in e], "%s: key order %s" % (name, keys)
            for k in required:
                assert k in e, "%s: missing %s" % (name, k)
            assert len(e["id"]) == 26 and all(c in CROCKFORD for c in e["id"]), e["id"]
            assert e["id"] not in ids, "duplicate id %s" % e["id"]
            ids.add(e["id"])
            at = e["at"]
            assert at.tzinfo is not None, e
            assert at.utcoffset() == at.replace(tzinfo=None).replace(tzinfo=TZ).utcoffset(), \
                "%s: wrong Berlin offset %s" % (name, at)
            assert "%04d-%02d" % (at.year, at.month) == month, "%s: entry in wrong file" % name
            assert prev_at is None or at >= prev_at, "%s: not in time order" % name
            prev_at = at
            ms = 0
            for c in e["id"][:10]:
                ms = ms * 32 + CROCKFORD.index(c)
            delta = ms / 1000 - at.timestamp()
            assert 0 <= delta < 60, "%s: ULID time %s vs at %s" % (name, ms, at)
            assert 0 <= e["intensity"] <= 10
            if "stress" in e:
                assert 0 <= e["stress"] <= 10
            if "sitting_hours" in e:
                assert isinstance(e["sitting_hours"], float) and 0 <= e["sitting_hours"] <= 14
            if "factors" in e:
                assert isinstance(e["factors"]["sleep_hours"], float)
            total += 1
    assert total == args.entries, "expected %d entries, found %d" % (args.entries, total)
    return total


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    t0 = time.perf_counter()
    written, files, start = generate(args)
    t1 = time.perf_counter()
    if not args.quiet:
        print("gen_journal.py: %d entries in %d files (%s .. %s) -> %s in %.1fs"
              % (written, files, start, args.end, args.outdir, t1 - t0), file=sys.stderr)
    if args.verify:
        total = verify(args)
        if not args.quiet:
            print("gen_journal.py: verified %d entries with tomllib in %.1fs"
                  % (total, time.perf_counter() - t1), file=sys.stderr)


if __name__ == "__main__":
    main()
