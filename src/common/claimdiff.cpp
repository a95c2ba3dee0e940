#include "claimdiff/claimdiff.hpp"

namespace claimdiff {
namespace {

void segment_all(std::vector<Document>& versions, const Resources& resources, const CompareOptions& options) {
  for (Document& d : versions) {
    if (d.sentences.empty()) segment(d, resources.language(d.language), options.segment);
  }
}

LintOptions lint_options(const Resources& resources, const CompareOptions& options) {
  LintOptions lo = options.lint;
  lo.extra.insert(lo.extra.end(), resources.user_lexicon().begin(), resources.user_lexicon().end());
  return lo;
}

}  // namespace

Report compare(std::vector<Document> versions, const Resources& resources, const CompareOptions& options) {
  segment_all(versions, resources, options);
  Report report;
  LintOptions lo = lint_options(resources, options);
  for (std::size_t i = 1; i < versions.size(); ++i) {
    std::size_t base = options.chain ? i - 1 : 0;
    const Document& a = versions[base];
    const Document& b = versions[i];
    std::vector<Bead> beads = align(a, b, options.align);
    Comparison cmp;
    cmp.base = base;
    cmp.other = i;
    cmp.claims = classify(a, b, beads, resources.language(a.language), resources.language(b.language), options.classify);
    cmp.summary = summarize(cmp.claims);
    if (options.run_lint && a.language == b.language) {
      auto pair = lint_pair(a, b, i, beads, resources.language(b.language));
      report.findings.insert(report.findings.end(), pair.begin(), pair.end());
    }
    report.comparisons.push_back(std::move(cmp));
  }
  if (options.run_lint) {
    for (std::size_t i = 0; i < versions.size(); ++i) {
      auto f = lint_document(versions[i], i, resources.language(versions[i].language), lo);
      report.findings.insert(report.findings.end(), f.begin(), f.end());
    }
  }
  report.versions = std::move(versions);
  return report;
}

Report lint(std::vector<Document> versions, const Resources& resources, const CompareOptions& options) {
  segment_all(versions, resources, options);
  Report report;
  LintOptions lo = lint_options(resources, options);
  for (std::size_t i = 0; i < versions.size(); ++i) {
    auto f = lint_document(versions[i], i, resources.language(versions[i].language), lo);
    report.findings.insert(report.findings.end(), f.begin(), f.end());
  }
  report.versions = std::move(versions);
  return report;
}

}  // namespace claimdiff
