// SPDX-License-Identifier: MIT
#include "io/jsonl_reader.h"

#include <gtest/gtest.h>
#include <zstd.h>

#include <cstring>

namespace sw::io {
namespace {

class StringSource : public ByteSource {
 public:
  StringSource(std::string s, size_t step) : s_(std::move(s)), step_(step) {}
  summitwatch::Result<size_t> Read(char* buf, size_t n) override {
    size_t k = std::min({n, step_, s_.size() - pos_});
    std::memcpy(buf, s_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  std::string s_;
  size_t step_;
  size_t pos_ = 0;
};

struct Collected {
  std::vector<summitwatch::Document> docs;
  std::vector<std::string> errors;
};

Collected ReadAll(const std::string& input, size_t step, size_t max_doc = 64u << 20) {
  Collected c;
  StringSource src(input, step);
  summitwatch::ReadOptions opts;
  opts.max_document_bytes = max_doc;
  auto st = ReadJsonLines(src, "feed.jsonl", opts, [&](summitwatch::Document&& d) { c.docs.push_back(std::move(d)); },
                          [&](const summitwatch::Error& e) { c.errors.push_back(e.message); });
  EXPECT_TRUE(st.ok());
  return c;
}

TEST(JsonlReaderTest, ReadsKeysAndKeepsLineNumbersAcrossChunks) {
  std::string input;
  for (int i = 0; i < 3000; ++i) {
    input += "{\"id\":\"d" + std::to_string(i) + "\",\"date\":\"2024-01-02\",\"issuer\":[\"KAZ\",\"CHN\"],\"text\":\"" +
             std::string(2000, 'x') + "\"}\r\n";
    if (i == 1500) input += "\n   \n";  // blank lines are not documents
  }
  for (size_t step : {size_t{7919}, size_t{1} << 22}) {
    Collected c = ReadAll(input, step);
    ASSERT_EQ(c.docs.size(), 3000u);
    EXPECT_TRUE(c.errors.empty());
    EXPECT_EQ(c.docs[2999].id, "d2999");
    EXPECT_EQ(c.docs[10].issuer, (std::vector<std::string>{"KAZ", "CHN"}));
    EXPECT_EQ(c.docs[10].text.size(), 2000u);
  }
}

TEST(JsonlReaderTest, BadLinesAreLocatedAndSkipped) {
  Collected c = ReadAll("{\"text\":\"a\"}\n[1,2]\n{\"text\": 5}\n{\"text\":\"b\",\"date\":\"May 1\"}\n{\"text\":\"c\"", 3);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "feed:1");
  EXPECT_EQ(c.errors, (std::vector<std::string>{
                          "feed.jsonl:2: expected a JSON object, found another JSON value.",
                          "feed.jsonl:3: expected 'text' to be a string.",
                          "feed.jsonl:4: expected 'date' as YYYY-MM-DD, found 'May 1'.",
                          "feed.jsonl:5: expected a JSON object; the line is truncated or not valid JSON.",
                      }));
}

TEST(JsonlReaderTest, OversizedLineIsSkippedWithoutStoppingTheFeed) {
  std::string input = "{\"text\":\"" + std::string(3u << 20, 'a') + "\"}\n{\"text\":\"after\"}\n";
  Collected c = ReadAll(input, 1u << 16, 1u << 20);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "after");
  EXPECT_EQ(c.docs[0].id, "feed:2");
  EXPECT_EQ(c.errors, (std::vector<std::string>{"feed.jsonl:1: line is longer than the 1 MB document limit; skipped."}));
}

}  // namespace
}  // namespace sw::io
