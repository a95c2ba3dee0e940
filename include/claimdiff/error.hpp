#pragma once
// claimdiff::Error: the one error type. Thrown by load and option checking, caught once in main.

#include <cstddef>
#include <stdexcept>
#include <string>

namespace claimdiff {

struct Error : std::runtime_error {
  // `file` may be empty (an option error); `line`/`column` are 1-based, 0 when not known.
  Error(std::string file, std::string message, std::size_t line = 0, std::size_t column = 0);

  std::string file;
  std::string message;
  std::size_t line = 0;
  std::size_t column = 0;
};

// The one-line form printed by the command line: "FILE:LINE:COLUMN: message" (parts omitted when
// unknown), without the "claimdiff: error: " prefix.
std::string describe(const Error& e);

}  // namespace claimdiff
