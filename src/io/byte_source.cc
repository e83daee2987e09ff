// SPDX-License-Identifier: MIT
#include "io/byte_source.h"

#include <fmt/format.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace sw::io {
namespace {

using summitwatch::ErrorCode;
using summitwatch::MakeError;

class FileSource : public ByteSource {
 public:
  FileSource(FILE* f, bool owned, std::string path) : f_(f), owned_(owned), path_(std::move(path)) {}
  ~FileSource() override {
    if (owned_) std::fclose(f_);
  }
  summitwatch::Result<size_t> Read(char* buf, size_t n) override {
    size_t got = std::fread(buf, 1, n, f_);
    if (got == 0 && std::ferror(f_)) {
      return MakeError(ErrorCode::kIo, fmt::format("{}: read failed: {}.", path_, std::strerror(errno)), path_);
    }
    return got;
  }

 private:
  FILE* f_;
  bool owned_;
  std::string path_;
};

class ZstdSource : public ByteSource {
 public:
  ZstdSource(std::unique_ptr<ByteSource> inner, std::string path)
      : inner_(std::move(inner)), path_(std::move(path)), in_(ZSTD_DStreamInSize()) {
    ds_ = ZSTD_createDStream();
    ZSTD_initDStream(ds_);
  }
  ~ZstdSource() override { ZSTD_freeDStream(ds_); }

  summitwatch::Result<size_t> Read(char* buf, size_t n) override {
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos == 0) {
      if (pos_ == len_) {
        if (eof_) {
          if (!frame_done_) {
            return MakeError(ErrorCode::kInvalidInput, fmt::format("{}: zstd stream is truncated.", path_), path_);
          }
          return size_t{0};
        }
        auto got = inner_->Read(in_.data(), in_.size());
        if (!got) return got.error();
        len_ = *got;
        pos_ = 0;
        if (len_ == 0) {
          eof_ = true;
          continue;
        }
      }
      ZSTD_inBuffer in{in_.data(), len_, pos_};
      size_t r = ZSTD_decompressStream(ds_, &out, &in);
      pos_ = in.pos;
      if (ZSTD_isError(r)) {
        return MakeError(ErrorCode::kInvalidInput,
                         fmt::format("{}: not a valid zstd stream ({}).", path_, ZSTD_getErrorName(r)), path_);
      }
      frame_done_ = r == 0;
    }
    return out.pos;
  }

 private:
  std::unique_ptr<ByteSource> inner_;
  std::string path_;
  std::vector<char> in_;
  size_t pos_ = 0, len_ = 0;
  bool eof_ = false, frame_done_ = true;
  ZSTD_DStream* ds_;
};

bool EndsWith(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

}  // namespace

summitwatch::Result<std::unique_ptr<ByteSource>> OpenSource(const std::string& path) {
  std::unique_ptr<ByteSource> src;
  if (path == "-") {
    src = std::make_unique<FileSource>(stdin, false, "<stdin>");
  } else {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
      return MakeError(errno == ENOENT ? ErrorCode::kNotFound : ErrorCode::kIo,
                       fmt::format("{}: cannot open: {}.", path, std::strerror(errno)), path);
    }
    src = std::make_unique<FileSource>(f, true, path);
  }
  if (EndsWith(path, ".zst")) src = std::make_unique<ZstdSource>(std::move(src), path);
  return src;
}

}  // namespace sw::io
