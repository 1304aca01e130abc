// The guard around toml::parse (toml_safe.h): the toml++ 3.3.0 issue 190
// input and its relatives are refused with a position, everything else
// parses exactly as toml::parse does.
#include <doctest/doctest.h>

#include <string>

#include "painjournal/toml_safe.h"

namespace {

struct Result {
  bool ok = false;
  toml::table table;
  int line = 0;
  int col = 0;
  std::string msg;
};

Result Parse(const std::string& text, std::string_view path = {}) {
  Result r;
  toml::source_position pos{};
  r.ok = pj::ParseTomlSafely(text, &r.table, &pos, &r.msg, path);
  r.line = static_cast<int>(pos.line);
  r.col = static_cast<int>(pos.column);
  return r;
}

std::string StringAt(const Result& r, const char* key) { return r.table[key].value_or(std::string("(none)")); }

}  // namespace

TEST_CASE("toml_safe: the issue 190 input is refused at the character, naming it") {
  // tests/fuzz/regressions/month/toml190-line-ending-backslash.toml holds it too.
  Result r = Parse("s = \"\"\"\\\n\xC2\xA7\"\"\"\n");
  CHECK_FALSE(r.ok);
  CHECK(r.line == 2);
  CHECK(r.col == 1);
  CHECK(r.msg ==
        "'\xC2\xA7' right after a line-ending backslash in a \"\"\" string is not supported (toml++ 3.3.0, its issue "
        "190); write it as \\u00A7 or join the lines");
  CHECK(r.msg.find('\n') == std::string::npos);
}

TEST_CASE("toml_safe: the skipped whitespace may be spaces, tabs, blank lines, CRLF and U+00A0") {
  Result r = Parse("a = 1\ns = \"\"\"x \\  \r\n\r\n \t\xC2\xA0\xC3\xA9t\xC3\xA9\"\"\"\n");
  CHECK_FALSE(r.ok);
  CHECK(r.line == 4);
  CHECK(r.col == 4);
  CHECK(r.msg.find("\\u00E9") != std::string::npos);
  // In an array and an inline table as well, and for a three-byte character (U+3001).
  r = Parse("a = [ { n = \"\"\"\\\n    \xE3\x80\x81\"\"\" } ]\n");
  CHECK_FALSE(r.ok);
  CHECK(r.line == 2);
  CHECK(r.col == 5);
  CHECK(r.msg.find("\\u3001") != std::string::npos);
}

TEST_CASE("toml_safe: the same characters elsewhere in strings and comments parse as toml::parse has them") {
  Result r = Parse(
      "# caf\xC3\xA9\n"
      "a = \"caf\xC3\xA9 \xCE\xB1\xCE\xB2 \xD0\xB4\xD0\xB0 \xEF\xB9\x90\"\n"
      "b = '''C:\\\n\xC3\xA9'''\n"           // a literal string keeps its backslash
      "c = \"\"\"x\\\\\n\xC3\xA9\"\"\"\n"     // an escaped backslash is no line ending
      "d = \"\"\"\\\n  \\u00E9\"\"\"\n"      // the way the refusal suggests
      "e = \"\"\"\\\n  x\xC3\xA9\"\"\"\n"    // the first character after the skip is ASCII
      "\"k\xC3\xA9y\" = 1 # \xC3\xA9\n");
  REQUIRE_MESSAGE(r.ok, r.msg);
  CHECK(StringAt(r, "a") == "caf\xC3\xA9 \xCE\xB1\xCE\xB2 \xD0\xB4\xD0\xB0 \xEF\xB9\x90");
  CHECK(StringAt(r, "b") == "C:\\\n\xC3\xA9");
  CHECK(StringAt(r, "c") == "x\\\n\xC3\xA9");
  CHECK(StringAt(r, "d") == "\xC3\xA9");
  CHECK(StringAt(r, "e") == "x\xC3\xA9");
  CHECK(r.table["k\xC3\xA9y"].value_or(0) == 1);
}

TEST_CASE("toml_safe: outside strings the character is a parse error that names it, not its stand-in") {
  Result r = Parse("a = 1\nb = \xC3\xA9\n");
  CHECK_FALSE(r.ok);
  CHECK(r.line == 2);
  CHECK(r.col == 5);
  CHECK(r.msg.find("\xD7\x90") == std::string::npos);
  r = Parse("\xEF\xBB\xBFn = \"\xC3\xA9\" \xC3\xA9\n");  // after a byte-order mark, which toml++ does not count
  CHECK_FALSE(r.ok);
  CHECK(r.line == 1);
  CHECK(r.col == 9);
  CHECK(r.msg == "Error while parsing key-value pair: expected a comment or whitespace, saw '\xC3\xA9'");
}

TEST_CASE("toml_safe: plain text gives toml++'s own errors and source path") {
  Result r = Parse("a = 1\nb = = 2\n");
  CHECK_FALSE(r.ok);
  CHECK(r.line == 2);
  CHECK(r.col == 5);
  CHECK_FALSE(r.msg.empty());
  r = Parse("a = \"\xC3\xA9\"\n", "/j/2026-11.toml");
  REQUIRE(r.ok);
  REQUIRE(r.table["a"].node() != nullptr);
  CHECK(*r.table["a"].node()->source().path == "/j/2026-11.toml");
}

TEST_CASE("toml_safe: the code points on which toml++ 3.3.0 reaches __builtin_unreachable") {
  for (char32_t c : {0xA1, 0xA7, 0xE9, 0x3B1, 0x434, 0x499, 0x2C5E, 0x3001, 0x3057, 0xFB26, 0xFE50, 0xFEFE})
    CHECK_MESSAGE(pj::TomlWhitespaceTestIsUndefined(c), static_cast<unsigned>(c));
  // ASCII, toml++'s non-ASCII whitespace, and blocks its switch handles.
  for (char32_t c : {0x20, 0x7F, 0x85, 0xA0, 0x49A, 0x5D0, 0x1680, 0x2000, 0x2028, 0x2C5D, 0x3000, 0x3058, 0x4E00,
                     0xFB25, 0xFEFF, 0x1F600})
    CHECK_FALSE_MESSAGE(pj::TomlWhitespaceTestIsUndefined(c), static_cast<unsigned>(c));
}

TEST_CASE("toml_safe: keys and brackets nesting deeper than 512 levels are refused before toml++ recurses") {
  // toml++ 3.3.0 overflowed the stack (SIGSEGV) on a dotted key of 100,000 parts
  // (200 KB), recursing in update_region_ends; tests/fuzz/regressions/month has one.
  std::string parts;
  for (int i = 0; i < 100000; ++i) parts += ".a";
  Result r = Parse("format = 1\na" + parts + " = 1\n");
  CHECK_FALSE(r.ok);
  CHECK(r.line == 2);
  CHECK(r.col == 2 + 2 * 511);  // the dot that makes the 513th part
  CHECK(r.msg == "tables, arrays and dotted keys nest deeper than 512 levels here; a month file nests 3");
  r = Parse("[a" + parts + "]\n");
  CHECK_FALSE(r.ok);
  CHECK(r.line == 1);
  // Parts add up across a header, inline tables and their keys.
  std::string half;
  for (int i = 0; i < 200; ++i) half += ".a";
  r = Parse("[a" + half + "]\nb" + half + " = { c" + half + " = 1 }\n");
  CHECK_FALSE(r.ok);
  CHECK(r.line == 2);
  // Dots in values, strings and comments are no parts: these parse.
  std::string floats, dots(5000, '.');
  for (int i = 0; i < 2000; ++i) floats += "1.5, ";
  r = Parse("a = [" + floats + "]\nb = \"" + dots + "\"\nc = '''" + dots + "'''\n# " + dots + "\n[t]\n\"" + dots +
            "\" = { x = 1.5, y = [2.5, 3.5] }\nd = 2026-11-21T09:14:00.5+01:00\n");
  REQUIRE_MESSAGE(r.ok, r.msg);
  CHECK(r.table["a"].as_array()->size() == 2000);
  CHECK(r.table["t"][dots]["y"][1].value_or(0.0) == 3.5);
  // 256 nested arrays are toml++'s own limit, and no more than the guard allows.
  r = Parse("a = " + std::string(256, '[') + std::string(256, ']') + "\n");
  CHECK_MESSAGE(r.ok, r.msg);
}
