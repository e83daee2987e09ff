// SPDX-License-Identifier: MIT
// Errors as values at the public API.
//
// Usage:
//   summitwatch::Result<Engine> engine = summitwatch::Engine::Load("data");
//   if (!engine) { std::cerr << engine.error().message << '\n'; return 2; }
//
// Every message is one located sentence for a user ("data/kb/formats.yaml:12: expected a date
// YYYY-MM-DD, found '2023-13-01'."). Exceptions never cross this boundary.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace summitwatch {

enum class ErrorCode {
  kInvalidInput,  // the user's data or arguments are wrong
  kNotFound,      // a file, document or entity that does not exist
  kIo,            // the environment failed us (permissions, disk)
  kUnsupported,   // valid but not handled (a newer store schema, an unknown format)
  kInternal,      // our bug
};

/// Stable lower-case name of a code, as used in JSON error bodies.
const char* ErrorCodeName(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  ///< one sentence, ends with a full stop
  std::string where;    ///< file[:line] or entity id, when there is one
};

inline Error MakeError(ErrorCode code, std::string message, std::string where = {}) {
  return Error{code, std::move(message), std::move(where)};
}

/// A value or an Error. std::expected arrives in C++23; this is the subset we need.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT: implicit by design

  explicit operator bool() const { return v_.index() == 0; }
  bool ok() const { return v_.index() == 0; }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

/// Result of an operation with no value.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT: implicit by design
  explicit operator bool() const { return ok_; }
  bool ok() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

}  // namespace summitwatch
