// SPDX-License-Identifier: MIT
#include "summitwatch/error.h"

namespace summitwatch {

// These names appear in JSON error bodies and CLI messages; clients match on them, so they never
// change once released (add new codes instead).
const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput: return "invalid_input";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kIo: return "io";
    case ErrorCode::kUnsupported: return "unsupported";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

}  // namespace summitwatch
