// An output buffer that writers fill through a pointer: Room(n) makes room
// for n more bytes, the writer stores them, Commit(end) keeps what it wrote.
// Export's rows were some forty std::string appends each, every one a
// capacity check, and a std::string zeroes any room it makes (resize).
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>

namespace pj {

class TextBuf {
 public:
  char* Room(size_t n) {
    if (cap_ - size_ < n) Grow(n);
    return data_.get() + size_;
  }
  void Commit(char* end) { size_ = static_cast<size_t>(end - data_.get()); }
  void Append(std::string_view s) {
    char* p = Room(s.size());
    std::memcpy(p, s.data(), s.size());
    Commit(p + s.size());
  }
  const char* data() const { return data_.get(); }
  size_t size() const { return size_; }
  std::string_view view() const { return {data_.get(), size_}; }
  void clear() { size_ = 0; }

 private:
  void Grow(size_t n) {
    size_t cap = cap_ ? 2 * cap_ : 4096;
    while (cap - size_ < n) cap *= 2;
    std::unique_ptr<char[]> bigger(new char[cap]);
    if (size_) std::memcpy(bigger.get(), data_.get(), size_);
    data_ = std::move(bigger);
    cap_ = cap;
  }
  std::unique_ptr<char[]> data_;
  size_t size_ = 0, cap_ = 0;
};

}  // namespace pj
