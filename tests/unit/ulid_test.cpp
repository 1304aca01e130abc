// Unit tests for painjournal/ulid.h: format, time prefix, monotonic ids
// within one millisecond.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "painjournal/ulid.h"

using namespace pj;

namespace {

const std::string kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// Value of a run of Crockford base-32 characters (up to 12, 60 bits);
// all ones for a character outside the alphabet.
uint64_t Decode(const std::string& s) {
  uint64_t v = 0;
  for (char c : s) {
    size_t d = kCrockford.find(c);
    if (d == std::string::npos) return ~uint64_t{0};
    v = v * 32 + d;
  }
  return v;
}

// The 80 random bits as (high 40 bits, low 40 bits): characters 10..17 and 18..25.
std::pair<uint64_t, uint64_t> RandomPart(const std::string& id) {
  return {Decode(id.substr(10, 8)), Decode(id.substr(18, 8))};
}

}  // namespace

TEST_CASE("A ULID is 26 characters of the Crockford alphabet") {
  for (int64_t ms : {int64_t{0}, int64_t{1}, int64_t{1469918176385}, int64_t{1795252440000}, (int64_t{1} << 48) - 1}) {
    std::string id = NewUlid(ms);
    INFO(id);
    CHECK(id.size() == 26);
    CHECK(id.find_first_not_of(kCrockford) == std::string::npos);
    CHECK(id.find_first_of("ILOUilou") == std::string::npos);
    CHECK(id[0] <= '7');  // 128 bits in 130: the first character holds 3 bits
    CHECK(IsUlid(id));
  }
}

TEST_CASE("The first 10 characters encode the millisecond") {
  // The ULID spec's example: 1469918176385 ms is 01ARYZ6S41. By hand, in
  // base 32 (most significant first): 1469918176385 = 0*32^9 + 1*32^8 + 10*32^7
  // + 24*32^6 + 30*32^5 + 31*32^4 + 6*32^3 + 25*32^2 + 4*32 + 1, digits
  // 0 1 A(10) R(24) Y(30) Z(31) 6 S(25) 4 1.
  CHECK(1ULL * 32 * 32 * 32 * 32 * 32 * 32 * 32 * 32 + 10ULL * 34359738368 + 24ULL * 1073741824 +
            30ULL * 33554432 + 31ULL * 1048576 + 6ULL * 32768 + 25ULL * 1024 + 4ULL * 32 + 1 ==
        1469918176385ULL);
  CHECK(NewUlid(1469918176385).substr(0, 10) == "01ARYZ6S41");
  CHECK(NewUlid(0).substr(0, 10) == "0000000000");
  CHECK(NewUlid(1).substr(0, 10) == "0000000001");
  CHECK(NewUlid(31).substr(0, 10) == "000000000Z");
  CHECK(NewUlid(32).substr(0, 10) == "0000000010");
  CHECK(NewUlid((int64_t{1} << 48) - 1).substr(0, 10) == "7ZZZZZZZZZ");  // 3 + 9*5 = 48 bits, all set
  // 2026-11-21T09:14:00Z = 1795252440 s.
  CHECK(Decode(NewUlid(1795252440000).substr(0, 10)) == 1795252440000ULL);
}

TEST_CASE("A ULID made now carries the current millisecond") {
  using namespace std::chrono;
  const int64_t ms = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
  CHECK(Decode(NewUlid(ms).substr(0, 10)) == static_cast<uint64_t>(ms));
}

TEST_CASE("Ids of one millisecond are distinct and sort in the order they were made") {
  const int64_t ms = 1795252440123;
  std::vector<std::string> ids;
  ids.reserve(10000);
  for (int i = 0; i < 10000; ++i) ids.push_back(NewUlid(ms));
  std::set<std::string> unique(ids.begin(), ids.end());
  CHECK(unique.size() == ids.size());
  int out_of_order = 0, wrong_step = 0, wrong_prefix = 0;
  for (size_t i = 1; i < ids.size(); ++i) {
    if (!(ids[i - 1] < ids[i])) ++out_of_order;
    if (ids[i].substr(0, 10) != ids[0].substr(0, 10)) ++wrong_prefix;
    // The random part counts up by one (with a carry from the low 40 bits).
    auto a = RandomPart(ids[i - 1]);
    auto b = RandomPart(ids[i]);
    bool step = (b.second == a.second + 1 && b.first == a.first) ||
                (a.second == (uint64_t{1} << 40) - 1 && b.second == 0 && b.first == a.first + 1);
    if (!step) ++wrong_step;
  }
  CHECK(out_of_order == 0);
  CHECK(wrong_prefix == 0);
  CHECK(wrong_step == 0);
}

TEST_CASE("Ids of different milliseconds sort by time and draw fresh randomness") {
  std::string a = NewUlid(1795252440000);
  std::string b = NewUlid(1795252440001);
  std::string c = NewUlid(1795252440002);
  CHECK(a < b);
  CHECK(b < c);
  // Fresh random bits: 80 bits that match by chance once in 2^80, or that
  // merely count up by one, would mean the randomness was not redrawn.
  auto ra = RandomPart(a), rb = RandomPart(b), rc = RandomPart(c);
  CHECK_FALSE((ra == rb && rb == rc));
  CHECK_FALSE((rb.first == ra.first && rb.second == ra.second + 1));
  // An earlier millisecond sorts first even when made later.
  CHECK(NewUlid(1795252439999) < a);
}

TEST_CASE("IsUlid") {
  CHECK(IsUlid("01ARYZ6S41TSV4RRFFQ69G5FAV"));
  CHECK(IsUlid("00000000000000000000000000"));
  CHECK(IsUlid("7ZZZZZZZZZZZZZZZZZZZZZZZZZ"));
  CHECK_FALSE(IsUlid("81ARYZ6S41TSV4RRFFQ69G5FAV"));   // more than 128 bits
  CHECK_FALSE(IsUlid("01ARYZ6S41TSV4RRFFQ69G5FA"));    // 25 characters
  CHECK_FALSE(IsUlid("01ARYZ6S41TSV4RRFFQ69G5FAVX"));  // 27
  CHECK_FALSE(IsUlid(""));
  for (char bad : {'I', 'L', 'O', 'U', '-', ' ', '*'}) {
    std::string s = "01ARYZ6S41TSV4RRFFQ69G5FAV";
    s[12] = bad;
    INFO(s);
    CHECK_FALSE(IsUlid(s));
  }
}
