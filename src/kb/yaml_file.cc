// SPDX-License-Identifier: MIT
#include "kb/yaml_file.h"

#include <yaml.h>

#include <charconv>
#include <memory>
#include <utility>
#include <vector>

#include "util/read_file.h"

namespace sw::kb::yaml_access {
struct Wrap;
}  // namespace sw::kb::yaml_access

// yaml-cpp builds a Node around its internal node through a private constructor that its own
// builder reaches as a friend; as_if, the conversion helper, is a friend too, and a
// specialisation for a type of ours is how this builder reaches it.
template <>
struct YAML::as_if<sw::kb::yaml_access::Wrap, void> {
  static YAML::Node Make(YAML::detail::node& n, YAML::detail::shared_memory_holder memory) {
    return YAML::Node(n, std::move(memory));
  }
};

namespace sw::kb {
namespace {

// The event handling of yaml-cpp's NodeBuilder, driven by libyaml's events.
class Builder {
 public:
  Builder() : memory_(std::make_shared<YAML::detail::memory_holder>()) {}

  void Scalar(const YAML::Mark& mark, const std::string& tag, const std::string& value, bool null) {
    YAML::detail::node& n = Push(mark);
    if (null) {
      n.set_null();
    } else {
      n.set_scalar(value);
      n.set_tag(tag);
    }
    Pop();
  }
  void CollectionStart(const YAML::Mark& mark, YAML::NodeType::value type, YAML::EmitterStyle::value style) {
    YAML::detail::node& n = Push(mark);
    n.set_tag("?");
    n.set_type(type);
    n.set_style(style);
    if (type == YAML::NodeType::Map) ++map_depth_;
  }
  void CollectionEnd(YAML::NodeType::value type) {
    if (type == YAML::NodeType::Map) --map_depth_;
    Pop();
  }
  YAML::Node Root() {
    if (!root_) return YAML::Node();
    return YAML::as_if<yaml_access::Wrap, void>::Make(*root_, memory_);
  }

 private:
  YAML::detail::node& Push(const YAML::Mark& mark) {
    YAML::detail::node& n = memory_->create_node();
    n.set_mark(mark);
    const bool needs_key =
        !stack_.empty() && stack_.back()->type() == YAML::NodeType::Map && keys_.size() < map_depth_;
    stack_.push_back(&n);
    if (needs_key) keys_.emplace_back(&n, false);
    return n;
  }
  void Pop() {
    if (stack_.size() == 1) {
      root_ = stack_.back();
      stack_.pop_back();
      return;
    }
    YAML::detail::node& n = *stack_.back();
    stack_.pop_back();
    YAML::detail::node& collection = *stack_.back();
    if (collection.type() == YAML::NodeType::Sequence) {
      collection.push_back(n, memory_);
    } else if (collection.type() == YAML::NodeType::Map) {
      auto& [key, has_value] = keys_.back();
      if (has_value) {
        collection.insert(*key, n, memory_);
        keys_.pop_back();
      } else {
        has_value = true;
      }
    }
  }

  YAML::detail::shared_memory_holder memory_;
  std::vector<YAML::detail::node*> stack_;
  std::vector<std::pair<YAML::detail::node*, bool>> keys_;
  size_t map_depth_ = 0;
  YAML::detail::node* root_ = nullptr;
};

YAML::Mark MarkOf(const yaml_mark_t& m) {
  YAML::Mark mark;
  mark.pos = static_cast<int>(m.index);
  mark.line = static_cast<int>(m.line);
  mark.column = static_cast<int>(m.column);
  return mark;
}

// yaml-cpp reads these plain scalars as null.
bool IsNullScalar(std::string_view v) { return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL"; }

struct Parser {
  yaml_parser_t p;
  explicit Parser(std::string_view text) {
    yaml_parser_initialize(&p);
    yaml_parser_set_input_string(&p, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~Parser() { yaml_parser_delete(&p); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
};

struct Event {
  yaml_event_t e{};
  bool live = false;
  ~Event() {
    if (live) yaml_event_delete(&e);
  }
};

}  // namespace

std::optional<YAML::Node> ParseYamlFast(std::string_view text) {
  Parser parser(text);
  Builder builder;
  bool in_document = false;
  for (;;) {
    Event ev;
    if (!yaml_parser_parse(&parser.p, &ev.e)) return std::nullopt;
    ev.live = true;
    const yaml_event_t& e = ev.e;
    switch (e.type) {
      case YAML_STREAM_START_EVENT:
        break;
      case YAML_STREAM_END_EVENT:
        // No document at all: leave the empty stream's answer to yaml-cpp.
        return std::nullopt;
      case YAML_DOCUMENT_START_EVENT:
        in_document = true;
        break;
      case YAML_DOCUMENT_END_EVENT:
        // yaml-cpp's Load reads the first document only.
        return in_document ? std::optional<YAML::Node>(builder.Root()) : std::nullopt;
      case YAML_ALIAS_EVENT:
        return std::nullopt;
      case YAML_SCALAR_EVENT: {
        if (e.data.scalar.anchor || (e.data.scalar.tag && !e.data.scalar.plain_implicit && !e.data.scalar.quoted_implicit)) {
          return std::nullopt;
        }
        const std::string value(reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length);
        const bool plain = e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        // A key with no value: yaml-cpp marks the null at the next token, libyaml right after
        // the colon, so the lines can differ. Rare in our files; yaml-cpp takes them.
        if (plain && value.empty()) return std::nullopt;
        builder.Scalar(MarkOf(e.start_mark), plain ? "?" : "!", value, plain && IsNullScalar(value));
        break;
      }
      case YAML_SEQUENCE_START_EVENT:
        if (e.data.sequence_start.anchor || e.data.sequence_start.tag) return std::nullopt;
        builder.CollectionStart(MarkOf(e.start_mark), YAML::NodeType::Sequence,
                                e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE ? YAML::EmitterStyle::Flow
                                                                                        : YAML::EmitterStyle::Block);
        break;
      case YAML_SEQUENCE_END_EVENT:
        builder.CollectionEnd(YAML::NodeType::Sequence);
        break;
      case YAML_MAPPING_START_EVENT:
        if (e.data.mapping_start.anchor || e.data.mapping_start.tag) return std::nullopt;
        builder.CollectionStart(MarkOf(e.start_mark), YAML::NodeType::Map,
                                e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE ? YAML::EmitterStyle::Flow
                                                                                      : YAML::EmitterStyle::Block);
        break;
      case YAML_MAPPING_END_EVENT:
        builder.CollectionEnd(YAML::NodeType::Map);
        break;
      default:
        return std::nullopt;
    }
  }
}

bool DecodeDouble(const YAML::Node& node, double& out) {
  if (node.IsScalar()) {
    // -?[0-9]+(.[0-9]+)?, the whole scalar.
    const std::string& s = node.Scalar();
    size_t i = !s.empty() && s[0] == '-' ? 1 : 0;
    auto digits = [&] {
      const size_t from = i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      return i > from;
    };
    bool plain = digits();
    if (plain && i < s.size() && s[i] == '.') {
      ++i;
      plain = digits();
    }
    if (plain && i == s.size()) {
      double v = 0;
      const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
      if (r.ec == std::errc() && r.ptr == s.data() + s.size()) {
        out = v;
        return true;
      }
    }
  }
  return YAML::convert<double>::decode(node, out);
}

YAML::Node LoadYamlString(std::string_view text) {
  if (auto node = ParseYamlFast(text)) return *node;
  return YAML::Load(std::string(text));
}

YAML::Node LoadYaml(const std::string& path) {
  std::string text;
  if (!util::ReadFile(path, text)) return YAML::LoadFile(path);  // throws yaml-cpp's BadFile
  if (auto node = ParseYamlFast(text)) return *node;
  return YAML::Load(text);
}

}  // namespace sw::kb
