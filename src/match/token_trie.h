// SPDX-License-Identifier: MIT
// The word-anchored half of the matcher: every dictionary pattern that begins with a word
// character, in one double-array trie over the bytes of its canonical text, walked from each
// word start of the scan text.
//
// Why: a dictionary match can only begin where a word begins, yet Hyperscan looks for its
// literals at every byte, and a few thousand short stems and phrases cost it about 27
// instructions a byte on news text. Walked from word starts only, the trie stops at the first
// byte that no pattern continues with, mostly within the word: one or two table loads a byte.
// Hyperscan keeps the patterns that can begin elsewhere (Chinese, a leading '#' or '(').
//
// A '*' inside a phrase ("саммит* встреч", the regex "саммит[^ ]* встреч") is an edge on byte
// kStar (0xFF, never in UTF-8): the walk skips the rest of the space-free run and goes on from
// the space. Such a star must therefore be followed by a space: the matcher's builder sends
// patterns with any other star to Hyperscan.
//
// Usage:
//   TokenTrie t;
//   t.Add("belt and road", 4);
//   t.Add("саммит\xFF встреч", 9);
//   t.Build();
//   t.Walk(scan, word_start, [](uint32_t pattern, uint32_t end) { ... });
//   auto again = TokenTrie::Deserialize(t.Serialize(), added);  // the (bytes, pattern) pairs Add saw
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sw::match {

class TokenTrie {
 public:
  static constexpr unsigned char kStar = 0xFF;

  /// Adds `bytes` (canonical text, kStar for an inner star) standing for `pattern`.
  void Add(std::string_view bytes, uint32_t pattern);
  /// Lays the trie out as a double array; Add is not allowed afterwards.
  void Build();
  bool empty() const { return cells_.empty(); }

  /// The built trie as bytes, for the matcher's cache (trie_cache.h): a header (magic, format
  /// version, sizes), the arrays, a checksum. Call after Build.
  std::string Serialize() const;
  /// A pattern as Add was given it.
  struct Added {
    std::string_view bytes;
    uint32_t pattern;
  };
  /// The trie Serialize wrote, or nothing when `bytes` are not a whole, intact trie of this
  /// format version holding exactly `patterns` (distinct ids), as Add and Build make it.
  static std::optional<TokenTrie> Deserialize(std::string_view bytes, std::span<const Added> patterns);
  /// Goes up with any change to the serialized format or to what Build lays out.
  static constexpr uint32_t kFormatVersion = 1;

  /// Calls emit(pattern, end) for every pattern whose text matches `s` from `start`, ending at
  /// byte `end` (exclusive). Word boundaries at the end are the caller's to check.
  template <class Emit>
  void Walk(std::string_view s, uint32_t start, Emit&& emit) const {
    WalkFrom(s, 0, start, emit);
  }

  /// Walk from each of `starts[0, count)`, calling emit(i, pattern, end) for starts[i]. Each
  /// start's hits come in the order Walk gives them; different starts' hits interleave.
  ///
  /// PERF: a walk is a chain of dependent loads (the array is larger than the L1 cache): walked
  /// one at a time, the trie took 40% of the time of areas + mentions for a quarter of the
  /// instructions. Here eight walks go side by side, a step of each in turn, and a lane whose
  /// walk ends takes the next start, so the processor has several loads in flight. On the
  /// 200 MB bench corpus: 2.45 s one at a time, 2.2 s in eight lanes (four: 2.25 s, sixteen:
  /// 2.45 s; lanes that idle until the longest walk of eight ends instead of refilling: 2.9 s).
  template <class Emit>
  void WalkMany(std::string_view s, const uint32_t* starts, size_t count, Emit&& emit) const {
    constexpr size_t kLanes = 8;
    constexpr size_t kIdle = ~size_t{0};
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto n = static_cast<uint32_t>(s.size());
    const Cell* cells = cells_.data();
    // A lane is (position << 32 | state) in one register; an idle lane sits at the end of the
    // text in the root, where its step fails at once.
    uint64_t lane[kLanes];
    size_t which[kLanes];
    size_t next = 0, live = 0;
    for (size_t k = 0; k < kLanes; ++k) {
      if (next < count) {
        lane[k] = uint64_t{starts[next]} << 32;
        which[k] = next++;
        ++live;
      } else {
        lane[k] = uint64_t{n} << 32;
        which[k] = kIdle;
      }
    }
    auto step = [&](size_t k) {
      const auto state = static_cast<uint32_t>(lane[k]);
      const auto pos = static_cast<uint32_t>(lane[k] >> 32);
      // Byte 0 never continues a pattern: at the end of the text the walk fails its step.
      const unsigned c = pos < n ? p[pos] : 0u;
      const auto t = static_cast<uint32_t>(cells[state].base + static_cast<int32_t>(c));
      const uint32_t check = cells[t].check;
      if (check == state) {
        lane[k] += (uint64_t{1} << 32) + t - state;
        return;
      }
      if (check == (state | kSpecial)) {
        const size_t i = which[k];
        auto lane_emit = [&emit, i](uint32_t pattern, uint32_t end) { emit(i, pattern, end); };
        OnSpecial(s, static_cast<int32_t>(t), pos, lane_emit);
        lane[k] += (uint64_t{1} << 32) + t - state;
        return;
      }
      // This walk has ended: the lane takes the next start.
      if (which[k] == kIdle) return;
      if (next < count) {
        lane[k] = uint64_t{starts[next]} << 32;
        which[k] = next++;
      } else {
        lane[k] = uint64_t{n} << 32;
        which[k] = kIdle;
        --live;
      }
    };
    while (live) {
      [&]<size_t... K>(std::index_sequence<K...>) { (step(K), ...); }(std::make_index_sequence<kLanes>{});
    }
  }

 private:
  struct Cell {
    int32_t base = 0;    // children of this state are at base + byte
    uint32_t check = kFree;  // the parent state, with kSpecial set when this state is special
  };
  static constexpr uint32_t kFree = 0xFFFFFFFFu;
  static constexpr uint32_t kSpecial = 0x80000000u;  // ends patterns or has a star: see specials_
  struct SpecialInfo {
    uint32_t out_begin = 0;  // patterns ending here: outputs_[out_begin, out_begin + out_count)
    uint32_t out_count = 0;
    bool star = false;       // has a child on kStar
  };
  struct BuildNode {
    std::vector<std::pair<unsigned char, uint32_t>> kids;  // (byte, node), unsorted while adding
    std::vector<uint32_t> outs;
  };

  // Arriving at special state `t` on the byte at `pos`: its patterns end after that byte, and a
  // star goes on from the next space.
  //
  // PERF: most special states end one pattern and have no star; their entry in special_index_
  // is that pattern itself (with kOnePattern), which saves two dependent loads per hit.
  template <class Emit>
  void OnSpecial(std::string_view s, int32_t t, size_t pos, Emit& emit) const {
    const uint32_t index = special_index_[static_cast<size_t>(t)];
    if (index & kOnePattern) {
      emit(index & ~kOnePattern, static_cast<uint32_t>(pos + 1));
      return;
    }
    const SpecialInfo& sp = specials_[index];
    for (uint32_t i = 0; i < sp.out_count; ++i) emit(outputs_[sp.out_begin + i], static_cast<uint32_t>(pos + 1));
    if (sp.star) {
      size_t j = pos + 1;
      while (j < s.size() && s[j] != ' ') ++j;
      WalkFrom(s, cells_[static_cast<size_t>(t)].base + kStar, j, emit);
    }
  }

  // PERF: a step is two loads and a compare. The few states that end patterns or have a star
  // carry kSpecial in their check, so the common step tests nothing else.
  template <class Emit>
  void WalkFrom(std::string_view s, int32_t state, size_t pos, Emit& emit) const {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    const Cell* cells = cells_.data();
    while (pos < n) {
      const int32_t t = cells[state].base + p[pos];
      const uint32_t check = cells[t].check;
      if (check != static_cast<uint32_t>(state)) {
        if (check != (static_cast<uint32_t>(state) | kSpecial)) return;
        OnSpecial(s, t, pos, emit);
      }
      state = t;
      ++pos;
    }
  }

  std::vector<BuildNode> nodes_;  // the pointer trie, until Build
  std::vector<Cell> cells_;       // the double array; cell 0 is the root
  std::vector<SpecialInfo> specials_;
  // By state, for special states: an index into specials_, or the one pattern | kOnePattern.
  std::vector<uint32_t> special_index_;
  static constexpr uint32_t kOnePattern = 0x80000000u;
  std::vector<uint32_t> outputs_;
};

}  // namespace sw::match
