// SPDX-License-Identifier: MIT
#include "tone/afinn_json.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstdint>

#include "text/lowercase.h"
#include "util/nearly_sorted.h"

namespace sw::tone {
namespace {

// Arrays and objects nested deeper than this inside a member's value are refused rather than
// risking the stack (no AFINN file nests at all).
constexpr int kMaxDepth = 256;

class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}

  std::optional<AfinnError> Run(std::vector<AfinnWord>& out) {
    out.clear();
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
    Space();
    if (!Eat('{')) return Fail("expected '{' to open the object from word to valence");
    // Members in file order.
    std::vector<std::pair<AfinnWord, bool>> members;  // (member, value is a number)
    Space();
    if (!Eat('}')) {
      for (;;) {
        Space();
        std::string key;
        if (Peek() != '"') return Fail("expected a quoted word");
        if (auto err = String(&key)) return err;
        Space();
        if (!Eat(':')) return Fail("expected ':' after the word");
        Space();
        double value = 0;
        bool number = false;
        if (auto err = Value(0, &value, &number)) return err;
        members.push_back({AfinnWord{std::move(key), value}, number});
        Space();
        if (Eat(',')) continue;
        if (Eat('}')) break;
        return Fail("expected ',' or '}' after a value");
      }
    }
    Space();
    if (i_ != s_.size()) return Fail("expected nothing after the object");
    // PERF: positions are sorted, not the members (moving strings was half of this reader's
    // time); ties in file order, so the last of repeated keys comes last. AFINN's file is in
    // order but for a few dozen neighbours ("brilliant", "brilliance"): std::sort took 4.5 M
    // instructions of tone's start-up, SortNearlySorted one pass.
    std::vector<uint32_t> order(members.size());
    for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    sw::util::SortNearlySorted(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      const int c = members[a].first.word.compare(members[b].first.word);
      return c != 0 ? c < 0 : a < b;
    });
    out.reserve(order.size());
    for (size_t k = 0; k < order.size(); ++k) {
      auto& m = members[order[k]];
      if (k + 1 < order.size() && members[order[k + 1]].first.word == m.first.word) continue;
      if (m.second) out.push_back(std::move(m.first));
    }
    return std::nullopt;
  }

 private:
  char Peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  bool Eat(char c) {
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  void Space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
  }
  AfinnError Fail(const char* what) const {
    const size_t at = std::min(i_, s_.size());
    return {static_cast<int>(std::count(s_.begin(), s_.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1, what};
  }

  // A value of any type; `number` tells whether it was a number, and then `value` holds it.
  std::optional<AfinnError> Value(int depth, double* value, bool* number) {
    *number = false;
    const char c = Peek();
    if (c == '"') return String(nullptr);
    if (c == '-' || (c >= '0' && c <= '9')) {
      *number = true;
      return Number(value);
    }
    for (std::string_view lit : {"true", "false", "null"}) {
      if (s_.substr(i_, lit.size()) == lit) {
        i_ += lit.size();
        return std::nullopt;
      }
    }
    if (c != '[' && c != '{') return Fail("expected a value");
    if (depth == kMaxDepth) return Fail("expected values nested less deeply");
    const bool object = c == '{';
    const char close = object ? '}' : ']';
    ++i_;
    Space();
    if (Eat(close)) return std::nullopt;
    for (;;) {
      Space();
      if (object) {
        if (Peek() != '"') return Fail("expected a quoted key");
        if (auto err = String(nullptr)) return err;
        Space();
        if (!Eat(':')) return Fail("expected ':' after the key");
        Space();
      }
      double ignored = 0;
      bool ignored_number = false;
      if (auto err = Value(depth + 1, &ignored, &ignored_number)) return err;
      Space();
      if (Eat(',')) continue;
      if (Eat(close)) return std::nullopt;
      return Fail(object ? "expected ',' or '}' in an object" : "expected ',' or ']' in an array");
    }
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  std::optional<AfinnError> Number(double* value) {
    const size_t b = i_;
    auto digits = [&] {
      const size_t d = i_;
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
      return i_ - d;
    };
    Eat('-');
    if (Peek() == '0') {
      ++i_;
    } else if (digits() == 0) {
      return Fail("expected a digit in the number");
    }
    bool integer = true;
    if (Eat('.')) {
      integer = false;
      if (digits() == 0) return Fail("expected a digit after the decimal point");
    }
    if (Peek() == 'e' || Peek() == 'E') {
      integer = false;
      ++i_;
      if (!Eat('+')) Eat('-');
      if (digits() == 0) return Fail("expected a digit in the exponent");
    }
    const char* first = s_.data() + b;
    const char* last = s_.data() + i_;
    // As nlohmann::json: an integer token is an int64 (else a uint64) converted to double, so
    // "-0" is 0; anything else, or an integer too large for both, is read as a double.
    if (integer) {
      int64_t v = 0;
      if (std::from_chars(first, last, v).ec == std::errc()) {
        *value = static_cast<double>(v);
        return std::nullopt;
      }
      uint64_t u = 0;
      if (*first != '-' && std::from_chars(first, last, u).ec == std::errc()) {
        *value = static_cast<double>(u);
        return std::nullopt;
      }
    }
    if (std::from_chars(first, last, *value).ec == std::errc()) return std::nullopt;
    // Out of range: nlohmann::json takes strtod's answer (0 or a subnormal for a tiny number)
    // and refuses an infinite one.
    const std::string token(first, last);
    *value = std::strtod(token.c_str(), nullptr);
    if (!std::isfinite(*value)) return Fail("expected a number within the range of a double");
    return std::nullopt;
  }

  // A string from the opening quote; decoded into `out` unless it is null.
  std::optional<AfinnError> String(std::string* out) {
    ++i_;  // the opening quote
    for (;;) {
      // Plain bytes up to the next quote, backslash, control or non-ASCII byte, at once.
      const size_t run = i_;
      while (i_ < s_.size()) {
        const auto c = static_cast<unsigned char>(s_[i_]);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
        ++i_;
      }
      if (out) out->append(s_.data() + run, i_ - run);
      if (i_ >= s_.size()) return Fail("expected '\"' to close the string");
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return std::nullopt;
      }
      if (c < 0x20) return Fail("expected no control character inside a string");
      if (c >= 0x80) {
        const size_t len = Utf8Length();
        if (len == 0) return Fail("expected valid UTF-8 inside a string");
        if (out) out->append(s_.data() + i_, len);
        i_ += len;
        continue;
      }
      // A backslash.
      ++i_;
      const char e = Peek();
      ++i_;
      switch (e) {
        case '"': case '\\': case '/': if (out) out->push_back(e); break;
        case 'b': if (out) out->push_back('\b'); break;
        case 'f': if (out) out->push_back('\f'); break;
        case 'n': if (out) out->push_back('\n'); break;
        case 'r': if (out) out->push_back('\r'); break;
        case 't': if (out) out->push_back('\t'); break;
        case 'u': {
          uint32_t cp = 0;
          if (!Hex4(&cp)) return Fail("expected four hexadecimal digits after '\\u'");
          if (cp >= 0xDC00 && cp <= 0xDFFF) return Fail("expected a high surrogate before a low one");
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t lo = 0;
            if (!Eat('\\') || !Eat('u') || !Hex4(&lo) || lo < 0xDC00 || lo > 0xDFFF) {
              return Fail("expected a low surrogate '\\uDC00'..'\\uDFFF' after a high one");
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          if (out) sw::text::AppendUtf8(cp, *out);
          break;
        }
        default:
          --i_;
          return Fail("expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after a backslash");
      }
    }
  }

  bool Hex4(uint32_t* cp) {
    if (s_.size() - i_ < 4) return false;
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = s_[i_ + k];
      v <<= 4;
      if (h >= '0' && h <= '9') v |= static_cast<uint32_t>(h - '0');
      else if (h >= 'a' && h <= 'f') v |= static_cast<uint32_t>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') v |= static_cast<uint32_t>(h - 'A' + 10);
      else return false;
    }
    i_ += 4;
    *cp = v;
    return true;
  }

  // The length of the well-formed UTF-8 sequence at i_ (RFC 3629: no overlong forms, no
  // surrogates, nothing above U+10FFFF), or 0.
  size_t Utf8Length() const {
    const auto* p = reinterpret_cast<const unsigned char*>(s_.data()) + i_;
    const size_t avail = s_.size() - i_;
    auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
      return k < avail && p[k] >= lo && p[k] <= hi;
    };
    const unsigned char c = p[0];
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
  }

  std::string_view s_;
  size_t i_ = 0;
};

}  // namespace

std::optional<AfinnError> ParseAfinnJson(std::string_view text, std::vector<AfinnWord>& out) {
  return Reader(text).Run(out);
}

}  // namespace sw::tone
