// The command line: parse options (CLI11), call the facade, print, exit as diff(1) does.

#include <fcntl.h>
#include <malloc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include <CLI/CLI.hpp>

#include "claimdiff/claimdiff.hpp"
#include "claimdiff/error.hpp"
#include "cli/batch_command.hpp"
#include "cli/command.hpp"

namespace cd = claimdiff;

namespace {

enum class Command { Compare, Lint, Align, Extract };

struct Args {
  Command command = Command::Compare;
  std::vector<std::string> files;
  cd::RunSettings run;  // what reaches the pipeline
  std::string format = "text";
  std::string output;
  std::string baseline;
  std::string color = "auto";
  std::vector<std::string> fail_on;
  std::string via;
  bool stats = false;
  bool quiet = false;
  bool show_equal = false;
  bool timings = false;
};

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string item; std::getline(in, item, ',');) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

void add_common_options(CLI::App& app, Args& a) {
  app.add_option("--format", a.format, "Output format: text, json (the claimdiff/1 contract), html (one self-contained page), sarif (2.1.0), markdown")
      ->check(CLI::IsMember({"text", "json", "html", "sarif", "markdown"}))
      ->capture_default_str();
  app.add_option("-o,--output", a.output, "Write the report to FILE (atomically) instead of stdout");
  app.add_option("--color", a.color, "Colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_option("--segment", a.run.segment, "Units: ICU sentences, or each non-empty line")
      ->check(CLI::IsMember({"sentences", "lines"}))
      ->capture_default_str();
  app.add_option("--lang", a.run.lang, "Language code, or one per file separated by commas (es,en); auto: detected with CLD2")
      ->capture_default_str();
  app.add_option("--encoding", a.run.encoding, "Input encoding for files without a BOM (an ICU converter name, e.g. ISO-8859-1)");
  app.add_option("--input-format", a.run.input_format, "Input format: auto (from the extension, then the content), text, html (the page's article), markdown")
      ->check(CLI::IsMember({"auto", "text", "html", "markdown"}))
      ->capture_default_str();
  app.add_option("--max-input-size", a.run.max_input, "Refuse inputs larger than this many bytes")
      ->capture_default_str();
  app.add_option("--lexicon", a.run.lexicons, "Extra lint lexicon (TSV, see data/README.md); repeatable")
      ->allow_extra_args(false);
  app.add_option("--glossary", a.run.glossaries, "Glossary of wrong renderings (TSV: wrong, right); repeatable")
      ->allow_extra_args(false);
  app.add_option("--data-dir", a.run.data_dir, "Language data directory (default: found beside the executable)");
  app.add_option("--fail-on", a.fail_on,
                 "What makes the exit status 1: any (claim not equal), added, removed, reworded, moved, split, merged, "
                 "major, minor (or worse), cosmetic (or worse), artifact (any finding), none")
      ->delimiter(',')->allow_extra_args(false);
  app.add_option("--baseline", a.baseline,
                 "An earlier JSON report: only claims and findings not in it are shown and count for --fail-on");
  app.add_flag("--stats", a.stats, "Print only the summary");
  app.add_flag("-q,--quiet", a.quiet, "Print nothing on standard output; only set the exit status (-o FILE is still written)");
  app.add_flag("--timings", a.timings, "Print the wall time of each stage on stderr");
}

void add_compare_options(CLI::App& app, Args& a) {
  app.add_flag("--chain", a.run.chain, "With 3+ versions, compare each with the previous one (default: with the first)");
  app.add_option("--threshold", a.run.threshold, "Similarity below which a pair is removed+added rather than reworded")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  app.add_option("--move-threshold", a.run.move_threshold, "Similarity at which a removed and an added sentence are a move")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  app.add_option("--ignore", a.run.ignore, "Fold into equality: case, punctuation, quotes, whitespace, spelling")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"case", "punctuation", "quotes", "whitespace", "spelling"}));
  app.add_option("--via", a.via, "A translation of BASE into OTHER's language, one unit per BASE unit, used for similarity");
  app.add_option("--dictionary", a.run.dictionary,
                 "Bilingual dictionary BASE -> OTHER language for cross-language alignment: a dictd .index (FreeDict) or a TSV "
                 "(default: the installed FreeDict dictionary of the pair, if any, or else, if at most 256 KB compressed, "
                 "the installed one of OTHER -> BASE read backwards; none: no dictionary at all)");
  app.add_option("--thesaurus", a.run.thesaurus,
                 "With --via: a MyThes thesaurus of OTHER's language (th_xx_YY_v2.dat), or auto (the installed one, "
                 "from Debian's mythes-* packages), or none")
      ->capture_default_str();
  app.add_flag("--show-equal", a.show_equal, "List equal claims in the text report too");
  app.add_flag_callback("--no-lint", [&a] { a.run.lint = false; }, "Do not run the artifact rules");
}

// Streams the output to stdout, or to `path` through a temporary file renamed into place, so
// that a failed run never leaves a half-written report.
template <typename WriteFn>
void emit(const std::string& path, WriteFn&& write) {
  if (path.empty() || path == "-") {
    std::ios::sync_with_stdio(false);
    write(std::cout);
    std::cout.flush();
    return;
  }
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    // A device, a pipe or a symbolic link (/dev/null, /dev/stdout, a FIFO) is written in place:
    // renaming a temporary over it would replace the device or the link with a regular file.
    std::ofstream out(path, std::ios::binary);
    if (!out) throw cd::Error(path, std::string("cannot write: ") + std::strerror(errno));
    write(out);
    out.flush();
    if (!out) throw cd::Error(path, "cannot write: write failed");
    return;
  }
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) throw cd::Error(path, std::string("cannot write: ") + std::strerror(errno));
  ::fchmod(fd, 0644);
  ::close(fd);
  auto fail = [&](const std::string& why) {
    ::unlink(name.data());
    throw cd::Error(path, "cannot write: " + why);
  };
  {
    std::ofstream out(name.data(), std::ios::binary | std::ios::trunc);
    if (!out) fail(std::strerror(errno));
    try {
      write(out);
    } catch (...) {
      ::unlink(name.data());
      throw;
    }
    out.close();
    if (!out) fail("write failed (disk full?)");
  }
  if (std::rename(name.data(), path.c_str()) != 0) fail(std::strerror(errno));
}

cd::LoadOptions load_options(const Args& a) {
  return cd::load_options(a.run);
}

// The --via translation is one unit per line whatever --input-format says of the versions.
cd::LoadOptions via_options(const Args& a) {
  cd::LoadOptions lo = load_options(a);
  lo.format = cd::InputFormat::Auto;
  return lo;
}

// The versions, and on stderr what load had to guess about them (a page's wrong charset).
std::vector<cd::Document> load_all(const Args& a) {
  auto docs = cd::load_versions(a.files, split_list(a.run.lang), load_options(a));
  for (const auto& d : docs) {
    for (const auto& w : d.warnings) std::cerr << "claimdiff: warning: " << d.name << ": " << w << '\n';
  }
  return docs;
}

int run_align(const Args& a, const cd::Resources& res) {
  if (a.files.size() != 2) throw cd::Error("", "align takes exactly two files: BASE OTHER");
  auto docs = load_all(a);
  cd::SegmentOptions so;
  so.mode = a.run.segment == "lines" ? cd::SegmentMode::Lines : cd::SegmentMode::Sentences;
  cd::segment_versions(docs, res, so);
  cd::AlignOptions ao;
  ao.threshold = a.run.threshold;
  ao.move_threshold = a.run.move_threshold;
  ao.base_language = &res.language(docs[0].language);
  ao.other_language = &res.language(docs[1].language);
  cd::Document via;
  if (!a.via.empty()) {
    via = cd::load_via(a.via, docs[1].language, res, via_options(a));
    cd::check_via(via, docs[0]);
    ao.via = &via;
    ao.thesaurus = cd::thesaurus_for(a.run.thesaurus, docs[1].language);
  }
  ao.installed_dictionary = a.run.dictionary != "none";
  cd::Dictionary dictionary;
  if (cd::reads_dictionary_file(a.run)) {
    dictionary = cd::read_dictionary(a.run.dictionary);
    ao.dictionary = &dictionary;
  }
  auto beads = cd::align_versions(docs[0], docs[1], ao);
  bool differs = std::any_of(beads.begin(), beads.end(), [](const cd::Bead& b) { return !b.exact; });
  if (!a.quiet) emit(a.output, [&](std::ostream& o) { cd::write_beads(o, beads); });
  return differs ? 1 : 0;
}

// The report of two books is millions of small allocations, and freeing them one by one takes
// longer than writing it out. The process is about to end, so the report is kept (reachable
// from here, which leak checkers accept) and the system takes the memory back at once.
void keep_until_exit(cd::Report report) {
  static cd::Report* kept = nullptr;
  delete kept;
  kept = new cd::Report(std::move(report));
}

// extract: the text claimdiff compares, one block (paragraph, heading, list item) per line.
int run_extract(const Args& a) {
  if (a.files.size() != 1) throw cd::Error("", "extract takes one file");
  auto docs = load_all(a);
  std::string out = cd::extracted_text(docs[0]);
  if (!a.quiet) emit(a.output, [&](std::ostream& o) { o << out; });
  return 0;
}

int run(Args& a) {
  if (a.command == Command::Extract) return run_extract(a);
  cd::Resources res(a.run.data_dir);
  for (const auto& l : a.run.lexicons) res.add_lexicon(l);
  if (a.command == Command::Align) return run_align(a, res);

  cd::Dictionary dictionary;
  if (cd::reads_dictionary_file(a.run)) dictionary = cd::read_dictionary(a.run.dictionary);
  cd::CompareOptions o = cd::compare_options(a.run);
  if (cd::reads_dictionary_file(a.run)) o.align.dictionary = &dictionary;
  if (a.command == Command::Compare && a.files.size() < 2) {
    throw cd::Error("", "compare needs at least two files: BASE OTHER [OTHER...]");
  }
  if (a.fail_on.empty()) a.fail_on = {a.command == Command::Lint ? "artifact" : "any"};
  const cd::FailPolicy policy = cd::parse_fail_on(a.fail_on);
  std::optional<cd::Baseline> baseline;
  if (!a.baseline.empty()) baseline = cd::read_baseline(a.baseline);
  auto t0 = std::chrono::steady_clock::now();
  auto docs = load_all(a);
  cd::Document via;
  if (!a.via.empty()) {
    const std::string& copy_language = docs.size() > 1 ? docs[1].language : docs[0].language;
    via = cd::load_via(a.via, copy_language, res, via_options(a));
    o.align.via = &via;
    o.align.thesaurus = cd::thesaurus_for(a.run.thesaurus, copy_language);
  }
  auto t1 = std::chrono::steady_clock::now();
  cd::Report report = a.command == Command::Lint ? cd::lint(std::move(docs), res, o)
                                                 : cd::compare(std::move(docs), res, o);
  report.timings.insert(report.timings.begin(), {"load", std::chrono::duration<double>(t1 - t0).count()});
  if (baseline) cd::apply_baseline(report, *baseline);
  int status = cd::fails(report, policy) ? 1 : 0;
  if (a.quiet && (a.output.empty() || a.output == "-")) return status;

  auto t2 = std::chrono::steady_clock::now();
  emit(a.output, [&](std::ostream& out) {
    if (a.stats) {
      cd::write_stats(out, report);
    } else if (a.format == "json") {
      cd::write_json(out, report);
    } else if (a.format == "html") {
      cd::write_html(out, report);
    } else if (a.format == "sarif") {
      cd::write_sarif(out, report);
    } else if (a.format == "markdown") {
      cd::write_markdown(out, report);
    } else {
      cd::TextOptions to;
      to.color = a.color == "always" || (a.color == "auto" && a.output.empty() && ::isatty(STDOUT_FILENO));
      to.show_equal = a.show_equal;
      cd::write_text(out, report, to);
    }
  });
  report.timings.push_back({"report", std::chrono::duration<double>(std::chrono::steady_clock::now() - t2).count()});
  if (a.timings) {
    for (const auto& t : report.timings) std::fprintf(stderr, "claimdiff: timing: %-14s %8.3f s\n", t.stage.c_str(), t.seconds);
  }
  keep_until_exit(std::move(report));
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  // A book's comparison allocates some 150 MB in small pieces; growing the heap 64 MB at a time
  // instead of a page or so at a time halves the system time spent mapping it.
  mallopt(M_TOP_PAD, 64 << 20);
  Args a;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args[0] == "batch") return cd::cli::batch_command({args.begin() + 1, args.end()});
  std::string name = "claimdiff";
  if (!args.empty() && (args[0] == "compare" || args[0] == "lint" || args[0] == "align" || args[0] == "extract")) {
    a.command = args[0] == "lint"      ? Command::Lint
                : args[0] == "align"   ? Command::Align
                : args[0] == "extract" ? Command::Extract
                                       : Command::Compare;
    name += " " + args[0];
    args.erase(args.begin());
  }
  CLI::App app{a.command == Command::Lint    ? "Lint copies for machine-translation and spinner artifacts."
               : a.command == Command::Align ? "Align the sentences of two versions; print one bead per line."
               : a.command == Command::Extract ? "Print the text claimdiff compares in a web page or Markdown file, one block per line."
                                             : "Compare versions of a story claim by claim.\n"
                                               "Commands: claimdiff [compare] BASE OTHER..., claimdiff lint FILE..., "
                                               "claimdiff align BASE OTHER, claimdiff extract PAGE, claimdiff batch MANIFEST",
               name};
  app.set_version_flag("--version", std::string("claimdiff ") + CLAIMDIFF_VERSION);
  app.add_option("files", a.files, a.command == Command::Lint ? "Files to lint ('-' for stdin)"
                                                              : "BASE then OTHER versions ('-' for stdin)")
      ->required();
  add_common_options(app, a);
  if (a.command != Command::Lint && a.command != Command::Extract) add_compare_options(app, a);
  if (a.command == Command::Extract) {
    app.add_flag("--body-only", a.run.body_only, "The article body only, without the headline, byline and dates");
  }
  return cd::cli::parse_and_run(app, std::move(args), [&a] { return run(a); });
}
