// Memory for the analysis's large, append-only arrays, taken from the
// kernel in 2 MiB-aligned blocks that it may back with huge pages.
//
// Why it exists: on the build machine (a virtual machine) the first write
// to a 4 KiB page costs 12-16 us, and `analyze` spends about a tenth of its
// time faulting in its per-entry moments one page at a time (~1,300 faults
// at 100k entries, ~14,000 at 1M). A block advised with MADV_HUGEPAGE is
// faulted in 2 MiB at a time where the kernel allows it (transparent huge
// pages set to `madvise` or `always`); elsewhere it behaves as ordinary
// memory. The first 256 KiB are ordinary pages, so that a small use (the
// few days `due --prompt` reads) does not take a 2 MiB page. Nothing is
// freed before the arena: it suits containers that only grow, such as the
// moments' deque.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace pj {

class PageArena {
 public:
  static constexpr std::size_t kBlock = std::size_t{2} << 20;  // a huge page
  static constexpr std::size_t kFirstBlock = std::size_t{256} << 10;  // ordinary pages

  PageArena() = default;
  PageArena(const PageArena&) = delete;
  PageArena& operator=(const PageArena&) = delete;
  ~PageArena();

  // `bytes` aligned to `align` (a power of two, at most kBlock). Throws
  // std::bad_alloc.
  void* Allocate(std::size_t bytes, std::size_t align);
  // Bytes taken from the kernel so far.
  std::size_t mapped() const { return mapped_; }

 private:
  std::vector<std::pair<void*, std::size_t>> blocks_;
  char* next_ = nullptr;
  char* end_ = nullptr;
  std::size_t mapped_ = 0;
};

// A standard allocator over a PageArena, so that a standard container (the
// moments' deque) can live in one. Every copy shares the arena: a container
// and whatever it hands its allocator to (libstdc++'s deque gives a
// moved-from deque a new map from the same allocator) keep it alive.
// deallocate does nothing; the arena frees everything at once.
template <typename T>
struct ArenaAllocator {
  using value_type = T;
  std::shared_ptr<PageArena> arena;

  explicit ArenaAllocator(std::shared_ptr<PageArena> a) noexcept : arena(std::move(a)) {}
  template <typename U>
  ArenaAllocator(const ArenaAllocator<U>& o) noexcept : arena(o.arena) {}
  T* allocate(std::size_t n) {
    if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_alloc();
    return static_cast<T*>(arena->Allocate(n * sizeof(T), alignof(T)));
  }
  void deallocate(T*, std::size_t) noexcept {}
  template <typename U>
  bool operator==(const ArenaAllocator<U>& o) const noexcept { return arena == o.arena; }
  template <typename U>
  bool operator!=(const ArenaAllocator<U>& o) const noexcept { return arena != o.arena; }
};

}  // namespace pj
