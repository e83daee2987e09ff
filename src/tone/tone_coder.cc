// SPDX-License-Identifier: MIT
#include "tone/tone_coder.h"

namespace sw::tone {

summitwatch::Result<std::unique_ptr<ToneCoder>> ToneCoder::Load(const std::string& data_dir) {
  summitwatch::EngineOptions only_tone{false, false, true, false};
  auto engine = summitwatch::Engine::Load(data_dir, only_tone);
  if (!engine) return engine.error();
  return std::unique_ptr<ToneCoder>(new ToneCoder(std::move(*engine)));
}

}  // namespace sw::tone
