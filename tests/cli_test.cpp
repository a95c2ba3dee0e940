#include <catch2/catch.hpp>


#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "support.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using test::Run;
using test::slurp;

// Runs the built executable in fixtures/ with `args` (shell words), `stdin_text` on standard input.
Run run(const std::string& args, const std::string& stdin_text = {}) {
  return test::run_in(CLAIMDIFF_FIXTURES_DIR, args, stdin_text);
}

// Checks a report against the claimdiff/1 contract of DESIGN.md; returns the parsed document.
json check_contract(const std::string& text) {
  json j = json::parse(text);
  REQUIRE(j["schema"] == "claimdiff/1");
  REQUIRE(j["versions"].is_array());
  for (const auto& v : j["versions"]) {
    CHECK(v["index"].is_number_unsigned());
    CHECK(v["name"].is_string());
    CHECK(v["language"].is_string());
    std::size_t id = 0;
    for (const auto& s : v["sentences"]) {
      CHECK(s["id"] == id++);
      CHECK(s["text"].is_string());
      CHECK(s["start"].get<std::size_t>() < s["end"].get<std::size_t>());
      CHECK(s["line"].get<std::size_t>() >= 1);
      CHECK(s["column"].get<std::size_t>() >= 1);
    }
  }
  for (const auto& c : j["comparisons"]) {
    std::size_t nb = j["versions"][c["base"].get<std::size_t>()]["sentences"].size();
    std::size_t no = j["versions"][c["other"].get<std::size_t>()]["sentences"].size();
    std::vector<int> seen_b(nb), seen_o(no);
    std::map<std::string, std::size_t> counts;
    for (const auto& claim : c["claims"]) {
      std::string kind = claim["kind"];
      CHECK((kind == "equal" || kind == "reworded" || kind == "added" || kind == "removed" || kind == "moved" ||
             kind == "split" || kind == "merged"));
      ++counts[kind];
      for (auto id : claim["base"]) ++seen_b.at(id.get<std::size_t>());
      for (auto id : claim["other"]) ++seen_o.at(id.get<std::size_t>());
      CHECK(claim["similarity"].is_number());
      std::string sev = claim["severity"];
      CHECK((sev == "none" || sev == "cosmetic" || sev == "minor" || sev == "major"));
      for (const auto& ch : claim["changes"]) {
        CHECK(ch["type"].is_string());
        CHECK(ch["before"].is_string());
        CHECK(ch["after"].is_string());
      }
      for (const auto& op : claim["diff"]) {
        std::string o = op["op"];
        CHECK((o == "equal" || o == "delete" || o == "insert"));
        CHECK(op["text"].is_string());
      }
    }
    for (int n : seen_b) CHECK(n == 1);
    for (int n : seen_o) CHECK(n == 1);
    for (const char* k : {"equal", "reworded", "added", "removed", "moved", "split", "merged"}) {
      CHECK(c["summary"][k] == counts[k]);
    }
  }
  for (const auto& f : j["findings"]) {
    for (const char* k : {"rule", "text", "suggestion", "severity", "message"}) CHECK(f[k].is_string());
    for (const char* k : {"version", "sentence", "start", "end", "line", "column"}) CHECK(f[k].is_number_unsigned());
  }
  return j;
}

const json* claim_with_text(const json& report, std::size_t cmp, const std::string& side, const std::string& needle) {
  const json& c = report["comparisons"][cmp];
  std::size_t version = c[side].get<std::size_t>();
  const json& sentences = report["versions"][version]["sentences"];
  for (const auto& claim : c["claims"]) {
    for (auto id : claim[side]) {
      if (sentences[id.get<std::size_t>()]["text"].get<std::string>().find(needle) != std::string::npos) return &claim;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the BBC audit reports the spun claim, the dropped, the moved and the app promotion", "[cli]") {
  Run r = run("--format json bbc/original.txt bbc/copy.txt");
  REQUIRE(r.status == 1);
  CHECK(r.err.empty());
  json j = check_contract(r.out);
  const json* spun = claim_with_text(j, 0, "other", "once morest");
  REQUIRE(spun);
  CHECK((*spun)["kind"] == "reworded");
  bool shows = false;
  for (std::size_t i = 0; i + 1 < (*spun)["diff"].size(); ++i) {
    shows = shows || ((*spun)["diff"][i]["op"] == "delete" && (*spun)["diff"][i]["text"] == "against" &&
                      (*spun)["diff"][i + 1]["op"] == "insert" && (*spun)["diff"][i + 1]["text"] == "once morest");
  }
  CHECK(shows);
  const json* dropped = claim_with_text(j, 0, "base", "The measure was backed by 335");
  REQUIRE(dropped);
  CHECK((*dropped)["kind"] == "removed");
  const json* moved = claim_with_text(j, 0, "other", "There is no evidence to confirm these claims.");
  REQUIRE(moved);
  CHECK((*moved)["kind"] == "moved");
  const json* app = claim_with_text(j, 0, "other", "Download our app");
  REQUIRE(app);
  CHECK((*app)["kind"] == "added");
  const json* notif = claim_with_text(j, 0, "other", "receive notifications");
  REQUIRE(notif);
  CHECK((*notif)["kind"] == "added");
}

TEST_CASE("the revisions fixture shows the split and the merge in JSON", "[cli]") {
  Run r = run("--format json revisions/v1.txt revisions/v2.txt");
  REQUIRE(r.status == 1);
  json j = check_contract(r.out);
  CHECK(j["comparisons"][0]["summary"]["split"] == 1);
  CHECK(j["comparisons"][0]["summary"]["merged"] == 1);
  const json* split = claim_with_text(j, 0, "base", "Officials said 23 people");
  REQUIRE(split);
  CHECK((*split)["kind"] == "split");
  CHECK((*split)["other"].size() == 2);
}

TEST_CASE("three versions compare with the first by default and with the previous under --chain", "[cli]") {
  json star = check_contract(run("--format json revisions/v1.txt revisions/v2.txt revisions/v3.txt").out);
  REQUIRE(star["comparisons"].size() == 2);
  CHECK(star["comparisons"][1]["base"] == 0);
  CHECK(star["comparisons"][1]["other"] == 2);
  json chain = check_contract(run("--chain --format json revisions/v1.txt revisions/v2.txt revisions/v3.txt").out);
  CHECK(chain["comparisons"][1]["base"] == 1);
  CHECK(chain["comparisons"][1]["other"] == 2);
  CHECK(chain["comparisons"][1]["summary"]["split"] == 0);
}

TEST_CASE("a version compared with itself exits 0 with every claim equal", "[cli]") {
  Run r = run("--format json --no-lint bbc/original.txt bbc/original.txt");
  CHECK(r.status == 0);
  json j = check_contract(r.out);
  CHECK(j["comparisons"][0]["summary"]["equal"] == j["versions"][0]["sentences"].size());
}

TEST_CASE("The option \"--dictionary none\" turns the installed dictionary off: the German critics' sentence is no longer paired with its French translation", "[cli]") {
  // The German-French FreeDict ("Kritiker" critique, "Stadt" ville) is what pairs the third lines;
  // without it the apple line in between, whose length fits better, takes their place.
  if (claimdiff::find_dictionary("de", "fr").empty()) {
    WARN("freedict-deu-fra is not installed (dict-freedict-deu-fra); nothing to check");
    return;
  }
  test::Scratch dir;
  dir.write("de.txt", test::kCouncilGerman);
  dir.write("fr.txt", test::kCouncilFrench);
  Run installed = test::run_in(dir.dir().string(), "align --segment lines --lang de,fr de.txt fr.txt");
  Run none = test::run_in(dir.dir().string(), "align --segment lines --lang de,fr --dictionary none de.txt fr.txt");
  REQUIRE(installed.status == 1);
  REQUIRE(none.status == 1);
  CHECK_THAT(installed.out, Catch::Contains("[2]:[2]:"));
  CHECK_THAT(none.out, !Catch::Contains("[2]:[2]:"));
  CHECK(none.err.empty());
}

TEST_CASE("align prints one bead per line in the Vecalign format", "[cli]") {
  Run r = run("align revisions/v1.txt revisions/v2.txt");
  REQUIRE(r.status == 1);
  std::istringstream lines(r.out);
  std::size_t count = 0;
  // v2 splits v1's sentence on the casualties in two: one bead of one sentence to two.
  auto v1 = test::fixture("revisions/v1.txt");
  auto v2 = test::fixture("revisions/v2.txt");
  int joined = test::find_sentence(v1, "Kelborne General Hospital");
  int first = test::find_sentence(v2, "were taken to Kelborne General Hospital");
  int second = test::find_sentence(v2, "remain in critical condition");
  REQUIRE(joined >= 0);
  REQUIRE(first >= 0);
  REQUIRE(second == first + 1);
  std::string split = "[" + std::to_string(joined) + "]:[" + std::to_string(first) + "," + std::to_string(second) + "]:";
  bool split_seen = false;
  for (std::string line; std::getline(lines, line); ++count) {
    CHECK(line.front() == '[');
    CHECK(std::count(line.begin(), line.end(), ':') == 2);
    split_seen = split_seen || line.rfind(split, 0) == 0;
  }
  CHECK(count > 10);
  CHECK(split_seen);
}

TEST_CASE("the text report marks word changes and ends with a summary line", "[cli]") {
  Run r = run("--color never bbc/original.txt bbc/copy.txt");
  REQUIRE(r.status == 1);
  CHECK_THAT(r.out, Catch::Contains("[-against-]{+once morest+}"));
  CHECK_THAT(r.out, Catch::Contains("summary: "));
  CHECK_THAT(r.out, Catch::Contains("- removed"));
  CHECK(r.out.find("\x1b[") == std::string::npos);
  Run colored = run("--color always bbc/original.txt bbc/copy.txt");
  CHECK(colored.out.find("\x1b[") != std::string::npos);
}

TEST_CASE("standard input can stand for one version", "[cli]") {
  Run r = run("--format json - bbc/copy.txt", test::read_fixture("bbc/original.txt"));
  CHECK(r.status == 1);
  json j = check_contract(r.out);
  CHECK(j["versions"][0]["name"] == "-");
}

TEST_CASE("a missing file is one error line naming it, with exit status 2", "[cli]") {
  Run r = run("bbc/original.txt no/such/file.txt");
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "claimdiff: error: no/such/file.txt: No such file or directory\n");
}

TEST_CASE("invalid UTF-8 input names line and column and exits 2", "[cli]") {
  Run r = run("bbc/original.txt -", "Good line.\nBad \xFF byte.\n");
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Catch::StartsWith("claimdiff: error: -:2:5: invalid UTF-8"));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("an unknown option is one error line with exit status 2", "[cli]") {
  Run r = run("--no-such-option bbc/original.txt bbc/copy.txt");
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Catch::StartsWith("claimdiff: error: "));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("an output file is written atomically and an unwritable path leaves nothing behind", "[cli]") {
  fs::path out = fs::temp_directory_path() / ("claimdiff_report_" + std::to_string(::getpid()) + ".json");
  Run r = run("--format json -o '" + out.string() + "' bbc/original.txt bbc/copy.txt");
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  check_contract(slurp(out));
  fs::remove(out);
  Run bad = run("-o /nonexistent-dir/report.json bbc/original.txt bbc/copy.txt");
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::StartsWith("claimdiff: error: /nonexistent-dir/report.json: cannot write"));
  CHECK_FALSE(fs::exists("/nonexistent-dir"));
}

TEST_CASE("help lists every option with its default", "[cli]") {
  Run r = run("--help");
  CHECK(r.status == 0);
  for (const char* opt : {"--format", "--output", "--color", "--chain", "--segment", "--lang", "--threshold",
                          "--ignore", "--fail-on", "--lexicon", "--stats", "--quiet", "--version", "--via"}) {
    CHECK_THAT(r.out, Catch::Contains(opt));
  }
  CHECK_THAT(r.out, Catch::Contains("0.3"));
}

TEST_CASE("the fail-on policy decides the exit status and quiet mode prints nothing", "[cli]") {
  CHECK(run("--quiet --fail-on removed revisions/v2.txt revisions/v3.txt").status == 0);
  CHECK(run("--quiet --fail-on added revisions/v2.txt revisions/v3.txt").status == 1);
  CHECK(run("--quiet --fail-on major revisions/v2.txt revisions/v3.txt").status == 1);
  Run q = run("--quiet bbc/original.txt bbc/copy.txt");
  CHECK(q.status == 1);
  CHECK(q.out.empty());
  Run s = run("--stats bbc/original.txt bbc/copy.txt");
  CHECK_THAT(s.out, Catch::Contains("1 moved"));
}

TEST_CASE("lines mode aligns pre-segmented text unit by unit", "[cli]") {
  Run r = run("align --segment lines segment/abbreviations.txt segment/abbreviations.txt");
  CHECK(r.status == 0);
  CHECK(r.out.rfind("[0]:[0]:1.000\n", 0) == 0);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 10);
}

namespace {

// A scratch file that removes itself; `run` changes into fixtures/, so tests pass absolute paths.
struct TempFile {
  explicit TempFile(const std::string& name)
      : path(fs::temp_directory_path() / ("claimdiff_" + std::to_string(::getpid()) + "_" + name)) {}
  ~TempFile() { fs::remove(path); }
  std::string quoted() const { return "'" + path.string() + "'"; }
  fs::path path;
};

}  // namespace

TEST_CASE("format sarif writes a SARIF 2.1.0 log whose results name the copy and the original", "[cli]") {
  Run r = run("--format sarif bbc/original.txt bbc/copy.txt");
  CHECK(r.status == 1);
  CHECK(r.err.empty());
  json log = json::parse(r.out);
  CHECK(log["version"] == "2.1.0");
  const json& results = log["runs"][0]["results"];
  std::set<std::string> uris, rules;
  for (const auto& res : results) {
    uris.insert(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].get<std::string>());
    rules.insert(res["ruleId"].get<std::string>());
  }
  CHECK(uris == std::set<std::string>{"bbc/original.txt", "bbc/copy.txt"});
  for (const char* id : {"claim-removed", "claim-added", "claim-moved", "claim-reworded-major", "spinner-phrase",
                         "pronoun-gender", "boilerplate"}) {
    CHECK(rules.count(id) == 1);
  }
}

TEST_CASE("format html writes one page to the output file and markdown a PR comment", "[cli]") {
  TempFile page("report.html");
  Run r = run("--format html -o " + page.quoted() + " revisions/v1.txt revisions/v2.txt revisions/v3.txt");
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  std::string html = slurp(page.path);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK_THAT(html, Catch::Contains("id=\"cmp-1\""));
  CHECK_THAT(html, Catch::Contains("<ins>19</ins>"));
  Run md = run("--format markdown revisions/v1.txt revisions/v2.txt");
  CHECK(md.status == 1);
  CHECK_THAT(md.out, Catch::Contains("### revisions/v1.txt → revisions/v2.txt"));
  CHECK_THAT(md.out, Catch::Contains("~~12~~**19**"));
}

TEST_CASE("a baseline of the same run leaves nothing to fail on, and a new change fails", "[cli]") {
  TempFile base("baseline.json");
  Run first = run("--format json -o " + base.quoted() + " revisions/v1.txt revisions/v2.txt");
  REQUIRE(first.status == 1);
  Run same = run("--baseline " + base.quoted() + " --fail-on any,artifact revisions/v1.txt revisions/v2.txt");
  CHECK(same.status == 0);
  CHECK(same.err.empty());
  CHECK(same.out.find("~ reworded") == std::string::npos);
  CHECK_THAT(same.out, Catch::Contains("known from the baseline"));
  Run next = run("--baseline " + base.quoted() + " --fail-on any revisions/v1.txt revisions/v3.txt");
  CHECK(next.status == 1);
  CHECK_THAT(next.out, Catch::Contains("about [-80-]{+110+} workers"));
  CHECK(next.out.find("At least [-12-]{+19+}") == std::string::npos);
  Run sarif = run("--format sarif --baseline " + base.quoted() + " revisions/v1.txt revisions/v3.txt");
  json sarif_report = json::parse(sarif.out);  // a range-for over a temporary's member dangles
  for (const auto& res : sarif_report["runs"][0]["results"]) CHECK(res["baselineState"] == "new");
  Run stats = run("--stats --baseline " + base.quoted() + " revisions/v1.txt revisions/v3.txt");
  CHECK_THAT(stats.out, Catch::Contains("known from the baseline"));
}

TEST_CASE("a malformed or missing baseline is one error line with exit status 2", "[cli]") {
  TempFile bad("bad.json");
  std::ofstream(bad.path) << "{\"schema\": \"claimdiff/1\", \"versions\": [";
  Run r = run("--baseline " + bad.quoted() + " bbc/original.txt bbc/copy.txt");
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::StartsWith("claimdiff: error: " + bad.path.string() + ": not a claimdiff/1 JSON report"));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  Run missing = run("--baseline /no/such/baseline.json bbc/original.txt bbc/copy.txt");
  CHECK(missing.status == 2);
  CHECK(missing.err == "claimdiff: error: /no/such/baseline.json: No such file or directory\n");
}

TEST_CASE("an unknown fail-on item is refused with exit status 2", "[cli]") {
  Run r = run("--fail-on removd bbc/original.txt bbc/copy.txt");
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::StartsWith("claimdiff: error: --fail-on: unknown item 'removd'"));
}

TEST_CASE("quiet mode still writes the report asked for with -o", "[cli]") {
  TempFile out("quiet.sarif");
  Run r = run("--quiet --format sarif -o " + out.quoted() + " bbc/original.txt bbc/copy.txt");
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  CHECK(json::parse(slurp(out.path))["version"] == "2.1.0");
}

TEST_CASE("lint writes SARIF and Markdown without comparisons", "[cli]") {
  Run r = run("lint --format sarif bbc/copy.txt");
  CHECK(r.status == 1);
  json log = json::parse(r.out);
  CHECK_FALSE(log["runs"][0]["results"].empty());
  for (const auto& res : log["runs"][0]["results"]) CHECK(res["ruleId"].get<std::string>().rfind("claim-", 0) != 0);
  Run md = run("lint --format markdown bbc/copy.txt");
  CHECK_THAT(md.out, Catch::Contains("| bbc/copy.txt:3:98 | major | spinner-phrase | once morest | against |"));
}

TEST_CASE("a thesaurus that is not a MyThes file, or is missing, is one error line with exit status 2", "[cli]") {
  // The via: the Spanish original as its own "translation" (line for line), so --via applies.
  TempFile bad("bad_thesaurus.dat");
  std::ofstream(bad.path) << "UTF-8\nhouse|2\n(noun)|home|dwelling\n";  // one meaning of the two promised
  Run r = run("align --segment lines --via bbc/original.es.txt --thesaurus " + bad.quoted() +
              " bbc/original.es.txt bbc/original.es.txt");
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::StartsWith("claimdiff: error: " + bad.path.string() + ":"));
  CHECK_THAT(r.err, Catch::Contains("ends inside an entry"));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  Run missing = run("align --segment lines --via bbc/original.es.txt --thesaurus /no/such/th_xx.dat "
                    "bbc/original.es.txt bbc/original.es.txt");
  CHECK(missing.status == 2);
  CHECK(missing.err == "claimdiff: error: /no/such/th_xx.dat: cannot read thesaurus\n");
  // Without --via no thesaurus is read, and none is not a file.
  CHECK(run("align --segment lines --thesaurus " + bad.quoted() + " bbc/original.es.txt bbc/original.es.txt").status == 0);
  Run none = run("align --segment lines --via bbc/original.es.txt --thesaurus none bbc/original.es.txt bbc/original.es.txt");
  CHECK(none.status == 1);  // beads through a via translation are never "exact"
  CHECK(none.err.empty());
}

TEST_CASE("extract prints a page's article one block per line, headline, byline and date first", "[cli][extract]") {
  Run r = run("extract html/story-v1.html");
  REQUIRE(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out.rfind("Flood barrier on the Lune delayed until 2027\nBy Maria Olsen\n14 March 2024\nThe flood barrier", 0) == 0);
  CHECK(r.out.find("\n\n") == std::string::npos);
  CHECK(r.out.find("Related stories") == std::string::npos);
}

TEST_CASE("two snapshots of a page are compared on their article text, findings at the page's line and column",
          "[cli][extract]") {
  Run r = run("--format json html/story-v1.html html/story-v2.html");
  REQUIRE(r.status == 1);
  CHECK(r.err.empty());
  json j = check_contract(r.out);
  const json* homes = claim_with_text(j, 0, "other", "About 3,900 homes");
  REQUIRE(homes);
  CHECK((*homes)["kind"] == "reworded");
  CHECK((*homes)["severity"] == "major");
  const json* headline = claim_with_text(j, 0, "other", "delayed until 2028");
  REQUIRE(headline);
  CHECK((*headline)["kind"] == "reworded");
  // The byline shares one word with the old one: the aligner may pair them or not, but the
  // change shows.
  const json* byline = claim_with_text(j, 0, "other", "Anna Berg");
  REQUIRE(byline);
  CHECK((*byline)["kind"] != "equal");
  std::string page = slurp(fs::path(CLAIMDIFF_FIXTURES_DIR) / "html/story-v2.html");
  std::size_t at = page.find("About 3,900 homes");
  std::size_t line = 1 + static_cast<std::size_t>(std::count(page.begin(), page.begin() + static_cast<long>(at), '\n'));
  for (const auto& s : j["versions"][1]["sentences"]) {
    if (s["text"].get<std::string>().rfind("About 3,900 homes", 0) != 0) continue;
    CHECK(s["start"] == at);
    CHECK(s["line"] == line);
    CHECK(s["column"] == at - page.rfind('\n', at));
  }
}

TEST_CASE("Markdown versions differ only where the rendered words do", "[cli][extract]") {
  Run r = run("--format json markdown/story-v1.md markdown/story-v2.md");
  REQUIRE(r.status == 1);
  json j = check_contract(r.out);
  const json* emphasis = claim_with_text(j, 0, "other", "two years later than promised");
  REQUIRE(emphasis);
  CHECK((*emphasis)["kind"] == "equal");
  const json* homes = claim_with_text(j, 0, "other", "3,900 homes");
  REQUIRE(homes);
  CHECK((*homes)["severity"] == "major");
}

TEST_CASE("the HTML report escapes markup that a page's text spells out", "[cli][extract]") {
  std::string page =
      "<!doctype html><html><head><title>Test</title></head><body><article><p>The council's web site showed "
      "&lt;script&gt;alert(1)&lt;/script&gt; instead of the agenda on Tuesday, a spokesman said.</p>"
      "<p>The the agenda was published later that day, the council said in a statement.</p></article></body></html>";
  Run r = run("lint --format html --input-format html -", page);
  REQUIRE(r.status == 1);
  CHECK(r.out.find("<script>alert(1)") == std::string::npos);
  CHECK(r.out.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("a page read with --input-format text stays plain text, and a wrong charset claim is a warning", "[cli][extract]") {
  Run text = run("extract --input-format text html/no-article.html");
  REQUIRE(text.status == 0);
  CHECK_THAT(text.out, Catch::Contains("<script>"));
  Run wrong = run("extract html/wrong-charset.html");
  REQUIRE(wrong.status == 0);
  CHECK_THAT(wrong.err, Catch::StartsWith("claimdiff: warning: html/wrong-charset.html: the page says charset utf-8"));
  CHECK_THAT(wrong.out, Catch::Contains("Beatriz Mu\xC3\xB1oz"));
}

TEST_CASE("a page without an article is one error line with exit status 2", "[cli][extract]") {
  Run r = run("html/no-article.html html/story-v1.html");
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "claimdiff: error: html/no-article.html: no article text found in the page\n");
}
