#include <catch2/catch.hpp>

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "segment/sentence_breaks.hpp"
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

TEST_CASE("a full stop typed between digits as a colon (Armenian '01:23') ends no sentence", "[segment]") {
  auto d = test::doc(
      "25-\u0433\u043E \u0438\u044E\u043B\u044F \u0432 01\u058923 \u0447\u0430\u0441\u043E\u0432 "
      "\u043F\u043E\u0441\u0442\u0443\u043F\u0438\u043B \u0441\u0438\u0433\u043D\u0430\u043B. "
      "\u0421\u043F\u0430\u0441\u0430\u0442\u0435\u043B\u0438 \u043F\u0440\u0438\u0431\u044B\u043B\u0438.", "ru");
  auto s = test::sentence_texts(d);
  REQUIRE(s.size() == 2);
  CHECK(s[0].find("01\u058923") != std::string::npos);
  // A full stop followed by a space still ends the sentence, digits or not.
  auto en = test::doc("The polls closed at 8! 12 parties had run.", "en");
  CHECK(test::sentence_texts(en).size() == 2);
}

TEST_CASE("a Chinese or Japanese full stop between digits still ends the sentence: no space follows it", "[segment]") {
  // "Last year's death toll was 120. In 2021 the number fell." and "The score was 98. The
  // runner-up scored 95." East Asian text puts no space after '\u3002', so a digit right after
  // it starts the next sentence.
  auto zh = test::doc("\u53BB\u5E74\u7684\u6B7B\u4EA1\u4EBA\u6570\u4E3A120\u30022021\u5E74\u4EBA\u6570\u4E0B\u964D\u4E86\u3002", "zh");
  auto s = test::sentence_texts(zh);
  REQUIRE(s.size() == 2);
  CHECK(s[1].rfind("2021", 0) == 0);
  auto ja = test::doc("\u5F97\u70B9\u306F98\u30022\u4F4D\u306E\u9078\u624B\u306F95\u70B9\u3060\u3063\u305F\u3002", "ja");
  s = test::sentence_texts(ja);
  REQUIRE(s.size() == 2);
  CHECK(s[1].rfind("2", 0) == 0);
}

TEST_CASE("a German day written as an ordinal ('am 7. Oktober') does not end the sentence", "[segment]") {
  auto d = test::doc(
      "Die Regionalversammlung befindet am 7. Oktober abschlie\u00DFend \u00FCber den Entwurf. "
      "Die F\u00F6rderung gilt bis zum 30. November 2020. Das Ziel sind 100 Prozent.", "de");
  auto s = test::sentence_texts(d);
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Die Regionalversammlung befindet am 7. Oktober abschlie\u00DFend \u00FCber den Entwurf.");
  CHECK(s[1] == "Die F\u00F6rderung gilt bis zum 30. November 2020.");
  auto en = test::doc("Voting ends on June 7. May will then form a government.", "en");
  CHECK(test::sentence_texts(en).size() == 2);
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

TEST_CASE("every typographic mark folds inside Cyrillic, accented and CJK words alike", "[segment]") {
  CHECK(claimdiff::comparison_key("\u00AB\u041C\u0438\u0440\u00BB \u2014 \u0434\u0430") ==
        "\"\u043C\u0438\u0440\" - \u0434\u0430");
  CHECK(claimdiff::comparison_key("l\u02BCacc\u00E8s\u2011libre \u2212 \u2039\u00E9t\u00E9\u203A") ==
        "l'acc\u00E8s-libre - '\u00E9t\u00E9'");
  CHECK(claimdiff::fold_quotes("\u5317\u4EAC\u201E\u201F\u2032\u2033\u201A\u201B\u2010\u2012\u2013\u2015") ==
        "\u5317\u4EAC\"\"'\"''----");
  // Other characters that share a fold's first byte stay as written.
  CHECK(claimdiff::fold_quotes("\u00A0\u00B0\u02BB\u20AC\u2026") == "\u00A0\u00B0\u02BB\u20AC\u2026");
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

namespace {

// ICU's sentence boundaries of `text` (after position 0), the answer the fast path must give.
std::vector<std::size_t> icu_sentence_ends(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
  REQUIRE(U_SUCCESS(status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(ut, status);
  std::vector<std::size_t> ends;
  it->first();
  for (int32_t q = it->next(); q != icu::BreakIterator::DONE; q = it->next()) ends.push_back(static_cast<std::size_t>(q));
  utext_close(ut);
  return ends;
}

}  // namespace

TEST_CASE("the fast sentence rules give ICU's boundaries on generated text", "[segment]") {
  // Every Sentence_Break class (Extend, Format and Sep among them, which the fast path leaves to
  // ICU), and words that make the rules meet: abbreviations, initials, decimals, quotes and
  // brackets after terminators, ellipses, typographic quotes and dashes, CJK and Devanagari stops.
  const std::vector<std::string_view> pieces = {
      "a", "b", "Z", "He", "said", "U.S", "e.g", "etc", "3", "1.5", ".", ".", ".", "!", "?", "\"", "'", "(", ")",
      "[", "]", "{", "}", ",", ";", ":", "-", " ", " ", " ", "  ", "\t", "#", "$", "%", "&", "*", "/", "_", "~",
      "\f", "\v", "...", "?!", "\u00e9", "\u00c9", "\x01", "\u2019", "\u2018", "\u201c", "\u201d", "\u00ab",
      "\u00bb", "\u2013", "\u2014", "\u2026", "\u00a0", "\u3002", "\u05d0", "\u00aa", "\u0301", "\u2028", "\u00ad",
      "\uff0e", "\u2024", "\u0964"};
  std::uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  std::size_t checked = 0, fast = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t n = 1 + next() % 24;
    for (std::size_t i = 0; i < n; ++i) text += pieces[next() % pieces.size()];
    std::vector<std::size_t> ends;
    if (!claimdiff::detail::fast_sentence_breaks(text, ends)) {
      CHECK(ends.empty());
      continue;
    }
    ++fast;
    const auto want = icu_sentence_ends(text);
    if (ends != want) FAIL_CHECK("text: [" << text << "]");
    ++checked;
  }
  CHECK(fast > 5000);  // the generator makes text the fast path takes, and text it leaves to ICU
  CHECK(fast < 19000);
  CHECK(checked == fast);
}

TEST_CASE("the fast sentence rules give ICU's boundaries on the fixtures' paragraphs", "[segment]") {
  std::size_t compared = 0;
  for (const char* name : {"bbc/original.txt", "bbc/copy.txt", "revisions/v1.txt", "revisions/v2.txt",
                           "revisions/v3.txt", "clean/article.txt", "segment/abbreviations.txt"}) {
    const std::string text = test::slurp(test::fixture_path(name));
    std::size_t from = 0;
    while (from < text.size()) {
      std::size_t nl = text.find('\n', from);
      if (nl == std::string::npos) nl = text.size();
      const std::string_view line(text.data() + from, nl - from);
      std::vector<std::size_t> ends;
      if (claimdiff::detail::fast_sentence_breaks(line, ends)) {
        CHECK(ends == icu_sentence_ends(line));
        ++compared;
      }
      from = nl + 1;
    }
  }
  CHECK(compared > 20);
}

TEST_CASE("an exclamation mark alone in brackets ('74 % (!)') is an aside inside the sentence", "[segment]") {
  auto fr = test::doc("74 % (!) au chômage partiel : les employés des entreprises métallurgiques sont en situation difficile.", "fr");
  CHECK(test::sentence_texts(fr).size() == 1);
  auto de = test::doc("74 Prozent (!) in Kurzarbeit: Mitarbeiter von Metallfirmen leiden. Die Zahl überrascht.", "de");
  CHECK(test::sentence_texts(de).size() == 2);
  auto exclaimed = test::doc("Das ist ein Skandal! Die Zahl überrascht.", "de");
  CHECK(test::sentence_texts(exclaimed).size() == 2);
}

TEST_CASE("a German abbreviation before a name ('Pfarrkirche St. Peter', 'Dr. Müller') does not end the sentence", "[segment]") {
  auto d = test::doc("Das wurde mit einer Feier in der Pfarrkirche St. Peter und Paul gefeiert. Dr. Müller hielt die Rede.", "de");
  auto s = test::sentence_texts(d);
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Das wurde mit einer Feier in der Pfarrkirche St. Peter und Paul gefeiert.");
}
