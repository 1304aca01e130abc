// Unit tests for painjournal/util.h: string helpers, UTF-8 checks, widths,
// edit distance and strict number parsing.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "painjournal/util.h"

using namespace pj;

using Strings = std::vector<std::string>;

TEST_CASE("Trim") {
  CHECK(Trim("  a b \t\n") == "a b");
  CHECK(Trim("abc") == "abc");
  CHECK(Trim("") == "");
  CHECK(Trim(" \t\r\n ") == "");
  CHECK(Trim("\vx\f") == "x");
  CHECK(Trim(" é ") == "é");
}

TEST_CASE("Lower is ASCII only") {
  CHECK(Lower("AbC-XyZ_09") == "abc-xyz_09");
  CHECK(Lower("") == "");
  // Bytes of "Ä" (C3 84) are left alone.
  CHECK(Lower("\xC3\x84Z") == "\xC3\x84z");
}

TEST_CASE("SplitWords") {
  CHECK(SplitWords("  a  b\tc ") == Strings{"a", "b", "c"});
  CHECK(SplitWords("one") == Strings{"one"});
  CHECK(SplitWords("") == Strings{});
  CHECK(SplitWords(" \t ") == Strings{});
}

TEST_CASE("SplitList") {
  CHECK(SplitList("a, b,c") == Strings{"a", "b", "c"});
  CHECK(SplitList(",,a,, ,") == Strings{"a"});
  CHECK(SplitList("") == Strings{});
  CHECK(SplitList(" , ") == Strings{});
  CHECK(SplitList("a b, c d") == Strings{"a b", "c d"});
  CHECK(SplitList("a;b; c", ';') == Strings{"a", "b", "c"});
  CHECK(SplitList("a,b", ';') == Strings{"a,b"});
  CHECK(SplitList("single") == Strings{"single"});
}

TEST_CASE("Join") {
  CHECK(Join({"a", "b", "c"}, "; ") == "a; b; c");
  CHECK(Join({"x"}, ",") == "x");
  CHECK(Join({}, ",") == "");
  CHECK(Join({"", ""}, ";") == ";");
  CHECK(Join(SplitList("a, b,c"), ",") == "a,b,c");
}

TEST_CASE("IsValidUtf8 accepts valid text, multi-byte sequences and their boundaries") {
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("plain ascii"));
  CHECK(IsValidUtf8(std::string("nul\0inside", 10)));
  CHECK(IsValidUtf8("caf\xC3\xA9"));          // é U+00E9
  CHECK(IsValidUtf8("\xE2\x82\xAC"));         // € U+20AC
  CHECK(IsValidUtf8("\xF0\x9F\x98\x80"));     // 😀 U+1F600
  CHECK(IsValidUtf8("a\xF0\x9F\x98\x80z"));
  CHECK(IsValidUtf8("\xC2\x80"));             // U+0080, the smallest two-byte
  CHECK(IsValidUtf8("\xDF\xBF"));             // U+07FF
  CHECK(IsValidUtf8("\xE0\xA0\x80"));         // U+0800, the smallest three-byte
  CHECK(IsValidUtf8("\xED\x9F\xBF"));         // U+D7FF, just below the surrogates
  CHECK(IsValidUtf8("\xEE\x80\x80"));         // U+E000, just above them
  CHECK(IsValidUtf8("\xEF\xBF\xBF"));         // U+FFFF
  CHECK(IsValidUtf8("\xF0\x90\x80\x80"));     // U+10000, the smallest four-byte
  CHECK(IsValidUtf8("\xF4\x8F\xBF\xBF"));     // U+10FFFF, the largest code point
}

TEST_CASE("IsValidUtf8 rejects malformed sequences") {
  const char* bad[] = {
      "\xC0\xAF",              // overlong '/'
      "\xC1\xBF",              // overlong U+007F
      "\xE0\x80\xAF",          // overlong '/' in three bytes
      "\xE0\x9F\xBF",          // overlong U+07FF
      "\xF0\x80\x80\xAF",      // overlong '/' in four bytes
      "\xF0\x8F\xBF\xBF",      // overlong U+FFFF
      "\xED\xA0\x80",          // U+D800, a surrogate
      "\xED\xBF\xBF",          // U+DFFF, a surrogate
      "\xF4\x90\x80\x80",      // U+110000, past the last code point
      "\xF7\xBF\xBF\xBF",      // U+1FFFFF
      "\xF8\x88\x80\x80\x80",  // five-byte form
      "\xFC\x84\x80\x80\x80\x80",
      "\xFE", "\xFF",
      "\x80",                  // stray continuation byte
      "a\x80z", "\xBF",
      "\xC3",                  // truncated at the end
      "\xE2\x82", "\xF0\x9F\x98", "ab\xF0\x9F",
      "\xC3" "a",              // lead byte followed by a non-continuation
      "\xE2\x82z", "\xF0\x9F\x98z",
      "caf\xC3\xA9\xA9",       // one continuation too many
  };
  for (const char* s : bad) {
    std::string hex;
    for (const char* p = s; *p; ++p) {
      static const char* kHex = "0123456789ABCDEF";
      unsigned char c = static_cast<unsigned char>(*p);
      hex += kHex[c >> 4];
      hex += kHex[c & 15];
      hex += ' ';
    }
    INFO("bytes: ", hex);
    CHECK_FALSE(IsValidUtf8(s));
  }
}

TEST_CASE("Visible shows terminal control characters as escapes") {
  CHECK(Visible("neck\x1b[2J") == "neck\\e[2J");                                       // CSI: clear screen
  CHECK(Visible("a\x1b]52;c;cHduZWQ=\x07z") == "a\\e]52;c;cHduZWQ=\\x07z");           // OSC 52, BEL
  CHECK(Visible("bell\x07") == "bell\\x07");
  CHECK(Visible("over\rwrite") == "over\\rwrite");
  CHECK(Visible("one\nline") == "one\\nline");  // one line stays one line
  CHECK(Visible("a\tb") == "a\\tb");
  CHECK(Visible(std::string("nul\0x", 5)) == "nul\\x00x");
  CHECK(Visible("\x01\x1f") == "\\x01\\x1f");
  CHECK(Visible("del\x7f") == "del\\x7f");
  CHECK(Visible("\xC2\x9B" "31m") == "\\u009b31m");  // C1 CSI as UTF-8
  CHECK(Visible("\xC2\x80\xC2\x9F") == "\\u0080\\u009f");
}

TEST_CASE("Visible shows bytes that are not UTF-8 as \\xHH") {
  CHECK(Visible("bad \xFF byte") == "bad \\xff byte");
  CHECK(Visible("\x9B" "2J") == "\\x9b2J");         // a lone C1 byte (Latin-1 CSI)
  CHECK(Visible("cut \xE2\x82") == "cut \\xe2\\x82");
  CHECK(Visible("\xC0\xAF") == "\\xc0\\xaf");       // overlong
  CHECK(Visible("\xED\xA0\x80") == "\\xed\\xa0\\x80");  // surrogate
}

TEST_CASE("Visible keeps ordinary text, accents and emoji") {
  CHECK(Visible("") == "");
  CHECK(Visible("after the long budget meeting") == "after the long budget meeting");
  CHECK(Visible("\xC3\xA9paule") == "\xC3\xA9paule");  // épaule
  CHECK(Visible("caf\xC3\xA9 \xF0\x9F\x98\x80") == "caf\xC3\xA9 \xF0\x9F\x98\x80");
  CHECK(Visible("\xC2\xA0nbsp \xC2\xA9") == "\xC2\xA0nbsp \xC2\xA9");  // U+00A0 and U+00A9, just past C1
  CHECK(Visible("\xE2\x96\x81\xE2\x96\x88") == "\xE2\x96\x81\xE2\x96\x88");  // sparkline bars
  CHECK(Visible("back\\slash ~") == "back\\slash ~");
}

// Every byte and every pair of bytes: the result is UTF-8 with no C0 (not
// even a newline), DEL or C1 left, and showing it again changes nothing.
TEST_CASE("Visible leaves no control character in any two bytes") {
  auto clean = [](const std::string& v) {
    for (size_t i = 0; i < v.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(v[i]);
      if (c < 0x20 || c == 0x7F) return false;
      if (c == 0xC2 && i + 1 < v.size() && static_cast<unsigned char>(v[i + 1]) <= 0x9F) return false;
    }
    return IsValidUtf8(v);
  };
  for (int a = 0; a < 256; ++a)
    for (int b = 0; b < 256; ++b) {
      const std::string s{static_cast<char>(a), static_cast<char>(b)};
      const std::string v = Visible(s);
      INFO("bytes ", a, " ", b);
      REQUIRE(clean(v));
      REQUIRE(Visible(v) == v);
    }
}

TEST_CASE("DisplayWidth counts code points") {
  CHECK(DisplayWidth("") == 0);
  CHECK(DisplayWidth("abc") == 3);
  CHECK(DisplayWidth("h\xC3\xA9llo") == 5);           // héllo: 6 bytes, 5 code points
  CHECK(DisplayWidth("\xF0\x9F\x98\x80x") == 2);      // 😀x
  CHECK(DisplayWidth("\xE2\x80\xA6") == 1);           // …
}

TEST_CASE("FitWidth cuts with an ellipsis") {
  CHECK(FitWidth("hello", 5) == "hello");
  CHECK(FitWidth("hello", 10) == "hello");
  CHECK(FitWidth("hello world", 5) == "hell\xE2\x80\xA6");  // 4 letters + … = 5 columns
  CHECK(FitWidth("hello", 4) == "hel\xE2\x80\xA6");
  CHECK(FitWidth("hello", 1) == "\xE2\x80\xA6");
  CHECK(FitWidth("hello", 0) == "");
  CHECK(FitWidth("", 0) == "");
  // Multi-byte text is cut between code points, never inside one.
  CHECK(FitWidth("h\xC3\xA9llo w\xC3\xB6rld", 4) == "h\xC3\xA9l\xE2\x80\xA6");  // "hél…"
  CHECK(FitWidth("\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80", 2) == "\xF0\x9F\x98\x80\xE2\x80\xA6");
  const std::string samples[] = {"after the long budget meeting", "h\xC3\xA9llo w\xC3\xB6rld", "abc",
                                 "\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"};
  for (const std::string& s : samples) {
    for (size_t w = 0; w <= 32; ++w) {
      INFO(s, " width ", w);
      std::string cut = FitWidth(s, w);
      CHECK(DisplayWidth(cut) <= w);
      CHECK(IsValidUtf8(cut));
      if (DisplayWidth(s) <= w) CHECK(cut == s);
      else if (w > 0) CHECK(DisplayWidth(cut) == w);
    }
  }
}

TEST_CASE("EditDistance") {
  CHECK(EditDistance("kitten", "sitting") == 3);  // k->s, e->i, +g
  CHECK(EditDistance("flaw", "lawn") == 2);       // -f, +n
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("abc", "") == 3);
  CHECK(EditDistance("", "") == 0);
  CHECK(EditDistance("same", "same") == 0);
  CHECK(EditDistance("nek", "neck") == 1);
  CHECK(EditDistance("ab", "ba") == 2);  // no transpositions
  CHECK(EditDistance("neck", "nek") == EditDistance("nek", "neck"));
}

TEST_CASE("FormatNumber gives the shortest text that reads back") {
  CHECK(FormatNumber(9.5) == "9.5");
  CHECK(FormatNumber(8) == "8");
  CHECK(FormatNumber(0.1) == "0.1");
  CHECK(FormatNumber(0) == "0");
  CHECK(FormatNumber(24) == "24");
  CHECK(FormatNumber(-2.25) == "-2.25");
  CHECK(FormatNumber(8000) == "8000");
  CHECK(FormatNumber(0.30000000000000004) == "0.30000000000000004");
  for (double v : {1.0 / 3, 2.0 / 3, 0.1 + 0.2, 1e-7, 123456.789, 5.5, -0.001, 1e15}) {
    std::string s = FormatNumber(v);
    INFO(s);
    double back = 0;
    REQUIRE(ParseDouble(s, &back));
    CHECK(back == v);
  }
}

TEST_CASE("ParseInt is strict") {
  long long v = -99;
  REQUIRE(ParseInt("42", &v));
  CHECK(v == 42);
  REQUIRE(ParseInt("-7", &v));
  CHECK(v == -7);
  REQUIRE(ParseInt("0", &v));
  CHECK(v == 0);
  REQUIRE(ParseInt("007", &v));
  CHECK(v == 7);
  REQUIRE(ParseInt("9223372036854775807", &v));
  CHECK(v == 9223372036854775807LL);
  for (const char* bad : {"", " 5", "5 ", "5x", "x5", "0x10", "1.0", "1e3", "9223372036854775808", "-", "abc", "--5",
                          "5-"}) {
    INFO("input: '", bad, "'");
    v = -99;
    CHECK_FALSE(ParseInt(bad, &v));
    CHECK(v == -99);
  }
}

TEST_CASE("ParseDouble is strict: no spaces, hex, inf or nan") {
  double v = -99;
  REQUIRE(ParseDouble("9.5", &v));
  CHECK(v == 9.5);
  REQUIRE(ParseDouble("-1.25", &v));
  CHECK(v == -1.25);
  REQUIRE(ParseDouble("1e3", &v));
  CHECK(v == 1000);
  REQUIRE(ParseDouble("2.5E-1", &v));
  CHECK(v == 0.25);
  REQUIRE(ParseDouble(".5", &v));
  CHECK(v == 0.5);
  REQUIRE(ParseDouble("5.", &v));
  CHECK(v == 5);
  REQUIRE(ParseDouble("8", &v));
  CHECK(v == 8);
  for (const char* bad : {"", " 1", "1 ", "nan", "NAN", "inf", "-inf", "infinity", "0x10", "0x1p3", "1e400", "-1e400",
                          "1,5", "1.2.3", "abc", "e", "-", ".", "1e", "1..2", "+-1"}) {
    INFO("input: '", bad, "'");
    v = -99;
    CHECK_FALSE(ParseDouble(bad, &v));
    CHECK(v == -99);
  }
}
