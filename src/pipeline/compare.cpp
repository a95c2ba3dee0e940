// compare() and lint(): the pipeline over loaded versions, as a list of named steps. Each pair is
// aligned, diffed and classified while the artifact rules run on other cores.

#include <algorithm>
#include <chrono>
#include <future>

#include "claimdiff/claimdiff.hpp"
#include "segment/values.hpp"

namespace claimdiff {
namespace {

// Adds the wall time of one stage run to the report's per-stage totals.
class StageClock {
 public:
  explicit StageClock(Report& report) : report_(report) {}
  template <typename Fn>
  auto time(const char* stage, Fn&& fn) {
    auto start = std::chrono::steady_clock::now();
    struct Add {
      Report& r;
      const char* stage;
      std::chrono::steady_clock::time_point start;
      ~Add() {
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        auto it = std::find_if(r.timings.begin(), r.timings.end(), [&](const StageTime& t) { return t.stage == stage; });
        if (it == r.timings.end()) r.timings.push_back({stage, s});
        else it->seconds += s;
      }
    } add{report_, stage, start};
    return fn();
  }

 private:
  Report& report_;
};

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Resolves every version's language and loads its data before the stages start their threads,
// so no stage waits on Resources' lock while another loads a language.
void load_languages(std::vector<Document>& versions, const Resources& resources) {
  for (Document& d : versions) {
    d.language = resolve_language(d.language, d.text);
    resources.language(d.language);
  }
}

// How a stage beside the comparison runs: on a thread of its own, or on this one when its
// result is asked for.
std::launch stage_launch(bool threads) { return threads ? std::launch::async : std::launch::deferred; }

// One thread per document: two versions is the common case, so the cores bound the gain.
void segment_in_parallel(std::vector<Document>& versions, const Resources& resources, const SegmentOptions& options,
                         bool threads) {
  std::vector<std::future<void>> jobs;
  for (std::size_t i = 0; i < versions.size(); ++i) {
    Document& d = versions[i];
    if (!d.sentences.empty()) continue;
    auto job = [&d, &resources, &options] { segment(d, resources.language(d.language), options); };
    if (i + 1 < versions.size() && threads) jobs.push_back(std::async(std::launch::async, job));
    else job();
  }
  for (auto& j : jobs) j.get();
}

void segment_timed(std::vector<Document>& versions, const Resources& resources, const SegmentOptions& options,
                   bool threads, StageClock& clock) {
  load_languages(versions, resources);
  clock.time("segment", [&] { segment_in_parallel(versions, resources, options, threads); });
}

LintOptions lint_options(const Resources& resources, const CompareOptions& options) {
  LintOptions lo = options.lint;
  lo.extra.insert(lo.extra.end(), resources.user_lexicon().begin(), resources.user_lexicon().end());
  return lo;
}

void append(std::vector<Finding>& to, const std::vector<Finding>& from) { to.insert(to.end(), from.begin(), from.end()); }

// The single-document rules need no alignment: they run on another core while pairs are compared.
std::future<std::vector<Finding>> lint_documents_async(const std::vector<Document>& versions, const Resources& resources,
                                                       const LintOptions& lo, LintCache& cache, double& seconds,
                                                       bool threads) {
  return std::async(stage_launch(threads), [&versions, &resources, &lo, &cache, &seconds] {
    auto start = std::chrono::steady_clock::now();
    std::vector<Finding> out;
    for (std::size_t i = 0; i < versions.size(); ++i) {
      append(out, lint_document(versions[i], i, resources.language(versions[i].language), lo, &cache));
    }
    seconds = seconds_since(start);
    return out;
  });
}

// Aligns, diffs and classifies versions[base] against versions[other]; the pair rules read the
// beads only and run beside the classification. Their findings go to `findings`.
Comparison compare_pair(const std::vector<Document>& versions, std::size_t base, std::size_t other,
                        const Resources& resources, const CompareOptions& options, LintCache& cache,
                        std::vector<Finding>& findings, double& pair_seconds, StageClock& clock) {
  const Document& a = versions[base];
  const Document& b = versions[other];
  AlignOptions ao = options.align;
  // The translation stands for the first version only.
  ao.via = base == 0 ? options.align.via : nullptr;
  ao.base_language = &resources.language(a.language);
  ao.other_language = &resources.language(b.language);
  // Across languages the alignment and the classification both read each sentence's values.
  ClassifyOptions co = options.classify;
  SentenceValues values_a, values_b;
  if (ao.via == nullptr && a.language != b.language) {
    values_a = sentence_values(a, *ao.base_language);
    values_b = sentence_values(b, *ao.other_language);
    ao.base_values = co.base_values = &values_a;
    ao.other_values = co.other_values = &values_b;
  }
  std::vector<Bead> beads = clock.time("align", [&] { return align_versions(a, b, ao); });
  std::future<std::vector<Finding>> pair_findings;
  if (options.run_lint && a.language == b.language) {
    pair_findings = std::async(stage_launch(options.stage_threads), [&a, &b, &beads, &resources, &pair_seconds, &cache, other] {
      auto start = std::chrono::steady_clock::now();
      auto f = lint_pair(a, b, other, beads, resources.language(b.language), &cache);
      pair_seconds += seconds_since(start);
      return f;
    });
  }
  Comparison cmp;
  cmp.base = base;
  cmp.other = other;
  // With a translation, the copy is diffed word by word against the translation of each of
  // BASE's sentences (same ids), so every change type applies across languages.
  const Document& left = ao.via != nullptr ? *ao.via : a;
  cmp.claims = clock.time("diff+classify", [&] {
    return classify(left, b, beads, resources.language(left.language), resources.language(b.language), co);
  });
  cmp.summary = summarize(cmp.claims);
  if (pair_findings.valid()) append(findings, pair_findings.get());
  return cmp;
}

// Orders the findings by version and position. The same span flagged by a rule from the original
// and again from the copy alone is kept once: the first, the pair finding, which says more.
void merge_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& x, const Finding& y) {
    return x.version != y.version ? x.version < y.version : x.start < y.start;
  });
  auto same = [](const Finding& x, const Finding& y) {
    return x.version == y.version && x.rule == y.rule && x.start == y.start && x.end == y.end;
  };
  findings.erase(std::unique(findings.begin(), findings.end(), same), findings.end());
}

}  // namespace

void segment_versions(std::vector<Document>& versions, const Resources& resources, const SegmentOptions& options) {
  load_languages(versions, resources);
  segment_in_parallel(versions, resources, options, true);
}

Report compare(std::vector<Document> versions, const Resources& resources, const CompareOptions& options) {
  Report report;
  StageClock clock(report);
  segment_timed(versions, resources, options.segment, options.stage_threads, clock);
  LintOptions lo = lint_options(resources, options);
  double lint_seconds = 0, pair_seconds = 0;
  LintCache lint_cache;  // the persons of each version, found once for both kinds of rule
  std::future<std::vector<Finding>> document_findings;
  if (options.run_lint) document_findings = lint_documents_async(versions, resources, lo, lint_cache, lint_seconds, options.stage_threads);
  for (std::size_t i = 1; i < versions.size(); ++i) {
    std::size_t base = options.chain ? i - 1 : 0;
    report.comparisons.push_back(
        compare_pair(versions, base, i, resources, options, lint_cache, report.findings, pair_seconds, clock));
  }
  if (options.run_lint) {
    append(report.findings, document_findings.get());
    report.timings.push_back({"lint documents (parallel)", lint_seconds});
    report.timings.push_back({"lint pairs (parallel)", pair_seconds});
  }
  merge_findings(report.findings);
  report.versions = std::move(versions);
  return report;
}

Report lint(std::vector<Document> versions, const Resources& resources, const CompareOptions& options) {
  Report report;
  StageClock clock(report);
  segment_timed(versions, resources, options.segment, options.stage_threads, clock);
  LintOptions lo = lint_options(resources, options);
  for (std::size_t i = 0; i < versions.size(); ++i) {
    append(report.findings, lint_document(versions[i], i, resources.language(versions[i].language), lo));
  }
  report.versions = std::move(versions);
  return report;
}

}  // namespace claimdiff
