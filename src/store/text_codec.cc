// SPDX-License-Identifier: MIT
#include "store/text_codec.h"

#include <zstd.h>

#include <cstring>
#include <memory>

namespace sw::store {
namespace {

// Level 1: on the benchmark's 2 KB texts levels 2 and 3 made frames no smaller (half the text)
// and took longer; the fast negative levels kept 70-85 % of the bytes.
constexpr int kLevel = 1;
// Below this a frame's header and the lost slack of a page eat what compression saves.
constexpr size_t kMinPacked = 128;
constexpr unsigned char kMagic[4] = {0x28, 0xB5, 0x2F, 0xFD};
constexpr char kUnreadable[] = "sw_text: a stored document text is not a readable zstd frame";

bool IsFrame(std::string_view v) { return v.size() >= 4 && std::memcmp(v.data(), kMagic, 4) == 0; }

struct CCtxFree {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};

void SwText(sqlite3_context* ctx, int, sqlite3_value** argv) {
  sqlite3_value* v = argv[0];
  if (sqlite3_value_type(v) != SQLITE_BLOB) {
    sqlite3_result_value(ctx, v);
    return;
  }
  const void* p = sqlite3_value_blob(v);
  const std::string_view blob(static_cast<const char*>(p), static_cast<size_t>(sqlite3_value_bytes(v)));
  if (!IsFrame(blob)) {
    sqlite3_result_value(ctx, v);
    return;
  }
  const unsigned long long size = ZSTD_getFrameContentSize(blob.data(), blob.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > 0x7fffffff) {
    sqlite3_result_error(ctx, kUnreadable, -1);
    return;
  }
  char* out = static_cast<char*>(sqlite3_malloc64(size + 1));
  if (!out) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  auto* dctx = static_cast<ZSTD_DCtx*>(sqlite3_user_data(ctx));
  const size_t n = ZSTD_decompressDCtx(dctx, out, size, blob.data(), blob.size());
  if (ZSTD_isError(n) || n != size) {
    sqlite3_free(out);
    sqlite3_result_error(ctx, kUnreadable, -1);
    return;
  }
  out[size] = '\0';
  sqlite3_result_text64(ctx, out, size, sqlite3_free, SQLITE_UTF8);
}

}  // namespace

std::string PackText(std::string_view text) {
  if (text.size() < kMinPacked) return {};
  thread_local std::unique_ptr<ZSTD_CCtx, CCtxFree> cctx(ZSTD_createCCtx());
  if (!cctx) return {};
  std::string out(ZSTD_compressBound(text.size()), '\0');
  const size_t n = ZSTD_compressCCtx(cctx.get(), out.data(), out.size(), text.data(), text.size(), kLevel);
  if (ZSTD_isError(n) || n >= text.size()) return {};
  out.resize(n);
  return out;
}

int RegisterTextFunctions(sqlite3* db) {
  ZSTD_DCtx* dctx = ZSTD_createDCtx();
  if (!dctx) return SQLITE_NOMEM;
  return sqlite3_create_function_v2(db, "sw_text", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, dctx,
                                    SwText, nullptr, nullptr, [](void* p) { ZSTD_freeDCtx(static_cast<ZSTD_DCtx*>(p)); });
}

}  // namespace sw::store
