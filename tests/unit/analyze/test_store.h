// SPDX-License-Identifier: MIT
// What the analyze tests share to build a small store by hand: the store, in the test's own
// directory, with the test's knowledge base; documents inserted the way the ingest inserts them
// (one transaction, totals flushed before COMMIT, or the aggregate queries would see nothing);
// builders for hand-coded documents.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../temp_dir.h"
#include "store/document_writer.h"
#include "store/store_impl.h"
#include "summitwatch/store.h"

namespace sw::test {

using CodedDocument = std::pair<summitwatch::Document, summitwatch::Coding>;

// The test's directory has an empty kb/ for the test's knowledge base.
class TempStoreTest : public TempDirTest {
 protected:
  TempStoreTest() { std::filesystem::create_directories(dir_ / "kb"); }
  // The store holds files in the directory open: close it before the directory goes.
  ~TempStoreTest() override { store_.reset(); }

  void WriteKb(std::string_view yaml) { std::ofstream(dir_ / "kb" / "kb.yaml") << yaml; }

  // Creates the store, loading the knowledge base in `kb_dir` unless it is empty. Call it
  // within ASSERT_NO_FATAL_FAILURE: a failure here must stop the test.
  void OpenStore(const std::string& kb_dir) {
    auto store = summitwatch::Store::Create((dir_ / "test.db").string());
    ASSERT_TRUE(store) << store.error().message;
    if (!kb_dir.empty()) {
      auto loaded = store->LoadKnowledgeBase(kb_dir);
      ASSERT_TRUE(loaded) << loaded.error().message;
    }
    store_.emplace(std::move(*store));
  }
  void OpenStoreWithKb(std::string_view yaml) {
    WriteKb(yaml);
    OpenStore((dir_ / "kb").string());
  }

  // Within ASSERT_NO_FATAL_FAILURE too. The hashes are made from the ids, so that no document is
  // taken for a duplicate of another.
  void Insert(const std::vector<CodedDocument>& documents) {
    auto& db = store_->impl().db;
    sw::store::DocumentWriter w(db);
    ASSERT_TRUE(db.Exec("BEGIN"));
    for (const auto& [d, c] : documents) {
      auto r = w.Insert(d, c, "en", d.id + "-hash", 0);
      ASSERT_TRUE(r && *r) << d.id << ": " << (r ? "duplicate" : r.error().message);
    }
    ASSERT_TRUE(w.FlushTotals());
    ASSERT_TRUE(db.Exec("COMMIT"));
  }

  std::optional<summitwatch::Store> store_;
};

// A document without text; add it with AddSentence.
inline summitwatch::Document Doc(std::string id, std::string date, std::string kind,
                                 std::vector<std::string> issuer = {}, std::string format = {},
                                 std::string country = {}) {
  summitwatch::Document d;
  d.id = std::move(id);
  d.date = std::move(date);
  d.kind = std::move(kind);
  d.issuer = std::move(issuer);
  d.format = std::move(format);
  d.country = std::move(country);
  return d;
}

// Appends `text` as a sentence of compound `tone` (after a space unless it is the first); its index.
inline uint32_t AddSentence(summitwatch::Document& d, summitwatch::Coding& c, std::string_view text,
                            double tone = 0) {
  if (!d.text.empty()) d.text += ' ';
  const auto start = static_cast<uint32_t>(d.text.size());
  d.text += text;
  c.sentences.push_back({start, static_cast<uint32_t>(d.text.size())});
  c.sentence_tone.push_back(tone);
  return static_cast<uint32_t>(c.sentences.size() - 1);
}

// `d` with the text "One. Two." (spans 0-4 and 5-9, tones 0.1 and -0.1, two words), coded by hand.
inline CodedDocument TwoSentences(summitwatch::Document d, std::vector<summitwatch::Mention> mentions,
                                  std::vector<summitwatch::AreaShare> areas = {},
                                  std::vector<summitwatch::SentenceArea> sentence_areas = {}) {
  summitwatch::Coding c;
  c.lang = "en";
  c.words = 2;
  AddSentence(d, c, "One.", 0.1);
  AddSentence(d, c, "Two.", -0.1);
  c.areas = std::move(areas);
  c.sentence_areas = std::move(sentence_areas);
  c.mentions = std::move(mentions);
  return {std::move(d), std::move(c)};
}

}  // namespace sw::test
