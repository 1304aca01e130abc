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
// moments' deque) can live in one. Every copy shares the arena, and a moved
// allocator is copied: whatever holds one keeps the arena alive.
// Requests up to kArenaMax bytes (a deque's 512-byte nodes) come from the
// arena and are never given back; larger ones (the deque's map of nodes,
// replaced by a larger one as it grows) from operator new, and are freed:
// in the arena each old map would stay, and with it a 2 MiB page.
template <typename T>
struct ArenaAllocator {
  using value_type = T;
  static constexpr std::size_t kArenaMax = 4096;
  std::shared_ptr<PageArena> arena;

  explicit ArenaAllocator(std::shared_ptr<PageArena> a) noexcept : arena(std::move(a)) {}
  ArenaAllocator(const ArenaAllocator&) noexcept = default;
  // Moving copies: libstdc++'s deque moves the allocator out of a deque it
  // moves from, and then gives that deque a map from the arena; emptied,
  // the moved-from deque could outlive the arena its map is in.
  ArenaAllocator(ArenaAllocator&& o) noexcept : arena(o.arena) {}
  ArenaAllocator& operator=(const ArenaAllocator&) noexcept = default;
  ArenaAllocator& operator=(ArenaAllocator&& o) noexcept {
    arena = o.arena;
    return *this;
  }
  template <typename U>
  ArenaAllocator(const ArenaAllocator<U>& o) noexcept : arena(o.arena) {}
  T* allocate(std::size_t n) {
    if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_alloc();
    if (n * sizeof(T) > kArenaMax) return static_cast<T*>(::operator new(n * sizeof(T)));
    return static_cast<T*>(arena->Allocate(n * sizeof(T), alignof(T)));
  }
  void deallocate(T* p, std::size_t n) noexcept {
    if (n * sizeof(T) > kArenaMax) ::operator delete(p);
  }
  template <typename U>
  bool operator==(const ArenaAllocator<U>& o) const noexcept { return arena == o.arena; }
  template <typename U>
  bool operator!=(const ArenaAllocator<U>& o) const noexcept { return arena != o.arena; }
};

}  // namespace pj
