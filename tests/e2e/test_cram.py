"""Self-tests for cram.py (run: python3 -m unittest tests/e2e/test_cram.py)."""
import os
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest

CRAM = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cram.py")

PASSING = """\
Prose is ignored.
  $ echo hello
  hello
  $ printf 'no newline'
  no newline (no-eol)
  $ printf 'a\\nb'
  a
  b (no-eol)
  $ echo
\x20\x20
  $ (exit 3)
  [3]
  $ echo out; echo err >&2; echo out2; false
  out
  err
  out2
  [1]
  $ X=42; greet() { echo "hi $1"; }
  $ mkdir sub && cd sub
  $ echo "$X"; greet bob; basename "$PWD"
  42
  hi bob
  sub
  $ cat <<EOF
  > line1
  >\x20
  > line3
  > EOF
  line1
\x20\x20
  line3
  $ for i in 1 2; do
  >   echo "n$i"
  > done
  n1
  n2
  $ echo abc123 v1.2
  abc\\d+ v[0-9.]+ (re)
  $ echo file-2026.txt
  file-*.tx? (glob)
  $ printf 'xyz42'
  xyz\\d+ (no-eol) (re)
  $ echo 01ARZ3NDEKTSV4RRFFQ69G5FAV "$HOME" "$TMPDIR" "$JOURNAL_DIR" "$JOURNAL_CONFIG"
  <ID> $TMP $TMP $TMP/journal $TMP/config.toml
  $ echo "$TZ $LC_ALL $NO_COLOR $JOURNAL_NOW"
  Europe/Berlin C.UTF-8 1 2026-11-21T10:00:00+01:00
  $ echo "${CRAM_SELFTEST_LEAK-unset}"; test -d "$EXAMPLES" && test -f "$TESTDIR/ok.t" && echo dirs-ok
  unset
  dirs-ok
  $ "$PYTHON" -c 'print("py")'
  py
  $ journal; echo "journal=$?"; cat
  journal=0
  $ exit 4
  [4]
"""


class CramTest(unittest.TestCase):
    def setUp(self):
        self._dir = tempfile.TemporaryDirectory()
        self.dir = self._dir.name
        self.addCleanup(self._dir.cleanup)

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def cram(self, *args):
        env = dict(os.environ, CRAM_SELFTEST_LEAK="leaked")
        return subprocess.run(
            [sys.executable, CRAM, "--binary", "/bin/true", "--examples", self.dir, *args],
            capture_output=True, text=True, env=env, timeout=60)

    def assertPasses(self, *files):
        r = self.cram(*files)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)

    def assertFails(self, text, *diff_lines):
        r = self.cram(self.write("bad.t", text))
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("+++ ", r.stdout)
        for line in diff_lines:
            self.assertIn(line + "\n", r.stdout)
        return r

    def test_passing_file(self):
        self.assertPasses(self.write("ok.t", PASSING))

    def test_wrong_output(self):
        self.assertFails("  $ echo actual\n  expected\n", "-  expected", "+  actual")

    def test_missing_exit_status(self):
        self.assertFails("  $ (exit 2)\n", "+  [2]")

    def test_unexpected_exit_status_line(self):
        self.assertFails("  $ echo ok\n  ok\n  [1]\n", "-  [1]")

    def test_no_eol_mismatch(self):
        self.assertFails("  $ printf x\n  x\n", "-  x", "+  x (no-eol)")

    def test_regex_and_glob_mismatch(self):
        self.assertFails("  $ echo abc\n  \\d+ (re)\n", "-  \\d+ (re)", "+  abc")
        self.assertFails("  $ echo abc\n  x* (glob)\n", "-  x* (glob)", "+  abc")

    def test_extra_output_keeps_matching_regex_in_diff(self):
        r = self.assertFails("  $ echo a1; echo new; echo b2\n  a\\d (re)\n  b\\d (re)\n",
                             "+  new")
        self.assertNotIn("-  a\\d (re)", r.stdout)

    def test_multiple_files(self):
        ok = self.write("ok.t", PASSING)
        bad = self.write("bad.t", "  $ echo one\n  two\n")
        r = self.cram(ok, bad)
        self.assertEqual(r.returncode, 1)
        self.assertIn("--- " + bad, r.stdout)
        self.assertNotIn(ok + "\n", r.stdout.replace("ok.t:", ""))

    def test_update_rewrites_and_then_passes(self):
        text = textwrap.dedent("""\
            Comment stays.
              $ echo abc123; echo new
              abc\\d+ (re)
              $ printf 'x'; (exit 2)
              wrong
              $ cat <<EOF
              > a
              > EOF
            Trailing comment.
            """)
        path = self.write("upd.t", text)
        r = self.cram("--update", path)
        self.assertEqual(r.returncode, 0, r.stdout)
        with open(path, encoding="utf-8") as f:
            self.assertEqual(f.read(), textwrap.dedent("""\
                Comment stays.
                  $ echo abc123; echo new
                  abc\\d+ (re)
                  new
                  $ printf 'x'; (exit 2)
                  x (no-eol)
                  [2]
                  $ cat <<EOF
                  > a
                  > EOF
                  a
                Trailing comment.
                """))
        self.assertPasses(path)

    def test_tmp_dir_removed_or_kept(self):
        path = self.write("t.t", "  $ pwd\n  $TMP\n")
        self.assertPasses(path)
        r = self.cram("--keep-tmp", path)
        self.assertEqual(r.returncode, 0, r.stdout)
        kept = r.stdout.split("keeping tmp dir for " + path + ": ")[1].split("\n")[0]
        self.assertTrue(os.path.isdir(kept))
        os.rmdir(kept)

    def test_timeout(self):
        path = self.write("slow.t", "  $ echo start\n  start\n  $ sleep 30\n")
        start = time.monotonic()
        r = self.cram("--timeout", "1", path)
        self.assertLess(time.monotonic() - start, 20)
        self.assertEqual(r.returncode, 1)
        self.assertIn("timed out", r.stdout)

    def test_sanitizer_options_pass_through(self):
        os.environ["ASAN_OPTIONS"] = "detect_leaks=0"
        self.addCleanup(os.environ.pop, "ASAN_OPTIONS")
        self.assertPasses(self.write("asan.t", "  $ echo $ASAN_OPTIONS\n  detect_leaks=0\n"))

    def test_env_sets_a_variable(self):
        r = self.cram("--env", "A=1", "--env", "B=x=y", self.write("env2.t", "  $ echo \"$A $B\"\n  1 x=y\n"))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        r = self.cram("--env", "not a name", self.write("env3.t", "  $ true\n"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("is not NAME=VALUE", r.stderr)


if __name__ == "__main__":
    unittest.main()
