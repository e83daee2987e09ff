// SPDX-License-Identifier: MIT
#include "cli/read_flags.h"

#include <fmt/format.h>

#include <charconv>

namespace sw::cli {

void ReadFlags::Add(CLI::App* cmd) {
  cmd->add_option("--kind", overrides.kind, "Override the documents' kind");
  // One value per occurrence, split on commas: "--issuer KAZ,UZB" or "--issuer KAZ --issuer UZB".
  cmd->add_option("--issuer", overrides.issuer, "Override the issuer (comma-separated actor ids)")
      ->allow_extra_args(false)
      ->delimiter(',');
  cmd->add_option("--format", overrides.format, "Override the format id");
  cmd->add_option("--meeting", overrides.meeting, "Override the meeting id");
  cmd->add_option("--date", overrides.date, "Override the date (YYYY-MM-DD)");
  cmd->add_option("--lang", overrides.lang, "Override the language (ISO 639-1)");
  cmd->add_option("--country", overrides.country, "Override the publishing country (ISO alpha-3)");
  cmd->add_option("--max-doc-mb", max_doc_mb, "Skip documents larger than this many MB")->capture_default_str();
}

summitwatch::ReadOptions ReadFlags::Options() const {
  summitwatch::ReadOptions opts;
  opts.max_document_bytes = max_doc_mb << 20;
  opts.overrides = overrides;
  return opts;
}

void ThreadsFlag::Add(CLI::App* cmd, const std::string& help) {
  cmd->add_option("--threads", value, help)->type_name("N");
}

summitwatch::Result<size_t> ThreadsFlag::Parse() const {
  constexpr size_t kMaxThreads = 256;
  size_t n = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (value.empty() || ec != std::errc() || end != value.data() + value.size() || n > kMaxThreads) {
    return summitwatch::MakeError(
        summitwatch::ErrorCode::kInvalidInput,
        fmt::format("--threads: expected a whole number from 0 (one per processor) to {}, found '{}'.", kMaxThreads,
                    value));
  }
  return n;
}

}  // namespace sw::cli
