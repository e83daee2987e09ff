// SPDX-License-Identifier: MIT
// What every subcommand shares: where the data lives, how problems are reported, and the one
// outcome type that main() turns into an exit status.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>

#include "summitwatch/error.h"

namespace sw::cli {

struct Options {
  std::string data_dir;  // --data; resolved by ResolveDataDir when empty
};

/// What a command returns. main() alone maps it to an exit status (0 all done, 1 finished with
/// skipped inputs or problems found, 2 usage or set-up error) and prints a fatal error.
struct Outcome {
  summitwatch::Status fatal;
  size_t skipped = 0;
};

/// --data, else $SUMMITWATCH_DATA, else ../data beside the executable, else ./data.
std::string ResolveDataDir(const Options& opts);

/// "summitwatch: error: <message>" on stderr.
void PrintError(const std::string& message);
void PrintWarning(const std::string& message);

/// Buffered stdout that ends the program quietly when the reader goes away (`| head`).
class Output {
 public:
  ~Output() { Flush(); }
  std::string& buffer() { return buf_; }
  void MaybeFlush() {
    if (buf_.size() >= (1u << 20)) Flush();
  }
  void Flush();

 private:
  std::string buf_;
};

// Each subcommand file registers itself with a static Command object: its Register function adds
// the flags to `app` and, from the subcommand's callback, sets `run` to the work to do. Adding a
// subcommand is adding a file; main.cc does not change.
//
//   static const Command kCode{10, [](CLI::App& app, Options& opts, Runner& run) { ... }};
using Runner = std::function<Outcome()>;
using Register = std::function<void(CLI::App&, Options&, Runner&)>;

struct Command {
  Command(int order, Register reg);  // `order` sorts `--help`
};

/// Every registered subcommand, in order.
void RegisterAll(CLI::App& app, Options& opts, Runner& run);

}  // namespace sw::cli
