#pragma once
// The facade: what a program embedding claimdiff calls. compare() and lint() run the whole
// pipeline (segment -> align -> diff -> classify -> lint) over loaded documents.

#include <cstddef>
#include <string>
#include <vector>

#include "claimdiff/align.hpp"
#include "claimdiff/classify.hpp"
#include "claimdiff/document.hpp"
#include "claimdiff/lint.hpp"
#include "claimdiff/load.hpp"
#include "claimdiff/report.hpp"
#include "claimdiff/resources.hpp"
#include "claimdiff/segment.hpp"

namespace claimdiff {

struct CompareOptions {
  SegmentOptions segment;
  AlignOptions align;
  ClassifyOptions classify;
  LintOptions lint;
  bool chain = false;  // compare each version with the previous one instead of the first
  bool run_lint = true;  // run the artifact rules
};

// Segments every document (in place, if not segmented yet) and compares them. Documents keep
// their language; resources supply the per-language data.
Report compare(std::vector<Document> versions, const Resources& resources,
               const CompareOptions& options = {});

// Segments and lints documents without comparing them.
Report lint(std::vector<Document> versions, const Resources& resources,
            const CompareOptions& options = {});

}  // namespace claimdiff
