#pragma once
// What every command of the executable does around its own work: parse the arguments (CLI11),
// run, and turn any failure into one line on stderr and exit status 2.

#include <algorithm>
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "claimdiff/error.hpp"

namespace claimdiff::cli {

// Parses `args` (the words after the program and command names) into `app`, then returns
// `run()`'s exit status; --help and --version print and return 0.
template <typename Run>
int parse_and_run(CLI::App& app, std::vector<std::string> args, Run&& run) {
  try {
    std::reverse(args.begin(), args.end());
    app.parse(args);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "claimdiff: error: " << e.what() << " (see --help)\n";
    return 2;
  }
  try {
    return run();
  } catch (const Error& e) {
    std::cerr << "claimdiff: error: " << describe(e) << '\n';
  } catch (const std::bad_alloc&) {
    std::cerr << "claimdiff: error: out of memory\n";
  } catch (const std::exception& e) {
    std::cerr << "claimdiff: error: " << e.what() << '\n';
  }
  return 2;
}

}  // namespace claimdiff::cli
