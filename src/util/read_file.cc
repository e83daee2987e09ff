// SPDX-License-Identifier: MIT
#include "util/read_file.h"

#include <filesystem>
#include <fstream>
#include <system_error>

namespace sw::util {

// PERF: sized once and read in one go, where `ss << in.rdbuf()` grew a stream buffer and then
// copied it out again. The size comes from the file system, not from seeking: a directory opens
// as a stream on Linux and reports a size of 2^63 - 1.
bool ReadFile(const std::string& path, std::string& out) {
  out.clear();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return false;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.resize(static_cast<size_t>(size));
  if (size > 0 && !in.read(out.data(), static_cast<std::streamsize>(size))) {
    out.clear();
    return false;
  }
  return true;
}

}  // namespace sw::util
