// SPDX-License-Identifier: MIT
// The tone lexicon compiled for one pass over a document's tokens.
//
// Usage:
//   WordIndex index = WordIndex::Build(lexicon);
//   std::vector<Item> items;
//   index.Collect(lexicon, text, tokens, ToneLang::kEn, items);   // lexicon hits in text order
//
// PERF: the lexicon is ~10,000 patterns, nearly all single words, many of two or three letters
// ("no", "so", "ok", ":)"). As literals in the one Hyperscan database they made the scan run at
// 26 MB/s on the bench corpus, slower than everything else the engine does together; short
// literals are Hyperscan's worst case. Here each token is case-folded and hashed once, while it
// is read, and probed in a flat open-addressing table that fits in cache (no string is built,
// no std::unordered_map): several hundred MB/s. Phrases ("expressed concern"), stems
// ("осужда*") and emoticons are found from the same pass.
//
// Matching follows docs/KB.md's pattern rules as the matcher does: case-insensitive (ё as е),
// whole words (a hyphenated compound is one word, so "terrorism" is not found inside
// "counter-terrorism"; an English possessive "'s" may follow), '*' ending a stem, phrase words
// separated as in the pattern (any run of spaces for a space); where patterns overlap, the
// longest wins. Emoticons count only as a whole whitespace-delimited chunk, as in VADER.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tone/lexicon.h"
#include "tone/rules.h"
#include "util/span.h"

namespace sw::tone {

class WordIndex {
 public:
  static WordIndex Build(const Lexicon& lexicon);

  /// Appends the lexicon hits of `text` for language `lang` to `out`, in text order, with
  /// token indices set. `tokens` are text::Tokenize(text).
  void Collect(const Lexicon& lexicon, std::string_view text, const std::vector<sw::Span>& tokens, ToneLang lang,
               std::vector<Item>& out) const;
  /// Collect without the inline pre-checks (every word goes to the tables): the reference
  /// Collect is tested against.
  void CollectPlain(const Lexicon& lexicon, std::string_view text, const std::vector<sw::Span>& tokens, ToneLang lang,
                    std::vector<Item>& out) const;

 private:
  template <bool kPrechecks>
  void CollectImpl(const Lexicon& lexicon, std::string_view text, const std::vector<sw::Span>& tokens, ToneLang lang,
                   std::vector<Item>& out) const;
  struct Target {
    uint32_t id;       // entry, or phrase index when `phrase`
    int32_t exact;     // pattern index whose case must match exactly, or -1
    bool phrase;       // the key is a phrase's first word
    uint8_t next;      // a phrase's: the first byte of its second word's key (in the padding)
    uint16_t heads;    // a key's first target's: its Heads in heads_ (in the padding)
  };
  // PERF: many of Word's calls are for words that head phrases ("the" alone, heading dozens,
  // is 7% of them on the bench corpus), nearly always followed by a word that begins none of
  // their second words; Word walked every phrase. Per key that heads a phrase, at
  // heads_[targets_[slot.first].heads]: the ASCII bytes that begin the (folded) second words of
  // its phrases, so that they are not walked when the next token cannot begin any; heads 0 (in
  // a key that heads no phrase) is not looked up. Folded keys never begin with an upper-case
  // ASCII letter: the bit of 'A' says whether the key has targets other than phrases.
  struct Heads {
    uint64_t next[2] = {0, 0};  // bit c % 64 of next[c / 64]: a phrase's second word begins with c
  };
  // Files the Heads of the key whose targets are targets[first, end), the last of them.
  static void AddHeads(WordIndex& ix, std::vector<Target>& targets, uint32_t first);
  struct Slot {  // 16 bytes: the tables stay in cache
    uint32_t tag = 0;      // high half of the key's hash
    uint32_t key = 0;      // offset into keys_
    uint32_t first = 0;    // targets_[first, first + count)
    uint16_t key_len = 0;  // 0: empty slot
    uint16_t count = 0;
  };
  struct Table {
    std::vector<Slot> slots;
    uint64_t mask = 0;
    const Slot* Find(uint64_t hash, std::string_view key, const std::string& keys) const;
    // Find for a key of n <= 16 bytes held in `word16`, zero beyond n; keys_ is padded so that
    // 16 bytes can be read at any key.
    const Slot* FindShort(uint64_t hash, const char* word16, size_t n, const std::string& keys) const;
  };
  struct PhraseWord {
    std::string key;  // folded
    bool stem = false;
    std::string gap;  // what separates it from the previous word (whitespace runs as ' ')
  };
  struct Phrase {
    uint32_t entry = 0;
    std::vector<PhraseWord> words;  // words[0] is the key it is filed under
  };

  // The word at tokens[t], or the phrase it begins; returns the last token it took (t, or the
  // phrase's last word). `index` is tokens[t]'s index for the distance rules (see CollectImpl).
  // `folded` > 0: Precheck has put the folded word (that many bytes) in `folded_word` (16
  // readable bytes, zero beyond the word) and its hash in `folded_hash`.
  size_t Word(const Lexicon& lex, std::string_view text, const std::vector<sw::Span>& tokens, size_t t, uint32_t index,
              ToneLang lang, std::vector<Item>& out, const char* folded_word = nullptr, size_t folded = 0,
              uint64_t folded_hash = 0) const;
  // Emoticons in the text between two words; `index` is the distance-rule index of the word
  // after it (or the number of counted words, at the end of the text).
  void Gap(const Lexicon& lex, std::string_view text, uint32_t b, uint32_t e, uint32_t index, ToneLang lang,
           std::vector<Item>& out, uint32_t& consumed) const;

  std::string keys_;
  std::vector<Target> targets_;
  std::vector<Heads> heads_;
  Table words_, stems_, emoticons_;
  // PERF: most words of a text are in no lexicon. A 16 KB Bloom filter of the words' hashes
  // (two bits a word) turns nearly all of them away before the table (256 KB) is touched.
  std::vector<uint64_t> word_filter_;
  std::vector<Phrase> phrases_;
  uint32_t min_stem_ = 0xFFFF, max_stem_ = 0;  // folded byte lengths
  bool ascii_stems_ = false;                   // some stem is all ASCII
  bool emoticon_byte_[256] = {};               // bytes that occur in emoticons, outside words
};

/// Case-folds `s` for lookup (ASCII, Latin-1 and Russian Cyrillic letters; ё → е; typographic
/// apostrophes and hyphens → ' and -), as WordIndex keys are folded.
std::string FoldForLookup(std::string_view s);

}  // namespace sw::tone
