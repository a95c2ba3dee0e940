// Severity that tracks meaning (DESIGN.md, "Change types and severity"): a change of fact, or a
// claim garbled, is major; a paraphrase that keeps the facts is not.

#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>

#include "support.hpp"

using claimdiff::ChangeType;
using claimdiff::Severity;

namespace {

// The claim that pairs sentences of `x` and `y` (of languages `la` and `lb`) when the pipeline
// compares them: aligned by the facade (across languages when they differ), then classified.
// Requires that the aligner pairs them in exactly one claim.
claimdiff::Claim claim(const std::string& x, const std::string& y, const std::string& la = "en",
                       const std::string& lb = "en") {
  auto a = test::doc(x, la);
  auto b = test::doc(y, lb);
  auto beads = claimdiff::align_versions(a, b, {});
  auto claims = claimdiff::classify(a, b, beads, test::resources().language(la), test::resources().language(lb));
  std::vector<claimdiff::Claim> pairs;
  std::copy_if(claims.begin(), claims.end(), std::back_inserter(pairs),
               [](const claimdiff::Claim& c) { return !c.base.empty() && !c.other.empty(); });
  REQUIRE(pairs.size() == 1);
  return pairs[0];
}

bool has(const claimdiff::Claim& c, ChangeType t, Severity s) {
  return std::any_of(c.changes.begin(), c.changes.end(), [&](const auto& ch) { return ch.type == t && ch.severity == s; });
}

}  // namespace

TEST_CASE("information added to a claim that stays is a major content change") {
  auto c = claim("She is in custody pending prosecution and trial.", "She is in private custody pending prosecution and trial.");
  CHECK(has(c, ChangeType::Content, Severity::Major));
  c = claim("Last month, a presidential committee recommended the resignation of the former council.",
            "Last month, a presidential committee the resignation of the former council.");
  CHECK(c.severity == Severity::Major);
}

TEST_CASE("a function word swapped, a typo or a repeated word is not major") {
  CHECK(claim("A comparison by infrared spectroscopy revealed the composition.",
              "A comparison for infrared spectroscopy revealed the composition.").severity == Severity::Minor);
  CHECK(claim("Trump called Michigan Gov. Gretchen Whitmer a dictator.",
              "Trump called Michagan Gov. Gretchen Whitmer a dictator.").severity == Severity::Minor);
  CHECK(claim("It is the first Chinese consulate in the United States.",
              "It is the first Chinese consulate in the United States States.").severity == Severity::Minor);
}

TEST_CASE("an opposite from WordNet is a major antonym change") {
  if (claimdiff::find_wordnet().empty()) {
    WARN("wordnet-base is not installed: skipped");
    return;
  }
  auto c = claim("He has been unable to relieve the pain with medication.",
                 "He has been unable to relieve the pleasure with medication.");
  CHECK(has(c, ChangeType::Antonym, Severity::Major));
}

TEST_CASE("words scrambled out of order garble the claim: major") {
  auto c = claim("He has been unable to relieve the pain with medication, which the competition prohibits.",
                 "Prohibits been to medication, with the pain has he which unable relieve the competition.");
  CHECK(has(c, ChangeType::Content, Severity::Major));
}

TEST_CASE("a word left in another script is untranslated: major") {
  auto c = claim("She is in custody pending prosecution and trial.", "She is in 拘留 pending prosecution and trial.");
  CHECK(has(c, ChangeType::Content, Severity::Major));
}

TEST_CASE("a time or a number written another way is no number change") {
  CHECK(claim("The crash happened at 0200 on the A1.", "The crash happened at 02:00 on the A1.").severity != Severity::Major);
  auto c = claim("The crash happened at 02:00 on Sunday.", "The crash happened at 03:00 on Sunday.");
  CHECK(has(c, ChangeType::Number, Severity::Major));
}

TEST_CASE("one neutral verb of saying for another is a minor attribution change; a loaded one is major") {
  auto c = claim("Peskov said the talks had failed.", "Peskov told reporters the talks had failed.");
  CHECK(c.severity == Severity::Minor);
  c = claim("Peskov said the talks had failed.", "Peskov claimed the talks had failed.");
  CHECK(has(c, ChangeType::Attribution, Severity::Major));
}

TEST_CASE("a partial mention of a name already given is the same name") {
  auto c = claim("The mayor, Vicente Siso, said the bridge would reopen in May.",
                 "The mayor is Vicente Siso. The mayor, Siso, said the bridge would reopen in May.");
  CHECK(c.severity != Severity::Major);
  c = claim("The mayor, Vicente Siso, said the bridge would reopen in May.", "The mayor, Juan Perez, said the bridge would reopen in May.");
  CHECK(has(c, ChangeType::Entity, Severity::Major));
}

TEST_CASE("across languages, a number written as words or with a multiplier keeps its value") {
  CHECK(claim("Около 10 тысяч человек вышли на улицы 19 июля.", "About 10,000 people took to the streets on July 19.", "ru", "en")
            .severity == Severity::None);
  auto c = claim("Около 10 тысяч человек вышли на улицы.", "About 100,000 people took to the streets.", "ru", "en");
  CHECK(has(c, ChangeType::Number, Severity::Major));
}

TEST_CASE("across languages, German nouns after an article are not names and a quoted title is not direct speech") {
  auto c = claim("Die Regierung hat die Stadt abgesperrt, berichtet die Zeitung «Die Zeit».",
                 "The government has sealed off the city, reports the newspaper Die Zeit.", "de", "en");
  CHECK(c.severity == Severity::None);
  c = claim("«Wir werden die Grenze morgen wieder öffnen», sagte der Minister.",
            "The minister said the border would reopen tomorrow.", "de", "en");
  CHECK(has(c, ChangeType::Quote, Severity::Major));
}
