// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <cstdlib>
#include <future>
#include <set>
#include <thread>

#include "code/engine_impl.h"
#include "summitwatch/engine.h"

namespace summitwatch {
namespace detail {
namespace {

using sw::match::Dict;
using sw::match::Target;

void AddTerms(sw::match::MatcherBuilder& b, Dict dict, uint32_t entry, const std::vector<sw::kb::Term>& terms,
              const std::string& file, std::vector<sw::kb::Issue>& issues) {
  for (const auto& t : terms) {
    Target target{dict, entry, static_cast<float>(t.weight)};
    if (std::string err = b.Add(target, t.text); !err.empty()) issues.push_back({file, t.line, err});
  }
}

// $SUMMITWATCH_CACHE, else $XDG_CACHE_HOME/summitwatch, else ~/.cache/summitwatch; "off"
// disables the cache.
std::string MatcherCacheDir() {
  if (const char* c = std::getenv("SUMMITWATCH_CACHE"); c && *c) return std::string(c) == "off" ? "" : c;
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::string(x) + "/summitwatch";
  if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache/summitwatch";
  return {};
}

}  // namespace

std::unique_ptr<EngineImpl> LoadEngine(const std::string& data_dir, const EngineOptions& options,
                                       std::vector<sw::kb::Issue>& issues, Error* fatal) {
  auto impl = std::make_unique<EngineImpl>();
  impl->options = options;
  // Tone alone needs neither the knowledge base nor the codebook; loading them was a third of
  // its start-up. The knowledge base is checked against the codebook's areas, so it brings it.
  const bool kb = options.mentions || options.commitments;
  // With a second thread, it loads the codebook, the stance cues and then the tone model while
  // this one loads the knowledge base and compiles (the two sides come to 54 M and 81 M
  // instructions for every coder; with the stance cues on this side they were 54 M and 86 M).
  // Each side keeps its problems apart; they join the list where the sequential load put them.
  const bool side_codebook = options.load_threads > 1 && kb;
  const bool side_tone = options.load_threads > 1 && options.tone;
  std::vector<sw::kb::Issue> codebook_issues, tone_issues;
  std::promise<void> codebook_loaded;
  std::future<void> codebook_ready = codebook_loaded.get_future();
  std::jthread side;  // joins on every way out
  if (side_codebook || side_tone) {
    side = std::jthread([&] {
      if (side_codebook) {
        impl->codebook = sw::kb::LoadCodebook(data_dir + "/codebook/areas.yaml", codebook_issues);
        impl->stance_cues = sw::kb::LoadStanceCues(data_dir + "/cues/stance.yaml", codebook_issues);
        codebook_loaded.set_value();
      }
      if (side_tone) impl->tone = sw::tone::ToneModel::Load(data_dir, tone_issues);
    });
  }
  if ((options.areas || kb) && !side_codebook) {
    impl->codebook = sw::kb::LoadCodebook(data_dir + "/codebook/areas.yaml", issues);
  }
  if (kb) {
    if (!side_codebook) impl->stance_cues = sw::kb::LoadStanceCues(data_dir + "/cues/stance.yaml", issues);
    impl->kb = sw::kb::LoadKnowledgeBase(data_dir + "/kb", issues);
    if (side_codebook) {
      codebook_ready.wait();  // the codebook's problems, then the stance cues', come first
      issues.insert(issues.begin(), codebook_issues.begin(), codebook_issues.end());
    }
    std::set<std::string> area_ids;
    for (const auto& a : impl->codebook.areas) area_ids.insert(a.id);
    sw::kb::CheckKnowledgeBase(impl->kb, area_ids, issues);
  }

  auto splitter = sw::text::SentenceSplitter::Load(data_dir + "/text/abbreviations.yaml");
  if (!splitter) {
    *fatal = splitter.error();
    return nullptr;
  }
  impl->splitter = std::move(*splitter);

  sw::match::MatcherBuilder builder;
  for (uint32_t i = 0; options.mentions && i < impl->kb.entities.size(); ++i) {
    const auto& e = impl->kb.entities[i];
    for (const auto& a : e.aliases) {
      Target t{Dict::kEntity, i, 1.0f, a.from, a.to, a.exact_case};
      if (std::string err = builder.Add(t, a.text); !err.empty()) issues.push_back({e.file, a.line, err});
    }
  }
  for (uint32_t i = 0; options.areas && i < impl->codebook.areas.size(); ++i) {
    AddTerms(builder, Dict::kArea, i, impl->codebook.areas[i].terms, impl->codebook.file, issues);
  }
  for (uint32_t i = 0; options.mentions && i < impl->stance_cues.size(); ++i) {
    AddTerms(builder, Dict::kStance, i, impl->stance_cues[i].terms, data_dir + "/cues/stance.yaml", issues);
  }
  if (options.tone) {
    if (side_tone) {
      side.join();
      issues.insert(issues.end(), tone_issues.begin(), tone_issues.end());
    } else {
      impl->tone = sw::tone::ToneModel::Load(data_dir, issues);
    }
    impl->tone.AddPatterns(builder, issues);
  }
  if (options.commitments) {
    impl->commitments = sw::commit::CommitmentModel::Load(data_dir, impl->kb, issues);
    impl->commitments.AddPatterns(builder, issues);
  }
  if (!issues.empty()) return nullptr;
  auto matcher = std::move(builder).Build(MatcherCacheDir());
  if (!matcher) {
    *fatal = matcher.error();
    return nullptr;
  }
  impl->matcher = std::move(*matcher);
  return impl;
}

}  // namespace detail

Result<EngineOptions> EngineOptions::Parse(std::string_view list) {
  EngineOptions o{false, false, false, false};
  size_t b = 0;
  while (b <= list.size()) {
    size_t e = list.find(',', b);
    if (e == std::string_view::npos) e = list.size();
    const std::string_view name = list.substr(b, e - b);
    if (name == "all") {
      o = EngineOptions{};
    } else if (name == "areas") {
      o.areas = true;
    } else if (name == "mentions" || name == "stance") {
      o.mentions = true;
    } else if (name == "tone") {
      o.tone = true;
    } else if (name == "commitments") {
      o.commitments = o.mentions = o.areas = true;
    } else {
      return MakeError(ErrorCode::kInvalidInput,
                       fmt::format("unknown coder '{}'; expected a comma-separated list of areas, mentions, tone, "
                                   "commitments, or all.", name));
    }
    b = e + 1;
  }
  return o;
}

Result<Engine> Engine::Load(const std::string& data_dir, const EngineOptions& options) {
  std::vector<sw::kb::Issue> issues;
  Error fatal;
  auto impl = detail::LoadEngine(data_dir, options, issues, &fatal);
  if (!issues.empty()) {
    std::string msg = issues.front().Format();
    if (issues.size() > 1) {
      msg += fmt::format(" ({} more problems; run 'summitwatch kb check' for the list.)", issues.size() - 1);
    }
    return MakeError(ErrorCode::kInvalidInput, msg, issues.front().file);
  }
  if (!impl) return fatal;
  return Engine(std::move(impl));
}

Engine::Engine(std::unique_ptr<detail::EngineImpl> impl) : impl_(std::move(impl)) {}
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;
Engine::~Engine() = default;
size_t Engine::pattern_count() const { return impl_->matcher.pattern_count(); }

}  // namespace summitwatch
