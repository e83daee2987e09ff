// SPDX-License-Identifier: MIT
#include "report/evidence.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "report/html.h"
#include "store/store_impl.h"

namespace sw::report {
namespace {

constexpr size_t kExcerptBytes = 400;

// Cuts `s` to at most `n` bytes at a character boundary, marking the cut.
std::string Clip(std::string_view s, size_t n) {
  if (s.size() <= n) return std::string(s);
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n)) + "…";
}

struct DocHeader {
  std::string id, title, date, kind, issuers;
};

// Reads documents' headers with one prepared statement.
class HeaderReader {
 public:
  explicit HeaderReader(const sw::store::Db& db)
      : q_(db,
           "SELECT d.id, coalesce(d.title, ''), coalesce(d.date, ''), coalesce(d.kind, ''), "
           "coalesce((SELECT group_concat(issuer, ', ') FROM document_issuers i WHERE i.doc = d.doc), '') "
           "FROM documents d WHERE d.doc = ?") {}
  /// False when `doc` is unknown or the query failed (see status()).
  bool Read(int64_t doc, DocHeader& h) {
    q_.Reset();
    q_.Bind(1, doc);
    if (!q_.Step()) return false;
    h = {std::string(q_.Text(0)), std::string(q_.Text(1)), std::string(q_.Text(2)), std::string(q_.Text(3)),
         std::string(q_.Text(4))};
    return true;
  }
  const summitwatch::Status& status() const { return q_.status(); }

 private:
  sw::store::Stmt q_;
};

}  // namespace

std::string DocAnchor(int64_t doc) { return fmt::format("doc-{}", doc); }

std::string EvidenceHtml(const summitwatch::Store& store, const std::vector<SentenceRef>& refs,
                         const std::string& summary, size_t max_items) {
  if (refs.empty()) return {};
  const auto& db = store.impl().db;
  std::set<int64_t> docs;
  for (const auto& r : refs) docs.insert(r.doc);
  std::string out = fmt::format("<details class=\"evidence\"><summary>{} ({} sentence{} in {} document{})</summary><ul>\n",
                                Escape(summary), refs.size(), refs.size() == 1 ? "" : "s", docs.size(),
                                docs.size() == 1 ? "" : "s");
  sw::store::Stmt sentence(db,
                           "SELECT substr(CAST(sw_text(t.text) AS BLOB), s.start + 1, s.\"end\" - s.start) "
                           "FROM sentences s JOIN document_texts t ON t.doc = s.doc WHERE s.doc = ? AND s.idx = ?");
  HeaderReader headers(db);
  size_t shown = 0;
  for (const auto& r : refs) {
    if (shown == max_items) break;
    DocHeader h;
    if (!headers.Read(r.doc, h)) continue;
    std::string excerpt;
    if (r.sentence != SentenceRef::kNoSentence) {
      sentence.Reset();
      sentence.Bind(1, r.doc);
      sentence.Bind(2, r.sentence);
      if (sentence.Step()) excerpt = Clip(sentence.Text(0), kExcerptBytes);
    }
    if (excerpt.empty()) excerpt = h.title.empty() ? h.id : h.title;
    fmt::format_to(std::back_inserter(out), "<li><q>{}</q> <a href=\"#{}\">{}</a>{}{}</li>\n", Escape(excerpt),
                   DocAnchor(r.doc), Escape(h.id), h.date.empty() ? "" : ", " + Escape(h.date),
                   h.issuers.empty() ? "" : ", " + Escape(h.issuers));
    ++shown;
  }
  if (shown < refs.size()) fmt::format_to(std::back_inserter(out), "<li class=\"more\">… and {} more</li>\n", refs.size() - shown);
  out += "</ul></details>\n";
  return out;
}

summitwatch::Result<std::string> DocumentIndexHtml(const summitwatch::Store& store, const std::set<int64_t>& cited) {
  HeaderReader headers(store.impl().db);
  std::vector<std::pair<int64_t, DocHeader>> rows;
  for (int64_t doc : cited) {
    DocHeader h;
    if (headers.Read(doc, h)) rows.emplace_back(doc, std::move(h));
    if (!headers.status()) return headers.status().error();
  }
  // By date, as a reader looks a document up; undated documents last.
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    if (a.second.date.empty() != b.second.date.empty()) return b.second.date.empty();
    return a.second.date < b.second.date;
  });
  std::string out =
      "<table class=\"docindex\"><thead><tr><th>document</th><th>date</th><th>kind</th><th>issuers</th><th>title</th>"
      "</tr></thead><tbody>\n";
  for (const auto& [doc, h] : rows) {
    fmt::format_to(std::back_inserter(out), "<tr id=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                   DocAnchor(doc), Escape(h.id), Escape(h.date), Escape(h.kind), Escape(h.issuers), Escape(h.title));
  }
  out += "</tbody></table>\n";
  return out;
}

}  // namespace sw::report
