#pragma once
// `claimdiff batch MANIFEST`: the command line of batch mode (include/claimdiff/batch.hpp).

#include <string>
#include <vector>

namespace claimdiff::cli {

// Parses the arguments after `batch`, runs the manifest and returns the exit status: 2 if a row
// or the run failed, otherwise 1 when a row holds what --fail-on counts, else 0.
int batch_command(std::vector<std::string> args);

}  // namespace claimdiff::cli
