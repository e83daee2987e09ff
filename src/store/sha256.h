// SPDX-License-Identifier: MIT
// SHA-256 (FIPS 180-4), for the content hash that keys stored documents.
//
// Usage:
//   sw::store::Sha256 h;
//   h.Update(text);
//   std::array<uint8_t, 32> digest = h.Finish();
//
// Portable C++: about 300-400 MB/s on one core, small next to coding a document. We carry our
// own rather than link OpenSSL for one function.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sw::store {

using Digest = std::array<uint8_t, 32>;

class Sha256 {
 public:
  Sha256();
  void Update(std::string_view data);
  Digest Finish();

 private:
  void Block(const uint8_t* p);
  uint32_t h_[8];
  uint8_t buf_[64];
  size_t buffered_ = 0;
  uint64_t length_ = 0;
};

/// Lower-case hexadecimal of a digest (64 characters).
std::string ToHex(const Digest& d);

}  // namespace sw::store
