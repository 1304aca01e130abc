#include "painjournal/page_arena.h"

#include <sys/mman.h>

#include <cstdint>

namespace pj {

namespace {

std::size_t RoundUp(std::size_t n, std::size_t to) { return (n + to - 1) / to * to; }

// `size` bytes (a multiple of kBlock) at a kBlock-aligned address: mapped
// with kBlock to spare, and the spare unmapped on either side.
void* MapAligned(std::size_t size) {
  const std::size_t span = size + PageArena::kBlock;
  void* p = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
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
  for (const auto& [p, size] : blocks_) munmap(p, size);
}

void* PageArena::Allocate(std::size_t bytes, std::size_t align) {
  if (align > kBlock || (align & (align - 1)) != 0) throw std::bad_alloc();
  auto at = reinterpret_cast<std::uintptr_t>(next_);
  at = RoundUp(at, align);
  if (!next_ || bytes > static_cast<std::size_t>(end_ - reinterpret_cast<char*>(at))) {
    if (bytes > static_cast<std::size_t>(-1) - kBlock) throw std::bad_alloc();
    const std::size_t size = RoundUp(bytes == 0 ? 1 : bytes, kBlock);
    blocks_.reserve(blocks_.size() + 1);
    void* p = MapAligned(size);
    blocks_.emplace_back(p, size);
    mapped_ += size;
    next_ = static_cast<char*>(p);
    end_ = next_ + size;
    at = reinterpret_cast<std::uintptr_t>(next_);
  }
  next_ = reinterpret_cast<char*>(at) + bytes;
  return reinterpret_cast<void*>(at);
}

}  // namespace pj
