#!/usr/bin/env python3
"""`journal` on a pseudo-terminal: the pager and the terminal's width.

The e2e .t files run without a terminal, where the pager is always off and
the table is 80 columns; this runs the binary under a pty (python's `pty`)
with PAGER set to a small script that records what it was given.

Usage: pager_pty.py JOURNAL_BINARY EXAMPLES_DIR
"""
import fcntl
import os
import pty
import select
import shutil
import struct
import sys
import tempfile
import termios
import unittest

BINARY = EXAMPLES = None


def run_pty(args, env, columns=120, rows=40, timeout=60):
    """Runs args with stdin, stdout and stderr on one pty of the given size;
    returns (exit status, everything written to the terminal)."""
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execve(args[0], args, env)
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    out = b""
    while True:
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            os.kill(pid, 9)
            raise AssertionError("timed out; output so far: %r" % out)
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child side is closed
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    return code, out.decode("utf-8", "replace").replace("\r\n", "\n")


class PagerOnATerminal(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="pager-pty-")
        self.record = os.path.join(self.tmp, "paged.txt")
        self.pager = os.path.join(self.tmp, "pager.sh")
        with open(self.pager, "w") as f:
            # A pager that records its input and the arguments and LESS it got.
            f.write('#!/bin/sh\nprintf "%s|%s\\n" "$*" "$LESS" > "$0.args"\ncat > "' + self.record + '"\n')
        os.chmod(self.pager, 0o755)
        self.env = {
            "PATH": "/usr/bin:/bin", "HOME": self.tmp, "TZ": "Europe/Berlin", "LANG": "C.UTF-8",
            "JOURNAL_DIR": os.path.join(EXAMPLES, "journal"), "JOURNAL_CONFIG": os.path.join(self.tmp, "none.toml"),
            "JOURNAL_NOW": "2026-11-21T10:00:00+01:00", "NO_COLOR": "1", "TERM": "dumb",
            "PAGER": self.pager,
        }

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def paged(self):
        with open(self.record, encoding="utf-8") as f:
            return f.read()

    def test_list_goes_through_the_pager(self):
        code, shown = run_pty([BINARY, "list"], self.env)
        self.assertEqual(code, 0, shown)
        self.assertEqual(shown, "")  # all of it went to the pager
        paged = self.paged()
        self.assertTrue(paged.startswith("WHEN "), paged[:200])
        self.assertTrue(paged.rstrip("\n").endswith(" entries"), paged[-200:])
        # Laid out for the terminal's 120 columns, not 80.
        widths = [len(line) for line in paged.splitlines()]
        self.assertLessEqual(max(widths), 120)
        self.assertGreater(max(widths), 80)
        with open(self.pager + ".args") as f:
            self.assertEqual(f.read(), "|FRX\n")  # no arguments; LESS set for less

    def test_each_paged_command(self):
        for args in (["analyze"], ["report", "--no-findings"], ["vocab"], ["--help"], ["report", "--help"]):
            os.path.exists(self.record) and os.remove(self.record)
            code, shown = run_pty([BINARY] + args, self.env)
            self.assertEqual(code, 0, (args, shown))
            self.assertEqual(shown, "", args)
            self.assertGreater(len(self.paged().splitlines()), 5, args)

    def test_no_pager_option_and_empty_pager(self):
        code, shown = run_pty([BINARY, "--no-pager", "list", "--last", "3"], self.env)
        self.assertEqual(code, 0, shown)
        self.assertTrue(shown.startswith("WHEN "), shown)
        self.assertFalse(os.path.exists(self.record))
        # Anywhere on the line, also for help.
        code, shown = run_pty([BINARY, "list", "--help", "--no-pager"], self.env)
        self.assertEqual(code, 0, shown)
        self.assertIn("--ids", shown)
        self.assertFalse(os.path.exists(self.record))
        for pager in ("", "cat"):
            env = dict(self.env, PAGER=pager)
            code, shown = run_pty([BINARY, "list", "--last", "3"], env)
            self.assertEqual(code, 0, shown)
            self.assertTrue(shown.startswith("WHEN "), (pager, shown))
        self.assertFalse(os.path.exists(self.record))

    def test_columns_overrides_the_terminal(self):
        env = dict(self.env, COLUMNS="100")
        code, shown = run_pty([BINARY, "--no-pager", "list"], env, columns=150)
        self.assertEqual(code, 0, shown)
        widths = [len(line) for line in shown.splitlines()]
        self.assertLessEqual(max(widths), 100)
        self.assertGreater(max(widths), 80)

    def test_a_pager_that_cannot_start_falls_back(self):
        env = dict(self.env, PAGER=os.path.join(self.tmp, "no-such-pager"))
        code, shown = run_pty([BINARY, "list", "--last", "3"], env)
        self.assertEqual(code, 0, shown)
        self.assertTrue(shown.startswith("WHEN "), shown)
        self.assertIn("3 entries", shown)

    def test_quitting_the_pager_early_is_not_an_error(self):
        # A pager that reads nothing and exits: every write meets a closed
        # pipe (EPIPE / SIGPIPE).
        for pager in ("true", "head -c 100 >/dev/null"):
            env = dict(self.env, PAGER=pager)
            code, shown = run_pty([BINARY, "list"], env)
            self.assertEqual((code, shown), (0, ""), pager)
        # The command's own status is kept: --strict with a broken file is 1.
        broken = os.path.join(self.tmp, "journal")
        shutil.copytree(os.path.join(EXAMPLES, "journal"), broken)
        with open(os.path.join(broken, "2026-09.toml"), "a") as f:
            f.write("this is not toml\n")
        env = dict(self.env, PAGER="true", JOURNAL_DIR=broken)
        code, shown = run_pty([BINARY, "list", "--strict"], env)
        self.assertEqual(code, 1, shown)
        self.assertNotIn("cannot write", shown)


if __name__ == "__main__":
    BINARY, EXAMPLES = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    unittest.main(argv=sys.argv[:1], verbosity=2)
