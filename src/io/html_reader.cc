// SPDX-License-Identifier: MIT
#include "io/html_reader.h"

#include <fmt/format.h>
#include <gumbo.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <memory>
#include <vector>

#include "kb/date.h"

namespace sw::io {
namespace {

using summitwatch::Document;
using summitwatch::ErrorCode;
using summitwatch::MakeError;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  return out;
}

// ---- Charset: gumbo reads UTF-8 only.

// The label after "charset" or "encoding" at `pos`: `= "windows-1251"` → "windows-1251".
std::string LabelAt(std::string_view s, size_t pos) {
  while (pos < s.size() && IsSpace(s[pos])) ++pos;
  if (pos >= s.size() || s[pos] != '=') return {};
  ++pos;
  while (pos < s.size() && (IsSpace(s[pos]) || s[pos] == '"' || s[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < s.size() && (IsAlpha(s[end]) || IsDigit(s[end]) || std::strchr("-_.:", s[end]))) ++end;
  return std::string(s.substr(pos, end - pos));
}

// A byte-order mark, else <meta charset=...>, <meta http-equiv content="...; charset=..."> or an
// XML declaration's encoding in the first 4 KB (the HTML standard's pre-scan reads 1 KB, but real
// pages put long comments and scripts before their meta). Lower case; empty when none.
std::string DeclaredCharset(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (bytes.substr(0, 2) == "\xFE\xFF") return "utf-16be";
  if (bytes.substr(0, 2) == "\xFF\xFE") return "utf-16le";
  const std::string head = Lower(bytes.substr(0, 4096));
  const std::string_view h = head;
  if (h.substr(0, 5) == "<?xml") {
    size_t end = h.find("?>"), at = h.find("encoding");
    if (at < end) {
      if (std::string label = LabelAt(h.substr(0, end), at + 8); !label.empty()) return label;
    }
  }
  for (size_t at = h.find("<meta"); at != std::string_view::npos; at = h.find("<meta", at + 5)) {
    size_t end = std::min(h.find('>', at), h.size()), cs = h.find("charset", at);
    if (cs >= end) continue;
    std::string label = LabelAt(h.substr(0, end), cs + 7);
    // A page whose meta can be read as ASCII is not UTF-16, whatever the meta says (WHATWG).
    if (label.rfind("utf-16", 0) == 0) return "utf-8";
    if (!label.empty()) return label;
  }
  return {};
}

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  for (int32_t i = 0, n = static_cast<int32_t>(s.size()); i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string ToUtf8(std::string_view bytes) {
  std::string label = DeclaredCharset(bytes);
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (label.empty() || label == "utf-8" || label == "utf8" || bytes.size() > INT32_MAX) return std::string(bytes);
  const bool utf16 = label.rfind("utf-16", 0) == 0;
  // A page saved from a browser is re-encoded as UTF-8 but keeps its original meta; text in a
  // legacy charset is practically never valid multi-byte UTF-8 by chance, so valid UTF-8 wins.
  if (!utf16 && IsValidUtf8(bytes)) return std::string(bytes);
  // Browsers decode iso-8859-1 and us-ascii as windows-1252 (WHATWG Encoding Standard), and pages
  // so labelled do contain its quotes and dashes in 0x80-0x9F, which ISO-8859-1 makes controls.
  for (const char* alias : {"iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii"}) {
    if (label == alias) label = "windows-1252";
  }
  if (utf16) bytes.remove_prefix(2);
  UErrorCode status = U_ZERO_ERROR;
  const auto n = static_cast<int32_t>(bytes.size());
  int32_t need = ucnv_convert("UTF-8", label.c_str(), nullptr, 0, bytes.data(), n, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
    return std::string(bytes);  // a label ICU does not know: the engine repairs what is not UTF-8
  }
  std::string out(static_cast<size_t>(need), '\0');
  status = U_ZERO_ERROR;
  ucnv_convert("UTF-8", label.c_str(), out.data(), need, bytes.data(), n, &status);
  return U_FAILURE(status) ? std::string(bytes) : out;
}

// ---- A guard against pathological nesting.

// Gumbo scans its stack of open elements at each start tag, so parse time grows with the square
// of the nesting depth: 30 000 nested <div>s take seconds, a megabyte of them hours. Real pages
// nest a few dozen deep. This bound counts start tags minus end tags, leaving out void elements
// and those whose end tag the parser supplies (<p>, <li>, <td>...), which never nest deeply. As in
// the parser, "/>" closes an element only inside SVG and MathML: <div/> opens a <div>.
constexpr size_t kMaxDepth = 10000;

size_t NestingBound(std::string_view s) {
  static const char* const kFlat[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                      "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th",
                                      "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot", "colgroup"};
  size_t depth = 0, deepest = 0, foreign = 0;
  for (size_t i = s.find('<'); i != std::string_view::npos && i + 2 < s.size(); i = s.find('<', i + 1)) {
    const bool end_tag = s[i + 1] == '/';
    size_t b = i + 1 + end_tag, e = b;
    while (e < s.size() && (IsAlpha(s[e]) || IsDigit(s[e]))) ++e;
    if (e == b || !IsAlpha(s[b])) continue;
    const std::string name = Lower(s.substr(b, e - b));
    const bool svg_or_math = name == "svg" || name == "math";
    if (end_tag) {
      if (depth > 0) --depth;
      if (svg_or_math && foreign > 0) --foreign;
      continue;
    }
    const size_t close = s.find('>', e);
    if (close != std::string_view::npos && s[close - 1] == '/' && (foreign > 0 || svg_or_math)) continue;
    if (std::any_of(std::begin(kFlat), std::end(kFlat), [&](const char* f) { return name == f; })) continue;
    foreign += svg_or_math;
    deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

// ---- The tree.

const char* Attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool IsElement(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT; }
bool Is(const GumboNode* n, GumboTag tag) { return IsElement(n) && n->v.element.tag == tag; }

// Visits elements in document order; `visit(node)` returns whether to descend into it. Iterative,
// so deep pages cannot exhaust the stack.
template <typename Visit>
void ForEachElement(const GumboNode* root, Visit visit) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!IsElement(n) || !visit(n)) continue;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
}

// Content a reader does not see as the page's text: code, navigation and site chrome, forms and
// controls, embedded documents and media, SVG and MathML. An <article>'s own <header> holds its
// headline and stays; the page's <header> is the site banner.
bool IsSkipped(const GumboNode* n, bool keep_header) {
  if (n->type == GUMBO_NODE_TEMPLATE) return true;
  if (n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return true;
  switch (n->v.element.tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP:
      return true;
    case GUMBO_TAG_HEADER:
      return !keep_header;
    default:
      return Attr(n, "hidden") != nullptr;
  }
}

enum class Flow { kInline, kWord, kLine, kParagraph };

Flow FlowOf(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
      return Flow::kWord;
    case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TR:
      return Flow::kLine;
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HGROUP: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_CENTER: case GUMBO_TAG_BODY:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
      return Flow::kParagraph;
    default:
      return Flow::kInline;
  }
}

// Collects text with whitespace collapsed. Breaks are deferred and only written when more text
// follows, so empty blocks leave nothing and the text has no leading or trailing whitespace.
class TextBuilder {
 public:
  void Break(int level) { pending_ = std::max(pending_, level); }
  void LineBreak() { pending_ = std::min(pending_ + 1, 2); }  // <br><br> ends a paragraph
  void WordBreak() { space_ = true; }
  void Text(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      if (IsSpace(s[i])) {
        space_ = true;
      } else if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {  // &nbsp; lays out, not joins
        space_ = true;
        ++i;
      } else {
        Flush();
        out_ += s[i];
      }
    }
  }
  void Verbatim(std::string_view s) {  // inside <pre>
    for (char c : s) {
      if (c == '\n') LineBreak();
      if (c == '\n' || c == '\r') continue;
      Flush();
      out_ += c;
    }
  }
  bool empty() const { return out_.empty(); }
  std::string Take() { return std::move(out_); }

 private:
  void Flush() {
    if (!out_.empty()) out_ += pending_ == 2 ? "\n\n" : pending_ == 1 ? "\n" : space_ ? " " : "";
    pending_ = 0;
    space_ = false;
  }
  std::string out_;
  int pending_ = 0;  // 1: a line break, 2: a paragraph break
  bool space_ = false;
};

void ApplyFlow(Flow f, TextBuilder& out) {
  if (f == Flow::kParagraph) out.Break(2);
  if (f == Flow::kLine) out.Break(1);
  if (f == Flow::kWord) out.WordBreak();
}

// Appends the visible text under `root`; `time` receives the first <time datetime> met.
void AppendText(const GumboNode* root, bool keep_header, TextBuilder& out, std::string& time) {
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack;
  int pre = 0;
  auto open = [&](const GumboNode* n) {  // true: visit its children
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      pre ? out.Verbatim(n->v.text.text) : out.Text(n->v.text.text);
      return false;
    }
    if (!IsElement(n) || IsSkipped(n, keep_header)) return false;
    const GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_BR) out.LineBreak();
    if (tag == GUMBO_TAG_PRE) ++pre;
    if (tag == GUMBO_TAG_TIME && time.empty() && Attr(n, "datetime")) time = Attr(n, "datetime");
    ApplyFlow(FlowOf(tag), out);
    return true;
  };
  if (open(root)) stack.push_back({root, 0});
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& kids = f.node->v.element.children;
    if (f.next < kids.length) {
      const auto* child = static_cast<const GumboNode*>(kids.data[f.next++]);
      if (open(child)) stack.push_back({child, 0});
      continue;
    }
    if (f.node->v.element.tag == GUMBO_TAG_PRE) --pre;
    ApplyFlow(FlowOf(f.node->v.element.tag), out);
    stack.pop_back();
  }
}

// Where the page's own text is: the first <main> (or role="main"), else every outermost
// <article>, else <body>. Navigation and other skipped parts are not searched, so teaser
// articles in an <aside> do not count.
std::vector<const GumboNode*> ContentRoots(const GumboNode* body) {
  const GumboNode* main = nullptr;
  std::vector<const GumboNode*> articles;
  ForEachElement(body, [&](const GumboNode* n) {
    if (main || IsSkipped(n, true)) return false;
    const char* role = Attr(n, "role");
    if (Is(n, GUMBO_TAG_MAIN) || (role && Lower(role) == "main")) {
      main = n;
      return false;
    }
    if (Is(n, GUMBO_TAG_ARTICLE)) {
      articles.push_back(n);
      return false;
    }
    return true;
  });
  if (main) return {main};
  if (!articles.empty()) return articles;
  return {body};
}

// ---- Metadata.

// "2023-09-19", "2023-09-19T08:00:00+05:00", "2023/09/19", "20230919" and the "19.09.2023" of
// Russian-language sites become "2023-09-19"; anything else, or an impossible day, "". The date is
// kept as written, not moved to UTC: the publisher's calendar date is the document's date.
std::string NormalizeDate(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsSpace(s[i])) ++i;
  std::string_view runs[3];
  int n = 0;
  char sep = 0;
  while (n < 3) {
    const size_t b = i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    if (i == b) break;
    runs[n++] = s.substr(b, i - b);
    if (n == 3 || i >= s.size() || !std::strchr("-/.", s[i]) || (sep && s[i] != sep)) break;
    sep = s[i++];
  }
  std::string_view y, m, d;
  if (n == 1 && runs[0].size() == 8) {
    y = runs[0].substr(0, 4), m = runs[0].substr(4, 2), d = runs[0].substr(6, 2);
  } else if (n == 3 && runs[0].size() == 4) {
    y = runs[0], m = runs[1], d = runs[2];
  } else if (n == 3 && runs[2].size() == 4 && sep == '.') {
    d = runs[0], m = runs[1], y = runs[2];
  } else {
    return {};
  }
  if (m.size() > 2 || d.size() > 2) return {};
  std::string out = fmt::format("{}-{:0>2}-{:0>2}", y, m, d);
  auto date = kb::Date::Parse(out);
  return date && date->day ? out : std::string();
}

// ISO 639-1 from a BCP 47 tag ("en-GB" → "en"); other tags are left to language detection.
std::string LangOf(std::string_view tag) {
  std::string primary = Lower(tag.substr(0, tag.find_first_of("-_")));
  return primary.size() == 2 && IsAlpha(primary[0]) && IsAlpha(primary[1]) ? primary : std::string();
}

std::string CollapsedText(const GumboNode* n) {
  TextBuilder out;
  std::string unused;
  AppendText(n, true, out, unused);
  return out.Take();
}

// Date candidates in order of trust: Open Graph, then the plain and Dublin Core meta names,
// then schema.org's datePublished; a <time datetime> in the article comes last (kTimeSlot).
constexpr int kDateSlots = 5;
constexpr int kTimeSlot = 4;

int DateSlot(const std::string& key) {
  if (key == "article:published_time") return 0;
  if (key == "date") return 1;
  if (key == "dc.date" || key == "dc.date.issued" || key == "dcterms.date" || key == "dcterms.issued") return 2;
  if (key == "datepublished") return 3;
  return -1;
}

void ReadHead(const GumboNode* root, Document& doc, std::string (&dates)[kDateSlots]) {
  if (const char* lang = Attr(root, "lang") ? Attr(root, "lang") : Attr(root, "xml:lang")) doc.lang = LangOf(lang);
  std::string og_title;
  ForEachElement(root, [&](const GumboNode* n) {
    if (n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return false;  // an SVG <title> is not the page's
    if (Is(n, GUMBO_TAG_TITLE) && doc.title.empty()) doc.title = CollapsedText(n);
    if (!Is(n, GUMBO_TAG_META) || !Attr(n, "content")) return true;
    const char* key = Attr(n, "property");
    if (!key) key = Attr(n, "name");
    if (!key) key = Attr(n, "itemprop");
    if (!key) return true;
    const std::string k = Lower(key);
    if (k == "og:title" && og_title.empty()) og_title = Attr(n, "content");
    if (int slot = DateSlot(k); slot >= 0 && dates[slot].empty()) dates[slot] = Attr(n, "content");
    return true;
  });
  if (doc.title.empty()) {
    TextBuilder collapse;
    collapse.Text(og_title);
    doc.title = collapse.Take();
  }
}

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

}  // namespace

summitwatch::Result<Document> ParseHtmlDocument(std::string_view bytes, const std::string& where) {
  const std::string html = ToUtf8(bytes);
  if (NestingBound(html) > kMaxDepth) {
    return MakeError(ErrorCode::kInvalidInput,
                     fmt::format("{}: HTML nests elements more than {} deep; skipped.", where, kMaxDepth), where);
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // real pages are full of parse errors, and nobody reads them
  std::unique_ptr<GumboOutput, GumboDeleter> out(gumbo_parse_with_options(&options, html.data(), html.size()));
  Document doc;
  std::string dates[kDateSlots];
  ReadHead(out->root, doc, dates);

  const GumboNode* body = out->root;  // gumbo always makes a <body>, unless there is a <frameset>
  const GumboVector& top = out->root->v.element.children;
  for (unsigned i = 0; i < top.length; ++i) {
    const auto* n = static_cast<const GumboNode*>(top.data[i]);
    if (Is(n, GUMBO_TAG_BODY)) body = n;
  }
  const std::vector<const GumboNode*> roots = ContentRoots(body);
  const bool in_content = roots.front() != body;
  TextBuilder text;
  for (const GumboNode* r : roots) AppendText(r, in_content, text, dates[kTimeSlot]);
  if (text.empty() && in_content) AppendText(body, false, text, dates[kTimeSlot]);  // an empty <main>
  if (text.empty()) {
    return MakeError(ErrorCode::kInvalidInput, fmt::format("{}: HTML has no visible text; skipped.", where), where);
  }
  doc.text = text.Take();
  for (const std::string& d : dates) {
    if (doc.date.empty()) doc.date = NormalizeDate(d);
  }
  return doc;
}

bool LooksLikeHtml(std::string_view head) {
  const std::string h = Lower(head.substr(0, 1024));
  size_t i = h.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  while (i < h.size() && IsSpace(h[i])) ++i;
  if (i >= h.size() || h[i] != '<') return false;
  return h.find("<!doctype html", i) != std::string::npos || h.find("<html", i) != std::string::npos;
}

}  // namespace sw::io
