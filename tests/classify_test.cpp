#include <catch2/catch.hpp>

#include <algorithm>

#include "support.hpp"

using claimdiff::ChangeType;
using claimdiff::ClaimKind;
using claimdiff::Severity;

namespace {

struct Result {
  std::vector<claimdiff::Change> changes;
  Severity severity = Severity::None;
  ClaimKind kind = ClaimKind::Equal;
};

// Aligns two single-claim texts, requires the aligner to pair them in one bead, and returns the
// claim the classifier makes of that bead.
Result compare_claim(const std::string& x, const std::string& y, claimdiff::ClassifyOptions o = {}) {
  auto a = test::doc(x);
  auto b = test::doc(y);
  std::vector<claimdiff::Bead> beads = claimdiff::align(a, b);
  REQUIRE(beads.size() == 1);
  REQUIRE(beads[0].base.size() == a.sentences.size());
  REQUIRE(beads[0].other.size() == b.sentences.size());
  const auto& en = test::resources().language("en");
  auto claims = claimdiff::classify(a, b, beads, en, en, o);
  REQUIRE(claims.size() == 1);
  return {claims[0].changes, claims[0].severity, claims[0].kind};
}

bool has(const Result& r, ChangeType t) {
  return std::any_of(r.changes.begin(), r.changes.end(), [&](const auto& c) { return c.type == t; });
}

}  // namespace

TEST_CASE("a casualty count that changes is a major number change", "[classify]") {
  auto r = compare_claim("At least 12 people were killed in the fire, officials said.",
                         "At least 19 people were killed in the fire, officials said.");
  CHECK(has(r, ChangeType::Number));
  CHECK(r.severity == Severity::Major);
  CHECK(r.kind == ClaimKind::Reworded);
  REQUIRE(!r.changes.empty());
  CHECK(r.changes[0].before == "12");
  CHECK(r.changes[0].after == "19");
}

TEST_CASE("number words are compared by value: two workers becoming three is a number change", "[classify]") {
  CHECK(has(compare_claim("Two workers were hurt.", "Three workers were hurt."), ChangeType::Number));
  CHECK_FALSE(has(compare_claim("Two workers were hurt.", "2 workers were hurt."), ChangeType::Number));
}

TEST_CASE("a number glued to a word keeps its value: 30 days to a 30-day is not a number change", "[classify]") {
  auto r = compare_claim("Parliament declared a state of emergency for 30 days.",
                         "Parliament declared a 30-day state of emergency.");
  CHECK_FALSE(has(r, ChangeType::Number));
  CHECK(r.severity == Severity::Minor);
}

TEST_CASE("thousands separators and decimals are read as values", "[classify]") {
  const auto& en = test::resources().language("en");
  CHECK(claimdiff::number_value("200,000", en) == Approx(200000));
  CHECK(claimdiff::number_value("1.5", en) == Approx(1.5));
  CHECK(claimdiff::number_value("30th", en) == Approx(30));
  CHECK(claimdiff::number_value("three", en) == Approx(3));
  const auto& es = test::resources().language("es");
  CHECK(claimdiff::number_value("150.000", es) == Approx(150000));
  CHECK(claimdiff::number_value("1,5", es) == Approx(1.5));
  CHECK_FALSE(claimdiff::number_value("soldiers", en).has_value());
}

TEST_CASE("a changed proper name is an entity change, a capitalisation change is only case", "[classify]") {
  auto r = compare_claim("Kremlin spokesman Dmitry Peskov said talks had failed.",
                         "Kremlin spokesman Sergei Lavrov said talks had failed.");
  CHECK(has(r, ChangeType::Entity));
  auto c = compare_claim("Psaki reiterated that The US will not go to war.", "Psaki reiterated that the US will not go to war.");
  CHECK(has(c, ChangeType::Case));
  CHECK_FALSE(has(c, ChangeType::Entity));
  CHECK(c.severity == Severity::Cosmetic);
}

TEST_CASE("listed spelling variants are cosmetic, not a change of name", "[classify]") {
  auto r = compare_claim("Threats from Kiev continue, Dmitri Peskov said.", "Threats from Kyiv continue, Dmitry Peskov said.");
  CHECK(has(r, ChangeType::Spelling));
  CHECK_FALSE(has(r, ChangeType::Entity));
  CHECK(r.severity == Severity::Cosmetic);
  claimdiff::ClassifyOptions o;
  o.ignore_spelling = true;
  CHECK(compare_claim("The regions Russia recognised.", "The regions Russia recognized.", o).kind == ClaimKind::Equal);
}

TEST_CASE("a negation dropped or added is a major change", "[classify]") {
  auto r = compare_claim("The factory was not on its list of high-risk sites.", "The factory was on its list of high-risk sites.");
  CHECK(has(r, ChangeType::Negation));
  CHECK(r.severity == Severity::Major);
  CHECK(has(compare_claim("Putin has responded to the invitation.", "Putin hasn't responded to the invitation."),
            ChangeType::Negation));
  CHECK_FALSE(has(compare_claim("The troops did not leave.", "The troops never left."), ChangeType::Negation));
}

TEST_CASE("'not only' and 'no later than' add no negation to a claim", "[classify]") {
  CHECK_FALSE(has(compare_claim("The storm damaged homes in the north of the county.",
                                "The storm damaged not only homes in the north of the county."),
                  ChangeType::Negation));
  CHECK_FALSE(has(compare_claim("The report is due by March 1.", "The report is due no later than March 1."),
                  ChangeType::Negation));
  CHECK(has(compare_claim("The report is due by March 1.", "The report is not due by March 1."), ChangeType::Negation));
}

TEST_CASE("a hedge added to a claim is a modality change", "[classify]") {
  auto r = compare_claim("The fire was caused by an electrical fault.", "The fire may have been caused by an electrical fault.");
  CHECK(has(r, ChangeType::Modality));
  CHECK(has(compare_claim("Troops crossed the border.", "Troops reportedly crossed the border."), ChangeType::Modality));
  CHECK_FALSE(has(compare_claim("Troops crossed the border.", "Soldiers crossed the border."), ChangeType::Modality));
}

TEST_CASE("any word changed inside quotation marks is a quote change", "[classify]") {
  auto r = compare_claim("\u201CThe roof collapsed within minutes,\u201D Ekwall told reporters.",
                         "\u201CThe roof came down within minutes,\u201D Ekwall told reporters.");
  CHECK(has(r, ChangeType::Quote));
  CHECK(r.severity == Severity::Major);
  CHECK_FALSE(has(compare_claim("\u201CWe will win,\u201D Ekwall told reporters.",
                                "\u201CWe will win,\u201D Ekwall told journalists."),
                  ChangeType::Quote));
}

TEST_CASE("a number changed inside a quote is both a number and a quote change", "[classify]") {
  auto r = compare_claim("He said Russia has \u201Calmost 200,000 soldiers on the borders\u201D.",
                         "He said Russia has \u201Calmost 150,000 soldiers on the borders\u201D.");
  CHECK(has(r, ChangeType::Number));
  CHECK(has(r, ChangeType::Quote));
}

TEST_CASE("a speaker's pronoun flipped from she to he is a pronoun change", "[classify]") {
  auto r = compare_claim("\u201CWe are not going to be in a war with Russia,\u201D she said.",
                         "\u201CWe are not going to be in a war with Russia,\u201D he said.");
  CHECK(has(r, ChangeType::Pronoun));
  CHECK(r.severity == Severity::Major);
  CHECK_FALSE(has(compare_claim("She said the talks failed.", "She added the talks failed."), ChangeType::Pronoun));
}

TEST_CASE("a changed speaker or a loaded verb of saying is an attribution change", "[classify]") {
  CHECK(has(compare_claim("\u201CThis is the darkest day,\u201D Ekwall said.", "\u201CThis is the darkest day,\u201D Sollis said."),
            ChangeType::Attribution));
  CHECK(has(compare_claim("Peskov said the troops would stay.", "Peskov claimed the troops would stay."),
            ChangeType::Attribution));
  auto neutral = compare_claim("According to Peskov, the troops would stay.", "Peskov said the troops would stay.");
  CHECK_FALSE(has(neutral, ChangeType::Attribution));
  CHECK_FALSE(has(neutral, ChangeType::Entity));
}

TEST_CASE("doubled punctuation, quote style and whitespace are cosmetic", "[classify]") {
  auto p = compare_claim("Peskov was quoted by the news agency TASS.", "Peskov was quoted by the news agency TASS. .");
  CHECK(has(p, ChangeType::Punctuation));
  CHECK(p.severity == Severity::Cosmetic);
  auto q = compare_claim("\u201CWe will not go to war,\u201D she said.", "\"We will not go to war,\" she said.");
  CHECK(has(q, ChangeType::QuoteStyle));
  CHECK(q.severity == Severity::Cosmetic);
  auto w = compare_claim("The Kremlin  announced talks.", "The Kremlin announced talks.");
  CHECK(has(w, ChangeType::Whitespace));
}

TEST_CASE("a plain rewording is minor", "[classify]") {
  auto r = compare_claim("There is no evidence to support these claims.", "There is no evidence to confirm these claims.");
  CHECK(has(r, ChangeType::Wording));
  CHECK(r.severity == Severity::Minor);
}

TEST_CASE("ignored differences fold into equality", "[classify]") {
  claimdiff::ClassifyOptions o;
  o.diff.ignore_case = true;
  o.diff.ignore_punctuation = true;
  o.diff.ignore_quotes = true;
  o.diff.ignore_whitespace = true;
  CHECK(compare_claim("Psaki said The US will not go to war.", "Psaki said the US will not go to war!", o).kind ==
        ClaimKind::Equal);
  CHECK(compare_claim("\u201CNo,\u201D she said.", "\"No,\"  she said.", o).kind == ClaimKind::Equal);
}

TEST_CASE("in the BBC fixture the Psaki sentence is major with a pronoun change", "[classify]") {
  auto a = test::fixture("bbc/original.txt");
  auto b = test::fixture("bbc/copy.txt");
  const auto& en = test::resources().language("en");
  auto claims = claimdiff::classify(a, b, claimdiff::align(a, b), en, en);
  int psaki = test::find_sentence(b, "fight Russia,\u201D he said.");
  REQUIRE(psaki >= 0);
  auto it = std::find_if(claims.begin(), claims.end(), [&](const auto& c) {
    return std::find(c.other.begin(), c.other.end(), static_cast<std::uint32_t>(psaki)) != c.other.end();
  });
  REQUIRE(it != claims.end());
  CHECK(it->kind == ClaimKind::Reworded);
  CHECK(it->severity == Severity::Major);
  CHECK(std::any_of(it->changes.begin(), it->changes.end(), [](const auto& c) { return c.type == ChangeType::Pronoun; }));
}

TEST_CASE("in the revisions fixture the casualty count change is major with a number change", "[classify]") {
  auto a = test::fixture("revisions/v1.txt");
  auto b = test::fixture("revisions/v2.txt");
  const auto& en = test::resources().language("en");
  auto claims = claimdiff::classify(a, b, claimdiff::align(a, b), en, en);
  int killed = test::find_sentence(b, "At least 19 people were killed");
  auto it = std::find_if(claims.begin(), claims.end(), [&](const auto& c) {
    return !c.other.empty() && c.other[0] == static_cast<std::uint32_t>(killed);
  });
  REQUIRE(it != claims.end());
  CHECK(it->severity == Severity::Major);
  REQUIRE(!it->changes.empty());
  CHECK(it->changes[0].type == ChangeType::Number);
  CHECK(it->changes[0].before == "12");
  CHECK(it->changes[0].after == "19");
}
