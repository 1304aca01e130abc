// PageArena: aligned, non-overlapping allocations in 2 MiB-aligned blocks,
// and a deque over it that keeps what it holds.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "painjournal/page_arena.h"

using namespace pj;

namespace {

std::uintptr_t Addr(const void* p) { return reinterpret_cast<std::uintptr_t>(p); }

}  // namespace

TEST_CASE("PageArena: allocations are aligned, disjoint and writable") {
  PageArena arena;
  CHECK(arena.mapped() == 0);
  std::vector<std::pair<char*, size_t>> got;
  // Sizes and alignments that do not fit evenly, so that blocks run out
  // part-way and a fresh one is taken.
  for (size_t i = 0; i < 3000; ++i) {
    const size_t bytes = 1 + (i * 7919) % 5000;
    const size_t align = size_t{1} << (i % 7);  // 1 to 64
    char* p = static_cast<char*>(arena.Allocate(bytes, align));
    REQUIRE(p != nullptr);
    CHECK(Addr(p) % align == 0);
    std::memset(p, static_cast<int>(i & 0xFF), bytes);
    got.emplace_back(p, bytes);
  }
  // Each allocation still holds its own byte: none overlaps another.
  for (size_t i = 0; i < got.size(); ++i) {
    const auto [p, bytes] = got[i];
    CHECK(std::all_of(p, p + bytes, [i](char c) { return c == static_cast<char>(i & 0xFF); }));
  }
  std::sort(got.begin(), got.end(), [](const auto& x, const auto& y) { return Addr(x.first) < Addr(y.first); });
  for (size_t i = 1; i < got.size(); ++i) CHECK(Addr(got[i - 1].first) + got[i - 1].second <= Addr(got[i].first));
  CHECK((arena.mapped() - PageArena::kFirstBlock) % PageArena::kBlock == 0);
  CHECK(arena.mapped() >= 3 * PageArena::kBlock);  // ~7.5 MB asked for
  CHECK(arena.mapped() <= 6 * PageArena::kBlock);
}

TEST_CASE("PageArena: a small first block, then 2 MiB-aligned blocks; a large request gets its own") {
  PageArena arena;
  char* first = static_cast<char*>(arena.Allocate(16, 16));
  CHECK(Addr(first) % 4096 == 0);
  CHECK(arena.mapped() == PageArena::kFirstBlock);  // no huge page for a small use
  char* second = static_cast<char*>(arena.Allocate(PageArena::kFirstBlock, 8));  // does not fit in what is left
  CHECK(Addr(second) % PageArena::kBlock == 0);
  CHECK(arena.mapped() == PageArena::kFirstBlock + PageArena::kBlock);
  const size_t big = 3 * PageArena::kBlock + 5;
  char* large = static_cast<char*>(arena.Allocate(big, 8));
  CHECK(Addr(large) % PageArena::kBlock == 0);
  large[0] = 1;
  large[big - 1] = 2;
  CHECK(arena.mapped() == PageArena::kFirstBlock + 5 * PageArena::kBlock);
  CHECK(arena.Allocate(0, 1) != nullptr);
  CHECK_THROWS_AS(arena.Allocate(8, 3), std::bad_alloc);  // not a power of two
  CHECK_THROWS_AS(arena.Allocate(8, 0), std::bad_alloc);
  CHECK_THROWS_AS(arena.Allocate(static_cast<size_t>(-1), 8), std::bad_alloc);
  CHECK_THROWS_AS(arena.Allocate(8, PageArena::kBlock * 2), std::bad_alloc);
  ArenaAllocator<double> alloc(std::make_shared<PageArena>());
  CHECK_THROWS_AS(alloc.allocate(static_cast<size_t>(-1) / 4), std::bad_alloc);
}

TEST_CASE("ArenaAllocator: small requests from the arena, large ones from the heap and freed") {
  auto arena = std::make_shared<PageArena>();
  ArenaAllocator<std::int64_t> alloc(arena);
  std::int64_t* node = alloc.allocate(64);  // 512 bytes, a deque node
  CHECK(arena->mapped() == PageArena::kFirstBlock);
  node[63] = 1;
  alloc.deallocate(node, 64);  // stays in the arena until it goes
  // A large request (a deque's map) does not take arena memory; it is given
  // back (AddressSanitizer's leak check would fail the test otherwise).
  std::int64_t* map = alloc.allocate(100000);
  CHECK(arena->mapped() == PageArena::kFirstBlock);
  map[99999] = 2;
  alloc.deallocate(map, 100000);
}

TEST_CASE("PageArena: an alignment that would pass the end of the block takes a new block") {
  PageArena arena;
  char* a = static_cast<char*>(arena.Allocate(PageArena::kFirstBlock - 8, 8));  // the small block, but 8 bytes
  REQUIRE(arena.mapped() == PageArena::kFirstBlock);
  // The next 2 MiB boundary lies past the small block's end (almost
  // always: the block is only page-aligned), and 8 bytes would not fit
  // anyway: a new block, not a pointer past the end.
  char* b = static_cast<char*>(arena.Allocate(8, PageArena::kBlock));
  CHECK(Addr(b) % PageArena::kBlock == 0);
  CHECK(arena.mapped() == PageArena::kFirstBlock + PageArena::kBlock);
  CHECK((Addr(b) >= Addr(a) + PageArena::kFirstBlock || Addr(b) + 8 <= Addr(a)));
  b[0] = b[7] = 1;  // writable
}

TEST_CASE("ArenaAllocator: a deque over the arena keeps its values, also when moved") {
  struct Item {
    std::int64_t a;
    double b;
  };
  auto arena = std::make_shared<PageArena>();
  std::optional<std::deque<Item, ArenaAllocator<Item>>> d{ArenaAllocator<Item>(arena)};
  for (int i = 0; i < 200000; ++i) d->push_back(Item{i, i * 0.5});
  CHECK(arena->mapped() >= 200000 * sizeof(Item));
  std::deque<Item, ArenaAllocator<Item>> moved = std::move(*d);
  // libstdc++ gives the moved-from deque a new, empty map from its
  // allocator, which it moved from: that allocator must still hold the
  // arena, or destroying the deque later reads a map in a freed arena.
  CHECK((d->get_allocator().arena == arena));
  std::optional<std::deque<Item, ArenaAllocator<Item>>> other = std::move(*d);
  other.reset();  // an emptied deque moved again and destroyed: nothing to free
  // The moved-from deque goes first, then the last other owner of the
  // arena: the moved-to deque still holds it.
  d.reset();
  arena.reset();
  REQUIRE(moved.size() == 200000);
  bool same = true;
  for (size_t i = 0; i < moved.size(); ++i)
    same = same && moved[i].a == static_cast<std::int64_t>(i) && moved[i].b == static_cast<double>(i) * 0.5;
  CHECK(same);
  std::stable_sort(moved.begin(), moved.end(), [](const Item& x, const Item& y) { return x.a % 3 < y.a % 3; });
  CHECK(moved.front().a == 0);
  CHECK(moved[1].a == 3);
  CHECK(moved.back().a == 199997);  // the last a with a % 3 == 2
}
