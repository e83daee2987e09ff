// SPDX-License-Identifier: MIT
#include "tone/lexicon.h"

#include <fmt/format.h>

#include <charconv>
#include <filesystem>

#include "kb/dictionaries.h"
#include "kb/yaml_file.h"
#include "match/canonical.h"
#include "tone/afinn_json.h"
#include "tone/flat_index.h"
#include "tone/word_fold.h"
#include "util/read_file.h"

namespace sw::tone {
namespace {

namespace fs = std::filesystem;

int LineOf(const YAML::Node& n) { return n.Mark().line + 1; }

// A pattern that begins or ends with ASCII punctuation (":)", "</3") is an emoticon: it counts
// only as a whole whitespace-delimited chunk. Bytes of other scripts are letters.
bool IsEmoticon(std::string_view p) {
  if (!p.empty() && p.back() == '*') p.remove_suffix(1);
  auto punct = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x80 && !((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'));
  };
  return !p.empty() && (punct(p.front()) || punct(p.back()));
}

// Accumulates entries, one per (language, pattern); later files refine earlier ones.
class Builder {
 public:
  // About 12,000 patterns today: no rehashing or regrowth while they are read.
  Builder(Lexicon& lex, std::vector<kb::Issue>& issues) : lex_(lex), issues_(issues), index_(32768) {
    lex_.entries.reserve(16384);
    lex_.patterns.reserve(16384);
  }

  // The file the next patterns come from.
  void File(const std::string& path) {
    file_ = static_cast<uint32_t>(lex_.files.size());
    lex_.files.push_back(path);
  }

  // The entry of (lang, canonical text), or of (lang, text) exactly as written for an
  // exact-case pattern, created on first sight.
  Entry* Get(ToneLang lang, std::string_view text, bool exact, int line) {
    match::CanonicalizePattern(text, canon_);
    if (canon_.empty()) {
      issues_.push_back({lex_.files[file_], line, fmt::format("pattern '{}' is empty after normalisation.", text)});
      return nullptr;
    }
    // Entry i has pattern i, which holds everything its key is made of.
    uint64_t h = Hash(canon_) ^ (static_cast<uint64_t>(lang) << 1) ^ (exact ? 1 : 0);
    if (exact) h ^= Hash(text) * 0x9E3779B97F4A7C15ull;
    const uint32_t id = index_.FindOrAdd(h, [&](uint32_t known) {
      const LexiconPattern& p = lex_.patterns[known];
      return lex_.entries[known].lang == lang && p.exact_case == exact && p.canon == canon_ && (!exact || p.text == text);
    });
    if (id < lex_.entries.size()) return &lex_.entries[id];
    Entry e;
    e.lang = lang;
    if (IsEmoticon(text)) e.roles |= kEmoticon;
    e.rank = static_cast<uint16_t>(std::min<size_t>(canon_.size(), 0xFFFF));
    lex_.entries.push_back(e);
    lex_.patterns.push_back({std::string(text), canon_, id, exact, file_, line});
    return &lex_.entries[id];
  }

  Lexicon& lex_;
  std::vector<kb::Issue>& issues_;

 private:
  FlatIndex index_;  // entry ids by the hash of their key
  uint32_t file_ = 0;
  std::string canon_;
};

// The upstream VADER file, verbatim: TOKEN<TAB>mean<TAB>sd<TAB>[ratings], CRLF tolerated.
void ReadVader(const std::string& path, ToneLang lang, Builder& b) {
  std::string buf;
  if (!util::ReadFile(path, buf)) {
    b.issues_.push_back({path, 0, "cannot be read."});
    return;
  }
  b.File(path);
  int n = 0;
  // Lines as std::getline gives them: a final line without '\n' counts, an empty tail does not.
  for (size_t pos = 0; pos < buf.size();) {
    const size_t nl = buf.find('\n', pos);
    std::string_view line(buf.data() + pos, (nl == std::string::npos ? buf.size() : nl) - pos);
    pos = nl == std::string::npos ? buf.size() : nl + 1;
    ++n;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const size_t t1 = line.find('\t');
    const size_t t2 = t1 == std::string_view::npos ? std::string_view::npos : line.find('\t', t1 + 1);
    float mean = 0;
    const char* first = t1 == std::string_view::npos ? nullptr : line.data() + t1 + 1;
    const char* last = line.data() + (t2 == std::string_view::npos ? line.size() : t2);
    if (!first || first >= last || std::from_chars(first, last, mean).ec != std::errc()) {
      b.issues_.push_back({path, n, "expected TOKEN<TAB>mean valence<TAB>..., as VADER's lexicon has."});
      continue;
    }
    const std::string_view token = line.substr(0, t1);
    // '*' is our stem marker, so the few emoticons made with it cannot be patterns; tokens of
    // digits alone ("143", "187": texting codes) are, in news, numbers.
    if (token.find('*') != std::string_view::npos) continue;
    if (token.find_first_not_of("0123456789") == std::string_view::npos) continue;
    Entry* e = b.Get(lang, token, false, n);
    if (!e) continue;
    e->valence = mean;
    e->roles |= kHasValence;
  }
}

// AFINN as the `sentiment` package ships it: a JSON object from word to an integer -5..+5.
// `scale` maps it onto VADER's range; only words no earlier file rated are taken, so AFINN
// widens VADER's coverage without overruling its finer ratings.
void ReadAfinn(const std::string& path, ToneLang lang, double scale, Builder& b) {
  std::string buf;
  if (!util::ReadFile(path, buf)) {
    b.issues_.push_back({path, 0, "cannot be read."});
    return;
  }
  std::vector<AfinnWord> words;
  if (auto err = ParseAfinnJson(buf, words)) {
    b.issues_.push_back({path, err->line,
                         fmt::format("{}, in what should be a JSON object from word to valence (AFINN's labels.json).",
                                     err->message)});
    return;
  }
  b.File(path);
  for (const AfinnWord& w : words) {
    const std::string& word = w.word;
    if (word.find('*') != std::string::npos) continue;
    if (word.find_first_not_of("0123456789") == std::string::npos) continue;
    const size_t before = b.lex_.entries.size();
    Entry* e = b.Get(lang, word, false, 0);
    if (!e) continue;
    if (b.lex_.entries.size() == before && (e->roles & kHasValence)) continue;
    e->valence = static_cast<float>(w.value * scale);
    e->roles |= kHasValence;
  }
}

// A list item: "pattern" or {text: pattern, case: exact}.
bool ItemText(const YAML::Node& item, const std::string& file, Builder& b, std::string& text, bool& exact) {
  exact = false;
  if (item.IsScalar()) {
    text = item.Scalar();
    return true;
  }
  if (item.IsMap() && item["text"] && item["text"].IsScalar()) {
    text = item["text"].Scalar();
    if (item["case"]) {
      if (!item["case"].IsScalar() || item["case"].Scalar() != "exact") {
        b.issues_.push_back({file, LineOf(item["case"]), "expected 'case: exact'."});
        return false;
      }
      exact = true;
    }
    return true;
  }
  b.issues_.push_back({file, LineOf(item), "expected a pattern, or a map with 'text' (and 'case: exact')."});
  return false;
}

template <typename Fn>
void ForEachItem(const YAML::Node& list, const std::string& key, const std::string& file, Builder& b, Fn&& fn) {
  if (!list.IsSequence()) {
    b.issues_.push_back({file, LineOf(list), fmt::format("expected '{}' to be a list of patterns.", key)});
    return;
  }
  for (const YAML::Node& item : list) {
    std::string text;
    bool exact = false;
    if (ItemText(item, file, b, text, exact)) fn(text, exact, LineOf(item));
  }
}

template <typename Fn>
void ForEachNumber(const YAML::Node& map, const std::string& key, const std::string& file, Builder& b, Fn&& fn) {
  if (!map.IsMap()) {
    b.issues_.push_back({file, LineOf(map), fmt::format("expected '{}' to be a map from pattern to number.", key)});
    return;
  }
  for (const auto& kv : map) {
    double v = 0;
    if (!kv.second.IsScalar() || !kb::DecodeDouble(kv.second, v) || v < -4 || v > 4) {
      b.issues_.push_back({file, LineOf(kv.second),
                           fmt::format("expected a number from -4 to 4 for '{}'.", kv.first.Scalar())});
      continue;
    }
    fn(kv.first.Scalar(), static_cast<float>(v), LineOf(kv.first));
  }
}

void ReadOwn(const std::string& path, ToneLang lang, Builder& b) {
  YAML::Node root = kb::LoadYamlFile(path, b.issues_);
  if (!root) return;
  b.File(path);
  if (!root.IsMap()) {
    b.issues_.push_back({path, LineOf(root), "expected a map with keys such as 'valence', 'negators', 'boosters'."});
    return;
  }
  auto role = [&](uint8_t r) {
    return [&b, lang, r](const std::string& text, bool exact, int line) {
      if (Entry* e = b.Get(lang, text, exact, line)) e->roles |= r;
    };
  };
  for (const auto& kv : root) {
    const std::string key = kv.first.Scalar();
    const YAML::Node& v = kv.second;
    if (key == "valence") {
      ForEachNumber(v, key, path, b, [&](const std::string& text, float x, int line) {
        if (Entry* e = b.Get(lang, text, false, line)) {
          e->valence = x;
          e->roles |= kHasValence;
        }
      });
    } else if (key == "boosters") {
      ForEachNumber(v, key, path, b, [&](const std::string& text, float x, int line) {
        if (Entry* e = b.Get(lang, text, false, line)) e->booster = x;
      });
    } else if (key == "neutral") {
      ForEachItem(v, key, path, b, [&](const std::string& text, bool exact, int line) {
        if (Entry* e = b.Get(lang, text, exact, line)) {
          e->valence = 0;
          e->roles |= kHasValence;
        }
      });
    } else if (key == "negators") {
      ForEachItem(v, key, path, b, role(kNegator));
    } else if (key == "contrast") {
      ForEachItem(v, key, path, b, role(kContrast));
    } else if (key == "activity") {
      ForEachItem(v, key, path, b, role(kActivity));
    } else if (key == "self_group") {
      ForEachItem(v, key, path, b, role(kSelfGroup));
    } else {
      b.issues_.push_back({path, LineOf(kv.first),
                           fmt::format("unknown key '{}'; expected one of: valence, neutral, negators, boosters, "
                                       "contrast, activity, self_group.",
                                       key)});
    }
  }
}

}  // namespace

Lexicon LoadLexicon(const std::string& data_dir, std::vector<kb::Issue>& issues) {
  Lexicon lex;
  Builder b(lex, issues);
  const std::string manifest = data_dir + "/lexicons/manifest.yaml";
  YAML::Node root = kb::LoadYamlFile(manifest, issues);
  if (!root) return lex;
  if (!root.IsMap()) {
    issues.push_back({manifest, LineOf(root), "expected a map from language (en, ru) to a list of files."});
    return lex;
  }
  const fs::path dir = fs::path(manifest).parent_path();
  for (const auto& kv : root) {
    const std::string code = kv.first.Scalar();
    ToneLang lang;
    if (code == "en") {
      lang = ToneLang::kEn;
    } else if (code == "ru") {
      lang = ToneLang::kRu;
    } else {
      issues.push_back({manifest, LineOf(kv.first), fmt::format("unknown language '{}'; expected en or ru.", code)});
      continue;
    }
    if (!kv.second.IsSequence()) {
      issues.push_back({manifest, LineOf(kv.second), "expected a list of {file: ..., format: ...}."});
      continue;
    }
    for (const YAML::Node& item : kv.second) {
      if (!item.IsMap() || !item["file"] || !item["file"].IsScalar()) {
        issues.push_back({manifest, LineOf(item), "expected {file: PATH} or {file: PATH, format: vader}."});
        continue;
      }
      const std::string format = item["format"] ? item["format"].Scalar() : "yaml";
      if (format != "yaml" && format != "vader" && format != "afinn") {
        issues.push_back({manifest, LineOf(item["format"]),
                          fmt::format("unknown format '{}'; expected vader, afinn or yaml.", format)});
        continue;
      }
      const std::string path = (dir / item["file"].Scalar()).lexically_normal().string();
      std::error_code ec;
      if (!fs::exists(path, ec)) {
        // A registry file (the VADER lexicon) is absent until 'make deps' has run.
        issues.push_back({manifest, LineOf(item),
                          fmt::format("{}: not found{}", path, format != "yaml" ? "; run 'make deps'." : ".")});
        continue;
      }
      if (format == "vader") {
        ReadVader(path, lang, b);
      } else if (format == "afinn") {
        double scale = 0.8;
        if (item["scale"] && !kb::DecodeDouble(item["scale"], scale)) {
          issues.push_back({manifest, LineOf(item["scale"]), "expected 'scale' to be a number."});
        }
        ReadAfinn(path, lang, scale, b);
      } else {
        ReadOwn(path, lang, b);
      }
    }
  }
  // VADER never scores its degree adverbs: "very" modifies, it is not itself positive.
  for (Entry& e : lex.entries) {
    if (e.booster != 0) e.valence = 0;
  }
  return lex;
}

}  // namespace sw::tone
