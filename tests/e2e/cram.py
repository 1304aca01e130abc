#!/usr/bin/env python3
"""Minimal cram-style golden-test runner for the `journal` CLI (stdlib only).

Usage:
  python3 cram.py --binary PATH/journal --examples DIR [--timeout SECS]
                  [--env NAME=VALUE ...] [--keep-tmp] [--update] FILE.t [FILE.t ...]

Format of a .t file:
  * Lines not starting with two spaces are comments (prose) and are ignored.
  * "  $ CMD" starts a command; following "  > MORE" lines continue it
    (joined with newlines, e.g. heredocs or multi-line shell constructs).
  * Following two-space-indented lines are the expected output (stdout and
    stderr merged, as with 2>&1).  "  " alone stands for an empty line.
  * An expected line ending in " (re)" is a Python regex (fullmatch); one
    ending in " (glob)" uses * and ? wildcards (\\* \\? \\\\ escape them).
  * "  [N]" as the last output line: the command must exit with status N
    (no such line: status must be 0).
  * Output lacking a trailing newline: its last line is shown with
    " (no-eol)" appended; the expected line must carry that suffix too.
  * Actual output is masked before comparison: ULIDs become <ID>, the
    temporary directory path becomes $TMP.

All commands of one file run in ONE bash process (variables, cd and functions
carry over), in a fresh temporary directory with a clean environment (see
make_env, plus each --env NAME=VALUE: how the build sizes a test), stdin
from /dev/null.  Like cram, a single script is written in
which every command is followed by an `echo "SALT $? INDEX"` marker; its
merged output is split at the markers.  Failing files are reported as a
unified diff of the .t file (expected) against the file as it would look
with the actual output (.t.err).  --update rewrites the files with that.
Exit status: 0 if all files pass (or were updated), 1 otherwise.
"""
import argparse
import difflib
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile

ULID_RE = re.compile(r"\b[0-9A-HJKMNP-TV-Z]{26}\b")
NOEOL = " (no-eol)"


class Cmd:
    def __init__(self, line):
        self.src = [line]          # verbatim "$" and ">" lines
        self.text = line[4:]       # shell text
        self.expected = []         # expected output lines, indent removed


def parse(lines):
    """Split a .t file into items (str = verbatim line, int = command index)."""
    items, cmds, state = [], [], None
    for line in lines:
        if line.startswith("  $ ") or line == "  $":
            cmds.append(Cmd(line))
            items.append(len(cmds) - 1)
            state = "cmd"
        elif state == "cmd" and (line.startswith("  > ") or line == "  >"):
            cmds[-1].src.append(line)
            cmds[-1].text += "\n" + line[4:]
        elif state and line.startswith("  "):
            cmds[-1].expected.append(line[2:])
            state = "out"
        else:
            items.append(line)
            state = None
    return items, cmds


def glob_to_re(pat):
    out, i = [], 0
    while i < len(pat):
        c = pat[i]
        if c == "\\" and i + 1 < len(pat) and pat[i + 1] in "*?\\":
            out.append(re.escape(pat[i + 1]))
            i += 2
            continue
        out.append(".*" if c == "*" else "." if c == "?" else re.escape(c))
        i += 1
    return "".join(out)


def match(exp, act):
    """Does expected line `exp` match actual line `act`?"""
    if exp == act:
        return True
    if exp.endswith(" (re)"):
        pat = exp[:-5]
    elif exp.endswith(" (glob)"):
        pat = glob_to_re(exp[:-7])
    else:
        return False
    if pat.endswith(NOEOL) != act.endswith(NOEOL):
        return False
    if act.endswith(NOEOL):
        pat, act = pat[:-len(NOEOL)], act[:-len(NOEOL)]
    try:
        return re.fullmatch(pat, act) is not None
    except re.error:
        return False


def align(expected, actual):
    """Actual lines, but keeping expected lines that match (so (re)/(glob)
    lines survive); aligned by a longest-common-subsequence walk."""
    n, m = len(expected), len(actual)
    if n == m and all(map(match, expected, actual)):
        return list(expected)
    if n * m > 4_000_000:
        return list(actual)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            lcs[i][j] = (lcs[i + 1][j + 1] + 1 if match(expected[i], actual[j])
                         else max(lcs[i + 1][j], lcs[i][j + 1]))
    out, i, j = [], 0, 0
    while j < m:
        if i < n and match(expected[i], actual[j]):
            out.append(expected[i])
            i, j = i + 1, j + 1
        elif i < n and lcs[i + 1][j] >= lcs[i][j + 1]:
            i += 1
        else:
            out.append(actual[j])
            j += 1
    return out


def make_env(tmp, binary, bindir, testdir, examples, extra=()):
    path = os.environ.get("PATH", os.defpath)
    env = {
        "PATH": os.pathsep.join(p for p in (bindir, os.path.dirname(binary), path) if p),
        "HOME": tmp, "TMPDIR": tmp, "TZ": "Europe/Berlin",
        "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        "JOURNAL_DIR": os.path.join(tmp, "journal"),
        "JOURNAL_CONFIG": os.path.join(tmp, "config.toml"),
        "JOURNAL_NOW": "2026-11-21T10:00:00+01:00", "NO_COLOR": "1",
        "TESTDIR": testdir, "EXAMPLES": examples, "PYTHON": sys.executable,
    }
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    for item in extra:
        key, _, value = item.partition("=")
        env[key] = value
    return env


def to_lines(chunk, status):
    lines = chunk.split("\n") if chunk else []
    if lines and lines[-1] == "":
        lines.pop()
    elif lines:
        lines[-1] += NOEOL
    if status:
        lines.append(f"[{status}]")
    return lines


def run_file(path, args):
    """Run one .t file; return (passed, original lines, rendered lines, note)."""
    with open(path, encoding="utf-8") as f:
        orig = f.read().splitlines()
    items, cmds = parse(orig)
    salt = "CRAM" + secrets.token_hex(8)
    script = "".join(f'{c.text}\necho "{salt} $? {i}"\n' for i, c in enumerate(cmds))
    raw_tmp = tempfile.mkdtemp(prefix="cram-")
    tmp = os.path.realpath(raw_tmp)
    aux = tempfile.mkdtemp(prefix="cram-aux-")  # script (+ `journal` symlink)
    bindir = os.path.join(aux, "bin")
    os.mkdir(bindir)
    if os.path.basename(args.binary) != "journal":  # make `journal` resolve anyway
        os.symlink(args.binary, os.path.join(bindir, "journal"))
    note = ""
    try:
        script_path = os.path.join(aux, "script.sh")
        with open(script_path, "w", encoding="utf-8") as f:
            f.write(script)
        env = make_env(tmp, args.binary, bindir, os.path.dirname(os.path.abspath(path)),
                       args.examples, args.env)
        proc = subprocess.Popen(["bash", script_path], cwd=tmp, env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            out, _ = proc.communicate(timeout=args.timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate()
            note = f"timed out after {args.timeout:g} s"
    finally:
        shutil.rmtree(aux, ignore_errors=True)
        if args.keep_tmp:
            print(f"# keeping tmp dir for {path}: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    text = out.decode("utf-8", errors="replace")
    results, pos = {}, 0
    for m in re.finditer(re.escape(salt) + r" (\d+) (\d+)\n", text):
        results[int(m[2])] = (text[pos:m.start()], int(m[1]))
        pos = m.end()
    pending = next((i for i in range(len(cmds)) if i not in results), None)
    if pending is not None:  # shell exited early (e.g. `exit 3`) or timed out
        results[pending] = (text[pos:], None if note else proc.returncode)
    outputs = {}
    for i, c in enumerate(cmds):
        chunk, status = results.get(i, ("", 0))
        for p in sorted({tmp, raw_tmp}, key=len, reverse=True):
            chunk = chunk.replace(p, "$TMP")
        chunk = ULID_RE.sub("<ID>", chunk)
        outputs[i] = align(c.expected, to_lines(chunk, status))
    rendered = []
    for it in items:
        if isinstance(it, int):
            rendered += cmds[it].src + ["  " + line for line in outputs[it]]
        else:
            rendered.append(it)
    return rendered == orig and not note, orig, rendered, note


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", required=True, help="journal binary under test")
    ap.add_argument("--examples", required=True, help="examples directory ($EXAMPLES)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per file")
    ap.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                    help="set a variable for the tests (repeatable)")
    ap.add_argument("--keep-tmp", action="store_true", help="keep temp dirs")
    ap.add_argument("--update", action="store_true", help="rewrite .t files with actual output")
    ap.add_argument("files", nargs="+", metavar="FILE.t")
    args = ap.parse_args(argv)
    args.binary = os.path.abspath(args.binary)
    args.examples = os.path.abspath(args.examples)
    for item in args.env:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*=.*", item, re.S):
            ap.error(f"--env {item!r} is not NAME=VALUE")
    if not os.access(args.binary, os.X_OK):
        ap.error(f"--binary {args.binary} is not executable")
    failed = 0
    for path in args.files:
        ok, orig, rendered, note = run_file(path, args)
        if ok:
            continue
        if note:
            print(f"# {path}: {note}")
        sys.stdout.writelines(line + "\n" for line in difflib.unified_diff(
            orig, rendered, path, path + ".err", lineterm=""))
        if args.update and not note:
            with open(path, "w", encoding="utf-8") as f:
                f.write("".join(line + "\n" for line in rendered))
            print(f"# updated {path}")
        else:
            failed += 1
            print(f"# FAILED {path}")
    print(f"# ran {len(args.files)} file(s), {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
