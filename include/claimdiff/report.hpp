#pragma once
// report: the result of a run, and its renderings (text and the claimdiff/1 JSON contract).

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "claimdiff/classify.hpp"
#include "claimdiff/document.hpp"
#include "claimdiff/lint.hpp"

namespace claimdiff {

struct Summary {
  std::size_t equal = 0, reworded = 0, added = 0, removed = 0, moved = 0, split = 0, merged = 0;
  std::size_t cosmetic = 0, minor = 0, major = 0;
};

struct Comparison {
  std::size_t base = 0;
  std::size_t other = 0;
  std::vector<Claim> claims;
  Summary summary;
};

struct StageTime {
  std::string stage;
  double seconds = 0;
};

struct Report {
  std::vector<Document> versions;
  std::vector<Comparison> comparisons;
  std::vector<Finding> findings;
  std::vector<StageTime> timings;  // wall time per pipeline stage, summed over versions
};

Summary summarize(const std::vector<Claim>& claims);

struct TextOptions {
  bool color = false;
  bool show_equal = false;
};

// The claimdiff/1 JSON document (DESIGN.md), streamed.
void write_json(std::ostream& out, const Report& report);
void write_text(std::ostream& out, const Report& report, const TextOptions& options = {});
// The one-line summary of a comparison: "12 equal, 3 reworded (1 major), 1 added, ...".
std::string summary_line(const Summary& summary);

}  // namespace claimdiff
