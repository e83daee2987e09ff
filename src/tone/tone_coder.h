// SPDX-License-Identifier: MIT
// Tone alone: the engine with only its tone coder switched on (EngineOptions), so the text
// preparation and the scoring are exactly those of a full run. `summitwatch eval tone` scores
// rated texts with it.
//
// Usage:
//   auto coder = sw::tone::ToneCoder::Load("data");
//   if (!coder) { report(coder.error()); return; }
//   const summitwatch::Coding& c = (*coder)->Code(doc);   // tone, sentence_tone, words, lang
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "summitwatch/coding.h"
#include "summitwatch/document.h"
#include "summitwatch/engine.h"
#include "summitwatch/error.h"

namespace sw::tone {

class ToneCoder {
 public:
  static summitwatch::Result<std::unique_ptr<ToneCoder>> Load(const std::string& data_dir);

  /// Codes tone only; repairs and normalises doc.text in place as the engine does.
  const summitwatch::Coding& Code(summitwatch::Document& doc) { return coder_->Code(doc); }

 private:
  explicit ToneCoder(summitwatch::Engine engine) : engine_(std::move(engine)) { coder_.emplace(engine_); }
  summitwatch::Engine engine_;
  std::optional<summitwatch::Coder> coder_;
};

}  // namespace sw::tone
