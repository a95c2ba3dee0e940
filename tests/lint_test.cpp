#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "support.hpp"

using claimdiff::Finding;
using claimdiff::LexiconEntry;
using claimdiff::LintOptions;

namespace {

std::vector<Finding> lint(const claimdiff::Document& d, const LintOptions& options = {}) {
  return claimdiff::lint_document(d, 0, test::resources().language(d.language), options);
}

std::vector<Finding> of_rule(const std::vector<Finding>& all, const std::string& rule) {
  std::vector<Finding> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out),
               [&](const Finding& f) { return f.rule == rule; });
  return out;
}

const Finding* find(const std::vector<Finding>& all, const std::string& rule,
                    const std::string& text) {
  for (const auto& f : all) {
    if (f.rule == rule && f.text == text) return &f;
  }
  return nullptr;
}

LexiconEntry entry(std::string rule, std::string phrase, std::string suggestion,
                   bool whole_line = false) {
  LexiconEntry e;
  e.rule = std::move(rule);
  e.severity = "major";
  e.phrase = std::move(phrase);
  e.suggestion = std::move(suggestion);
  e.whole_line = whole_line;
  e.source = "test";
  return e;
}

std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// 1-based line and column (in code points) of byte `offset` of `text`.
std::pair<std::size_t, std::size_t> line_column(const std::string& text, std::size_t offset) {
  const std::string_view before(text.data(), offset);
  const std::size_t line =
      1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t nl = before.rfind('\n');
  const std::size_t line_start = nl == std::string_view::npos ? 0 : nl + 1;
  return {line, 1 + code_points(before.substr(line_start))};
}

const std::string kPsakiOriginal =
    "However, White House press secretary Jen Psaki reiterated on Wednesday that the US will not "
    "go "
    "to war with Russia.\n"
    "\u201CWe are not going to be in a war with Russia or put military troops in Ukraine to fight "
    "Russia,\u201D she said.\n";
const std::string kPsakiCopy =
    "However, White House press secretary Jen Psaki reiterated on Wednesday that The US will not "
    "go "
    "to war with Russia.\n"
    "\u201CWe are not going to be in a war with Russia or put military troops in Ukraine to fight "
    "Russia,\u201D he said.\n";

}  // namespace

// --- lexicon rules: spinner-phrase, boilerplate, glossary ---------------------------------------

TEST_CASE("the spinner phrase once morest is found with its suggestion and exact position",
          "[lint]") {
  const std::string text =
      "- BBC News\n"
      "Ukraine\u2019s President Volodymyr Zelensky said early Thursday that Russia had approved an "
      "offensive once morest his country.\n";
  const auto d = test::doc(text);
  const auto findings = lint(d);
  const Finding* f = find(findings, "spinner-phrase", "once morest");
  REQUIRE(f != nullptr);
  CHECK(f->suggestion == "against");
  CHECK(f->severity == "major");
  CHECK(f->version == 0);
  CHECK(f->sentence == 1);
  const std::size_t at = text.find("once morest");
  CHECK(f->start == at);
  CHECK(f->end == at + std::string("once morest").size());
  const auto [line, column] = line_column(text, at);
  CHECK(f->line == line);
  CHECK(f->column == column);
  CHECK(f->column < at);  // the curly apostrophe is one column but three bytes
  CHECK_FALSE(f->message.empty());
}

TEST_CASE("lexicon phrases match case-insensitively and only on whole words", "[lint]") {
  LintOptions o;
  o.extra.push_back(entry("spinner-phrase", "shortly following the", "shortly after the"));
  const auto hit = lint(
      test::doc("Shortly Following the Kremlin announcement, leaders asked Moscow for help."), o);
  const Finding* f = find(hit, "spinner-phrase", "Shortly Following the");
  REQUIRE(f != nullptr);
  CHECK(f->suggestion == "shortly after the");

  const auto miss =
      lint(test::doc("The vote came shortly following theatre rehearsals in the capital."), o);
  CHECK(of_rule(miss, "spinner-phrase").empty());
  const auto split =
      lint(test::doc("He spoke shortly, following the Kremlin line on the matter."), o);
  CHECK(of_rule(split, "spinner-phrase").empty());
}

TEST_CASE("a language's lexicon, kept between documents, still takes each call's own entries", "[lint]") {
  const auto d = test::doc("Shortly Following the Kremlin announcement, leaders asked Moscow for help.");
  LintOptions mine;
  mine.extra.push_back(entry("glossary", "asked moscow", "asked the Kremlin"));
  // The shipped entries alone first, then with a user entry, then alone again: each call sees
  // exactly its own list, whichever was kept.
  CHECK(find(lint(d), "glossary", "asked Moscow") == nullptr);
  const auto with_mine = lint(d, mine);
  const Finding* f = find(with_mine, "glossary", "asked Moscow");
  REQUIRE(f != nullptr);
  CHECK(f->suggestion == "asked the Kremlin");
  CHECK(find(lint(d), "glossary", "asked Moscow") == nullptr);
  CHECK(find(lint(d), "spinner-phrase", "Shortly Following the") != nullptr);
}

TEST_CASE("a copy of a language's data is linted by its own word lists, not the original's", "[lint]") {
  const std::string text =
      "Ms. Psaki spoke to reporters on Wednesday. Jen Psaki reiterated that the US will not go to "
      "war.\n"
      "\u201CWe are not going to be in a war with Russia,\u201D he said.";
  const auto d = test::doc(text);
  const claimdiff::LanguageData& en = test::resources().language("en");
  CHECK(of_rule(claimdiff::lint_document(d, 0, en, {}), "pronoun-gender").size() == 1);
  claimdiff::LanguageData changed = en;  // after the original built its structures
  changed.pronouns.clear();
  changed.lexicon.clear();
  const auto findings = claimdiff::lint_document(d, 0, changed, {});
  CHECK(of_rule(findings, "pronoun-gender").empty());
  CHECK(of_rule(claimdiff::lint_document(test::doc("It came shortly following the vote."), 0, changed, {}),
                "spinner-phrase").empty());
  CHECK(of_rule(claimdiff::lint_document(d, 0, en, {}), "pronoun-gender").size() == 1);
}

TEST_CASE("the shipped spinner lexicon catches the seed's shortly following the Kremlin",
          "[lint]") {
  const auto d = test::doc(
      "Russia had approved an offensive, shortly following the Kremlin announced that leaders from "
      "the Donetsk and Luhansk border regions had asked Moscow for help.");
  const auto findings = of_rule(lint(d), "spinner-phrase");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].text.find("shortly following") == 0);
  CHECK(findings[0].suggestion.find("after") != std::string::npos);
}

TEST_CASE("a whole-line entry matches a bullet line but not the same word inside a sentence",
          "[lint]") {
  LintOptions o;
  o.extra.push_back(entry("glossary", "newsroom desk", "Newsroom", true));
  const auto byline = lint(test::doc("- Newsroom desk\nThe council met on Monday."), o);
  const Finding* f = find(byline, "glossary", "Newsroom desk");
  REQUIRE(f != nullptr);
  CHECK(f->start == 2);
  CHECK(f->suggestion == "Newsroom");

  const auto prose =
      lint(test::doc("The newsroom desk was moved to the second floor on Monday."), o);
  CHECK(of_rule(prose, "glossary").empty());
}

TEST_CASE("the byline Drafting and the brand BBC News World are glossary findings", "[lint]") {
  const auto d = test::doc(
      "- Drafting\n- BBC News World\nUkraine\u2019s president spoke early on Thursday.\n");
  const auto findings = of_rule(lint(d), "glossary");
  const Finding* byline = find(findings, "glossary", "Drafting");
  REQUIRE(byline != nullptr);
  CHECK(byline->line == 1);
  CHECK(byline->column == 3);
  const Finding* brand = find(findings, "glossary", "BBC News World");
  REQUIRE(brand != nullptr);
  CHECK(brand->suggestion == "BBC News Mundo");
  CHECK(brand->line == 2);

  // "drafting" as an ordinary word in running text is not a byline.
  const auto prose = lint(test::doc("Drafting the resolution took the committee three weeks."));
  CHECK(of_rule(prose, "glossary").empty());
}

TEST_CASE("the app-promotion line at the end of the copy is boilerplate", "[lint]") {
  const auto d = test::doc(
      "This is another instance of extreme danger for Ukraine.\n"
      "Now you can receive notifications from BBC World. Download our app and activate it so you "
      "don\u2019t miss our best content.");
  const auto findings = of_rule(lint(d), "boilerplate");
  REQUIRE_FALSE(findings.empty());
  for (const auto& f : findings) CHECK(f.line == 2);
}

TEST_CASE("a user lexicon entry replaces a shipped entry with the same phrase and rule", "[lint]") {
  LintOptions o;
  LexiconEntry mine = entry("spinner-phrase", "once morest", "versus");
  mine.severity = "info";
  o.extra.push_back(mine);
  const auto findings = of_rule(
      lint(test::doc("Russia approved an offensive once morest Ukraine."), o), "spinner-phrase");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].suggestion == "versus");
  CHECK(findings[0].severity == "info");
}

TEST_CASE("a match inside a longer match of the same rule is not reported twice", "[lint]") {
  LintOptions o;
  o.extra.push_back(entry("spinner-phrase", "counterfeit news", "fake news"));
  o.extra.push_back(entry("spinner-phrase", "counterfeit news outlets", "fake news outlets"));
  const auto findings = of_rule(
      lint(test::doc("The minister attacked counterfeit news outlets in a speech on Monday."), o),
      "spinner-phrase");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].text == "counterfeit news outlets");
}

TEST_CASE("a thousand user entries are all matched in one pass", "[lint]") {
  LintOptions o;
  std::string text;
  for (int i = 0; i < 1000; ++i) {
    o.extra.push_back(entry("spinner-phrase", "zq" + std::to_string(i) + " phrase", "x"));
    if (i % 100 == 7) text += "The report cited zq" + std::to_string(i) + " phrase again. ";
  }
  const auto findings = of_rule(lint(test::doc(text), o), "spinner-phrase");
  REQUIRE(findings.size() == 10);
  CHECK(findings[0].text == "zq7 phrase");
  CHECK(findings[9].text == "zq907 phrase");
}

// --- doubled-punctuation and stray-punctuation
// ----------------------------------------------------

TEST_CASE("the doubled period after TASS is found with the span of both marks", "[lint]") {
  const std::string text =
      "Peskov was quoted as saying by the official Russian news agency TASS. .\n"
      "The Kiev regime is concentrating on resolving the conflict by force.";
  const auto findings = of_rule(lint(test::doc(text)), "doubled-punctuation");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].text == ". .");
  CHECK(findings[0].suggestion == ".");
  CHECK(findings[0].start == text.find("TASS") + 4);
  CHECK(findings[0].end == text.find("TASS") + 7);
  CHECK(findings[0].severity == "minor");
  CHECK(findings[0].line == 1);
}

TEST_CASE("doubled commas and a comma before a period are doubled punctuation", "[lint]") {
  const auto findings = of_rule(
      lint(test::doc(
          "The troops,, tanks and artillery moved north,. Officials declined to comment ; ;")),
      "doubled-punctuation");
  REQUIRE(findings.size() >= 2);
  CHECK(findings[0].text == ",,");
  CHECK(findings[0].suggestion == ",");
  CHECK(findings[1].text == ",.");
  CHECK(findings[1].suggestion == ".");
}

TEST_CASE("ellipses, abbreviations before a comma and ?! are not doubled punctuation", "[lint]") {
  const auto findings = lint(
      test::doc("The minister paused... and then continued. He said the talks were \u201Cgoing "
                "nowhere . . .\u201D "
                "Apple Inc., the U.S. company, and Acme Corp.; both declined. Wait\u2026. Really?! "
                "The rate rose by .5 percent, the bank said, .22 caliber rifles aside."));
  CHECK(of_rule(findings, "doubled-punctuation").empty());
  CHECK(of_rule(findings, "stray-punctuation").empty());
}

TEST_CASE("a space before a comma or colon is stray punctuation", "[lint]") {
  const std::string text = "The Kremlin , he said, denied it. The spokesman added : no comment.";
  const auto findings = of_rule(lint(test::doc(text)), "stray-punctuation");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].text == " ,");
  CHECK(findings[0].suggestion == ",");
  CHECK(findings[0].start == text.find(" ,"));
  CHECK(findings[1].text == " :");
}

// --- quote-mismatch
// -------------------------------------------------------------------------------

TEST_CASE("an opening quotation mark used to close the quote in republics“, he noted is a mismatch",
          "[lint]") {
  const std::string text =
      "\u201CWhile the aggression of the Ukrainian armed forces continues, civil and industrial "
      "infrastructure, schools, hospitals and kindergartens are being destroyed in the "
      "republics\u201C, "
      "he noted, referring to the two regions of eastern Ukraine.";
  const auto findings = of_rule(lint(test::doc(text)), "quote-mismatch");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].text == "\u201C");
  CHECK(findings[0].suggestion == "\u201D");
  CHECK(findings[0].start == text.find("republics") + 9);
  CHECK(findings[0].end == findings[0].start + 3);
}

TEST_CASE("the glued mark in “false flag incidents“provocations is a quote mismatch", "[lint]") {
  const std::string text =
      "The United States has accused Russia of masterminding the so-called \u201Cfalse flag "
      "incidents\u201Cprovocations prepared to create a pretext for action.";
  const auto findings = of_rule(lint(test::doc(text)), "quote-mismatch");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].start == text.find("incidents") + 9);
  CHECK(findings[0].suggestion == "\u201D");
}

TEST_CASE("a quotation running over two sentences of one paragraph is balanced", "[lint]") {
  const auto findings = lint(
      test::doc("\u201CThe worst thing is the death of the civilian population, including "
                "children. The actions "
                "of the Kiev regime testify to the unwillingness to stop the war in Donbas,\u201D "
                "Peskov quoted "
                "from the text of the letters.\n"
                "A reporter asked if that holds even if Russia \u201Ctakes all of Ukraine.\u201D"));
  CHECK(of_rule(findings, "quote-mismatch").empty());
}

TEST_CASE(
    "a quotation left open at a paragraph's end is flagged unless the next paragraph reopens it",
    "[lint]") {
  const std::string open =
      "\u201CWe will rebuild every school,\u201D the mayor said. \u201CAnd we will do it this "
      "year.\n"
      "The council approved the budget on Monday.";
  const auto flagged = of_rule(lint(test::doc(open)), "quote-mismatch");
  REQUIRE(flagged.size() == 1);
  CHECK(flagged[0].start == open.find("\u201CAnd"));
  CHECK(flagged[0].line == 1);

  const auto continued =
      lint(test::doc("\u201CWe will rebuild every school,\u201D the mayor said. \u201CAnd we will "
                     "do it this year.\n"
                     "\u201CNobody will be left without a classroom,\u201D she added."));
  CHECK(of_rule(continued, "quote-mismatch").empty());
}

TEST_CASE("a closing quotation mark with no opening mark is flagged", "[lint]") {
  const auto findings = of_rule(
      lint(test::doc(
          "The separatists said the shelling had stopped.\u201D Officials did not confirm it.")),
      "quote-mismatch");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].text == "\u201D");
}

TEST_CASE("straight quotes and guillemets balance, and inch marks are not quotes", "[lint]") {
  const auto clean = lint(test::doc(
      "He called the plan \"a disaster\" on Monday. The 12\" pipe burst.\n"
      "El portavoz dijo que la situaci\u00F3n era \u00ABmuy grave\u00BB en la regi\u00F3n."));
  CHECK(of_rule(clean, "quote-mismatch").empty());
  const auto open =
      of_rule(lint(test::doc("He called the plan \"a disaster on Monday.")), "quote-mismatch");
  CHECK(open.size() == 1);
}

TEST_CASE("quotations nested three deep are correct typography, not a mismatch", "[lint]") {
  const auto findings = lint(test::doc(
      "\u201CWhen I asked him, he told me \u2018the minister said \u201Cwe will not sign\u201D and left\u2019, "
      "and that was all,\u201D the aide recalled."));
  CHECK(of_rule(findings, "quote-mismatch").empty());
  const auto nested_straight = lint(test::doc(
      "\"Wenn das Prinzip \"Ein Land, zwei Systeme\" ausgeh\u00F6hlt wird, hat das Folgen\", sagte Maas.", "de"));
  CHECK(of_rule(nested_straight, "quote-mismatch").empty());
}

TEST_CASE("every nesting convention of the major languages is balanced typography", "[lint]") {
  const std::vector<std::pair<std::string, std::string>> passages = {
      {"en", "\u201CHe told me, \u2018The minister said, \u201CWe will not sign.\u201D\u2019\u201D The aide paused. \u201CThat was all.\u201D"},
      {"en", "\u2018He told me, \u201CThe minister said, \u2018We will not sign,\u2019 and then he left.\u201D That was all,\u2019 the aide recalled."},
      {"en", "\u2018I don\u2019t think the 1990s\u2019 boom will return,\u2019 she said. \u2018The \u201990s were \u201Cdifferent\u201D, and rock \u2019n\u2019 roll isn\u2019t what it was.\u2019"},
      {"en", "\"He told me, 'The minister said, \"We will not sign,\" and left.' That was all,\" the aide recalled."},
      {"nl", "De auto\u2019s van \u2019s morgens staan in \u2019s-Hertogenbosch. Hij zei: \u201CDat is goed.\u201D"},
      {"fr", "Le ministre a d\u00E9clar\u00E9\u00A0: \u00AB\u00A0Il m\u2019a dit \u201Cjamais\u201D et il est parti.\u00A0\u00BB Puis il est parti."},
      {"de", "\u201EEr sagte: \u201AD\u0065r Minister rief \u201ENiemals!\u201C und ging.\u2018 Mehr nicht\u201C, erinnerte sich der Berater."},
      {"de", "\u00BBEr sagte: \u203ADer Minister rief \u00BBNiemals!\u00AB und ging.\u2039 Mehr nicht\u00AB, erinnerte sich der Berater."},
      {"pl", "Minister powiedzia\u0142: \u201EOn mi m\u00F3wi\u0142 \u00ABnigdy\u00BB i wyszed\u0142\u201D. Potem wyszed\u0142."},
      {"ru", "\u00AB\u041E\u043D \u0441\u043A\u0430\u0437\u0430\u043B: \u201E\u041C\u0438\u043D\u0438\u0441\u0442\u0440 \u043A\u0440\u0438\u043A\u043D\u0443\u043B \u00AB\u041D\u0438\u043A\u043E\u0433\u0434\u0430!\u00BB \u0438 \u0443\u0448\u0451\u043B\u201C. \u0411\u043E\u043B\u044C\u0448\u0435 \u043D\u0438\u0447\u0435\u0433\u043E\u00BB, \u2014 \u0432\u0441\u043F\u043E\u043C\u043D\u0438\u043B \u0441\u043E\u0432\u0435\u0442\u043D\u0438\u043A."},
      {"sv", "\u201DHan sade: \u2019Vi skriver aldrig under\u2019, och gick\u201D, mindes r\u00E5dgivaren."},
      {"sv", "Ministern sade: \u00BBVi kommer inte att skriva under.\u00BB Sedan gick han."},
      {"fi", "Ministeri sanoi: \u201DEmme allekirjoita.\u201D Sitten h\u00E4n l\u00E4hti."},
      {"ja", "\u5927\u81E3\u306F\u300C\u6211\u3005\u306F\u7F72\u540D\u3057\u306A\u3044\u3002\u300E\u7D76\u5BFE\u306B\u300F\u3060\u300D\u3068\u8FF0\u3079\u305F\u3002"},
      {"zh", "\u90E8\u957F\u8BF4\uFF1A\u201C\u6211\u4EEC\u4E0D\u4F1A\u7B7E\u7F72\u3002\u4ED6\u8BF4\u2018\u7EDD\u4E0D\u2019\u3002\u201D\u7136\u540E\u4ED6\u79BB\u5F00\u4E86\u3002"},
      {"zh", "\u90E8\u957F\u8BF4\u201C\u6211\u4EEC\u4E0D\u4F1A\u7B7E\u7F72\u201D\uFF0C\u7136\u540E\u4ED6\u79BB\u5F00\u4E86\u3002"},
  };
  for (const auto& [language, text] : passages) {
    INFO(language << ": " << text);
    CHECK(of_rule(lint(test::doc(text, language)), "quote-mismatch").empty());
  }
}

TEST_CASE("a quotation re-opened at each paragraph is balanced in every language's marks", "[lint]") {
  const std::vector<std::pair<std::string, std::string>> passages = {
      {"en", "\u201CThe first thing we did was count the boats.\n\u201CThen we counted the people.\n\u201CIn the end, everyone got home,\u201D she said."},
      {"en", "\u201CHe told me, \u2018We will not sign.\n\u201C\u2018We will never sign,\u2019 he said. That was all,\u201D she said."},
      {"en", "\"The first thing we did was count the boats.\n\"Then we counted the people.\n\"In the end, everyone got home,\" she said."},
      {"fr", "Le ministre a d\u00E9clar\u00E9 : \u00AB Nous ne signerons pas.\n\u00AB Nous ne signerons jamais.\n\u00AB C\u2019est notre dernier mot. \u00BB Puis il est parti."},
      {"fr", "Le ministre a d\u00E9clar\u00E9\u00A0: \u00AB\u00A0Nous ne signerons pas.\n\u00BB\u00A0Nous ne signerons jamais.\n\u00BB\u00A0C\u2019est notre dernier mot.\u00A0\u00BB Puis il est parti."},
      {"de", "\u201EWir haben zuerst die Boote gez\u00E4hlt.\n\u201EDann die Menschen.\n\u201EAm Ende kamen alle nach Hause\u201C, sagte sie."},
      {"de", "\u00BBWir haben zuerst die Boote gez\u00E4hlt.\n\u00BBDann die Menschen.\n\u00BBAm Ende kamen alle nach Hause\u00AB, sagte sie."},
      {"zh", "\u90E8\u957F\u8BF4\uFF1A\u201C\u6211\u4EEC\u4E0D\u4F1A\u7B7E\u7F72\u3002\n\u201C\u6211\u4EEC\u6C38\u8FDC\u4E0D\u4F1A\u7B7E\u7F72\u3002\n\u201C\u8FD9\u662F\u6211\u4EEC\u7684\u6700\u540E\u51B3\u5B9A\u3002\u201D\u7136\u540E\u4ED6\u79BB\u5F00\u4E86\u3002"},
  };
  for (const auto& [language, text] : passages) {
    INFO(language << ": " << text);
    CHECK(of_rule(lint(test::doc(text, language)), "quote-mismatch").empty());
  }
}

TEST_CASE("a quotation the French » continues but nothing ever closes is still never closed", "[lint]") {
  const std::string text =
      "Le ministre a d\u00E9clar\u00E9\u00A0: \u00AB\u00A0Nous ne signerons pas.\n"
      "\u00BB\u00A0Nous ne signerons jamais.\n"
      "\u00BB\u00A0C\u2019est notre dernier mot. Puis il est parti.\n"
      "Le conseil s\u2019est r\u00E9uni \u00AB\u00A0lundi\u00A0\u00BB.";
  const auto flagged = of_rule(lint(test::doc(text, "fr")), "quote-mismatch");
  REQUIRE(flagged.size() == 1);
  CHECK(flagged[0].start == text.find("\u00AB"));
  // Cut a sentence a line, a leading » nothing follows up closes the quotation of the line before.
  CHECK(of_rule(lint(test::doc("\u00AB Nous ne signerons pas.\n\u00BB, a dit le ministre.", "fr")), "quote-mismatch").empty());
}

TEST_CASE("a reading prompt with a link arrow after an unclosed French quotation closes nothing", "[lint]") {
  // "Lire la suite »" is page furniture: reported as boilerplate, and its » is a link arrow, so
  // the quotation the paragraph before left open is still never closed.
  const std::string text =
      "\u00AB\u00A0Nous allons reconstruire le pont avant l\u2019hiver, a d\u00E9clar\u00E9 le maire.\n\n"
      "Lire la suite \u00BB\n\n"
      "Le conseil municipal votera le budget mardi.";
  const auto found = lint(test::doc(text, "fr"));
  const auto flagged = of_rule(found, "quote-mismatch");
  REQUIRE(flagged.size() == 1);
  CHECK(flagged[0].start == text.find("\u00AB"));
  CHECK(find(found, "boilerplate", "Lire la suite") != nullptr);
  // A continuation paragraph of the story that closes the quotation still closes it.
  const std::string closed =
      "\u00AB\u00A0Nous allons reconstruire le pont avant l\u2019hiver.\n\n"
      "Les travaux commenceront en mars\u00A0\u00BB, a ajout\u00E9 le maire.";
  CHECK(of_rule(lint(test::doc(closed, "fr")), "quote-mismatch").empty());
  // The same in English: "Read more »" is a link, not the end of the quotation.
  const auto english = lint(test::doc("\u201CWe will rebuild the bridge before winter, the mayor said.\n\nRead more \u00BB\n", "en"));
  CHECK(of_rule(english, "quote-mismatch").size() == 1);
  CHECK(find(english, "boilerplate", "Read more") != nullptr);
}

TEST_CASE("a quotation between two right guillemets is balanced only in a language that writes it so", "[lint]") {
  CHECK(of_rule(lint(test::doc("Statsministern sa: \u00BBVi ska vinna\u00BB innan han gick.", "sv")), "quote-mismatch").empty());
  CHECK(of_rule(lint(test::doc("P\u00E4\u00E4ministeri sanoi: \u00BBMe voitamme\u00BB ennen l\u00E4ht\u00F6\u00E4\u00E4n.", "fi")), "quote-mismatch").empty());
  CHECK_FALSE(of_rule(lint(test::doc("Le ministre a d\u00E9clar\u00E9 : \u00BBNous allons gagner\u00BB avant de partir.", "fr")), "quote-mismatch").empty());
  CHECK_FALSE(of_rule(lint(test::doc("Merkel sagte: \u00BBWir schaffen das.\u00BB Die Opposition widersprach.", "de")), "quote-mismatch").empty());
}

TEST_CASE("Swedish and Chinese quotations left unbalanced are still found", "[lint]") {
  const std::string swedish = "Ministern sade: \u201DVi kommer inte att skriva under. Sedan gick han.";
  const auto sv = of_rule(lint(test::doc(swedish, "sv")), "quote-mismatch");
  REQUIRE(sv.size() == 1);
  CHECK(sv[0].start == swedish.find("\u201D"));
  // In English the same mark before a word is a closing mark used to open.
  CHECK(of_rule(lint(test::doc("The minister said: \u201DWe will not sign.\u201D Then he left.")), "quote-mismatch").size() == 1);
  const std::string chinese = "\u90E8\u957F\u8BF4\u6211\u4EEC\u4E0D\u4F1A\u7B7E\u7F72\u3002\u201D\u7136\u540E\u4ED6\u79BB\u5F00\u4E86\u3002";
  const auto zh = of_rule(lint(test::doc(chinese, "zh")), "quote-mismatch");
  REQUIRE(zh.size() == 1);
  CHECK(zh[0].text == "\u201D");
  const std::string stray = "Ministern sade att de inte skriver under.\u00BB Sedan gick han.";
  CHECK(of_rule(lint(test::doc(stray, "sv")), "quote-mismatch").size() == 1);
}

TEST_CASE("a quotation running over several lines of a sentence-a-line text closes where its mark is",
          "[lint]") {
  const std::string text =
      "\"After the husband woke, the suspect tied his hands.\n"
      "Then she called out a cement mixer.\n"
      "The next day she filled the hole with concrete,\" the department reported.\n"
      "\u201CI was guarding him.\n"
      "Jordan still scored 44 points\u201D, the head of the federation added.\n";
  CHECK(of_rule(lint(test::doc(text)), "quote-mismatch").empty());
  // A quotation that no later line closes is still flagged, at its opening mark.
  const std::string open = "The mayor said \u201Cwe will rebuild.\nThe council met on Monday.\nIt approved \u201Cthe plan\u201D.\n";
  const auto flagged = of_rule(lint(test::doc(open)), "quote-mismatch");
  REQUIRE(flagged.size() == 1);
  CHECK(flagged[0].start == open.find("\u201Cwe"));
}

TEST_CASE("a quotation running over lines is closed by a later line even when a line between quotes a name",
          "[lint]") {
  // One sentence a line: the player's words run from the first line to the last, and the third
  // line quotes a club's name inside them.
  const std::string text =
      "\"Because of an injury I was out of football for more than a year.\n"
      "On April 30 I had an operation.\n"
      "It is quite possible that on August 1 I will be in the squad for the match against \"Paide\".\n"
      "But everything depends on the coach,\" Albert Proza said on Sunday.\n"
      "\u201CWe cannot talk about the top places yet.\n"
      "Still, \u201CLegion\u201D is an ambitious team with a good squad,\u201D the coach said.\n";
  CHECK(of_rule(lint(test::doc(text)), "quote-mismatch").empty());
  // The same words with no closing mark on the last line: the quotation is still never closed.
  const std::string open =
      "\"Because of an injury I was out of football for more than a year.\n"
      "It is quite possible that I will be in the squad for the match against \"Paide\".\n"
      "But everything depends on the coach, Albert Proza said on Sunday.\n";
  const auto flagged = of_rule(lint(test::doc(open)), "quote-mismatch");
  REQUIRE(flagged.size() == 1);
  CHECK(flagged[0].start == 0);
  CHECK(flagged[0].message.find("never closed") != std::string::npos);
}

TEST_CASE("one closing mark ends a quotation and the one nested in it where both end together", "[lint]") {
  // French typography writes the closing guillemet once where two quotations end at the same place.
  const std::string fr =
      "\u00AB\u00A0Je le dis en tant que p\u00E8re, qui devra r\u00E9pondre \u00E0 sa fille quand elle "
      "demandera\u00A0: \u00AB\u00A0Qu\u2019as-tu fait\u00A0?\u00A0\u00BB, \u00E9crit-il.\n"
      "La famille en parle souvent.\n";
  CHECK(of_rule(lint(test::doc(fr, "fr")), "quote-mismatch").empty());
  // Straight quotes, the words running over lines until the nested one ends with them.
  const std::string straight =
      "\"Quand les cam\u00E9ras d\u00E9barquent, c'est \"Hey!\n"
      "Tu dois remonter ta cymbale.\n"
      "On recommence, la performance n'est pas la m\u00EAme\"... La prestation perd tout naturel.\n";
  CHECK(of_rule(lint(test::doc(straight, "fr")), "quote-mismatch").empty());
  // A nested quotation closing mid-sentence closes nothing around it: the outer one is never closed.
  const std::string open =
      "\u00AB\u00A0Nous ne c\u00E9derons pas, a-t-il dit. Le conseil a vot\u00E9 \u00AB\u00A0non\u00A0\u00BB hier.\n"
      "La s\u00E9ance est lev\u00E9e.\n";
  const auto a = of_rule(lint(test::doc(open, "fr")), "quote-mismatch");
  REQUIRE(a.size() == 1);
  CHECK(a[0].start == 0);
  // Nor does one closing inside a compound word (\u201E used to close, then a quoted name in a compound).
  const std::string de =
      "So sehr es am meisten gefallen war, so sehr steigt es jetzt\u201E, analysiert Duranton, Direktorin der "
      "\u201EData Science\u201C-Sparte der Firma.\n";
  const auto b = of_rule(lint(test::doc(de, "de")), "quote-mismatch");
  REQUIRE(b.size() == 1);
  CHECK(b[0].start == de.find("\u201E"));
}

TEST_CASE("an apostrophe typed as a straight quote after a French elided word quotes nothing", "[lint]") {
  const auto findings = lint(test::doc(
      "Cette proportion est plus importante dans les villes qu\"\u00E0 la campagne.", "fr"));
  CHECK(of_rule(findings, "quote-mismatch").empty());
  // A quotation opened after such a word and never closed is still flagged.
  const std::string open = "Le ministre a jug\u00E9 qu\"\u00E0 ce stade \"rien n'est d\u00E9cid\u00E9.";
  const auto flagged = of_rule(lint(test::doc(open, "fr")), "quote-mismatch");
  REQUIRE(flagged.size() == 1);
  CHECK(flagged[0].start == open.find("\"rien"));
}

TEST_CASE("an English contraction typed with a straight quote quotes nothing", "[lint]") {
  CHECK(of_rule(lint(test::doc("The minister said the plan doesn\"t go far enough.")), "quote-mismatch").empty());
}

TEST_CASE("a straight quote glued to the words it quotes is a quotation, not an apostrophe", "[lint]") {
  // Balanced quotations glued to a neighbouring word are fine.
  CHECK(of_rule(lint(test::doc("He said\"no\" to the offer.")), "quote-mismatch").empty());
  CHECK(of_rule(lint(test::doc("She called the plan \"a disaster\"and left the room.")), "quote-mismatch").empty());
  // An unclosed one glued to the word before it is still reported.
  const std::string open = "The agency called it\"an unacceptable provocation.";
  const auto flagged = of_rule(lint(test::doc(open)), "quote-mismatch");
  REQUIRE(flagged.size() == 1);
  CHECK(flagged[0].start == open.find('"'));
}

TEST_CASE("a Chinese quotation in straight quotes, glued to the characters around it, is balanced", "[lint]") {
  CHECK(of_rule(lint(test::doc("\u4ED6\u8BF4\"\u6211\u4EEC\u4E0D\u4F1A\u8BA9\u6B65\"\uFF0C\u5E76\u8868\u793A\u5C06\u7EE7\u7EED\u8C08\u5224\u3002", "zh")),
                "quote-mismatch").empty());
}

TEST_CASE("a quotation closed after a year on the next line runs over the line break", "[lint]") {
  const std::string text =
      "\u201CTo be honest, I didn\u2019t know about it, and I feel knocked off my feet.\n"
      "I had no idea that this was even still possible in Russia in 2020\u201D, RIA-Novosti quotes him as saying.\n";
  CHECK(of_rule(lint(test::doc(text)), "quote-mismatch").empty());
}

TEST_CASE("an inch mark on the next line does not close a quotation left open", "[lint]") {
  // Straight quote left open: the inch mark is no closing mark of another style.
  const std::string straight = "The minister called the deal \"a betrayal of our voters.\nApple also sells a 27\u201D iMac.\n";
  const auto a = of_rule(lint(test::doc(straight)), "quote-mismatch");
  REQUIRE(a.size() == 1);
  CHECK(a[0].start == straight.find('"'));
  CHECK(a[0].message.find("never closed") != std::string::npos);
  // Curly quote left open: still reported as never closed.
  const std::string curly = "The minister called the deal \u201Ca betrayal of our voters.\nApple also sells a 27\u201D iMac.\n";
  const auto b = of_rule(lint(test::doc(curly)), "quote-mismatch");
  REQUIRE(b.size() == 1);
  CHECK(b[0].start == curly.find("\u201C"));
}

TEST_CASE("a quotation closed after a number is closed: \"Projekt 1\" is not an inch mark", "[lint]") {
  const auto findings = lint(test::doc(
      "VW hatte damals in einer Arbeitsgruppe mit dem Namen \"Projekt 1\" er\u00F6rtert, wie man mit dem "
      "Zulieferer umgehen sollte.", "de"));
  CHECK(of_rule(findings, "quote-mismatch").empty());
}

TEST_CASE("French spaces before a colon or semicolon are typography, a space before a comma is stray",
          "[lint]") {
  const auto french = lint(test::doc(
      "Solocal : les actionnaires approuvent le plan ; la bourse salue la d\u00E9cision , dit-on.", "fr"));
  const auto stray = of_rule(french, "stray-punctuation");
  REQUIRE(stray.size() == 1);
  CHECK(stray[0].text == " ,");
  const auto english = of_rule(lint(test::doc("Solocal : shareholders approve the plan.")), "stray-punctuation");
  CHECK(english.size() == 1);
}

TEST_CASE("the repeats a language's grammar makes are not repeated words", "[lint]") {
  const auto german = lint(test::doc(
      "Abz\u00FCglich derjenigen, die die Bahn verlie\u00DFen, blieb ein Aufbau von 8000 Stellen.", "de"));
  CHECK(of_rule(german, "repeated-word").empty());
  const auto pronouns = lint(test::doc(
      "Sie schreibt über die langen Monate, in denen sie sie begleitete.", "de"));
  CHECK(of_rule(pronouns, "repeated-word").empty());
  const auto neuter = lint(test::doc("Ob es es bis zum Sommer schafft, ist offen.", "de"));
  CHECK(of_rule(neuter, "repeated-word").empty());
  const auto french = lint(test::doc("Mais nous nous pr\u00E9parons en cas d\u2019urgence.", "fr"));
  CHECK(of_rule(french, "repeated-word").empty());
  const auto error = lint(test::doc("La taxe sur les les transactions financi\u00E8res revient.", "fr"));
  CHECK(of_rule(error, "repeated-word").size() == 1);
}

// --- repeated-word
// --------------------------------------------------------------------------------

TEST_CASE("the the is a repeated word with the span of both words", "[lint]") {
  const std::string text = "The declaration affects all of the the country, officials said.";
  const auto findings = of_rule(lint(test::doc(text)), "repeated-word");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].text == "the the");
  CHECK(findings[0].suggestion == "the");
  CHECK(findings[0].start == text.find("the the"));
  CHECK(findings[0].severity == "minor");
}

TEST_CASE("had had, that that, a number repeated and a relative clause are not repeated words",
          "[lint]") {
  const auto findings = lint(test::doc(
      "The minister had had enough. He said that that was final. The plan cost 10 10-dollar bills. "
      "Those who voted voted for change. The atoll of Bora Bora was spared."));
  CHECK(of_rule(findings, "repeated-word").empty());
}

TEST_CASE("a word English writes doubled, as WordNet lists it, is not a repeated word", "[lint]") {
  CHECK(of_rule(lint(test::doc("(Laughter) Here we see ylang ylang, the component of many perfumes.")), "repeated-word").empty());
  CHECK(of_rule(lint(test::doc("The results were so so, and the chow chow slept through it.")), "repeated-word").empty());
  // A doubled word WordNet lists only once is still a slip.
  CHECK(of_rule(lint(test::doc("The perfume uses oil of of ylang-ylang.")), "repeated-word").size() == 1);
}

TEST_CASE("an ordinary word doubled by a slip is repeated although WordNet lists it doubled", "[lint]") {
  CHECK(of_rule(lint(test::doc("The company now now has 500 employees in Berlin.")), "repeated-word").size() == 1);
  CHECK(of_rule(lint(test::doc("The council put put the proposal to a vote on Tuesday.")), "repeated-word").size() == 1);
}

TEST_CASE("a word repeated across a sentence boundary or after a headline is not a repeated word",
          "[lint]") {
  const auto findings =
      lint(test::doc("State of emergency in Ukraine\n"
                     "Ukraine will impose restrictions. Restrictions start at midnight."));
  CHECK(of_rule(findings, "repeated-word").empty());
}

// --- pronoun-gender
// -------------------------------------------------------------------------------

TEST_CASE("he said after a woman the copy calls Ms. is a pronoun-gender finding", "[lint]") {
  const std::string text =
      "Ms. Psaki spoke to reporters on Wednesday. Jen Psaki reiterated that the US will not go to "
      "war.\n"
      "\u201CWe are not going to be in a war with Russia,\u201D he said.";
  const auto findings = of_rule(lint(test::doc(text)), "pronoun-gender");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].text == "he");
  CHECK(findings[0].suggestion == "she");
  CHECK(findings[0].severity == "major");
  CHECK(findings[0].start == text.find(" he said") + 1);
  CHECK(findings[0].message.find("Psaki") != std::string::npos);
}

TEST_CASE("she after his wife in a sentence naming a man is no evidence that he is a woman", "[lint]") {
  const auto findings = of_rule(
      lint(test::doc(
          "Alexander Rusikov told the 360 television station that the abductor entered his wife's ward "
          "when she was getting ready to go to the lavatory.\n"
          "The mother of the abducted child cannot believe that a person with evil intentions could be "
          "found in a maternity hospital.\n"
          "The woman was literally a few meters from the ward when she heard a scream from a fellow "
          "patient in her ward.\n"
          "The infant was already gone from the ward.\n"
          "According to Rusikov, the incident took place between three and four in the morning.\n"
          "He also added that his wife's ward was located between two nursing posts but no nurses were "
          "present when the incident took place.")),
      "pronoun-gender");
  CHECK(findings.empty());
}

TEST_CASE("a contraction typed with a straight quote opens no quotation that would hide a wrong he", "[lint]") {
  const auto findings = of_rule(
      lint(test::doc("Ms. Psaki spoke to reporters on Wednesday. Jen Psaki said the plan doesn\"t go far "
                     "enough, and he said talks would go on.")),
      "pronoun-gender");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("Psaki") != std::string::npos);
}

TEST_CASE("she after her mother in a sentence naming a woman still tells her gender", "[lint]") {
  const auto findings = of_rule(
      lint(test::doc("Anna Berg visited her mother in Oslo before she flew to Berlin on Monday.\n"
                     "The talks lasted three hours.\n"
                     "According to Berg, the deal is close.\n"
                     "He said a contract would be signed next week.\n")),
      "pronoun-gender");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("Berg") != std::string::npos);
}

TEST_CASE("a woman's gender learnt from she in a sentence naming only her flags a later he said",
          "[lint]") {
  const auto findings =
      of_rule(lint(test::doc(
                  "Maria Olsen, the fire chief, said she expected the road to reopen by Friday.\n"
                  "Olsen told residents to stay indoors overnight.\n"
                  "\u201CThe smoke is still dangerous,\u201D he said.")),
              "pronoun-gender");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].text == "he");
}

TEST_CASE("pronouns that agree with the named person are not flagged", "[lint]") {
  const auto findings = lint(test::doc(
      "Mr. Okafor announced the plan on Tuesday. \u201CWe chose Riverton,\u201D he said.\n"
      "Dr. Priya Raman said the college would double the course. She said 40 students could "
      "enroll."));
  CHECK(of_rule(findings, "pronoun-gender").empty());
}

TEST_CASE("without evidence of the person's gender the document rule stays quiet", "[lint]") {
  const auto findings = lint(test::doc(kPsakiCopy));
  CHECK(of_rule(findings, "pronoun-gender").empty());
}

TEST_CASE("a pronoun about another person of the right gender in the window is not flagged",
          "[lint]") {
  const auto findings =
      lint(test::doc("Ms. Lena Marsh met Mr. Tom Becker on Monday. Becker then praised Lena Marsh "
                     "for the budget.\n"
                     "\u201CShe did the hard work,\u201D he said."));
  CHECK(of_rule(findings, "pronoun-gender").empty());
}

TEST_CASE("a pronoun after a sentence about an unnamed person is not pinned on the last name",
          "[lint]") {
  const auto findings =
      lint(test::doc("Police spokeswoman Karin Ek said officers arrived within minutes. The "
                     "suspect, a 34-year-old "
                     "man, was arrested. He said he had acted alone, according to Ek."));
  CHECK(of_rule(findings, "pronoun-gender").empty());
}

TEST_CASE("she said after a sentence led by a woman and ending on a man is not flagged", "[lint]") {
  const auto findings =
      lint(test::doc("Prime Minister Jacinda Ardern met Mr. Joe Biden on Monday. \u201CWe "
                     "discussed trade,\u201D she "
                     "said. Biden later told reporters he was pleased."));
  CHECK(of_rule(findings, "pronoun-gender").empty());
}

TEST_CASE("an object pronoun after a saying verb is not an attribution", "[lint]") {
  const auto findings = lint(test::doc(
      "Ms. Lena Marsh chaired the meeting on Monday. The mayor told him, and the council agreed."));
  CHECK(of_rule(findings, "pronoun-gender").empty());
}

TEST_CASE("lint_pair flags he said where the aligned original says she said after Jen Psaki",
          "[lint]") {
  const auto& en = test::resources().language("en");
  const auto base = test::doc(kPsakiOriginal);
  const auto copy = test::doc(kPsakiCopy);
  const auto beads = claimdiff::align(base, copy);
  const auto findings = claimdiff::lint_pair(base, copy, 1, beads, en);
  REQUIRE(findings.size() == 1);
  const Finding& f = findings[0];
  CHECK(f.rule == "pronoun-gender");
  CHECK(f.version == 1);
  CHECK(f.text == "he");
  CHECK(f.suggestion == "she");
  CHECK(f.sentence == 1);
  CHECK(f.start == kPsakiCopy.find(" he said") + 1);
  CHECK(f.line == 2);
  CHECK(f.message.find("Jen Psaki") != std::string::npos);
}

TEST_CASE("lint_pair is quiet when the copy keeps the original's pronouns", "[lint]") {
  const auto& en = test::resources().language("en");
  const auto base = test::doc(kPsakiOriginal);
  const auto copy = test::doc(kPsakiOriginal + "The briefing ended shortly after noon.\n");
  CHECK(claimdiff::lint_pair(base, copy, 1, claimdiff::align(base, copy), en).empty());
}

TEST_CASE("lint_pair finds the Psaki pronoun in the BBC fixture pair", "[lint]") {
  const auto& en = test::resources().language("en");
  const auto base = test::fixture("bbc/original.txt");
  const auto copy = test::fixture("bbc/copy.txt");
  const auto findings = claimdiff::lint_pair(base, copy, 1, claimdiff::align(base, copy), en);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].text == "he");
  CHECK(findings[0].line == test::fixture_line("bbc/copy.txt", "put military troops in Ukraine to fight Russia,\u201D he said"));
  CHECK(findings[0].message.find("Psaki") != std::string::npos);
}

// --- whole documents and positions
// -----------------------------------------------------------------

TEST_CASE("offsets are bytes of the input as read, after a BOM and CRLF line endings", "[lint]") {
  const std::string input =
      "\xEF\xBB\xBFOfficials met on Monday.\r\nThe declaration affects the the east.\r\n";
  claimdiff::Document d = claimdiff::load_bytes("crlf.txt", input);
  claimdiff::segment(d, test::resources().language("en"));
  const auto findings = of_rule(lint(d), "repeated-word");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].start == input.find("the the"));
  CHECK(findings[0].end == input.find("the the") + 7);
  CHECK(findings[0].line == 2);
  CHECK(findings[0].column == 25);
}

TEST_CASE("the seed copy yields every artifact that needs no original", "[lint]") {
  const auto d = test::fixture("bbc/copy.txt");
  const auto findings = lint(d);
  CHECK(find(findings, "spinner-phrase", "once morest") != nullptr);
  CHECK(find(findings, "doubled-punctuation", ". .") != nullptr);
  CHECK(find(findings, "glossary", "Drafting") != nullptr);
  CHECK(find(findings, "glossary", "BBC News World") != nullptr);
  const auto quotes = of_rule(findings, "quote-mismatch");
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].line == test::fixture_line("bbc/copy.txt", "While the aggression of the Ukrainian armed forces"));
  CHECK(quotes[1].line == test::fixture_line("bbc/copy.txt", "so-called \u201Cfalse flag incidents"));
  const auto boilerplate = of_rule(findings, "boilerplate");
  REQUIRE_FALSE(boilerplate.empty());
  CHECK(boilerplate.back().line == test::fixture_line("bbc/copy.txt", "Now you can receive notifications from BBC World"));
  CHECK(of_rule(findings, "repeated-word").empty());
  CHECK(of_rule(findings, "stray-punctuation").empty());
  CHECK(std::is_sorted(findings.begin(), findings.end(),
                       [](const Finding& a, const Finding& b) { return a.start < b.start; }));
}

TEST_CASE("the clean article gives no finding at all", "[lint]") {
  const auto findings = lint(test::fixture("clean/article.txt"));
  std::string listed;
  for (const auto& f : findings)
    listed += f.rule + ": " + f.text + " (line " + std::to_string(f.line) + ")\n";
  CAPTURE(listed);
  CHECK(findings.empty());
}
