// Hostile input, through the library and through the executable: every input gets a correct
// report, or one error line "claimdiff: error: FILE: what" and exit status 2, never a crash, a
// hang or a partial output file.

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <unicode/unistr.h>

#include "claimdiff/error.hpp"
#include "invariants.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using test::Scratch;
using test::Run;
using test::slurp;

// Runs the executable in `where` with `args` (shell words), `stdin_text` on standard input.
Run run(const Scratch& where, const std::string& args, const std::string& stdin_text = {}) {
  return test::run_in(where.dir().string(), args, stdin_text);
}

// Exit status 2, nothing on standard output, and one line on stderr that starts as given.
void check_one_error(const Run& r, const std::string& starts) {
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::StartsWith("claimdiff: error: " + starts));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK((!r.err.empty() && r.err.back() == '\n'));
}

claimdiff::Document loaded(const std::string& name, const std::string& bytes, const claimdiff::LoadOptions& lo = {}) {
  claimdiff::Document d = claimdiff::load_bytes(name, bytes, lo);
  claimdiff::segment(d, test::resources().language("en"));
  return d;
}

claimdiff::Report compared(const std::string& a, const std::string& b, const claimdiff::CompareOptions& o = {}) {
  std::vector<claimdiff::Document> docs;
  docs.push_back(claimdiff::load_bytes("a.txt", a));
  docs.push_back(claimdiff::load_bytes("b.txt", b));
  claimdiff::Report r = claimdiff::compare(std::move(docs), test::resources(), o);
  invariants::Problems problems;
  invariants::check_report(r, problems);
  CHECK(problems == invariants::Problems{});
  return r;
}

// About `bytes` bytes of words on one line with no sentence punctuation; `variant` 1 capitalises
// one word in every 5,000.
std::string one_long_line(std::size_t bytes, int variant) {
  static const char* const kWords[] = {"officials", "border", "troops", "talks", "minister", "village",
                                       "ceasefire", "report", "convoy", "river", "winter", "council"};
  std::string out;
  out.reserve(bytes + 16);
  std::uint32_t state = 12345;
  for (std::size_t n = 0; out.size() < bytes; ++n) {
    state = state * 1103515245u + 12345u;
    std::string word = kWords[(state >> 16) % 12];
    // The same length, so that the cuts of both versions stay in step.
    if (variant != 0 && n % 5000 == 4999) std::transform(word.begin(), word.end(), word.begin(), ::toupper);
    out += word;
    out += ' ';
  }
  out.pop_back();
  return out;
}

std::string quote_storm(std::size_t marks) {
  std::string out = "He said ";
  static const char* const kMarks[] = {"\u201C", "\"", "\u00AB", "\u2018", "'", "\u201D", "\u00BB"};
  for (std::size_t i = 0; i < marks; ++i) {
    out += kMarks[(i * 7 + i / 3) % 7];
    if (i % 5 == 0) out += "word ";
  }
  return out + ".";
}

const std::string kScripts =
    "\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064A\u0633 \u0625\u0646 \u0627\u0644\u0645\u062D\u0627\u062F\u062B\u0627\u062A "
    "\u0633\u062A\u0633\u062A\u0645\u0631.\n"
    "\u603B\u7EDF\u8868\u793A\uFF0C\u8C08\u5224\u5C06\u7EE7\u7EED\u3002\u4ED6\u6CA1\u6709\u8BF4\u65E5\u671F\u3002\n"
    "\u041F\u0435\u0441\u043A\u043E\u0432 \u0437\u0430\u044F\u0432\u0438\u043B, \u0447\u0442\u043E "
    "\u043F\u0435\u0440\u0435\u0433\u043E\u0432\u043E\u0440\u044B \u043F\u0440\u043E\u0434\u043E\u043B\u0436\u0430\u0442\u0441\u044F.\n"
    "\u039F \u03C5\u03C0\u03BF\u03C5\u03C1\u03B3\u03CC\u03C2 \u03B5\u03AF\u03C0\u03B5 \u03CC\u03C4\u03B9 "
    "\u03BF\u03B9 \u03C3\u03C5\u03BD\u03BF\u03BC\u03B9\u03BB\u03AF\u03B5\u03C2 \u03C3\u03C5\u03BD\u03B5\u03C7\u03AF\u03B6\u03BF\u03BD\u03C4\u03B1\u03B9.\n"
    "The family \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 waved \U0001F44B\U0001F3FD from the "
    "\U0001F1FA\U0001F1E6 convoy.\n"
    "Z\u0327\u0301a\u0300\u0328lgo te\u0304\u0303xt and the Devanagari \u0915\u094D\u0937 stayed whole.\n";

}  // namespace

TEST_CASE("an empty file and a whitespace-only file have no sentences and everything else is added", "[hostile]") {
  CHECK(loaded("empty.txt", "").sentences.empty());
  CHECK(loaded("blank.txt", " \n\t\r\n\u00A0\u3000\u2009\n\n").sentences.empty());
  claimdiff::Report r = compared("", test::read_fixture("revisions/v1.txt"));
  CHECK(r.comparisons[0].summary.added == r.versions[1].sentences.size());
  CHECK(r.comparisons[0].summary.equal == 0);
  claimdiff::Report none = compared(" \n\n ", "");
  CHECK(none.comparisons[0].claims.empty());
}

TEST_CASE("text without sentence punctuation is cut at lines and compared line by line", "[hostile]") {
  std::string a = "officials met near the border on monday\nno agreement was reached\nthe talks go on tomorrow\n";
  std::string b = "officials met near the border on monday\nan agreement was reached\nthe talks go on tomorrow\n";
  claimdiff::Report r = compared(a, b);
  CHECK(r.versions[0].sentences.size() == 3);
  CHECK(r.comparisons[0].summary.equal == 2);
  CHECK(r.comparisons[0].summary.reworded == 1);
}

TEST_CASE("two 10 MB lines without punctuation are cut into bounded sentences that pair up as equal or reworded", "[hostile]") {
  std::string a = one_long_line(10'000'000, 0), b = one_long_line(10'000'000, 1);
  claimdiff::Report r = compared(a, b);
  const claimdiff::SegmentOptions so;
  for (const auto& d : r.versions) {
    CHECK(d.sentences.size() >= a.size() / so.max_sentence_bytes);
    std::size_t longest = 0;
    for (const auto& s : d.sentences) longest = std::max(longest, s.end - s.start);
    CHECK(longest <= so.max_sentence_bytes);
  }
  const claimdiff::Summary& s = r.comparisons[0].summary;
  CHECK(s.reworded >= 100);   // a changed word every 5,000 words, in sentences of ~500 words
  CHECK(s.equal >= s.reworded);
  CHECK(s.added + s.removed == 0);
}

TEST_CASE("200,000 dots are cut into bounded sentences and compared with a changed copy", "[hostile]") {
  std::string dots(200'000, '.');
  std::string changed = dots;
  changed[100'000] = '!';
  claimdiff::Report r = compared(dots, changed);
  CHECK(r.versions[0].sentences.size() >= 200'000 / claimdiff::SegmentOptions{}.max_sentence_bytes);
  CHECK(r.comparisons[0].summary.reworded + r.comparisons[0].summary.split + r.comparisons[0].summary.merged >= 1);
  CHECK(compared(dots, dots).comparisons[0].summary.equal == r.versions[0].sentences.size());
}

TEST_CASE("thousands of nested and unbalanced quotation marks are segmented, compared and linted", "[hostile]") {
  std::string storm = quote_storm(5000);
  std::string nested;
  for (int i = 0; i < 3000; ++i) nested += "\u201C";
  nested += "Deep.";
  for (int i = 0; i < 1000; ++i) nested += "\u201D";
  claimdiff::Report r = compared(storm + "\n" + nested, nested + "\n" + storm + " Added.");
  bool quote_finding = false;
  for (const auto& f : r.findings) quote_finding = quote_finding || f.rule == "quote-mismatch";
  CHECK(quote_finding);
}

TEST_CASE("a flood of findings is listed up to the limit, with one note saying so", "[hostile]") {
  std::string flood;
  // Closing marks that nothing opened: each one is a finding.
  for (int i = 0; i < 140'000; ++i) flood += "no\u201D ";
  claimdiff::Document d = loaded("flood.txt", flood);
  auto findings = claimdiff::lint_document(d, 0, test::resources().language("en"));
  CHECK(findings.size() < 140'000);
  CHECK(std::count_if(findings.begin(), findings.end(), [](const auto& f) { return f.rule == "finding-limit"; }) == 1);
  invariants::Problems problems;
  invariants::check_findings({d}, findings, problems);
  CHECK(problems == invariants::Problems{});
}

TEST_CASE("mixed scripts keep their characters whole: emoji sequences and combining marks are one token", "[hostile]") {
  claimdiff::Document d = loaded("scripts.txt", kScripts);
  CHECK(d.sentences.size() == 7);
  auto has_token = [&](const std::string& text) {
    for (const auto& s : d.sentences) {
      for (const auto& t : s.tokens) {
        if (d.token_text(t) == text) return true;
      }
    }
    return false;
  };
  CHECK(has_token("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"));
  CHECK(has_token("\U0001F44B\U0001F3FD"));
  CHECK(has_token("\U0001F1FA\U0001F1E6"));
  CHECK(has_token("\u041F\u0435\u0441\u043A\u043E\u0432"));
  std::string edited = kScripts;
  edited.replace(edited.find("\U0001F467"), 4, "\U0001F466");
  claimdiff::Report r = compared(kScripts, edited);
  CHECK(r.comparisons[0].summary.reworded == 1);
  for (const auto& c : r.comparisons[0].claims) {
    for (const auto& op : c.diff) {
      if (op.op != claimdiff::Op::Equal) CHECK(op.text.find("\U0001F468\u200D") != std::string::npos);
    }
  }
}

TEST_CASE("CRLF and lone CR line ends compare equal to LF, with offsets into the input as read", "[hostile]") {
  std::string lf = test::read_fixture("revisions/v1.txt"), crlf, cr;
  for (char c : lf) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  claimdiff::CompareOptions o;
  o.run_lint = false;
  for (const std::string& other : {crlf, cr}) {
    claimdiff::Report r = compared(lf, other, o);
    CHECK(r.comparisons[0].summary.equal == r.versions[0].sentences.size());
    const auto& d = r.versions[1];
    const auto& last = d.sentences.back();
    CHECK(other.substr(d.input_offset(last.start), last.end - last.start) == d.sentence_text(last));
  }
}

TEST_CASE("UTF-16 and UTF-32 inputs with a BOM compare equal to the same text in UTF-8", "[hostile]") {
  std::string utf8 = "Peskov said \u201Cno\u201D. Kyiv \u2014 calm.\n\U0001F600 Caf\u00E9 z\u00FCrich.\n";
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  std::string le("\xFF\xFE", 2), be("\xFE\xFF", 2), u32("\xFF\xFE\x00\x00", 4);
  for (int32_t i = 0; i < u.length(); ++i) {
    char16_t c = u.charAt(i);
    le += {static_cast<char>(c & 0xFF), static_cast<char>(c >> 8)};
    be += {static_cast<char>(c >> 8), static_cast<char>(c & 0xFF)};
  }
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    for (int k = 0; k < 4; ++k) u32 += static_cast<char>((c >> (8 * k)) & 0xFF);
  }
  claimdiff::CompareOptions o;
  o.run_lint = false;
  for (const std::string& other : {le, be, u32}) {
    claimdiff::Report r = compared(utf8, other, o);
    CHECK(r.versions[1].text == utf8);
    CHECK(r.versions[1].sentences.size() == 3);
    CHECK(r.comparisons[0].summary.equal == 3);
  }
}

TEST_CASE("legacy encodings named with --encoding are converted through ICU", "[hostile]") {
  claimdiff::LoadOptions cp1251;
  cp1251.encoding = "windows-1251";
  CHECK(loaded("ru.txt", "\xCF\xE5\xF1\xEA\xEE\xE2 \xE7\xE0\xFF\xE2\xE8\xEB.", cp1251).text ==
        "\u041F\u0435\u0441\u043A\u043E\u0432 \u0437\u0430\u044F\u0432\u0438\u043B.");
  claimdiff::LoadOptions sjis;
  sjis.encoding = "Shift_JIS";
  claimdiff::Document ja = loaded("ja.txt", "\x93\x8C\x8B\x9E\x81\x42\x91\xE5\x8D\xE3\x81\x42", sjis);
  CHECK(ja.text == "\u6771\u4EAC\u3002\u5927\u962A\u3002");
  CHECK(ja.input_offset(ja.text.find("\u5927")) == 6);
  // A byte Shift_JIS does not define is refused, not guessed.
  CHECK_THROWS_WITH(claimdiff::load_bytes("bad.txt", "\x93\x8C\xFF\xFF", sjis), Catch::Contains("invalid Shift_JIS"));
}

TEST_CASE("invalid UTF-8 and NUL bytes are refused naming the line and column of the first one", "[hostile]") {
  struct Case { std::string bytes; std::size_t line, column; };
  const Case cases[] = {
      {"First line.\r\nSecond \xE2\x80 line.", 2, 8},                    // truncated sequence after CRLF
      {"One.\rTwo.\rTh\xC0\xAFree.", 3, 3},                              // overlong, after lone CRs
      {"\u041F\u0435\u0441\u043A\u043E\u0432\n\U0001F600\xF8", 2, 2},    // columns count code points
      {std::string("Binary\0data", 11), 1, 7},                            // NUL
      {"\xEF\xBB\xBF" + std::string("BOM then \xFF"), 1, 10},             // after a UTF-8 BOM
  };
  for (const Case& c : cases) {
    INFO(c.bytes);
    try {
      claimdiff::load_bytes("bad.txt", c.bytes);
      FAIL("accepted");
    } catch (const claimdiff::Error& e) {
      CHECK(e.file == "bad.txt");
      CHECK(e.line == c.line);
      CHECK(e.column == c.column);
    }
  }
}

TEST_CASE("an input over the size limit is refused before it is decoded", "[hostile]") {
  Scratch s;
  s.write("big.txt", std::string(5000, 'a'));
  claimdiff::LoadOptions lo;
  lo.max_bytes = 4096;
  CHECK_THROWS_WITH(claimdiff::load_file(s.path("big.txt").string(), lo), Catch::Contains("--max-input-size"));
  CHECK_THROWS_WITH(claimdiff::load_bytes("big.txt", std::string(5000, 'a'), lo), Catch::Contains("4096"));
  lo.max_bytes = 5000;
  CHECK(claimdiff::load_file(s.path("big.txt").string(), lo).text.size() == 5000);
  CHECK(claimdiff::LoadOptions{}.max_bytes == 256u * 1024u * 1024u);
}

TEST_CASE("the executable reports empty and whitespace-only files with no claims", "[hostile][cli]") {
  Scratch s;
  s.write("empty.txt", "");
  s.write("blank.txt", "\n \r\n\t\n");
  Run r = run(s, "--format json empty.txt blank.txt");
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  json j = json::parse(r.out);
  CHECK(j["versions"][0]["sentences"].empty());
  CHECK(j["comparisons"][0]["claims"].empty());
}

TEST_CASE("the executable compares two 10 MB unpunctuated files and reports the reworded sentences", "[hostile][cli]") {
  Scratch s;
  s.write("a.txt", one_long_line(10'000'000, 0));
  s.write("b.txt", one_long_line(10'000'000, 1));
  Run r = run(s, "--stats --no-lint a.txt b.txt");
  CHECK(r.status == 1);
  CHECK(r.err.empty());
  CHECK_THAT(r.out, Catch::Contains("reworded"));
}

TEST_CASE("the executable gives a valid JSON report for dots, quotation storms and mixed scripts", "[hostile][cli]") {
  Scratch s;
  s.write("dots.txt", std::string(200'000, '.'));
  s.write("quotes.txt", quote_storm(4000));
  s.write("scripts.txt", kScripts);
  for (const char* pair : {"dots.txt quotes.txt", "quotes.txt scripts.txt", "scripts.txt dots.txt"}) {
    INFO(pair);
    Run r = run(s, std::string("--format json ") + pair);
    CHECK(r.status == 1);
    CHECK(r.err.empty());
    json j = json::parse(r.out);
    CHECK(j["comparisons"].size() == 1);
  }
}

TEST_CASE("the executable refuses invalid UTF-8 and NUL bytes with one line naming line and column", "[hostile][cli]") {
  Scratch s;
  s.write("ok.txt", "Fine.\n");
  s.write("bad.txt", "Fine.\r\nStill fine.\nBroken \xC3 here.\n");
  s.write("nul.txt", std::string("Text\nwith a \0 NUL.", 18));
  check_one_error(run(s, "ok.txt bad.txt"), "bad.txt:3:8: invalid UTF-8");
  check_one_error(run(s, "bad.txt ok.txt"), "bad.txt:3:8: invalid UTF-8");
  check_one_error(run(s, "ok.txt nul.txt"), "nul.txt:2:8: NUL byte");
  check_one_error(run(s, "lint nul.txt"), "nul.txt:2:8: NUL byte");
}

TEST_CASE("the executable refuses a missing file, a directory and an unreadable file by name", "[hostile][cli]") {
  Scratch s;
  s.write("ok.txt", "Fine.\n");
  fs::create_directories(s.path("dir"));
  s.write("locked.txt", "Secret.\n");
  fs::permissions(s.path("locked.txt"), fs::perms::none);
  check_one_error(run(s, "ok.txt missing.txt"), "missing.txt: No such file or directory");
  check_one_error(run(s, "dir ok.txt"), "dir: is a directory");
  Run locked = run(s, "ok.txt locked.txt");
  if (::geteuid() == 0) {
    // root reads it anyway; what matters is a clean answer.
    CHECK(locked.status == 1);
  } else {
    check_one_error(locked, "locked.txt: Permission denied");
  }
}

TEST_CASE("the executable reads standard input for '-' once and refuses a second '-'", "[hostile][cli]") {
  Scratch s;
  s.write("a.txt", "One claim. Two claims.\n");
  s.write("in.txt", "One claim. Three claims.\n");
  Run r = run(s, "--format json a.txt -", slurp(s.path("in.txt")));
  CHECK(r.status == 1);
  json j = json::parse(r.out);
  CHECK(j["versions"][1]["name"] == "-");
  CHECK(j["versions"][1]["sentences"].size() == 2);
  check_one_error(run(s, "- -", slurp(s.path("in.txt"))), "-: standard input can be read only once");
  Run empty = run(s, "--format json a.txt -");
  CHECK(empty.status == 1);
  CHECK(json::parse(empty.out)["versions"][1]["sentences"].empty());
}

TEST_CASE("an unwritable output path is one error line and leaves no file behind", "[hostile][cli]") {
  Scratch s;
  s.write("a.txt", "One claim.\n");
  s.write("b.txt", "Another claim.\n");
  s.write("plain-file", "not a directory");
  fs::create_directories(s.path("out-dir"));
  check_one_error(run(s, "-o plain-file/report.json a.txt b.txt"), "plain-file/report.json: cannot write");
  check_one_error(run(s, "-o no-such-dir/report.json a.txt b.txt"), "no-such-dir/report.json: cannot write");
  check_one_error(run(s, "-o out-dir a.txt b.txt"), "out-dir: cannot write");
  CHECK(fs::is_directory(s.path("out-dir")));
  // A run that fails on its input leaves an existing report as it was.
  s.write("report.json", "previous report");
  s.write("bad.txt", "\xFF");
  check_one_error(run(s, "--format json -o report.json a.txt bad.txt"), "bad.txt:1:1: invalid UTF-8");
  CHECK(slurp(s.path("report.json")) == "previous report");
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(s.dir())) files += e.is_regular_file();
  CHECK(files == 5);  // a.txt b.txt plain-file report.json bad.txt: no temporary left
}

TEST_CASE("an output path that is a device or a link is written through, never replaced", "[hostile][cli]") {
  Scratch s;
  s.write("a.txt", "One claim.\n");
  s.write("b.txt", "Another claim.\n");
  fs::create_symlink("/dev/null", s.path("null-link"));
  Run r = run(s, "--format json -o null-link a.txt b.txt");
  CHECK(r.status == 1);
  CHECK(r.err.empty());
  CHECK(fs::is_symlink(s.path("null-link")));
  CHECK(fs::is_character_file("/dev/null"));
  s.write("report.json", "old");
  fs::create_symlink("report.json", s.path("report-link"));
  CHECK(run(s, "--format json -o report-link a.txt b.txt").status == 1);
  CHECK(fs::is_symlink(s.path("report-link")));
  CHECK(json::parse(slurp(s.path("report.json")))["comparisons"].size() == 1);
}

TEST_CASE("an unknown option, a bad option value and an unknown encoding are one error line each", "[hostile][cli]") {
  Scratch s;
  s.write("a.txt", "One claim.\n");
  check_one_error(run(s, "--no-such-option a.txt a.txt"), "");
  check_one_error(run(s, "--format yaml a.txt a.txt"), "");
  check_one_error(run(s, "--threshold 7 a.txt a.txt"), "");
  check_one_error(run(s, "--max-input-size lots a.txt a.txt"), "");
  check_one_error(run(s, "--encoding no-such-charset a.txt a.txt"), "a.txt: unknown encoding");
  check_one_error(run(s, "a.txt"), "");
}

TEST_CASE("the executable converts UTF-16 with a BOM and legacy encodings named with --encoding", "[hostile][cli]") {
  Scratch s;
  s.write("utf8.txt", "Peskov said no.\n");
  std::string le("\xFF\xFE", 2);
  for (char c : std::string("Peskov said no.\r\n")) le += {c, '\0'};
  s.write("utf16.txt", le);
  Run r = run(s, "--format json utf8.txt utf16.txt");
  CHECK(r.status == 0);
  CHECK(json::parse(r.out)["comparisons"][0]["summary"]["equal"] == 1);
  s.write("ru-utf8.txt", "\u041F\u0435\u0441\u043A\u043E\u0432 \u0437\u0430\u044F\u0432\u0438\u043B.\n");
  s.write("ru-1251.txt", "\xCF\xE5\xF1\xEA\xEE\xE2 \xE7\xE0\xFF\xE2\xE8\xEB.\n");
  s.write("ja-sjis.txt", "\x93\x8C\x8B\x9E\x81\x42\n");
  CHECK(run(s, "--lang ru --encoding windows-1251 ru-1251.txt ru-1251.txt").status == 0);
  Run ja = run(s, "--format json --lang ja --encoding Shift_JIS ja-sjis.txt ja-sjis.txt");
  CHECK(ja.status == 0);
  CHECK(json::parse(ja.out)["versions"][0]["sentences"][0]["text"] == "\u6771\u4EAC\u3002");
}

TEST_CASE("an input over --max-input-size is refused by name, from a file, a pipe or an endless stream", "[hostile][cli]") {
  Scratch s;
  s.write("a.txt", std::string(3000, 'a'));
  s.write("small.txt", "Small.\n");
  check_one_error(run(s, "--max-input-size 2048 small.txt a.txt"), "a.txt: input is larger than the limit of 2048 bytes");
  check_one_error(run(s, "--max-input-size 2048 small.txt -", slurp(s.path("a.txt"))), "-: input is larger than the limit");
  check_one_error(run(s, "--max-input-size 100000 small.txt /dev/zero"), "/dev/zero: input is larger than the limit");
  CHECK(run(s, "--quiet --max-input-size 3000 small.txt a.txt").status == 1);
}
