// SPDX-License-Identifier: MIT
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <cstdlib>
#include <algorithm>
#include <filesystem>
#include <vector>

#include "cli/command.h"

namespace sw::cli {
namespace {

std::vector<std::pair<int, Register>>& Registry() {
  static std::vector<std::pair<int, Register>> registry;
  return registry;
}

}  // namespace

Command::Command(int order, Register reg) { Registry().emplace_back(order, std::move(reg)); }

void RegisterAll(CLI::App& app, Options& opts, Runner& run) {
  auto& r = Registry();
  std::stable_sort(r.begin(), r.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [order, reg] : r) reg(app, opts, run);
}

std::string ResolveDataDir(const Options& opts) {
  namespace fs = std::filesystem;
  if (!opts.data_dir.empty()) return opts.data_dir;
  if (const char* env = std::getenv("SUMMITWATCH_DATA"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const fs::path& candidate : {exe.parent_path().parent_path() / "data",
                                      exe.parent_path().parent_path() / "share" / "summitwatch" / "data"}) {
      if (!fs::is_directory(candidate / "kb", ec)) continue;
      // Messages read better with paths relative to where the user stands, when that is short.
      fs::path rel = fs::relative(candidate, fs::current_path(ec), ec);
      if (!ec && !rel.empty() && *rel.begin() != "..") return rel.string();
      return fs::weakly_canonical(candidate, ec).string();
    }
  }
  return "data";
}

void PrintError(const std::string& message) { std::fprintf(stderr, "summitwatch: error: %s\n", message.c_str()); }
void PrintWarning(const std::string& message) { std::fprintf(stderr, "summitwatch: warning: %s\n", message.c_str()); }

void Output::Flush() {
  size_t off = 0;
  while (off < buf_.size()) {
    ssize_t n = ::write(STDOUT_FILENO, buf_.data() + off, buf_.size() - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      // A closed pipe is the reader saying it has enough: end quietly, successfully.
      if (errno == EPIPE) std::_Exit(0);
      PrintError(std::string("cannot write to standard output: ") + std::strerror(errno) + ".");
      std::_Exit(2);
    }
    off += static_cast<size_t>(n);
  }
  buf_.clear();
}

}  // namespace sw::cli
