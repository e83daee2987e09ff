// SPDX-License-Identifier: MIT
#include "io/jsonl_reader.h"

#include <fmt/format.h>
#include <simdjson.h>

#include <cstring>
#include <filesystem>
#include <memory>
#include <vector>

#include "io/metadata.h"

namespace sw::io {
namespace {

using summitwatch::ErrorCode;
using summitwatch::MakeError;
namespace dom = simdjson::dom;

constexpr size_t kChunk = 4u << 20;

// Parses one line into `doc`; returns an empty string or the reason the line is skipped.
// The DOM API dispatches to the best SIMD kernel at run time; On-Demand in this simdjson
// version would be compiled for the baseline CPU only.
std::string ParseLine(dom::parser& parser, const char* line, size_t len, summitwatch::Document& doc) {
  dom::element root;
  if (parser.parse(line, len, false).get(root)) return "expected a JSON object; the line is truncated or not valid JSON.";
  dom::object obj;
  if (root.get_object().get(obj)) return "expected a JSON object, found another JSON value.";
  bool has_text = false;
  for (auto [key, v] : obj) {
    if (key == "issuer") {
      if (v.is_array()) {
        for (dom::element x : dom::array(v)) {
          std::string_view s;
          if (x.get_string().get(s)) return "expected 'issuer' to be a list of actor ids.";
          doc.issuer.emplace_back(s);
        }
      } else if (v.is_string()) {
        doc.issuer.emplace_back(std::string_view(v));
      } else if (!v.is_null()) {
        return "expected 'issuer' to be a list of actor ids.";
      }
    } else if (v.is_string()) {
      std::string_view s(v);
      if (key == "text") {
        doc.text.assign(s);
        has_text = true;
      } else {
        SetField(doc, key, std::string(s));
      }
    } else if (key == "text") {
      return "expected 'text' to be a string.";
    } else if (key == "id" && v.is_int64()) {
      doc.id = std::to_string(int64_t(v));
    }
  }
  if (!has_text) return "the object has no 'text'.";
  return ValidateMetadata(doc);
}

// A byte buffer that is not zero-filled: a vector<char> of the 4 MB chunk cost a start-up
// memset for every process, however short its input, and read() overwrites the bytes anyway.
class ChunkBuffer {
 public:
  explicit ChunkBuffer(size_t size) : bytes_(new char[size]), size_(size) {}
  char* data() { return bytes_.get(); }
  size_t size() const { return size_; }
  void Grow(size_t size, size_t keep) {  // to `size` bytes, keeping the first `keep`
    std::unique_ptr<char[]> bigger(new char[size]);
    std::memcpy(bigger.get(), bytes_.get(), keep);
    bytes_ = std::move(bigger);
    size_ = size;
  }

 private:
  std::unique_ptr<char[]> bytes_;
  size_t size_;
};

}  // namespace

summitwatch::Status ReadJsonLines(ByteSource& src, const std::string& where, const summitwatch::ReadOptions& options,
                                  const summitwatch::DocumentSink& on_doc, const summitwatch::SkipSink& on_skip) {
  dom::parser parser(options.max_document_bytes + 1);
  ChunkBuffer buf(kChunk + simdjson::SIMDJSON_PADDING);
  size_t len = 0;         // bytes held in buf
  size_t line_no = 1;     // line number of buf[0]
  bool skipping = false;  // inside an oversized line
  bool eof = false;
  const std::string stem = where == "<stdin>" ? "stdin" : std::filesystem::path(where).stem().string();

  auto emit = [&](const char* p, size_t n) {
    if (n && p[n - 1] == '\r') --n;
    size_t ws = 0;
    while (ws < n && (p[ws] == ' ' || p[ws] == '\t')) ++ws;
    if (ws == n) return;  // blank lines separate nothing and are not documents
    summitwatch::Document doc;
    std::string bad = ParseLine(parser, p, n, doc);
    if (!bad.empty()) {
      on_skip(MakeError(ErrorCode::kInvalidInput, fmt::format("{}:{}: {}", where, line_no, bad), where));
      return;
    }
    if (doc.id.empty()) doc.id = fmt::format("{}:{}", stem, line_no);
    ApplyOverrides(options.overrides, doc);
    on_doc(std::move(doc));
  };

  while (!eof) {
    if (len == buf.size() - simdjson::SIMDJSON_PADDING) {
      // A line fills the buffer: grow it up to the document limit, then give up on the line.
      if (!skipping && len < options.max_document_bytes + 1) {
        buf.Grow(std::min(buf.size() * 2, options.max_document_bytes + 2 + simdjson::SIMDJSON_PADDING), len);
      } else {
        if (!skipping) {
          on_skip(MakeError(ErrorCode::kInvalidInput,
                            fmt::format("{}:{}: line is longer than the {} MB document limit; skipped.", where, line_no,
                                        options.max_document_bytes >> 20),
                            where));
        }
        skipping = true;
        len = 0;
      }
    }
    auto got = src.Read(buf.data() + len, buf.size() - simdjson::SIMDJSON_PADDING - len);
    if (!got) return got.error();
    if (*got == 0) eof = true;
    len += *got;

    size_t start = 0;
    for (;;) {
      const char* nl = static_cast<const char*>(std::memchr(buf.data() + start, '\n', len - start));
      if (!nl) break;
      size_t end = static_cast<size_t>(nl - buf.data());
      if (skipping) {
        skipping = false;
      } else if (end - start > options.max_document_bytes) {
        on_skip(MakeError(ErrorCode::kInvalidInput,
                          fmt::format("{}:{}: line is longer than the {} MB document limit; skipped.", where, line_no,
                                      options.max_document_bytes >> 20),
                          where));
      } else {
        emit(buf.data() + start, end - start);
      }
      ++line_no;
      start = end + 1;
    }
    if (eof && start < len && !skipping) {
      // A last line without a newline: a truncated feed's partial record is reported by the parser.
      std::memset(buf.data() + len, 0, simdjson::SIMDJSON_PADDING);
      emit(buf.data() + start, len - start);
      start = len;
    }
    std::memmove(buf.data(), buf.data() + start, len - start);
    len -= start;
  }
  return {};
}

}  // namespace sw::io
