#include "painjournal/table.h"

#include <algorithm>
#include <numeric>

#include "painjournal/util.h"

namespace pj {

namespace {

size_t Gap(const std::vector<TableColumn>& cols, size_t i) { return i == 0 ? 0 : cols[i - 1].right ? 1 : 2; }

// The first `n` code points of `s`.
std::string_view Prefix(std::string_view s, size_t n) {
  size_t i = 0, cols = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (cols == n) break;
      ++cols;
    }
  }
  return s.substr(0, i);
}

}  // namespace

TableLayout LayOutTable(const std::vector<TableColumn>& cols, size_t total) {
  TableLayout out;
  std::vector<size_t> natural(cols.size()), low(cols.size());
  size_t used = 0;
  for (size_t i = 0; i < cols.size(); ++i) {
    const TableColumn& c = cols[i];
    size_t w = std::max(DisplayWidth(c.header), c.width);
    for (const std::string& cell : c.cells) w = std::max(w, DisplayWidth(cell));
    natural[i] = w;
    low[i] = c.flexible ? std::min(w, std::max<size_t>(c.min_width, 1)) : w;
    used += Gap(cols, i) + low[i];
  }
  out.widths = low;
  if (used > total) {
    out.fits = false;
    return out;
  }
  // What is left makes whole the columns that need least first, so short
  // texts (did, tags) stay on one line and the longest (a note) wraps.
  size_t left = total - used;
  std::vector<size_t> order(cols.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return natural[a] - low[a] < natural[b] - low[b]; });
  for (size_t i : order) {
    const size_t more = std::min(left, natural[i] - low[i]);
    out.widths[i] += more;
    left -= more;
  }
  return out;
}

std::vector<std::string> WrapLines(std::string_view text, size_t width) {
  std::vector<std::string> lines;
  if (width == 0) width = 1;
  std::string line;
  size_t col = 0;
  for (std::string word : SplitWords(text)) {
    size_t w = DisplayWidth(word);
    if (col > 0 && col + 1 + w > width) {
      lines.push_back(line);
      line.clear();
      col = 0;
    }
    if (col > 0) {
      line += ' ';
      ++col;
    }
    while (col + w > width) {  // a word longer than the line: break it
      std::string_view head = Prefix(word, width - col);
      line += head;
      lines.push_back(line);
      line.clear();
      col = 0;
      word = word.substr(head.size());
      w = DisplayWidth(word);
    }
    line += word;
    col += w;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

std::vector<std::string> RenderTable(const std::vector<TableColumn>& cols, const TableLayout& layout,
                                     const std::string& header_on, const std::string& header_off) {
  std::vector<std::string> out;
  const size_t rows = cols.empty() ? 0 : cols[0].cells.size();
  // Row -1 is the header.
  for (long r = -1; r < static_cast<long>(rows); ++r) {
    std::vector<std::vector<std::string>> parts(cols.size());
    size_t height = 1;
    for (size_t i = 0; i < cols.size(); ++i) {
      const TableColumn& c = cols[i];
      const std::string& text = r < 0 ? c.header : c.cells[static_cast<size_t>(r)];
      const size_t w = layout.widths[i];
      if (DisplayWidth(text) <= w) parts[i] = {text};
      else if (c.wrap || r < 0) parts[i] = WrapLines(text, w);
      else parts[i] = {FitWidth(text, w)};
      height = std::max(height, parts[i].size());
    }
    for (size_t k = 0; k < height; ++k) {
      std::string line;
      for (size_t i = 0; i < cols.size(); ++i) {
        const std::string piece = k < parts[i].size() ? parts[i][k] : "";
        line += std::string(Gap(cols, i), ' ');
        line += cols[i].right ? AlignRight(piece, layout.widths[i])
                              : piece + std::string(layout.widths[i] - std::min(layout.widths[i], DisplayWidth(piece)), ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out.push_back(r < 0 ? header_on + line + header_off : line);
    }
  }
  return out;
}

std::vector<size_t> UniquePrefixLengths(const std::vector<std::string>& ids, size_t min_len) {
  std::vector<size_t> order(ids.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ids[a] < ids[b]; });
  auto common = [&](size_t a, size_t b) {
    const std::string &x = ids[a], &y = ids[b];
    size_t n = 0;
    while (n < x.size() && n < y.size() && x[n] == y[n]) ++n;
    return n;
  };
  // In sorted order, an id shares the longest prefix with a neighbour.
  std::vector<size_t> out(ids.size());
  for (size_t k = 0; k < order.size(); ++k) {
    size_t shared = 0;
    if (k > 0) shared = std::max(shared, common(order[k - 1], order[k]));
    if (k + 1 < order.size()) shared = std::max(shared, common(order[k], order[k + 1]));
    out[order[k]] = std::min(ids[order[k]].size(), std::max(min_len, shared + 1));
  }
  return out;
}

}  // namespace pj
