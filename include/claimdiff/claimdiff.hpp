#pragma once
// The facade: what a program embedding claimdiff calls. load_versions() reads the inputs under
// the language rule; compare(), lint() and align_versions() run the pipeline over them
// (segment -> align -> diff -> classify -> lint); load_via() and check_via() bring in a
// translation of BASE. The command line, batch runs and the Python module all call these.

#include <cstddef>
#include <string>
#include <string_view>
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
  // Run the independent stages (segmenting each version, the lint rules) on threads of their
  // own beside the comparison. A caller already running one comparison per core turns it off:
  // the threads would only wait for a core. The report is the same either way.
  bool stage_threads = true;
};

// What a user chooses, named as on the command line (`claimdiff`, `claimdiff batch`, the Python
// module); compare_options() and load_options() turn it into the options of each stage.
struct RunSettings {
  std::string lang = "auto";  // "auto" (CLD2, English when unsure), one code, or one per file
  std::string segment = "sentences";  // or "lines"
  bool chain = false;
  bool lint = true;
  double threshold = 0.3;
  double move_threshold = 0.5;
  std::vector<std::string> ignore;  // case, punctuation, quotes, whitespace, spelling
  std::string dictionary;           // --dictionary FILE, or none (not even the installed one)
  std::vector<std::string> lexicons;
  std::vector<std::string> glossaries;
  std::string encoding;
  std::string input_format = "auto";  // auto, text, html or markdown
  bool body_only = false;             // HTML: the article body without headline, byline and dates
  std::size_t max_input = 256u * 1024u * 1024u;
  std::string thesaurus = "auto";  // for rows with a translation (via): auto, none or a file
  std::string data_dir;  // empty: find_data_dir()
  // Load, segment and lint a comparison's versions on threads of their own (CompareOptions::
  // stage_threads, LoadOptions::threads); off where comparisons already run one per core.
  bool stage_threads = true;
};

// Whether `settings` names a dictionary file to read (not empty, not "none").
bool reads_dictionary_file(const RunSettings& settings);

// The options `settings` names. Throws Error for an unknown --segment or --ignore item and for a
// glossary that cannot be read. The dictionary is left to the caller, who owns it.
CompareOptions compare_options(const RunSettings& settings);

// How `settings` says to read the versions (encoding, size limit, input format, body only).
// Throws Error for an unknown input format.
LoadOptions load_options(const RunSettings& settings);

// The language rule of every entry point: `requested` if it names one; "auto" or empty: the
// language CLD2 detects in `text`, English when the detector is not sure.
std::string resolve_language(const std::string& requested, std::string_view text);

// Reads `files` ("-" is standard input, at most once), in parallel unless `options.threads` is
// off, and gives each its language
// by resolve_language(): `languages` holds one code for all files or one per file (none: "en").
// Throws Error for the first file, in order, that cannot be read, and for a wrong count.
std::vector<Document> load_versions(const std::vector<std::string>& files, const std::vector<std::string>& languages,
                                    const LoadOptions& options = {});

// Reads a translation of BASE into `language` (the copy's), one unit per line: the --via file.
Document load_via(const std::string& path, const std::string& language, const Resources& resources,
                  const LoadOptions& options = {});

// Throws Error (naming `via`) unless `via` has exactly one unit per sentence of `base`.
void check_via(const Document& via, const Document& base);

// The thesaurus a --via run uses: "none" gives no path, "auto" the installed MyThes thesaurus of
// `language` (empty when there is none), anything else is a path taken as given.
std::string thesaurus_for(const std::string& choice, const std::string& language);

// Segments every document not segmented yet (in place, in parallel); languages are resolved first.
void segment_versions(std::vector<Document>& versions, const Resources& resources, const SegmentOptions& options);

// Aligns two segmented documents (the `align` command). Throws as check_via() when
// `options.via` does not fit `base`; `options.cross_language` is set from the languages.
std::vector<Bead> align_versions(const Document& base, const Document& other, AlignOptions options);

// Segments every document (in place, if not segmented yet) and compares them. Documents keep
// their language; resources supply the per-language data.
Report compare(std::vector<Document> versions, const Resources& resources,
               const CompareOptions& options = {});

// Segments and lints documents without comparing them.
Report lint(std::vector<Document> versions, const Resources& resources,
            const CompareOptions& options = {});

}  // namespace claimdiff
