#include <catch2/catch.hpp>

#include "support.hpp"

using claimdiff::SegmentMode;
using claimdiff::TokenKind;

TEST_CASE("abbreviations, initials and decimals do not end a sentence", "[segment]") {
  auto d = test::doc(
      "Mr. Peskov met Dr. Olsen in the U.S. capital on Jan. 5 at 3.5 degrees. "
      "Gen. Milley spoke to Sen. Warren about $1.2 billion in aid. They left.");
  auto s = test::sentence_texts(d);
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Mr. Peskov met Dr. Olsen in the U.S. capital on Jan. 5 at 3.5 degrees.");
  CHECK(s[2] == "They left.");
}

TEST_CASE("the abbreviations fixture holds ten sentences, one per line", "[segment]") {
  auto d = test::fixture("segment/abbreviations.txt");
  CHECK(d.sentences.size() == 10);
  for (const auto& s : d.sentences) CHECK(s.column == 1);
}

TEST_CASE("bylines and headlines without a final period are sentences of their own", "[segment]") {
  auto d = test::fixture("bbc/copy.txt");
  auto s = test::sentence_texts(d);
  REQUIRE(s.size() > 40);
  CHECK(s[0] == "- Drafting");
  CHECK(s[1] == "- BBC News World");
  CHECK(d.sentences[0].heading);
  int heading = test::find_sentence(d, "Separatists call for Ukraine to give in");
  REQUIRE(heading >= 0);
  CHECK(d.sentences[heading].heading);
  CHECK(s[heading] == "Separatists call for Ukraine to give in");
  CHECK_FALSE(d.sentences[heading + 1].heading);
}

TEST_CASE("two sentences on one line split, and a quote closing after the period stays attached", "[segment]") {
  auto d = test::doc("Ukraine will impose restrictions. And it means reservists cannot leave.\n"
                     "\u201CWe will not go to war,\u201D she said. \u201CThat is final.\u201D Then she left.");
  auto s = test::sentence_texts(d);
  REQUIRE(s.size() == 5);
  CHECK(s[1] == "And it means reservists cannot leave.");
  CHECK(s[3] == "\u201CThat is final.\u201D");
}

TEST_CASE("a blank line is a paragraph break that no sentence crosses", "[segment]") {
  auto d = test::doc("The fire started at 4 a.m. and spread\n\nquickly through the plant.");
  REQUIRE(d.sentences.size() == 2);
  CHECK(d.sentences[0].paragraph != d.sentences[1].paragraph);
}

TEST_CASE("a hard-wrapped paragraph is read as running text", "[segment]") {
  std::string text =
      "Regional fire chief Martin Ekwall said the fire was caused by an electrical\n"
      "fault in a ventilation unit on the roof of the paint shop, and that crews\n"
      "from three counties had fought the flames for more than six hours before\n"
      "the blaze was brought under control late on Tuesday morning. He said the\n"
      "investigation would take weeks.\n";
  auto d = test::doc(text);
  auto s = test::sentence_texts(d);
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "He said the\ninvestigation would take weeks.");
}

TEST_CASE("in lines mode every non-empty line is one unit", "[segment]") {
  auto d = test::doc("first line. Still first.\n\n  second line  \nthird", "en", SegmentMode::Lines);
  auto s = test::sentence_texts(d);
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "first line. Still first.");
  CHECK(s[1] == "second line");
  CHECK(d.sentences[1].line == 3);
  CHECK(d.sentences[1].column == 3);
}

TEST_CASE("sentence positions count columns in code points, not bytes", "[segment]") {
  auto d = test::doc("\u00AB\u00C9l\u00BB dijo. Zelensky respondi\u00F3.\n\u041F\u0443\u0442\u0438\u043D \u0441\u043A\u0430\u0437\u0430\u043B.", "es");
  REQUIRE(d.sentences.size() == 3);
  CHECK(d.sentences[1].line == 1);
  CHECK(d.sentences[1].column == 12);
  CHECK(d.sentences[2].line == 2);
  CHECK(d.sentences[2].column == 1);
  CHECK(d.position(d.sentences[1].start + 9).column == 21);
}

TEST_CASE("numbers with separators stay one token and words are keyed case-folded", "[segment]") {
  auto d = test::doc("Russia has \u201Calmost 200,000 soldiers\u201D and a 30-day plan.");
  REQUIRE(d.sentences.size() == 1);
  std::vector<std::string> words;
  for (const auto& t : d.sentences[0].tokens) words.emplace_back(d.token_text(t));
  CHECK(std::find(words.begin(), words.end(), "200,000") != words.end());
  CHECK(std::find(words.begin(), words.end(), "30") != words.end());
  const auto& first = d.sentences[0].tokens[0];
  CHECK(first.kind == TokenKind::Word);
  CHECK(first.key == claimdiff::hash_bytes("russia"));
}

TEST_CASE("comparison keys fold case, width and typographic quotes and dashes", "[segment]") {
  CHECK(claimdiff::comparison_key("\u201CKyiv\u201D") == "\"kyiv\"");
  CHECK(claimdiff::comparison_key("Donbas\u2019s") == "donbas's");
  CHECK(claimdiff::comparison_key("\u2014") == "-");
  CHECK(claimdiff::comparison_key("\uFF21BC") == "abc");
}

TEST_CASE("text without sentence punctuation is cut below the sentence size limit", "[segment]") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "word ";
  claimdiff::Document d = claimdiff::load_bytes("long.txt", text);
  claimdiff::SegmentOptions o;
  o.max_sentence_bytes = 1000;
  claimdiff::segment(d, test::resources().language("en"), o);
  REQUIRE(d.sentences.size() >= 15);
  std::size_t covered = 0;
  for (const auto& s : d.sentences) {
    CHECK(s.end - s.start <= 1000);
    covered += s.end - s.start;
  }
  CHECK(covered >= text.size() - d.sentences.size() - 1);
}

TEST_CASE("every non-space character of the seed lies in exactly one sentence", "[segment]") {
  auto d = test::fixture("bbc/copy.txt");
  std::vector<int> owner(d.text.size(), -1);
  for (const auto& s : d.sentences) {
    for (std::size_t i = s.start; i < s.end; ++i) {
      CHECK(owner[i] == -1);
      owner[i] = static_cast<int>(s.id);
    }
  }
  for (std::size_t i = 0; i < d.text.size(); ++i) {
    char c = d.text[i];
    if (c != ' ' && c != '\n') CHECK(owner[i] >= 0);
  }
}
