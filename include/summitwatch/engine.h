// SPDX-License-Identifier: MIT
// The coding engine: knowledge base, codebook and cue lists compiled into one matcher.
//
// Usage:
//   auto engine = summitwatch::Engine::Load("data");
//   if (!engine) { report(engine.error()); return; }
//   summitwatch::Coder coder(*engine);              // one per thread
//   const summitwatch::Coding& c = coder.Code(doc); // valid until the next Code() call
//
// Loading parses YAML and compiles the matcher once (tens of milliseconds); coding a document
// scans its text once with every dictionary.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "summitwatch/coding.h"
#include "summitwatch/document.h"
#include "summitwatch/error.h"

namespace summitwatch {

namespace detail {
struct EngineImpl;
struct CoderImpl;
}  // namespace detail

/// Which coders run. The dictionaries of coders that are off are not compiled into the matcher,
/// so a narrower run is also a faster one. Commitments need mentions and areas (for actors and
/// the area of each commitment), which they switch on.
struct EngineOptions {
  bool areas = true;
  bool mentions = true;  ///< mentions with their stance
  bool tone = true;
  bool commitments = true;
  /// More than 1: the codebook, the stance cues and the tone model load on a second thread
  /// beside the knowledge base. Errors and their order are the same either way.
  unsigned load_threads = 1;

  /// Parses a comma-separated list of "areas", "mentions", "tone", "commitments", or "all".
  static Result<EngineOptions> Parse(std::string_view list);
};

class Engine {
 public:
  /// Loads `data_dir`/kb, codebook, cues and text rules. Errors name file, line and expectation.
  static Result<Engine> Load(const std::string& data_dir, const EngineOptions& options = {});

  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;
  ~Engine();

  /// Number of compiled patterns, for diagnostics.
  size_t pattern_count() const;

 private:
  explicit Engine(std::unique_ptr<detail::EngineImpl> impl);
  std::unique_ptr<detail::EngineImpl> impl_;
  friend class Coder;
};

/// Per-thread coding state (matcher scratch space and buffers). Not thread-safe; cheap to keep.
class Coder {
 public:
  explicit Coder(const Engine& engine);
  Coder(Coder&&) noexcept;
  ~Coder();

  /// Codes `doc`, repairing and normalising doc.text in place first. Never fails: bad bytes are
  /// repaired and counted in Coding::repaired.
  const Coding& Code(Document& doc);

 private:
  std::unique_ptr<detail::CoderImpl> impl_;
};

}  // namespace summitwatch
