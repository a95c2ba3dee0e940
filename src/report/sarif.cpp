// SARIF 2.1.0 (OASIS): claim changes and lint findings as results for code-scanning services.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "claimdiff/report.hpp"
#include "report/locate.hpp"
#include "report/markdown_text.hpp"
#include "report/output.hpp"

#ifndef CLAIMDIFF_VERSION
#define CLAIMDIFF_VERSION "0"
#endif
#ifndef CLAIMDIFF_HOMEPAGE
#define CLAIMDIFF_HOMEPAGE "https://github.com/claimdiff/claimdiff"
#endif

namespace claimdiff {

const std::vector<SarifRule>& sarif_rules() {
  static const std::vector<SarifRule> rules = {
      {"claim-removed", "ClaimRemoved", "A claim of the base version is missing from the other version.",
       "A sentence of the base version has no counterpart in the other version: the claim it states was dropped. "
       "Restore it, or confirm the cut was editorial.",
       "error"},
      {"claim-added", "ClaimAdded", "The other version states a claim the base version does not.",
       "A sentence of the other version has no counterpart in the base version. Check that the addition is sourced "
       "and intended (syndicated copies often gain boilerplate).",
       "warning"},
      {"claim-reworded-major", "ClaimRewordedMajor", "A claim changed its substance.",
       "A number, a name, a negation, a hedge (modality), the words inside a quotation, a pronoun or the attribution "
       "changed: the claim now says something else. Compare the word diff with the base version.",
       "error"},
      {"claim-reworded-minor", "ClaimRewordedMinor", "A claim was reworded.",
       "Words changed without touching numbers, names, negation, modality, quotations, pronouns or attribution. "
       "Check that the meaning survived.",
       "warning"},
      {"claim-reworded-cosmetic", "ClaimRewordedCosmetic", "A claim changed only in form.",
       "Only whitespace, punctuation, case, quotation-mark style or spelling variants changed.", "note"},
      {"claim-moved", "ClaimMoved", "A claim moved to another place in the story.",
       "The claim appears out of the base version's order. The result's level rises with any change to its words.",
       "note"},
      {"claim-split", "ClaimSplit", "One claim was split into several sentences.",
       "One sentence of the base version became two in the other version. The result's level rises with any change "
       "to its words.",
       "note"},
      {"claim-merged", "ClaimMerged", "Several claims were merged into one sentence.",
       "Two sentences of the base version became one in the other version. The result's level rises with any change "
       "to its words.",
       "note"},
      {"spinner-phrase", "SpinnerPhrase", "A phrase that article spinners or machine translation leave behind.",
       "A known synonym-spinner or machine-translation substitution (\"once morest\" for \"against\"). Use the "
       "suggested wording.",
       "error"},
      {"doubled-punctuation", "DoubledPunctuation", "A punctuation mark is doubled.",
       "Two punctuation marks stand where one belongs (\". .\", \",,\"). Keep one.", "warning"},
      {"stray-punctuation", "StrayPunctuation", "A space stands before punctuation.",
       "A space before a comma, period, semicolon or colon, typical of machine translation. Remove the space.",
       "warning"},
      {"quote-mismatch", "QuoteMismatch", "Quotation marks do not match.",
       "A quotation closes with an opening mark, or stays open to the end of its paragraph. Fix the marks so the "
       "quotation's extent is clear.",
       "warning"},
      {"repeated-word", "RepeatedWord", "A word is repeated.", "The same word twice in a row (\"the the\"). Remove one.",
       "warning"},
      {"boilerplate", "Boilerplate", "Leftover page furniture or a call to action.",
       "Text such as app promotion or newsletter prompts that belongs to a web page, not to the story. Remove it.",
       "warning"},
      {"pronoun-gender", "PronounGender", "A pronoun gives a named person the wrong gender.",
       "The pronoun disagrees with the person it refers to, as learnt from the original or from the copy itself "
       "(\"he said\" after a woman is named). Machine translation from languages that drop pronouns does this.",
       "error"},
      {"glossary", "Glossary", "A name or term was rendered in a way the glossary marks as wrong.",
       "A proper name, brand or term that must not be translated was translated (\"BBC News World\" for \"BBC News "
       "Mundo\"). Use the glossary's form.",
       "error"},
  };
  return rules;
}

namespace {

using detail::JsonWriter;
using detail::TextRange;

const char* level_of(Severity s) {
  switch (s) {
    case Severity::Major: return "error";
    case Severity::Minor: return "warning";
    default: return "note";
  }
}

const char* level_of(std::string_view finding_severity) {
  if (finding_severity == "major") return "error";
  if (finding_severity == "minor") return "warning";
  return "note";
}

int rank(std::string_view level) { return level == "error" ? 2 : level == "warning" ? 1 : 0; }

std::string claim_rule(const Claim& c) {
  switch (c.kind) {
    case ClaimKind::Removed: return "claim-removed";
    case ClaimKind::Added: return "claim-added";
    case ClaimKind::Moved: return "claim-moved";
    case ClaimKind::Split: return "claim-split";
    case ClaimKind::Merged: return "claim-merged";
    default: break;
  }
  switch (c.severity) {
    case Severity::Major: return "claim-reworded-major";
    case Severity::Minor: return "claim-reworded-minor";
    default: return "claim-reworded-cosmetic";
  }
}

// A relative path stays relative (resolved against the checkout, as code scanning expects); an
// absolute one becomes a file:// URI. Bytes outside RFC 3986's unreserved set are %-encoded.
std::string to_uri(const std::string& path) {
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  for (unsigned char c : path) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

// FNV-1a, 64 bits: a stable fingerprint of a content key, for partialFingerprints.
std::string fingerprint(std::string_view key) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string text_diff(const std::vector<DiffOp>& ops) {
  std::string out;
  for (const DiffOp& op : ops) {
    std::string t = detail::one_line(op.text);
    if (op.op == Op::Equal) out += op.other_text.empty() ? t : detail::one_line(op.other_text);
    else if (op.op == Op::Delete) out += "[-" + t + "-]";
    else out += "{+" + t + "+}";
  }
  return out;
}

std::string changes_text(const Claim& c) {
  std::string out;
  for (const Change& ch : c.changes) {
    if (!out.empty()) out += "; ";
    out += to_string(ch.type);
    if (!ch.before.empty() || !ch.after.empty()) {
      out += " \"" + detail::one_line(ch.before) + "\" \u2192 \"" + detail::one_line(ch.after) + "\"";
    }
  }
  return out;
}

class SarifWriter {
 public:
  SarifWriter(std::ostream& out, const Report& report) : w_(out), report_(report) {
    rules_ = sarif_rules();
    for (const Finding& f : report.findings) rule_index(f.rule, level_of(f.severity));
  }

  void write() {
    w_.begin_object();
    w_.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
    w_.key("version").value("2.1.0");
    w_.key("runs").begin_array();
    w_.begin_object();
    tool();
    w_.key("columnKind").value("unicodeCodePoints");
    artifacts();
    w_.key("invocations").begin_array();
    w_.begin_object();
    w_.key("executionSuccessful").value(true);
    w_.end_object();
    w_.end_array();
    w_.key("results").begin_array();
    for (const Comparison& cmp : report_.comparisons) {
      for (std::size_t i = 0; i < cmp.claims.size(); ++i) {
        if (cmp.claims[i].kind != ClaimKind::Equal && !cmp.is_known(i)) claim_result(cmp, cmp.claims[i]);
      }
    }
    for (std::size_t i = 0; i < report_.findings.size(); ++i) {
      if (!report_.finding_known(i)) finding_result(report_.findings[i]);
    }
    w_.end_array();
    properties();
    w_.end_object();
    w_.end_array();
    w_.end_object();
    w_.flush();
  }

 private:
  std::size_t rule_index(const std::string& id, const char* level) {
    auto it = std::find_if(rules_.begin(), rules_.end(), [&](const SarifRule& r) { return r.id == id; });
    if (it != rules_.end()) return static_cast<std::size_t>(it - rules_.begin());
    // A rule named in a user lexicon (data/README.md, "# rule: NAME").
    rules_.push_back({id, "", "A phrase listed in a user lexicon.",
                      "The text matches an entry of a lexicon given with --lexicon or --glossary, under the rule \"" +
                          id + "\". Use the suggested wording.",
                      level});
    return rules_.size() - 1;
  }

  void tool() {
    w_.key("tool").begin_object();
    w_.key("driver").begin_object();
    w_.key("name").value("claimdiff");
    w_.key("version").value(CLAIMDIFF_VERSION);
    w_.key("semanticVersion").value(CLAIMDIFF_VERSION);
    w_.key("informationUri").value(CLAIMDIFF_HOMEPAGE);
    w_.key("rules").begin_array();
    for (const SarifRule& r : rules_) {
      w_.begin_object();
      w_.key("id").value(r.id);
      if (!r.name.empty()) w_.key("name").value(r.name);
      w_.key("shortDescription").begin_object();
      w_.key("text").value(r.short_description);
      w_.end_object();
      w_.key("fullDescription").begin_object();
      w_.key("text").value(r.help);
      w_.end_object();
      w_.key("help").begin_object();
      w_.key("text").value(r.help);
      w_.end_object();
      w_.key("defaultConfiguration").begin_object();
      w_.key("level").value(r.level);
      w_.end_object();
      w_.key("properties").begin_object();
      w_.key("tags").begin_array();
      w_.value(r.id.rfind("claim-", 0) == 0 ? "claim-change" : "artifact");
      w_.end_array();
      w_.end_object();
      w_.end_object();
    }
    w_.end_array();
    w_.end_object();
    w_.end_object();
  }

  void artifacts() {
    w_.key("artifacts").begin_array();
    for (const Document& d : report_.versions) {
      w_.begin_object();
      w_.key("location").begin_object();
      w_.key("uri").value(to_uri(d.name));
      w_.end_object();
      w_.key("mimeType").value("text/plain");
      w_.key("roles").begin_array();
      w_.value("analysisTarget");
      w_.end_array();
      w_.end_object();
    }
    w_.end_array();
  }

  // A physicalLocation: the artifact, then the region from `r` (text offsets) in code points.
  void location(std::size_t version, const TextRange& r, std::size_t line, std::size_t column) {
    const Document& d = report_.versions[version];
    w_.key("physicalLocation").begin_object();
    w_.key("artifactLocation").begin_object();
    w_.key("uri").value(to_uri(d.name));
    w_.key("index").value(version);
    w_.end_object();
    w_.key("region").begin_object();
    w_.key("startLine").value(std::max<std::size_t>(line, 1));
    w_.key("startColumn").value(std::max<std::size_t>(column, 1));
    if (r.end > r.start) {
      Position end = d.position(r.end);
      w_.key("endLine").value(std::max<std::size_t>(end.line, 1));
      w_.key("endColumn").value(std::max<std::size_t>(end.column, 1));
      std::size_t b0 = d.input_offset(r.start), b1 = d.input_offset(r.end);
      w_.key("byteOffset").value(b0);
      w_.key("byteLength").value(b1 - b0);
      w_.key("snippet").begin_object();
      w_.key("text").value(d.slice(r.start, r.end));
      w_.end_object();
    }
    w_.end_object();
    w_.end_object();
  }

  void sentences_location(std::size_t version, const std::vector<std::uint32_t>& ids) {
    const Document& d = report_.versions[version];
    const Sentence& s = d.sentences[ids.front()];
    location(version, detail::sentences_range(d, ids), s.line, s.column);
  }

  void message(const std::string& text, const std::string& markdown) {
    w_.key("message").begin_object();
    w_.key("text").value(text);
    if (!markdown.empty()) w_.key("markdown").value(markdown);
    w_.end_object();
  }

  void claim_message(const Comparison& cmp, const Claim& c) {
    const Document& a = report_.versions[cmp.base];
    const Document& b = report_.versions[cmp.other];
    auto text_of = [](const Document& d, const std::vector<std::uint32_t>& ids) {
      TextRange r = detail::sentences_range(d, ids);
      return std::string(d.slice(r.start, r.end));
    };
    if (c.kind == ClaimKind::Removed) {
      std::string t = text_of(a, c.base);
      message("Claim removed from " + b.name + ": " + detail::one_line(t),
              "Claim removed from " + detail::markdown_escape(b.name, false) + ": " + detail::markdown_escape(t, false));
      return;
    }
    if (c.kind == ClaimKind::Added) {
      std::string t = text_of(b, c.other);
      message("Claim added, not in " + a.name + ": " + detail::one_line(t),
              "Claim added, not in " + detail::markdown_escape(a.name, false) + ": " + detail::markdown_escape(t, false));
      return;
    }
    std::string head = "Claim " + std::string(to_string(c.kind));
    if (c.kind != ClaimKind::Reworded) {
      head += " (was " + a.name + " line " + std::to_string(a.sentences[c.base.front()].line) + ")";
    }
    if (c.severity != Severity::None) head += " [" + std::string(to_string(c.severity)) + ": " + changes_text(c) + "]";
    std::string body = c.diff.empty() ? detail::one_line(text_of(b, c.other)) : text_diff(c.diff);
    std::string md_body = c.diff.empty() ? detail::markdown_escape(text_of(b, c.other), false) : detail::markdown_diff(c.diff);
    message(head + ": " + body, detail::markdown_escape(head, false) + ": " + md_body);
  }

  void claim_result(const Comparison& cmp, const Claim& c) {
    std::string rule = claim_rule(c);
    std::size_t index = rule_index(rule, "note");
    const char* level = rules_[index].level.c_str();
    if (rank(level_of(c.severity)) > rank(level)) level = level_of(c.severity);
    w_.begin_object();
    w_.key("ruleId").value(rule);
    w_.key("ruleIndex").value(index);
    w_.key("level").value(level);
    claim_message(cmp, c);
    bool in_base = c.kind == ClaimKind::Removed;
    w_.key("locations").begin_array();
    w_.begin_object();
    sentences_location(in_base ? cmp.base : cmp.other, in_base ? c.base : c.other);
    w_.end_object();
    w_.end_array();
    if (!c.base.empty() && !c.other.empty()) {
      w_.key("relatedLocations").begin_array();
      w_.begin_object();
      w_.key("id").value(std::size_t{1});
      sentences_location(cmp.base, c.base);
      w_.key("message").begin_object();
      w_.key("text").value("the claim in " + report_.versions[cmp.base].name);
      w_.end_object();
      w_.end_object();
      w_.end_array();
    }
    w_.key("partialFingerprints").begin_object();
    // The same change against two versions (v1 -> v2, v1 -> v3) is two alerts, not one.
    w_.key("claimdiffClaim/v1").value(fingerprint(detail::claim_key(report_, cmp, c) + report_.versions[cmp.other].name));
    w_.end_object();
    if (!report_.baseline.empty()) w_.key("baselineState").value("new");
    w_.key("properties").begin_object();
    w_.key("kind").value(to_string(c.kind));
    w_.key("severity").value(to_string(c.severity));
    w_.key("similarity").value(c.similarity);
    w_.key("base").value(cmp.base);
    w_.key("other").value(cmp.other);
    w_.key("changes").begin_array();
    for (const Change& ch : c.changes) {
      w_.begin_object();
      w_.key("type").value(to_string(ch.type));
      w_.key("before").value(ch.before);
      w_.key("after").value(ch.after);
      w_.end_object();
    }
    w_.end_array();
    w_.end_object();
    w_.end_object();
  }

  void finding_result(const Finding& f) {
    const Document& d = report_.versions[f.version];
    std::size_t index = rule_index(f.rule, level_of(f.severity));
    w_.begin_object();
    w_.key("ruleId").value(f.rule);
    w_.key("ruleIndex").value(index);
    w_.key("level").value(level_of(f.severity));
    std::string text = f.message.empty() ? f.rule + ": \"" + f.text + "\"" : f.message;
    if (!f.suggestion.empty() && f.message.find(f.suggestion) == std::string::npos) {
      text += " Suggestion: " + f.suggestion;
    }
    message(detail::one_line(text), "");
    w_.key("locations").begin_array();
    w_.begin_object();
    auto r = detail::finding_range(d, f);
    location(f.version, r.value_or(TextRange{}), f.line, f.column);
    w_.end_object();
    w_.end_array();
    std::string_view sentence = f.sentence < d.sentences.size() ? d.sentence_text(d.sentences[f.sentence]) : "";
    w_.key("partialFingerprints").begin_object();
    w_.key("claimdiffFinding/v1").value(fingerprint(detail::finding_key_strict(f.rule, f.text, d.name, sentence)));
    w_.end_object();
    if (!report_.baseline.empty()) w_.key("baselineState").value("new");
    w_.key("properties").begin_object();
    w_.key("severity").value(f.severity);
    w_.key("text").value(f.text);
    if (!f.suggestion.empty()) w_.key("suggestion").value(f.suggestion);
    w_.end_object();
    w_.end_object();
  }

  void properties() {
    w_.key("properties").begin_object();
    if (!report_.baseline.empty()) w_.key("baseline").value(report_.baseline);
    w_.key("comparisons").begin_array();
    for (const Comparison& cmp : report_.comparisons) {
      Summary s = new_summary(cmp);
      w_.begin_object();
      w_.key("base").value(report_.versions[cmp.base].name);
      w_.key("other").value(report_.versions[cmp.other].name);
      w_.key("summary").begin_object();
      w_.key("equal").value(s.equal);
      w_.key("reworded").value(s.reworded);
      w_.key("added").value(s.added);
      w_.key("removed").value(s.removed);
      w_.key("moved").value(s.moved);
      w_.key("split").value(s.split);
      w_.key("merged").value(s.merged);
      w_.key("major").value(s.major);
      w_.key("minor").value(s.minor);
      w_.key("cosmetic").value(s.cosmetic);
      w_.end_object();
      w_.end_object();
    }
    w_.end_array();
    w_.end_object();
  }

  JsonWriter w_;
  const Report& report_;
  std::vector<SarifRule> rules_;
};

}  // namespace

void write_sarif(std::ostream& out, const Report& report) {
  SarifWriter(out, report).write();
  out << '\n';
}

}  // namespace claimdiff
