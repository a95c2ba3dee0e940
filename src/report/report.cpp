#include "claimdiff/report.hpp"

#include <sstream>

namespace claimdiff {

Summary summarize(const std::vector<Claim>& claims) {
  Summary s;
  for (const Claim& c : claims) {
    switch (c.kind) {
      case ClaimKind::Equal: ++s.equal; break;
      case ClaimKind::Reworded: ++s.reworded; break;
      case ClaimKind::Added: ++s.added; break;
      case ClaimKind::Removed: ++s.removed; break;
      case ClaimKind::Moved: ++s.moved; break;
      case ClaimKind::Split: ++s.split; break;
      case ClaimKind::Merged: ++s.merged; break;
    }
    if (c.severity == Severity::Cosmetic) ++s.cosmetic;
    if (c.severity == Severity::Minor) ++s.minor;
    if (c.severity == Severity::Major) ++s.major;
  }
  return s;
}

namespace {

using nlohmann::json;

json sentence_json(const Document& doc, const Sentence& s) {
  return {{"id", s.id},
          {"text", doc.sentence_text(s)},
          {"start", doc.input_offset(s.start)},
          {"end", doc.input_offset(s.end)},
          {"line", s.line},
          {"column", s.column},
          {"paragraph", s.paragraph},
          {"heading", s.heading}};
}

json claim_json(const Claim& c) {
  json changes = json::array();
  for (const Change& ch : c.changes) {
    changes.push_back({{"type", to_string(ch.type)},
                       {"before", ch.before},
                       {"after", ch.after},
                       {"severity", to_string(severity_of(ch.type))}});
  }
  json diff = json::array();
  for (const DiffOp& op : c.diff) {
    json o = {{"op", op.op == Op::Equal ? "equal" : op.op == Op::Delete ? "delete" : "insert"}, {"text", op.text}};
    if (!op.other_text.empty()) o["other_text"] = op.other_text;
    diff.push_back(std::move(o));
  }
  double sim = std::round(c.similarity * 1000) / 1000;
  return {{"kind", to_string(c.kind)}, {"base", c.base},         {"other", c.other},
          {"similarity", sim},         {"severity", to_string(c.severity)},
          {"changes", std::move(changes)}, {"diff", std::move(diff)}};
}

json summary_json(const Summary& s) {
  return {{"equal", s.equal},   {"reworded", s.reworded}, {"added", s.added},
          {"removed", s.removed}, {"moved", s.moved},     {"split", s.split},
          {"merged", s.merged},
          {"severity", {{"cosmetic", s.cosmetic}, {"minor", s.minor}, {"major", s.major}}}};
}

}  // namespace

nlohmann::json to_json(const Report& report) {
  json versions = json::array();
  for (std::size_t i = 0; i < report.versions.size(); ++i) {
    const Document& d = report.versions[i];
    json sentences = json::array();
    for (const Sentence& s : d.sentences) sentences.push_back(sentence_json(d, s));
    versions.push_back({{"index", i}, {"name", d.name}, {"language", d.language}, {"sentences", std::move(sentences)}});
  }
  json comparisons = json::array();
  for (const Comparison& c : report.comparisons) {
    json claims = json::array();
    for (const Claim& claim : c.claims) claims.push_back(claim_json(claim));
    comparisons.push_back({{"base", c.base}, {"other", c.other}, {"claims", std::move(claims)},
                           {"summary", summary_json(c.summary)}});
  }
  json findings = json::array();
  for (const Finding& f : report.findings) {
    findings.push_back({{"rule", f.rule},       {"version", f.version},   {"sentence", f.sentence},
                        {"text", f.text},       {"suggestion", f.suggestion}, {"severity", f.severity},
                        {"message", f.message}, {"start", f.start},       {"end", f.end},
                        {"line", f.line},       {"column", f.column}});
  }
  return {{"schema", "claimdiff/1"},
          {"versions", std::move(versions)},
          {"comparisons", std::move(comparisons)},
          {"findings", std::move(findings)}};
}

void write_json(std::ostream& out, const Report& report) {
  // Invalid UTF-8 cannot reach here (load refuses it), but replace rather than throw regardless.
  out << to_json(report).dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

std::string summary_line(const Summary& s) {
  std::ostringstream o;
  o << s.equal << " equal, " << s.reworded << " reworded, " << s.added << " added, " << s.removed
    << " removed, " << s.moved << " moved, " << s.split << " split, " << s.merged << " merged";
  if (s.major + s.minor + s.cosmetic > 0) {
    o << " (" << s.major << " major, " << s.minor << " minor, " << s.cosmetic << " cosmetic)";
  }
  return o.str();
}

namespace {

struct Style {
  bool on;
  std::string operator()(const char* code, std::string_view text) const {
    if (!on) return std::string(text);
    return std::string("\x1b[") + code + "m" + std::string(text) + "\x1b[0m";
  }
};

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::Major: return "1;31";
    case Severity::Minor: return "33";
    case Severity::Cosmetic: return "36";
    default: return "0";
  }
}

std::string ids(const std::vector<std::uint32_t>& v) {
  std::string s;
  for (auto id : v) s += (s.empty() ? "#" : ",#") + std::to_string(id);
  return s;
}

std::string one_line(std::string_view text) {
  std::string s(text);
  for (char& c : s) if (c == '\n' || c == '\t') c = ' ';
  return s;
}

void write_claim(std::ostream& out, const Report& report, const Comparison& cmp, const Claim& c, const Style& st) {
  const Document& a = report.versions[cmp.base];
  const Document& b = report.versions[cmp.other];
  auto text_of = [&](const Document& d, const std::vector<std::uint32_t>& v) {
    return one_line(d.slice(d.sentences[v.front()].start, d.sentences[v.back()].end));
  };
  auto where = [&](const Document& d, const std::vector<std::uint32_t>& v) {
    const Sentence& s = d.sentences[v.front()];
    return std::to_string(s.line) + ":" + std::to_string(s.column);
  };
  std::string kind(to_string(c.kind));
  switch (c.kind) {
    case ClaimKind::Removed:
      out << st("1;31", "- removed ") << ids(c.base) << " (" << a.name << ":" << where(a, c.base) << ")\n    "
          << st("31", text_of(a, c.base)) << "\n";
      return;
    case ClaimKind::Added:
      out << st("1;32", "+ added ") << ids(c.other) << " (" << b.name << ":" << where(b, c.other) << ")\n    "
          << st("32", text_of(b, c.other)) << "\n";
      return;
    default:
      break;
  }
  const char* mark = c.kind == ClaimKind::Moved ? "> " : c.kind == ClaimKind::Split ? "< " : c.kind == ClaimKind::Merged ? "> " : "~ ";
  out << st("1", std::string(mark) + kind) << " " << ids(c.base) << " -> " << ids(c.other) << " ("
      << b.name << ":" << where(b, c.other) << ", similarity " << std::fixed;
  out.precision(2);
  out << c.similarity << ")";
  if (c.severity != Severity::None) {
    std::string types;
    for (const Change& ch : c.changes) {
      std::string t(to_string(ch.type));
      if (types.find(t) == std::string::npos) types += (types.empty() ? "" : ", ") + t;
    }
    out << " " << st(severity_color(c.severity), std::string("[") + std::string(to_string(c.severity)) + ": " + types + "]");
  }
  out << "\n    ";
  if (c.diff.empty()) {
    out << text_of(b, c.other) << "\n";
    return;
  }
  for (const DiffOp& op : c.diff) {
    std::string t = one_line(op.text);
    if (op.op == Op::Equal) out << (op.other_text.empty() ? t : one_line(op.other_text));
    else if (op.op == Op::Delete) out << st("31", "[-" + t + "-]");
    else out << st("32", "{+" + t + "+}");
  }
  out << "\n";
}

}  // namespace

void write_text(std::ostream& out, const Report& report, const TextOptions& options) {
  Style st{options.color};
  for (const Comparison& cmp : report.comparisons) {
    const Document& a = report.versions[cmp.base];
    const Document& b = report.versions[cmp.other];
    out << st("1", "--- " + a.name) << "\n" << st("1", "+++ " + b.name) << "\n";
    for (const Claim& c : cmp.claims) {
      if (c.kind == ClaimKind::Equal && !options.show_equal) continue;
      write_claim(out, report, cmp, c, st);
    }
    out << st("1", "summary: ") << summary_line(cmp.summary) << "\n";
  }
  if (!report.findings.empty()) {
    out << st("1", "findings:") << "\n";
    for (const Finding& f : report.findings) {
      const Document& d = report.versions[f.version];
      out << "  " << d.name << ":" << f.line << ":" << f.column << ": "
          << st(f.severity == "major" ? "1;31" : f.severity == "minor" ? "33" : "36", f.severity) << " "
          << f.rule << ": \"" << one_line(f.text) << "\"";
      if (!f.suggestion.empty()) out << " -> \"" << f.suggestion << "\"";
      if (!f.message.empty()) out << " (" << f.message << ")";
      out << "\n";
    }
  }
}

}  // namespace claimdiff
