// SPDX-License-Identifier: MIT
// TokenTrie's built arrays to bytes and back, for the matcher's cache (trie_cache.h).
//
// Layout, in the host's byte order (the cache is the host's own; another byte order fails the
// magic): magic, format version, the sizes of cells_, specials_, special_index_ and outputs_
// (six uint32), then those arrays (a cell as base, check; a special as out_begin, out_count,
// star), then util::Fingerprint (seed 0) of everything before it.
//
// Deserialize trusts nothing: beyond the checksum it checks every index a walk can follow, and
// that the trie holds exactly the patterns it is given, so that even a file forged with a
// matching checksum cannot make a walk read outside the arrays, recurse without bound, or find
// anything but what a trie built from those patterns finds.
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <optional>
#include <type_traits>

#include "match/token_trie.h"
#include "util/fingerprint.h"

namespace sw::match {
namespace {

constexpr uint32_t kMagic = 0x54545753u;  // "SWTT" in little-endian order
constexpr size_t kHeaderWords = 6;
// A walk recurses once per inner star it passes (OnSpecial -> WalkFrom); real patterns have one
// or two. A state deeper than this, or with more stars above it, is taken for corruption.
constexpr uint32_t kMaxStarDepth = 64;
constexpr uint32_t kMaxDepth = 1u << 16;

void Put(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }

// PERF: the arrays of plain words go out and come back in one copy each (the file is most of a
// megabyte, read at every start).
template <class T>
void PutArray(std::string& out, const std::vector<T>& v) {
  static_assert(std::is_trivially_copyable_v<T>);
  if (!v.empty()) out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

struct Reader {
  const char* p;
  uint32_t Next() {
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    p += sizeof v;
    return v;
  }
  template <class T>
  void Array(std::vector<T>& v, size_t n) {
    static_assert(std::is_trivially_copyable_v<T>);
    v.resize(n);
    if (n) std::memcpy(v.data(), p, n * sizeof(T));
    p += n * sizeof(T);
  }
};

}  // namespace

std::string TokenTrie::Serialize() const {
  std::string out;
  out.reserve(4 * kHeaderWords + 8 * cells_.size() + 12 * specials_.size() + 4 * special_index_.size() +
              4 * outputs_.size() + 8);
  for (uint32_t v :
       {kMagic, kFormatVersion, static_cast<uint32_t>(cells_.size()), static_cast<uint32_t>(specials_.size()),
        static_cast<uint32_t>(special_index_.size()), static_cast<uint32_t>(outputs_.size())}) {
    Put(out, v);
  }
  static_assert(sizeof(Cell) == 8 && offsetof(Cell, check) == 4, "a cell is base, check");
  PutArray(out, cells_);
  for (const SpecialInfo& s : specials_) {
    Put(out, s.out_begin);
    Put(out, s.out_count);
    Put(out, s.star ? 1u : 0u);
  }
  PutArray(out, special_index_);
  PutArray(out, outputs_);
  const uint64_t sum = util::Fingerprint(out);
  out.append(reinterpret_cast<const char*>(&sum), sizeof sum);
  return out;
}

std::optional<TokenTrie> TokenTrie::Deserialize(std::string_view bytes, std::span<const Added> patterns) {
  if (bytes.size() < 4 * kHeaderWords + 8) return std::nullopt;
  Reader r{bytes.data()};
  if (r.Next() != kMagic || r.Next() != kFormatVersion) return std::nullopt;
  const uint64_t n_cells = r.Next(), n_specials = r.Next(), n_index = r.Next(), n_outputs = r.Next();
  if (4 * kHeaderWords + 8 * n_cells + 12 * n_specials + 4 * n_index + 4 * n_outputs + 8 != bytes.size()) {
    return std::nullopt;
  }
  uint64_t sum;
  std::memcpy(&sum, bytes.data() + bytes.size() - 8, sizeof sum);
  if (util::Fingerprint(bytes.substr(0, bytes.size() - 8)) != sum) return std::nullopt;

  TokenTrie t;
  if (n_cells == 0) {
    if (n_specials || n_index || n_outputs || !patterns.empty()) return std::nullopt;
    return t;
  }
  // Build leaves 257 cells past every base, and states (with kSpecial) must stay below 2^31.
  if (n_cells < 257 || n_cells >= kSpecial - 1) return std::nullopt;
  r.Array(t.cells_, n_cells);
  t.specials_.resize(n_specials);
  for (SpecialInfo& s : t.specials_) {
    s.out_begin = r.Next();
    s.out_count = r.Next();
    const uint32_t star = r.Next();
    if (star > 1 || s.out_begin > n_outputs || s.out_count > n_outputs - s.out_begin) return std::nullopt;
    s.star = star == 1;
  }
  r.Array(t.special_index_, n_index);
  r.Array(t.outputs_, n_outputs);

  // By pattern id: kNotOurs, kOwed until the state that ends it is found, then that state.
  constexpr uint32_t kNotOurs = ~0u, kOwed = ~0u - 1;
  uint32_t ids = 0;
  for (const Added& a : patterns) {
    if (a.pattern >= kOnePattern) return std::nullopt;
    ids = std::max(ids, a.pattern + 1);
  }
  std::vector<uint32_t> ends(ids, kNotOurs);
  for (const Added& a : patterns) {
    if (ends[a.pattern] != kNotOurs) return std::nullopt;  // ids must be distinct
    ends[a.pattern] = kOwed;
  }
  auto ends_here = [&](uint32_t pattern, size_t state) {
    if (pattern >= ids || ends[pattern] != kOwed) return false;
    ends[pattern] = static_cast<uint32_t>(state);
    return true;
  };

  // Every base keeps base + any byte inside the array (walks do no bounds checks); the root is
  // marked as Build leaves it, so that no walk steps into it.
  const auto max_base = static_cast<uint32_t>(n_cells - 257);  // a negative base is above it too
  if (t.cells_[0].check != kFree - 1 || static_cast<uint32_t>(t.cells_[0].base) > max_base) return std::nullopt;
  std::vector<uint32_t> star_states;
  for (size_t i = 1; i < n_cells; ++i) {
    const Cell& c = t.cells_[i];
    if (static_cast<uint32_t>(c.base) > max_base) return std::nullopt;
    if (c.check == kFree) continue;
    if ((c.check & ~kSpecial) >= n_cells) return std::nullopt;
    const uint32_t star_check = t.cells_[static_cast<size_t>(c.base) + kStar].check;
    const bool star_child = star_check != kFree && (star_check & ~kSpecial) == i;
    // A state is special exactly when it ends patterns or has a star (and then the star is
    // where the walk goes on after the skipped run); each pattern ends at one state only.
    if (!(c.check & kSpecial)) {
      if (star_child) return std::nullopt;
      continue;
    }
    if (i >= n_index) return std::nullopt;
    const uint32_t index = t.special_index_[i];
    if (index & kOnePattern) {
      if (star_child || !ends_here(index & ~kOnePattern, i)) return std::nullopt;
      continue;
    }
    if (index >= n_specials) return std::nullopt;
    const SpecialInfo& sp = t.specials_[index];
    if (sp.star != star_child) return std::nullopt;
    if (sp.star) star_states.push_back(static_cast<uint32_t>(i));
    for (uint32_t k = 0; k < sp.out_count; ++k) {
      if (!ends_here(t.outputs_[sp.out_begin + k], i)) return std::nullopt;
    }
  }
  // Each pattern ends at the state its bytes spell from the root (read back along the parents),
  // so the walks find exactly the given patterns, as a trie built from them would.
  for (const Added& a : patterns) {
    uint32_t state = ends[a.pattern];
    if (state == kOwed) return std::nullopt;
    for (size_t k = a.bytes.size(); k-- > 0;) {
      if (state == 0 || t.cells_[state].check == kFree) return std::nullopt;
      const uint32_t parent = t.cells_[state].check & ~kSpecial;
      if (static_cast<int64_t>(state) - t.cells_[parent].base != static_cast<unsigned char>(a.bytes[k])) {
        return std::nullopt;
      }
      state = parent;
    }
    if (state != 0) return std::nullopt;
  }
  // A walk reaches a star state along its chain of parents from the root, so bounding the stars
  // on that chain bounds the recursion; a chain that never reaches the root is corruption.
  for (uint32_t s : star_states) {
    uint32_t stars = 0, depth = 0;
    for (uint32_t state = s; state != 0;) {
      if (t.cells_[state].check == kFree) return std::nullopt;
      const uint32_t parent = t.cells_[state].check & ~kSpecial;
      if (static_cast<int64_t>(state) - t.cells_[parent].base == kStar) ++stars;
      if (stars > kMaxStarDepth || ++depth > kMaxDepth) return std::nullopt;
      state = parent;
    }
  }
  return t;
}

}  // namespace sw::match
