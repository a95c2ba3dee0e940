#include "claimdiff/claimdiff.hpp"

#include "claimdiff/error.hpp"

#include <algorithm>
#include <chrono>
#include <future>

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

// Loads every language first: Resources loads lazily and is not safe to load from two threads.
// A version whose language is "auto" or empty gets the detected one (English when unsure).
void preload_languages(std::vector<Document>& versions, const Resources& resources) {
  for (Document& d : versions) {
    if (d.language.empty() || d.language == "auto") {
      d.language = detect_language(d.text);
      if (d.language.empty()) d.language = "en";
    }
    resources.language(d.language);
  }
}

// Segments the documents in parallel, one thread per document (the machine's cores, not the
// documents' size, bound the gain: two versions is the common case).
void segment_all(std::vector<Document>& versions, const Resources& resources, const CompareOptions& options,
                 StageClock& clock) {
  preload_languages(versions, resources);
  clock.time("segment", [&] {
    std::vector<std::future<void>> jobs;
    for (std::size_t i = 0; i < versions.size(); ++i) {
      Document& d = versions[i];
      if (!d.sentences.empty()) continue;
      auto job = [&d, &resources, &options] { segment(d, resources.language(d.language), options.segment); };
      if (i + 1 < versions.size()) jobs.push_back(std::async(std::launch::async, job));
      else job();
    }
    for (auto& j : jobs) j.get();
  });
}

LintOptions lint_options(const Resources& resources, const CompareOptions& options) {
  LintOptions lo = options.lint;
  lo.extra.insert(lo.extra.end(), resources.user_lexicon().begin(), resources.user_lexicon().end());
  return lo;
}

}  // namespace

Report compare(std::vector<Document> versions, const Resources& resources, const CompareOptions& options) {
  Report report;
  StageClock clock(report);
  segment_all(versions, resources, options, clock);
  LintOptions lo = lint_options(resources, options);
  // The single-document rules need no alignment: they run on a second core meanwhile.
  double lint_seconds = 0, pair_seconds = 0;
  LintCache lint_cache;  // the persons of each version, found once for both kinds of rule
  std::future<std::vector<Finding>> document_findings;
  if (options.run_lint) {
    document_findings = std::async(std::launch::async, [&] {
      auto start = std::chrono::steady_clock::now();
      std::vector<Finding> out;
      for (std::size_t i = 0; i < versions.size(); ++i) {
        auto f = lint_document(versions[i], i, resources.language(versions[i].language), lo, &lint_cache);
        out.insert(out.end(), f.begin(), f.end());
      }
      lint_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      return out;
    });
  }
  for (std::size_t i = 1; i < versions.size(); ++i) {
    std::size_t base = options.chain ? i - 1 : 0;
    const Document& a = versions[base];
    const Document& b = versions[i];
    AlignOptions ao = options.align;
    // The translation stands for the first version only.
    const Document* via = base == 0 ? options.align.via : nullptr;
    ao.via = via;
    if (via != nullptr && via->sentences.size() != a.sentences.size()) {
      throw Error(via->name, "has " + std::to_string(via->sentences.size()) + " units but " + a.name + " has " +
                                 std::to_string(a.sentences.size()) + " sentences (--via needs one line per sentence of BASE)");
    }
    ao.cross_language = via == nullptr && a.language != b.language;
    std::vector<Bead> beads = clock.time("align", [&] { return align(a, b, ao); });
    // The pair rules read the beads only: they run beside the classification.
    std::future<std::vector<Finding>> pair_findings;
    if (options.run_lint && a.language == b.language) {
      pair_findings = std::async(std::launch::async, [&a, &b, &beads, &resources, &pair_seconds, &lint_cache, i] {
        auto start = std::chrono::steady_clock::now();
        auto f = lint_pair(a, b, i, beads, resources.language(b.language), &lint_cache);
        pair_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return f;
      });
    }
    Comparison cmp;
    cmp.base = base;
    cmp.other = i;
    // With a translation, the copy is diffed word by word against the translation of each of
    // BASE's sentences (same ids), so every change type applies across languages.
    const Document& left = via != nullptr ? *via : a;
    cmp.claims = clock.time("diff+classify", [&] {
      return classify(left, b, beads, resources.language(left.language), resources.language(b.language), options.classify);
    });
    cmp.summary = summarize(cmp.claims);
    report.comparisons.push_back(std::move(cmp));
    if (pair_findings.valid()) {
      auto pair = pair_findings.get();
      report.findings.insert(report.findings.end(), pair.begin(), pair.end());
    }
  }
  if (options.run_lint) {
    auto f = document_findings.get();
    report.findings.insert(report.findings.end(), f.begin(), f.end());
    report.timings.push_back({"lint documents (parallel)", lint_seconds});
    report.timings.push_back({"lint pairs (parallel)", pair_seconds});
  }
  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& x, const Finding& y) {
    return x.version != y.version ? x.version < y.version : x.start < y.start;
  });
  // The same span flagged by a rule from the original and again from the copy alone: keep the
  // first (the pair finding, which says more).
  auto same = [](const Finding& x, const Finding& y) {
    return x.version == y.version && x.rule == y.rule && x.start == y.start && x.end == y.end;
  };
  report.findings.erase(std::unique(report.findings.begin(), report.findings.end(), same), report.findings.end());
  report.versions = std::move(versions);
  return report;
}

Report lint(std::vector<Document> versions, const Resources& resources, const CompareOptions& options) {
  Report report;
  StageClock clock(report);
  segment_all(versions, resources, options, clock);
  LintOptions lo = lint_options(resources, options);
  for (std::size_t i = 0; i < versions.size(); ++i) {
    auto f = lint_document(versions[i], i, resources.language(versions[i].language), lo);
    report.findings.insert(report.findings.end(), f.begin(), f.end());
  }
  report.versions = std::move(versions);
  return report;
}

}  // namespace claimdiff
