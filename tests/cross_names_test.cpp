#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "support.hpp"

using claimdiff::ChangeType;

namespace {

using test::translation_claim;

// The claim's entity change as "before -> after", empty when it has none.
std::string entity(const claimdiff::Claim& c) {
  auto it = std::find_if(c.changes.begin(), c.changes.end(), [](const claimdiff::Change& ch) { return ch.type == ChangeType::Entity; });
  return it == c.changes.end() ? std::string() : it->before + " -> " + it->after;
}

const std::string kKarzai = "El presidente Karzai no quiere el control extranjero, en particular con motivo de las elecciones previstas en abril de 2014.";

}  // namespace

TEST_CASE("a one-word name of a Spanish source missing from the English is a name dropped", "[cross-names]") {
  auto faithful = translation_claim(kKarzai, "es", "President Karzai does not want foreign control, particularly on the occasion of the elections scheduled for April 2014.");
  CHECK(entity(faithful).empty());
  auto dropped = translation_claim(kKarzai, "es", "The president does not want foreign control, particularly on the occasion of the elections scheduled for April 2014.");
  CHECK(entity(dropped) == "karzai -> ");
  CHECK(dropped.severity == claimdiff::Severity::Major);
}

TEST_CASE("a name no English lexicon knows put for a name of the source is a name replaced", "[cross-names]") {
  const std::string source = "Grandes son los huecos entre los programas de salud y el ciudadano com\u00FAn, sostuvo Freudenberg, periodista de Guadalajara.";
  auto faithful = translation_claim(source, "es", "There are great gaps between health programs and ordinary citizens, said Freudenberg, a journalist from Guadalajara.");
  CHECK(entity(faithful).empty());
  auto replaced = translation_claim(source, "es", "There are great gaps between health programs and ordinary citizens, said Chabert, a journalist from Guadalajara.");
  CHECK(entity(replaced) == "freudenberg -> chabert");
}

TEST_CASE("a translated name rendered by a capitalised English name is no name dropped", "[cross-names]") {
  // "České republice": the English "Czech Republic" shares one word with it and renders the other.
  auto czech = translation_claim("V TPCA pracuje zhruba 2500 lid\u00ED a firma je jedn\u00EDm z nejv\u011Bt\u0161\u00EDch export\u00E9r\u016F v \u010Cesk\u00E9 republice.", "cs",
                                 "TPCA employs around 2,500 people and the company is one of the largest exporters in the Czech Republic.");
  CHECK(entity(czech).empty());
  // A word shares a few letters with the English by chance ("interv'u", "Center"): the English
  // name still renders "Центристской".
  auto russian = translation_claim("\u041E\u0431 \u044D\u0442\u043E\u043C \u0432 \u0438\u043D\u0442\u0435\u0440\u0432\u044C\u044E ERR \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u043B \u0433\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u044B\u0439 \u0441\u0435\u043A\u0440\u0435\u0442\u0430\u0440\u044C \u0426\u0435\u043D\u0442\u0440\u0438\u0441\u0442\u0441\u043A\u043E\u0439 \u043F\u0430\u0440\u0442\u0438\u0438 \u041C\u0438\u0445\u0430\u0438\u043B \u041A\u043E\u0440\u0431.", "ru",
                                   "Mikhail Korb, general secretary of the Center Party, spoke about this in an interview with ERR.");
  CHECK(entity(russian).empty());
}

TEST_CASE("capitalised words that are no names in the source are not taken for names dropped", "[cross-names]") {
  // A German age noun after its hyphen, a term quoted alone, a French noun capitalised for
  // emphasis (FreeDict lists "ville").
  CHECK(entity(translation_claim("Ersten Ermittlungen zufolge schubste ein M\u00FCnchner (17) einen 19-J\u00E4hrigen zu Boden.", "de",
                                 "According to initial investigations, a Munich resident (17) pushed a 19-year-old to the ground."))
            .empty());
  CHECK(entity(translation_claim("Skifahren ist eine beliebte Reiset\u00E4tigkeit mit vielen Enthusiasten, gelegentlich auch als \u201ESkipenner\u201C bekannt.", "de",
                                 "Skiing is a popular travel activity with many enthusiasts, sometimes known as \"ski bums.\""))
            .empty());
  CHECK(entity(translation_claim("Dans ma Ville de 30000 habitants la biblioth\u00E8que municipale est ouverte 4 jours par semaine.", "fr",
                                 "In my city of 30,000 inhabitants the municipal library is open 4 days a week."))
            .empty());
}

TEST_CASE("a name transliterated from Russian and missing from the English is a name dropped", "[cross-names]") {
  const std::string source = "\u042F \u0437\u043D\u0430\u043B, \u0447\u0442\u043E \u0441\u0430\u043C\u043E\u043B\u044E\u0431\u0438\u0435 \u0411\u0440\u0430\u0439\u0430\u043D\u0442\u0430 \u043D\u0435\u043B\u044C\u0437\u044F \u0437\u0430\u0434\u0435\u0432\u0430\u0442\u044C.";
  CHECK(entity(translation_claim(source, "ru", "I knew that Bryant's ego shouldn't be hurt.")).empty());
  CHECK(entity(translation_claim(source, "ru", "I knew that the player's ego shouldn't be hurt.")) == "brajanta -> ");
}

TEST_CASE("a Russian name the English renders by a pronoun, an acronym or a name opening a clause is no name dropped", "[cross-names]") {
  // "Джеймсу" as "him"; "Великобритании" as "U.K."; "Nääs" after a closing quotation mark.
  CHECK(entity(translation_claim("\u041F\u043E\u043A\u0430 \u043F\u043E\u0440\u0442\u0444\u0435\u043B\u044C \u0432 \u043F\u0443\u0442\u0438, \u0432\u044B \u0437\u0432\u043E\u043D\u0438\u0442\u0435 \u0414\u0436\u0435\u0439\u043C\u0441\u0443, \u0447\u0442\u043E\u0431\u044B \u0441\u043E\u043E\u0431\u0449\u0438\u0442\u044C \u043A\u043E\u0434.", "ru",
                                 "While it's on its way, you call him to give him the code."))
            .empty());
  CHECK(entity(translation_claim("\u0421\u0440\u0435\u0434\u0438 \u043D\u0435\u0440\u0430\u0432\u043D\u044B\u0445 \u0441\u0442\u0440\u0430\u043D, \u0432 \u0412\u0435\u043B\u0438\u043A\u043E\u0431\u0440\u0438\u0442\u0430\u043D\u0438\u0438 \u0438 \u0421\u0428\u0410, \u0434\u043E\u0445\u043E\u0434 \u043E\u0442\u0446\u0430 \u0432\u0430\u0436\u043D\u0435\u0435.", "ru",
                                 "And at the more unequal end, fathers' income is more important -- in the U.K., USA."))
            .empty());
  CHECK(entity(translation_claim("\"\u042D\u0442\u043E \u0434\u0435\u043B\u043E \u0437\u0430\u043A\u0440\u044B\u0442\u043E \u0447\u0430\u0441\u0442\u0438\u0447\u043D\u043E\", - \u0441\u043A\u0430\u0437\u0430\u043B \u041D\u044F\u044D\u0441.", "ru",
                                 "\"This case was partially closed,\" Nääs said."))
            .empty());
}
