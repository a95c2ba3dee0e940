#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimdiff/error.hpp"
#include "report/locate.hpp"
#include "report/markdown_text.hpp"
#include "support.hpp"

namespace cd = claimdiff;
using nlohmann::json;

namespace {

cd::Report compare_fixtures(const std::vector<std::string>& rels, bool chain = false) {
  std::vector<cd::Document> docs;
  for (const auto& r : rels) {
    cd::Document d = cd::load_file(test::fixture_path(r));
    d.name = r;
    docs.push_back(std::move(d));
  }
  cd::CompareOptions o;
  o.chain = chain;
  return cd::compare(std::move(docs), test::resources(), o);
}

cd::Report compare_texts(const std::string& base, const std::string& other, const std::string& base_name = "a.txt",
                         const std::string& other_name = "b.txt") {
  std::vector<cd::Document> docs;
  docs.push_back(cd::load_bytes(base_name, base));
  docs.push_back(cd::load_bytes(other_name, other));
  return cd::compare(std::move(docs), test::resources());
}

std::string html(const cd::Report& r) {
  std::ostringstream o;
  cd::HtmlOptions options;
  options.nonce = "testnonce";
  cd::write_html(o, r, options);
  return o.str();
}

std::string sarif(const cd::Report& r) {
  std::ostringstream o;
  cd::write_sarif(o, r);
  return o.str();
}

std::string markdown(const cd::Report& r, std::size_t budget = 60000) {
  std::ostringstream o;
  cd::MarkdownOptions options;
  options.budget = budget;
  cd::write_markdown(o, r, options);
  return o.str();
}

std::string json_text(const cd::Report& r) {
  std::ostringstream o;
  cd::write_json(o, r);
  return o.str();
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

std::size_t reportable(const cd::Report& r) {
  std::size_t n = r.findings.size();
  for (const auto& c : r.comparisons) {
    for (const auto& claim : c.claims) n += claim.kind != cd::ClaimKind::Equal;
  }
  return n;
}

// The SARIF 2.1.0 properties a consumer relies on; returns the parsed log.
json check_sarif(const std::string& text) {
  json log = json::parse(text);
  REQUIRE(log["version"] == "2.1.0");
  REQUIRE(log["$schema"].get<std::string>().find("sarif") != std::string::npos);
  REQUIRE(log["runs"].size() == 1);
  const json& run = log["runs"][0];
  const json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "claimdiff");
  CHECK(driver["version"].is_string());
  CHECK(driver["informationUri"].get<std::string>().rfind("https://", 0) == 0);
  std::vector<std::string> ids;
  for (const auto& rule : driver["rules"]) {
    CHECK(rule["id"].is_string());
    CHECK_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
    CHECK_FALSE(rule["help"]["text"].get<std::string>().empty());
    std::string level = rule["defaultConfiguration"]["level"];
    CHECK((level == "error" || level == "warning" || level == "note"));
    ids.push_back(rule["id"]);
  }
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
  for (const auto& result : run["results"]) {
    std::string id = result["ruleId"];
    auto it = std::find(ids.begin(), ids.end(), id);
    REQUIRE(it != ids.end());
    CHECK(result["ruleIndex"] == static_cast<std::size_t>(it - ids.begin()));
    std::string level = result["level"];
    CHECK((level == "error" || level == "warning" || level == "note"));
    CHECK_FALSE(result["message"]["text"].get<std::string>().empty());
    REQUIRE(result["locations"].size() == 1);
    const json& loc = result["locations"][0]["physicalLocation"];
    CHECK_FALSE(loc["artifactLocation"]["uri"].get<std::string>().empty());
    const json& region = loc["region"];
    CHECK(region["startLine"].get<long>() >= 1);
    CHECK(region["startColumn"].get<long>() >= 1);
    if (region.contains("endLine")) {
      CHECK(region["endLine"].get<long>() >= region["startLine"].get<long>());
      CHECK(region["endColumn"].get<long>() >= 1);
    }
  }
  return log;
}

const json* sarif_result(const json& log, const std::string& rule, const std::string& snippet) {
  for (const auto& r : log["runs"][0]["results"]) {
    if (r["ruleId"] != rule) continue;
    const json& region = r["locations"][0]["physicalLocation"]["region"];
    if (region.contains("snippet") && region["snippet"]["text"].get<std::string>().find(snippet) != std::string::npos) {
      return &r;
    }
  }
  return nullptr;
}

const std::string kHostileBase =
    "The minister said the plan was safe.\n\nOfficials met the press on Monday in the capital.\n";
const std::string kHostileCopy =
    "The minister said the plan was <script>alert(1)</script> safe.\n\n"
    "Officials met the \"press\" & 'others' on Monday in the capital the the city.\n";

}  // namespace

TEST_CASE("the one-line JSON document is the pretty one without the spaces and line breaks that lay it out", "[report]") {
  // Quotes, a backslash, spaces and a tab inside strings stay; a long document is written in
  // runs on several threads, which must join on one line too.
  std::string base = "He said \"wait\" at 9 a.m. on the C:\\ drive.\tThen he left.\n\nThe  double  spaced claim stays.\n";
  std::string other = "He said \"stop\" at 10 a.m. on the C:\\ drive.\tThen he left.\n\nThe  double  spaced claim stays.\n";
  for (int i = 0; i < 1500; ++i) {
    base += "Line " + std::to_string(i) + " reports " + std::to_string(i * 7) + " votes.\n";
    other += "Line " + std::to_string(i) + " reports " + std::to_string(i % 100 == 0 ? i * 8 : i * 7) + " votes.\n";
  }
  const cd::Report r = compare_texts(base, other);
  const std::string pretty = json_text(r);
  std::ostringstream line;
  cd::write_json(line, r, true);
  std::string expected;
  bool in_string = false, escaped = false;
  for (char c : pretty) {
    if (in_string) {
      expected += c;
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c != ' ' && c != '\n') {
      expected += c;
      in_string = c == '"';
    }
  }
  CHECK(line.str() == expected);
  CHECK(line.str().find('\n') == std::string::npos);
  CHECK(line.str().find("spaced claim") != std::string::npos);
  CHECK(json::parse(line.str()) == json::parse(pretty));
}

TEST_CASE("the HTML report shows the BBC copy side by side with word changes, badges and marked findings", "[report]") {
  cd::Report r = compare_fixtures({"bbc/original.txt", "bbc/copy.txt"});
  std::string page = html(r);
  CHECK(count(page, "<tr class=\"c ") == r.comparisons[0].claims.size());
  CHECK(count(page, "<tr class=\"c k-removed") == r.comparisons[0].summary.removed);
  CHECK(count(page, "<span class=\"b k added\">added</span>") == r.comparisons[0].summary.added);
  CHECK_THAT(page, Catch::Contains("<del>against</del>"));
  CHECK_THAT(page, Catch::Contains("<ins>once morest</ins>"));
  CHECK_THAT(page, Catch::Contains("<del>she</del>"));
  CHECK_THAT(page, Catch::Contains("<span class=\"b s major\">major</span><span class=\"b t major\""));
  CHECK_THAT(page, Catch::Contains(">pronoun</span>"));
  // The spinner phrase sits inside the insertion: the finding's mark wraps the <ins>.
  CHECK_THAT(page, Catch::Contains("<mark class=\"f major\" data-f="));
  std::size_t ins = page.find("<ins>once morest</ins></mark>");
  REQUIRE(ins != std::string::npos);
  std::size_t mark = page.rfind("<mark ", ins);
  CHECK_THAT(page.substr(mark, ins - mark), Catch::Contains("title=\"spinner-phrase (major)"));
  CHECK_THAT(page, Catch::Contains("title=\"pronoun-gender (major)"));
  // Summary: counts per kind and severity, then findings per rule. One sentence is removed: the
  // byline "- Newsroom" / "- Drafting" sits between paired neighbours and is paired reworded.
  CHECK_THAT(page, Catch::Contains("<td class=\"removed hot\">1</td>"));
  CHECK_THAT(page, Catch::Contains("<td class=\"major hot\">4</td>"));
  CHECK_THAT(page, Catch::Contains("spinner-phrase 2</a>"));
  CHECK(count(page, "<tr class=\"fs-") == r.findings.size());
}

TEST_CASE("the HTML report is self-contained and runs only its own nonce-tagged code", "[report]") {
  std::string page = html(compare_fixtures({"bbc/original.txt", "bbc/copy.txt"}));
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK_THAT(page, Catch::Contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'nonce-testnonce'"));
  CHECK(count(page, "<script") == 1);
  CHECK_THAT(page, Catch::Contains("<script nonce=\"testnonce\">"));
  for (const char* external : {"http://", "https://", "src=", "<link", "@import", "url("}) {
    INFO(external);
    CHECK(page.find(external) == std::string::npos);
  }
}

TEST_CASE("the HTML report escapes hostile text, quotes, ampersands and file names", "[report]") {
  cd::Report r = compare_texts(kHostileBase, kHostileCopy, "base.txt", "\"><img src=x onerror=alert(2)>.txt");
  std::string page = html(r);
  CHECK(count(page, "<script") == 1);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("alert(1)</script>") == std::string::npos);
  CHECK_THAT(page, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_THAT(page, Catch::Contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;.txt"));
  CHECK_THAT(page, Catch::Contains("&quot; &amp; &#39;others&#39;"));
  // The repeated word is marked, and its title (from the finding) is escaped too.
  CHECK_THAT(page, Catch::Contains("title=\"repeated-word"));
}

TEST_CASE("three versions get one table per comparison and rows keyed by version and sentence", "[report]") {
  cd::Report r = compare_fixtures({"revisions/v1.txt", "revisions/v2.txt", "revisions/v3.txt"}, true);
  std::string page = html(r);
  CHECK_THAT(page, Catch::Contains("id=\"cmp-0\""));
  CHECK_THAT(page, Catch::Contains("id=\"cmp-1\""));
  // v1 sentence 7 split into v2 sentences 6 and 7; the v2 -> v3 rows of those carry the same keys,
  // which is what the page's script follows.
  CHECK_THAT(page, Catch::Contains("data-k=\"0:7 1:6 1:7\""));
  CHECK_THAT(page, Catch::Contains("data-k=\"1:6 2:6\""));
  CHECK_THAT(page, Catch::Contains("<ins>110</ins>"));
  CHECK_THAT(page, Catch::Contains("<del>not </del>"));
}

TEST_CASE("a lint-only HTML report lists each version's sentences with findings marked", "[report]") {
  std::vector<cd::Document> docs;
  docs.push_back(cd::load_file(test::fixture_path("bbc/copy.txt")));
  cd::Report r = cd::lint(std::move(docs), test::resources());
  std::string page = html(r);
  CHECK_THAT(page, Catch::Contains("lint report"));
  CHECK_THAT(page, Catch::Contains("id=\"doc-0\""));
  CHECK(count(page, "<tr class=\"fs-") == r.findings.size());
  CHECK_THAT(page, Catch::Contains("title=\"spinner-phrase (major)"));
}

TEST_CASE("SARIF for the BBC copy has one result per claim change and finding, located in the right file", "[report]") {
  cd::Report r = compare_fixtures({"bbc/original.txt", "bbc/copy.txt"});
  json log = check_sarif(sarif(r));
  const json& run = log["runs"][0];
  CHECK(run["results"].size() == reportable(r));
  CHECK(run["columnKind"] == "unicodeCodePoints");
  std::set<std::string> rule_ids;
  for (const auto& rule : run["tool"]["driver"]["rules"]) rule_ids.insert(rule["id"].get<std::string>());
  for (const char* id : {"claim-removed", "claim-added", "claim-reworded-major", "claim-reworded-minor",
                         "claim-reworded-cosmetic", "claim-moved", "claim-split", "claim-merged", "spinner-phrase",
                         "doubled-punctuation", "stray-punctuation", "quote-mismatch", "repeated-word", "boilerplate",
                         "pronoun-gender", "glossary"}) {
    CHECK(rule_ids.count(id) == 1);
  }

  const json* removed = sarif_result(log, "claim-removed", "The measure was backed by 335");
  REQUIRE(removed);
  CHECK((*removed)["level"] == "error");
  const json& rloc = (*removed)["locations"][0]["physicalLocation"];
  CHECK(rloc["artifactLocation"]["uri"] == "bbc/original.txt");
  CHECK(rloc["region"]["startLine"] == 28);

  const json* pronoun = sarif_result(log, "claim-reworded-major", "she said");
  CHECK(pronoun == nullptr);  // located in the copy, whose text says "he said"
  pronoun = sarif_result(log, "claim-reworded-major", "Russia,” he said.");
  REQUIRE(pronoun);
  const json& ploc = (*pronoun)["locations"][0]["physicalLocation"];
  CHECK(ploc["artifactLocation"]["uri"] == "bbc/copy.txt");
  CHECK(ploc["region"]["startLine"] == 23);
  CHECK((*pronoun)["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "bbc/original.txt");
  CHECK_THAT((*pronoun)["message"]["text"].get<std::string>(), Catch::Contains("[-she-]{+he+}"));

  const json* spinner = sarif_result(log, "spinner-phrase", "once morest");
  REQUIRE(spinner);
  const json& region = (*spinner)["locations"][0]["physicalLocation"]["region"];
  CHECK(region["startLine"] == 3);
  CHECK(region["startColumn"] == 98);
  CHECK(region["endColumn"] == 109);
  CHECK(region["snippet"]["text"] == "once morest");
  CHECK((*spinner)["level"] == "error");
  CHECK((*spinner)["partialFingerprints"].size() == 1);
}

TEST_CASE("SARIF regions count code points and byte offsets index the input as read", "[report]") {
  // A BOM and CRLF line ends: text offsets and input offsets differ.
  std::string base = "\xEF\xBB\xBFThe \xC3\xA9lite unit left.\r\nThe army moved against the city.\r\n";
  std::string copy = "\xEF\xBB\xBFThe \xC3\xA9lite unit left.\r\nThe army moved once morest the city.\r\n";
  cd::Report r = compare_texts(base, copy);
  json log = check_sarif(sarif(r));
  const json* spinner = sarif_result(log, "spinner-phrase", "once morest");
  REQUIRE(spinner);
  const json& region = (*spinner)["locations"][0]["physicalLocation"]["region"];
  CHECK(region["startLine"] == 2);
  CHECK(region["startColumn"] == 16);
  CHECK(region["endColumn"] == 27);
  std::size_t at = copy.find("once morest");
  CHECK(region["byteOffset"] == at);
  CHECK(region["byteLength"] == 11);
}

TEST_CASE("findings are placed in the text through the input offset map", "[report]") {
  cd::Document d = test::doc("\xEF\xBB\xBF" "First line.\r\nThe army moved once morest the city.\r\n");
  auto findings = cd::lint_document(d, 0, test::resources().language("en"));
  auto f = std::find_if(findings.begin(), findings.end(), [](const cd::Finding& x) { return x.rule == "spinner-phrase"; });
  REQUIRE(f != findings.end());
  CHECK(f->start != d.text.find("once morest"));  // the input had a BOM and a CR before it
  auto range = cd::detail::finding_range(d, *f);
  REQUIRE(range);
  CHECK(d.slice(range->start, range->end) == "once morest");
}

TEST_CASE("Markdown for the BBC copy has a summary table, word diffs and the findings", "[report]") {
  cd::Report r = compare_fixtures({"bbc/original.txt", "bbc/copy.txt"});
  std::string md = markdown(r);
  const cd::Summary& s = r.comparisons[0].summary;
  std::string row = "| " + std::to_string(s.equal) + " | " + std::to_string(s.reworded) + " | " +
                    std::to_string(s.added) + " | " + std::to_string(s.removed) + " | " + std::to_string(s.moved) + " |";
  CHECK_THAT(md, Catch::Contains(row));
  CHECK_THAT(md, Catch::Contains("#### Removed (1)"));
  CHECK_THAT(md, Catch::Contains("The measure was backed by 335 of the 450 members of parliament."));
  CHECK_THAT(md, Catch::Contains("~~against~~**once morest**"));
  CHECK_THAT(md, Catch::Contains("~~she~~**he** said."));
  CHECK_THAT(md, Catch::Contains("major: pronoun (she → he)"));
  // A changed quotation mark cannot be struck through with ~~ (CommonMark flanking), so it is a tag.
  CHECK_THAT(md, Catch::Contains("<del>”</del><ins>“</ins>"));
  CHECK_THAT(md, Catch::Contains("| bbc/copy.txt:3:98 | major | spinner-phrase | once morest | against |"));
  CHECK_THAT(md, Catch::Contains("<details><summary>Cosmetic changes (3)</summary>"));
  // The byline "- Newsroom" / "- Drafting" would start a list: escaped.
  CHECK_THAT(md, Catch::Contains("bbc/copy.txt:1 \u00B7 minor: wording (Newsroom \u2192 Drafting)  \n  \\- ~~Newsroom~~**Drafting**"));
}

TEST_CASE("Markdown escapes markup, HTML, mentions and table pipes in input text", "[report]") {
  using cd::detail::markdown_escape;
  CHECK(markdown_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(markdown_escape("a *b* _c_ [d](e) `f` | g ~h~ $1") == "a \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\| g \\~h\\~ \\$1");
  CHECK(markdown_escape("&amp; stays literal") == "&amp;amp; stays literal");
  CHECK(markdown_escape("&#64;x &x") == "&amp;#64;x &x");
  CHECK(markdown_escape("Hallam & Reed") == "Hallam & Reed");
  CHECK(markdown_escape("# Not a heading") == "\\# Not a heading");
  CHECK(markdown_escape("2014. A year") == "2014\\. A year");
  CHECK(markdown_escape("In 2014. A year") == "In 2014. A year");
  CHECK(markdown_escape("ask @octocat") == "ask @\u2060octocat");
  cd::Report r = compare_texts(kHostileBase, kHostileCopy);
  std::string md = markdown(r);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK_THAT(md, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST_CASE("Markdown stops listing at its budget and says how much it left out", "[report]") {
  cd::Report r = compare_fixtures({"bbc/original.txt", "bbc/copy.txt"});
  std::string full = markdown(r, 0);
  std::string cut = markdown(r, 800);
  CHECK(cut.size() < full.size());
  CHECK_THAT(cut, Catch::Contains("more items are not shown"));
  CHECK(full.find("more items are not shown") == std::string::npos);
}

TEST_CASE("the fail-on policy reads the names DESIGN.md lists and refuses others", "[report]") {
  cd::Report r = compare_fixtures({"revisions/v2.txt", "revisions/v3.txt"});
  CHECK(cd::fails(r, cd::parse_fail_on({"any"})));
  CHECK(cd::fails(r, cd::parse_fail_on({"added"})));
  CHECK_FALSE(cd::fails(r, cd::parse_fail_on({"removed"})));
  CHECK_FALSE(cd::fails(r, cd::parse_fail_on({"moved", "split", "merged"})));
  CHECK(cd::fails(r, cd::parse_fail_on({"major"})));
  CHECK(cd::fails(r, cd::parse_fail_on({"minor"})));  // minor means "minor or worse"
  CHECK_FALSE(cd::fails(r, cd::parse_fail_on({"none"})));
  CHECK_THROWS_AS(cd::parse_fail_on({"removd"}), cd::Error);
  CHECK_THROWS_AS(cd::parse_fail_on({"none", "any"}), cd::Error);
  cd::Report same = compare_fixtures({"revisions/v2.txt", "revisions/v2.txt"});
  CHECK_FALSE(cd::fails(same, cd::parse_fail_on({"any", "major", "minor", "cosmetic"})));
}

TEST_CASE("a report taken as its own baseline leaves nothing new", "[report]") {
  cd::Report r = compare_fixtures({"bbc/original.txt", "bbc/copy.txt"});
  cd::Baseline b = cd::parse_baseline(json_text(r), "baseline.json");
  cd::Report again = compare_fixtures({"bbc/original.txt", "bbc/copy.txt"});
  cd::apply_baseline(again, b);
  CHECK_FALSE(cd::fails(again, cd::parse_fail_on({"any", "artifact"})));
  cd::Summary fresh = cd::new_summary(again.comparisons[0]);
  CHECK(fresh.reworded + fresh.added + fresh.removed + fresh.moved == 0);
  CHECK(std::count(again.known_findings.begin(), again.known_findings.end(), true) ==
        static_cast<long>(again.findings.size()));
  // Every rendering leaves the known items out.
  json sarif_log = check_sarif(sarif(again));
  CHECK(sarif_log["runs"][0]["results"].empty());
  CHECK(markdown(again).find("#### ") == std::string::npos);
  std::ostringstream text;
  cd::write_text(text, again);
  CHECK(text.str().find("once morest") == std::string::npos);
  CHECK_THAT(text.str(), Catch::Contains("known from the baseline"));
  // The JSON keeps them, marked, so that it can serve as the next baseline.
  json j = json::parse(json_text(again));
  CHECK(j["baseline"] == "baseline.json");
  CHECK(j["comparisons"][0]["new"]["reworded"] == 0);
  CHECK(j["comparisons"][0]["summary"]["reworded"] == r.comparisons[0].summary.reworded);
  CHECK(j["findings"][0]["known"] == true);
}

TEST_CASE("a baseline matches claims by their text, so only the new change counts", "[report]") {
  cd::Report old_report = compare_fixtures({"revisions/v1.txt", "revisions/v2.txt"});
  cd::Baseline b = cd::parse_baseline(json_text(old_report), "v2.json");
  // v3 keeps every change of v2 and adds three: 80 -> 110 workers, Sarah -> Sara, and the
  // inspectorate's negation dropped; plus one added sentence.
  cd::Report r = compare_fixtures({"revisions/v1.txt", "revisions/v3.txt"});
  cd::apply_baseline(r, b);
  const auto& cmp = r.comparisons[0];
  std::vector<std::string> fresh;
  for (std::size_t i = 0; i < cmp.claims.size(); ++i) {
    if (cmp.claims[i].kind == cd::ClaimKind::Equal || cmp.is_known(i)) continue;
    const auto& doc = r.versions[cmp.other];
    fresh.emplace_back(cmp.claims[i].other.empty() ? "" : doc.sentence_text(doc.sentences[cmp.claims[i].other[0]]));
  }
  auto has = [&](const std::string& needle) {
    return std::any_of(fresh.begin(), fresh.end(), [&](const std::string& s) { return s.find(needle) != std::string::npos; });
  };
  CHECK(has("about 110 workers"));
  CHECK(has("Dr. Sara Whitfield"));
  CHECK(has("the factory was on its list"));
  CHECK(has("Laura Hallam"));
  CHECK_FALSE(has("At least 19 people"));  // 12 -> 19 was already in v2
  CHECK_FALSE(has("Prosecutors in the region"));
  CHECK(fresh.size() == 4);
  CHECK(cd::fails(r, cd::parse_fail_on({"major"})));
  CHECK_FALSE(cd::fails(r, cd::parse_fail_on({"removed"})));  // the removal is known
}

TEST_CASE("two identical changes need two baseline entries", "[report]") {
  std::string base = "The council met on Monday.\n\nThe vote was close.\n";
  std::string once = "The council met on Monday.\n\nRead more on our website.\n\nThe vote was close.\n";
  std::string twice = "The council met on Monday.\n\nRead more on our website.\n\nThe vote was close.\n\nRead more on our website.\n";
  cd::Baseline b = cd::parse_baseline(json_text(compare_texts(base, once)), "b.json");
  cd::Report r = compare_texts(base, twice);
  cd::apply_baseline(r, b);
  CHECK(cd::new_summary(r.comparisons[0]).added == 1);
}

TEST_CASE("a malformed baseline is one error naming the file", "[report]") {
  auto message = [](const std::string& text) {
    try {
      cd::parse_baseline(text, "old.json");
    } catch (const cd::Error& e) {
      CHECK(e.file == "old.json");
      return cd::describe(e);
    }
    return std::string("no error");
  };
  CHECK_THAT(message("{\"schema\": "), Catch::StartsWith("old.json: not a claimdiff/1 JSON report: parse error"));
  CHECK_THAT(message("[]"), Catch::Contains("the top level is not an object"));
  CHECK_THAT(message("{\"schema\": \"claimdiff/2\"}"), Catch::Contains("schema is \"claimdiff/2\""));
  CHECK_THAT(message("{\"schema\": \"claimdiff/1\", \"versions\": [], \"comparisons\": [{\"base\": 0}]}"),
             Catch::Contains("comparisons[0].base is not a valid index"));
  CHECK_THAT(message(R"({"schema": "claimdiff/1", "versions": [{"name": "a", "sentences": [{"text": "x"}]}],
                         "comparisons": [{"base": 0, "other": 0, "claims": [{"kind": "removed", "base": [3], "other": []}]}]})"),
             Catch::Contains("names a sentence that does not exist"));
  for (const std::string& m : {message("{"), message("{\"schema\": 1}")}) CHECK(m.find('\n') == std::string::npos);
}

TEST_CASE("the JSON report is unchanged when no baseline is applied", "[report]") {
  cd::Report r = compare_fixtures({"bbc/original.txt", "bbc/copy.txt"});
  std::string text = json_text(r);
  CHECK(text.find("\"known\"") == std::string::npos);
  CHECK(text.find("\"baseline\"") == std::string::npos);
  CHECK(text.find("\"new\"") == std::string::npos);
  CHECK(text.rfind("{\n  \"schema\": \"claimdiff/1\",\n  \"versions\": [", 0) == 0);
}
