#pragma once
// batch: many comparisons in one process. A Runner holds what every comparison shares (language
// data, lexicons, the dictionary) and turns a manifest row into one JSON line; run_batch streams a
// manifest through a pool of workers and writes the lines in manifest order. The command line's
// `claimdiff batch`, the Python module and its Dask runner all produce their records here, so the
// three give the same line for the same row.

#include <cstddef>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <unordered_set>
#include <vector>

#include "claimdiff/claimdiff.hpp"

namespace claimdiff {

// One manifest row: an id, the original then its copies, its languages (empty: the run's) and a
// translation of the original into the copy's language (--via; empty: none).
// A row that could not be read carries `error` (the one-line message) and no files.
struct BatchItem {
  std::string id_json;  // the id as a JSON value ("\"a1\"" or 17), as written in the records
  std::vector<std::string> files;
  std::string lang;
  std::string error;
  std::string via;
};

// What one row gave: its JSON line (no newline), and whether it is an error record or a report
// the --fail-on policy counts.
struct BatchRecord {
  std::string line;
  bool error = false;
  bool fails = false;
};

class Runner {
 public:
  // Loads the language data directory, lexicons, glossaries and dictionary once. Throws Error.
  explicit Runner(const RunSettings& settings);

  // Loads `paths` (versions named as given) by load_versions(), `lang` as in RunSettings::lang
  // (empty: the settings' one), and compares them (through the translation `via` of the first,
  // if given) or lints them. Throws Error.
  Report compare_files(const std::vector<std::string>& paths, const std::string& lang = {},
                       const std::string& via = {}) const;
  Report lint_files(const std::vector<std::string>& paths, const std::string& lang = {}) const;
  // The same over documents already loaded (load_bytes); "auto" or empty languages are detected.
  Report compare(std::vector<Document> versions, const std::string& lang = {}) const;
  Report lint(std::vector<Document> versions, const std::string& lang = {}) const;

  // The record of one row: `{"id": ..., <the claimdiff/1 report>}` on one line, or with
  // `summary` only the versions' names and languages, each comparison's summary and the number
  // of findings; `{"id": ..., "error": "claimdiff: error: FILE: what"}` when the row fails.
  // Never throws. Safe to call from several threads at once.
  BatchRecord record(const BatchItem& item, bool summary, const FailPolicy& policy) const;

  const RunSettings& settings() const { return settings_; }
  const Resources& resources() const { return *resources_; }
  const CompareOptions& options() const { return options_; }

 private:
  std::vector<std::string> languages(const std::string& lang) const;
  void resolve_languages(std::vector<Document>& versions, const std::string& lang) const;

  RunSettings settings_;
  std::unique_ptr<Resources> resources_;
  std::unique_ptr<Dictionary> dictionary_;
  CompareOptions options_;
};

// Reads a manifest one row at a time: a TSV whose header names the columns (`id`, `original`,
// `copy`, more columns whose names start with `copy`, optional `lang` and `via`), or JSON Lines
// of {"id": ..., "original": PATH, "copies": [PATH, ...], "lang": "es,en", "via": PATH} (chosen
// by the first non-blank character, `{`). Relative paths are taken from `base_dir` (empty: as written).
class ManifestReader {
 public:
  // Throws Error when the TSV header lacks id, original or a copy column.
  ManifestReader(std::istream& in, std::string name, std::string base_dir);
  // The next row, or nothing at the end. A malformed row comes back with `error` set.
  std::optional<BatchItem> next();

 private:
  std::optional<BatchItem> next_tsv(const std::string& line);
  BatchItem next_jsonl(const std::string& line);
  std::string path(const std::string& written) const;

  std::istream& in_;
  std::string name_;
  std::string base_dir_;
  std::size_t line_ = 0;
  bool jsonl_ = false;
  std::string pending_;  // the first data line, read while sniffing the format
  bool has_pending_ = false;
  std::size_t id_col_ = 0, original_col_ = 0;
  std::vector<std::size_t> copy_cols_;
  std::optional<std::size_t> lang_col_, via_col_;
};

// The id of a record line (as a JSON value, as BatchItem::id_json), empty when the line is not
// a record; and whether that record fails under `policy` (an error record always does).
std::string record_id(const std::string& line);
bool record_fails(const std::string& line, const FailPolicy& policy, bool* error);

struct BatchControl {
  unsigned jobs = 1;
  // Ids (as JSON values) already done: their rows are skipped (--resume).
  const std::unordered_set<std::string>* skip = nullptr;
  bool summary = false;
  FailPolicy policy;
  // Called on the writing thread after each record, with the rows done and skipped so far.
  std::function<void(std::size_t done, std::size_t skipped)> progress;
};

struct BatchTotals {
  std::size_t done = 0, skipped = 0, errors = 0, failing = 0;
};

// Runs every row of `manifest` on `control.jobs` threads and writes one line per row to `out`,
// flushed as it goes, in manifest order whatever the number of threads. At most twice as many
// rows as threads are in flight, so memory follows the largest rows, not the manifest.
BatchTotals run_batch(ManifestReader& manifest, const Runner& runner, std::ostream& out, const BatchControl& control);

}  // namespace claimdiff
