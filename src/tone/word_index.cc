// SPDX-License-Identifier: MIT
#include "tone/word_index.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>

#include "match/canonical.h"
#include "tone/word_fold.h"
#include "text/words.h"

namespace sw::tone {
namespace {

constexpr uint64_t kFilterBits = 1u << 17;

inline uint64_t FilterBit(uint64_t hash) { return (hash >> 20) & (kFilterBits - 1); }

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
// open-addressing table at most 2/3 full, probed linearly).
struct TableBuilder {
  std::vector<std::pair<std::string, std::vector<uint32_t>>> keys;  // key → target indices
  std::unordered_map<std::string, size_t> index;
  void Add(const std::string& key, uint32_t target) {
    auto [it, inserted] = index.emplace(key, keys.size());
    if (inserted) keys.push_back({key, {}});
    keys[it->second].second.push_back(target);
  }
};

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

WordIndex WordIndex::Build(const Lexicon& lexicon) {
  WordIndex ix;
  TableBuilder words, stems, emoticons;
  std::vector<sw::Span> toks;
  for (uint32_t pi = 0; pi < lexicon.patterns.size(); ++pi) {
    const LexiconPattern& p = lexicon.patterns[pi];
    const Entry& e = lexicon.entries[p.entry];
    const int32_t exact = p.exact_case ? static_cast<int32_t>(pi) : -1;
    // The matcher's canonical form first (whitespace, dashes, apostrophes), then our fold.
    const std::string canon = match::CanonicalizePattern(p.text);
    if (e.roles & kEmoticon) {
      ix.targets_.push_back({p.entry, false, exact});
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
      ix.targets_.push_back({p.entry, false, exact});
    } else {
      ix.phrases_.push_back({p.entry, std::move(pw)});
      ix.targets_.push_back({static_cast<uint32_t>(ix.phrases_.size() - 1), true, exact});
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
  auto finish = [&](TableBuilder& tb, Table& table, bool fnv) {
    size_t cap = 16;
    while (cap < tb.keys.size() * 3 / 2) cap <<= 1;  // at most 2/3 full, and small enough for cache
    table.slots.assign(cap, Slot{});
    table.mask = cap - 1;
    for (const auto& [key, list] : tb.keys) {
      Slot s;
      const uint64_t hash = fnv ? FnvHash(key) : Hash(key);
      s.tag = static_cast<uint32_t>(hash >> 32);
      s.key = static_cast<uint32_t>(ix.keys_.size());
      s.key_len = static_cast<uint16_t>(std::min<size_t>(key.size(), 0xFFFF));
      ix.keys_ += key;
      s.first = static_cast<uint32_t>(grouped.size());
      s.count = static_cast<uint16_t>(std::min<size_t>(list.size(), 0xFFFF));
      for (uint32_t t : list) grouped.push_back(ix.targets_[t]);
      uint64_t i = hash & table.mask;
      while (table.slots[i].key_len != 0) i = (i + 1) & table.mask;
      table.slots[i] = s;
    }
  };
  finish(words, ix.words_, false);
  ix.word_filter_.assign(kFilterBits / 64, 0);
  for (const auto& kv : words.keys) {
    const uint64_t bit = FilterBit(Hash(kv.first));
    ix.word_filter_[bit >> 6] |= 1ull << (bit & 63);
  }
  finish(stems, ix.stems_, true);
  finish(emoticons, ix.emoticons_, false);
  ix.targets_ = std::move(grouped);
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

struct CollectScratch {
  char word[kMaxFold];            // the folded current word
  uint64_t prefix[kMaxFold];      // FNV-1a of its first k + 1 bytes, for stems
  std::string next;               // a folded word further on, for phrases
  std::vector<uint32_t> index;    // token index for the distance rules, per token
  uint32_t end_index = 0;
};

CollectScratch& Scratch() {
  thread_local CollectScratch s;
  return s;
}

// Adds an item for one target over text[b, e), unless its entry is of another language or its
// pattern asks for a case the text does not have. Several targets over the same words merge:
// roles add up, the longest pattern's valence stands (see Entry::rank).
void Emit(const Lexicon& lex, std::string_view text, uint32_t b, uint32_t e, uint32_t ft, uint32_t lt, uint32_t entry,
          int32_t exact, ToneLang lang, std::vector<Item>& out) {
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
// bitmap. Anything it is unsure of (long, non-ASCII, near the end of the text, a possessive,
// ASCII stems in the lexicon, a filter hit) goes to Word, which decides as before.
[[gnu::always_inline]] inline int WordIndex::Precheck(std::string_view text, sw::Span tok, uint64_t& hash) const {
  const size_t n = tok.size();
  if (n == 0 || n > 16 || text.size() - tok.begin < 16 || ascii_stems_) return 0;
  uint64_t v[2];
  std::memcpy(v, text.data() + tok.begin, 16);
  if (n < 8) {
    v[0] &= (1ull << (8 * n)) - 1;
    v[1] = 0;
  } else if (n < 16) {
    v[1] &= n == 8 ? 0 : (1ull << (8 * (n - 8))) - 1;
  }
  if (((v[0] | v[1]) & 0x8080808080808080ull) != 0) return 0;
  // The possessive "'s" is looked up without it: Word's business.
  if (n > 2 && text[tok.end - 2] == '\'' && (text[tok.end - 1] | 0x20) == 's') return 0;
  v[0] = LowerAscii8(v[0]);
  v[1] = LowerAscii8(v[1]);
  hash = Hash16(v[0], v[1], n);
  const uint64_t bit = FilterBit(hash);
  if (((word_filter_[bit >> 6] >> (bit & 63)) & 1) == 0) return -1;
  std::memcpy(Scratch().word, v, 16);
  return static_cast<int>(n);
}

void WordIndex::Collect(const Lexicon& lex, std::string_view text, const std::vector<sw::Span>& tokens, ToneLang lang,
                        std::vector<Item>& out) const {
  CollectImpl(lex, text, tokens, lang, true, out);
}

void WordIndex::CollectPlain(const Lexicon& lex, std::string_view text, const std::vector<sw::Span>& tokens,
                             ToneLang lang, std::vector<Item>& out) const {
  CollectImpl(lex, text, tokens, lang, false, out);
}

void WordIndex::CollectImpl(const Lexicon& lex, std::string_view text, const std::vector<sw::Span>& tokens,
                            ToneLang lang, bool prechecks, std::vector<Item>& out) const {
  CollectScratch& sc = Scratch();
  // Token indices for the distance rules. Tokens of one ASCII character do not count, as in
  // VADER ("wouldn't be such a bad idea" has "bad" three tokens after "wouldn't").
  sc.index.resize(tokens.size());
  uint32_t counted = 0;
  for (size_t t = 0; t < tokens.size(); ++t) {
    sc.index[t] = counted;
    counted += !(tokens[t].size() == 1 && static_cast<unsigned char>(text[tokens[t].begin]) < 0x80);
  }
  sc.end_index = counted;
  const bool emoticons = !emoticons_.slots.empty();
  uint32_t prev_end = 0, consumed = 0;
  for (size_t t = 0; t < tokens.size(); ++t) {
    // PERF: nearly every gap is one space; Gap would look at it and return, after a call.
    if (emoticons && tokens[t].begin > prev_end &&
        (!prechecks || tokens[t].begin - prev_end > 1 || emoticon_byte_[static_cast<unsigned char>(text[prev_end])])) {
      Gap(lex, text, prev_end, tokens[t].begin, t, lang, out, consumed);
    }
    if (tokens[t].begin >= consumed) {
      uint64_t hash = 0;
      const int folded = prechecks ? Precheck(text, tokens[t], hash) : 0;
      if (folded >= 0) Word(lex, text, tokens, t, lang, out, static_cast<size_t>(folded), hash);
    }
    prev_end = tokens[t].end;
  }
  if (emoticons && text.size() > prev_end) {
    Gap(lex, text, prev_end, static_cast<uint32_t>(text.size()), tokens.size(), lang, out, consumed);
  }
}

void WordIndex::Word(const Lexicon& lex, std::string_view text, const std::vector<sw::Span>& tokens, size_t& t,
                     ToneLang lang, std::vector<Item>& out, size_t folded, uint64_t folded_hash) const {
  CollectScratch& sc = Scratch();
  const sw::Span tok = tokens[t];
  // "@happy" is a handle and "&gt;" an HTML entity, not words.
  if (tok.begin > 0 && (text[tok.begin - 1] == '@' || text[tok.begin - 1] == '&')) return;
  // PERF: this runs for every word of every document. An ASCII word is lower-cased by table
  // into a fixed buffer and hashed eight bytes at a time; only other words take the general
  // fold, which also keeps the FNV-1a hash of every prefix for the stems.
  const std::string_view raw = text.substr(tok.begin, tok.size());
  size_t len = 0;
  bool whole = true;
  unsigned char high = 0;
  if (folded > 0) {
    len = folded;  // ASCII, already in sc.word
  } else if (!(high = AsciiHigh(raw)) && raw.size() <= kMaxFold) {
    for (unsigned char c : raw) sc.word[len++] = kLower[c];
  } else {
    uint64_t fnv = kFnvBasis;
    FoldBytes(raw, [&](char c) {
      if (len == kMaxFold) {
        whole = false;
        return;
      }
      sc.word[len] = c;
      fnv = (fnv ^ static_cast<unsigned char>(c)) * kFnvPrime;
      sc.prefix[len++] = fnv;
    });
  }
  const uint64_t h = folded > 0 ? folded_hash : Hash(sc.word, len);
  const std::string_view w(sc.word, len);
  // Our stems are Russian: an ASCII word need not try them (unless some stem is ASCII).
  const bool stems = !stems_.slots.empty() && len >= min_stem_ && (high || ascii_stems_);
  if (stems && !high) {  // the ASCII path kept no prefix hashes
    uint64_t fnv = kFnvBasis;
    for (size_t i = 0; i < len; ++i) sc.prefix[i] = fnv = (fnv ^ static_cast<unsigned char>(sc.word[i])) * kFnvPrime;
  }
  const Slot* found[8];
  size_t nfound = 0;
  auto in_filter = [this](uint64_t hash) {
    const uint64_t bit = FilterBit(hash);
    return (word_filter_[bit >> 6] >> (bit & 63)) & 1;
  };
  if (!whole) {
    // Too long to be a lexicon word; only a stem can match.
  } else if (const Slot* s = in_filter(h) ? words_.Find(h, w, keys_) : nullptr) {
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
      if (const Slot* s = stems_.Find(sc.prefix[n - 1], w.substr(0, n), keys_)) found[nfound++] = s;
    }
  }
  if (nfound == 0) return;

  // A phrase that starts here wins over its first word; of several, the longest.
  size_t best_last = t;
  const Target* best = nullptr;
  for (size_t f = 0; f < nfound; ++f) {
    for (uint32_t i = found[f]->first; i < found[f]->first + found[f]->count; ++i) {
      const Target& tg = targets_[i];
      if (!tg.phrase) continue;
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
        sc.next.clear();
        Fold(text.substr(b.begin, b.size()), sc.next);
        ok = want.stem ? sc.next.compare(0, want.key.size(), want.key) == 0 : sc.next == want.key;
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
    Emit(lex, text, tok.begin, tokens[best_last].end, sc.index[t], sc.index[best_last], p.entry, best->exact, lang, out);
    t = best_last;
    return;
  }
  for (size_t f = 0; f < nfound; ++f) {
    for (uint32_t i = found[f]->first; i < found[f]->first + found[f]->count; ++i) {
      const Target& tg = targets_[i];
      if (!tg.phrase) Emit(lex, text, tok.begin, tok.end, sc.index[t], sc.index[t], tg.id, tg.exact, lang, out);
    }
  }
}

void WordIndex::Gap(const Lexicon& lex, std::string_view text, uint32_t b, uint32_t e, size_t next, ToneLang lang,
                    std::vector<Item>& out, uint32_t& consumed) const {
  bool trigger = false;
  for (uint32_t i = b; i < e && !trigger; ++i) trigger = emoticon_byte_[static_cast<unsigned char>(text[i])];
  if (!trigger) return;
  CollectScratch& sc = Scratch();
  const uint32_t index = next < sc.index.size() ? sc.index[next] : sc.end_index;
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
