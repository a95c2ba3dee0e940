// The pipeline's invariants (tests/invariants.hpp) on every fixture, on generated revisions and
// on hostile inputs: nothing lost, nothing counted twice, every offset pointing at its text.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "fuzz/targets.hpp"
#include "invariants.hpp"
#include "support.hpp"

namespace {

const char* const kFixtures[] = {"bbc/original.txt",  "bbc/copy.txt",      "bbc/original.es.txt",
                                 "clean/article.txt", "revisions/v1.txt",  "revisions/v2.txt",
                                 "revisions/v3.txt",  "segment/abbreviations.txt"};

// Loads `raw` as `name` and segments it; CHECKs the document invariants.
claimdiff::Document checked(const std::string& name, const std::string& raw, const std::string& encoding = {},
                            const claimdiff::SegmentOptions& so = {}, const std::string& lang = "en") {
  claimdiff::LoadOptions lo;
  lo.encoding = encoding;
  claimdiff::Document d = claimdiff::load_bytes(name, raw, lo);
  d.language = lang;
  claimdiff::segment(d, test::resources().language(lang), so);
  invariants::Problems problems;
  invariants::check_document(d, raw, encoding, so, problems);
  CHECK(problems == invariants::Problems{});
  return d;
}

// Compares the raw versions under `o` and CHECKs the report, beads included.
claimdiff::Report compared(const std::vector<std::string>& raws, const claimdiff::CompareOptions& o = {}) {
  std::vector<claimdiff::Document> docs;
  for (std::size_t i = 0; i < raws.size(); ++i) {
    docs.push_back(checked("v" + std::to_string(i), raws[i], {}, o.segment));
  }
  invariants::Problems problems;
  for (std::size_t i = 1; i < docs.size(); ++i) {
    invariants::check_beads(docs[0], docs[i], claimdiff::align(docs[0], docs[i], o.align), problems);
  }
  claimdiff::Report r = claimdiff::compare(std::move(docs), test::resources(), o);
  invariants::check_report(r, problems);
  CHECK(problems == invariants::Problems{});
  return r;
}

// News-like sentences with numbers, names, quotes and negations, for generated revisions.
std::string sentence(std::mt19937& rng) {
  static const char* const kSubjects[] = {"The minister", "Maria Olsen", "Police", "The council", "Officials",
                                          "Peskov", "A spokeswoman", "The \u201Cagency\u201D"};
  static const char* const kVerbs[] = {"said", "denied", "confirmed", "did not say", "may have said", "claimed"};
  static const char* const kObjects[] = {"that 23 people were hurt", "the plan was \u201Cnot toxic\u201D",
                                         "200,000 soldiers had moved", "two bridges closed on Monday",
                                         "the talks would go on", "she would resign"};
  static const char* const kEnds[] = {".", ".", "!", "?", "\u2026", ". ."};
  return std::string(kSubjects[rng() % 8]) + " " + kVerbs[rng() % 6] + " " + kObjects[rng() % 6] + kEnds[rng() % 6];
}

std::string article(std::mt19937& rng, std::size_t sentences) {
  std::string out;
  for (std::size_t i = 0; i < sentences; ++i) {
    out += sentence(rng);
    out += rng() % 4 == 0 ? "\n\n" : rng() % 3 == 0 ? "\n" : " ";
  }
  return out;
}

// A revision of `text`: sentences dropped, added, swapped, words changed, quotes restyled.
std::string revise(std::mt19937& rng, const std::string& text) {
  std::vector<std::string> parts;
  std::size_t from = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == ' ' && i > 0 && text[i - 1] == '.')) {
      parts.push_back(text.substr(from, i + 1 - from));
      from = i + 1;
    }
  }
  parts.push_back(text.substr(from));
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string p = parts[i];
    switch (rng() % 8) {
      case 0: continue;                                   // dropped
      case 1: out += sentence(rng) + " "; break;          // added before
      case 2: if (i + 1 < parts.size()) std::swap(p, parts[i + 1]); break;
      case 3: if (auto k = p.find("23"); k != std::string::npos) p.replace(k, 2, "19"); break;
      case 4: if (auto k = p.find("said"); k != std::string::npos) p.replace(k, 4, "claimed"); break;
      case 5: if (auto k = p.find("\u201C"); k != std::string::npos) p.replace(k, 3, "\""); break;
      default: break;
    }
    out += p;
  }
  return out;
}

}  // namespace

TEST_CASE("every fixture segments into ordered, trimmed sentences that point at their input bytes", "[invariants]") {
  claimdiff::SegmentOptions lines;
  lines.mode = claimdiff::SegmentMode::Lines;
  claimdiff::SegmentOptions tight;
  tight.max_sentence_bytes = 40;
  for (const char* f : kFixtures) {
    INFO(f);
    std::string raw = test::read_fixture(f);
    std::string lang = std::string(f).find(".es.") != std::string::npos ? "es" : "en";
    CHECK_FALSE(checked(f, raw, {}, {}, lang).sentences.empty());
    checked(f, raw, {}, lines, lang);
    checked(f, raw, {}, tight, lang);
  }
}

TEST_CASE("every pair of fixture versions keeps each sentence in exactly one claim and rebuilds its diffs", "[invariants]") {
  const std::vector<std::vector<std::string>> sets = {
      {"bbc/original.txt", "bbc/copy.txt"},
      {"revisions/v1.txt", "revisions/v2.txt", "revisions/v3.txt"},
      {"clean/article.txt", "bbc/original.txt"},
      {"segment/abbreviations.txt", "revisions/v1.txt"}};
  for (const auto& set : sets) {
    std::vector<std::string> raws;
    for (const auto& f : set) raws.push_back(test::read_fixture(f));
    INFO(set[0] << " and " << set[1]);
    claimdiff::Report plain = compared(raws);
    CHECK(plain.comparisons.size() == set.size() - 1);
    for (int variant = 0; variant < 6; ++variant) {
      claimdiff::CompareOptions o;
      o.chain = variant == 0;
      o.classify.diff.ignore_case = variant == 1;
      o.classify.diff.ignore_punctuation = variant == 2 || variant == 5;
      o.classify.diff.ignore_quotes = variant == 3 || variant == 5;
      o.classify.diff.ignore_whitespace = variant == 4 || variant == 5;
      o.classify.ignore_spelling = variant == 5;
      if (variant == 4) o.segment.mode = claimdiff::SegmentMode::Lines;
      if (variant == 5) o.align.max_cells = 64;  // the banded DP on small gaps
      INFO("variant " << variant);
      compared(raws, o);
    }
  }
}

TEST_CASE("the DP over every sentence under a tiny budget keeps the beads in the order of both texts", "[invariants]") {
  // --via with base as its own translation skips the anchors; max_cells 200 bands every gap, and
  // a band corner forces pairs below the threshold that must come out as unpaired sentences.
  const std::pair<const char*, const char*> pairs[] = {
      {"bbc/original.txt", "bbc/copy.txt"}, {"revisions/v1.txt", "revisions/v3.txt"}, {"clean/article.txt", "bbc/copy.txt"}};
  for (const auto& [a, b] : pairs) {
    for (double threshold : {0.3, 0.6, 0.95}) {
      INFO(a << " " << b << " threshold " << threshold);
      claimdiff::Document base = test::fixture(a), other = test::fixture(b);
      claimdiff::AlignOptions o;
      o.via = &base;
      o.max_cells = 200;
      o.threshold = threshold;
      invariants::Problems problems;
      invariants::check_beads(base, other, claimdiff::align(base, other, o), problems);
      CHECK(problems == invariants::Problems{});
    }
  }
}

TEST_CASE("the BBC copy's findings carry input offsets and the line and column of their text", "[invariants]") {
  claimdiff::Report r = compared({test::read_fixture("bbc/original.txt"), test::read_fixture("bbc/copy.txt")});
  CHECK(r.findings.size() >= 3);
  // Through CRLF line ends the input offsets move and the lines and columns do not.
  std::string crlf;
  for (char c : test::read_fixture("bbc/copy.txt")) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  claimdiff::Report r2 = compared({test::read_fixture("bbc/original.txt"), crlf});
  REQUIRE(r2.findings.size() == r.findings.size());
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    CHECK(r2.findings[i].line == r.findings[i].line);
    CHECK(r2.findings[i].column == r.findings[i].column);
    if (r.findings[i].version == 1) CHECK(r2.findings[i].start == r.findings[i].start + r.findings[i].line - 1);
  }
}

TEST_CASE("generated revisions of generated articles keep every invariant", "[invariants]") {
  std::mt19937 rng(20240229);
  for (int round = 0; round < 25; ++round) {
    std::string v1 = article(rng, 5 + rng() % 40);
    std::string v2 = revise(rng, v1);
    std::string v3 = revise(rng, v2);
    claimdiff::CompareOptions o;
    o.chain = round % 2 == 0;
    o.classify.diff.ignore_quotes = round % 3 == 0;
    o.classify.diff.ignore_punctuation = round % 5 == 0;
    o.align.max_cells = round % 4 == 0 ? 100 : o.align.max_cells;
    INFO("round " << round);
    compared({v1, v2, v3}, o);
  }
}

TEST_CASE("transcoded inputs map every sentence back to its bytes in the original encoding", "[invariants]") {
  // UTF-16 with a BOM in both byte orders, with CRLF line ends.
  std::u16string text = u"Zelensky said \u201Cno\u201D.\r\nKyiv is calm. \u0417\u0430\u044F\u0432\u0438\u043B.\r\nCaf\u00E9 \U0001F600 end";
  std::string le("\xFF\xFE", 2), be("\xFE\xFF", 2);
  for (char16_t c : text) {
    le += static_cast<char>(c & 0xFF);
    le += static_cast<char>(c >> 8);
    be += static_cast<char>(c >> 8);
    be += static_cast<char>(c & 0xFF);
  }
  CHECK(checked("le.txt", le).sentences.size() == 4);
  CHECK(checked("be.txt", be).sentences.size() == 4);
  // UTF-32 little-endian.
  std::string u32("\xFF\xFE\x00\x00", 4);
  for (char c : std::string("One. Two.")) u32 += std::string{c, 0, 0, 0};
  CHECK(checked("u32.txt", u32).sentences.size() == 2);
  // windows-1251 Cyrillic and Shift_JIS Japanese, named with --encoding.
  CHECK(checked("ru.txt", "\xCF\xF0\xE8\xE2\xE5\xF2. \xCC\xE8\xF0.", "windows-1251").sentences.size() == 2);
  CHECK(checked("ja.txt", "\x93\xFA\x96\x7B\x81\x42\x93\x8C\x8B\x9E\x81\x42", "Shift_JIS", {}, "ja").sentences.size() == 2);
}

TEST_CASE("a text ending in a composed or transcoded character maps its end to the end of the input", "[invariants]") {
  // NFC composes "e + U+0301" (3 bytes) into "é" (2 bytes) at the very end.
  auto nfd = checked("nfd.txt", "Dijo Cafe\xCC\x81");
  CHECK(nfd.input_offset(nfd.text.size()) == std::string("Dijo Cafe\xCC\x81").size());
  // Shift_JIS 2-byte characters become 3 UTF-8 bytes each.
  auto ja = checked("ja.txt", "\x93\xFA\x96\x7B", "Shift_JIS", {}, "ja");
  CHECK(ja.input_offset(ja.text.size()) == 4);
}

TEST_CASE("hostile inputs keep every invariant through the whole pipeline", "[invariants]") {
  std::string quotes;
  for (int i = 0; i < 3000; ++i) quotes += i % 3 == 0 ? "\u201C" : i % 3 == 1 ? "\"" : "\u00BB said ";
  std::string scripts =
      "\u0627\u0644\u0631\u0626\u064A\u0633 \u0642\u0627\u0644. \u603B\u7EDF\u8BF4\u3002 "
      "\u041F\u0440\u0435\u0437\u0438\u0434\u0435\u043D\u0442 \u0441\u043A\u0430\u0437\u0430\u043B. "
      "\u039F \u03C0\u03C1\u03CC\u03B5\u03B4\u03C1\u03BF\u03C2 \u03B5\u03AF\u03C0\u03B5. "
      "Family \U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F44D\U0001F3FD \U0001F1FA\U0001F1E6 here. "
      "Z\u0327\u0301a\u0300\u0328lgo t\u0303e\u0304xt.";
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"", ""},
      {"", "One claim."},
      {"  \n\t\n \u00A0\u3000 \n", "One claim."},
      {"no punctuation here at all\nnor on this line\n", "no punctuation here at all\nnor on that line\n"},
      {std::string(20000, '.'), std::string(19999, '.') + "!"},
      {quotes, quotes.substr(0, quotes.size() / 2) + "\u201D" + quotes.substr(quotes.size() / 2)},
      {scripts, scripts.substr(0, scripts.size() - 10) + "t\u0303e\u0304xts."},
      {"One.\r\nTwo.\rThree.\r\n\r\nFour", "One.\nTwo.\nThree.\n\nFour"},
      {"\xEF\xBB\xBFHeadline\nBody text here.", "Headline\r\nBody text there."},
  };
  for (const auto& [a, b] : pairs) {
    INFO(a.substr(0, 40) << " | " << b.substr(0, 40));
    for (int variant = 0; variant < 3; ++variant) {
      claimdiff::CompareOptions o;
      o.segment.mode = variant == 1 ? claimdiff::SegmentMode::Lines : claimdiff::SegmentMode::Sentences;
      o.segment.max_sentence_bytes = variant == 2 ? 64 : 4096;
      o.classify.diff.ignore_punctuation = variant == 2;
      compared({a, b}, o);
    }
  }
}

TEST_CASE("the inputs the fuzzers once broke pass every fuzz target's checks", "[invariants][fuzz]") {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(CLAIMDIFF_FIXTURES_DIR).parent_path() / "tests" / "fuzz" / "regressions";
  using Target = invariants::Problems (*)(const std::uint8_t*, std::size_t);
  const std::pair<const char*, Target> targets[] = {
      {"load_segment", fuzz::load_segment}, {"align", fuzz::align}, {"compare", fuzz::compare}, {"html", fuzz::html}};
  std::size_t replayed = 0;
  for (const auto& [dir, unused] : targets) {
    for (const auto& entry : fs::directory_iterator(root / dir)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      // Every target takes every input: each reads the option byte and the documents its own way.
      for (const auto& [name, target] : targets) {
        INFO(entry.path().filename().string() << " through " << name);
        CHECK(target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()) == invariants::Problems{});
      }
      ++replayed;
    }
  }
  CHECK(replayed >= 5);
}
