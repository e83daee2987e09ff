// SPDX-License-Identifier: MIT
// SHA-256 (FIPS 180-4), for the content hash that keys stored documents.
//
// Usage:
//   sw::store::Sha256 h;
//   h.Update(text);
//   std::array<uint8_t, 32> digest = h.Finish();
//
// libcrypto's implementation, which uses the CPU's SHA extensions where it has them: per-thread
// samples of an ingest fell to a quarter of the portable C++ we carried before (which was a third
// of the reading thread's time). The digests are the standard's, so stored keys do not change.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX, kept out of this header

namespace sw::store {

using Digest = std::array<uint8_t, 32>;

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void Update(std::string_view data);
  /// The digest of everything updated; the object is spent afterwards.
  Digest Finish();

 private:
  ::evp_md_ctx_st* ctx_;
};

/// Lower-case hexadecimal of a digest (64 characters).
std::string ToHex(const Digest& d);

}  // namespace sw::store
