#include "claimdiff/report.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "common/parallel.hpp"
#include "report/locate.hpp"
#include "report/output.hpp"

namespace claimdiff {

namespace {

void count(Summary& s, const Claim& c) {
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

}  // namespace

Summary summarize(const std::vector<Claim>& claims) {
  Summary s;
  for (const Claim& c : claims) count(s, c);
  return s;
}

Summary new_summary(const Comparison& cmp) {
  if (cmp.known.empty()) return cmp.summary;
  Summary s;
  for (std::size_t i = 0; i < cmp.claims.size(); ++i) {
    if (!cmp.is_known(i)) count(s, cmp.claims[i]);
  }
  return s;
}

namespace {

using detail::JsonWriter;
using detail::one_line;

void write_sentence(JsonWriter& w, const Document& doc, const Sentence& s) {
  w.begin_object();
  w.key("id").value(s.id);
  w.key("text").value(doc.sentence_text(s));
  w.key("start").value(doc.input_offset(s.start));
  w.key("end").value(doc.input_offset(s.end));
  w.key("line").value(s.line);
  w.key("column").value(s.column);
  w.key("paragraph").value(s.paragraph);
  w.key("heading").value(s.heading);
  w.end_object();
}

void write_claim(JsonWriter& w, const Claim& c, bool known) {
  w.begin_object();
  w.key("kind").value(to_string(c.kind));
  w.key("base").ids(c.base);
  w.key("other").ids(c.other);
  w.key("similarity").value(c.similarity);
  w.key("severity").value(to_string(c.severity));
  w.key("changes").begin_array();
  for (const Change& ch : c.changes) {
    w.begin_object();
    w.key("type").value(to_string(ch.type));
    w.key("before").value(ch.before);
    w.key("after").value(ch.after);
    w.key("severity").value(to_string(ch.severity));
    w.end_object();
  }
  w.end_array();
  w.key("diff").begin_array();
  for (const DiffOp& op : c.diff) {
    w.begin_object();
    w.key("op").value(op.op == Op::Equal ? "equal" : op.op == Op::Delete ? "delete" : "insert");
    w.key("text").value(op.text);
    if (!op.other_text.empty()) w.key("other_text").value(op.other_text);
    w.end_object();
  }
  w.end_array();
  if (known) w.key("known").value(true);
  w.end_object();
}

// The values of a long array (claims, sentences), cut in runs, one per core: the first is
// written here while the others are rendered to memory on threads of their own, then appended in
// order. `write_one(writer, i)` writes value i.
template <typename WriteOne>
void write_runs(JsonWriter& w, std::size_t n, const WriteOne& write_one) {
  constexpr std::size_t kMinRun = 1000;
  const std::size_t depth = w.depth();  // read before run 0 starts writing to w
  auto rendered = detail::parallel_runs(n, kMinRun, [&](std::size_t from, std::size_t to, std::size_t k) {
    std::vector<std::string> chunks;
    if (k == 0) {
      for (std::size_t i = from; i < to; ++i) write_one(w, i);
      return chunks;
    }
    {
      JsonWriter part(chunks, depth, false, w.compact());
      for (std::size_t i = from; i < to; ++i) write_one(part, i);
    }
    return chunks;
  });
  for (std::size_t k = 1; k < rendered.size(); ++k) w.raw(rendered[k]);
}

void write_summary(JsonWriter& w, const Summary& s) {
  w.begin_object();
  w.key("equal").value(s.equal);
  w.key("reworded").value(s.reworded);
  w.key("added").value(s.added);
  w.key("removed").value(s.removed);
  w.key("moved").value(s.moved);
  w.key("split").value(s.split);
  w.key("merged").value(s.merged);
  w.key("severity").begin_object();
  w.key("cosmetic").value(s.cosmetic);
  w.key("minor").value(s.minor);
  w.key("major").value(s.major);
  w.end_object();
  w.end_object();
}

void write_finding(JsonWriter& w, const Finding& f, bool known) {
  w.begin_object();
  w.key("rule").value(f.rule);
  w.key("version").value(f.version);
  w.key("sentence").value(f.sentence);
  w.key("text").value(f.text);
  w.key("suggestion").value(f.suggestion);
  w.key("severity").value(f.severity);
  w.key("message").value(f.message);
  w.key("start").value(f.start);
  w.key("end").value(f.end);
  w.key("line").value(f.line);
  w.key("column").value(f.column);
  if (known) w.key("known").value(true);
  w.end_object();
}

}  // namespace

void write_json(std::ostream& out, const Report& report) { write_json(out, report, false); }

void write_json(std::ostream& out, const Report& report, bool one_line) {
  JsonWriter w(out, one_line);
  w.begin_object();
  w.key("schema").value("claimdiff/1");
  if (!report.baseline.empty()) w.key("baseline").value(report.baseline);
  w.key("versions").begin_array();
  for (std::size_t i = 0; i < report.versions.size(); ++i) {
    const Document& d = report.versions[i];
    w.begin_object();
    w.key("index").value(i);
    w.key("name").value(d.name);
    w.key("language").value(d.language);
    w.key("sentences").begin_array();
    write_runs(w, d.sentences.size(), [&d](JsonWriter& out, std::size_t i) { write_sentence(out, d, d.sentences[i]); });
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("comparisons").begin_array();
  for (const Comparison& c : report.comparisons) {
    w.begin_object();
    w.key("base").value(c.base);
    w.key("other").value(c.other);
    w.key("claims").begin_array();
    write_runs(w, c.claims.size(), [&c](JsonWriter& out, std::size_t i) { write_claim(out, c.claims[i], c.is_known(i)); });
    w.end_array();
    w.key("summary");
    write_summary(w, c.summary);
    if (!report.baseline.empty()) {
      w.key("new");
      write_summary(w, new_summary(c));
    }
    w.end_object();
  }
  w.end_array();
  w.key("findings").begin_array();
  for (std::size_t i = 0; i < report.findings.size(); ++i) write_finding(w, report.findings[i], report.finding_known(i));
  w.end_array();
  w.end_object();
  w.flush();
  if (!one_line) out << '\n';
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
    std::size_t known = 0;
    for (std::size_t i = 0; i < cmp.claims.size(); ++i) {
      const Claim& c = cmp.claims[i];
      if (cmp.is_known(i)) {
        known += c.kind != ClaimKind::Equal;
        continue;
      }
      if (c.kind == ClaimKind::Equal && !options.show_equal) continue;
      write_claim(out, report, cmp, c, st);
    }
    out << st("1", "summary: ") << summary_line(new_summary(cmp));
    if (!report.baseline.empty()) out << "; " << known << " known from the baseline";
    out << "\n";
  }
  std::size_t known_findings = 0;
  for (std::size_t i = 0; i < report.findings.size(); ++i) known_findings += report.finding_known(i);
  if (report.findings.size() > known_findings) {
    out << st("1", "findings:") << "\n";
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
      if (report.finding_known(i)) continue;
      const Finding& f = report.findings[i];
      const Document& d = report.versions[f.version];
      out << "  " << d.name << ":" << f.line << ":" << f.column << ": "
          << st(f.severity == "major" ? "1;31" : f.severity == "minor" ? "33" : "36", f.severity) << " "
          << f.rule << ": \"" << one_line(f.text) << "\"";
      if (!f.suggestion.empty()) out << " -> \"" << f.suggestion << "\"";
      if (!f.message.empty()) out << " (" << f.message << ")";
      out << "\n";
    }
  }
  if (known_findings > 0) out << known_findings << " findings known from the baseline\n";
}

}  // namespace claimdiff
