// The Markdown report: compact enough for a pull-request comment, escaped so that input text
// can neither format nor inject anything.

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "claimdiff/report.hpp"
#include "report/locate.hpp"
#include "report/markdown_text.hpp"
#include "report/output.hpp"

namespace claimdiff {
namespace detail {
namespace {

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Escapes a leading block marker: "- x", "+ x", "# x", "> x" (always escaped anyway), "1. x".
std::size_t leading_marker(std::string_view text) {
  if (text.empty()) return std::string_view::npos;
  if (text[0] == '-' || text[0] == '+' || text[0] == '#' || text[0] == '=') return 0;
  std::size_t i = 0;
  while (i < text.size() && i < 9 && text[i] >= '0' && text[i] <= '9') ++i;
  if (i > 0 && i < text.size() && (text[i] == '.' || text[i] == ')')) return i;
  return std::string_view::npos;
}

// "&amp;", "&#64;", "&x41;": text that Markdown would read as a character reference.
bool starts_entity(std::string_view rest) {
  std::size_t i = 0;
  if (i < rest.size() && rest[i] == '#') ++i;
  std::size_t from = i;
  while (i < rest.size() && i < 32 && is_ascii_alnum(rest[i])) ++i;
  return i > from && i < rest.size() && rest[i] == ';';
}

}  // namespace

std::string markdown_escape(std::string_view text, bool line_start) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t marker = line_start ? leading_marker(text) : std::string_view::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '&': out += starts_entity(text.substr(i + 1)) ? "&amp;" : "&"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '\n': case '\t': case '\r': out += ' '; continue;
      case '@': out += "@\u2060"; continue;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~': case '$':
        out += '\\';
        out += c;
        continue;
      default:
        break;
    }
    if (i == marker) out += '\\';
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      out += "\xEF\xBF\xBD";
      continue;
    }
    out += c;
  }
  return out;
}

namespace {

// One deletion or insertion. ~~x~~ and **x** render only when the text inside starts and ends
// with a letter or digit (CommonMark's flanking rules), so whitespace at the edges goes outside
// them; other edits use <del> and <ins>, which GitHub keeps and which hold any text, so a
// changed quotation mark, comma or space still shows exactly.
void append_edit(std::string& out, std::string_view text, bool del) {
  std::size_t b = 0, e = text.size();
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
  std::string_view core = text.substr(b, e - b);
  if (!core.empty() && is_ascii_alnum(core.front()) && is_ascii_alnum(core.back())) {
    if (b > 0) out += ' ';
    out += del ? "~~" : "**";
    out += markdown_escape(core, false);
    out += del ? "~~" : "**";
    if (e < text.size()) out += ' ';
    return;
  }
  out += del ? "<del>" : "<ins>";
  out += core.empty() ? std::string("\u00b7") : markdown_escape(text, false);
  out += del ? "</del>" : "</ins>";
}

}  // namespace

std::string markdown_diff(const std::vector<DiffOp>& ops) {
  std::string out;
  for (std::size_t i = 0; i < ops.size(); ++i) {
    const DiffOp& op = ops[i];
    if (op.op == Op::Equal) {
      std::string_view t = op.other_text.empty() ? op.text : op.other_text;
      out += markdown_escape(t, i == 0);
    } else {
      append_edit(out, op.text, op.op == Op::Delete);
    }
  }
  return out;
}

}  // namespace detail

namespace {

using detail::markdown_escape;
using detail::Sink;

struct Section {
  std::string title;
  std::vector<std::size_t> claims;
};

class MarkdownWriter {
 public:
  MarkdownWriter(Sink& out, const Report& report, const MarkdownOptions& options)
      : out_(out), report_(report), options_(options) {}

  void write() {
    out_ << "## claimdiff report\n\n";
    if (!report_.baseline.empty()) {
      out_ << "Only changes and findings that are not in the baseline " << markdown_escape(report_.baseline)
           << " are listed.\n\n";
    }
    for (const Comparison& cmp : report_.comparisons) comparison(cmp);
    findings();
    if (left_out_ > 0) {
      out_ << "\n_" << left_out_ << " more items are not shown; the full report has them (claimdiff --format html or json)._\n";
    }
  }

 private:
  bool over_budget() const { return options_.budget != 0 && out_.size() > options_.budget; }

  std::string where(const Document& d, const std::vector<std::uint32_t>& ids) const {
    const Sentence& s = d.sentences[ids.front()];
    return markdown_escape(d.name) + ":" + std::to_string(s.line);
  }

  std::string text_of(const Document& d, const std::vector<std::uint32_t>& ids) const {
    detail::TextRange r = detail::sentences_range(d, ids);
    return markdown_escape(d.slice(r.start, r.end));
  }

  void summary_table(const Comparison& cmp) {
    Summary s = new_summary(cmp);
    out_ << "| equal | reworded | added | removed | moved | split | merged | major | minor | cosmetic |";
    if (!report_.baseline.empty()) out_ << " known |";
    out_ << "\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    if (!report_.baseline.empty()) out_ << "---:|";
    out_ << "\n| " << s.equal << " | " << s.reworded << " | " << s.added << " | " << s.removed << " | " << s.moved
         << " | " << s.split << " | " << s.merged << " | " << s.major << " | " << s.minor << " | " << s.cosmetic << " |";
    if (!report_.baseline.empty()) {
      std::size_t known = 0;
      for (std::size_t i = 0; i < cmp.claims.size(); ++i) known += cmp.is_known(i);
      out_ << ' ' << known << " |";
    }
    out_ << "\n\n";
  }

  void claim(const Comparison& cmp, const Claim& c) {
    const Document& a = report_.versions[cmp.base];
    const Document& b = report_.versions[cmp.other];
    if (c.kind == ClaimKind::Removed) {
      out_ << "- " << where(a, c.base) << ": " << text_of(a, c.base) << "\n";
      return;
    }
    if (c.kind == ClaimKind::Added) {
      out_ << "- " << where(b, c.other) << ": " << text_of(b, c.other) << "\n";
      return;
    }
    out_ << "- **" << to_string(c.kind) << "** " << where(b, c.other);
    if (c.kind != ClaimKind::Reworded) out_ << " (was " << where(a, c.base) << ")";
    if (c.severity != Severity::None) {
      out_ << " · " << to_string(c.severity) << ": ";
      bool first = true;
      for (const Change& ch : c.changes) {
        if (!first) out_ << ", ";
        first = false;
        out_ << to_string(ch.type);
        if (!ch.before.empty() && !ch.after.empty()) {
          out_ << " (" << markdown_escape(ch.before, false) << " → " << markdown_escape(ch.after, false) << ")";
        } else if (!ch.after.empty()) {
          out_ << " (added " << markdown_escape(ch.after, false) << ")";
        } else if (!ch.before.empty()) {
          out_ << " (dropped " << markdown_escape(ch.before, false) << ")";
        }
      }
    }
    out_ << "  \n  ";
    if (c.diff.empty()) out_ << text_of(b, c.other);
    else out_ << detail::markdown_diff(c.diff);
    out_ << "\n";
  }

  void section(const Comparison& cmp, const Section& s, bool folded) {
    if (s.claims.empty()) return;
    if (folded) out_ << "<details><summary>" << s.title << " (" << s.claims.size() << ")</summary>\n\n";
    else out_ << "#### " << s.title << " (" << s.claims.size() << ")\n\n";
    for (std::size_t i : s.claims) {
      if (over_budget()) {
        ++left_out_;
        continue;
      }
      claim(cmp, cmp.claims[i]);
    }
    out_ << (folded ? "\n</details>\n\n" : "\n");
  }

  void comparison(const Comparison& cmp) {
    const Document& a = report_.versions[cmp.base];
    const Document& b = report_.versions[cmp.other];
    out_ << "### " << markdown_escape(a.name) << " → " << markdown_escape(b.name) << "\n\n";
    summary_table(cmp);
    Section removed{"Removed", {}}, added{"Added", {}}, major{"Major changes", {}}, minor{"Minor changes", {}},
        structure{"Moved, split or merged, same words", {}}, cosmetic{"Cosmetic changes", {}};
    for (std::size_t i = 0; i < cmp.claims.size(); ++i) {
      const Claim& c = cmp.claims[i];
      if (cmp.is_known(i) || c.kind == ClaimKind::Equal) continue;
      if (c.kind == ClaimKind::Removed) removed.claims.push_back(i);
      else if (c.kind == ClaimKind::Added) added.claims.push_back(i);
      else if (c.severity == Severity::Major) major.claims.push_back(i);
      else if (c.severity == Severity::Minor) minor.claims.push_back(i);
      else if (c.severity == Severity::Cosmetic) cosmetic.claims.push_back(i);
      else structure.claims.push_back(i);
    }
    section(cmp, removed, false);
    section(cmp, major, false);
    section(cmp, minor, false);
    section(cmp, added, false);
    section(cmp, structure, true);
    section(cmp, cosmetic, true);
  }

  void findings() {
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < report_.findings.size(); ++i) {
      if (!report_.finding_known(i)) shown.push_back(i);
    }
    if (shown.empty()) return;
    out_ << "### Findings (" << shown.size() << ")\n\n| where | severity | rule | text | suggestion |\n|---|---|---|---|---|\n";
    for (std::size_t i : shown) {
      if (over_budget()) {
        ++left_out_;
        continue;
      }
      const Finding& f = report_.findings[i];
      out_ << "| " << markdown_escape(report_.versions[f.version].name) << ':' << f.line << ':' << f.column << " | "
           << markdown_escape(f.severity) << " | " << markdown_escape(f.rule) << " | " << markdown_escape(f.text)
           << " | " << markdown_escape(f.suggestion) << " |\n";
    }
    out_ << "\n";
  }

  Sink& out_;
  const Report& report_;
  const MarkdownOptions& options_;
  std::size_t left_out_ = 0;
};

}  // namespace

void write_markdown(std::ostream& out, const Report& report, const MarkdownOptions& options) {
  Sink sink(out);
  MarkdownWriter(sink, report, options).write();
}

}  // namespace claimdiff
