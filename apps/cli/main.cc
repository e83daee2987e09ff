// SPDX-License-Identifier: MIT
// summitwatch: the command line. Each subcommand lives in its own file; this file parses,
// dispatches, and is the one place that decides exit statuses.
#include <csignal>
#include <iostream>

#include "cli/command.h"

namespace {

constexpr const char* kFooter = R"(Exit status:
  0  every document was processed
  1  the run finished, but some inputs were skipped (each reported on stderr) or problems were found
  2  usage error or fatal set-up failure (bad data files, unreadable store)

Data files are read from --data, else $SUMMITWATCH_DATA, else the data/ directory of the build.)";

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe is handled where we write, as EPIPE
  CLI::App app{"summitwatch: an observatory for multilateral cooperation formats", "summitwatch"};
  app.footer(kFooter);
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("summitwatch ") + SW_VERSION);
  sw::cli::Options opts;
  app.add_option("--data", opts.data_dir, "Directory with kb/, codebook/, cues/ and text/")->check(CLI::ExistingDirectory);

  sw::cli::Runner run;
  sw::cli::RegisterAll(app, opts, run);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    std::cout << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::CallForVersion&) {
    std::cout << app.version() << '\n';
    return 0;
  } catch (const CLI::ParseError& e) {
    std::string msg = e.what();
    if (!msg.empty() && msg.back() != '.') msg += '.';
    sw::cli::PrintError(msg + " Run 'summitwatch --help' for usage.");
    return 2;
  }
  sw::cli::Outcome outcome = run();
  if (!outcome.fatal) {
    sw::cli::PrintError(outcome.fatal.error().message);
    return 2;
  }
  return outcome.skipped > 0 ? 1 : 0;
}
