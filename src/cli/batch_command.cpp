#include "cli/batch_command.hpp"

#include <sys/types.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>
#include <unordered_set>

#include <CLI/CLI.hpp>

#include "claimdiff/batch.hpp"
#include "claimdiff/error.hpp"
#include "cli/command.hpp"

namespace claimdiff::cli {
namespace {

struct BatchArgs {
  std::string manifest;
  std::string output;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool resume = false;
  bool summary = false;
  bool quiet = false;
  std::vector<std::string> fail_on;
  RunSettings settings;
};

void add_options(CLI::App& app, BatchArgs& a) {
  RunSettings& s = a.settings;
  app.add_option("manifest", a.manifest,
                 "TSV with a header (id, original, copy[, copy2...][, lang][, via]) or JSON Lines "
                 "({\"id\", \"original\", \"copies\": [...], \"lang\", \"via\"}); '-' for stdin. Relative paths are "
                 "read from the manifest's folder")
      ->required();
  app.add_option("-o,--output", a.output, "Write the records to FILE, one line each as it is done (default: stdout)");
  app.add_option("-j,--jobs", a.jobs, "Rows compared at once (default: the cores)")->check(CLI::Range(1u, 1024u));
  app.add_flag("--resume", a.resume, "Keep the records already in -o FILE and skip their ids");
  app.add_flag("--summary", a.summary, "Write only each comparison's summary and the number of findings");
  app.add_flag("-q,--quiet", a.quiet, "Write no records on stdout; only set the exit status (-o FILE is still written)");
  app.add_option("--fail-on", a.fail_on, "What makes the exit status 1, over all rows (as for compare; default any)")
      ->delimiter(',')->allow_extra_args(false);
  app.add_option("--lang", s.lang, "Language of rows without a lang column: a code, one per file, or auto")->capture_default_str();
  app.add_option("--segment", s.segment, "Units: ICU sentences, or each non-empty line")
      ->check(CLI::IsMember({"sentences", "lines"}))->capture_default_str();
  app.add_flag("--chain", s.chain, "With 3+ versions, compare each with the previous one");
  app.add_option("--threshold", s.threshold, "Similarity below which a pair is removed+added rather than reworded")
      ->check(CLI::Range(0.0, 1.0))->capture_default_str();
  app.add_option("--move-threshold", s.move_threshold, "Similarity at which a removed and an added sentence are a move")
      ->check(CLI::Range(0.0, 1.0))->capture_default_str();
  app.add_option("--ignore", s.ignore, "Fold into equality: case, punctuation, quotes, whitespace, spelling")
      ->delimiter(',')->allow_extra_args(false)
      ->check(CLI::IsMember({"case", "punctuation", "quotes", "whitespace", "spelling"}));
  app.add_option("--dictionary", s.dictionary, "Bilingual dictionary for cross-language alignment (dictd .index or TSV; default: the installed FreeDict dictionary of the pair, or else a small one of the other direction read backwards; none: no dictionary)");
  app.add_option("--lexicon", s.lexicons, "Extra lint lexicon (TSV); repeatable")->allow_extra_args(false);
  app.add_option("--glossary", s.glossaries, "Glossary of wrong renderings (TSV: wrong, right); repeatable")->allow_extra_args(false);
  app.add_option("--encoding", s.encoding, "Input encoding for files without a BOM");
  app.add_option("--input-format", s.input_format, "Input format: auto (from the extension, then the content), text, html (the page's article), markdown")
      ->check(CLI::IsMember({"auto", "text", "html", "markdown"}))
      ->capture_default_str();
  app.add_option("--max-input-size", s.max_input, "Refuse inputs larger than this many bytes")->capture_default_str();
  app.add_option("--thesaurus", s.thesaurus, "For rows with a via translation: a MyThes thesaurus of the copy's language, auto or none")
      ->capture_default_str();
  app.add_option("--data-dir", s.data_dir, "Language data directory (default: found beside the executable)");
  app.add_flag_callback("--no-lint", [&s] { s.lint = false; }, "Do not run the artifact rules");
}

// The data rows of a manifest file, for the progress bar; 0 when it cannot be counted (stdin).
std::size_t count_rows(const std::string& path) {
  if (path == "-") return 0;
  std::ifstream in(path);
  std::size_t rows = 0;
  bool header = true;
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (header && line[line.find_first_not_of(" \t")] != '{') {
      header = false;
      continue;
    }
    header = false;
    ++rows;
  }
  return rows;
}

// Reads the records a killed or finished run left in `path`: their ids, and whether any was an
// error or fails the policy. A last line cut short by the kill is removed from the file.
struct Earlier {
  std::unordered_set<std::string> ids;
  bool error = false, failing = false;
};

Earlier read_earlier(const std::string& path, const FailPolicy& policy) {
  Earlier e;
  std::ifstream in(path, std::ios::binary);
  if (!in) return e;
  std::string line;
  std::uintmax_t complete = 0, offset = 0;
  while (std::getline(in, line)) {
    offset += line.size();
    if (in.eof()) break;  // no newline: the record was being written when the run stopped
    offset += 1;
    std::string id = record_id(line);
    if (id.empty()) continue;
    complete = offset;
    e.ids.insert(id);
    bool error = false;
    bool fails = record_fails(line, policy, &error);
    e.error = e.error || error;
    e.failing = e.failing || (!error && fails);
  }
  in.close();
  std::error_code ec;
  if (std::filesystem::file_size(path, ec) != complete && !ec) std::filesystem::resize_file(path, complete, ec);
  if (ec) throw Error(path, "cannot trim the unfinished last record: " + ec.message());
  return e;
}

std::string clock_text(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

// One line redrawn in place on stderr: rows done of all, the rate, and the time left.
class ProgressBar {
 public:
  explicit ProgressBar(std::size_t total) : total_(total), start_(std::chrono::steady_clock::now()) {}
  void update(std::size_t done, std::size_t skipped) {
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200) && done + skipped != total_) return;
    last_ = now;
    double elapsed = std::chrono::duration<double>(now - start_).count();
    double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0;
    std::size_t finished = done + skipped;
    std::string bar;
    if (total_ > 0) {
      const std::size_t width = 30;
      std::size_t filled = std::min(width, finished * width / total_);
      bar = "[" + std::string(filled, '#') + std::string(width - filled, ' ') + "] ";
    }
    std::fprintf(stderr, "\r%s%zu", bar.c_str(), finished);
    if (total_ > 0) std::fprintf(stderr, "/%zu", total_);
    std::fprintf(stderr, " rows, %.1f/s", rate);
    if (total_ > finished && rate > 0) {
      std::fprintf(stderr, ", ETA %s", clock_text(static_cast<double>(total_ - finished) / rate).c_str());
    }
    std::fprintf(stderr, "\033[K");
    std::fflush(stderr);
  }
  void finish() { std::fprintf(stderr, "\n"); }

 private:
  std::size_t total_;
  std::chrono::steady_clock::time_point start_, last_{};
};

int run(BatchArgs& a) {
  if (a.resume && a.output.empty()) throw Error("", "--resume needs -o FILE (the records to keep)");
  if (a.fail_on.empty()) a.fail_on = {"any"};
  BatchControl control;
  control.jobs = a.jobs;
  control.summary = a.summary;
  control.policy = parse_fail_on(a.fail_on);
  // With a worker per core, a row's own stage threads would only queue for the cores.
  a.settings.stage_threads = a.jobs < std::max(1u, std::thread::hardware_concurrency());
  Runner runner(a.settings);

  std::ifstream file;
  if (a.manifest != "-") {
    file.open(a.manifest);
    if (!file) throw Error(a.manifest, "cannot read the manifest");
  }
  std::string base_dir = a.manifest == "-" ? "" : std::filesystem::path(a.manifest).parent_path().string();
  ManifestReader manifest(a.manifest == "-" ? std::cin : file, a.manifest, base_dir);

  Earlier earlier;
  if (a.resume) earlier = read_earlier(a.output, control.policy);
  control.skip = &earlier.ids;
  std::ofstream out_file;
  std::ostream* out = &std::cout;
  std::ofstream null_out;
  if (!a.output.empty() && a.output != "-") {
    out_file.open(a.output, a.resume ? std::ios::binary | std::ios::app : std::ios::binary | std::ios::trunc);
    if (!out_file) throw Error(a.output, "cannot write");
    out = &out_file;
  } else if (a.quiet) {
    null_out.open("/dev/null");
    out = &null_out;
  }

  std::unique_ptr<ProgressBar> bar;
  if (::isatty(STDERR_FILENO)) {
    bar = std::make_unique<ProgressBar>(count_rows(a.manifest));
    control.progress = [&bar](std::size_t done, std::size_t skipped) { bar->update(done, skipped); };
  }
  BatchTotals totals = run_batch(manifest, runner, *out, control);
  if (bar) bar->finish();
  if (totals.errors > 0 || earlier.error) return 2;
  return totals.failing > 0 || earlier.failing ? 1 : 0;
}

}  // namespace

int batch_command(std::vector<std::string> args) {
  BatchArgs a;
  CLI::App app{"Compare many versions listed in a manifest; write one JSON line per row, in manifest order.",
               "claimdiff batch"};
  add_options(app, a);
  return parse_and_run(app, std::move(args), [&a] { return run(a); });
}

}  // namespace claimdiff::cli
