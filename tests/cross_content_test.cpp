#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "classify/cross_content.hpp"
#include "support.hpp"

using claimdiff::ChangeType;

namespace {

using test::translation_claim;

// The text of the claim's content change, empty when it has none.
std::string content(const claimdiff::Claim& c) {
  auto it = std::find_if(c.changes.begin(), c.changes.end(), [](const claimdiff::Change& ch) { return ch.type == ChangeType::Content; });
  return it == c.changes.end() ? std::string() : it->before + it->after;
}

const std::string kGerman = "Schon beim ersten Turnier in Achleiten vor drei Wochen hatte Werth alle wichtigen vier Pr\u00FCfungen gewonnen.";

}  // namespace

TEST_CASE("a German word left untranslated in the English is a major content change", "[cross-content]") {
  auto faithful = translation_claim(kGerman, "de", "Werth had already won all four important tests at the first tournament in Achleiten three weeks ago.");
  CHECK(content(faithful).empty());
  auto copied = translation_claim(kGerman, "de", "Werth had already won all four wichtigen tests at the first tournament in Achleiten three weeks ago.");
  CHECK(content(copied) == "untranslated: wichtigen");
  CHECK(copied.severity == claimdiff::Severity::Major);
}

TEST_CASE("a Spanish word copied into the English is untranslated, a Spanish name is not", "[cross-content]") {
  const std::string es = "El comit\u00E9 se fund\u00F3 en 1937, pero tras dos a\u00F1os de actividad lo interrumpi\u00F3 el estallido de la guerra.";
  auto copied = translation_claim(es, "es", "The committee was founded in 1937, but after two years of activity it was interrupted by the outbreak of the guerra.");
  CHECK(content(copied) == "untranslated: guerra");
  const std::string name = "La ministra Carmen de la Vega visit\u00F3 ayer la planta de Valladolid.";
  auto kept = translation_claim(name, "es", "Minister Carmen de la Vega visited the Valladolid plant yesterday.");
  CHECK(content(kept).empty());
}

TEST_CASE("a loan word both sides write is not untranslated where the English capital or a loan letter marks it", "[cross-content]") {
  // Inside the sentence the English capital is the writer's: "Smalahove" is a Norwegian dish.
  auto inside = translation_claim("En Noruega, el smalahove se come en Navidad.", "es", "In Norway, Smalahove is eaten at Christmas.");
  CHECK(content(inside).empty());
  // At the start every word is capitalised; "kransekake" holds a "k", a letter Spanish writes in
  // borrowed words only.
  auto opening = translation_claim("El kransekake es una torre de anillos de almendra que se sirve en Navidad.", "es",
                                   "Kransekake is a tower of almond rings served at Christmas.");
  CHECK(content(opening).empty());
  // A word of the source's own, which its dictionary lists, is still untranslated there.
  auto copied = translation_claim("En Navidad se come una cabeza de oveja ahumada.", "es", "Cabeza of a smoked sheep is eaten at Christmas.");
  CHECK(content(copied) == "untranslated: cabeza");
}

TEST_CASE("a source word the small dictionary misses is untranslated when only the sentence capitalises it", "[cross-content]") {
  auto adverb = translation_claim("El tren, lamentablemente, lleg\u00F3 tarde.", "es", "Lamentablemente, the train arrived late.");
  CHECK(content(adverb) == "untranslated: lamentablemente");
  CHECK(adverb.severity == claimdiff::Severity::Major);
  auto italian = translation_claim("Il treno, purtroppo, \u00E8 arrivato in ritardo.", "it", "Purtroppo, the train arrived late.");
  CHECK(content(italian) == "untranslated: purtroppo");
  auto noun = translation_claim("Los aguinaldos se pagaron a los trabajadores en diciembre.", "es", "Aguinaldos were paid to the workers in December.");
  CHECK(content(noun) == "untranslated: aguinaldos");
  CHECK(noun.severity == claimdiff::Severity::Major);
}

TEST_CASE("a French word quoted as a word is mentioned, not left untranslated", "[cross-content]") {
  auto c = translation_claim("En fran\u00E7ais, \u00AB vachement \u00BB veut dire \u00AB tr\u00E8s \u00BB.", "fr",
                             "In French, \"vachement\" means \"very\".");
  CHECK(content(c).empty());
}

TEST_CASE("a Russian word in Cyrillic inside the English is untranslated", "[cross-content]") {
  auto c = translation_claim("\u0414\u0438\u043F\u043B\u043E\u043C\u0430\u0442\u0438\u0447\u0435\u0441\u043A\u0438\u0435 \u043E\u0442\u043D\u043E\u0448\u0435\u043D\u0438\u044F \u0441 \u041A\u0430\u0442\u0430\u0440\u043E\u043C \u0431\u044B\u043B\u0438 \u0440\u0430\u0437\u043E\u0440\u0432\u0430\u043D\u044B \u0442\u0440\u0438 \u0433\u043E\u0434\u0430 \u043D\u0430\u0437\u0430\u0434.", "ru",
                             "Diplomatic \u043E\u0442\u043D\u043E\u0448\u0435\u043D\u0438\u044F with Qatar were severed three years ago.");
  CHECK(content(c) == "untranslated: \u043E\u0442\u043D\u043E\u0448\u0435\u043D\u0438\u044F");
}

TEST_CASE("English words scrambled out of grammatical order are a major content change, two swapped are not", "[cross-content]") {
  auto scrambled = translation_claim(kGerman, "de", "Three Werth won weeks the at tournament in first the had all Achleiten four important tests ago.");
  CHECK(content(scrambled).rfind("word order: ", 0) == 0);
  CHECK(scrambled.severity == claimdiff::Severity::Major);
  auto swapped = translation_claim(kGerman, "de", "Werth had already won all four important tests the at first tournament in Achleiten three weeks ago.");
  CHECK(content(swapped).empty());
}

TEST_CASE("a word the English repeats ('the the') is no scrambled order", "[cross-content]") {
  // Two repeated words of classes never written side by side: without the repetition rule these
  // would be two misordered pairs.
  auto c = translation_claim("Es wurde durch den Ausbruch des Krieges unterbrochen.", "de",
                             "It was interrupted by the the outbreak of of the war.");
  CHECK(content(c).empty());
}

TEST_CASE("reported speech without 'that' and a label letter are no scrambled order", "[cross-content]") {
  auto c = translation_claim("Der Minister sagte ihnen, sie m\u00FCssten gehen, und versicherte uns, wir seien sicher.", "de",
                             "The minister told them they must leave and assured us we would be safe.");
  CHECK(content(c).empty());
  c = translation_claim("Die Gruppe A hat die Gruppe B im Stadion in der Gruppe C geschlagen.", "de",
                        "Group A has beaten Group B at the stadium in Group C.");
  CHECK(content(c).empty());
}

TEST_CASE("English words younger than WordNet and brand names are not untranslated", "[cross-content]") {
  auto c = translation_claim("Public\u00F3 un selfie en la app de su iPhone.", "es", "She posted a selfie in the app on her iPhone.");
  CHECK(content(c).empty());
}

TEST_CASE("a German noun copied into the English is untranslated where the dictionary knows it, a street name is not", "[cross-content]") {
  const std::string de = "Es war das letzte Spiel f\u00FCr die All Blacks, welche die Troph\u00E4e bereits zwei Wochen zuvor gewonnen hatten.";
  auto copied = translation_claim(de, "de", "It was the last game for the All Blacks, who had won the Troph\u00E4e two weeks earlier.");
  CHECK(content(copied) == "untranslated: troph\u00E4e");
  auto street = translation_claim("Ein Zeuge h\u00F6rte gegen 3.40 Uhr L\u00E4rm in der Talstrasse und lief zum Imbiss.", "de",
                                  "A witness heard noises on Talstrasse at around 3:40 a.m. and ran to the snack bar.");
  CHECK(content(street).empty());
}

TEST_CASE("'may' and 'us' in a sentence written all in lower case are not taken for function words", "[cross-content]") {
  const std::string de = "Die USA haben im Mai das Abkommen verlassen, teilte das Ministerium mit.";
  auto lowered = translation_claim(de, "de", "the us left the agreement in may, the ministry said.");
  CHECK(content(lowered).empty());
}

TEST_CASE("an Italian word left untranslated with its elided article ('l'erosione') is untranslated", "[cross-content]") {
  const std::string it = "Secondo il noto politologo, l'erosione della CSU \u00E8 iniziata molto prima della triste era Beckstein.";
  auto faithful = translation_claim(it, "it", "According to the well-known political scientist, the erosion of the CSU began long before the sad Beckstein era.");
  CHECK(content(faithful).empty());
  auto copied = translation_claim(it, "it", "According to the well-known political scientist, l'erosione of the CSU began long before the sad Beckstein era.");
  CHECK(content(copied) == "untranslated: l'erosione");
}

namespace {

bool has_change(const claimdiff::Claim& c, ChangeType type) {
  return std::any_of(c.changes.begin(), c.changes.end(), [&](const claimdiff::Change& ch) { return ch.type == type; });
}

}  // namespace

TEST_CASE("an English name that says what it names is translated, a person's name is copied", "[cross-content]") {
  const std::string russian = "Проспект \"Каролины\" Джек Друри в следующем сезоне будет выступать в чемпионате Швеции.";
  CHECK_FALSE(has_change(translation_claim(russian, "ru", "Carolina prospect Jack Drury will play in the Swedish Championship next season."), ChangeType::Entity));
  CHECK(has_change(translation_claim(russian, "ru", "Carolina prospect Jack Drury will play with Frank Sinatra in the Swedish Championship next season."), ChangeType::Entity));
  const claimdiff::LanguageData& en = test::resources().language("en");
  CHECK(claimdiff::detail::descriptive_english_name("czech republic", en));
  CHECK(claimdiff::detail::descriptive_english_name("swedish championship", en));
  CHECK(claimdiff::detail::descriptive_english_name("black death", en));
  CHECK(claimdiff::detail::descriptive_english_name("former prime minister", en));
  CHECK(claimdiff::detail::descriptive_english_name("cold war", en));
  CHECK(claimdiff::detail::descriptive_english_name("south africa's", en));
  CHECK_FALSE(claimdiff::detail::descriptive_english_name("new york", en));
  CHECK_FALSE(claimdiff::detail::descriptive_english_name("new zealand", en));
  CHECK_FALSE(claimdiff::detail::descriptive_english_name("great britain", en));
  CHECK_FALSE(claimdiff::detail::descriptive_english_name("frank field", en));
  CHECK(claimdiff::detail::descriptive_english_name("northern fleet", en));
  CHECK_FALSE(claimdiff::detail::descriptive_english_name("frank sinatra", en));
  CHECK_FALSE(claimdiff::detail::descriptive_english_name("gordon brown", en));
  CHECK_FALSE(claimdiff::detail::descriptive_english_name("eastern paraguay", en));
}

TEST_CASE("a place named in English and left out of the translation is a name lost", "[cross-content]") {
  const std::string english = "The mayor of New York, Eric Adams, met police chiefs on Monday.";
  CHECK(has_change(translation_claim("Der Bürgermeister Eric Adams traf sich am Montag mit Polizeichefs.", "de", english), ChangeType::Entity));
  CHECK(has_change(translation_claim("Starosta Eric Adams se v pondělí sešel s policejními šéfy.", "cs", english), ChangeType::Entity));
}

TEST_CASE("a name of the source translated into a descriptive English name is no name lost", "[cross-content]") {
  const std::string spanish = "La Guerra Fría terminó con la caída del muro en 1989.";
  CHECK_FALSE(has_change(translation_claim(spanish, "es", "The Cold War ended with the fall of the wall in 1989."), ChangeType::Entity));
}

TEST_CASE("a name begun by a relational adjective, or one WordNet lists as neither place nor person, is translated word by word", "[cross-content]") {
  const std::string french = "La peste noire a tué un tiers de la population européenne au XIVe siècle.";
  CHECK_FALSE(has_change(translation_claim(french, "fr", "The Black Death killed a third of Europe's population in the 14th century."), ChangeType::Entity));
  const std::string czech = "Česká republika od pondělí uzavře hranice se Slovenskem.";
  CHECK_FALSE(has_change(translation_claim(czech, "cs", "The Czech Republic will close its border with Slovakia from Monday."), ChangeType::Entity));
}

TEST_CASE("a name begun by an adjective of quality that WordNet does not list whole is kept, and lost when dropped", "[cross-content]") {
  const std::string french = "Le député a quitté le Parti travailliste jeudi.";
  CHECK(has_change(translation_claim(french, "fr", "The MP Frank Field left the Labour Party on Thursday."), ChangeType::Entity));
  const std::string german = "Die Regierung hat das Unternehmen von der Liste der Lieferanten gestrichen.";
  CHECK(has_change(translation_claim(german, "de", "The government of New Zealand has removed the company from the list of suppliers."), ChangeType::Entity));
  CHECK(has_change(translation_claim(german, "de", "The government of Great Britain has removed the company from the list of suppliers."), ChangeType::Entity));
}

TEST_CASE("a digit one on one side only is a count lost, unless the language writes 'a sailor' as '船員１人'", "[cross-content]") {
  auto lost = translation_claim("Bei dem Brand am Montag gab es Verletzte.", "de", "1 person died in the fire on Monday.");
  REQUIRE(has_change(lost, ChangeType::Number));
  CHECK(lost.severity == claimdiff::Severity::Major);
}

TEST_CASE("a word written twice in a row states no second number or name", "[cross-content]") {
  const std::string german = "Heil sagte, dass 2017 ein relativ strenges Gesetz für die Fleischindustrie in Kraft getreten sei.";
  CHECK_FALSE(has_change(translation_claim(german, "de", "Heil said that a relatively strict law came into force for the meat industry in 2017 2017."), ChangeType::Number));
  CHECK(has_change(translation_claim(german, "de", "Heil said that a relatively strict law came into force for the meat industry in 2017 and 2018."), ChangeType::Number));
  const std::string spanish = "Hasta ahora se han registrado en España más de 272.000 infecciones.";
  CHECK_FALSE(has_change(translation_claim(spanish, "es", "So far, more than 272,000 infections have been registered in Spain Spain."), ChangeType::Entity));
  const std::string russian = "Старая версия песни ну ясно же в 1 000 000 раз лучше.";
  CHECK_FALSE(has_change(translation_claim(russian, "ru", "The old version of the song is obviously 1,000,000 times better."), ChangeType::Number));
  // A comma between two equal scores separates two values.
  CHECK_FALSE(has_change(translation_claim("Zverev gewann das Finale mit 6:4 und 6:4 gegen Medwedew.", "de", "Zverev won the final 6-4, 6-4 against Medvedev."), ChangeType::Number));
}

TEST_CASE("negation across Italian, Polish and Hindi: a 'not' the source lacks is major, a negative prefix answers 'non'", "[cross-content]") {
  const std::string italian = "Questo consegue dalla nota dell'autore, ma non è corretta.";
  CHECK_FALSE(has_change(translation_claim(italian, "it", "This follows from the author's note, but it is incorrect."), ChangeType::Negation));
  CHECK(has_change(translation_claim(italian, "it", "This follows from the author's note, and it is correct."), ChangeType::Negation));
  const std::string polish = "Budowniczowie twierdzą, że meczet jest największy w Afryce Zachodniej.";
  CHECK_FALSE(has_change(translation_claim(polish, "pl", "The builders claim the mosque is the largest in West Africa."), ChangeType::Negation));
  CHECK(has_change(translation_claim(polish, "pl", "The builders claim the mosque is not the largest in West Africa."), ChangeType::Negation));
  const std::string hindi = "पुल सितंबर 2017 में पूरी तरह चालू किया जाना है.";
  CHECK(has_change(translation_claim(hindi, "hi", "The bridge is not expected to be fully operational in September 2017."), ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim(hindi, "hi", "The bridge is expected to be fully operational in September 2017."), ChangeType::Negation));
}

TEST_CASE("Chinese and Japanese negators are found inside the words their segmentation glues them to", "[cross-content]") {
  // "他不|同意" and "な|か|っ|た": the negator is no word of its own; "不同" (different) holds one
  // and negates nothing.
  const std::string chinese = "市长说，他不同意这项计划，两个部门的意见也不同。";
  CHECK_FALSE(has_change(translation_claim(chinese, "zh", "The mayor said he did not agree with the plan, and the two departments also differ."), ChangeType::Negation));
  CHECK(has_change(translation_claim(chinese, "zh", "The mayor said he agreed with the plan, and the two departments also differ."), ChangeType::Negation));
  const std::string plain = "这些国家的代表在会议上讨论了不同的方案。";
  CHECK_FALSE(has_change(translation_claim(plain, "zh", "Representatives of these countries discussed different options at the meeting."), ChangeType::Negation));
  CHECK(has_change(translation_claim(plain, "zh", "Representatives of these countries did not discuss different options at the meeting."), ChangeType::Negation));
  const std::string japanese = "市はその計画を承認しなかった。";
  CHECK_FALSE(has_change(translation_claim(japanese, "ja", "The city did not approve the plan."), ChangeType::Negation));
  CHECK(has_change(translation_claim(japanese, "ja", "The city approved the plan."), ChangeType::Negation));
  // "なければならない" is "must": two negators that say one thing.
  const std::string must = "住民は午後8時までに避難しなければならない。";
  CHECK_FALSE(has_change(translation_claim(must, "ja", "Residents must evacuate by 8 p.m."), ChangeType::Negation));
  // A negator's character in a name's sound ("不丹", Bhutan; "不列颠", Britain), a set phrase
  // ("不动产" real estate, "毫无疑问" undoubtedly) or a question that affirms ("必要ではないか",
  // "may be needed") negates nothing.
  CHECK_FALSE(has_change(translation_claim("不丹国王昨天访问了印度。", "zh", "The King of Bhutan visited India yesterday."), ChangeType::Negation));
  CHECK(has_change(translation_claim("不丹国王昨天没有访问印度。", "zh", "The King of Bhutan visited India yesterday."), ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim("首相将于下周访问大不列颠。", "zh", "The prime minister will visit Great Britain next week."), ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim("今年不动产价格上涨了百分之五。", "zh", "Real estate prices rose five percent this year."), ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim("毫无疑问，这项改革将提高效率。", "zh", "Undoubtedly, the reform will improve efficiency."), ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim("政府は対策が必要ではないかとの見方を示した。", "ja", "The government suggested that measures may be needed."), ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim("「すみません」と首相は記者団に述べた。", "ja", "\"Excuse me,\" the prime minister told reporters."), ChangeType::Negation));
  CHECK(has_change(translation_claim("政府は対策が必要ではないと述べた。", "ja", "The government said that measures are needed."), ChangeType::Negation));
}

TEST_CASE("a 'she' where the source's pronouns say only 'he' is a pronoun change; an ambiguous or dropped pronoun tells nothing", "[cross-content]") {
  const std::string russian = "По словам тренера, он вернется в команду через две недели.";
  CHECK_FALSE(has_change(translation_claim(russian, "ru", "According to the coach, he will return to the team in two weeks."), ChangeType::Pronoun));
  CHECK(has_change(translation_claim(russian, "ru", "According to the coach, she will return to the team in two weeks."), ChangeType::Pronoun));
  const std::string german = "Der Minister sagte, er werde seinen Posten im Herbst abgeben.";
  CHECK(has_change(translation_claim(german, "de", "The minister said she would leave her post in the autumn."), ChangeType::Pronoun));
  // German "sie" is also "they": it names no woman, so "he" against it proves nothing.
  CHECK_FALSE(has_change(translation_claim("Die Ministerin sagte, sie werde den Posten abgeben.", "de", "The minister said he would leave the post."), ChangeType::Pronoun));
  // Spanish drops its subject: the verb tells no gender.
  CHECK_FALSE(has_change(translation_claim("Dijo que volver\u00E1 al equipo en dos semanas.", "es", "She said she would return to the team in two weeks."), ChangeType::Pronoun));
}

TEST_CASE("a source pronoun standing for a thing gives no gender against an English 'it', 'its' or 'which'", "[cross-content]") {
  // German "sein", Russian "её", Polish "go", Czech "ho" stand for a company, a country or a law
  // here; English renders them "its", "it" or "which", and the person's "she" or "he" is no
  // change.
  CHECK_FALSE(has_change(translation_claim("Sie sagte, das Unternehmen werde seinen Sitz nach Berlin verlegen.", "de", "She said the company would move its headquarters to Berlin."), ChangeType::Pronoun));
  CHECK_FALSE(has_change(translation_claim("Die Kanzlerin lobte den Plan, er sei ein wichtiger Schritt.", "de", "The chancellor praised the plan, which she called an important step."), ChangeType::Pronoun));
  CHECK_FALSE(has_change(translation_claim("Лавров прибыл в Женеву и отметил, что Россия и её союзники готовы к переговорам.", "ru",
                                           "Lavrov arrived in Geneva, where he noted that Russia and its allies were ready for talks."), ChangeType::Pronoun));
  CHECK_FALSE(has_change(translation_claim("Министр заявила, что закон важен и он вступит в силу в январе.", "ru",
                                           "The minister said the law was important and she expected it to take effect in January."), ChangeType::Pronoun));
  CHECK_FALSE(has_change(translation_claim("Premier powiedziała, że rząd przedstawi go w przyszłym tygodniu.", "pl", "The prime minister said she would present it next week."), ChangeType::Pronoun));
  CHECK_FALSE(has_change(translation_claim("Ministryně uvedla, že zákon je důležitý a že ho vláda schválí.", "cs",
                                           "The minister said the law was important and that she expected the government to approve it."), ChangeType::Pronoun));
  // French "il" is impersonal ("il faut") or a thing ("le budget ... il"): it tells no gender.
  CHECK_FALSE(has_change(translation_claim("Selon la ministre, il faut agir vite, a précisé son porte-parole.", "fr",
                                           "According to the minister, action must be taken quickly, her spokesman said."), ChangeType::Pronoun));
  CHECK_FALSE(has_change(translation_claim("La présidente a présenté le budget : il prévoit des coupes importantes.", "fr",
                                           "The president presented the budget, which she said provides for major cuts."), ChangeType::Pronoun));
  // The rule still reads a person's pronoun where the English has no thing to render.
  CHECK(has_change(translation_claim("Der Trainer sagte, er werde seinen Vertrag verlängern.", "de", "The coach said she would extend her contract."), ChangeType::Pronoun));
  CHECK(has_change(translation_claim("Министр заявила, что она уйдёт в отставку в январе.", "ru", "The minister said he would resign in January."), ChangeType::Pronoun));
  // Chinese "他" is a person only (a thing is "它"): the English "which" renders something else.
  CHECK(has_change(translation_claim("他一直无法用药物来缓解疼痛，因为比赛禁止参赛者服用这些药物。", "zh",
                                     "She has been unable to relieve the pain with medication, which the competition prohibits competitors from taking."), ChangeType::Pronoun));
}

TEST_CASE("against Hindi, which marks no names, an English name no Hindi word spells by its consonants is an entity change", "[cross-content]") {
  const std::string hindi = "\u0936\u094D\u0930\u0940 \u0921\u091F\u094D\u091F\u0928 \u0928\u0947 \u0915\u0939\u093E \u0915\u093F \u0938\u0941\u0936\u094D\u0930\u0940 "
                             "\u092A\u094D\u0932\u093F\u092C\u0930\u0938\u0947\u0915 \u0915\u094B \u091C\u0935\u093E\u092C \u0926\u0947\u0928\u093E \u091A\u093E\u0939\u093F\u090F\u0964";
  // "श्री डट्टन ने कहा कि सुश्री प्लिबरसेक को जवाब देना चाहिए।"
  CHECK_FALSE(has_change(translation_claim(hindi, "hi", "Mr. Dutton said that Ms. Plibersek should answer."), ChangeType::Entity));
  CHECK(has_change(translation_claim(hindi, "hi", "Mr. Dutton said that Ms. Kowalczyk should answer."), ChangeType::Entity));
  // A weekday and a place are written in Hindi words of their own, not spelt.
  CHECK_FALSE(has_change(translation_claim(hindi, "hi", "Mr. Dutton said on Wednesday that Ms. Plibersek should answer in India."), ChangeType::Entity));
}

TEST_CASE("Hindi spells English 'ch', soft 'g' and 'n' before a consonant by the sounds: 'Michael', 'George', 'Angela' are found", "[cross-content]") {
  // "माइकल ने कहा कि वह कल लौटेंगे।": Hindi "क" for the "ch" of Michael.
  CHECK_FALSE(has_change(translation_claim("माइकल ने कहा कि वह कल लौटेंगे।", "hi", "Michael said he would return tomorrow."), ChangeType::Entity));
  CHECK(has_change(translation_claim("माइकल ने कहा कि वह कल लौटेंगे।", "hi", "Robert said he would return tomorrow."), ChangeType::Entity));
  CHECK_FALSE(has_change(translation_claim("क्रिस ने कहा कि वह कल लौटेंगे।", "hi", "Chris said he would return tomorrow."), ChangeType::Entity));
  CHECK_FALSE(has_change(translation_claim("जॉर्ज ने कहा कि वह कल लौटेंगे।", "hi", "George said he would return tomorrow."), ChangeType::Entity));
  CHECK_FALSE(has_change(translation_claim("एंजेला मर्केल ने कहा कि वार्ता जारी रहेगी।", "hi", "Angela Merkel said the talks would continue."), ChangeType::Entity));
  CHECK_FALSE(has_change(translation_claim("नाइजेल फराज ने कहा कि वार्ता जारी रहेगी।", "hi", "Nigel Farage said the talks would continue."), ChangeType::Entity));
  CHECK_FALSE(has_change(translation_claim("प्रियंका चोपड़ा ने कहा कि फिल्म अगले महीने आएगी।", "hi", "Priyanka Chopra said the film would come out next month."), ChangeType::Entity));
  CHECK(has_change(translation_claim("प्रियंका चोपड़ा ने कहा कि फिल्म अगले महीने आएगी।", "hi", "Priyanka Dutton said the film would come out next month."), ChangeType::Entity));
}

TEST_CASE("names are read by their consonants against Devanagari only: Arabic and Korean write a foreign name with other consonants", "[cross-content]") {
  // Arabic "بومبيو" writes Pompeo with "b"; Korean "패라지" writes Farage with "p".
  CHECK_FALSE(has_change(translation_claim("قال بومبيو إن المحادثات ستستمر.", "ar", "Pompeo said the talks would continue."), ChangeType::Entity));
  CHECK_FALSE(has_change(translation_claim("패라지 대표는 회담이 계속될 것이라고 말했다.", "ko", "Farage said the talks would continue."), ChangeType::Entity));
}

TEST_CASE("Czech negates by a prefix: a listed negator lost is major, a prefixed verb answers 'not'", "[cross-content]") {
  const std::string listed = "Bývalý premiér Jiří Paroubek není placeným poradcem sociální demokracie.";
  CHECK_FALSE(has_change(translation_claim(listed, "cs", "Former Prime Minister Jiří Paroubek is not a paid adviser to the Social Democrats."), ChangeType::Negation));
  CHECK(has_change(translation_claim(listed, "cs", "Former Prime Minister Jiří Paroubek is a paid adviser to the Social Democrats."), ChangeType::Negation));
  const std::string prefixed = "Firma loni nezaplatila daně za dovoz plynu.";
  CHECK_FALSE(has_change(translation_claim(prefixed, "cs", "Last year the company did not pay taxes on gas imports."), ChangeType::Negation));
}

TEST_CASE("a Czech 'to be' negated in the present ('nejste', 'nejsme') answers 'not' though it begins like a superlative", "[cross-content]") {
  const std::string czech = "Pokud nejste zvyklí na jízdu po venkovských silnicích, buďte opatrní.";
  CHECK_FALSE(has_change(translation_claim(czech, "cs", "If you are not used to driving on country roads, be careful."), ChangeType::Negation));
  CHECK(has_change(translation_claim(czech, "cs", "If you are used to driving on country roads, be careful."), ChangeType::Negation));
  const std::string superlative = "Nejvíce nakažených je v Praze, uvedlo ministerstvo.";
  CHECK(has_change(translation_claim(superlative, "cs", "Prague does not have the most infections, the ministry said."), ChangeType::Negation));
}

TEST_CASE("an alternative ('whether or not'), an intensifier ('что ни на есть') and a litotes ('не могла не') negate nothing across a translation", "[cross-content]") {
  const std::string russian = "Банки анализируют данные клиентов, чтобы определить, можем ли мы получить кредит.";
  CHECK_FALSE(has_change(translation_claim(russian, "ru", "Banks analyse customer data to determine whether or not we might get a loan."), ChangeType::Negation));
  CHECK(has_change(translation_claim(russian, "ru", "Banks analyse customer data to determine that we might not get a loan."), ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim("Это самое что ни на есть яблочко.", "ru", "That is a real bull's eye."), ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim("Она не могла не удивляться снегу.", "ru", "She could only wonder at the snow."), ChangeType::Negation));
}

TEST_CASE("a slash form of two small numbers ('1/8') answers the other side's date in either order, or its fraction", "[cross-content]") {
  CHECK_FALSE(has_change(translation_claim("\"Сити\" и \"Реал\" смогут провести ответный матч 1/8 финала Лиги чемпионов.", "ru",
                                           "City and Real may play the return match of the Champions League 1/8 final."),
                         ChangeType::Number));
  CHECK_FALSE(has_change(translation_claim("Объект занял бы примерно 1/2 площади Манхэттена.", "ru", "The object would cover half the area of Manhattan."), ChangeType::Number));
  CHECK_FALSE(has_change(translation_claim("Der Anschlag geschah am 1. August in London.", "de", "The attack took place on 1/8 in London."), ChangeType::Number));
  CHECK_FALSE(has_change(translation_claim("Les deux tiers des membres, soit 2/3, ont voté oui.", "fr", "Two-thirds of members, or 2/3, voted yes."), ChangeType::Number));
  CHECK_FALSE(has_change(translation_claim("L'attentat a eu lieu le 1/8 à Paris.", "fr", "The attack took place on 1 August in Paris."), ChangeType::Number));
  CHECK(has_change(translation_claim("Матч 1/8 финала пройдёт в Манчестере.", "ru", "The 1/4 final will be played in Manchester."), ChangeType::Number));
  CHECK(has_change(translation_claim("Der Anschlag geschah am 1. August in London.", "de", "The attack took place on 1/9 in London."), ChangeType::Number));
}

TEST_CASE("'or not' between two predicates denies the second: only 'whether ... or not' is an alternative", "[cross-content]") {
  const std::string english = "Staff who were late or not vaccinated were suspended, the hospital said.";
  const auto claim = translation_claim("Сотрудники, которые опоздали или были вакцинированы, были отстранены, сообщили в больнице.", "ru", english);
  CHECK(has_change(claim, ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim("Неважно, готов я или нет, мне пора идти.", "ru", "Whether I'm ready or not, I have to go."), ChangeType::Negation));
}

TEST_CASE("an implied negator does not answer the negated form of its own translation ('не игнорировал' is not 'ignored')", "[cross-content]") {
  CHECK(has_change(translation_claim("Он не игнорировал замечания экипажа.", "ru", "He ignored the crew's remarks."), ChangeType::Negation));
  // A language with no list of implied negators: the negated verb is spelt like the implied one.
  CHECK(has_change(translation_claim("Non ha ignorato le osservazioni dell'equipaggio.", "it", "He ignored the crew's remarks."), ChangeType::Negation));
  CHECK(has_change(translation_claim("No ignoró las observaciones de la tripulación.", "es", "He ignored the crew's remarks."), ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim("Он игнорировал замечания экипажа.", "ru", "He did not listen to the crew's remarks."), ChangeType::Negation));
}

TEST_CASE("'ignored' renders a negated verb of reacting ('не реагировал')", "[cross-content]") {
  const std::string russian = "Пассажир рейса Калининград - Москва закурил во время полета и не реагировал на замечания.";
  CHECK_FALSE(has_change(translation_claim(russian, "ru", "The Kaliningrad-Moscow passenger smoked during the flight and ignored reprimands."), ChangeType::Negation));
  CHECK(has_change(translation_claim(russian, "ru", "The Kaliningrad-Moscow passenger smoked during the flight and heeded reprimands."), ChangeType::Negation));
}

TEST_CASE("a German or French word that negates by its meaning ('erfolglos', 'privés d'électricité', 'd'éviter') answers a negator", "[cross-content]") {
  auto claim = [](const std::string& german, const std::string& french) {
    auto a = test::doc(german, "de");
    auto b = test::doc(french, "fr");
    claimdiff::AlignOptions across;
    across.cross_language = true;
    auto claims = claimdiff::classify(a, b, claimdiff::align(a, b, across), test::resources().language("de"), test::resources().language("fr"));
    REQUIRE(claims.size() == 1);
    return claims[0];
  };
  CHECK_FALSE(has_change(claim("Wenn die Suche nach dem Eigentümer erfolglos bleibt, muss die Bank das Guthaben überweisen.",
                               "Si la recherche du propriétaire n'aboutit pas, la banque doit transférer le solde."),
                         ChangeType::Negation));
  CHECK_FALSE(has_change(claim("Am 30. Juni hatten Tausende von Haushalten keinen Strom.",
                               "Le 30 juin, des milliers de ménages ont été privés d’électricité."),
                         ChangeType::Negation));
  CHECK_FALSE(has_change(claim("Die Sozialversicherung muss das Geld nicht vorstrecken, erklärt Michel Beaugas.",
                               "Cela permet d'éviter à la sécurité sociale d'avancer l'argent, explique Michel Beaugas."),
                         ChangeType::Negation));
  CHECK(has_change(claim("Die Sozialversicherung muss das Geld nicht vorstrecken, erklärt Michel Beaugas.",
                         "Cela permet à la sécurité sociale d'avancer l'argent, explique Michel Beaugas."),
                   ChangeType::Negation));
  // "privé de" as the adjective of "le secteur privé" answers nothing.
  CHECK(has_change(claim("Der private Sektor der Region erhielt keine Hilfe vom Staat.",
                         "Le secteur privé de la région a reçu de l'aide de l'État."),
                   ChangeType::Negation));
}

TEST_CASE("an English word that only begins like a negative prefix ('disclosed', 'intense') answers no 'non'", "[cross-content]") {
  const std::string italian = "La polizia non ha rivelato il nome della vittima.";
  CHECK(has_change(translation_claim(italian, "it", "Police disclosed the name of the victim."), ChangeType::Negation));
  CHECK_FALSE(claimdiff::detail::negated_by_prefix("intense", test::resources().language("en")));
  CHECK(claimdiff::detail::negated_by_prefix("incorrect", test::resources().language("en")));
}

TEST_CASE("a Czech noun or superlative that begins with 'ne' ('Nemocnice', 'nejvíce') answers no English 'not'", "[cross-content]") {
  const std::string english = "The hospital did not confirm the death on Monday.";
  CHECK(has_change(translation_claim("Nemocnice v pondělí úmrtí potvrdila.", "cs", english), ChangeType::Negation));
  CHECK(has_change(translation_claim("Úmrtí v pondělí potvrdila nejvíce nemocnice.", "cs", english), ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim("Nemocnice v pondělí úmrtí nepotvrdila.", "cs", english), ChangeType::Negation));
}

TEST_CASE("two prepositions side by side ('from within', 'in between') are English, not a word dropped", "[cross-content]") {
  CHECK(content(translation_claim("Die Kritik kam aus der Partei selbst, sagte der Minister am Montag.", "de",
                                  "Criticism was from within the party, the minister said on Monday.")).empty());
  CHECK(content(translation_claim("Es lag zwischen den beiden Vorschl\u00E4gen, sagte der Minister.", "de",
                                  "It was in between the two proposals, the minister said.")).empty());
}

TEST_CASE("an article left without its noun is a word dropped, two neighbours swapped are a slip", "[cross-content]") {
  const std::string spanish = "La policía detuvo a dos hombres en el centro de la ciudad el sábado por la noche.";
  CHECK(content(translation_claim(spanish, "es", "Police arrested two men in the centre of the city on Saturday night.")).empty());
  auto dropped = translation_claim(spanish, "es", "Police arrested two men in the of the city on Saturday night.");
  CHECK(content(dropped) == "word order: the of");
  CHECK(dropped.severity == claimdiff::Severity::Major);
  // "the of" read back as "of the": one swap of neighbours mends it.
  CHECK(content(translation_claim(spanish, "es", "Police arrested two men in the centre the of city on Saturday night.")).empty());
  // A possessive for a pronoun is a slip of one word's form.
  const std::string italian = "È tra le migliori, proprio come quella che ha battuto il Dream Team alle Olimpiadi del 2004.";
  CHECK(content(translation_claim(italian, "it", "Its is among the best, just like the one that beat the Dream Team in the 2004 Olympics.")).empty());
}

TEST_CASE("a month Japanese writes as a number is the month English names", "[cross-content]") {
  const std::string japanese = "熊本県出身の増田巡査は１８９５年７月に高串に赴任。";
  CHECK_FALSE(has_change(translation_claim(japanese, "ja", "Officer Masuda, a native of Kumamoto Prefecture, was assigned to Takagushi in July 1895."), ChangeType::Number));
  CHECK(has_change(translation_claim(japanese, "ja", "Officer Masuda, a native of Kumamoto Prefecture, was assigned to Takagushi in August 1895."), ChangeType::Number));
}

TEST_CASE("one, or a month named alone, on one side only is phrasing; a digit replaced is major", "[cross-content]") {
  auto number_severity = [](const claimdiff::Claim& c) {
    auto it = std::find_if(c.changes.begin(), c.changes.end(), [](const claimdiff::Change& ch) { return ch.type == ChangeType::Number; });
    return it == c.changes.end() ? claimdiff::Severity::None : it->severity;
  };
  const std::string japanese = "共に拉致されたガーナ国籍の同僚船員１人も同時に解放された。";
  CHECK(number_severity(translation_claim(japanese, "ja", "A Ghanaian sailor who was abducted with him was also released at the same time.")) != claimdiff::Severity::Major);
  CHECK(number_severity(translation_claim(japanese, "ja", "Two Ghanaian sailors abducted with him, 3 in all, were also released at the same time.")) == claimdiff::Severity::Major);
  const std::string polish = "Zespół został sklasyfikowany na tej samej pozycji w poprzednim, lipcowym zestawieniu.";
  CHECK(number_severity(translation_claim(polish, "pl", "The team was classified in the same position in the previous, July ranking.")) != claimdiff::Severity::Major);
}

TEST_CASE("a negator rendered by a hyphenated prefix, a word of degree or restrictive 'ne ... qu'' is no negation dropped", "[cross-content]") {
  const std::string es = "Apple les hab\u00EDa informado de 34 incidentes, que la compa\u00F1\u00EDa catalog\u00F3 como \u00ABno graves\u00BB.";
  CHECK_FALSE(has_change(translation_claim(es, "es", "Apple had informed them of 34 incidents, which the company listed as \"non-serious\"."), ChangeType::Negation));
  CHECK(has_change(translation_claim(es, "es", "Apple had informed them of 34 incidents, which the company listed as \"serious\"."), ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim("En apenas dos semanas, las fuerzas aliadas liberaron el sur del pa\u00EDs.", "es",
                                           "In just two weeks, the allied forces liberated the south of the country."), ChangeType::Negation));
  const std::string fr = "Alors r\u00E9sistez \u00E0 la tentation d'en retirer ne serait-ce qu'\u00AB une seule \u00BB.";
  CHECK_FALSE(has_change(translation_claim(fr, "fr", "So resist the temptation to remove \"just one\"."), ChangeType::Negation));
}

TEST_CASE("a compound hyphened to a word of its own (in-kind) negates nothing; a negator it leaves out is dropped", "[cross-content]") {
  CHECK(has_change(translation_claim("L'entreprise n'a pas fait de dons en nature.", "fr", "The company made in-kind donations."), ChangeType::Negation));
  CHECK(has_change(translation_claim("Les patients ne sont pas hospitalis\u00E9s.", "fr", "The patients receive in-patient care."), ChangeType::Negation));
  CHECK(has_change(translation_claim("Les soins ne sont pas dispens\u00E9s \u00E0 domicile.", "fr", "The care is provided as in-home care."), ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim("Il n'a pas \u00E9t\u00E9 bless\u00E9 gravement.", "fr", "He suffered a non-serious injury."), ChangeType::Negation));
}

TEST_CASE("rock \u2019n\u2019 roll holds no French negator n'", "[cross-content]") {
  CHECK_FALSE(has_change(translation_claim("Il a toujours aim\u00E9 le rock \u2019n\u2019 roll.", "fr", "He has always loved rock and roll."), ChangeType::Negation));
  CHECK_FALSE(has_change(translation_claim("Il a toujours aim\u00E9 le rock 'n' roll.", "fr", "He has always loved rock and roll."), ChangeType::Negation));
}

TEST_CASE("a Japanese quotation in corner brackets answers the English quotation marks", "[cross-content]") {
  const std::string ja = "\u80E1\u9326\u6FE4\u56FD\u5BB6\u4E3B\u5E2D\u306F\u3001\u767A\u5C55\u9014\u4E0A\u56FD\u306B\u300C\u307E\u305A\u6C5A\u67D3\u3057\u3066\u304B\u3089\u5F8C\u59CB\u672B\u3092\u3059\u308B\u3068\u3044\u3046\u3053\u308C\u307E\u3067\u306E\u3084\u308A\u65B9\u3092\u907F\u3051\u308B\u3088\u3046\u306B\u300D\u3068\u547C\u3073\u304B\u3051\u307E\u3057\u305F\u3002";
  CHECK_FALSE(has_change(translation_claim(ja, "ja", "Hu Jintao called on developing countries to \"avoid the traditional practice of polluting first and cleaning up afterwards\"."),
                         ChangeType::Quote));
  CHECK(has_change(translation_claim(ja, "ja", "Hu Jintao called on developing countries to avoid the traditional practice of polluting first and cleaning up afterwards."),
                   ChangeType::Quote));
}

TEST_CASE("a decade written by its last two digits is the decade the translation writes in full", "[cross-content]") {
  const std::string fr = "Dans les ann\u00E9es 70 et 80, New Faces et Opportunity Knocks ont lanc\u00E9 la plupart des stars de la t\u00E9l\u00E9vision britannique.";
  CHECK_FALSE(has_change(translation_claim(fr, "fr", "In the 1970s and 1980s, New Faces and Opportunity Knocks launched most of the stars of British television."),
                         ChangeType::Number));
  CHECK(has_change(translation_claim(fr, "fr", "In the 1970s and 1990s, New Faces and Opportunity Knocks launched most of the stars of British television."),
                   ChangeType::Number));
}

TEST_CASE("the English 'no one' answers no digit the source writes: the digits pair with digits first", "[cross-content]") {
  const std::string pl = "A nawet je\u015Bli chcemy negocjowa\u0107 z Amerykanami w formacie 5+1, to nikt nie jest w stanie przewidzie\u0107 wyniku.";
  CHECK_FALSE(has_change(translation_claim(pl, "pl", "And even if we want to negotiate with the Americans in the 5 + 1 format, no one can predict the result."),
                         ChangeType::Number));
  CHECK(has_change(translation_claim(pl, "pl", "And even if we want to negotiate with the Americans in the 5 + 2 format, no one can predict the result."),
                   ChangeType::Number));
}

TEST_CASE("a model's designation (F-35) after the sentence's first word makes no name the translation lacks", "[cross-content]") {
  const std::string pl = "My\u015Bliwiec F-35 Lightning II produkowany przez koncern Lockheed Martin to jednomiejscowy my\u015Bliwiec pi\u0105tej generacji.";
  CHECK_FALSE(has_change(translation_claim(pl, "pl", "The F-35 Lightning II fighter manufactured by Lockheed Martin is a single-seat fifth generation fighter."),
                         ChangeType::Entity));
  CHECK(has_change(translation_claim(pl, "pl", "The F-35 Lightning II fighter manufactured by the company is a single-seat fifth generation fighter."),
                   ChangeType::Entity));
}

TEST_CASE("an English name WordNet lists whole after an adjective, Free French, is translated, not a name dropped", "[cross-content]") {
  const std::string es = "En apenas dos semanas, las fuerzas norteamericanas y las de la Francia Libre hab\u00EDan logrado la liberaci\u00F3n del sur de Francia.";
  CHECK_FALSE(has_change(translation_claim(es, "es", "In just two weeks, American and Free French forces had liberated southern France."), ChangeType::Entity));
  CHECK(has_change(translation_claim(es, "es", "In just two weeks, American and Free French forces under Charles Morgan had liberated southern France."),
                   ChangeType::Entity));
}

TEST_CASE("a number of two digits answers a year in full only where both sides write a decade", "[cross-content]") {
  auto number_severity = [](const claimdiff::Claim& c) {
    auto it = std::find_if(c.changes.begin(), c.changes.end(), [](const claimdiff::Change& ch) { return ch.type == ChangeType::Number; });
    return it == c.changes.end() ? claimdiff::Severity::None : it->severity;
  };
  CHECK(number_severity(translation_claim("Il a \u00E9t\u00E9 \u00E9lu \u00E0 45 ans.", "fr", "He was elected in 1945.")) == claimdiff::Severity::Major);
  CHECK(number_severity(translation_claim("Le bilan de l'incendie s'\u00E9l\u00E8ve \u00E0 23 morts, selon le minist\u00E8re.", "fr",
                                          "The 2023 fire toll was released by the ministry.")) == claimdiff::Severity::Major);
  CHECK(number_severity(translation_claim("Le Premier ministre, 54 ans, a d\u00E9missionn\u00E9.", "fr", "The Prime Minister, born in 1954, has resigned.")) ==
        claimdiff::Severity::Major);
  CHECK_FALSE(has_change(translation_claim("La musique des ann\u00E9es 70 a marqu\u00E9 sa jeunesse.", "fr", "The music of the 1970s marked his youth."), ChangeType::Number));
  CHECK(has_change(translation_claim("La musique des ann\u00E9es 70 a marqu\u00E9 sa jeunesse.", "fr", "The music of the 1960s marked his youth."), ChangeType::Number));
  CHECK(has_change(translation_claim("La musique des ann\u00E9es 70 a marqu\u00E9 sa jeunesse.", "fr", "The music of 1970 marked his youth."), ChangeType::Number));
  CHECK_FALSE(has_change(translation_claim("La m\u00FAsica de los a\u00F1os 80 marc\u00F3 su juventud.", "es", "The music of the 1980s marked his youth."), ChangeType::Number));
}

TEST_CASE("a name or title in Chinese or Japanese quotation marks is no quotation; a clause set off as speech is", "[cross-content]") {
  CHECK_FALSE(has_change(translation_claim("\u653F\u5E9C\u306F\u300C\u65B0\u578B\u30B3\u30ED\u30CA\u30A6\u30A4\u30EB\u30B9\u611F\u67D3\u75C7\u5BFE\u7B56\u672C\u90E8\u300D\u3092\u8A2D\u7F6E\u3057\u305F\u3002", "ja",
                                           "The government set up a novel coronavirus task force."), ChangeType::Quote));
  CHECK_FALSE(has_change(translation_claim("\u9999\u6E2F\u3067\u306F\u300C\u570B\u5BB6\u5B89\u5168\u7DAD\u8B77\u6CD5\u300D\u304C\u65BD\u884C\u3055\u308C\u305F\u3002", "zh",
                                           "The national security law took effect in Hong Kong."), ChangeType::Quote));
  CHECK_FALSE(has_change(translation_claim("\u6620\u753B\u300C\u5343\u3068\u5343\u5C0B\u306E\u795E\u96A0\u3057\u300D\u304C\u518D\u3073\u4E0A\u6620\u3055\u308C\u308B\u3002", "ja",
                                           "The film Spirited Away will be screened again."), ChangeType::Quote));
  CHECK_FALSE(has_change(translation_claim("\u56FD\u52A1\u9662\u53D1\u5E03\u4E86\u201C\u5173\u4E8E\u8FDB\u4E00\u6B65\u4F18\u5316\u8425\u5546\u73AF\u5883\u7684\u610F\u89C1\u201D\u3002", "zh",
                                           "The State Council issued opinions on further improving the business environment."), ChangeType::Quote));
  CHECK(has_change(translation_claim("\u4ED6\u8868\u793A\u201C\u6211\u4EEC\u5C06\u5168\u529B\u652F\u6301\u9999\u6E2F\u7684\u53D1\u5C55\u201D\u3002", "zh",
                                     "He said that they would fully support the development of Hong Kong."), ChangeType::Quote));
}

TEST_CASE("a statement opening with 'was' or 'is' has lost its subject, a question has not", "[cross-content]") {
  const std::string german = "Er wurde 1946 in London in eine j\u00FCdische Arbeiterfamilie geboren.";
  CHECK(content(translation_claim(german, "de", "He was born in 1946 to a working-class Jewish family in London.")).empty());
  auto dropped = translation_claim(german, "de", "Was born in 1946 to a working-class Jewish family in London.");
  CHECK(content(dropped) == "word order: (start) was");
  CHECK(dropped.severity == claimdiff::Severity::Major);
  CHECK(content(translation_claim("Ist es fast unm\u00F6glich, dort Geld zu tauschen?", "de",
                                  "Is it almost impossible to exchange money there?")).empty());
}

TEST_CASE("a finite 'be' before a noun phrase is inverted, and a question mark before closing punctuation asks", "[cross-content]") {
  CHECK(content(translation_claim("W\u00E4re der Regen nicht gewesen, h\u00E4tte das Spiel stattgefunden.", "de",
                                  "Were it not for the rain, the match would have gone ahead.")).empty());
  CHECK(content(translation_claim("W\u00E4ren die Wahlen fair, w\u00FCrde die Opposition gewinnen.", "de",
                                  "Were the elections fair, the opposition would win.")).empty());
  CHECK(content(translation_claim("Are You Experienced ist Hendrix' Deb\u00FCtalbum.", "de", "Are You Experienced is Hendrix's debut album.")).empty());
  CHECK(content(translation_claim("War es das wert?", "de", "Was it worth it?\"")).empty());
  CHECK(content(translation_claim("Ist es vorbei?!", "de", "Is it over?!")).empty());
  CHECK(content(translation_claim("Ist es vorbei?[1]", "de", "Is it over?[1]")).empty());
  CHECK(content(translation_claim("Bist du sicher?, fragte sie.", "de", "Are you sure?, she asked.")).empty());
  const std::string expected = "Die Entscheidung wird f\u00FCr Montag erwartet.";
  CHECK(content(translation_claim(expected, "de", "The decision is expected on Monday.")).empty());
  CHECK(content(translation_claim(expected, "de", "Is expected on Monday.")) == "word order: (start) is");
}

TEST_CASE("only 'were' inverts a statement before an article: 'Was the' or 'Is a' opening one lost its subject", "[cross-content]") {
  const std::string final_game = "Es war das letzte Spiel f\u00FCr die Springboks, die das Turnier zwei Wochen zuvor gewonnen hatten.";
  CHECK(content(translation_claim(final_game, "de", "It was the last game for the Springboks, who had won the tournament two weeks earlier.")).empty());
  auto dropped = translation_claim(final_game, "de", "Was the last game for the Springboks, who had won the tournament two weeks earlier.");
  CHECK(content(dropped) == "word order: (start) was");
  CHECK(dropped.severity == claimdiff::Severity::Major);
  const std::string disease = "Die Krankheit ist eine Infektion, die das zentrale Nervensystem angreift.";
  CHECK(content(translation_claim(disease, "de", "Is an infection that attacks the central nervous system.")) == "word order: (start) is");
  CHECK(content(translation_claim(disease, "de", "Is their infection one that attacks the central nervous system?")).empty());
  CHECK(content(translation_claim("W\u00E4re die Abstimmung heute, w\u00FCrde die Regierung verlieren.", "de",
                                  "Were the vote held today, the government would lose.")).empty());
  CHECK(content(translation_claim("W\u00E4re ihr Antrag angenommen worden, h\u00E4tte sich alles ge\u00E4ndert.", "de",
                                  "Were their motion adopted, everything would have changed.")).empty());
}

TEST_CASE("a question written without a question mark, reported or left open, keeps its subject", "[cross-content]") {
  const std::string wondered = "Was the plan a success, she wondered.";
  CHECK(content(translation_claim("War der Plan ein Erfolg, fragte sie sich.", "de", wondered)).empty());
  CHECK(content(translation_claim("Le plan \u00E9tait-il un succ\u00E8s, se demandait-elle.", "fr", wondered)).empty());
  CHECK(content(translation_claim("Sind ihre Sorgen berechtigt\u2026", "de", "Are their worries justified\u2026")).empty());
  CHECK(content(translation_claim("Ist die Reform ein Fehler, fragt M\u00FCller.", "de", "Is the reform a mistake, M\u00FCller asks.")).empty());
  // With neither, the statement lost its subject.
  CHECK(content(translation_claim("Der Plan war ein Erfolg.", "de", "Was the plan a success.")) == "word order: (start) was");
}

TEST_CASE("an article before a verb or 'as' is a noun dropped; a noun swapped out of its phrase is a slip", "[cross-content]") {
  const std::string politicians = "Andere CSU-Politiker werteten das als Warnung an die CDU und Angela Merkel.";
  CHECK(content(translation_claim(politicians, "de", "Other CSU politicians interpreted this as a warning to the CDU and Angela Merkel.")).empty());
  CHECK(content(translation_claim(politicians, "de", "Other CSU politicians interpreted the as a warning to the CDU and Angela Merkel.")) == "word order: the as");
  const std::string country = "Das Land wird im Norden von der Sahelzone und im S\u00FCden vom Atlantik begrenzt.";
  CHECK(content(translation_claim(country, "de", "The country is bordered by the Sahel to the north and the Atlantic to the south.")).empty());
  // No swap of two words mends it: "is" would have to change places with the verb after it.
  CHECK(content(translation_claim(country, "de", "The is bordered by the Sahel to the north and the Atlantic to the south.")) == "word order: the is");
  // "the of maintenance the" read back as "the maintenance of the": the noun slipped one place.
  const std::string donations = "Die \u00FCbersch\u00FCssigen Spenden werden f\u00FCr die Instandhaltung der Bronzestatue verwendet.";
  CHECK(content(translation_claim(donations, "de", "The surplus donations will be used for the maintenance of the bronze statue.")).empty());
  CHECK(content(translation_claim(donations, "de", "The surplus donations will be used for the of maintenance the bronze statue.")).empty());
}

TEST_CASE("a preposition a sentence strands before its verb or its end is English, not a word dropped", "[cross-content]") {
  CHECK(content(translation_claim("Die Wirkung, nach der das Team sucht, k\u00F6nnte durch Gezeitenkr\u00E4fte verursacht werden.", "de",
                                  "The effect the team is looking for could be caused by tidal forces.")).empty());
  CHECK(content(translation_claim("Neue Technologien erlauben uns, Strukturen zu sehen, die nie zuvor gesehen wurden.", "de",
                                  "New technologies allow us to see structures never seen before.")).empty());
}

TEST_CASE("an English name of common words only is translated word by word, one with a name's word is copied", "[cross-content]") {
  const claimdiff::LanguageData& en = test::resources().language("en");
  CHECK(claimdiff::detail::common_words_name("world heritage sites"));
  CHECK_FALSE(claimdiff::detail::common_words_name("fox news"));
  CHECK_FALSE(claimdiff::detail::descriptive_english_name("fox news", en));
  const std::string spanish = "La catedral fue incluida en 1986 en la lista de lugares del patrimonio de la humanidad.";
  CHECK_FALSE(has_change(translation_claim(spanish, "es", "The cathedral was added to the list of World Heritage Sites in 1986."), ChangeType::Entity));
}

TEST_CASE("a preposition before a comma has lost its object: a name dropped", "[cross-content]") {
  const std::string italian = "Molti incidenti aerei avvengono nella capitale del Congo, che ha pochi aeroporti sicuri.";
  CHECK(content(translation_claim(italian, "it", "Many air accidents happen in the capital of Congo, which has few safe airports.")).empty());
  auto dropped = translation_claim(italian, "it", "Many air accidents happen in the capital of, which has few safe airports.");
  CHECK(content(dropped) == "word order: of ,");
  CHECK(dropped.severity == claimdiff::Severity::Major);
  // A particle a past form strands ends its phrase before the comma.
  CHECK(content(translation_claim("Стороны согласовали комплекс мер, который включает запрет на обстрелы.", "ru",
                                  "A set of measures was agreed upon, which includes a ban on shelling.")).empty());
}

TEST_CASE("a preposition that is an adverb too, or ends a clause or a parenthesis's lead, keeps its phrase before a comma", "[cross-content]") {
  CHECK(content(translation_claim("Kurz darauf traf die Polizei ein.", "de", "Shortly after, the police arrived.")).empty());
  CHECK(content(translation_claim("Von da an wurde alles anders.", "de", "From then on, everything changed.")).empty());
  CHECK(content(translation_claim("Das Dorf, in dem er aufwuchs, Kaub, liegt am Rhein.", "de", "The village he grew up in, Kaub, lies on the Rhine.")).empty());
  CHECK(content(translation_claim("Der Plan, dem die Minister zugestimmt haben, ist umstritten.", "de",
                                  "The plan ministers signed off on, a tax rise, is controversial.")).empty());
  CHECK(content(translation_claim("Die Firma, f\u00FCr die er arbeitet, eine Bank, hat Gewinn gemacht.", "de",
                                  "The company he works for, a bank, made a profit.")).empty());
  CHECK(content(translation_claim("Die Abstimmung: 300 daf\u00FCr, 200 dagegen.", "de", "The vote: 300 for, 200 against.")).empty());
  CHECK(content(translation_claim("Der Teig wird je nach Temperatur bis zu zwei Tage in Wasser gelassen.", "de",
                                  "The dough is left in water for, depending on the temperature, up to two days.")).empty());
}

TEST_CASE("an English name of common words put where the source writes another name is a name replaced", "[cross-content]") {
  const std::string times = "Das berichtete die Financial Times am Montag.";
  CHECK_FALSE(has_change(translation_claim(times, "de", "This was reported by the Financial Times on Monday."), ChangeType::Entity));
  CHECK(has_change(translation_claim(times, "de", "This was reported by the Daily Mail on Monday."), ChangeType::Entity));
  CHECK(has_change(translation_claim("Die Partei Syriza verlor alle Sitze.", "de", "The Golden Dawn party lost all its seats."), ChangeType::Entity));
  CHECK_FALSE(has_change(translation_claim("Die Partei Goldene Morgenr\u00F6te verlor alle Sitze.", "de", "The Golden Dawn party lost all its seats."),
                         ChangeType::Entity));
}

TEST_CASE("a heading opening with 'is' is a title, not a statement that lost its subject", "[cross-content]") {
  auto german = test::doc("Die Entscheidung wird f\u00FCr Montag erwartet.", "de");
  auto english = test::doc("Is expected on Monday.", "en");
  claimdiff::AlignOptions across;
  across.cross_language = true;
  auto claim = [&] {
    auto claims = claimdiff::classify(german, english, claimdiff::align(german, english, across), test::resources().language("de"),
                                      test::resources().language("en"));
    REQUIRE(claims.size() == 1);
    return claims[0];
  };
  CHECK(content(claim()) == "word order: (start) is");
  english.sentences[0].heading = true;
  CHECK(content(claim()).empty());
}

TEST_CASE("the Polish dictionary translates an inflected word through its headword, a new ending for the old one", "[cross-content]") {
  if (claimdiff::find_dictionary("pl", "en").empty()) {
    WARN("freedict-pol-eng is not installed (dict-freedict-pol-eng); nothing to check");
    return;
  }
  const auto africa = claimdiff::detail::dictionary_translations({"Afryce"}, "pl");
  CHECK(claimdiff::detail::renders_name("west africa", africa));
  const auto independence = claimdiff::detail::dictionary_translations({"Niepodległości"}, "pl");
  CHECK(claimdiff::detail::renders_name("declaration of independence", independence));
  CHECK_FALSE(claimdiff::detail::renders_name("bill of rights", independence));
  CHECK(claimdiff::detail::dictionary_translations({"Afryce"}, "xx").empty());
}
