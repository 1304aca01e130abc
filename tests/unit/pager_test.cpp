#include <doctest/doctest.h>

#include "pager.h"

using pj::OutputWidth;
using pj::PagerCommand;
using Argv = std::vector<std::string>;

TEST_CASE("pager: off with --no-pager or when stdout is not a terminal") {
  CHECK(PagerCommand(true, true, nullptr).empty());
  CHECK(PagerCommand(false, false, nullptr).empty());
  CHECK(PagerCommand(false, false, "less").empty());
}

TEST_CASE("pager: $PAGER, less -FRX when unset, none when empty or cat") {
  CHECK(PagerCommand(false, true, nullptr) == Argv{"less", "-FRX"});
  CHECK(PagerCommand(false, true, "most") == Argv{"most"});
  CHECK(PagerCommand(false, true, "  less  -S ") == Argv{"less", "-S"});
  CHECK(PagerCommand(false, true, "").empty());
  CHECK(PagerCommand(false, true, "  ").empty());
  CHECK(PagerCommand(false, true, "cat").empty());
}

TEST_CASE("pager: a command with shell syntax runs through sh -c") {
  CHECK(PagerCommand(false, true, "less | tee x") == Argv{"/bin/sh", "-c", "less | tee x"});
  CHECK(PagerCommand(false, true, "cat > \"$HOME/out\"") == Argv{"/bin/sh", "-c", "cat > \"$HOME/out\""});
  CHECK(PagerCommand(false, true, "LESS=S less") == Argv{"/bin/sh", "-c", "LESS=S less"});
}

TEST_CASE("output width: COLUMNS, else the terminal, else 80") {
  CHECK(OutputWidth(nullptr, 0) == 80);
  CHECK(OutputWidth(nullptr, 132) == 132);
  CHECK(OutputWidth("120", 0) == 120);
  CHECK(OutputWidth("120", 90) == 120);
  CHECK(OutputWidth(" 100 ", 0) == 100);
  // Not a usable width: ignored.
  CHECK(OutputWidth("", 90) == 90);
  CHECK(OutputWidth("wide", 0) == 80);
  CHECK(OutputWidth("0", 0) == 80);
  CHECK(OutputWidth("-5", 0) == 80);
  CHECK(OutputWidth("19", 0) == 80);
  CHECK(OutputWidth("20", 0) == 20);
  CHECK(OutputWidth("1000", 0) == 1000);
  CHECK(OutputWidth("1001", 0) == 80);
}
