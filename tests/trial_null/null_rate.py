#!/usr/bin/env python3
"""How often does `journal trial result` say p < 0.05 when there is no effect?

Usage:
    null_rate.py JOURNAL_BINARY [--seeds N] [--first-seed S] [--max-rate R]

For each seed, end to end through the real binary, in a fresh journal:
  1. `journal trial start null --site neck --try qigong --pairs 8 --period 4d
     --washout 1d --seed SEED` plans the trial (JOURNAL_NOW fixed);
  2. a person with no effect follows the plan: qigong logged on every B day
     (none on A days) and a neck rating every evening, drawn from a pain
     level that wanders from day to day (AR(1), so neighbouring days are
     alike, as real pain is) and never depends on the condition; about 8% of
     the days go unrated. The entries are written with one `journal import`
     per trial (a JSON export's shape), not one `add` per day;
  3. `journal trial result null --format json` after the last day gives p.

It prints the share of trials with p < 0.05 and exits 1 when that share is
above --max-rate (default: none; the cheap ctest case uses a few seeds and a
bound that chance alone would cross with a probability below 1 in 1000).
With 8 pairs the randomisation test's p is a multiple of 1/256 and the
largest p under 0.05 is 12/256 = 0.047: under no effect p < 0.05 happens at
most at that rate (a little less with tied outcomes).

Measured with --seeds 1000 (seeds 1..1000): 45 of 1000 had p < 0.05, 4.5%
(95% Wilson interval 3.4% to 6.0%).

Python 3.11 or later (tomllib), standard library only. Seeds make every run
the same.
"""

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import tomllib

PLANNED = "2026-01-04T20:00:00+01:00"  # a Sunday; the trial begins on Monday 5 Jan
AFTER = "2026-04-01T09:00:00+02:00"    # after the last day (8 pairs of 4 days: 64 days)
PAIRS, PERIOD, WASHOUT = 8, 4, 1


def run(binary, jdir, now, args, stdin=None):
    env = dict(os.environ, TZ="Europe/Berlin", JOURNAL_NOW=now, NO_COLOR="1")
    for k in ("JOURNAL_DIR", "JOURNAL_CONFIG"):
        env.pop(k, None)
    r = subprocess.run([binary, "--dir", jdir, "--config", "/dev/null", "--quiet"] + args, env=env, input=stdin,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        raise SystemExit("null_rate.py: %s failed (exit %d): %s" % (" ".join(args), r.returncode, r.stderr))
    return r.stdout


def one_trial(binary, seed, tmp):
    jdir = os.path.join(tmp, "j%d" % seed)
    run(binary, jdir, PLANNED, ["trial", "start", "null", "--site", "neck", "--try", "qigong", "--pairs", str(PAIRS),
                                "--period", "%dd" % PERIOD, "--washout", "%dd" % WASHOUT, "--seed", str(seed)])
    with open(os.path.join(jdir, "trials", "null.toml"), "rb") as f:
        plan = tomllib.load(f)
    conditions = "".join(plan["sequence"])
    rng = random.Random(1000003 * seed + 17)  # the person's days: not the plan's random source
    level = rng.uniform(2, 6)
    entries = []
    first = plan["first_day"]
    for k in range(len(conditions) * PERIOD):
        day = first + dt.timedelta(days=k)
        level = 4 + 0.7 * (level - 4) + rng.gauss(0, 1.0)  # no term for the condition: no effect
        if conditions[k // PERIOD] == "B":
            entries.append({"at": "%sT07:30:00+01:00" % day.isoformat(), "did": ["qigong"]})
        if rng.random() < 0.92:
            entries.append({"at": "%sT21:00:00+01:00" % day.isoformat(), "site": "neck",
                            "intensity": max(0, min(10, round(level)))})
    run(binary, jdir, AFTER, ["import", "--format", "json", "-"], stdin=json.dumps(entries))
    result = json.loads(run(binary, jdir, AFTER, ["trial", "result", "null", "--format", "json"]))
    p = result["p_value"]
    if p is None or not result["min_p"] <= p <= 1:
        raise SystemExit("null_rate.py: seed %d: p = %r, min_p = %r" % (seed, p, result["min_p"]))
    return p


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary")
    ap.add_argument("--seeds", type=int, default=1000)
    ap.add_argument("--first-seed", type=int, default=1)
    ap.add_argument("--max-rate", type=float, default=None)
    a = ap.parse_args(argv[1:])
    with tempfile.TemporaryDirectory() as tmp:
        ps = [one_trial(os.path.abspath(a.binary), s, tmp) for s in range(a.first_seed, a.first_seed + a.seeds)]
    hits = sum(p < 0.05 for p in ps)
    rate = hits / len(ps)
    print("%d of %d trials with no effect had p < 0.05 (%.1f%%); 8 pairs allow p < 0.05 at most 12/256 = 4.7%%"
          % (hits, len(ps), 100 * rate))
    if a.max_rate is not None and rate > a.max_rate:
        print("null_rate.py: the rate is above %.3f" % a.max_rate)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
