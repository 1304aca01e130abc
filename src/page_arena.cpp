#include "painjournal/page_arena.h"

#include <sys/mman.h>

#include <cstdint>

// Under AddressSanitizer a block is poisoned until handed out, so that a
// read or write past what was allocated is still caught (no-ops otherwise).
#include <sanitizer/asan_interface.h>

namespace pj {

namespace {

std::size_t RoundUp(std::size_t n, std::size_t to) { return (n + to - 1) / to * to; }

void* Map(std::size_t size) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  return p;
}

// `size` bytes (a multiple of kBlock) at a kBlock-aligned address, advised
// for huge pages: mapped with kBlock to spare, the spare unmapped on either
// side.
void* MapHuge(std::size_t size) {
  const std::size_t span = size + PageArena::kBlock;
  void* p = Map(span);
  const auto start = reinterpret_cast<std::uintptr_t>(p);
  const std::uintptr_t aligned = RoundUp(start, PageArena::kBlock);
  if (aligned > start) munmap(p, aligned - start);
  const std::uintptr_t tail = aligned + size, end = start + span;
  if (end > tail) munmap(reinterpret_cast<void*>(tail), end - tail);
#ifdef MADV_HUGEPAGE
  madvise(reinterpret_cast<void*>(aligned), size, MADV_HUGEPAGE);  // a hint: no huge pages is fine
#endif
  return reinterpret_cast<void*>(aligned);
}

}  // namespace

PageArena::~PageArena() {
  for (const auto& [p, size] : blocks_) {
    ASAN_UNPOISON_MEMORY_REGION(p, size);  // the addresses may be mapped again
    munmap(p, size);
  }
}

void* PageArena::Allocate(std::size_t bytes, std::size_t align) {
  if (align == 0 || align > kBlock || (align & (align - 1)) != 0) throw std::bad_alloc();
  std::uintptr_t at = RoundUp(reinterpret_cast<std::uintptr_t>(next_), align);
  const auto end = reinterpret_cast<std::uintptr_t>(end_);
  if (!next_ || at > end || bytes > end - at) {
    if (bytes > static_cast<std::size_t>(-1) - 2 * kBlock) throw std::bad_alloc();
    // The first block is small and of ordinary pages: a huge page is 2 MiB
    // of memory at its first touch, more than most small uses need.
    const bool small = blocks_.empty() && bytes <= kFirstBlock && align <= 4096;
    const std::size_t size = small ? kFirstBlock : RoundUp(bytes == 0 ? 1 : bytes, kBlock);
    blocks_.reserve(blocks_.size() + 1);  // so that emplace_back cannot throw and leak the block
    void* p = small ? Map(size) : MapHuge(size);
    ASAN_POISON_MEMORY_REGION(p, size);
    blocks_.emplace_back(p, size);
    mapped_ += size;
    next_ = static_cast<char*>(p);
    end_ = next_ + size;
    at = reinterpret_cast<std::uintptr_t>(next_);  // page- or kBlock-aligned: enough for `align`
  }
  next_ = reinterpret_cast<char*>(at) + bytes;
  ASAN_UNPOISON_MEMORY_REGION(reinterpret_cast<void*>(at), bytes);
  return reinterpret_cast<void*>(at);
}

}  // namespace pj
