#include "claimdiff/error.hpp"

#include <utility>

namespace claimdiff {

Error::Error(std::string file_, std::string message_, std::size_t line_, std::size_t column_)
    : std::runtime_error(message_), file(std::move(file_)), message(std::move(message_)),
      line(line_), column(column_) {}

std::string describe(const Error& e) {
  std::string out;
  if (!e.file.empty()) {
    out += e.file;
    if (e.line > 0) {
      out += ':' + std::to_string(e.line);
      if (e.column > 0) out += ':' + std::to_string(e.column);
    }
    out += ": ";
  }
  out += e.message;
  return out;
}

}  // namespace claimdiff
