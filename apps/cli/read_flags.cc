// SPDX-License-Identifier: MIT
#include "cli/read_flags.h"

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

}  // namespace sw::cli
