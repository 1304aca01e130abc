#include "pager.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "painjournal/util.h"

namespace pj {

int OutputWidth(const char* columns_env, int tty_columns) {
  long long n = 0;
  if (columns_env && ParseInt(Trim(columns_env), &n) && n >= 20 && n <= 1000) return static_cast<int>(n);
  if (tty_columns > 0) return tty_columns;
  return 80;
}

int TerminalColumns(int fd) {
  if (!isatty(fd)) return 0;
  struct winsize ws {};
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
  return ws.ws_col;
}

std::vector<std::string> PagerCommand(bool no_pager, bool stdout_is_tty, const char* pager_env) {
  if (no_pager || !stdout_is_tty) return {};
  const std::string command = pager_env ? Trim(pager_env) : "less -FRX";
  if (command.empty() || command == "cat") return {};
  if (command.find_first_of("|&;<>()$`\\\"'*?[#~=%{}\n") != std::string::npos) return {"/bin/sh", "-c", command};
  return SplitWords(command);
}

namespace {

pid_t g_pager = -1;

void WaitForPager() {
  if (g_pager <= 0) return;
  // The pager reads until our end of the pipe is closed, then is left to
  // the user; wait for it, retrying on an interrupting signal.
  close(STDOUT_FILENO);
  close(STDERR_FILENO);
  while (waitpid(g_pager, nullptr, 0) < 0 && errno == EINTR) {
  }
  g_pager = -1;
}

// Ctrl-C reaches the pager and us at once: we end, but only after the pager
// has given the terminal back, as git does.
extern "C" void OnSignal(int sig) {
  WaitForPager();
  signal(sig, SIG_DFL);
  raise(sig);
}

}  // namespace

bool StartPager(const std::vector<std::string>& argv) {
  if (argv.empty() || g_pager > 0) return false;
  int data[2], status[2];
  if (pipe(data) != 0) return false;
  // Closed by a successful exec: a byte on it says the exec failed.
  if (pipe2(status, O_CLOEXEC) != 0) {
    close(data[0]);
    close(data[1]);
    return false;
  }
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::fflush(nullptr);
  std::cout.flush();
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(data[0], STDIN_FILENO);
    close(data[0]);
    close(data[1]);
    close(status[0]);
    // less without options of its own behaves like `less -FRX`, as git sets.
    setenv("LESS", "FRX", 0);
    setenv("LV", "-c", 0);
    execvp(args[0], args.data());
    const char failed = 1;
    if (write(status[1], &failed, 1) < 0) {
    }
    _exit(127);
  }
  close(data[0]);
  close(status[1]);
  char byte;
  ssize_t got;
  while ((got = read(status[0], &byte, 1)) < 0 && errno == EINTR) {
  }
  close(status[0]);
  if (pid < 0 || got != 0) {  // no fork, or the exec failed: plain output
    if (pid > 0) waitpid(pid, nullptr, 0);
    close(data[1]);
    return false;
  }
  signal(SIGPIPE, SIG_IGN);  // quitting the pager early is not an error
  dup2(data[1], STDOUT_FILENO);
  if (isatty(STDERR_FILENO)) dup2(data[1], STDERR_FILENO);
  close(data[1]);
  g_pager = pid;
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) signal(sig, OnSignal);
  return true;
}

int EndPager(int status) {
  if (g_pager <= 0) return status;
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  WaitForPager();
  return status;
}

}  // namespace pj
