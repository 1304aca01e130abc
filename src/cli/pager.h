// Output that fits a terminal: its width for tables, and long output through
// a pager as git does it. A command opts in by calling StartPager before it
// writes; main ends every run with EndPager. The decisions are pure
// functions (unit-tested); the rest is the process plumbing at the edge.
#pragma once

#include <string>
#include <vector>

namespace pj {

// The width tables are laid out for: COLUMNS when it is a whole number
// from 20 to 1000 (so tests and scripts can fix it), else the terminal's
// width when stdout is one (`tty_columns` > 0), else 80.
int OutputWidth(const char* columns_env, int tty_columns);
// The width of the terminal on `fd`, 0 if it is not one.
int TerminalColumns(int fd);

// The pager to run, as argv, or empty for none: none with --no-pager or
// when stdout is not a terminal; else $PAGER, `less -FRX` when it is unset;
// none when it is empty or `cat`. A command with shell syntax in it runs
// as `sh -c COMMAND`; a plain one is split at spaces and run directly, so
// that a pager that does not exist is noticed and output falls back.
std::vector<std::string> PagerCommand(bool no_pager, bool stdout_is_tty, const char* pager_env);

// Starts `argv` (from PagerCommand) with our stdout (and stderr, when it is
// the terminal) going into it. False, with nothing changed, when it cannot
// be started: the output is then written plainly. While it runs, a pipe
// closed by quitting the pager early is not an error (SIGPIPE ignored).
bool StartPager(const std::vector<std::string>& argv);
// Flushes, closes the pipe and waits for the pager, so the shell's prompt
// comes back after it; returns `status` unchanged. Safe without a pager.
int EndPager(int status);

}  // namespace pj
