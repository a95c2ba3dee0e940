// Baselines: an earlier claimdiff/1 JSON report, so that only new claim changes and findings
// count, the way linters adopt a baseline on an existing code base.

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimdiff/error.hpp"
#include "claimdiff/report.hpp"
#include "report/locate.hpp"

namespace claimdiff {
namespace {

using nlohmann::json;

[[noreturn]] void malformed(const std::string& name, const std::string& what) {
  throw Error(name, "not a claimdiff/1 JSON report: " + what);
}

const json& member(const json& obj, const char* key, const std::string& where, const std::string& name) {
  auto it = obj.find(key);
  if (it == obj.end()) malformed(name, where + " has no \"" + key + "\"");
  return *it;
}

const json& array_member(const json& obj, const char* key, const std::string& where, const std::string& name) {
  const json& v = member(obj, key, where, name);
  if (!v.is_array()) malformed(name, where + "." + key + " is not an array");
  return v;
}

std::string string_member(const json& obj, const char* key, const std::string& where, const std::string& name) {
  const json& v = member(obj, key, where, name);
  if (!v.is_string()) malformed(name, where + "." + key + " is not a string");
  return v.get<std::string>();
}

std::size_t index_member(const json& obj, const char* key, std::size_t limit, const std::string& where,
                         const std::string& name) {
  const json& v = member(obj, key, where, name);
  if (!v.is_number_unsigned() || v.get<std::size_t>() >= limit) malformed(name, where + "." + key + " is not a valid index");
  return v.get<std::size_t>();
}

struct Version {
  std::string name;
  std::vector<std::string> sentences;
};

std::vector<Version> read_versions(const json& doc, const std::string& name) {
  std::vector<Version> out;
  const json& versions = array_member(doc, "versions", "the report", name);
  for (std::size_t i = 0; i < versions.size(); ++i) {
    std::string where = "versions[" + std::to_string(i) + "]";
    if (!versions[i].is_object()) malformed(name, where + " is not an object");
    Version v;
    v.name = string_member(versions[i], "name", where, name);
    const json& sentences = array_member(versions[i], "sentences", where, name);
    for (std::size_t k = 0; k < sentences.size(); ++k) {
      std::string sw = where + ".sentences[" + std::to_string(k) + "]";
      if (!sentences[k].is_object()) malformed(name, sw + " is not an object");
      v.sentences.push_back(string_member(sentences[k], "text", sw, name));
    }
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<std::string_view> texts(const json& ids, const Version& v, const std::string& where, const std::string& name) {
  if (!ids.is_array()) malformed(name, where + " is not an array");
  std::vector<std::string_view> out;
  for (const json& id : ids) {
    if (!id.is_number_unsigned() || id.get<std::size_t>() >= v.sentences.size()) {
      malformed(name, where + " names a sentence that does not exist");
    }
    out.push_back(v.sentences[id.get<std::size_t>()]);
  }
  return out;
}

void read_claims(const json& doc, const std::vector<Version>& versions, Baseline& b) {
  const json& comparisons = array_member(doc, "comparisons", "the report", b.name);
  for (std::size_t i = 0; i < comparisons.size(); ++i) {
    std::string where = "comparisons[" + std::to_string(i) + "]";
    const json& cmp = comparisons[i];
    if (!cmp.is_object()) malformed(b.name, where + " is not an object");
    const Version& base = versions[index_member(cmp, "base", versions.size(), where, b.name)];
    const Version& other = versions[index_member(cmp, "other", versions.size(), where, b.name)];
    const json& claims = array_member(cmp, "claims", where, b.name);
    for (std::size_t k = 0; k < claims.size(); ++k) {
      std::string cw = where + ".claims[" + std::to_string(k) + "]";
      if (!claims[k].is_object()) malformed(b.name, cw + " is not an object");
      std::string kind = string_member(claims[k], "kind", cw, b.name);
      if (kind == "equal") continue;
      auto bt = texts(member(claims[k], "base", cw, b.name), base, cw + ".base", b.name);
      auto ot = texts(member(claims[k], "other", cw, b.name), other, cw + ".other", b.name);
      ++b.claims[detail::claim_key(kind, bt, ot)];
    }
  }
}

void read_findings(const json& doc, const std::vector<Version>& versions, Baseline& b) {
  auto it = doc.find("findings");
  if (it == doc.end()) return;
  if (!it->is_array()) malformed(b.name, "findings is not an array");
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& f = (*it)[i];
    std::string where = "findings[" + std::to_string(i) + "]";
    if (!f.is_object()) malformed(b.name, where + " is not an object");
    std::string rule = string_member(f, "rule", where, b.name);
    std::string text = string_member(f, "text", where, b.name);
    const Version& v = versions[index_member(f, "version", versions.size(), where, b.name)];
    ++b.loose_findings[detail::finding_key(rule, text, v.name)];
    auto s = f.find("sentence");
    if (s != f.end() && s->is_number_unsigned() && s->get<std::size_t>() < v.sentences.size()) {
      ++b.findings[detail::finding_key_strict(rule, text, v.name, v.sentences[s->get<std::size_t>()])];
    }
  }
}

// nlohmann's messages start with "[json.exception.parse_error.101] "; the rest reads well.
std::string parse_message(const json::exception& e) {
  std::string m = e.what();
  if (!m.empty() && m.front() == '[') {
    auto close = m.find("] ");
    if (close != std::string::npos) m.erase(0, close + 2);
  }
  return m;
}

bool take(std::unordered_map<std::string, std::size_t>& counts, const std::string& key) {
  auto it = counts.find(key);
  if (it == counts.end() || it->second == 0) return false;
  --it->second;
  return true;
}

}  // namespace

Baseline parse_baseline(std::string_view text, const std::string& name) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::exception& e) {
    malformed(name, parse_message(e));
  }
  if (!doc.is_object()) malformed(name, "the top level is not an object");
  auto schema = doc.find("schema");
  if (schema == doc.end() || !schema->is_string()) malformed(name, "no \"schema\"");
  if (*schema != "claimdiff/1") malformed(name, "schema is \"" + schema->get<std::string>() + "\", not \"claimdiff/1\"");
  Baseline b;
  b.name = name;
  std::vector<Version> versions = read_versions(doc, name);
  read_claims(doc, versions, b);
  read_findings(doc, versions, b);
  return b;
}

Baseline read_baseline(const std::string& path) {
  if (path == "-") throw Error(path, "a baseline must be a file (standard input holds a version)");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw Error(path, "read failed");
  return parse_baseline(text.str(), path);
}

void apply_baseline(Report& report, const Baseline& baseline) {
  report.baseline = baseline.name;
  auto claims = baseline.claims;
  for (Comparison& cmp : report.comparisons) {
    cmp.known.assign(cmp.claims.size(), false);
    for (std::size_t i = 0; i < cmp.claims.size(); ++i) {
      if (cmp.claims[i].kind == ClaimKind::Equal) continue;
      cmp.known[i] = take(claims, detail::claim_key(report, cmp, cmp.claims[i]));
    }
  }
  // Strict keys first, so a finding that moved with its sentence is matched to that sentence's
  // entry; only then may the loose keys absorb findings whose sentence changed.
  auto strict = baseline.findings;
  auto loose = baseline.loose_findings;
  report.known_findings.assign(report.findings.size(), false);
  auto sentence_text = [&](const Finding& f) -> std::string_view {
    const Document& d = report.versions[f.version];
    return f.sentence < d.sentences.size() ? d.sentence_text(d.sentences[f.sentence]) : std::string_view();
  };
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    const std::string& vname = report.versions[f.version].name;
    if (take(strict, detail::finding_key_strict(f.rule, f.text, vname, sentence_text(f)))) {
      take(loose, detail::finding_key(f.rule, f.text, vname));
      report.known_findings[i] = true;
    }
  }
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    if (report.known_findings[i]) continue;
    const Finding& f = report.findings[i];
    report.known_findings[i] = take(loose, detail::finding_key(f.rule, f.text, report.versions[f.version].name));
  }
}

}  // namespace claimdiff
