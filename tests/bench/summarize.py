#!/usr/bin/env python3
"""Print the Markdown summary of one tests/bench/run.sh results directory.

Usage: summarize.py RESULTS_DIR   (e.g. /tmp/painjournal-bench/results/latest)

Reads RESULTS_DIR/manifest.tsv (label, size, hyperfine JSON, status) and
RESULTS_DIR/rss.tsv (label, size, max RSS KiB, status), prints one table
(command, size, median/min/max ms from hyperfine's results[0], peak RSS MB)
and then the README's targets as PASS/FAIL/n/a lines.  Standard library only.
"""

import json
import os
import sys

ORDER = ["floor append+fsync", "floor read", "add", "list week", "export csv", "export json", "check", "analyze",
         "report --no-findings", "report", "version", "due --prompt"]


def size_label(n):
    if n % 1000000 == 0:
        return "%dM" % (n // 1000000)
    if n % 1000 == 0:
        return "%dk" % (n // 1000)
    return str(n)


def read_tsv(path):
    rows = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line:
                    rows.append(line.split("\t"))
    return rows


def load(results_dir):
    times = {}    # (label, size) -> dict(median, min, max) in ms, or status string
    for label, size, path, status in read_tsv(os.path.join(results_dir, "manifest.tsv")):
        key = (label, int(size))
        if status == "ok":
            with open(path, encoding="utf-8") as f:
                r = json.load(f)["results"][0]
            times[key] = {k: r[k] * 1000.0 for k in ("median", "min", "max")}
        else:
            times[key] = status
    rss = {}      # (label, size) -> MiB, or status string
    for label, size, kb, status in read_tsv(os.path.join(results_dir, "rss.tsv")):
        rss[(label, int(size))] = int(kb) / 1024.0 if status == "ok" else status
    return times, rss


def fmt_ms(v):
    return "%.1f" % v if v < 100 else "%.0f" % v


def table(times, rss):
    keys = sorted(set(times) | set(rss),
                  key=lambda k: (ORDER.index(k[0]) if k[0] in ORDER else len(ORDER), k[0], k[1]))
    out = ["| command | size | median ms | min ms | max ms | peak RSS MB |",
           "|---|---:|---:|---:|---:|---:|"]
    for label, size in keys:
        t = times.get((label, size))
        if isinstance(t, dict):
            cells = [fmt_ms(t["median"]), fmt_ms(t["min"]), fmt_ms(t["max"])]
        elif t is None:
            cells = ["", "", ""]
        else:
            cells = [t, "", ""]
        m = rss.get((label, size))
        mem = "%.1f" % m if isinstance(m, float) else (m or "")
        out.append("| %s | %s | %s | %s |" % (label, size_label(size), " | ".join(cells), mem))
    return "\n".join(out)


def targets(times, rss):
    def med(label, size):
        t = times.get((label, size))
        return t["median"] if isinstance(t, dict) else None

    def mem(label, size):
        m = rss.get((label, size))
        return m if isinstance(m, float) else None

    checks = []

    def check(name, value, limit, unit, detail=""):
        if value is None or limit is None:
            checks.append("- n/a  %s (not measured)" % name)
            return
        ok = value <= limit
        checks.append("- %s %s: %s %s (target <= %s %s%s)"
                      % ("PASS" if ok else "FAIL", name, fmt_ms(value) if unit == "ms" else "%.1f" % value,
                         unit, fmt_ms(limit) if unit == "ms" else "%.1f" % limit, unit, detail))

    k10, k100, m1 = 10000, 100000, 1000000
    check("add median at 100k", med("add", k100), 5, "ms")
    a10 = med("add", k10)
    check("add at 100k within 20% of 10k", med("add", k100),
          a10 * 1.2 if a10 is not None else None, "ms", ", 10k: %s ms" % fmt_ms(a10) if a10 else "")
    check("list one week at 100k", med("list week", k100), 20, "ms")
    check("export csv at 100k", med("export csv", k100), 1500, "ms")
    check("export json at 100k", med("export json", k100), 1500, "ms")
    check("export csv peak memory at 100k", mem("export csv", k100), 64, "MB")
    check("analyze at 100k", med("analyze", k100), 1500, "ms")
    check("analyze peak memory at 100k", mem("analyze", k100), 150, "MB")
    an100 = med("analyze", k100)
    check("analyze at 1M <= 12x 100k", med("analyze", m1),
          an100 * 12 if an100 is not None else None, "ms")
    check("report --no-findings at 100k", med("report --no-findings", k100), 30, "ms")
    # Ratios to the floors measured in the same run (issues 7 and 8).
    for n in (k10, k100, m1):
        fa, fr = med("floor append+fsync", n), med("floor read", n)
        add, ana, csv = med("add", n), med("analyze", n), med("export csv", n)
        if fa and add:
            check("add at %s / append+fsync" % size_label(n), add / fa, 1.5, "x", ", floor %s ms" % fmt_ms(fa))
        if fr and n == k100:
            for name, v in (("export csv", csv), ("analyze", ana)):
                if v:
                    check("%s at 100k / read" % name, v / fr, 5, "x", ", floor %s ms" % fmt_ms(fr))
    # `due --prompt` runs at every shell prompt: within 2x of starting the
    # program (`journal --version`) at every size (issue 12).
    for n in (k10, k100, m1):
        ver, due = med("version", n), med("due --prompt", n)
        if ver and due:
            check("due --prompt at %s / --version" % size_label(n), due / ver, 2, "x", ", --version %s ms" % fmt_ms(ver))
    return "\n".join(checks)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip())
    times, rss = load(sys.argv[1])
    print(table(times, rss))
    print()
    print("Targets (see tests/bench/README.md):")
    print()
    print(targets(times, rss))


if __name__ == "__main__":
    main()
