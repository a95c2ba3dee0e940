// The value reader (src/segment/values.hpp) and the lexicons classify reads values and opposites
// from: numbers, dates and times written differently in one language or across languages are one
// value; a changed one is not.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "claimdiff/error.hpp"
#include "segment/values.hpp"
#include "support.hpp"

namespace {

std::vector<claimdiff::Value> values(const std::string& text, const std::string& lang) {
  return claimdiff::read_values(text, test::resources().language(lang));
}

bool same(const std::string& a, const std::string& la, const std::string& b, const std::string& lb) {
  return claimdiff::same_values(values(a, la), values(b, lb));
}

std::string joined(const std::string& text, const std::string& lang) {
  return claimdiff::join_values(values(text, lang));
}

}  // namespace

TEST_CASE("digits are read with each language's thousands separator and decimal mark") {
  CHECK(joined("Some 200,000 people marched on Saturday.", "en") == "200000");
  CHECK(joined("Unos 200.000 manifestantes salieron a la calle.", "es") == "200000");
  CHECK(joined("Rund 1.500 Menschen, 2,5 Prozent der Einwohner.", "de") == "1500, 2.5");
  CHECK(joined("Près de 10\u00A0000 personnes, soit 3,7\u202F% de la population.", "fr") == "10000, 3.7");
  CHECK(joined("Около 10 000 человек вышли на улицы.", "ru") == "10000");
  CHECK(joined("Der Preis stieg auf 1'250 Franken.", "de") == "1250");
  // Two numbers side by side are not one: a year is not a thousands group.
  CHECK(joined("In 2019 100 people were hurt.", "en") == "2019, 100");
}

TEST_CASE("multipliers after a number scale it, in digits or in words") {
  CHECK(same("Около 10 тысяч человек пострадали.", "ru", "About 10,000 people were hurt.", "en"));
  CHECK(same("El coste fue de 1,5 millones de euros.", "es", "The cost was 1.5 million euros.", "en"));
  CHECK(same("Die Stadt bekam 2,3 Millionen Euro.", "de", "La ville a reçu 2,3 millions d'euros.", "fr"));
  CHECK(same("Погибли более двух тысяч человек.", "ru", "More than two thousand people died.", "en"));
  CHECK(same("The company earned $2bn last year.", "en", "The company earned 2 billion dollars last year.", "en"));
  CHECK_FALSE(same("Около 10 тысяч человек.", "ru", "About 100,000 people.", "en"));
}

TEST_CASE("number words and digits are one value") {
  CHECK(same("Er ist Anfang zwanzig.", "de", "He is in his early 20s.", "en"));
  CHECK(same("Il y avait vingt-deux blessés.", "fr", "There were 22 injured.", "en"));
  CHECK(same("Es waren einundzwanzig Verletzte.", "de", "There were twenty-one injured.", "en"));
  CHECK(same("Hubo cuarenta y dos heridos.", "es", "There were 42 injured.", "en"));
  CHECK(same("Two hundred and five people voted.", "en", "205 people voted.", "en"));
  CHECK_FALSE(same("Er ist Anfang zwanzig.", "de", "He is in his early 30s.", "en"));
}

TEST_CASE("a day and a month are one date whichever order and language write them") {
  CHECK(joined("Der Anschlag geschah am 13. Januar.", "de") == "--01-13");
  CHECK(same("Выборы назначены на 19 июля.", "ru", "The election is set for July 19.", "en"));
  CHECK(same("Am 13. Januar wurde er verhaftet.", "de", "He was arrested on 13 January.", "en"));
  CHECK(same("La votación será el 19 de julio.", "es", "The vote will be on 19 July.", "en"));
  CHECK(same("Le sommet aura lieu le 3 mars 2021.", "fr", "The summit will be held on March 3, 2021.", "en"));
  CHECK_FALSE(same("Выборы назначены на 19 июля.", "ru", "The election is set for July 29.", "en"));
  CHECK_FALSE(same("Am 13. Januar wurde er verhaftet.", "de", "He was arrested on 13 February.", "en"));
}

TEST_CASE("a time is one value in every notation") {
  CHECK(same("The crash happened at 0200 on the A1.", "en", "The crash happened at 02:00 on the A1.", "en"));
  CHECK(same("L'accident s'est produit à 14h30.", "fr", "The accident happened at 14:30.", "en"));
  CHECK_FALSE(same("The crash happened at 02:00.", "en", "The crash happened at 03:00.", "en"));
  CHECK(same("Le véhicule a été enlevé vers 12 h 00 GMT.", "fr", "The vehicle was removed around 1200 GMT.", "en"));
  CHECK(same("La séance reprendra à 14 h 30.", "fr", "The session will resume at 14:30.", "en"));
  CHECK_FALSE(same("La séance reprendra à 14 h 30.", "fr", "The session will resume at 14:50.", "en"));
  CHECK(joined("The 1200 runners started at 0900 GMT.", "en") == "1200, 09:00");
  CHECK(joined("Talks resumed at 1430 GMT on Monday.", "en") == "14:30");
}

TEST_CASE("four digits before GMT that could be a year stay a number ('In 1847 GMT was adopted')") {
  CHECK(joined("In 1847 GMT was adopted by the railways.", "en") == "1847");
  CHECK(joined("Since 1972 UTC has replaced it in broadcasting.", "en") == "1972");
  CHECK(same("In 1847 GMT was adopted by the British railways.", "en", "En 1847, le GMT fut adopté par les chemins de fer britanniques.", "fr"));
}

TEST_CASE("a time with seconds keeps them: a race time changed by a second is another value") {
  CHECK(joined("Gebrselassie won in 2:03:59 in Berlin.", "en") == "02:03:59");
  CHECK(same("Gebrselassie ha vinto in 2:03:59 a Berlino.", "it", "Gebrselassie won in 2:03:59 in Berlin.", "en"));
  CHECK_FALSE(same("Gebrselassie ha vinto in 2:03:56 a Berlino.", "it", "Gebrselassie won in 2:03:59 in Berlin.", "en"));
  CHECK(same("Polls close at 20:00:00 local time.", "en", "Polls close at 20:00 local time.", "en"));
}

TEST_CASE("a twelve-hour clock time is the same time on the 24-hour clock") {
  CHECK(same("At 5:47 PM, it was reported that the fire was out.", "en", "At 17:47, it was reported that the fire was out.", "en"));
  CHECK(same("The session opens at 2 p.m. in Moscow.", "en", "The session opens at 14:00 in Moscow.", "en"));
  CHECK(same("The crash happened at 11:28 AM on Saturday.", "en", "The crash happened at 11:28 on Saturday.", "en"));
  CHECK(same("Polls close at 12:30 a.m. local time.", "en", "Polls close at 00:30 local time.", "en"));
  CHECK_FALSE(same("The session opens at 3 pm in Moscow.", "en", "The session opens at 14:00 in Moscow.", "en"));
  CHECK_FALSE(same("The crash happened at 5:47 AM.", "en", "The crash happened at 17:47.", "en"));
}

TEST_CASE("abbreviated scales and ordinal adverbs are numbers") {
  CHECK(same("About $3 tln was disbursed in spring.", "en", "About $3 trillion was disbursed in spring.", "en"));
  CHECK(same("The US has 4 mln cases.", "en", "The US has 4 million cases.", "en"));
  CHECK(same("Secondly, the entrance is now paid.", "en", "Second, the entrance is now paid.", "en"));
}

TEST_CASE("ordinals in words, with suffixes and German periods are numbers") {
  CHECK(same("It was the third attempt.", "en", "It was the 3rd attempt.", "en"));
  CHECK(same("C'était la troisième tentative.", "fr", "It was the third attempt.", "en"));
  CHECK(same("Это была 2-я попытка.", "ru", "It was the second attempt.", "en"));
}

TEST_CASE("a language without data still reads digits") {
  CHECK(joined("Warszawa: 1 500 osób, 2,5 procent, 10.000 złotych.", "pl") == "1500, 2.5, 10000");
  CHECK(joined("2021年7月19日，有1,200人参加。", "zh") == "2021, --07-19, 1200");
}

TEST_CASE("WordNet's antonym links are read both ways, with lemmas for inflected words") {
  const std::string dir = claimdiff::find_wordnet();
  if (dir.empty()) {
    WARN("wordnet-base is not installed: skipped");
    return;
  }
  const claimdiff::Dictionary antonyms = claimdiff::read_wordnet_antonyms(dir);
  auto opposite = [&](const std::string& a, const std::string& b) {
    for (const auto& x : claimdiff::english_lemmas(a)) {
      auto it = antonyms.entries.find(x);
      if (it == antonyms.entries.end()) continue;
      for (const auto& y : claimdiff::english_lemmas(b)) {
        if (std::find(it->second.begin(), it->second.end(), y) != it->second.end()) return true;
      }
    }
    return false;
  };
  CHECK(opposite("unable", "able"));
  CHECK(opposite("able", "unable"));
  CHECK(opposite("pain", "pleasure"));
  CHECK(opposite("former", "latter"));
  CHECK(opposite("negatively", "positively"));
  CHECK(opposite("refused", "accepted"));
  CHECK_FALSE(opposite("revealed", "showed"));
  CHECK_FALSE(opposite("said", "told"));
}

TEST_CASE("a directory without WordNet's data files is an error naming it") {
  const auto dir = std::filesystem::temp_directory_path() / "claimdiff_no_wordnet";
  std::filesystem::create_directories(dir);
  try {
    claimdiff::read_wordnet_antonyms(dir.string());
    FAIL("an empty directory was read as WordNet");
  } catch (const claimdiff::Error& e) {
    CHECK_THAT(e.file, Catch::Contains("claimdiff_no_wordnet"));
  }
  CHECK(claimdiff::find_wordnet({dir.string()}).empty());
}

TEST_CASE("the installed FreeDict database of a language pair is found by its ISO 639-3 name") {
  const auto dir = std::filesystem::temp_directory_path() / "claimdiff_dictd";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "freedict-deu-fra.index") << "Haus\tA\tB\n";
  CHECK(claimdiff::find_dictionary("de", "fr", {dir.string()}) == (dir / "freedict-deu-fra.index").string());
  CHECK(claimdiff::find_dictionary("fr", "de", {dir.string()}).empty());
  CHECK(claimdiff::find_dictionary("ru", "en", {dir.string()}).empty());
}

TEST_CASE("a range of two small numbers keeps its scale ('25–30 миллиардов'); a range of years widens the second") {
  CHECK(same("Будут взаимодействовать 25–30 миллиардов устройств.", "ru", "There will be 25 to 30 billion connected devices.", "en"));
  CHECK(joined("Комплекс поступит на вооружение в 2021-22 годах.", "ru") == "2021, 2022");
}

TEST_CASE("a half added after a whole number is one value with its decimal form, in words or as a fraction") {
  CHECK(joined("The fine is over 2 1/2 million tenge.", "en") == "2500000");
  CHECK(same("штраф составит более двух с половиной миллионов тенге", "ru", "the fine is over 2 1/2 million tenge", "en"));
  CHECK(same("the top 20 percent are three and a half times as rich", "en", "богатые 20% в 3,5 раза богаче", "ru"));
  CHECK_FALSE(same("the fine is over 2 1/2 million tenge", "en", "штраф составит более трёх с половиной миллионов тенге", "ru"));
}

TEST_CASE("a Roman numeral before the Russian word for a quarter or a half-year is its number ('во II квартале', 'Q2')") {
  CHECK(same("ВВП США во II квартале 2020 года упадет на 25%.", "ru", "US GDP fell by 25% in Q2 2020.", "en"));
  CHECK_FALSE(same("ВВП США во II квартале 2020 года упадет на 25%.", "ru", "US GDP fell by 25% in Q3 2020.", "en"));
  // A letter beside the word is a block's designation, not the numeral 100.
  CHECK(joined("Дом стоит в квартале C на окраине города.", "ru").empty());
  CHECK(joined("Il est né au XIXe siècle.", "fr") == "19");
}

TEST_CASE("a slash form of two small numbers is a date in the language's order, and across languages also the other order or a proper fraction") {
  CHECK(joined("He was released on 1/2 bail.", "en") != "0.5");
  CHECK(same("L'attentat a eu lieu le 1/8 à Paris.", "fr", "The attack took place on 1 August in Paris.", "en"));
  CHECK(same("El atentado ocurrió el 3/5 en Madrid.", "es", "The attack took place on 3 May in Madrid.", "en"));
  CHECK(same("Выборы пройдут 1/9.", "ru", "The election will be held on September 1.", "en"));
  CHECK_FALSE(same("L'attentat a eu lieu le 1/8 à Paris.", "fr", "The attack took place on 1 September in Paris.", "en"));
  CHECK(joined("The deadline was moved to 19/07.", "fr") != joined("The deadline was moved to 1/7.", "fr"));
  CHECK(same("Срок перенесли на 19/07.", "ru", "The deadline was moved to 7/19.", "en"));
}

TEST_CASE("full-width digits are digits, and a number after a Han scale adds to it") {
  CHECK(same("ステッカー発行は１万１０００店舗にとどまっている。", "ja", "Only 11,000 stores have issued stickers.", "en"));
  CHECK(same("飲食店だけで１２万軒以上といわれる。", "ja", "There are said to be more than 120,000 restaurants.", "en"));
  CHECK(joined("予算は1億2000万円だ。", "ja") == "120000000");
  CHECK(same("予算は1億2000万円だ。", "ja", "The budget is 120 million yen.", "en"));
  CHECK_FALSE(same("飲食店だけで１２万軒以上といわれる。", "ja", "There are said to be more than 12,000 restaurants.", "en"));
  // The value's range is the text as written, full width included.
  const std::string text = "祖母登志美さん（８１）が見つかった。";
  const auto v = values(text, "ja");
  REQUIRE(v.size() == 1);
  CHECK(text.substr(v[0].start, v[0].end - v[0].start) == "８１");
}

TEST_CASE("a full-width comma or colon between digits ('3，5，7', '3：2') separates numbers") {
  CHECK(joined("三支球队分别有3，5，7名球员受伤。", "zh") == "3, 5, 7");
  CHECK(same("球队分别有3，5，7名球员受伤。", "zh", "The teams had 3, 5 and 7 players injured.", "en"));
  CHECK(joined("比分3：2。", "zh") == "3, 2");
  CHECK(same("失業率は５％だった。", "ja", "The unemployment rate was 5%.", "en"));
}

TEST_CASE("Italian, Polish, Czech and Hindi scales and months are read") {
  CHECK(same("Nel Vietnam questa nazione perdette 50 mila soldati.", "it", "In Vietnam, this nation lost 50,000 soldiers.", "en"));
  CHECK(same("Il piano di salvataggio da 700 miliardi di dollari.", "it", "The $700 billion rescue plan.", "en"));
  CHECK(same("Si aspetta il ritorno dopo il 17 ottobre.", "it", "She is expected to return after October 17.", "en"));
  CHECK(same("Posiada mieszkanie o wartości 570 tys. zł.", "pl", "She owns an apartment worth PLN 570 thousand.", "en"));
  CHECK(same("Zarezerwowano raptem 1,4 mld zł.", "pl", "Only PLN 1.4 billion has been reserved.", "en"));
  CHECK(same("Po wyborach z 17 września.", "pl", "After the elections on September 17.", "en"));
  CHECK(same("Je primátorem Ostravy od listopadu 2014.", "cs", "He has been mayor of Ostrava since November 2014.", "en"));
  CHECK(same("Nakazilo se 15 212 lidí.", "cs", "15,212 people had contracted the virus.", "en"));
  CHECK(joined("Loď se v pondělí potopila 12 mil od pobřeží.", "cs") == "12");
  CHECK(same("पुल सितंबर 2017 में चालू किया जाना है.", "hi", "The bridge is to open in September 2017.", "en"));
  CHECK(same("कंपनी ने 2 लाख रुपये दिए.", "hi", "The company paid 200,000 rupees.", "en"));
  CHECK_FALSE(same("Po wyborach z 17 września.", "pl", "After the elections on October 17.", "en"));
}

TEST_CASE("a noun with the indefinite article and a half phrase is one and a half ('a year and a half', 'un an et demi')") {
  CHECK(same("Economic recovery will take more than a year and a half.", "en", "Восстановление экономики займет более полутора лет.", "ru"));
  CHECK(same("Il y a presque un an et demi, le président a indiqué cela.", "fr", "Vor fast eineinhalb Jahren erklärte der Präsident das.", "de"));
  CHECK_FALSE(same("Economic recovery will take more than a year and a half.", "en", "Восстановление экономики займет более двух лет.", "ru"));
  CHECK(joined("Half of the voters stayed home.", "en") == "0.5");
}

TEST_CASE("a half phrase hyphenated into one word ('one-and-a-half years') is one and a half") {
  CHECK(same("Economic recovery will take more than a year and a half.", "en", "Economic recovery will take over one-and-a-half years.", "en"));
  CHECK(joined("It took one-and-a-half years.", "en") == "1.5");
}

TEST_CASE("'May' beside a day is a date ('on May 27, 2018' is '27 мая 2018 года'); the verb 'may' is no month") {
  CHECK(same("спущен на воду в Санкт-Петербурге 27 мая 2018 года", "ru", "launched in Saint Petersburg on May 27, 2018", "en"));
  CHECK(joined("The ship was launched on 27 May.", "en") == "--05-27");
  CHECK(joined("Rates may fall another 3 points.", "en") == "3");
  CHECK(joined("May was a hard month for the fleet.", "en").empty());
}

TEST_CASE("a Roman numeral beside a century word is the century's number, elsewhere capitals stay letters") {
  CHECK(same("А у Дворцового моста стоял линейный корабль XVI века \"Полтава\".", "ru",
             "By the Palace Bridge stood the 16th-century ship of the line Poltava.", "en"));
  CHECK(joined("Это было в XX веке.", "ru") == "20");
  CHECK(joined("La cathédrale date du XIIe siècle.", "fr") == "12");
  CHECK(joined("Die Burg stammt aus dem XIV. Jahrhundert.", "de") == "14");
  CHECK(joined("La iglesia es del siglo XVIII.", "es") == "18");
  CHECK(joined("The Cold War began two years after the end of World War I.", "en") == "2");
  // Capitals elsewhere are a name or an abbreviation, and a non-canonical numeral is no number.
  CHECK(joined("Власти Washington DC ответили в четверг.", "ru").empty());
  CHECK(joined("Это было в XIIII веке.", "ru").empty());
  CHECK_FALSE(same("Это было в XX веке.", "ru", "It happened in the 19th century.", "en"));
}

TEST_CASE("Russian 'сутки' states 24 hours unless a number counts the days") {
  CHECK(same("В Москве за последние сутки умерли еще 13 пациентов с коронавирусом.", "ru",
             "In the past 24 hours, another 13 patients with coronavirus died in Moscow.", "en"));
  CHECK(joined("Он провёл трое суток без воды.", "ru") == "3");
  CHECK(joined("Задержанного отпустили через 2 суток.", "ru") == "2");
  CHECK_FALSE(same("В Москве за последние сутки умерли еще 13 пациентов.", "ru",
                   "In the past 48 hours, another 13 patients died in Moscow.", "en"));
}

TEST_CASE("a count of times is a number: 'twice' is 'в 2 раза', 'трижды' is 'three times'") {
  CHECK(same("Проблемы в неравных странах не чуть-чуть, а в 2, в 10 раз хуже.", "ru",
             "Problems are anything from twice as common to 10 times as common in unequal countries.", "en"));
  CHECK(same("Клуб трижды завоевал Кубок страны.", "ru", "The club won the national Cup three times.", "en"));
  CHECK(same("Die Mieten sind zweimal so hoch wie 2010.", "de", "Rents are twice as high as in 2010.", "en"));
}

TEST_CASE("a Chinese or Japanese month written as a number ('7月') is a month, not a count") {
  CHECK(same("熊本県出身の増田巡査は１８９５年７月に高串に赴任。", "ja", "Officer Masuda was assigned to Takagushi in July 1895.", "en"));
  CHECK(same("2021年7月19日，有1,200人参加。", "zh", "On July 19, 2021, 1,200 people took part.", "en"));
  // A month named on one side is no count of the other: "7名" is seven people.
  CHECK_FALSE(same("7名船员于7日获释。", "zh", "The sailors were released in July.", "en"));
}

TEST_CASE("a hyphenated 'vingt-et-un' is twenty-one, as 'vingt et un' is") {
  CHECK(joined("Vingt-et-un projets ont été sélectionnés, dont 5 francophones et 16 néerlandophones.", "fr") == "21, 5, 16");
  CHECK(joined("Vingt et un projets ont été sélectionnés.", "fr") == "21");
  // A connector joins tens and units only.
  CHECK(joined("Deux-et-trois font cinq.", "fr") == "2, 3, 5");
}

TEST_CASE("a plural scale with no number before it ('les milliards', 'Millionen Menschen') states no value") {
  CHECK(joined("Les milliards se sont avérés être un mirage.", "fr") == "");
  CHECK(joined("Les 2 milliards se sont avérés être un mirage.", "fr") == "2000000000");
  CHECK(joined("Millionen Menschen verfolgten die Übertragung, 3 Millionen davon online.", "de") == "3000000");
  CHECK(joined("Десятки тысяч человек вышли на улицы, а не 5 тысяч.", "ru") == "5000");
  CHECK(joined("Más de mil personas y millones de espectadores.", "es") == "1000");
  // A singular scale alone is its value: "a million" is one million.
  CHECK(joined("Un million de personnes ont manifesté.", "fr") == "1000000");
}

TEST_CASE("a half after an ordinal ('the second half of the year') is a part named, not a quantity") {
  CHECK(joined("Rates could fall another 0.3 points during the second half of the year.", "en") == "0.3, 2");
  CHECK(same("Ставки могут упасть еще на 0,3 пункта в течение второго полугодия.", "ru",
             "Rates could fall another 0.3 points during the second half of the year.", "en"));
  CHECK(joined("Half the staff stayed home.", "en") == "0.5");
}

TEST_CASE("an English half after the definite article names a part ('the half back'), while 'half the' is a quantity") {
  CHECK(joined("With Lokomotiv, the half back became Russian Champion (2017-18).", "en") == "2017, 2018");
  CHECK(joined("Half the votes were counted by noon.", "en") == "0.5");
  CHECK(joined("The company lost a half of its value.", "en") == "0.5");
}
