// The in-place formatters (format_chars.h) and the writers built on them
// (CSV rows, JSON entry lines, through TextBuf) against the functions they
// replace: the std::string formatters, nlohmann-json's dump(), and the
// CSV row writer as it was before, kept here as the reference.
#include <doctest/doctest.h>

#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "entry_access.h"
#include "test_util.h"
#include "painjournal/analysis_render.h"
#include "painjournal/csv.h"
#include "painjournal/entry_json.h"
#include "painjournal/format_chars.h"
#include "painjournal/text_buf.h"
#include "painjournal/util.h"

namespace {

std::string Number(double v) {
  char buf[pj::kNumberChars];
  return std::string(buf, pj::NumberChars(buf, v));
}

std::string JsonNumber(double v) {
  char buf[pj::kNumberChars];
  return std::string(buf, pj::JsonNumberChars(buf, v));
}

std::string JsonString(const std::string& s) {
  std::string buf(pj::JsonStringRoom(s.size()), '\0');
  return std::string(buf.data(), pj::JsonStringChars(buf.data(), s));
}

std::string DateTime(const pj::Time& t) {
  char buf[pj::kDateTimeChars];
  return std::string(buf, pj::DateTimeChars(buf, t));
}

std::string NlohmannDump(const pj::Json& j) { return j.dump(-1, ' ', false, pj::Json::error_handler_t::replace); }

// Doubles that take each path: whole numbers, a few decimals, the shortest
// round trip of many digits, the extremes, and random bit patterns.
std::vector<double> Doubles() {
  std::vector<double> v = {0.0, -0.0, 1e-300, -1e-300, DBL_MIN, -DBL_MIN, DBL_MAX, -DBL_MAX, 5e-324,
                           DBL_EPSILON, 123456789.125, -123456789.125, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3,
                           1e9, -1e9, 1e9 - 0.5, 999999999.5, 999999999.9999, 1e15, 1e15 - 1, 1e15 + 2, 1e16, 1e21,
                           1e22, 1e300, 1.5e300, 1e-4, 1e-5, 0.0001, 0.00015, 0.00005, 1.0001, 9.9999, 0.9999,
                           4503599627370496.0, 9007199254740993.0, 0.30000000000000004, 100, 1000, 1200, 12.0};
  for (int i = -2000; i <= 2000; ++i) {
    v.push_back(i);
    v.push_back(i / 2.0);
    v.push_back(i / 4.0);
    v.push_back(i / 8.0);
    v.push_back(i / 10.0);
    v.push_back(i / 100.0);
    v.push_back(i / 1000.0);
    v.push_back(i / 10000.0);
    v.push_back(i * 1e6 + 0.5);
    v.push_back(i * 1e5 + 0.25);
    v.push_back(i * 1234567.0 + 0.1);
  }
  for (int e = -320; e <= 308; ++e) {
    v.push_back(std::pow(10.0, e));
    v.push_back(-3.7 * std::pow(10.0, e));
  }
  std::mt19937_64 rng(20261120);
  std::uniform_real_distribution<double> hours(0, 24);
  for (int i = 0; i < 20000; ++i) {
    uint64_t bits = rng();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    if (std::isfinite(d)) v.push_back(d);
    v.push_back(hours(rng));
    v.push_back(std::round(hours(rng) * 100) / 100);  // 7.25, 13.4
  }
  return v;
}

}  // namespace

TEST_CASE("format_chars: NumberChars writes what FormatNumber returns") {
  int checked = 0;
  for (double v : Doubles()) {
    INFO(pj::FormatNumber(v));
    REQUIRE(Number(v) == pj::FormatNumber(v));
    ++checked;
  }
  CHECK(Number(6.5) == "6.5");
  CHECK(Number(-0.0) == "-0");
  CHECK(Number(123456789.125) == "123456789.125");
  CHECK(Number(1e-300) == "1e-300");
  CHECK(checked > 60000);
  // Not finite values are never stored, but the two still agree.
  for (double v : {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                   std::numeric_limits<double>::quiet_NaN()})
    CHECK(Number(v) == pj::FormatNumber(v));
}

TEST_CASE("format_chars: JsonNumberChars writes what nlohmann-json dumps") {
  for (double v : Doubles()) {
    INFO(pj::FormatNumber(v));
    REQUIRE(JsonNumber(v) == pj::Json(v).dump());
  }
  CHECK(JsonNumber(12) == "12.0");
  CHECK(JsonNumber(-0.0) == "-0.0");
  CHECK(JsonNumber(1e15) == "1e+15");
  CHECK(JsonNumber(std::numeric_limits<double>::quiet_NaN()) == "null");
}

TEST_CASE("format_chars: IntChars") {
  for (long long v : {0LL, 5LL, 9LL, 10LL, 42LL, 99LL, 100LL, -1LL, -10LL, -99LL, 123456789012LL,
                      std::numeric_limits<long long>::min(), std::numeric_limits<long long>::max()}) {
    char buf[pj::kNumberChars];
    CHECK(std::string(buf, pj::IntChars(buf, v)) == std::to_string(v));
  }
}

TEST_CASE("format_chars: JsonStringChars writes what nlohmann-json dumps, invalid UTF-8 replaced") {
  std::vector<std::string> cases = {"", "neck", "01JD3QY8Z6K3T9W2M4N5P6R7S8", "say \"hi\"", "back\\slash",
                                    "tab\there", "new\nline", "cr\r", std::string("nul\0x", 5), "\x01\x1f\x7f",
                                    "Kopfschmerz äöü €", "emoji \xF0\x9F\x98\x80", "bad \xFF byte",
                                    "cut \xE2\x82", "surrogate \xED\xA0\x80", "overlong \xC0\xAF",
                                    "beyond \xF4\x90\x80\x80", "12345678\"", "1234567\\", "12345678901234567\n"};
  // Every byte at every place of a 17-byte string: the eight-byte test
  // must not miss one.
  for (int c = 0; c < 256; ++c)
    for (size_t at : {0, 3, 7, 8, 15, 16}) {
      std::string s(17, 'a');
      s[at] = static_cast<char>(c);
      cases.push_back(s);
    }
  std::mt19937 rng(7);
  const std::string alphabet = std::string("aZ09 -_.,;'\"\\\t\n\r\x01\x7f") + std::string(1, '\0') + "\xC3\xA4\xE2\x82\xAC\xFF\x80";
  for (int i = 0; i < 5000; ++i) {
    std::string s;
    for (size_t n = rng() % 40; n > 0; --n) s += alphabet[rng() % alphabet.size()];
    cases.push_back(s);
  }
  for (const std::string& s : cases) {
    INFO(pj::Visible(s));
    REQUIRE(JsonString(s) == NlohmannDump(pj::Json(s)));
  }
}

TEST_CASE("format_chars: DateTimeChars writes what FormatDateTime returns") {
  std::vector<pj::Time> times = {pjtest::At("2026-11-21T09:14:00+01:00"), pjtest::At("2026-01-02T03:04:05-05:30"),
                                 pj::Time{0, 0}, pj::Time{-1, 0}, pj::Time{-86400, 0}, pj::Time{-86401, 60},
                                 pj::Time{253402300799, 0}, pj::Time{253402300800, 0},         // 9999 and 10000
                                 pj::Time{-62135596800, 0}, pj::Time{-62135596801, 0},         // 0001 and 0000
                                 pj::Time{-62167219200 - 1, 0}, pj::Time{-99999999999, 0},     // before 0000
                                 pj::Time{1700000000, 100 * 60}, pj::Time{1700000000, -100 * 60},  // offsets of 100 h
                                 pj::Time{1700000000, 99 * 60 + 59}, pj::Time{1700000000, -(99 * 60 + 59)}};
  std::mt19937_64 rng(11);
  for (int i = 0; i < 20000; ++i) {
    // Runs of times on the same day and on the next, as a journal has them,
    // with the offset changing inside a day (the date is kept per day).
    const int64_t base = static_cast<int64_t>(rng() % 4000000000ull) - 1000000000;
    const int offset = static_cast<int>(rng() % 1681) - 840;
    times.push_back(pj::Time{base, offset});
    times.push_back(pj::Time{base + 60, offset});
    times.push_back(pj::Time{base + 120, -offset});
    times.push_back(pj::Time{base + 86400, offset});
    if (i % 100 == 0) times.push_back(pj::Time{base, 6000 + offset % 100});
    if (i % 100 == 1) times.push_back(pj::Time{base * 100, offset});
  }
  for (const pj::Time& t : times) {
    INFO(t.utc, " ", t.offset_min);
    REQUIRE(DateTime(t) == pj::FormatDateTime(t));
  }
}

namespace {

// The CSV row writer as it was before format_chars.h (one std::string
// append per piece), the reference the new writer must match byte for byte.
bool RefNeedsGuard(std::string_view s) {
  size_t i = s.find_first_not_of('\'');
  return i != std::string_view::npos &&
         (s[i] == '=' || s[i] == '+' || s[i] == '-' || s[i] == '@' || s[i] == '\t' || s[i] == '\r');
}

std::string RefCell(std::string_view text, bool raw) {
  const bool guard = !raw && !text.empty() && RefNeedsGuard(text);
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return (guard ? "'" : "") + std::string(text);
  std::string out = guard ? "\"'" : "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string RefCsvRow(const pj::Entry& e, const std::vector<std::string>& factor_names, bool raw) {
  std::string out;
  auto text = [&](std::string_view s) { out += RefCell(s, raw) + ","; };
  int slot = 0;
  for (const pj::Field& f : pj::kFields) {
    switch (f.kind) {
      case pj::FieldKind::kId: text(e.id); break;
      case pj::FieldKind::kTime: {
        const std::string at = pj::FormatDateTime(e.at);
        const size_t t = at.find('T');
        out += at + "," + at.substr(0, t) + "," + at.substr(t + 1, 5) + ",";
        break;
      }
      case pj::FieldKind::kSite: text(e.site.value_or("")); break;
      case pj::FieldKind::kInteger:
      case pj::FieldKind::kNumber:
        if (e.Has(slot)) out += pj::FormatNumber(e.Get(slot));
        out += ',';
        ++slot;
        break;
      case pj::FieldKind::kWord: text(pj::ScalarText(e, slot++)); break;
      case pj::FieldKind::kActions: text(pj::Join(e.did, ";")); break;
      case pj::FieldKind::kText: text(e.note.value_or("")); break;
      case pj::FieldKind::kTags: text(pj::Join(e.tags, ";")); break;
      case pj::FieldKind::kFactors:
        for (const auto& name : factor_names) {
          for (const auto& [n, v] : e.factors)
            if (n == name) out += pj::FormatNumber(v);
          out += ',';
        }
        break;
    }
  }
  out.back() = '\n';
  return out;
}

// Entries with every kind of awkward value: texts that need quotes, a
// guard or JSON escapes, lists of one and many, numbers of every path.
std::vector<pj::Entry> AwkwardEntries() {
  std::mt19937 rng(2026);
  const std::vector<std::string> texts = {"",         "neck",      "upper-back", "a,b",         "say \"hi\"",
                                          "=SUM(A1)", "+1",        "-2",         "@x",          "'=x",
                                          "''",       "'",         "\tx",        "\rx",         "l1\nl2",
                                          "x;y",      "Kopfweh ä", "bad \xFF",   "back\\slash", "01JD3QY8Z6K3T9W2M4N5P6R7S8"};
  const std::vector<double> numbers = {0, 1, 5, 6.5, 10, 9.5, 12, 24, 0.25, 7.125, 1e-300, 123456789.125, -3, -0.5,
                                       DBL_MIN, 1e20};
  auto text = [&] { return texts[rng() % texts.size()]; };
  auto list = [&] {
    std::vector<std::string> items;
    for (size_t n = rng() % 4; n > 0; --n) items.push_back(text());
    return items;
  };
  std::vector<pj::Entry> out;
  for (int i = 0; i < 3000; ++i) {
    pj::Entry e;
    e.id = i % 7 == 0 ? text() : "01JD3QY8Z6K3T9W2M4N5P6R7S" + std::to_string(i % 10);
    e.at = pj::Time{1700000000 + int64_t{i} * 3600 * 7, static_cast<int>(rng() % 1441) - 720};
    if (rng() % 4) e.site = text();
    if (rng() % 3 == 0) e.note = text();
    e.did = list();
    e.tags = list();
    for (int slot = 0; slot < pj::kScalarCount; ++slot) {
      if (rng() % 3 == 0) continue;
      const pj::Field& f = pj::ScalarField(slot);
      double v = numbers[rng() % numbers.size()];
      if (f.kind == pj::FieldKind::kInteger) v = std::trunc(v) == v && std::fabs(v) < 1e15 ? v : 4;
      if (f.kind == pj::FieldKind::kWord && rng() % 2) v = rng() % pj::WordCount(f);
      e.Set(slot, v);
    }
    for (const char* name : {"a", "m", "sleep_hours", "zz"})
      if (rng() % 2) e.factors.emplace_back(name, numbers[rng() % numbers.size()]);
    out.push_back(e);
  }
  return out;
}

}  // namespace

TEST_CASE("format_chars: CSV rows as the string-append writer wrote them") {
  const std::vector<std::string> names = {"a", "m", "sleep_hours", "water", "zz"};
  pj::TextBuf buf;
  std::string all, ref;
  for (const pj::Entry& e : AwkwardEntries())
    for (bool raw : {false, true}) {
      const std::string want = RefCsvRow(e, names, raw);
      REQUIRE(pj::CsvRow(e, names, raw) == want);
      pj::AppendCsvRow(e, names, raw, &buf);
      ref += want;
    }
  CHECK(buf.view() == ref);  // rows appended one after the other, the buffer growing
}

TEST_CASE("format_chars: JSON entry lines as the built object dumps them") {
  pj::TextBuf buf;
  std::string ref;
  for (const pj::Entry& e : AwkwardEntries()) {
    const std::string want = NlohmannDump(pj::EntryToJson(e));
    REQUIRE(pj::EntryJsonLine(e) == want);
    pj::AppendEntryJson(e, &buf);
    ref += want;
  }
  CHECK(buf.view() == ref);
}

TEST_CASE("format_chars: analysis JSON episodes are what dump(2) prints, across buffer flushes") {
  // Thousands of episodes (the buffer goes out every 64 KB), awkward sites,
  // both ongoing values, offsets east and west.
  pj::Analysis a;
  const std::vector<std::string> sites = {"neck", "say \"hi\"", "back\\slash", "new\nline", "Kopfweh ä",
                                          "bad \xFF", "\x1b[2J"};
  for (int i = 0; i < 6000; ++i) {
    pj::Episode e;
    e.site = sites[static_cast<size_t>(i) % sites.size()];
    e.onset = pj::Time{1700000000 + int64_t{i} * 40000, (i % 29 - 14) * 60};
    e.end = pj::Time{e.onset.utc + i * 7, (i % 31 - 15) * 30};
    e.ongoing = i % 5 == 0;
    e.entries = i;
    e.max_intensity = i % 11;
    a.episodes.push_back(e);
  }
  const std::string json = pj::AnalysisJson(a);
  const pj::Json doc = pj::Json::parse(json);
  CHECK(json == doc.dump(2, ' ', false, pj::Json::error_handler_t::replace) + "\n");
  REQUIRE(doc["episodes"].size() == a.episodes.size());
  for (size_t i = 0; i < a.episodes.size(); ++i) {
    const pj::Episode& e = a.episodes[i];
    const pj::Json& j = doc["episodes"][i];
    REQUIRE(NlohmannDump(j["site"]) == NlohmannDump(pj::Json(e.site)));
    REQUIRE(j["onset"] == pj::FormatDateTime(e.onset));
    REQUIRE(j["end"] == pj::FormatDateTime(e.end));
    REQUIRE(j["ongoing"] == e.ongoing);
    REQUIRE(j["entries"] == e.entries);
    REQUIRE(j["max_intensity"] == e.max_intensity);
  }
}
