// SPDX-License-Identifier: MIT
// Hand-written JSON output: the hot path writes a record per document, and building a DOM for
// each would cost more than coding it.
//
// PERF: on news the record is about as long as the input (every mention repeats its text), so
// writing it was a sixth of `summitwatch code`'s instructions. A record is now written through a
// raw cursor into capacity reserved up front: literals are fixed-size copies the compiler
// inlines, strings are scanned for escapes eight bytes at a time, and numbers are written as
// std::to_chars writes %.4g (byte for byte fmt's {:.4g}, which the format used before), by
// util/general4.h.
#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cstring>

#include "summitwatch/output.h"
#include "util/general4.h"

namespace summitwatch {
namespace {

constexpr std::array<uint8_t, 256> MakeEscapeTable() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = 1;
  t['"'] = 1;
  t['\\'] = 1;
  return t;
}
constexpr auto kEscape = MakeEscapeTable();

// Whether any of the eight bytes of v is a control character, '"' or '\\'. Exact, not a
// heuristic: each test is the classic "has a byte less than n" / "has a zero byte" word trick.
inline bool NeedsEscape8(uint64_t v) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t control = (v - kOnes * 0x20) & ~v & kHigh;
  const uint64_t q = v ^ (kOnes * '"');
  const uint64_t b = v ^ (kOnes * '\\');
  const uint64_t quote = (q - kOnes) & ~q & kHigh;
  const uint64_t backslash = (b - kOnes) & ~b & kHigh;
  return (control | quote | backslash) != 0;
}

// Writes into a std::string through a cursor; Reserve before each bounded group of writes.
class Writer {
 public:
  explicit Writer(std::string& s) : s_(s), base_(s.size()) {
    // Zero-filling what resize adds costs about as much as writing it; keep it near the record.
    s_.resize(base_ + 1024);
    p_ = s_.data() + base_;
    end_ = s_.data() + s_.size();
  }
  ~Writer() { s_.resize(static_cast<size_t>(p_ - s_.data())); }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  void Reserve(size_t n) {
    if (static_cast<size_t>(end_ - p_) >= n) [[likely]] return;
    Grow(n);
  }
  [[gnu::noinline]] void Grow(size_t n) {  // Reserve's rare half, kept out of the inlined one
    const size_t used = static_cast<size_t>(p_ - s_.data());
    s_.resize(used + n + std::max<size_t>(1024, used - base_));
    p_ = s_.data() + used;
    end_ = s_.data() + s_.size();
  }
  template <size_t N>
  void Lit(const char (&lit)[N]) {  // a literal; the caller reserved room
    std::memcpy(p_, lit, N - 1);
    p_ += N - 1;
  }
  void Char(char c) { *p_++ = c; }
  void Uint(uint64_t v) {  // the caller reserved 20 bytes
    p_ = std::to_chars(p_, p_ + 20, v).ptr;
  }
  void Number(double v) {  // %.4g; the caller reserved 32 bytes
    p_ = sw::util::WriteGeneral4(p_, v);
  }
  void String(std::string_view s) {
    // Worst case every byte becomes \u00XX.
    Reserve(s.size() * 6 + 2);
    *p_++ = '"';
    const char* src = s.data();
    const size_t n = s.size();
    size_t i = 0;
    for (;;) {
      for (; i + 8 <= n; i += 8) {
        uint64_t v;
        std::memcpy(&v, src + i, 8);
        if (NeedsEscape8(v)) break;
        std::memcpy(p_, &v, 8);
        p_ += 8;
      }
      const size_t stop = i + 8 <= n ? i + 8 : n;  // the chunk that needs care, or the tail
      for (; i < stop; ++i) {
        const auto c = static_cast<uint8_t>(src[i]);
        if (!kEscape[c]) {
          *p_++ = static_cast<char>(c);
          continue;
        }
        *p_++ = '\\';
        switch (c) {
          case '"': *p_++ = '"'; break;
          case '\\': *p_++ = '\\'; break;
          case '\n': *p_++ = 'n'; break;
          case '\r': *p_++ = 'r'; break;
          case '\t': *p_++ = 't'; break;
          default: {
            static constexpr char kHex[] = "0123456789abcdef";
            *p_++ = 'u';
            *p_++ = '0';
            *p_++ = '0';
            *p_++ = kHex[c >> 4];
            *p_++ = kHex[c & 15];
          }
        }
      }
      if (i >= n) break;
    }
    *p_++ = '"';
  }
  void StringOrNull(std::string_view s) {
    if (s.empty()) {
      Reserve(4);
      Lit("null");
    } else {
      String(s);
    }
  }

 private:
  std::string& s_;
  size_t base_;
  char* p_;
  char* end_;
};

}  // namespace

void AppendJsonString(std::string_view s, std::string& out) {
  Writer w(out);
  w.String(s);
}

void AppendCodingJson(const Document& doc, const Coding& c, std::string& out) {
  Writer w(out);
  w.Reserve(8);
  w.Lit("{\"id\":");
  w.String(doc.id);
  w.Reserve(16);
  w.Lit(",\"title\":");
  w.String(doc.title);
  w.Reserve(16);
  w.Lit(",\"date\":");
  w.StringOrNull(doc.date);
  w.Reserve(16);
  w.Lit(",\"kind\":");
  w.StringOrNull(doc.kind);
  w.Reserve(16);
  w.Lit(",\"lang\":");
  w.String(c.lang);
  w.Reserve(96);
  w.Lit(",\"words\":");
  w.Uint(c.words);
  w.Lit(",\"sentences\":");
  w.Uint(c.sentences.size());
  w.Lit(",\"areas\":{");
  for (size_t i = 0; i < c.areas.size(); ++i) {
    if (i) {
      w.Reserve(1);
      w.Char(',');
    }
    w.String(c.areas[i].area);
    w.Reserve(40);
    w.Char(':');
    w.Number(c.areas[i].share);
  }
  w.Reserve(16);
  w.Lit("},\"mentions\":[");
  const std::string_view text = doc.text;
  for (size_t i = 0; i < c.mentions.size(); ++i) {
    const Mention& m = c.mentions[i];
    w.Reserve(16);
    if (i) w.Char(',');
    w.Lit("{\"entity\":");
    w.String(m.entity);
    w.Reserve(16);
    w.Lit(",\"type\":");
    w.String(m.type);
    w.Reserve(80);
    w.Lit(",\"start\":");
    w.Uint(m.start);
    w.Lit(",\"end\":");
    w.Uint(m.end);
    w.Lit(",\"text\":");
    w.String(text.substr(m.start, m.end - m.start));
    w.Reserve(40);
    w.Lit(",\"sentence\":");
    w.Uint(m.sentence);
    if (!m.stance.empty()) {
      w.Lit(",\"stance\":");
      w.String(m.stance);
    }
    w.Reserve(1);
    w.Char('}');
  }
  const Tone& t = c.tone;
  w.Reserve(400);
  w.Lit("],\"tone\":{\"tone\":");
  w.Number(t.tone);
  w.Lit(",\"positive\":");
  w.Number(t.positive);
  w.Lit(",\"negative\":");
  w.Number(t.negative);
  w.Lit(",\"polarity\":");
  w.Number(t.polarity);
  w.Lit(",\"activity\":");
  w.Number(t.activity);
  w.Lit(",\"self_group\":");
  w.Number(t.self_group);
  w.Lit(",\"words\":");
  w.Uint(t.words);
  w.Lit(",\"compound\":");
  w.Number(t.compound);
  w.Lit("},\"commitments\":[");
  for (size_t i = 0; i < c.commitments.size(); ++i) {
    const Commitment& k = c.commitments[i];
    w.Reserve(16);
    if (i) w.Char(',');
    w.Lit("{\"text\":");
    w.String(text.substr(k.start, k.end - k.start));
    w.Reserve(120);
    w.Lit(",\"start\":");
    w.Uint(k.start);
    w.Lit(",\"end\":");
    w.Uint(k.end);
    w.Lit(",\"sentence\":");
    w.Uint(k.sentence);
    w.Lit(",\"actors\":[");
    for (size_t a = 0; a < k.actors.size(); ++a) {
      if (a) {
        w.Reserve(1);
        w.Char(',');
      }
      w.String(k.actors[a]);
    }
    w.Reserve(16);
    w.Lit("],\"modality\":");
    w.String(k.modality);
    w.Reserve(16);
    w.Lit(",\"area\":");
    w.StringOrNull(k.area);
    w.Reserve(16);
    w.Lit(",\"deadline\":");
    w.StringOrNull(k.deadline);
    w.Reserve(1);
    w.Char('}');
  }
  w.Reserve(4);
  w.Lit("]}\n");
}

}  // namespace summitwatch
