#!/usr/bin/env python3
"""Generate the bundled example journal (examples/journal/) through `journal add`.

Usage:
    make_example.py JOURNAL_BINARY OUTDIR

Simulates about three months (2026-08-24 .. 2026-11-20) of one office worker
in Berlin with recurring neck pain, lower-back pain, some right-shoulder pain
and a few headaches, and logs every entry by running

    JOURNAL_BINARY --dir OUTDIR --config /dev/null --quiet add ... --at LOCAL_TIME

in time order, with JOURNAL_NOW=2026-11-20T21:00:00+01:00 and
TZ=Europe/Berlin, so the month files are exactly in the program's format.

The simulation is seeded and fully deterministic; only the entry ids (random
ULIDs made by the program) differ from run to run. OUTDIR must be missing or
empty: the script refuses to add to an existing journal.

What the simulated person is like (plausible tendencies, not rules):
  * evening check-ins on most days (stress, hours sat, breathing), some days
    skipped, fewer at weekends, a few days in a row forgotten in October;
  * neck pain comes back within about two weeks after passive relief
    (massage, tui-na, acupuncture, heat, medication) more often when no
    movement (stretching, walk, qigong, yoga, posture-break,
    corrective-exercise) followed within 48 h; after a physio visit in
    early October movement follow-up becomes more common;
  * a long sitting day (>= 8 h) makes a neck onset the next day somewhat
    more likely;
  * lower-back pain settles faster on days with a walk;
  * a two-week holiday in September (2026-09-12 .. 2026-09-27) is quiet;
  * two busy stretches at work (2026-10-12 .. 10-23, 2026-11-09 .. 11-13)
    and a work trip to Munich (2026-11-04 .. 11-05).

The example trial (SPEC section 6): the person's jaw aches from clenching at
the desk. On the last evening of the holiday (2026-09-27) they plan a trial
with the program itself,

    journal trial start jaw --site jaw --try meditation --pairs 6 --period 4d
                            --washout 1d --start 2026-09-28 --seed 20260927

(six pairs of 4-day periods, 2026-09-28 .. 2026-11-14; the order of each
pair comes from the seed), and then follow the plan that the program wrote
to trials/jaw.toml: ten minutes of meditation every morning in B periods
(forgotten now and then), none planned in A periods (the odd morning
meditation of the simulation above still happens: an A day that is not
adherent), and a jaw rating every evening (a few evenings missed, and
nothing on the days forgotten in October). The jaw's daily pain follows the
day's stress, with a planted effect: about one point lower on a day with
meditation after a day with it, half a point on the first. These entries use
their own random generator (TRIAL_SEED), so the rest of the journal is the
same as without the trial.

Python 3.11 or later (tomllib), standard library only.
"""

import datetime as dt
import os
import tomllib
import random
import subprocess
import sys

SEED = 910  # one of the seeds whose journal shows the tendencies described above
START = dt.date(2026, 8, 24)
END = dt.date(2026, 11, 20)
NOW = "2026-11-20T21:00:00+01:00"
LATEST = dt.datetime(2026, 11, 20, 20, 45)  # nothing after this on the last day
HOLIDAY = (dt.date(2026, 9, 12), dt.date(2026, 9, 27))
BUSY = [(dt.date(2026, 10, 12), dt.date(2026, 10, 23)), (dt.date(2026, 11, 9), dt.date(2026, 11, 13))]
TRIP = (dt.date(2026, 11, 4), dt.date(2026, 11, 5))
PHYSIO = dt.date(2026, 10, 6)  # first physio visit: home exercises from then on
FORGOT = (dt.date(2026, 10, 29), dt.date(2026, 10, 31))  # nothing logged these days
TRIAL_PLANNED = "2026-09-27T21:00:00+02:00"  # JOURNAL_NOW of `journal trial start`
TRIAL_START = dt.date(2026, 9, 28)
TRIAL_ARGS = ["trial", "start", "jaw", "--site", "jaw", "--try", "meditation", "--pairs", "6", "--period", "4d",
              "--washout", "1d", "--start", TRIAL_START.isoformat(), "--seed", "20260927"]
TRIAL_SEED = 27
# The hour that occurs twice when clocks go back; no entry is placed in it.
DST_FOLD = (dt.datetime(2026, 10, 25, 2, 0), dt.datetime(2026, 10, 25, 3, 0))

MOVEMENT = {"stretching", "walk", "qigong", "yoga", "posture-break", "corrective-exercise", "swim"}
FOLLOWUP = 48 * 3600
# When each kind of movement happens (hours of the day); posture breaks only on workdays.
MOVE_HOURS = {"stretching": (19.5, 22.75), "walk": (17.5, 19.5), "posture-break": (10, 16),
              "qigong": (7, 7.75), "yoga": (18.5, 19.5), "corrective-exercise": (19, 21.5)}


class Notes:
    """Note pools drawn without replacement, so every note text is used once."""

    def __init__(self, rng, pools):
        self.rng = rng
        self.pools = {k: list(v) for k, v in pools.items()}

    def get(self, kind, p=0.4):
        pool = self.pools.get(kind)
        if not pool or self.rng.random() >= p:
            return None
        return pool.pop(self.rng.randrange(len(pool)))


NOTES = {
    "neck_morning": [
        "woke up stiff, can't turn my head to the left",
        "slept badly, neck tight on the right side",
        "stiff again, up into the back of the skull",
        "cricked it reaching for the alarm clock",
        "tight between the neck and the right shoulder blade",
        "neck clicks when I look down",
        "pillow too high at my sister's place",
    ],
    "neck_work": [
        "long call, hunched over the laptop",
        "tight after three hours of meetings",
        "sat through the whole workshop without getting up",
        "monitor too low at the hot desk again",
        "worked from the café on Bergmannstraße all afternoon, terrible chair",
        "my boss called it a \"quick\" review. Three hours.",
        "spreadsheets all day, shoulders up to my ears",
    ],
    "neck_better": [
        "better this morning \u2014 still a bit stiff turning left",
        "much looser today",
        "hardly notice it",
        "fine, just a little tender on the right",
        "gone for now",
    ],
    "massage": [
        "Anna said my trapezius is \"like a rock\"",
        "felt great walking out",
        "30 minutes, mostly neck and shoulders",
        "she told me to \"move it or lose it\"",
        "sore spot under the right shoulder blade",
        "booked the next one already",
    ],
    "tui-na": [
        "tui na at the clinic on Kantstraße, strong pressure",
        "Dr. Wu showed me two stretches, we'll see if I do them",
        "very firm, bit bruised afterwards",
    ],
    "acupuncture": [
        "needles in the neck and both hands, slept well after",
        "acupuncture, very relaxed afterwards",
    ],
    "heat": [
        "heat pack at my desk",
        "hot water bottle",
    ],
    "heat-neck": [
        "hot water bottle on the neck while watching TV",
        "long hot shower, aimed at the neck",
    ],
    "heat-lower-back": [
        "heating pad on the sofa",
        "hot water bottle behind my back on the sofa",
    ],
    "medication": [
        "ibuprofen 400",
        "took an ibuprofen before the board meeting",
    ],
    "stretching": [
        "10 minutes of neck stretches before bed",
        "the stretches from the practice, both sides",
        "stretched while the pasta was cooking",
    ],
    "walk": [
        "walked home instead of taking the U-Bahn",
        "30 minutes around the park after work",
        "lunch walk along the canal",
    ],
    "walk-back": [
        "back loosened up after about 20 minutes",
        "slow at first, easier by the end",
        "short walk, still sore but less stiff",
    ],
    "qigong": [
        "qigong group in Volkspark Friedrichshain",
        "qigong in the park, cold hands but nice",
        "qigong, the \"eight brocades\" set",
    ],
    "yoga": [
        "yoga, lots of shoulder openers",
        "yoga class, gentle one tonight",
    ],
    "posture-break": [
        "stood up every hour with a timer",
        "timer reminders, rolled my shoulders each time",
        "took calls standing",
    ],
    "corrective-exercise": [
        "chin tucks and wall angels, 3 sets",
        "physio exercises, 15 minutes",
        "band pull-aparts and chin tucks",
    ],
    "meditation": [
        "10 minutes with the app before work",
        "breathing meditation, mind all over the place",
    ],
    "back": [
        "lower back aches after a day in that chair",
        "stiff getting out of the chair",
        "dull ache across the belt line",
        "bending to tie my shoes hurt",
    ],
    "back_better": [
        "back is fine again",
        "lower back loose after the walks",
    ],
    "shoulder": [
        "right shoulder from the mouse, I think",
        "shoulder aches when I reach for the top shelf",
        "right shoulder, pulls into the neck",
    ],
    "head": [
        "behind the eyes, too much screen",
        "headache since lunch, forgot to drink water",
        "pressure at the temples after a bad night",
        "headache, went to bed early",
    ],
    "checkin_busy": [
        "release week",
        "deadline week, everyone is on edge",
        "back-to-back meetings",
        "late night fixing the report",
    ],
    "checkin": [
        "quiet day",
        "home office",
        "good day, got outside at lunch",
        "tired",
        "dinner with friends",
    ],
    "weekend": [
        "lazy day",
        "cleaned the flat",
        "dinner at my parents'",
    ],
    "weekend_walk": [
        "flea market at Mauerpark, on my feet all afternoon",
        "long walk on Tempelhofer Feld",
        "along the Spree to Treptower Park and back",
    ],
}


class Sim:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.notes = Notes(self.rng, NOTES)
        self.entries = []
        self.blocks = []  # windows (start, end] in which no movement is logged
        self.load = {}  # date -> (stress, sitting, breathing), also on days not logged

    # --- helpers -------------------------------------------------------------

    def at(self, day, h1, h2):
        """A random time on `day` between hours h1 and h2, on a 5-minute grid."""
        lo, hi = int(h1 * 12), int(h2 * 12)
        t = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=5 * self.rng.randint(lo, hi))
        if DST_FOLD[0] <= t < DST_FOLD[1]:
            t = DST_FOLD[1] + dt.timedelta(minutes=10)
        return min(t, LATEST) if day == END else t

    def add(self, at, **fields):
        e = {"at": at}
        e.update({k: v for k, v in fields.items() if v not in (None, [], {})})
        self.entries.append(e)
        return e

    def has_movement(self, t0, t1):
        return any(t0 < e["at"] <= t1 and MOVEMENT & set(e.get("did", [])) for e in self.entries)

    def done(self, day, action):
        return any(e["at"].date() == day and action in e.get("did", []) for e in self.entries)

    def movement_ok(self, t):
        return not any(s < t <= e for s, e in self.blocks) and not in_holiday(t.date())

    def movement_time(self, move, t):
        """A plausible time for `move` between 1 h and 47 h after t, or None."""
        options = []
        for k in range(3):
            day = t.date() + dt.timedelta(days=k)
            workday = day.weekday() < 5
            h1, h2 = MOVE_HOURS[move] if workday or move != "posture-break" else (0, -1)
            if h2 < h1:
                continue
            mt = self.at(day, h1, h2)
            if t + dt.timedelta(hours=1) <= mt <= t + dt.timedelta(hours=47):
                options.append(mt)
        return self.rng.choice(options) if options else None

    def passive(self, t, site, action, intensity=None, p_follow=0.3, note_p=0.45, extra=None):
        """Log a passive treatment; decide and arrange its movement follow-up.

        Returns True if movement followed within 48 h."""
        end = t + dt.timedelta(seconds=FOLLOWUP)
        follow = self.rng.random() < p_follow or self.has_movement(t, end)
        did = [action]
        fields = {"site": site, "intensity": intensity, "note": self.notes.get(
            action + "-" + site if site and action + "-" + site in NOTES else action, note_p)}
        fields.update(extra or {})
        if follow and not self.has_movement(t, end):
            move = self.rng.choice(["stretching", "stretching", "walk", "posture-break", "qigong", "yoga"]
                                   + (["corrective-exercise"] * 3 if t.date() >= PHYSIO else []))
            if self.rng.random() < 0.2 and move in ("stretching", "walk") and self.movement_ok(t):
                did.append(move)  # e.g. stretches right after the massage
            else:
                mt = self.movement_time(move, t)
                if mt is None or mt > LATEST or not self.movement_ok(mt):
                    follow = False
                else:
                    self.add(mt, did=[move], note=self.notes.get(move, 0.5))
        if not follow:
            self.blocks.append((t, end))
        self.add(t, did=did, **fields)
        return follow


def in_holiday(d):
    return HOLIDAY[0] <= d <= HOLIDAY[1]


def in_busy(d):
    return any(a <= d <= b for a, b in BUSY)


def in_trip(d):
    return TRIP[0] <= d <= TRIP[1]


def days():
    d = START
    while d <= END:
        yield d
        d += dt.timedelta(days=1)


def jaw_trial(s, plan):
    """The entries of the example trial, following `plan` (its TOML, read)."""
    rng = random.Random(TRIAL_SEED)
    period, washout = plan["period_days"], plan["washout_days"]
    conditions = "".join(plan["sequence"])  # one letter per period
    first = plan["first_day"]
    meditated_before = False
    for k in range(len(conditions) * period):
        d = first + dt.timedelta(days=k)
        condition = conditions[k // period]
        meditated = s.done(d, "meditation")  # the simulation's own, now and then
        if condition == "B" and not meditated and rng.random() < 0.9:
            s.add(s.at(d, 6.5, 7.5), did=["meditation"],
                  note="ten minutes with the app before work" if rng.random() < 0.15 else None)
            meditated = True
        stress = s.load[d][0]
        effect = (1.0 if meditated_before else 0.5) if meditated else 0.0
        pain = 3.3 + 0.3 * (stress - 4.6) - effect + rng.gauss(0, 0.8)
        if rng.random() < 0.93:
            note = rng.choice(["clenched all day", "jaw tight after the meetings", "ground my teeth in the night"
                               ]) if pain >= 4.5 and rng.random() < 0.3 else None
            s.add(s.at(d, 21, 22.5), site="jaw", intensity=max(0, min(8, round(pain))), note=note)
        meditated_before = meditated


def simulate(seed=SEED, trial=None):
    s = Sim(seed)
    rng = s.rng
    # Active neck episode: intensity today, days so far, day of the last passive
    # treatment, whether it had movement follow-up, whether a practitioner was seen.
    neck = None
    neck_forced = None  # date of a scheduled neck recurrence
    neck_quiet_until = START  # no spontaneous onset before this date
    neck_protected_until = START  # lower risk while movement follow-up "holds"
    back = None
    back_quiet_until = START
    shoulder = None
    headaches = 0

    # Hidden daily load, for every day (also the days nothing is logged).
    for d in days():
        weekend = d.weekday() >= 5
        if in_holiday(d):
            sitting, stress = rng.choice([0.5, 1, 1.5, 2]), rng.randint(1, 3)
        elif weekend:
            sitting, stress = rng.choice([1.5, 2, 2.5, 3, 3.5, 4]), rng.randint(2, 4)
        else:
            sitting = rng.gauss(8.8 if in_busy(d) else 7.6, 1.2)
            stress = round(rng.gauss(6.6 if in_busy(d) else 4.6, 1.3))
        if in_trip(d):
            sitting, stress = rng.choice([10, 10.5, 11]), rng.randint(5, 7)
        sitting = max(0.5, min(12.0, round(sitting * 2) / 2))
        stress = max(1 if weekend or in_holiday(d) else 2, min(9, stress))
        p_shallow = min(0.85, max(0.05, 0.12 + 0.12 * (stress - 4)))
        r = rng.random()
        breathing = "shallow" if r < p_shallow else ("deep" if r > 0.92 and stress <= 4 else "normal")
        if in_holiday(d):
            breathing = "deep" if r > 0.6 else "normal"
        s.load[d] = (stress, sitting, breathing)

    for d in days():
        weekend = d.weekday() >= 5
        month = d.month
        stress, sitting, breathing = s.load[d]
        prev = s.load.get(d - dt.timedelta(days=1), (3, 2.0, "normal"))
        prev2 = s.load.get(d - dt.timedelta(days=2), (3, 2.0, "normal"))
        p_follow = 0.65 if d >= PHYSIO else 0.4
        evening_pain = None  # (site, intensity) to put on the evening check-in

        if in_holiday(d):
            holiday_day(s, d)
            neck = back = shoulder = neck_forced = None
            continue

        # ---- neck ------------------------------------------------------
        if neck is None and d >= neck_quiet_until:
            p = 0.16 + (0.32 if prev[1] >= 8 else 0.0) + (0.05 if prev[0] >= 7 else 0.0)
            if d < neck_protected_until:
                p *= 0.1
            if neck_forced == d or rng.random() < p:
                neck = {"i": rng.choice([4, 4, 5, 5, 6, 6, 7]) + (1 if in_busy(d) and rng.random() < 0.3 else 0),
                        "n": 0, "treated": None, "follow": False, "appointment": False}
                neck_forced = None
        if neck is not None:
            i = neck["i"]
            if i < 3:
                # Better: a relief entry (most of the time), and the episode is over.
                if rng.random() < 0.8:
                    s.add(s.at(d, 7, 9.5), site="neck", intensity=i, note=s.notes.get("neck_better", 0.5))
                neck_quiet_until = d + dt.timedelta(days=1)
                if neck["treated"] is not None:
                    if neck["follow"]:
                        neck_protected_until = neck["treated"] + dt.timedelta(days=14)
                    if neck_forced is None and rng.random() < (0.05 if neck["follow"] else 0.5):
                        neck_forced = neck["treated"] + dt.timedelta(days=rng.randint(4, 13))
                        if in_holiday(neck_forced):
                            neck_forced = None
                neck = None
            else:
                slot = rng.choice(["morning", "morning", "work", "work", "evening"])
                if slot != "evening" and rng.random() < 0.6:
                    evening_pain = ("neck", max(3, i + rng.choice([-1, 0, 0, 1])))
                if slot == "evening":
                    evening_pain = ("neck", i)
                else:
                    t = s.at(d, 6.9, 8.9) if slot == "morning" else s.at(d, 10, 16.5)
                    factors = {}
                    if slot == "morning" and rng.random() < 0.25:
                        factors = {"sleep_hours": rng.choice([5, 5.5, 6, 6.5, 7])}
                    note = s.notes.get("neck_morning" if slot == "morning" else "neck_work", 0.45 if not weekend else 0)
                    tags = ["work"] if slot == "work" and not weekend and rng.random() < 0.25 else []
                    s.add(t, site="neck", intensity=i, note=note, tags=tags, factors=factors)
                    if slot == "morning" and i >= 4 and rng.random() < 0.5:
                        s.add(s.at(d, 12, 16), site="neck", intensity=max(3, i + rng.choice([-1, 0, 1])),
                              note=s.notes.get("neck_work", 0.4))
                treated_today = False
                # A practitioner, booked for the day after the pain starts (or the same day if bad).
                p_appt = (0.25 if i >= 6 else 0.05) if neck["n"] == 0 else 0.55
                if not neck["appointment"] and d.weekday() < 6 and rng.random() < p_appt and not in_trip(d):
                    kind = rng.choices(["massage", "tui-na", "acupuncture"], weights=[65, 15, 20])[0]
                    inten = i if rng.random() < 0.4 else None
                    if evening_pain:  # the day's second rating goes on the treatment entry
                        evening_pain, inten = None, i
                    f = s.passive(s.at(d, 17.5, 19), "neck", kind, intensity=inten, p_follow=p_follow)
                    neck["appointment"], treated_today = True, True
                    neck["follow"] = f if neck["treated"] is None else (neck["follow"] and f)
                    # Massage also loosens a sore right shoulder.
                    if shoulder is not None and kind == "massage":
                        shoulder["i"] = max(0, shoulder["i"] - 3)
                # Self-care at home.
                elif rng.random() < 0.35:
                    kind = rng.choice(["heat", "heat", "medication"])
                    t = s.at(d, 20.5, 22.5) if kind == "heat" else s.at(d, 9, 15)
                    f = s.passive(t, "neck", kind, p_follow=p_follow)
                    treated_today = True
                    neck["follow"] = f if neck["treated"] is None else (neck["follow"] and f)
                if treated_today:
                    neck["treated"] = d
                    drop = rng.choice([2, 3, 3, 4]) if neck["appointment"] else rng.choice([1, 1, 2])
                    neck["i"] = max(0, i - drop)
                else:
                    neck["i"] = max(0, min(8, i + rng.choice([-2, -1, -1, 0, 0, 1])))
                    if neck["treated"] is not None:
                        neck["i"] = min(neck["i"], i - 1)
                neck["n"] += 1
                if neck["n"] >= 6:
                    neck["i"] = min(neck["i"], 2)

        # ---- lower back ---------------------------------------------------
        if back is None and d >= back_quiet_until:
            p = 0.07 + (0.16 if prev[1] + prev2[1] >= 16 else 0.0) + (0.3 if in_trip(d) else 0.0)
            if rng.random() < p:
                back = {"i": rng.choice([3, 4, 4, 5, 5, 6]), "n": 0}
        if back is not None:
            i = back["i"]
            walked = False
            wt = s.at(d, 12, 13.5) if not weekend and rng.random() < 0.5 else s.at(d, 17.5, 20)
            if rng.random() < 0.6 and s.movement_ok(wt):
                walked = True
                s.add(wt, site="lower-back", intensity=max(3, i - rng.randint(0, 2)), did=["walk"],
                      note=s.notes.get("walk-back", 0.35))
                if not (wt.hour >= 17 and rng.random() < 0.3):
                    s.add(s.at(d, 7, 9), site="lower-back", intensity=i, note=s.notes.get("back", 0.4))
            else:
                s.add(s.at(d, 7, 9), site="lower-back", intensity=i, note=s.notes.get("back", 0.4))
                if evening_pain is None and rng.random() < 0.6:
                    evening_pain = ("lower-back", max(3, i + rng.choice([-1, 0, 1])))
                if rng.random() < 0.3:
                    kind = rng.choice(["heat", "heat", "medication"])
                    t = s.at(d, 20.5, 22.5) if kind == "heat" else s.at(d, 9, 14)
                    if kind == "heat" and rng.random() < 0.3:
                        # A hot bath logged without a site: it goes to whatever hurts.
                        s.passive(t, None, "heat", p_follow=p_follow, note_p=0.0,
                                  extra={"note": "hot bath"})
                    else:
                        s.passive(t, "lower-back", kind, p_follow=p_follow)
            back["n"] += 1
            back["i"] = max(0, i - rng.randint(1, 3)) if walked else max(0, min(7, i + rng.choice([-1, 0, 0, 1])))
            if back["i"] < 3 or back["n"] >= 7:
                if rng.random() < 0.8:
                    s.add(s.at(d + dt.timedelta(days=1), 7, 9), site="lower-back",
                          intensity=min(back["i"], 2), note=s.notes.get("back_better", 0.5))
                back = None
                back_quiet_until = d + dt.timedelta(days=3)

        # ---- right shoulder ------------------------------------------------
        if shoulder is None:
            if not weekend and sitting >= 8 and rng.random() < 0.15:
                shoulder = {"i": rng.choice([3, 4, 4, 5]), "n": 0}
        if shoulder is not None:
            i = shoulder["i"]
            treated = False
            if i >= 3:
                s.add(s.at(d, 10, 17), site="shoulder-right", intensity=i, note=s.notes.get("shoulder", 0.5))
                if shoulder["n"] >= 1 and rng.random() < 0.35:
                    kind = rng.choice(["massage", "acupuncture", "heat"])
                    t = s.at(d, 17.5, 19) if kind != "heat" else s.at(d, 20.5, 22)
                    s.passive(t, "shoulder-right", kind, p_follow=p_follow)
                    treated = True
                else:
                    t = s.at(d, 19, 21)
                    if rng.random() < 0.3 and s.movement_ok(t):
                        s.add(t, did=["stretching"], site="shoulder-right", note=s.notes.get("stretching", 0.3))
                    elif rng.random() < 0.4:
                        s.add(t, site="shoulder-right", intensity=max(3, i + rng.choice([-1, 0, 1])))
            shoulder["n"] += 1
            shoulder["i"] = 2 if treated else max(0, i + rng.choice([-2, -1, -1, 0, 1]))
            if shoulder["i"] < 3 or shoulder["n"] >= 5:
                if rng.random() < 0.7:
                    s.add(s.at(d + dt.timedelta(days=1), 12, 18), site="shoulder-right",
                          intensity=rng.choice([0, 1, 2]))
                shoulder = None

        # ---- headache -------------------------------------------------------
        if headaches < 6 and not weekend and (stress >= 7 or in_busy(d)) and rng.random() < 0.18:
            headaches += 1
            t = s.at(d, 13, 16.5)
            sleep = rng.choice([4.5, 5, 5.5, 6])
            if rng.random() < 0.3:
                s.add(s.at(d, 7, 8.5), factors={"sleep_hours": sleep},
                      note=rng.choice(["bad night", "slept badly", "awake at 4, couldn't get back to sleep"]))
            i = rng.choice([4, 5, 5, 6, 7])
            if rng.random() < 0.7:
                s.passive(t, "head", "medication", intensity=i, p_follow=0.15, note_p=0.0,
                          extra={"note": s.notes.get("head", 0.8),
                                 "factors": {"sleep_hours": sleep}})
            else:
                s.add(t, site="head", intensity=i, note=s.notes.get("head", 0.8),
                      factors={"sleep_hours": sleep})
            s.add(t + dt.timedelta(minutes=5 * rng.randint(30, 60)), site="head", intensity=rng.choice([0, 1, 2]))

        # ---- movement habits -------------------------------------------------
        if not weekend and not in_trip(d):
            p_pb = 0.55 if d >= PHYSIO else 0.25
            t = s.at(d, 10.5, 15.5)
            if rng.random() < p_pb and s.movement_ok(t):
                s.add(t, did=["posture-break"], note=s.notes.get("posture-break", 0.4),
                      tags=["work"] if rng.random() < 0.3 else [])
            t = s.at(d, 12, 13.5)
            if rng.random() < 0.2 and s.movement_ok(t) and not s.has_movement(t - dt.timedelta(hours=8), t):
                s.add(t, did=["walk"], note=s.notes.get("walk", 0.4))
        if d >= PHYSIO and rng.random() < 0.5:
            t = s.at(d, 19.5, 21.5)
            if s.movement_ok(t) and not s.done(d, "corrective-exercise"):
                s.add(t, did=["corrective-exercise"], note=s.notes.get("corrective-exercise", 0.4))
        if rng.random() < 0.18:
            t = s.at(d, 21.5, 23)
            if s.movement_ok(t) and not s.has_movement(t - dt.timedelta(hours=3), t):
                s.add(t, did=["stretching"], note=s.notes.get("stretching", 0.3))
        if rng.random() < 0.05:
            s.add(s.at(d, 6.5, 7.5), did=["meditation"], note=s.notes.get("meditation", 0.5))
        if d.weekday() == 2 and d >= dt.date(2026, 9, 30) and rng.random() < 0.6:
            t = s.at(d, 19, 19)
            if s.movement_ok(t):
                s.add(t, did=["yoga"], note=s.notes.get("yoga", 0.4))
        if d.weekday() == 5 and d >= dt.date(2026, 10, 3) and rng.random() < (0.65 if month == 10 else 0.45):
            t = s.at(d, 10, 10)
            if s.movement_ok(t):
                s.add(t, did=["qigong"], note=s.notes.get("qigong", 0.5), tags=["weekend"])
        if weekend and rng.random() < 0.5:
            t = s.at(d, 11, 16)
            if s.movement_ok(t) and not s.has_movement(t - dt.timedelta(hours=5), t + dt.timedelta(hours=5)):
                s.add(t, did=["walk"], note=s.notes.get("weekend_walk", 0.4),
                      tags=["weekend"] if rng.random() < 0.5 else [])

        # ---- evening check-in --------------------------------------------------
        p_log = 0.7 if weekend else 0.92
        if evening_pain is None and neck is None and neck_quiet_until < d and rng.random() < 0.3:
            evening_pain = ("neck", rng.choice([0, 1, 1, 2, 2]))  # a good day, noted as such
        elif evening_pain is None and back is None and back_quiet_until < d and rng.random() < 0.15:
            evening_pain = ("lower-back", rng.choice([0, 1, 1, 2]))
        if rng.random() < p_log:
            t = s.at(d, 19.5, 22.75)
            note = s.notes.get("checkin_busy" if in_busy(d) else ("weekend" if weekend else "checkin"), 0.2)
            tags = []
            if in_trip(d):
                tags = ["travel", "work"]
                note = note or ("train to Munich, 6 hours" if d == TRIP[0] else "client workshop in Munich, back late")
            elif weekend and rng.random() < 0.3:
                tags = ["weekend"]
            elif in_busy(d) and not weekend and rng.random() < 0.35:
                tags = ["work"]
            site, inten = evening_pain if evening_pain else (None, None)
            if evening_pain and rng.random() < 0.6:
                # Logged on its own, a little before the check-in.
                s.add(t - dt.timedelta(minutes=5 * rng.randint(6, 24)), site=site, intensity=inten)
                site = inten = None
            s.add(t, site=site, intensity=inten, stress=stress, sitting=sitting, breathing=breathing,
                  note=note, tags=tags)
        elif evening_pain:
            s.add(s.at(d, 19, 22), site=evening_pain[0], intensity=evening_pain[1])

    if trial:
        jaw_trial(s, trial)
    s.entries.sort(key=lambda e: e["at"])
    return [e for e in s.entries
            if START <= e["at"].date() <= END and e["at"] <= LATEST
            and not FORGOT[0] <= e["at"].date() <= FORGOT[1]]


def holiday_day(s, d):
    """The September holiday in Portugal: few, quiet entries."""
    rng = s.rng
    stress, sitting, breathing = s.load[d]
    if d == HOLIDAY[0]:
        s.add(s.at(d, 21, 22), stress=4, sitting=5.5, breathing="normal", tags=["travel"],
              note="flight to Lisbon, neck pillow did its job")
    elif d == HOLIDAY[1]:
        s.add(s.at(d, 20.5, 22), stress=3, sitting=6, breathing="normal", tags=["travel"],
              note="back home, already dreading Monday")
    elif d == dt.date(2026, 9, 17):
        s.add(s.at(d, 9, 10), site="neck", intensity=0, tags=["travel"],
              note="first time in months I forgot I have a neck")
    elif d == dt.date(2026, 9, 15):
        s.add(s.at(d, 10, 11), did=["swim"], tags=["travel"], note="swimming before breakfast, every day so far")
    elif d == dt.date(2026, 9, 21):
        s.add(s.at(d, 18, 19), did=["walk"], tags=["travel"], note="hiked along the cliffs near Sintra, 14 km")
    elif d == dt.date(2026, 9, 25):
        s.add(s.at(d, 9, 10), site="lower-back", intensity=1, tags=["travel"],
              note="back fine even after the long bus ride to the Algarve")
    elif d in (dt.date(2026, 9, 18), dt.date(2026, 9, 23)):
        s.add(s.at(d, 10, 17), did=[rng.choice(["walk", "swim"])], tags=["travel"])
    if d in (dt.date(2026, 9, 14), dt.date(2026, 9, 16), dt.date(2026, 9, 19), dt.date(2026, 9, 22),
             dt.date(2026, 9, 24)):
        s.add(s.at(d, 20, 22), stress=stress, sitting=sitting, breathing=breathing, tags=["travel"],
              factors={"sleep_hours": rng.choice([8, 8.5, 9])} if d.day == 19 else {},
              note="pastéis de nata at a café in Belém, no laptop all week" if d.day == 16 else None)


def fmt_num(x):
    return str(int(x)) if float(x).is_integer() else str(x)


def command(binary, outdir, e):
    args = [binary, "--dir", outdir, "--config", "/dev/null", "--quiet", "add"]
    if "site" in e:
        args.append(e["site"])
        if "intensity" in e:
            args.append(str(e["intensity"]))
    elif "intensity" in e:
        args += ["--intensity", str(e["intensity"])]
    if "stress" in e:
        args += ["--stress", str(e["stress"])]
    if "sitting" in e:
        args += ["--sitting", fmt_num(e["sitting"])]
    if "breathing" in e:
        args += ["--breathing", e["breathing"]]
    if "did" in e:
        args += ["--did", ",".join(e["did"])]
    if "note" in e:
        args += ["--note", e["note"]]
    if "tags" in e:
        args += ["--tag", ",".join(e["tags"])]
    for k, v in sorted(e.get("factors", {}).items()):
        args += ["--factor", "%s=%s" % (k, fmt_num(v))]
    args += ["--at", e["at"].strftime("%Y-%m-%dT%H:%M")]
    return args


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: make_example.py JOURNAL_BINARY OUTDIR\n")
        return 2
    binary, outdir = argv[1], argv[2]
    if os.path.exists(outdir) and (not os.path.isdir(outdir) or os.listdir(outdir)):
        sys.stderr.write("make_example.py: %s exists and is not an empty directory; "
                         "refusing to add to it\n" % outdir)
        return 2
    env = dict(os.environ, JOURNAL_NOW=NOW, TZ="Europe/Berlin")
    env.pop("JOURNAL_DIR", None)
    env.pop("JOURNAL_CONFIG", None)
    args = [binary, "--dir", outdir, "--config", "/dev/null", "--quiet"] + TRIAL_ARGS
    r = subprocess.run(args, env=dict(env, JOURNAL_NOW=TRIAL_PLANNED), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.stderr.write("make_example.py: %s failed (exit %d):\n%s" % (" ".join(args), r.returncode, r.stderr))
        return 1
    with open(os.path.join(outdir, "trials", "jaw.toml"), "rb") as f:
        entries = simulate(trial=tomllib.load(f))
    for n, e in enumerate(entries, 1):
        args = command(binary, outdir, e)
        r = subprocess.run(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            sys.stderr.write("make_example.py: entry %d failed (exit %d): %s\n%s" %
                             (n, r.returncode, " ".join(args), r.stderr))
            return 1
    print("wrote %d entries to %s" % (len(entries), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
