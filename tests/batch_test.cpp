#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "claimdiff/batch.hpp"
#include "claimdiff/error.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const std::string kFixtures = CLAIMDIFF_FIXTURES_DIR;

// A manifest over the fixtures: the BBC copy, the Spanish original against the copy, the three
// revisions, a row whose copy is missing, and the BBC copy against itself.
const std::string kTsv =
    "id\toriginal\tcopy\tcopy2\tlang\n"
    "bbc\tbbc/original.txt\tbbc/copy.txt\t\ten\n"
    "bbc-es\tbbc/original.es.txt\tbbc/copy.txt\t\tes,en\n"
    "revisions\trevisions/v1.txt\trevisions/v2.txt\trevisions/v3.txt\t\n"
    "missing\tbbc/original.txt\tbbc/no-such-copy.txt\t\ten\n"
    "same\tbbc/copy.txt\tbbc/copy.txt\t\ten\n";

const claimdiff::Runner& runner() {
  static const claimdiff::RunSettings settings = [] {
    claimdiff::RunSettings s;
    s.data_dir = CLAIMDIFF_DATA_DIR;
    return s;
  }();
  static const claimdiff::Runner r(settings);
  return r;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string run_manifest(const std::string& manifest, unsigned jobs, claimdiff::BatchTotals* totals = nullptr,
                         bool summary = false, const claimdiff::Runner& with = runner()) {
  std::istringstream in(manifest);
  claimdiff::ManifestReader reader(in, "manifest.tsv", kFixtures);
  claimdiff::BatchControl control;
  control.jobs = jobs;
  control.summary = summary;
  control.policy = claimdiff::parse_fail_on({"any"});
  std::ostringstream out;
  claimdiff::BatchTotals t = claimdiff::run_batch(reader, with, out, control);
  if (totals != nullptr) *totals = t;
  return out.str();
}

test::Run run_cli(const fs::path& dir, const std::string& args) { return test::run_in(dir.string(), args); }

}  // namespace

TEST_CASE("a batch writes one record per row in manifest order, the same with one thread or four", "[batch]") {
  claimdiff::BatchTotals totals;
  std::string one = run_manifest(kTsv, 1, &totals);
  std::string four = run_manifest(kTsv, 4);
  CHECK(one == four);
  auto lines = lines_of(one);
  REQUIRE(lines.size() == 5);
  std::vector<std::string> ids;
  for (const auto& l : lines) ids.push_back(json::parse(l)["id"].get<std::string>());
  CHECK(ids == std::vector<std::string>{"bbc", "bbc-es", "revisions", "missing", "same"});
  CHECK(totals.done == 5);
  CHECK(totals.errors == 1);
  CHECK(totals.failing == 3);  // the BBC copy twice and the revisions; the copy against itself is equal
}

TEST_CASE("rows compared without stage threads give the same records, across languages and errors included", "[batch]") {
  claimdiff::RunSettings settings;
  settings.data_dir = CLAIMDIFF_DATA_DIR;
  settings.stage_threads = false;
  const claimdiff::Runner serial(settings);
  CHECK_FALSE(serial.options().stage_threads);
  const std::string threaded = run_manifest(kTsv, 2);
  CHECK(run_manifest(kTsv, 2, nullptr, false, serial) == threaded);
  auto lines = lines_of(threaded);
  REQUIRE(lines.size() == 5);
  CHECK(json::parse(lines[1])["comparisons"][0]["claims"].size() > 0);  // the Spanish original against the copy
  CHECK(json::parse(lines[3]).contains("error"));
}

TEST_CASE("a batch record is the report of the same files plus the id", "[batch]") {
  auto lines = lines_of(run_manifest(kTsv, 2));
  json record = json::parse(lines[2]);
  CHECK(record["id"] == "revisions");
  record.erase("id");
  std::ostringstream report;
  claimdiff::write_json(report, runner().compare_files({kFixtures + "/revisions/v1.txt", kFixtures + "/revisions/v2.txt",
                                                        kFixtures + "/revisions/v3.txt"}));
  CHECK(record == json::parse(report.str()));
  CHECK(record["comparisons"].size() == 2);
  json es = json::parse(lines[1]);
  CHECK(es["versions"][0]["language"] == "es");
  CHECK(es["versions"][1]["language"] == "en");
}

TEST_CASE("a row whose copy is missing becomes an error record and the rows after it still run", "[batch]") {
  auto lines = lines_of(run_manifest(kTsv, 2));
  json missing = json::parse(lines[3]);
  CHECK(missing.size() == 2);
  CHECK(missing["id"] == "missing");
  CHECK(missing["error"] == "claimdiff: error: " + kFixtures + "/bbc/no-such-copy.txt: No such file or directory");
  json same = json::parse(lines[4]);
  CHECK(same["comparisons"][0]["summary"]["equal"].get<int>() > 30);
  CHECK(same["comparisons"][0]["summary"]["reworded"] == 0);
}

TEST_CASE("summary records hold each comparison's summary and the number of findings, not the claims", "[batch]") {
  auto full = lines_of(run_manifest(kTsv, 2));
  auto brief = lines_of(run_manifest(kTsv, 2, nullptr, true));
  REQUIRE(brief.size() == full.size());
  json f = json::parse(full[0]), b = json::parse(brief[0]);
  CHECK(b["id"] == "bbc");
  CHECK(b["comparisons"][0]["summary"] == f["comparisons"][0]["summary"]);
  CHECK(b["finding_count"] == f["findings"].size());
  CHECK_FALSE(b["comparisons"][0].contains("claims"));
  CHECK_FALSE(b["versions"][0].contains("sentences"));
  CHECK(b["versions"][1]["name"] == kFixtures + "/bbc/copy.txt");
}

TEST_CASE("a record read back fails the policy exactly when its report did", "[batch]") {
  auto full = lines_of(run_manifest(kTsv, 2));
  auto brief = lines_of(run_manifest(kTsv, 2, nullptr, true));
  for (const char* name : {"any", "added", "removed", "moved", "split", "merged", "major", "minor", "cosmetic", "artifact"}) {
    claimdiff::FailPolicy policy = claimdiff::parse_fail_on({name});
    INFO(name);
    for (std::size_t i = 0; i < full.size(); ++i) {
      claimdiff::BatchItem item;
      std::istringstream in(kTsv);
      claimdiff::ManifestReader reader(in, "manifest.tsv", kFixtures);
      for (std::size_t k = 0; k <= i; ++k) item = *reader.next();
      bool expected = runner().record(item, false, policy).fails;
      bool error = false;
      CHECK(claimdiff::record_fails(full[i], policy, &error) == expected);
      CHECK(error == (i == 3));
      CHECK(claimdiff::record_fails(brief[i], policy, &error) == expected);
    }
  }
}

TEST_CASE("a JSON Lines manifest gives the records of the same rows in TSV", "[batch]") {
  const std::string jsonl =
      "{\"id\": \"bbc\", \"original\": \"bbc/original.txt\", \"copies\": [\"bbc/copy.txt\"], \"lang\": \"en\"}\n"
      "\n"
      "{\"id\": \"bbc-es\", \"original\": \"bbc/original.es.txt\", \"copies\": [\"bbc/copy.txt\"], \"lang\": \"es,en\"}\n"
      "{\"id\": 7, \"original\": \"bbc/original.txt\"}\n"
      "{\"id\": \"torn\", \"original\": \n";
  auto tsv = lines_of(run_manifest(kTsv, 1));
  claimdiff::BatchTotals totals;
  auto lines = lines_of(run_manifest(jsonl, 2, &totals));
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == tsv[0]);
  CHECK(lines[1] == tsv[1]);
  CHECK(lines[2] == "{\"id\":7,\"error\":\"claimdiff: error: manifest.tsv:4: no \\\"copies\\\" (a list of paths)\"}");
  CHECK(json::parse(lines[3])["id"].is_null());
  CHECK(json::parse(lines[3])["error"] == "claimdiff: error: manifest.tsv:5: not a JSON object");
  CHECK(totals.errors == 2);
}

TEST_CASE("a TSV header without a copy column is refused naming the manifest and line", "[batch]") {
  std::istringstream in("\n# no\tgood\nid\toriginal\tlang\n");
  try {
    claimdiff::ManifestReader reader(in, "rows.tsv", "");
    FAIL("no error");
  } catch (const claimdiff::Error& e) {
    CHECK(claimdiff::describe(e).rfind("rows.tsv:2: the header must name the columns id, original and copy", 0) == 0);
  }
}

TEST_CASE("batch --resume after a killed run keeps the records written and finishes the rest", "[batch][cli]") {
  test::Scratch scratch;
  const fs::path& dir = scratch.dir();
  fs::copy(kFixtures + "/bbc", dir / "bbc");
  fs::copy(kFixtures + "/revisions", dir / "revisions");
  std::ofstream(dir / "rows.tsv") << kTsv;
  test::Run full = run_cli(dir, "batch -j2 rows.tsv -o full.jsonl");
  CHECK(full.status == 2);
  CHECK(full.err.empty());
  CHECK(full.out.empty());
  std::string records = test::slurp(dir / "full.jsonl");
  auto lines = lines_of(records);
  REQUIRE(lines.size() == 5);
  // As a kill leaves it: two records, and the third cut short.
  std::ofstream(dir / "killed.jsonl") << lines[0] << '\n' << lines[1] << '\n' << lines[2].substr(0, 200);
  test::Run resumed = run_cli(dir, "batch -j1 rows.tsv -o killed.jsonl --resume");
  CHECK(resumed.status == 2);
  CHECK(test::slurp(dir / "killed.jsonl") == records);

  // With the failing row's record already there, a resumed run still says a row failed.
  test::Run again = run_cli(dir, "batch rows.tsv -o killed.jsonl --resume --fail-on none");
  CHECK(again.status == 2);
  CHECK(test::slurp(dir / "killed.jsonl") == records);
}

TEST_CASE("batch exit status follows --fail-on over all rows when none fails", "[batch][cli]") {
  test::Scratch scratch;
  const fs::path& dir = scratch.dir();
  fs::copy(kFixtures + "/bbc", dir / "bbc");
  std::ofstream(dir / "same.tsv") << "id\toriginal\tcopy\nsame\tbbc/copy.txt\tbbc/copy.txt\n";
  std::ofstream(dir / "rows.tsv") << "id\toriginal\tcopy\nsame\tbbc/copy.txt\tbbc/copy.txt\nbbc\tbbc/original.txt\tbbc/copy.txt\n";
  CHECK(run_cli(dir, "batch same.tsv -q").status == 0);
  test::Run differs = run_cli(dir, "batch rows.tsv --summary");
  CHECK(differs.status == 1);
  CHECK(lines_of(differs.out).size() == 2);
  CHECK(run_cli(dir, "batch rows.tsv -q --fail-on none").status == 0);
  test::Run bad = run_cli(dir, "batch no-such.tsv");
  CHECK(bad.status == 2);
  CHECK(bad.err == "claimdiff: error: no-such.tsv: cannot read the manifest\n");
  test::Run resume = run_cli(dir, "batch rows.tsv --resume");
  CHECK(resume.status == 2);
  CHECK(resume.err == "claimdiff: error: --resume needs -o FILE (the records to keep)\n");
}

TEST_CASE("batch --input-format reads every row's files in that format, as compare does", "[batch][cli]") {
  test::Scratch scratch;
  const fs::path& dir = scratch.dir();
  // Markdown saved as .txt: by its extension it is plain text, unless the format is named.
  fs::copy_file(kFixtures + "/markdown/story-v1.md", dir / "v1.txt");
  fs::copy_file(kFixtures + "/markdown/story-v2.md", dir / "v2.txt");
  std::ofstream(dir / "rows.tsv") << "id\toriginal\tcopy\nstory\tv1.txt\tv2.txt\n";
  test::Run as_markdown = run_cli(dir, "batch -j1 --input-format markdown rows.tsv");
  test::Run as_text = run_cli(dir, "batch -j1 rows.tsv");
  test::Run compare = run_cli(dir, "--input-format markdown --format json v1.txt v2.txt");
  REQUIRE(as_markdown.status == 1);
  json record = json::parse(as_markdown.out);
  record.erase("id");
  CHECK(record == json::parse(compare.out));
  // The Markdown syntax is gone from the sentences only when the format is named.
  CHECK(as_text.out.find("](http") != std::string::npos);
  CHECK(as_markdown.out.find("](http") == std::string::npos);
  CHECK(run_cli(dir, "batch --input-format pdf rows.tsv").status == 2);
}
