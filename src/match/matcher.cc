// SPDX-License-Identifier: MIT
#include "match/matcher.h"

#include <fmt/format.h>
#include <hs/hs.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <span>

#include "match/canonical.h"
#include "match/trie_cache.h"
#include "text/utf8.h"
#include "util/write_file.h"

namespace sw::match {
namespace {

bool IsContinuation(uint8_t c) { return (c & 0xC0) == 0x80; }

// Hyperscan reads our literals as regexes: escape every byte that is not [a-z0-9] so that
// '+', '.', '(' and the bytes of UTF-8 sequences stand for themselves.
void AppendEscaped(std::string_view lit, std::string& out) {
  for (unsigned char c : lit) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(static_cast<char>(c));
    } else {
      out += fmt::format("\\x{:02x}", c);
    }
  }
}

// PERF: boundary checks and the word scan run on every byte or hit; most characters are ASCII,
// decided by one table load.
constexpr std::array<bool, 256> MakeAsciiWordTable() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  return t;
}
constexpr std::array<bool, 256> kAsciiWord = MakeAsciiWordTable();
inline bool AsciiWord(unsigned char c) { return kAsciiWord[c]; }

[[gnu::noinline]] bool WordAtSlow(std::string_view s, size_t i) {
  int len = 0;
  return text::IsWordChar(text::DecodeAt(s, i, &len));
}

// PERF: Resolve asks this of every hit; the ASCII answer inline, the rest out of line.
[[gnu::always_inline]] inline bool WordAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return AsciiWord(c);
  return WordAtSlow(s, i);
}

bool WordBefore(std::string_view s, size_t i) {
  if (i == 0) return false;
  const auto c = static_cast<unsigned char>(s[i - 1]);
  if (c < 0x80) return AsciiWord(c);
  return text::IsWordChar(text::DecodeBefore(s, i));
}

// A boundary before scan[i]: not inside a word, and not after an apostrophe that is itself
// inside a word ("d'Ivoire").
bool BoundaryBefore(std::string_view s, size_t i) {
  if (WordBefore(s, i)) return false;
  if (i >= 2 && s[i - 1] == '\'' && WordBefore(s, i - 1)) return false;
  return true;
}

// A boundary at scan[i]: not inside a word; an apostrophe followed by letters continues the
// word ("Xi'an" is not "Xi"), except the English possessive "'s".
bool BoundaryAt(std::string_view s, size_t i) {
  if (WordAt(s, i)) return false;
  if (i + 1 < s.size() && s[i] == '\'' && WordAt(s, i + 1)) {
    return s[i + 1] == 's' && !WordAt(s, i + 2);
  }
  return true;
}

size_t WordEnd(std::string_view s, size_t i) {
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) {
    if (!AsciiWord(static_cast<unsigned char>(s[i]))) return i;
    ++i;
  }
  while (i < s.size()) {
    int len = 0;
    if (!text::IsWordChar(text::DecodeAt(s, i, &len))) break;
    i += len;
  }
  return i;
}

// Whether the trie can take a pattern: it begins with a word character (so its matches begin at
// word starts) and every inner star is followed by a space (see token_trie.h).
bool TrieCanTake(std::string_view canon) {
  int len = 1;
  if (canon.empty() || !text::IsWordChar(text::DecodeAt(canon, 0, &len))) return false;
  for (size_t star = canon.find('*'); star != std::string_view::npos; star = canon.find('*', star + 1)) {
    if (star + 1 >= canon.size() || canon[star + 1] != ' ') return false;
  }
  return true;
}

// The original offset just past scan byte e-1.
uint32_t OriginalEnd(std::string_view text, const OffsetMap& map, uint32_t e, size_t& cursor) {
  size_t o = map.Original(e - 1, cursor) + 1;
  while (o < text.size() && IsContinuation(static_cast<uint8_t>(text[o]))) ++o;
  return static_cast<uint32_t>(o);
}

// Whether the matched original text has the letter case of an exact-case alias. The match is
// already equal to the alias up to case and spacing, so comparing letters in order suffices.
bool SameCase(std::string_view seen, std::string_view alias) {
  size_t a = 0;
  for (size_t i = 0; i < seen.size() && a < alias.size(); ++i) {
    const char c = seen[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (alias[a] == ' ') ++a;
      continue;
    }
    if (c != alias[a]) {
      // Only ASCII letters differ by case in the cases that matter (acronyms); any other
      // difference is spacing or punctuation normalisation, not case.
      const bool letters = ((c | 32) >= 'a' && (c | 32) <= 'z') && ((alias[a] | 32) == (c | 32));
      if (letters) return false;
    }
    ++a;
  }
  return true;
}

// Sorts [begin, end) that is nearly in order already: each element moves back past the few it
// belongs before, so a list with only local disorder costs about one pass (std::sort does not
// look at the order it is given).
template <class It, class Less>
void InsertionSort(It begin, It end, Less less) {
  if (begin == end) return;
  for (It it = std::next(begin); it != end; ++it) {
    if (!less(*it, *std::prev(it))) continue;
    auto v = *it;
    It j = it;
    for (; j != begin && less(v, *std::prev(j)); --j) *j = *std::prev(j);
    *j = v;
  }
}

int OnMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int, void* ctx) {
  auto* raw = static_cast<std::vector<std::tuple<uint32_t, uint32_t, uint32_t>>*>(ctx);
  raw->emplace_back(id, static_cast<uint32_t>(from), static_cast<uint32_t>(to));
  return 0;
}

// The cache file name is a hash of everything that determines the compiled database: the
// expressions, their flags and ids, the Hyperscan version and the host's
// CPU features (a database compiled for AVX-512 must not be loaded on an older machine).
std::string CachePath(const std::string& dir, const std::vector<const char*>& exprs, const std::vector<unsigned>& flags,
                      const std::vector<unsigned>& ids) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a 64
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull;
  };
  mix(hs_version());
  hs_platform_info_t platform{};
  hs_populate_platform(&platform);
  mix(fmt::format("{}:{}", platform.tune, platform.cpu_features));
  for (size_t i = 0; i < exprs.size(); ++i) {
    mix(exprs[i]);
    mix(std::to_string(flags[i]));
    mix(std::to_string(ids[i]));  // ids are pattern positions; single-word patterns leave gaps
  }
  return fmt::format("{}/matcher-{:016x}.hsdb", dir, h);
}

hs_database_t* LoadCached(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return nullptr;
  std::string bytes;
  char buf[1 << 16];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) bytes.append(buf, n);
  std::fclose(f);
  hs_database_t* db = nullptr;
  // A corrupt or foreign file simply fails to deserialize; we then compile afresh.
  if (hs_deserialize_database(bytes.data(), bytes.size(), &db) != HS_SUCCESS) return nullptr;
  return db;
}

void SaveCached(const std::string& path, const hs_database_t* db) {
  char* bytes = nullptr;
  size_t len = 0;
  if (hs_serialize_database(db, &bytes, &len) != HS_SUCCESS) return;
  util::WriteFileAtomically(path, std::string_view(bytes, len));
  std::free(bytes);
}

}  // namespace

std::string MatcherBuilder::Add(const Target& target, std::string_view pattern) {
  std::string canon = CanonicalizePattern(pattern);
  if (canon.empty() || canon == "*") return fmt::format("pattern '{}' is empty after normalisation.", pattern);
  const bool stem = canon.back() == '*';
  if (stem) canon.pop_back();
  if (canon.find("**") != std::string::npos || canon.find(" *") != std::string::npos) {
    return fmt::format("pattern '{}' has a '*' that does not end a word.", pattern);
  }
  std::string key = (target.exact_case ? "=" : "") + std::string(stem ? "*" : "") + canon;
  std::string exact;
  if (target.exact_case) {
    exact = CanonicalizePattern(pattern, false);
    if (stem) exact.pop_back();
    key += "\n" + exact;
  }
  auto [it, inserted] = index_.emplace(key, static_cast<uint32_t>(patterns_.size()));
  if (inserted) {
    Matcher::Pattern p;
    p.stem = stem;
    p.exact_text = exact;
    if (canon.find('*') == std::string::npos) p.literal_len = static_cast<uint32_t>(canon.size());
    p.in_trie = TrieCanTake(canon);
    if (p.in_trie) {
      p.canon = canon;
      std::replace(p.canon.begin(), p.canon.end(), '*', static_cast<char>(TokenTrie::kStar));
    } else if (p.literal_len) {
      AppendEscaped(canon, p.canon);
    } else {
      // A star inside a phrase: the stem may continue with any non-space bytes.
      size_t pos = 0;
      for (size_t star; (star = canon.find('*', pos)) != std::string::npos; pos = star + 1) {
        AppendEscaped(std::string_view(canon).substr(pos, star - pos), p.canon);
        p.canon += "[^ ]*";
      }
      AppendEscaped(std::string_view(canon).substr(pos), p.canon);
    }
    patterns_.push_back(std::move(p));
  }
  patterns_[it->second].targets.push_back(target);
  return {};
}

// The trie from the cache when the very same trie patterns laid it out before, else laid out
// afresh (and cached). The cache key is made of the patterns themselves (trie_cache.h).
void MatcherBuilder::BuildTrie(const std::string& cache_dir, TokenTrie& trie) const {
  std::vector<TokenTrie::Added> added;
  for (size_t i = 0; i < patterns_.size(); ++i) {
    if (patterns_[i].in_trie) added.push_back({patterns_[i].canon, static_cast<uint32_t>(i)});
  }
  std::string key, path;
  if (!cache_dir.empty() && !added.empty()) {
    key.reserve(added.size() * 32);
    for (const TokenTrie::Added& a : added) AppendTrieKey(key, a.pattern, a.bytes);
    path = TrieCachePath(cache_dir, key);
    if (auto cached = LoadTrie(path, key, added)) {
      trie = std::move(*cached);
      return;
    }
  }
  for (const TokenTrie::Added& a : added) trie.Add(a.bytes, a.pattern);
  trie.Build();
  if (!path.empty()) SaveTrie(path, key, trie);
}

summitwatch::Result<Matcher> MatcherBuilder::Build(const std::string& cache_dir) && {
  using summitwatch::ErrorCode;
  std::vector<const char*> exprs;
  std::vector<unsigned> flags, ids;
  Matcher m;
  for (size_t i = 0; i < patterns_.size(); ++i) {
    if (patterns_[i].in_trie) continue;
    exprs.push_back(patterns_[i].canon.c_str());
    // Literals need no start-of-match tracking: begin = end - length. Only phrase patterns with
    // inner stems pay for HS_FLAG_SOM_LEFTMOST.
    flags.push_back(patterns_[i].literal_len ? 0u : HS_FLAG_SOM_LEFTMOST);
    ids.push_back(static_cast<unsigned>(i));
  }
  BuildTrie(cache_dir, m.trie_);
  if (exprs.empty()) {
    m.Flatten(std::move(patterns_));
    return m;
  }
  const std::string cache_file = cache_dir.empty() ? std::string() : CachePath(cache_dir, exprs, flags, ids);
  if (!cache_file.empty() && (m.db_ = LoadCached(cache_file)) != nullptr) {
    m.Flatten(std::move(patterns_));
    return m;
  }
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(exprs.data(), flags.data(), ids.data(), static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK,
                       nullptr, &m.db_, &err) != HS_SUCCESS) {
    std::string msg = err && err->expression >= 0
                          ? fmt::format("dictionary pattern '{}' failed to compile: {}.",
                                        patterns_[static_cast<size_t>(err->expression)].canon, err->message)
                          : fmt::format("dictionaries failed to compile: {}.", err ? err->message : "unknown error");
    hs_free_compile_error(err);
    return summitwatch::MakeError(ErrorCode::kInternal, msg);
  }
  if (!cache_file.empty()) SaveCached(cache_file, m.db_);
  m.Flatten(std::move(patterns_));
  return m;
}

void Matcher::Flatten(std::vector<Pattern>&& patterns) {
  size_t total = 0;
  for (const Pattern& p : patterns) total += p.targets.size();
  rules_.reserve(patterns.size());
  targets_.reserve(total);
  exact_texts_.reserve(patterns.size());
  for (Pattern& p : patterns) {
    Rule r{};
    r.literal_len = p.literal_len;
    r.first_target = static_cast<uint32_t>(targets_.size());
    r.target_count = static_cast<uint32_t>(p.targets.size()) & 0x7FFFFFFFu;
    r.stem = p.stem ? 1u : 0u;
    rules_.push_back(r);
    targets_.insert(targets_.end(), p.targets.begin(), p.targets.end());
    exact_texts_.push_back(std::move(p.exact_text));
  }
}

Matcher::Matcher(Matcher&& o) noexcept
    : db_(o.db_),
      trie_(std::move(o.trie_)),
      rules_(std::move(o.rules_)),
      targets_(std::move(o.targets_)),
      exact_texts_(std::move(o.exact_texts_)) {
  o.db_ = nullptr;
}
Matcher& Matcher::operator=(Matcher&& o) noexcept {
  std::swap(db_, o.db_);
  std::swap(trie_, o.trie_);
  std::swap(rules_, o.rules_);
  std::swap(targets_, o.targets_);
  std::swap(exact_texts_, o.exact_texts_);
  return *this;
}
Matcher::~Matcher() { hs_free_database(db_); }

Scratch::Scratch(const Matcher& m) {
  if (m.db_) hs_alloc_scratch(m.db_, &scratch_);
}
Scratch::~Scratch() { hs_free_scratch(scratch_); }

void Matcher::Scan(std::string_view text, std::string_view scan, const OffsetMap& map, int doc_date,
                   Scratch& scratch, std::vector<Hit>& out) const {
  std::vector<std::tuple<uint32_t, uint32_t, uint32_t>> raw;
  raw.swap(scratch.raw_tuples_);
  raw.clear();
  if (db_ && !scan.empty()) {
    hs_scan(db_, scan.data(), static_cast<unsigned>(scan.size()), 0, scratch.scratch_, OnMatch, &raw);
  }
  scratch.hyperscan_tuples_ = raw.size();
  if (!trie_.empty()) WalkWords(scan, scratch, raw);
  scratch.raw_tuples_.swap(raw);
  Resolve(text, scan, map, doc_date, scratch, out);
}

// The trie is walked from every word start of the scan text; boundary rules (an apostrophe inside
// a word, the end of a match inside a word) are applied by Resolve as for Hyperscan's hits.
void Matcher::WalkWords(std::string_view scan, Scratch& scratch,
                        std::vector<std::tuple<uint32_t, uint32_t, uint32_t>>& raw) const {
  const auto* s = reinterpret_cast<const unsigned char*>(scan.data());
  const size_t n = scan.size();
  std::vector<uint32_t>& starts = scratch.word_starts_;
  starts.clear();
  bool in_word = false;
  size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    // PERF: sixteen ASCII bytes at a time: a mask of word bytes, whose rising edges are the
    // word starts; bytes >= 0x80 take the per-character path below.
    if (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      if (_mm_movemask_epi8(v) == 0) {
        auto set = [](char ch) { return _mm_set1_epi8(ch); };
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, set('0' - 1)), _mm_cmpgt_epi8(set('9' + 1), v));
        const __m128i lower = _mm_or_si128(v, set(0x20));
        const __m128i letter =
            _mm_and_si128(_mm_cmpgt_epi8(lower, set('a' - 1)), _mm_cmpgt_epi8(set('z' + 1), lower));
        const auto w = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
        for (uint32_t edges = w & ~((w << 1) | static_cast<uint32_t>(in_word)) & 0xFFFFu; edges;
             edges &= edges - 1) {
          starts.push_back(static_cast<uint32_t>(i) + static_cast<uint32_t>(__builtin_ctz(edges)));
        }
        in_word = (w >> 15) & 1;
        i += 16;
        continue;
      }
    }
#endif
    int len = 1;
    const bool w = s[i] < 0x80 ? AsciiWord(s[i]) : text::IsWordChar(text::DecodeAt(scan, i, &len));
    if (w && !in_word) starts.push_back(static_cast<uint32_t>(i));
    in_word = w;
    i += static_cast<size_t>(len);
  }
  const size_t first = raw.size();
  trie_.WalkMany(scan, starts.data(), starts.size(),
                 [&](size_t k, uint32_t id, uint32_t end) { raw.emplace_back(id, starts[k], end); });
  // By start, longest first, as Resolve orders hits (see there). The lanes interleave only
  // neighbouring starts, so few hits move.
  InsertionSort(raw.begin() + static_cast<std::ptrdiff_t>(first), raw.end(), [](const auto& x, const auto& y) {
    return std::get<1>(x) != std::get<1>(y) ? std::get<1>(x) < std::get<1>(y) : std::get<2>(x) > std::get<2>(y);
  });
}

void Matcher::Resolve(std::string_view text, std::string_view scan, const OffsetMap& map, int doc_date,
                      Scratch& scratch, std::vector<Hit>& out) const {
  const size_t first = out.size();
  size_t begin_cursor = 0, end_cursor = 0;
  const auto& raw = scratch.raw_tuples_;
  for (size_t k = 0; k < raw.size(); ++k) {
    // PERF: a hit's rule and targets are two cache misses in no particular order (they were a
    // fifth of Resolve); the rules of later hits, and the targets of the nearer ones (whose
    // rules have arrived by then), are fetched ahead.
    if (k + 8 < raw.size()) __builtin_prefetch(&rules_[std::get<0>(raw[k + 8])]);
    if (k + 4 < raw.size()) __builtin_prefetch(targets_.data() + rules_[std::get<0>(raw[k + 4])].first_target);
    const auto& [id, som, eom] = raw[k];
    const Rule& p = rules_[id];
    uint32_t b = p.literal_len ? eom - p.literal_len : som;
    uint32_t e = eom;
    if (WordAt(scan, b) && !BoundaryBefore(scan, b)) continue;
    if (p.stem) {
      e = static_cast<uint32_t>(WordEnd(scan, e));
      if (!BoundaryAt(scan, e)) continue;
    } else if (WordBefore(scan, e) && !BoundaryAt(scan, e)) {
      continue;
    }
    const uint32_t ob = map.Original(b, begin_cursor);
    const uint32_t oe = OriginalEnd(text, map, e, end_cursor);
    const Target* targets = targets_.data() + p.first_target;
    for (const Target& t : std::span(targets, p.target_count)) {
      if (t.from != kb::kNoStart || t.to != kb::kNoEnd) {
        if (doc_date == 0 || doc_date < t.from || doc_date > t.to) continue;
      }
      if (t.exact_case && !SameCase(text.substr(ob, oe - ob), exact_texts_[id])) continue;
      out.push_back(Hit{t.dict, t.entry, t.weight, ob, oe, b, e, 0});
    }
  }
  // Leftmost-longest within each dictionary; hits over the very same span (one alias standing
  // for several entries of a dictionary) are all kept.
  auto begin = out.begin() + static_cast<std::ptrdiff_t>(first);
  auto order = [](const Hit& x, const Hit& y) {
    if (x.dict != y.dict) return x.dict < y.dict;
    if (x.begin != y.begin) return x.begin < y.begin;
    if (x.end != y.end) return x.end > y.end;
    if (x.entry != y.entry) return x.entry < y.entry;
    // One entry through two aliases of the same extent ("агро*" and "агробизнес*" both reach the
    // end of "агробизнесу"): the heavier, more specific one counts, whatever order they came in.
    return x.weight > y.weight;
  };
  if (scratch.hyperscan_tuples_ > 0) {
    std::sort(begin, out.end(), order);
  } else {
    // PERF: the trie's hits come by start, longest first, so after a stable split by dictionary
    // only stems extended to the end of their word and aliases of one extent are out of place:
    // InsertionSort fixes those in about one pass, where std::sort cost a tenth of the scan.
    auto& buf = scratch.by_dict_;
    buf.assign(begin, out.end());
    std::array<size_t, static_cast<size_t>(Dict::kCount) + 1> at{};
    for (const Hit& h : buf) ++at[static_cast<size_t>(h.dict) + 1];
    for (size_t d = 1; d < at.size(); ++d) at[d] += at[d - 1];
    for (const Hit& h : buf) begin[static_cast<std::ptrdiff_t>(at[static_cast<size_t>(h.dict)]++)] = h;
    InsertionSort(begin, out.end(), order);
  }
  auto keep = begin;
  Dict dict = Dict::kCount;
  uint32_t last_b = 0, last_e = 0;
  for (auto it = begin; it != out.end(); ++it) {
    if (it->dict != dict) {
      dict = it->dict;
      last_b = last_e = 0;
    } else if (it->begin < last_e && !(it->begin == last_b && it->end == last_e)) {
      continue;
    } else if (it->begin == last_b && it->end == last_e && std::prev(keep)->entry == it->entry) {
      continue;  // the same entry through two aliases of identical extent
    }
    last_b = it->begin;
    last_e = it->end;
    *keep++ = *it;
  }
  out.erase(keep, out.end());
}

}  // namespace sw::match
