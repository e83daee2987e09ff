// SPDX-License-Identifier: MIT
// Hand-written JSON output: the hot path writes a record per document, and building a DOM for
// each would cost more than coding it.
#include <fmt/format.h>

#include <array>
#include <charconv>

#include "summitwatch/output.h"

namespace summitwatch {
namespace {

constexpr std::array<uint8_t, 256> MakeEscapeTable() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = 1;
  t['"'] = 1;
  t['\\'] = 1;
  return t;
}
constexpr auto kEscape = MakeEscapeTable();

void AppendNumber(double v, std::string& out) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 4);
  out.append(buf, r.ptr);
}

void AppendUint(uint64_t v, std::string& out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

}  // namespace

void AppendJsonString(std::string_view s, std::string& out) {
  out.push_back('"');
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<uint8_t>(s[i]);
    if (!kEscape[c]) continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

void AppendCodingJson(const Document& doc, const Coding& c, std::string& out) {
  out += "{\"id\":";
  AppendJsonString(doc.id, out);
  out += ",\"title\":";
  AppendJsonString(doc.title, out);
  out += ",\"date\":";
  if (doc.date.empty()) out += "null"; else AppendJsonString(doc.date, out);
  out += ",\"kind\":";
  if (doc.kind.empty()) out += "null"; else AppendJsonString(doc.kind, out);
  out += ",\"lang\":";
  AppendJsonString(c.lang, out);
  fmt::format_to(std::back_inserter(out), ",\"words\":{},\"sentences\":{}", c.words, c.sentences.size());
  out += ",\"areas\":{";
  for (size_t i = 0; i < c.areas.size(); ++i) {
    if (i) out.push_back(',');
    AppendJsonString(c.areas[i].area, out);
    out.push_back(':');
    AppendNumber(c.areas[i].share, out);
  }
  out += "},\"mentions\":[";
  for (size_t i = 0; i < c.mentions.size(); ++i) {
    const Mention& m = c.mentions[i];
    if (i) out.push_back(',');
    out += "{\"entity\":";
    AppendJsonString(m.entity, out);
    out += ",\"type\":";
    AppendJsonString(m.type, out);
    out += ",\"start\":";
    AppendUint(m.start, out);
    out += ",\"end\":";
    AppendUint(m.end, out);
    out += ",\"text\":";
    AppendJsonString(std::string_view(doc.text).substr(m.start, m.end - m.start), out);
    out += ",\"sentence\":";
    AppendUint(m.sentence, out);
    if (!m.stance.empty()) {
      out += ",\"stance\":";
      AppendJsonString(m.stance, out);
    }
    out.push_back('}');
  }
  const Tone& t = c.tone;
  fmt::format_to(std::back_inserter(out),
                 "],\"tone\":{{\"tone\":{:.4g},\"positive\":{:.4g},\"negative\":{:.4g},\"polarity\":{:.4g},"
                 "\"activity\":{:.4g},\"self_group\":{:.4g},\"words\":{},\"compound\":{:.4g}}}",
                 t.tone, t.positive, t.negative, t.polarity, t.activity, t.self_group, t.words, t.compound);
  out += ",\"commitments\":[";
  for (size_t i = 0; i < c.commitments.size(); ++i) {
    const Commitment& k = c.commitments[i];
    if (i) out.push_back(',');
    out += "{\"text\":";
    AppendJsonString(std::string_view(doc.text).substr(k.start, k.end - k.start), out);
    fmt::format_to(std::back_inserter(out), ",\"start\":{},\"end\":{},\"sentence\":{},\"actors\":[", k.start, k.end,
                   k.sentence);
    for (size_t a = 0; a < k.actors.size(); ++a) {
      if (a) out.push_back(',');
      AppendJsonString(k.actors[a], out);
    }
    out += "],\"modality\":";
    AppendJsonString(k.modality, out);
    out += ",\"area\":";
    if (k.area.empty()) out += "null"; else AppendJsonString(k.area, out);
    out += ",\"deadline\":";
    if (k.deadline.empty()) out += "null"; else AppendJsonString(k.deadline, out);
    out.push_back('}');
  }
  out += "]}\n";
}

}  // namespace summitwatch
