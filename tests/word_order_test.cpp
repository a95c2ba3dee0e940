#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "support.hpp"

using claimdiff::ChangeType;

namespace {

// The text of the content change of a German sentence against its English translation, compared
// across languages; empty when there is none.
std::string content(const std::string& german, const std::string& english) {
  auto a = test::doc(german, "de");
  auto b = test::doc(english, "en");
  claimdiff::AlignOptions across;
  across.cross_language = true;
  auto beads = claimdiff::align(a, b, across);
  auto claims = claimdiff::classify(a, b, beads, test::resources().language("de"), test::resources().language("en"));
  REQUIRE(claims.size() == 1);
  const auto& c = claims[0].changes;
  auto it = std::find_if(c.begin(), c.end(), [](const claimdiff::Change& ch) { return ch.type == ChangeType::Content; });
  return it == c.end() ? std::string() : it->before + it->after;
}

const std::string kHeil = "Heil sagte, dass 2017 ein relativ strenges Gesetz f\u00FCr die Fleischindustrie in Kraft getreten sei.";

}  // namespace

TEST_CASE("an adjective WordNet lists only as one, put before an article, shows scrambled English", "[word-order]") {
  CHECK(content(kHeil, "Heil said that a relatively strict law came into force for the meat industry in 2017.").empty());
  CHECK(content(kHeil, "For law 2017 in meat that force strict a the industry came into Heil said relatively.") == "word order: strict a, a the");
}

TEST_CASE("an article before 'to' or a relative word shows scrambled English", "[word-order]") {
  CHECK(content(kHeil, "Law the that strict came a into force to meat industry in 2017 Heil said.") == "word order: the that, a into");
}

TEST_CASE("a function word hyphened into a compound takes no word order class", "[word-order]") {
  // "a to-do", "the in-depth": each read as article + function word would be two pairs.
  CHECK(content("Das Ministerium ver\u00F6ffentlichte am Montag eine Aufgabenliste f\u00FCr die gr\u00FCndliche Pr\u00FCfung.",
                "On Monday the ministry published a to-do list for the in-depth review.")
            .empty());
}
