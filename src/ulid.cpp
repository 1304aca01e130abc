#include "painjournal/ulid.h"

#include <sys/random.h>

#include <array>
#include <random>

namespace pj {

namespace {

const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

}  // namespace

void RandomBytes(uint8_t* buf, size_t n) {
  size_t got = 0;
  while (got < n) {
    ssize_t r = getrandom(buf + got, n - got, 0);
    if (r <= 0) break;
    got += static_cast<size_t>(r);
  }
  if (got < n) {  // no getrandom: fall back to the C++ library's source
    std::random_device rd;
    for (size_t i = got; i < n; ++i) buf[i] = static_cast<uint8_t>(rd());
  }
}

std::string NewUlid(int64_t unix_ms) {
  static int64_t last_ms = -1;
  static std::array<uint8_t, 10> last_rand;
  std::array<uint8_t, 10> rand;
  if (unix_ms == last_ms) {
    rand = last_rand;
    for (int i = 9; i >= 0; --i)
      if (++rand[i] != 0) break;
  } else {
    RandomBytes(rand.data(), rand.size());
  }
  last_ms = unix_ms;
  last_rand = rand;

  // 48 bits of time and 80 bits of randomness, 5 bits a character.
  uint8_t bytes[16];
  uint64_t t = static_cast<uint64_t>(unix_ms);
  for (int i = 5; i >= 0; --i) {
    bytes[i] = static_cast<uint8_t>(t & 0xFF);
    t >>= 8;
  }
  for (int i = 0; i < 10; ++i) bytes[6 + i] = rand[i];
  std::string out(26, '0');
  // 128 bits, read as 130 with two leading zero bits.
  for (int c = 0; c < 26; ++c) {
    int bit = c * 5 - 2;
    int v = 0;
    for (int b = 0; b < 5; ++b, ++bit) {
      v <<= 1;
      if (bit >= 0) v |= (bytes[bit / 8] >> (7 - bit % 8)) & 1;
    }
    out[c] = kAlphabet[v];
  }
  return out;
}

bool IsUlid(const std::string& s) {
  if (s.size() != 26 || s[0] > '7') return false;
  for (char c : s) {
    bool ok = false;
    for (const char* a = kAlphabet; *a; ++a) ok |= *a == c;
    if (!ok) return false;
  }
  return true;
}

}  // namespace pj
