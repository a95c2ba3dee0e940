#pragma once
// report: the result of a run, its renderings (text, the claimdiff/1 JSON contract, HTML side by
// side, SARIF 2.1.0, Markdown), the --fail-on policy, and baselines of earlier reports.
//
// Every writer streams: output grows linearly with the report, never through one big string.

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimdiff/align.hpp"
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
  // Set by apply_baseline: known[i] is true when claims[i] was already in the baseline report.
  // Empty when no baseline was applied.
  std::vector<bool> known;

  bool is_known(std::size_t claim) const { return claim < known.size() && known[claim]; }
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
  // Set by apply_baseline: the baseline's name, and per finding whether it was already reported.
  std::string baseline;
  std::vector<bool> known_findings;

  bool finding_known(std::size_t i) const { return i < known_findings.size() && known_findings[i]; }
};

Summary summarize(const std::vector<Claim>& claims);
// The summary of the claims of `cmp` that are not known from a baseline (all of them if none).
Summary new_summary(const Comparison& cmp);

struct TextOptions {
  bool color = false;
  bool show_equal = false;
};

// The claimdiff/1 JSON document (DESIGN.md). With a baseline applied, known claims and findings
// stay (so the output is itself a complete baseline) but carry "known": true, each comparison
// gains "new" (the summary of the rest) and the document "baseline" (its name).
void write_json(std::ostream& out, const Report& report);
// The same document; with `one_line`, on one line without a line break after it (a JSON Lines
// record): the pretty document with every space and line break outside strings left out.
void write_json(std::ostream& out, const Report& report, bool one_line);
// Text for a terminal; claims and findings known from a baseline are left out.
void write_text(std::ostream& out, const Report& report, const TextOptions& options = {});
// The one-line summary of a comparison: "12 equal, 3 reworded (1 major), 1 added, ...".
std::string summary_line(const Summary& summary);
// The --stats output: "BASE -> OTHER: <summary_line>" per comparison, then "N findings"; with a
// baseline, each line also says how many are known from it (and leaves them out of the counts).
void write_stats(std::ostream& out, const Report& report);

// The `align` command's output: one bead a line, "[base ids]:[other ids]:similarity" (3 decimals).
void write_beads(std::ostream& out, const std::vector<Bead>& beads);

struct HtmlOptions {
  // Nonce of the page's Content-Security-Policy for its one <style> and <script>; empty picks a
  // random one. Only inline code carrying it runs, so even text that escaped escaping could not.
  std::string nonce;
};

// One self-contained HTML page (inline CSS and JS, nothing fetched): a summary, then each
// comparison side by side with claims aligned row by row, word changes, change types and
// severity as badges, lint findings marked in the text, filters, and a click on a row follows
// its claim through every comparison. Claims and findings known from a baseline are hidden
// behind a filter. All input text is escaped.
void write_html(std::ostream& out, const Report& report, const HtmlOptions& options = {});

// SARIF 2.1.0 (one run): a result per reportable claim change (removed claims located in the
// base version, the others in the other version) and per finding, rules for every rule id used.
// Claims and findings known from a baseline are left out; the rest carry baselineState "new".
void write_sarif(std::ostream& out, const Report& report);

// A SARIF rule: the stable id, and what a code-scanning service shows about it.
struct SarifRule {
  std::string id;
  std::string name;   // PascalCase, SARIF's "name"
  std::string short_description;
  std::string help;
  std::string level;  // default level: error, warning or note
};
// The rules claimdiff documents: claim-* for claim changes, then the lint rules.
const std::vector<SarifRule>& sarif_rules();

struct MarkdownOptions {
  // Stop listing claims and findings once the output passes this many bytes (a GitHub comment
  // holds 65536 characters) and say how many were left out; 0 lists everything.
  std::size_t budget = 60000;
};

// A compact Markdown report for a pull-request comment: a summary table per comparison, removed
// and added claims, major and minor claims with their word diffs (~~deleted~~ **inserted**),
// structure-only and cosmetic changes folded away, then the findings. Input text is escaped.
void write_markdown(std::ostream& out, const Report& report, const MarkdownOptions& options = {});

// The --fail-on policy: which claims and findings make the exit status 1.
struct FailPolicy {
  bool any = false;  // any claim that is not equal
  bool added = false, removed = false, reworded = false, moved = false, split = false, merged = false;
  bool major = false;     // a claim of major severity
  bool minor = false;     // a claim of minor or major severity
  bool cosmetic = false;  // a claim of any severity above none
  bool artifact = false;  // any lint finding
};

// Parses --fail-on names: any, added, removed, reworded, moved, split, merged, major, minor,
// cosmetic, artifact, none ("none" alone: nothing counts). Throws Error on an unknown name.
FailPolicy parse_fail_on(const std::vector<std::string>& names);
// True when the report holds a claim or finding the policy counts; known ones never count.
bool fails(const Report& report, const FailPolicy& policy);

// What an earlier claimdiff/1 JSON report held, keyed by content (kind and sentence texts of a
// claim; rule, text and version name of a finding), never by ids or offsets, so a baseline
// survives edits elsewhere in the documents. Keys count, so two identical changes need two.
struct Baseline {
  std::string name;
  std::unordered_map<std::string, std::size_t> claims;
  std::unordered_map<std::string, std::size_t> findings;        // rule, text, version, sentence
  std::unordered_map<std::string, std::size_t> loose_findings;  // rule, text, version
};

// Reads a baseline from `json` (the text of a report); `name` is used in errors. Throws Error
// (one line, naming `name`) on anything that is not a claimdiff/1 report.
Baseline parse_baseline(std::string_view json, const std::string& name);
// Reads a baseline file ("-" is not allowed: standard input carries versions).
Baseline read_baseline(const std::string& path);
// Marks the report's claims and findings found in the baseline as known (Comparison::known,
// Report::known_findings). Findings match their sentence's text first, then anywhere.
void apply_baseline(Report& report, const Baseline& baseline);

}  // namespace claimdiff
