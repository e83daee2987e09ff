// SPDX-License-Identifier: MIT
#include "tone/word_index.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "match/canonical.h"
#include "tone/flat_index.h"
#include "tone/word_fold.h"
#include "text/words.h"

namespace sw::tone {
namespace {

constexpr uint64_t kFilterBits = 1u << 17;

// PERF: a blocked Bloom filter, two bits a word in one 64-bit word of the filter (one load).
// With one bit a word, 1 in 15 words of no lexicon still went on to the table (a third of
// Word's calls on the bench corpus); with two, about 1 in 50.
inline size_t FilterWord(uint64_t hash) { return (hash >> 20) & (kFilterBits / 64 - 1); }
inline uint64_t FilterMask(uint64_t hash) { return (1ull << ((hash >> 31) & 63)) | (1ull << ((hash >> 37) & 63)); }
// kMask + 16 - n: 16 bytes, the first n of them 0xFF.
constexpr unsigned char kMask[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                     0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
// In Heads::next[1], the bit of 'A' (see word_index.h): the key has targets that are not phrases.
constexpr uint64_t kHeadsWords = 1ull << ('A' - 64);
inline bool InFilter(const std::vector<uint64_t>& filter, uint64_t hash) {
  const uint64_t mask = FilterMask(hash);
  return (filter[FilterWord(hash)] & mask) == mask;
}

// Whether a token counts for the distance rules: tokens of one ASCII character do not, as in
// VADER ("wouldn't be such a bad idea" has "bad" three tokens after "wouldn't").
inline uint32_t Counts(std::string_view text, sw::Span tok) {
  return !(tok.size() == 1 && static_cast<unsigned char>(text[tok.begin]) < 0x80);
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool IsAlnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Whitespace runs as one ' ' (a pattern's single space matches any run, as in the matcher).
std::string NormalizeGap(std::string_view g) {
  std::string out;
  for (char c : g) {
    if (IsSpace(c)) {
      if (out.empty() || out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool SameGap(std::string_view text_gap, const std::string& pattern_gap) {
  size_t k = 0;
  for (size_t i = 0; i < text_gap.size();) {
    if (IsSpace(text_gap[i])) {
      if (k >= pattern_gap.size() || pattern_gap[k] != ' ') return false;
      ++k;
      while (i < text_gap.size() && IsSpace(text_gap[i])) ++i;
      continue;
    }
    if (k >= pattern_gap.size() || pattern_gap[k] != text_gap[i]) return false;
    ++k;
    ++i;
  }
  return k == pattern_gap.size();
}

// Collects a table's keys and, per key, its targets (Build lays them out in a power-of-two
// open-addressing table at most 2/3 full, probed linearly). PERF: the targets of all keys go
// in one list, grouped per key at the end, and keys are found through a FlatIndex: no
// allocation per key beyond the key's own string.
struct TableBuilder {
  std::vector<std::string> keys;  // in the order first added
  FlatIndex index;                // key indices by Hash(key)
  std::vector<std::pair<uint32_t, uint32_t>> adds;  // (key, target) in the order added
  void Add(std::string_view key, uint32_t target) {
    const uint32_t k = index.FindOrAdd(Hash(key), [&](uint32_t known) { return keys[known] == key; });
    if (k == keys.size()) keys.emplace_back(key);
    adds.emplace_back(k, target);
  }
  // adds' targets ordered by key (first-added key first), in the order added within a key;
  // `first[k]` is where key k's start (first has keys.size() + 1 elements).
  void Grouped(std::vector<uint32_t>& targets, std::vector<uint32_t>& first) const {
    first.assign(keys.size() + 1, 0);
    for (const auto& a : adds) ++first[a.first + 1];
    for (size_t k = 0; k < keys.size(); ++k) first[k + 1] += first[k];
    targets.resize(adds.size());
    std::vector<uint32_t> fill(first.begin(), first.end() - 1);
    for (const auto& a : adds) targets[fill[a.first]++] = a.second;
  }
};

// Whether Tokenize and FoldForLookup leave a canonical pattern as it is: a run of ASCII
// lower-case letters and digits is one token, and folding has nothing to change in it.
bool PlainWord(std::string_view canon) {
  if (canon.empty()) return false;
  for (unsigned char c : canon) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

}  // namespace

std::string FoldForLookup(std::string_view s) {
  std::string out;
  Fold(s, out);
  return out;
}

const WordIndex::Slot* WordIndex::Table::Find(uint64_t hash, std::string_view key, const std::string& keys) const {
  if (slots.empty()) return nullptr;
  const uint32_t tag = static_cast<uint32_t>(hash >> 32);
  for (uint64_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots[i];
    if (s.key_len == 0) return nullptr;
    if (s.tag == tag && s.key_len == key.size() && std::memcmp(keys.data() + s.key, key.data(), key.size()) == 0) {
      return &s;
    }
  }
}

// PERF: a short word's key is compared in two 8-byte halves, without a call to memcmp; inline
// in Word, its one caller, it costs no call frame.
[[gnu::always_inline]] inline const WordIndex::Slot* WordIndex::Table::FindShort(uint64_t hash, const char* word16,
                                                                                 size_t n,
                                                                                 const std::string& keys) const {
  if (slots.empty()) return nullptr;
  const uint32_t tag = static_cast<uint32_t>(hash >> 32);
  uint64_t w[2], m[2];
  std::memcpy(w, word16, 16);
  std::memcpy(m, kMask + 16 - n, 16);
  for (uint64_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots[i];
    if (s.key_len == 0) return nullptr;
    if (s.tag == tag && s.key_len == n) {
      uint64_t k[2];
      std::memcpy(k, keys.data() + s.key, 16);
      if ((((k[0] ^ w[0]) & m[0]) | ((k[1] ^ w[1]) & m[1])) == 0) return &s;
    }
  }
}

void WordIndex::AddHeads(WordIndex& ix, std::vector<Target>& targets, uint32_t first) {
  Heads hd;
  for (uint32_t i = first; i < targets.size(); ++i) {
    Target& tg = targets[i];
    if (!tg.phrase) {
      hd.next[1] |= kHeadsWords;
      continue;
    }
    const std::string& key = ix.phrases_[tg.id].words[1].key;
    const unsigned char c = key.empty() ? 0 : static_cast<unsigned char>(key[0]);
    tg.next = c;  // 0: any word may follow (an empty key)
    if (c == 0) {
      hd.next[0] = ~0ull;
      hd.next[1] = ~0ull;
    } else if (c < 0x80) {
      hd.next[c >> 6] |= 1ull << (c & 63);
    }
  }
  if (ix.heads_.size() >= 0xFFFF) {  // beyond a uint16_t, keys share a last Heads that lets all pass
    if (ix.heads_.size() == 0xFFFF) ix.heads_.push_back(Heads{{~0ull, ~0ull}});
    targets[first].heads = 0xFFFF;
    return;
  }
  targets[first].heads = static_cast<uint16_t>(ix.heads_.size());
  ix.heads_.push_back(hd);
}

WordIndex WordIndex::Build(const Lexicon& lexicon) {
  WordIndex ix;
  ix.heads_.push_back(Heads{});  // index 0 stands for "heads no phrase"
  TableBuilder words, stems, emoticons;
  std::vector<sw::Span> toks;
  ix.targets_.reserve(lexicon.patterns.size());
  for (uint32_t pi = 0; pi < lexicon.patterns.size(); ++pi) {
    const LexiconPattern& p = lexicon.patterns[pi];
    const Entry& e = lexicon.entries[p.entry];
    const int32_t exact = p.exact_case ? static_cast<int32_t>(pi) : -1;
    // The matcher's canonical form first (whitespace, dashes, apostrophes), then our fold.
    const std::string& canon = p.canon;
    if (e.roles & kEmoticon) {
      ix.targets_.push_back({p.entry, exact, false, 0, 0});
      emoticons.Add(FoldForLookup(canon), static_cast<uint32_t>(ix.targets_.size() - 1));
      // The bytes that send the text around a gap to the emoticon table. Sentence punctuation
      // ends nearly every sentence: it triggers only for an emoticon made of nothing else.
      bool strong = false;
      for (unsigned char c : canon) strong |= !IsAlnum(c) && !IsSpace(static_cast<char>(c)) && !std::strchr(".,'\"!?-", c);
      for (unsigned char c : canon) {
        if (IsAlnum(c) || IsSpace(static_cast<char>(c))) continue;
        if (!strong || !std::strchr(".,'\"!?-", c)) ix.emoticon_byte_[c] = true;
      }
      continue;
    }
    // PERF: most patterns are one plain word, its own key (a third of start-up went into
    // tokenising and folding them one by one).
    if (PlainWord(canon)) {
      ix.targets_.push_back({p.entry, exact, false, 0, 0});
      words.Add(canon, static_cast<uint32_t>(ix.targets_.size() - 1));
      continue;
    }
    text::Tokenize(canon, toks);
    if (toks.empty()) continue;
    std::vector<PhraseWord> pw;
    for (size_t k = 0; k < toks.size(); ++k) {
      PhraseWord w;
      w.key = FoldForLookup(std::string_view(canon).substr(toks[k].begin, toks[k].size()));
      w.stem = toks[k].end < canon.size() && canon[toks[k].end] == '*';
      if (k > 0) {
        const uint32_t gb = toks[k - 1].end + (pw.back().stem ? 1 : 0);
        w.gap = NormalizeGap(std::string_view(canon).substr(gb, toks[k].begin - gb));
      }
      pw.push_back(std::move(w));
    }
    const bool first_stem = pw[0].stem;
    const std::string first_key = pw[0].key;
    if (pw.size() == 1) {
      ix.targets_.push_back({p.entry, exact, false, 0, 0});
    } else {
      ix.phrases_.push_back({p.entry, std::move(pw)});
      ix.targets_.push_back({static_cast<uint32_t>(ix.phrases_.size() - 1), exact, true, 0, 0});
    }
    const uint32_t target = static_cast<uint32_t>(ix.targets_.size() - 1);
    if (first_stem) {
      stems.Add(first_key, target);
      ix.min_stem_ = std::min<uint32_t>(ix.min_stem_, static_cast<uint32_t>(first_key.size()));
      ix.max_stem_ = std::max<uint32_t>(ix.max_stem_, static_cast<uint32_t>(first_key.size()));
      bool ascii = true;
      for (unsigned char c : first_key) ascii &= c < 0x80;
      ix.ascii_stems_ |= ascii;
    } else {
      words.Add(first_key, target);
    }
  }
  // Targets were appended in pattern order; each table lists its own, so regroup them per key.
  std::vector<Target> grouped;
  grouped.reserve(ix.targets_.size());
  std::vector<uint32_t> list, first;
  auto finish = [&](const TableBuilder& tb, Table& table, bool fnv) {
    size_t cap = 16;
    while (cap < tb.keys.size() * 3 / 2) cap <<= 1;  // at most 2/3 full, and small enough for cache
    table.slots.assign(cap, Slot{});
    table.mask = cap - 1;
    tb.Grouped(list, first);
    size_t key_bytes = 0;
    for (const std::string& key : tb.keys) key_bytes += key.size();
    ix.keys_.reserve(ix.keys_.size() + key_bytes);
    for (size_t k = 0; k < tb.keys.size(); ++k) {
      const std::string& key = tb.keys[k];
      Slot s;
      const uint64_t hash = fnv ? FnvHash(key) : tb.index.hash(static_cast<uint32_t>(k));
      s.tag = static_cast<uint32_t>(hash >> 32);
      s.key = static_cast<uint32_t>(ix.keys_.size());
      s.key_len = static_cast<uint16_t>(std::min<size_t>(key.size(), 0xFFFF));
      ix.keys_ += key;
      s.first = static_cast<uint32_t>(grouped.size());
      s.count = static_cast<uint16_t>(std::min<size_t>(first[k + 1] - first[k], 0xFFFF));
      bool phrases = false;
      for (uint32_t t = first[k]; t < first[k + 1]; ++t) {
        grouped.push_back(ix.targets_[list[t]]);
        phrases |= grouped.back().phrase;
      }
      if (phrases) AddHeads(ix, grouped, s.first);
      uint64_t i = hash & table.mask;
      while (table.slots[i].key_len != 0) i = (i + 1) & table.mask;
      table.slots[i] = s;
    }
  };
  finish(words, ix.words_, false);
  ix.word_filter_.assign(kFilterBits / 64, 0);
  for (const uint64_t hash : words.index.hashes()) ix.word_filter_[FilterWord(hash)] |= FilterMask(hash);
  finish(stems, ix.stems_, true);
  finish(emoticons, ix.emoticons_, false);
  ix.targets_ = std::move(grouped);
  ix.keys_.append(16, '\0');  // FindShort reads 16 bytes at any key

  return ix;
}

}  // namespace sw::tone

namespace sw::tone {
namespace {

// 0x80 if some byte of s is not ASCII, else 0.
inline unsigned char AsciiHigh(std::string_view s) {
  unsigned char high = 0;
  for (unsigned char c : s) high |= c;
  return high & 0x80;
}

// Folded words longer than this are not looked up whole (no lexicon word is that long); stems
// are still looked for in their first kMaxFold bytes.
constexpr size_t kMaxFold = 96;

// PERF: Word's buffers for the folded word and its prefix hashes are on its stack: a
// thread_local with a std::string in it costs a guarded call at every use.
struct CollectScratch {
  std::string next;  // a folded non-ASCII word further on, for phrases; an emoticon chunk
};

CollectScratch& Scratch() {
  thread_local CollectScratch s;
  return s;
}

// Whether the folded `raw` is `key` (is at least `key` and begins with it, for a stem). PERF: a
// phrase's later words were folded into a string, a push_back a byte, for every phrase tried
// (5% of tone's time); an ASCII word folds to its lower-case bytes, of the same length, so it
// is compared in place, and the length alone turns most candidates away.
bool FoldedMatches(std::string_view raw, const std::string& key, bool stem) {
  if (!AsciiHigh(raw)) {
    if (stem ? raw.size() < key.size() : raw.size() != key.size()) return false;
    for (size_t i = 0; i < key.size(); ++i) {
      if (kLower[static_cast<unsigned char>(raw[i])] != key[i]) return false;
    }
    return true;
  }
  std::string& scratch = Scratch().next;
  scratch.clear();
  Fold(raw, scratch);
  return stem ? scratch.compare(0, key.size(), key) == 0 : scratch == key;
}

// Adds an item for one target over text[b, e), unless its entry is of another language or its
// pattern asks for a case the text does not have. Several targets over the same words merge:
// roles add up, the longest pattern's valence stands (see Entry::rank). PERF: inline, as a call
// (its ten arguments) was a third of its cost.
[[gnu::always_inline]] inline void Emit(const Lexicon& lex, std::string_view text, uint32_t b, uint32_t e, uint32_t ft,
                                        uint32_t lt, uint32_t entry, int32_t exact, ToneLang lang,
                                        std::vector<Item>& out) {
  const Entry& en = lex.entries[entry];
  if (en.lang != lang) return;
  if (exact >= 0 && text.substr(b, e - b) != lex.patterns[static_cast<size_t>(exact)].text) return;
  if (!out.empty() && out.back().begin == b && out.back().end == e) {
    Item& it = out.back();
    if ((en.roles & kHasValence) && (!(it.roles & kHasValence) || en.rank > it.rank)) {
      it.valence = en.valence;
      it.rank = en.rank;
    }
    if (en.booster != 0) it.booster = en.booster;
    it.roles |= en.roles;
    return;
  }
  out.push_back(Item{b, e, en.valence, en.booster, en.roles, en.rank, ft, lt});
}

}  // namespace

// PERF: Word ran for every token (its frame alone ~16 instructions, then a byte loop to test
// for ASCII, one to lower-case, a variable-length memcpy to hash): ~29 instr/byte of tone's ~90.
// Most words are short, ASCII and in no lexicon; for them this reads 16 bytes, masks them to the
// word, lower-cases and hashes them in registers (the very hash Word computes) and asks the
// filter. Anything it is unsure of (long, non-ASCII, near the end of the text, a possessive,
// ASCII stems in the lexicon, a filter hit) goes to Word, which decides as before.
// Returns -1 when the word at `tok` is surely in no table and no phrase; 0 when Word must see
// it from scratch; else the folded length, with the folded word in `word16` (zero beyond it)
// and its hash in `hash`. `last` is the last offset a token may start at for 16 bytes to be
// readable there (negative: none); `filter` is word_filter_, passed as locals that stay in
// registers.
[[gnu::always_inline]] static inline int Precheck(std::string_view text, sw::Span tok, int64_t last,
                                           const std::vector<uint64_t>& filter, char* word16, uint64_t& hash) {
  // PERF: the bytes beyond the word are masked through a table, not by length-dependent branches.
  const size_t n = tok.size();
  if (n - 1 >= 16 || static_cast<int64_t>(tok.begin) > last) return 0;  // empty or long; near the end
  uint64_t v[2], m[2];
  std::memcpy(v, text.data() + tok.begin, 16);
  std::memcpy(m, kMask + 16 - n, 16);
  v[0] &= m[0];
  v[1] &= m[1];
  if (((v[0] | v[1]) & 0x8080808080808080ull) != 0) return 0;
  // The possessive "'s" is looked up without it: Word's business.
  if (n > 2 && text[tok.end - 2] == '\'' && (text[tok.end - 1] | 0x20) == 's') return 0;
  v[0] = LowerAscii8(v[0]);
  v[1] = LowerAscii8(v[1]);
  hash = Hash16(v[0], v[1], n);
  if (!InFilter(filter, hash)) return -1;
  std::memcpy(word16, v, 16);
  return static_cast<int>(n);
}

void WordIndex::Collect(const Lexicon& lex, std::string_view text, const std::vector<sw::Span>& tokens, ToneLang lang,
                        std::vector<Item>& out) const {
  CollectImpl<true>(lex, text, tokens, lang, out);
}

void WordIndex::CollectPlain(const Lexicon& lex, std::string_view text, const std::vector<sw::Span>& tokens,
                             ToneLang lang, std::vector<Item>& out) const {
  CollectImpl<false>(lex, text, tokens, lang, out);
}

// PERF: a template, so that Collect's loop carries no test of which of the two it is; and the
// distance-rule indices are counted as the loop goes, where a first pass wrote one per token.
template <bool kPrechecks>
void WordIndex::CollectImpl(const Lexicon& lex, std::string_view text, const std::vector<sw::Span>& tokens,
                            ToneLang lang, std::vector<Item>& out) const {
  const bool emoticons = !emoticons_.slots.empty();
  uint32_t prev_end = 0, consumed = 0;
  uint32_t index = 0;  // of tokens[t] for the distance rules: the tokens before it that Count
  const sw::Span* toks = tokens.data();
  const size_t count = tokens.size();
  // Precheck reads 16 bytes from a word's start and computes no prefix hashes for stems.
  const bool prechecks = kPrechecks && !ascii_stems_;
  const int64_t last = static_cast<int64_t>(text.size()) - 16;
  const std::vector<uint64_t>& filter = word_filter_;
  for (size_t t = 0; t < count; ++t) {
    const sw::Span tok = toks[t];
    // PERF: nearly every gap is one space; Gap would look at it and return, after a call.
    const uint32_t gap = tok.begin - prev_end;
    if (emoticons && gap != 0 &&
        (!kPrechecks || gap > 1 || emoticon_byte_[static_cast<unsigned char>(text[prev_end])])) {
      Gap(lex, text, prev_end, tok.begin, index, lang, out, consumed);
    }
    if (tok.begin >= consumed) {
      uint64_t hash = 0;
      alignas(8) char word16[16];
      const int folded = prechecks ? Precheck(text, tok, last, filter, word16, hash) : 0;
      if (folded >= 0) {
        const size_t took = Word(lex, text, tokens, t, index, lang, out, word16, static_cast<size_t>(folded), hash);
        for (; t < took; ++t) index += Counts(text, toks[t]);  // a phrase's words
      }
    }
    index += Counts(text, toks[t]);
    prev_end = toks[t].end;
  }
  if (emoticons && text.size() > prev_end) {
    Gap(lex, text, prev_end, static_cast<uint32_t>(text.size()), index, lang, out, consumed);
  }
}

size_t WordIndex::Word(const Lexicon& lex, std::string_view text, const std::vector<sw::Span>& tokens, size_t t,
                       uint32_t index, ToneLang lang, std::vector<Item>& out, const char* folded_word,
                       size_t folded, uint64_t folded_hash) const {
  const sw::Span tok = tokens[t];
  // "@happy" is a handle and "&gt;" an HTML entity, not words.
  if (tok.begin > 0 && (text[tok.begin - 1] == '@' || text[tok.begin - 1] == '&')) return t;
  // PERF: this runs for every word of every document. An ASCII word is lower-cased by table
  // into a fixed buffer and hashed eight bytes at a time; only other words take the general
  // fold, which also keeps the FNV-1a hash of every prefix for the stems.
  const std::string_view raw = text.substr(tok.begin, tok.size());
  char buf[kMaxFold];
  uint64_t prefix[kMaxFold];  // FNV-1a of the folded word's first k + 1 bytes, for stems
  const char* word = buf;
  size_t len = 0;
  bool whole = true;
  unsigned char high = 0;
  if (folded > 0) {
    word = folded_word;  // ASCII, folded by Precheck
    len = folded;
  } else if (!(high = AsciiHigh(raw)) && raw.size() <= kMaxFold) {
    for (unsigned char c : raw) buf[len++] = kLower[c];
  } else {
    uint64_t fnv = kFnvBasis;
    FoldBytes(raw, [&](char c) {
      if (len == kMaxFold) {
        whole = false;
        return;
      }
      buf[len] = c;
      fnv = (fnv ^ static_cast<unsigned char>(c)) * kFnvPrime;
      prefix[len++] = fnv;
    });
  }
  const uint64_t h = folded > 0 ? folded_hash : Hash(word, len);
  const std::string_view w(word, len);
  // Our stems are Russian: an ASCII word need not try them (unless some stem is ASCII).
  const bool stems = !stems_.slots.empty() && len >= min_stem_ && (high || ascii_stems_);
  if (stems && !high) {  // the ASCII path kept no prefix hashes
    uint64_t fnv = kFnvBasis;
    for (size_t i = 0; i < len; ++i) prefix[i] = fnv = (fnv ^ static_cast<unsigned char>(word[i])) * kFnvPrime;
  }
  const Slot* found[8];
  size_t nfound = 0;
  auto in_filter = [this](uint64_t hash) { return InFilter(word_filter_, hash); };
  if (!whole) {
    // Too long to be a lexicon word; only a stem can match.
  } else if (const Slot* s = folded > 0 ? words_.FindShort(h, word, len, keys_)  // Precheck tested the filter
                             : in_filter(h) ? words_.Find(h, w, keys_) : nullptr) {
    found[nfound++] = s;
  } else if (w.size() > 2 && w.substr(w.size() - 2) == "'s") {
    // The English possessive: "the region's prosperity".
    const std::string_view base(w.data(), w.size() - 2);
    const uint64_t bh = Hash(base);
    if (const Slot* b = in_filter(bh) ? words_.Find(bh, base, keys_) : nullptr) found[nfound++] = b;
  }
  if (stems) {
    for (size_t n = std::min<size_t>(max_stem_, w.size()); n >= min_stem_ && nfound < 8; --n) {
      if (n < w.size() && (static_cast<unsigned char>(w[n]) & 0xC0) == 0x80) continue;  // inside a letter
      if (const Slot* s = stems_.Find(prefix[n - 1], w.substr(0, n), keys_)) found[nfound++] = s;
    }
  }
  if (nfound == 0) return t;

  // A phrase that starts here wins over its first word; of several, the longest. PERF: a phrase
  // is tried only if the next token's first byte, folded, can begin its second word: a token
  // whose first byte is ASCII folds to a word beginning with that byte lower-cased; any other
  // may fold to anything (a typographic apostrophe to "'").
  // Most slots found head no phrase: the next token is read only for one that does.
  constexpr int kUnread = -2, kUnknown = -1, kNone = 256;
  int next_byte = kUnread;  // the next word's folded first byte; kUnknown if not ASCII; kNone: no next
  size_t best_last = t;
  const Target* best = nullptr;
  bool words = false;  // some target is a word's, not a phrase's
  for (size_t f = 0; f < nfound; ++f) {
    const uint16_t heads = targets_[found[f]->first].heads;
    if (heads == 0) {  // heads no phrase
      words = true;
      continue;
    }
    const uint64_t* next = heads_[heads].next;
    words |= (next[1] & kHeadsWords) != 0;
    if (next_byte == kUnread) {
      next_byte = kNone;
      if (t + 1 < tokens.size()) {
        const unsigned char c = static_cast<unsigned char>(text[tokens[t + 1].begin]);
        next_byte = c < 0x80 ? static_cast<unsigned char>(kLower[c]) : kUnknown;
      }
    }
    if (next_byte == kNone || (next_byte >= 0 && !((next[next_byte >> 6] >> (next_byte & 63)) & 1))) continue;
    for (uint32_t i = found[f]->first; i < found[f]->first + found[f]->count; ++i) {
      const Target& tg = targets_[i];
      if (!tg.phrase || (next_byte >= 0 && tg.next != next_byte && tg.next != 0)) continue;
      const Phrase& p = phrases_[tg.id];
      size_t k = t;
      bool ok = true;
      for (size_t pw = 1; pw < p.words.size() && ok; ++pw) {
        if (k + 1 >= tokens.size()) {
          ok = false;
          break;
        }
        const sw::Span a = tokens[k], b = tokens[k + 1];
        const PhraseWord& want = p.words[pw];
        if (!SameGap(text.substr(a.end, b.begin - a.end), want.gap)) {
          ok = false;
          break;
        }
        ok = FoldedMatches(text.substr(b.begin, b.size()), want.key, want.stem);
        ++k;
      }
      if (ok && k > best_last) {
        best = &tg;
        best_last = k;
      }
    }
  }
  if (best) {
    const Phrase& p = phrases_[best->id];
    uint32_t last_index = index;
    for (size_t k = t; k < best_last; ++k) last_index += Counts(text, tokens[k]);
    Emit(lex, text, tok.begin, tokens[best_last].end, index, last_index, p.entry, best->exact, lang, out);
    return best_last;
  }
  if (!words) return t;
  for (size_t f = 0; f < nfound; ++f) {
    for (uint32_t i = found[f]->first; i < found[f]->first + found[f]->count; ++i) {
      const Target& tg = targets_[i];
      if (!tg.phrase) Emit(lex, text, tok.begin, tok.end, index, index, tg.id, tg.exact, lang, out);
    }
  }
  return t;
}

void WordIndex::Gap(const Lexicon& lex, std::string_view text, uint32_t b, uint32_t e, uint32_t index, ToneLang lang,
                    std::vector<Item>& out, uint32_t& consumed) const {
  bool trigger = false;
  for (uint32_t i = b; i < e && !trigger; ++i) trigger = emoticon_byte_[static_cast<unsigned char>(text[i])];
  if (!trigger) return;
  CollectScratch& sc = Scratch();
  // Each whitespace-delimited chunk that reaches into the gap, whole (it may take in the words
  // around it: ":D", "d:").
  for (uint32_t i = b; i < e;) {
    if (IsSpace(text[i])) {
      ++i;
      continue;
    }
    uint32_t cb = i, ce = i;
    while (cb > 0 && !IsSpace(text[cb - 1])) --cb;
    while (ce < text.size() && !IsSpace(text[ce])) ++ce;
    i = ce;
    if (ce - cb > 16 || cb < consumed) continue;
    sc.next.clear();
    const uint64_t h = Fold(text.substr(cb, ce - cb), sc.next);
    const Slot* s = emoticons_.Find(h, sc.next, keys_);
    if (!s) continue;
    while (!out.empty() && out.back().begin >= cb) out.pop_back();  // words inside the chunk
    for (uint32_t k = s->first; k < s->first + s->count; ++k) {
      Emit(lex, text, cb, ce, index, index, targets_[k].id, targets_[k].exact, lang, out);
    }
    consumed = std::max(consumed, ce);
  }
}

}  // namespace sw::tone
