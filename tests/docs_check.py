#!/usr/bin/env python3
"""Fails when --help, the man page and the README are out of step: every
command and every long option that `journal ... --help` lists must appear in
man/journal.1 and in README.md.

Usage: docs_check.py JOURNAL_BINARY MAN_PAGE README
"""
import re
import subprocess
import sys


def help_text(binary, *args):
    return subprocess.run([binary, *args, "--help"], capture_output=True, text=True, check=True).stdout


def long_options(text):
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", text)) - {"--help"}


def main():
    binary, man_path, readme_path = sys.argv[1:4]
    man = open(man_path, encoding="utf-8").read()
    # roff: \- is a hyphen, \fB..\fR are font changes.
    man = re.sub(r"\\f[BIRP]", "", man.replace("\\-", "-").replace("\\(em", "-"))
    readme = open(readme_path, encoding="utf-8").read()
    top = help_text(binary)
    commands = re.findall(r"^  ([a-z]+)\s{2,}", top.split("Subcommands:")[1], re.M)
    missing = []
    wanted = [("journal", o) for o in long_options(top.split("Subcommands:")[0])]
    for cmd in commands:
        wanted.append((cmd, None))
        options_part = help_text(binary, cmd).split("Examples:")[0].split("Example:")[0]
        wanted += [(cmd, o) for o in long_options(options_part)]
    for cmd, opt in wanted:
        needle = opt if opt else f"journal {cmd}"
        for name, text in (("man page", man), ("README", readme)):
            if opt is None:
                # A command must have its own section in both.
                found = re.search(rf"journal {cmd}\b", text) is not None
            else:
                found = re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", text) is not None
            if not found:
                missing.append(f"{name}: {cmd} {needle}")
    if missing:
        print("Not documented:\n  " + "\n  ".join(missing))
        return 1
    print(f"{len(wanted)} commands and options documented in the man page and the README")
    return 0


if __name__ == "__main__":
    sys.exit(main())
