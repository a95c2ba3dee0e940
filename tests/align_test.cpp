#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "align/cross_language.hpp"
#include "align/reversed_dictionary.hpp"
#include "align/scorer.hpp"
#include "align/token_model.hpp"
#include "classify/cross_content.hpp"
#include "support.hpp"

using claimdiff::Bead;

namespace {

// Every sentence of both documents appears in exactly one bead.
void check_cover(const claimdiff::Document& a, const claimdiff::Document& b, const std::vector<Bead>& beads) {
  std::vector<int> seen_a(a.sentences.size()), seen_b(b.sentences.size());
  for (const auto& bead : beads) {
    for (auto id : bead.base) ++seen_a.at(id);
    for (auto id : bead.other) ++seen_b.at(id);
  }
  for (int n : seen_a) CHECK(n == 1);
  for (int n : seen_b) CHECK(n == 1);
}

// The bead holding base (other) sentence `id`; the test stops there if none does, so callers may
// dereference the result.
const Bead* bead_with_base(const std::vector<Bead>& beads, std::uint32_t id) {
  for (const auto& b : beads)
    for (auto x : b.base) if (x == id) return &b;
  FAIL("no bead holds base sentence " << id);
  return nullptr;
}

const Bead* bead_with_other(const std::vector<Bead>& beads, std::uint32_t id) {
  for (const auto& b : beads)
    for (auto x : b.other) if (x == id) return &b;
  FAIL("no bead holds other sentence " << id);
  return nullptr;
}

// Base sentence `id` stands in a bead of its own, removed; other sentence `id`, added.
void check_removed(const std::vector<Bead>& beads, std::uint32_t id) {
  const Bead* bead = bead_with_base(beads, id);
  REQUIRE(bead);
  CHECK(bead->other.empty());
}

void check_added(const std::vector<Bead>& beads, std::uint32_t id) {
  const Bead* bead = bead_with_other(beads, id);
  REQUIRE(bead);
  CHECK(bead->base.empty());
}

}  // namespace

TEST_CASE("identical versions align one to one on exact anchors", "[align]") {
  auto a = test::fixture("bbc/original.txt");
  auto b = test::fixture("bbc/original.txt");
  auto beads = claimdiff::align(a, b);
  REQUIRE(beads.size() == a.sentences.size());
  for (std::size_t i = 0; i < beads.size(); ++i) {
    CHECK(beads[i].exact);
    CHECK(beads[i].base == std::vector<std::uint32_t>{static_cast<std::uint32_t>(i)});
    CHECK(beads[i].other == beads[i].base);
  }
}

TEST_CASE("a dropped sentence is a 1-0 bead and the rest stays paired", "[align]") {
  auto a = test::doc("The fire started at dawn. Twelve people died. Crews fought it for hours. Police are investigating.");
  auto b = test::doc("The fire started at dawn. Crews fought it for hours. Police are investigating.");
  auto beads = claimdiff::align(a, b);
  check_cover(a, b, beads);
  check_removed(beads, 1);
  CHECK(bead_with_base(beads, 2)->other == std::vector<std::uint32_t>{1});
}

TEST_CASE("a reworded sentence between anchors pairs with its rewrite", "[align]") {
  auto a = test::doc("Officials met on Monday. Russia approved an offensive against Ukraine, the Kremlin said. Talks failed.");
  auto b = test::doc("Officials met on Monday. Russia had approved an offensive once morest Ukraine, the Kremlin announced. Talks failed.");
  auto beads = claimdiff::align(a, b);
  const Bead* p = bead_with_base(beads, 1);
  REQUIRE(p);
  CHECK(p->other == std::vector<std::uint32_t>{1});
  CHECK(p->similarity > 0.5);
  CHECK(p->similarity < 1.0);
}

TEST_CASE("the revisions fixture aligns the split sentence as 1-2 and the merged pair as 2-1", "[align]") {
  auto a = test::fixture("revisions/v1.txt");
  auto b = test::fixture("revisions/v2.txt");
  auto beads = claimdiff::align(a, b);
  check_cover(a, b, beads);
  int split_src = test::find_sentence(a, "Officials said 23 people were taken");
  REQUIRE(split_src >= 0);
  const Bead* split = bead_with_base(beads, static_cast<std::uint32_t>(split_src));
  REQUIRE(split);
  CHECK(split->base.size() == 1);
  CHECK(split->other.size() == 2);
  int merged_dst = test::find_sentence(b, "which employs about 300 people");
  REQUIRE(merged_dst >= 0);
  const Bead* merged = bead_with_other(beads, static_cast<std::uint32_t>(merged_dst));
  REQUIRE(merged);
  CHECK(merged->base.size() == 2);
  CHECK(merged->other.size() == 1);
}

TEST_CASE("a sentence moved to another paragraph is paired as a move, not dropped and added", "[align]") {
  auto a = test::fixture("revisions/v1.txt");
  auto b = test::fixture("revisions/v2.txt");
  auto beads = claimdiff::align(a, b);
  int src = test::find_sentence(a, "The government has promised compensation");
  int dst = test::find_sentence(b, "The government has promised compensation");
  REQUIRE(src >= 0);
  REQUIRE(dst >= 0);
  const Bead* m = bead_with_base(beads, static_cast<std::uint32_t>(src));
  REQUIRE(m);
  CHECK(m->other == std::vector<std::uint32_t>{static_cast<std::uint32_t>(dst)});
  CHECK((m->moved || m->exact));
}

TEST_CASE("the BBC copy keeps its moved sentence paired and its app promotion unpaired", "[align]") {
  auto a = test::fixture("bbc/original.txt");
  auto b = test::fixture("bbc/copy.txt");
  auto beads = claimdiff::align(a, b);
  check_cover(a, b, beads);
  int moved_a = test::find_sentence(a, "There is no evidence to confirm these claims.");
  int moved_b = test::find_sentence(b, "There is no evidence to confirm these claims.");
  const Bead* m = bead_with_base(beads, static_cast<std::uint32_t>(moved_a));
  REQUIRE(m);
  CHECK(m->moved);
  CHECK(m->other == std::vector<std::uint32_t>{static_cast<std::uint32_t>(moved_b)});
  int app = test::find_sentence(b, "Download our app");
  REQUIRE(app >= 0);
  CHECK(bead_with_other(beads, static_cast<std::uint32_t>(app))->base.empty());
  int dropped = test::find_sentence(a, "The measure was backed by 335");
  REQUIRE(dropped >= 0);
  CHECK(bead_with_base(beads, static_cast<std::uint32_t>(dropped))->other.empty());
}

TEST_CASE("across languages, the BBC Spanish original's moved sentence without a name or number stays unpaired, like the dropped one", "[align][cross]") {
  // "No hay pruebas que confirmen estas afirmaciones." keeps no name or number in English: a
  // move across languages needs two, so it is reported removed and added, never as a move.
  auto a = test::fixture("bbc/original.es.txt", "es");
  auto b = test::fixture("bbc/copy.txt", "en");
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(a, b, o);
  check_cover(a, b, beads);
  for (const char* sentence : {"No hay pruebas que confirmen estas afirmaciones.", "La medida cont\u00F3 con el respaldo de 335"}) {
    int id = test::find_sentence(a, sentence);
    REQUIRE(id >= 0);
    const Bead* bead = bead_with_base(beads, static_cast<std::uint32_t>(id));
    REQUIRE(bead);
    CHECK(bead->other.empty());
  }
}

TEST_CASE("unrelated texts produce no pairs at all", "[align]") {
  auto a = test::fixture("bbc/original.txt");
  auto b = test::fixture("clean/article.txt");
  auto beads = claimdiff::align(a, b);
  check_cover(a, b, beads);
  for (const auto& bead : beads) CHECK((bead.base.empty() || bead.other.empty()));
}

TEST_CASE("a long document with scattered edits aligns without a full table and covers everything", "[align]") {
  std::string base, other;
  for (int i = 0; i < 6000; ++i) {
    std::string s = "Report " + std::to_string(i) + " says crews saved " + std::to_string(i * 7) + " homes in district " +
                    std::to_string(i % 97) + ".";
    base += s + "\n";
    if (i % 50 == 7) continue;                                    // dropped
    if (i % 50 == 20) s = "Report " + std::to_string(i) + " says crews rescued " + std::to_string(i * 7) + " homes.";
    other += s + "\n";
  }
  auto a = test::doc(base, "en", claimdiff::SegmentMode::Lines);
  auto b = test::doc(other, "en", claimdiff::SegmentMode::Lines);
  claimdiff::AlignOptions o;
  o.max_cells = 10000;  // force banding in any gap
  auto beads = claimdiff::align(a, b, o);
  check_cover(a, b, beads);
  std::size_t dropped = 0, reworded = 0;
  for (const auto& bead : beads) {
    if (bead.other.empty()) ++dropped;
    if (!bead.exact && bead.base.size() == 1 && bead.other.size() == 1) ++reworded;
  }
  CHECK(dropped == 120);
  CHECK(reworded == 120);
}

TEST_CASE("a via translation scores similarity on the translation while beads keep the original's ids", "[align]") {
  auto de = test::doc("Der Brand begann um vier Uhr.\nZw\u00F6lf Menschen starben.\nDie Polizei ermittelt.", "de",
                      claimdiff::SegmentMode::Lines);
  auto via = test::doc("the fire started at four o'clock.\ntwelve people died.\nthe police are investigating.", "en",
                       claimdiff::SegmentMode::Lines);
  auto en = test::doc("The police are investigating.\nThe fire started at four o'clock.\nTwelve people died.", "en",
                      claimdiff::SegmentMode::Lines);
  claimdiff::AlignOptions o;
  o.via = &via;
  auto beads = claimdiff::align(de, en, o);
  check_cover(de, en, beads);
  CHECK(bead_with_base(beads, 0)->other == std::vector<std::uint32_t>{1});
  CHECK(bead_with_base(beads, 1)->other == std::vector<std::uint32_t>{2});
  const Bead* police = bead_with_base(beads, 2);
  CHECK(police->other == std::vector<std::uint32_t>{0});
  CHECK(police->moved);
}

TEST_CASE("through a machine translation, a sentence the translator split in three is one 1-3 bead", "[align]") {
  auto de = test::doc(
      "Der Brand brach am Montagabend in einer Lagerhalle am Hafen aus.\n"
      "Die Feuerwehr war mit 120 Einsatzkr\u00E4ften vor Ort, drei M\u00E4nner wurden verletzt und ins Stadtspital "
      "gebracht, die Ursache ist noch unklar.\n"
      "Die Polizei hat Ermittlungen aufgenommen.\n"
      "Der Hafen bleibt bis Mittwoch gesperrt.\n",
      "de", claimdiff::SegmentMode::Lines);
  auto via = test::doc(
      "the fire broke out on monday evening in a warehouse at the port.\n"
      "the fire brigade was on site with 120 emergency workers, three men were injured and taken to the city "
      "hospital, the cause is still unclear.\n"
      "the police have opened an investigation.\n"
      "the port remains closed until wednesday.\n",
      "en", claimdiff::SegmentMode::Lines);
  auto en = test::doc(
      "The fire started on Monday evening in a warehouse at the port.\n"
      "The fire brigade was there with 120 emergency workers.\n"
      "Three men were injured and taken to the city hospital.\n"
      "The cause is still unclear.\n"
      "Police have opened an investigation.\n"
      "The port will stay closed until Wednesday.\n",
      "en", claimdiff::SegmentMode::Lines);
  claimdiff::AlignOptions o;
  o.via = &via;
  auto beads = claimdiff::align(de, en, o);
  check_cover(de, en, beads);
  CHECK(bead_with_base(beads, 0)->other == std::vector<std::uint32_t>{0});
  CHECK(bead_with_base(beads, 1)->other == std::vector<std::uint32_t>{1, 2, 3});
  CHECK(bead_with_base(beads, 2)->other == std::vector<std::uint32_t>{4});
  CHECK(bead_with_base(beads, 3)->other == std::vector<std::uint32_t>{5});
}

TEST_CASE("through a machine translation, captions found only in the translation stay unpaired", "[align]") {
  auto de = test::doc(
      "Die Expedition erreichte am 9. Mai den Gipfel.\n"
      "Zwei Tage sp\u00E4ter folgten Kato und Higeta.\n"
      "Der Abstieg verlief ohne Zwischenfall.\n",
      "de", claimdiff::SegmentMode::Lines);
  auto via = test::doc(
      "l' expédition a atteint le sommet le 9 mai.\n"
      "deux jours plus tard , kato et higeta ont suivi.\n"
      "la descente s' est déroulée sans incident.\n",
      "fr", claimdiff::SegmentMode::Lines);
  auto fr = test::doc(
      "Le sommet fut atteint le 9 mai par l' expédition.\n"
      "Photo Schweiz . Stiftung f\u00FCr alpine Forschungen , Z\u00FCrich\n"
      "Everest ( 8848 m ) et Col Sud\n"
      "Deux jours plus tard , Kato et Higeta touchaient \u00E0 leur tour le sommet.\n"
      "La descente se fit sans incident.\n",
      "fr", claimdiff::SegmentMode::Lines);
  claimdiff::AlignOptions o;
  o.via = &via;
  auto beads = claimdiff::align(de, fr, o);
  check_cover(de, fr, beads);
  CHECK(bead_with_base(beads, 0)->other == std::vector<std::uint32_t>{0});
  CHECK(bead_with_other(beads, 1)->base.empty());
  CHECK(bead_with_other(beads, 2)->base.empty());
  CHECK(bead_with_base(beads, 1)->other == std::vector<std::uint32_t>{3});
  CHECK(bead_with_base(beads, 2)->other == std::vector<std::uint32_t>{4});
}

namespace {

// An expedition report, its machine translation into French (lowercased and tokenised, as MT
// output in the Bleualign set is) and a human French version. With `crossing`, the translator
// carried the end of sentence 1 ("where the weather turned") into sentence 2.
struct Expedition {
  claimdiff::Document de, via, fr;
};

Expedition expedition(bool crossing) {
  Expedition e{
      test::doc("Die Expedition verliess Kathmandu am 3. M\u00E4rz mit 300 Tr\u00E4gern.\n"
                "Nach drei Wochen erreichte sie das Basislager am Fuss des Khumbu-Gletschers, wo das Wetter "
                "pl\u00F6tzlich umschlug.\n"
                "Schneefall hielt die Bergsteiger zehn Tage im Lager fest.\n"
                "Am 18. Mai standen Reiss und Luchsinger auf dem Gipfel.\n",
                "de", claimdiff::SegmentMode::Lines),
      test::doc("l' exp\u00E9dition a quitt\u00E9 katmandou le 3 mars avec 300 porteurs .\n"
                "apr\u00E8s trois semaines , elle a atteint le camp de base au pied du glacier du khumbu , o\u00F9 "
                "le temps a soudain chang\u00E9 .\n"
                "des chutes de neige ont retenu les alpinistes dix jours au camp .\n"
                "le 18 mai , reiss et luchsinger se tenaient au sommet .\n",
                "fr", claimdiff::SegmentMode::Lines),
      test::doc(std::string("L' exp\u00E9dition quitta Katmandou le 3 mars avec 300 porteurs .\n") +
                    (crossing ? "Elle atteignit en trois semaines le camp de base au pied du glacier du Khumbu .\n"
                                "L\u00E0 , le temps changea soudain , et des chutes de neige retinrent les alpinistes "
                                "dix jours au camp .\n"
                              : "Elle atteignit en trois semaines le camp de base au pied du glacier du Khumbu , "
                                "o\u00F9 le temps changea soudain .\n"
                                "Des chutes de neige retinrent les alpinistes dix jours au camp .\n") +
                    "Le 18 mai , Reiss et Luchsinger se tenaient au sommet .\n",
                "fr", claimdiff::SegmentMode::Lines)};
  return e;
}

// Aligns both expedition versions with `options` (minus the via translation, which comes with each) and
// checks the beads: 0-0, then 1-2 with 1-2 when the clause crossed, else 1-1 and 2-2, then 3-3.
void check_expedition(claimdiff::AlignOptions options, bool via) {
  for (bool crossing : {true, false}) {
    CAPTURE(crossing);
    Expedition e = expedition(crossing);
    if (via) options.via = &e.via;
    auto beads = claimdiff::align(e.de, e.fr, options);
    check_cover(e.de, e.fr, beads);
    CHECK(bead_with_base(beads, 0)->other == std::vector<std::uint32_t>{0});
    if (crossing) {
      // Sentence 2 of the French holds words of both German sentences: neither pair is a
      // translation on its own.
      CHECK(bead_with_base(beads, 1)->base == std::vector<std::uint32_t>{1, 2});
      CHECK(bead_with_base(beads, 1)->other == std::vector<std::uint32_t>{1, 2});
    } else {
      CHECK(bead_with_base(beads, 1)->other == std::vector<std::uint32_t>{1});
      CHECK(bead_with_base(beads, 2)->other == std::vector<std::uint32_t>{2});
    }
    CHECK(bead_with_base(beads, 3)->other == std::vector<std::uint32_t>{3});
  }
}

}  // namespace

TEST_CASE("through a machine translation, a clause carried across a sentence boundary makes one 2-2 bead", "[align]") {
  check_expedition(claimdiff::AlignOptions{}, true);
}

TEST_CASE("across languages with a bilingual dictionary, a clause carried across a boundary makes one 2-2 bead", "[align]") {
  claimdiff::Dictionary dictionary;
  for (auto [de, fr] : std::initializer_list<std::pair<const char*, const char*>>{
           {"expedition", "exp\u00E9dition"}, {"verliess", "quitta"}, {"kathmandu", "katmandou"}, {"m\u00E4rz", "mars"},
           {"tr\u00E4gern", "porteurs"}, {"drei", "trois"}, {"wochen", "semaines"}, {"erreichte", "atteignit"},
           {"basislager", "camp de base"}, {"fuss", "pied"}, {"wetter", "temps"}, {"pl\u00F6tzlich", "soudain"},
           {"umschlug", "changea"}, {"schneefall", "chutes de neige"}, {"hielt", "retinrent"},
           {"bergsteiger", "alpinistes"}, {"zehn", "dix"}, {"tage", "jours"}, {"lager", "camp"},
           {"standen", "tenaient"}, {"gipfel", "sommet"}})
    dictionary.entries[de].push_back(fr);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  o.dictionary = &dictionary;
  check_expedition(o, false);
}

TEST_CASE("the token model prices a crossing pair as one bead and faithful pairs as two", "[align]") {
  for (bool crossing : {true, false}) {
    CAPTURE(crossing);
    Expedition e = expedition(crossing);
    claimdiff::detail::TokenModel model(e.via, e.fr);
    REQUIRE(model.size_a() == 4);
    REQUIRE(model.size_b() == 4);
    model.prepare(std::vector<std::size_t>(4, 0), std::vector<std::size_t>(4, 4));
    claimdiff::detail::TokenModel::Scratch scratch;
    // A faithful pair costs less than leaving both sentences unpaired; an unrelated one more.
    CHECK(model.cost(3, 1, 3, 1, scratch) < model.skip_cost(true, 3) + model.skip_cost(false, 3));
    CHECK(model.cost(0, 1, 3, 1, scratch) > model.cost(0, 1, 0, 1, scratch) + 5);
    double merged = model.cost(1, 2, 1, 2, scratch);
    double split = model.cost(1, 1, 1, 1, scratch) + model.cost(2, 1, 2, 1, scratch);
    CHECK((crossing ? merged < split : merged > split));
    // The cost does not depend on what was scored before with the same scratch.
    CHECK(model.cost(1, 2, 1, 2, scratch) == merged);
  }
}

TEST_CASE("through a machine translation, lines of a few similar words repeated thousands of times still align", "[align]") {
  // Every word of such a line matches many words of the other, itself and its near spellings
  // ("code1", "code12"): without bounds the word model would hold each pair of lines's matches
  // in the square of their length, times the number of spellings.
  std::string repeated;
  for (int i = 0; i < 60'000; ++i) repeated += "code" + std::to_string(i % 50) + " ";
  std::string text = repeated + ".\nthe storm closed the port on monday .\n" + repeated + ".\n";
  auto de = test::doc(text, "de", claimdiff::SegmentMode::Lines);
  auto via = test::doc(text, "en", claimdiff::SegmentMode::Lines);
  auto en = test::doc("the storm closed the port on monday .\n" + repeated + ".\n", "en", claimdiff::SegmentMode::Lines);
  REQUIRE(de.sentences.size() > 20);  // long lines are cut into bounded sentences
  claimdiff::AlignOptions o;
  o.via = &via;
  auto beads = claimdiff::align(de, en, o);
  check_cover(de, en, beads);
  // The sentence about the storm finds its copy.
  std::uint32_t storm = 0;
  while (de.sentence_text(de.sentences[storm]).find("storm") == std::string_view::npos) ++storm;
  CHECK(bead_with_base(beads, storm)->other == std::vector<std::uint32_t>{0});
}

TEST_CASE("across languages without a translation, swapping the two versions mirrors the beads", "[align]") {
  auto de = test::doc(
      "Im Mai 1956 erreichte die Expedition von Albert Eggler das Basislager am Khumbu-Gletscher.\n"
      "Am 18. Mai standen Reiss und Luchsinger auf dem Lhotse ( 8501 m ) , am 23. Mai folgten Marmet und "
      "Schmied auf dem Everest ( 8848 m ) .\n"
      "Der Abstieg nach Namche Bazar dauerte vier Tage.\n",
      "de", claimdiff::SegmentMode::Lines);
  auto fr = test::doc(
      "En mai 1956 l' exp\u00E9dition d' Albert Eggler atteignit le camp de base du glacier du Khumbu.\n"
      "Le 18 mai Reiss et Luchsinger gravirent le Lhots\u00E9 ( 8501 m ) .\n"
      "Le 23 mai Marmet et Schmied atteignirent l' Everest ( 8848 m ) .\n"
      "La descente vers Namche Bazar dura quatre jours.\n",
      "fr", claimdiff::SegmentMode::Lines);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto forward = claimdiff::align(de, fr, o);
  auto backward = claimdiff::align(fr, de, o);
  check_cover(de, fr, forward);
  check_cover(fr, de, backward);
  CHECK(bead_with_base(forward, 1)->other == std::vector<std::uint32_t>{1, 2});
  std::set<std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>> there, back;
  for (const auto& b : forward) there.insert({b.base, b.other});
  for (const auto& b : backward) back.insert({b.other, b.base});
  CHECK(there == back);
}

namespace {

// Twelve faithful pairs about ships, with two sentences about a summit in the middle: German
// (`cut`: split by the splitter inside brackets, at a semicolon), its machine translation into
// French, and a French version that has two sentences, one per German clause.
struct Summit {
  claimdiff::Document de, via, fr;
};

Summit summit(bool cut) {
  const char* ports[] = {"Lisbonne", "Gênes", "Anvers", "Hambourg", "Marseille", "Naples",
                         "Brest", "Dantzig", "Riga", "Bergen", "Cadix", "Trieste"};
  std::string de, via, fr;
  for (int i = 0; i < 12; ++i) {
    if (i == 6) {
      de += cut ? "Am 9. Mai erreichten Imanishi und der Sherpa Gyalzen den Gipfel ( gegen 14 Uhr ;\n"
                  "der Abstieg dauerte vier Stunden ) .\n"
                : "Am 9. Mai erreichten Imanishi und der Sherpa Gyalzen den Gipfel ( gegen 14 Uhr ) .\n"
                  "Der Abstieg dauerte vier Stunden .\n";
      via += cut ? "le 9 mai , imanishi et le sherpa gyalzen ont atteint le sommet ( vers 14 heures ;\n"
                   "la descente a dur\u00E9 quatre heures ) .\n"
                 : "le 9 mai , imanishi et le sherpa gyalzen ont atteint le sommet ( vers 14 heures ) .\n"
                   "la descente a dur\u00E9 quatre heures .\n";
      fr += "Le 9 mai , Imanishi et le sherpa Gyalzen atteignirent le sommet vers 14 heures .\n"
            "La descente dura quatre heures .\n";
    }
    const std::string port = ports[i], number = std::to_string(100 + i);
    std::string lower = port;
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    de += "Das Schiff Nummer " + number + " erreichte den Hafen von " + port + " am Morgen.\n";
    via += "le navire num\u00E9ro " + number + " a atteint le port de " + lower + " le matin .\n";
    fr += "Le navire num\u00E9ro " + number + " entra au port de " + port + " au matin .\n";
  }
  return Summit{test::doc(de, "de", claimdiff::SegmentMode::Lines), test::doc(via, "fr", claimdiff::SegmentMode::Lines),
                test::doc(fr, "fr", claimdiff::SegmentMode::Lines)};
}

}  // namespace

TEST_CASE("through a machine translation, a sentence cut inside brackets stays in one bead", "[align]") {
  for (bool cut : {true, false}) {
    CAPTURE(cut);
    Summit s = summit(cut);
    REQUIRE(s.de.sentences.size() == 14);
    claimdiff::AlignOptions o;
    o.via = &s.via;
    auto beads = claimdiff::align(s.de, s.fr, o);
    check_cover(s.de, s.fr, beads);
    if (cut) {
      // "( gegen 14 Uhr ;" / "der Abstieg ... ) ." is one German sentence: no bead boundary
      // inside it, though each half has its own French sentence.
      CHECK(bead_with_base(beads, 6)->base == std::vector<std::uint32_t>{6, 7});
      CHECK(bead_with_base(beads, 6)->other == std::vector<std::uint32_t>{6, 7});
    } else {
      CHECK(bead_with_base(beads, 6)->other == std::vector<std::uint32_t>{6});
      CHECK(bead_with_base(beads, 7)->other == std::vector<std::uint32_t>{7});
    }
    for (std::uint32_t i : {0u, 5u, 8u, 13u}) CHECK(bead_with_base(beads, i)->other == std::vector<std::uint32_t>{i});
  }
}

TEST_CASE("the token model counts a thesaurus synonym as weak evidence", "[align]") {
  auto via = test::doc("le navire a quitt\u00E9 le port de brest le matin .\nle d\u00E9clin fut glissant .\n"
                       "la temp\u00EAte a ferm\u00E9 le port de riga .\n",
                       "fr", claimdiff::SegmentMode::Lines);
  auto fr = test::doc("Le navire quitta le port de Brest au matin .\nLa descente fut rapide .\n"
                      "La temp\u00EAte ferma le port de Riga .\n",
                      "fr", claimdiff::SegmentMode::Lines);
  claimdiff::Dictionary synonyms;
  synonyms.entries["d\u00E9clin"] = {"descente", "baisse"};
  synonyms.entries["glissant"] = {"rapide"};
  claimdiff::detail::TokenModel plain(via, fr), with(via, fr, nullptr, &synonyms);
  for (auto* model : {&plain, &with}) model->prepare(std::vector<std::size_t>(3, 0), std::vector<std::size_t>(3, 3));
  claimdiff::detail::TokenModel::Scratch scratch;
  // The pair whose two content words are synonyms gains; the pairs without any do not move.
  CHECK(with.cost(1, 1, 1, 1, scratch) < plain.cost(1, 1, 1, 1, scratch) - 1);
  CHECK(with.cost(0, 1, 0, 1, scratch) == plain.cost(0, 1, 0, 1, scratch));
  CHECK(with.cost(2, 1, 2, 1, scratch) == plain.cost(2, 1, 2, 1, scratch));
  // A synonym is weaker evidence than the word itself.
  auto same = test::doc("Le navire quitta le port de Brest au matin .\nLe d\u00E9clin fut glissant .\n"
                        "La temp\u00EAte ferma le port de Riga .\n",
                        "fr", claimdiff::SegmentMode::Lines);
  claimdiff::detail::TokenModel exact(via, same);
  exact.prepare(std::vector<std::size_t>(3, 0), std::vector<std::size_t>(3, 3));
  CHECK(exact.cost(1, 1, 1, 1, scratch) < with.cost(1, 1, 1, 1, scratch) - 1);
}

TEST_CASE("a sentence reworded in other words between two anchors is paired by position and length and reported reworded", "[align][structure]") {
  auto a = test::doc(
      "The city council met on Monday evening to discuss next year's budget. "
      "Residents complained loudly about the state of the roads. "
      "The vote on the new parking tax was postponed until March.");
  auto b = test::doc(
      "The city council met on Monday evening to discuss next year's budget. "
      "Locals voiced anger over potholed streets. "
      "The vote on the new parking tax was postponed until March.");
  auto beads = claimdiff::align(a, b);
  check_cover(a, b, beads);
  const Bead* p = bead_with_base(beads, 1);
  REQUIRE(p);
  CHECK(p->other == std::vector<std::uint32_t>{1});
  CHECK(p->structural);
  CHECK(p->similarity < 0.3);
  const auto& en = test::resources().language("en");
  auto claims = claimdiff::classify(a, b, beads, en, en);
  auto it = std::find_if(claims.begin(), claims.end(), [](const auto& c) {
    return c.base == std::vector<std::uint32_t>{1};
  });
  REQUIRE(it != claims.end());
  CHECK(it->kind == claimdiff::ClaimKind::Reworded);
  CHECK(it->other == std::vector<std::uint32_t>{1});
  CHECK(it->similarity < 0.3);
}

TEST_CASE("an unrelated sentence inserted where another was dropped stays added and removed", "[align][structure]") {
  auto a = test::doc(
      "Firefighters were called to the warehouse shortly after midnight. "
      "Police said 14 people had been arrested. "
      "The cause of the blaze is still being investigated.");
  auto b = test::doc(
      "Firefighters were called to the warehouse shortly after midnight. "
      "Sign up for our morning newsletter to get the biggest stories of 2024 delivered straight to your inbox before breakfast. "
      "The cause of the blaze is still being investigated.");
  auto beads = claimdiff::align(a, b);
  check_cover(a, b, beads);
  const Bead* dropped = bead_with_base(beads, 1);
  const Bead* added = bead_with_other(beads, 1);
  REQUIRE(dropped);
  REQUIRE(added);
  CHECK(dropped->other.empty());
  CHECK(added->base.empty());
  const auto& en = test::resources().language("en");
  auto claims = claimdiff::classify(a, b, beads, en, en);
  CHECK(std::count_if(claims.begin(), claims.end(), [](const auto& c) { return c.kind == claimdiff::ClaimKind::Removed; }) == 1);
  CHECK(std::count_if(claims.begin(), claims.end(), [](const auto& c) { return c.kind == claimdiff::ClaimKind::Added; }) == 1);
}

TEST_CASE("a reworded sentence next to an unrelated inserted one: the inserted one stays added, and words too different to say so are not paired on length alone", "[align][structure]") {
  auto a = test::doc(
      "The city council met on Monday evening to discuss next year's budget. "
      "Residents complained loudly about the state of the roads. "
      "The vote on the new parking tax was postponed until March.");
  auto b = test::doc(
      "The city council met on Monday evening to discuss next year's budget. "
      "Sign up for our morning newsletter to get the biggest stories of 2024 delivered straight to your inbox before breakfast. "
      "Locals voiced anger over potholed streets. "
      "The vote on the new parking tax was postponed until March.");
  auto beads = claimdiff::align(a, b);
  check_cover(a, b, beads);
  check_removed(beads, 1);
  check_added(beads, 1);
}

TEST_CASE("two sentences joined into one are one bead, not a pair beside a removed sentence", "[align][structure]") {
  auto a = test::doc(
      "The storm reached the coast on Tuesday morning. "
      "Two more highways were added to the list of federal roads. "
      "The Russian government has included two more highways in the list of roads of federal significance. "
      "Forecasters expect the rain to ease by the weekend.");
  auto b = test::doc(
      "The storm reached the coast on Tuesday morning. "
      "Two more motorways added to list of federal highways, as the Russian government has included two more "
      "motorways in the list of roads of federal significance. "
      "Forecasters expect the rain to ease by the weekend.");
  auto beads = claimdiff::align(a, b);
  check_cover(a, b, beads);
  const Bead* joined = bead_with_other(beads, 1);
  REQUIRE(joined);
  CHECK(joined->base == std::vector<std::uint32_t>{1, 2});
}

TEST_CASE("a sentence moved elsewhere is not taken for the rewording of what replaced it", "[align][structure]") {
  auto a = test::doc(
      "The storm reached the coast on Tuesday morning. "
      "More than 20,000 homes lost power across the region. "
      "Schools in three districts stayed closed. "
      "Forecasters expect the rain to ease by the weekend.");
  auto b = test::doc(
      "The storm reached the coast on Tuesday morning. "
      "Schools in three districts stayed closed. "
      "Forecasters expect the rain to ease by the weekend. "
      "More than 20,000 homes lost power across the region.");
  auto beads = claimdiff::align(a, b);
  check_cover(a, b, beads);
  const Bead* power = bead_with_base(beads, 1);
  REQUIRE(power);
  CHECK(power->other == std::vector<std::uint32_t>{3});
  CHECK(power->moved);
  for (const auto& bead : beads) CHECK_FALSE(bead.structural);
}

TEST_CASE("a dropped sentence and an unrelated added one in the same frame stay removed and added, not a reworded move", "[align][structure]") {
  auto a = test::doc(
      "A gunman opened fire at a shopping centre in the city on Saturday afternoon. "
      "Police said the suspect was arrested at the scene. "
      "Three people were taken to hospital with gunshot wounds. "
      "The shopping centre will remain closed on Sunday. "
      "The mayor called the attack a senseless act of violence.");
  auto b = test::doc(
      "A gunman opened fire at a shopping centre in the city on Saturday afternoon. "
      "Three people were taken to hospital with gunshot wounds. "
      "The shopping centre will remain closed on Sunday. "
      "The mayor called the attack a senseless act of violence. "
      "Police said the motive was still unclear.");
  auto beads = claimdiff::align(a, b);
  check_cover(a, b, beads);
  check_removed(beads, 1);
  check_added(beads, 4);
}

TEST_CASE("a move needs the move threshold: a dropped claim and an added one sharing a name and a frame are no move", "[align][structure]") {
  auto a = test::doc(
      "Prime Minister Keir Starmer arrived in Brussels on Thursday for talks with EU leaders. "
      "Starmer said Britain wanted closer trade ties with the European Union. "
      "The talks focused on fishing rights and energy. "
      "Officials expect a joint statement by Friday evening. "
      "Opposition leaders criticised the trip as a waste of time.");
  auto b = test::doc(
      "Prime Minister Keir Starmer arrived in Brussels on Thursday for talks with EU leaders. "
      "The talks focused on fishing rights and energy. "
      "Officials expect a joint statement by Friday evening. "
      "Opposition leaders criticised the trip as a waste of time. "
      "Starmer said Britain would not rejoin the European customs union.");
  for (double threshold : {0.5, 0.95}) {
    claimdiff::AlignOptions options;
    options.move_threshold = threshold;
    auto beads = claimdiff::align(a, b, options);
    check_cover(a, b, beads);
    const Bead* dropped = bead_with_base(beads, 1);
    REQUIRE(dropped);
    CHECK(dropped->other.empty());
    for (const auto& bead : beads) CHECK_FALSE(bead.moved);
  }
}

TEST_CASE("two paragraphs replaced by three new ones stay removed and added: the programme pairs nothing on length alone", "[align][structure]") {
  auto a = test::doc(
      "Prime Minister Keir Starmer arrived in Brussels on Thursday for talks with EU leaders. "
      "Farmers blocked roads around the European Parliament with tractors. "
      "The protest ended peacefully in the early afternoon. "
      "Officials expect a joint statement by Friday evening.");
  auto b = test::doc(
      "Prime Minister Keir Starmer arrived in Brussels on Thursday for talks with EU leaders. "
      "His spokesman said the meeting with von der Leyen lasted two hours. "
      "A deal on youth mobility is not on the table, officials said. "
      "Energy prices were also discussed at the lunch. "
      "Officials expect a joint statement by Friday evening.");
  auto beads = claimdiff::align(a, b);
  check_cover(a, b, beads);
  for (std::uint32_t i : {1u, 2u}) {
    const Bead* dropped = bead_with_base(beads, i);
    REQUIRE(dropped);
    CHECK(dropped->other.empty());
  }
  for (std::uint32_t j : {1u, 2u, 3u}) {
    const Bead* added = bead_with_other(beads, j);
    REQUIRE(added);
    CHECK(added->base.empty());
  }
}

TEST_CASE("a short unrelated added line beside a reworded sentence is not glued into a split", "[align][structure]") {
  auto a = test::doc(
      "The city council met on Monday evening to discuss next year's budget. "
      "Residents complained loudly about the state of the roads. "
      "The vote on the new parking tax was postponed until March.");
  auto b = test::doc(
      "The city council met on Monday evening to discuss next year's budget. "
      "The mayor did not attend. "
      "Locals voiced anger over potholed streets. "
      "The vote on the new parking tax was postponed until March.");
  auto beads = claimdiff::align(a, b);
  check_cover(a, b, beads);
  check_added(beads, 1);
}

TEST_CASE("across scripts, Russian against English aligns by transliterated names and numbers", "[align][cross]") {
  auto ru = test::doc(
      "Губернатор штата Тамаулипас Франсиско Кабеса де Вака встретился с мэром Монтеррея Адрианом де ла Гарсой. "
      "Представитель полиции Хуан Эрнандес сообщил, что на дорогах штата дежурят 450 патрульных машин. "
      "По его словам, за год число угонов сократилось на 37 процентов.",
      "ru");
  auto en = test::doc(
      "Tamaulipas governor Francisco Cabeza de Vaca met Monterrey mayor Adrian de la Garza. "
      "Police spokesman Juan Hernandez said that 450 patrol cars are on duty on the state's roads. "
      "According to him, car thefts fell by 37 percent over the year.",
      "en");
  REQUIRE(ru.sentences.size() == 3);
  REQUIRE(en.sentences.size() == 3);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(ru, en, o);
  check_cover(ru, en, beads);
  for (std::uint32_t i = 0; i < 3; ++i) {
    const Bead* p = bead_with_base(beads, i);
    REQUIRE(p);
    CHECK(p->other == std::vector<std::uint32_t>{i});
  }
  // The first sentence has no number: only the names, in one script, make it similar.
  CHECK(bead_with_base(beads, 0)->similarity > 0.1);
}

TEST_CASE("across scripts, Chinese and Hindi against English align by numbers and length without a crash", "[align][cross]") {
  auto zh = test::doc(
      "国家统计局3月15日公布了2023年的人口数据。"
      "全国人口为14.1亿人，比上年减少208万人。"
      "上海常住人口为2487万人。",
      "zh");
  auto hi = test::doc(
      "राष्ट्रीय सांख्यिकी ब्यूरो ने 15 मार्च को 2023 के जनसंख्या आंकड़े प्रकाशित किए। "
      "देश की जनसंख्या 141 करोड़ थी, जो पिछले वर्ष से 20.8 लाख कम है। "
      "शंघाई की स्थायी जनसंख्या 2.487 करोड़ थी।",
      "hi");
  auto en = test::doc(
      "The National Bureau of Statistics published population data for 2023 on March 15. "
      "The national population was 1.41 billion, down 2.08 million from the previous year. "
      "Shanghai had 24.87 million permanent residents.",
      "en");
  claimdiff::AlignOptions o;
  o.cross_language = true;
  for (const auto* source : {&zh, &hi}) {
    REQUIRE(source->sentences.size() == 3);
    auto beads = claimdiff::align(*source, en, o);
    check_cover(*source, en, beads);
    for (std::uint32_t i = 0; i < 3; ++i) {
      const Bead* p = bead_with_base(beads, i);
      REQUIRE(p);
      CHECK(p->other == std::vector<std::uint32_t>{i});
    }
  }
}

TEST_CASE("across languages, the installed dictionary pairs a sentence with its translation, not with an unrelated line whose length fits better", "[align][cross]") {
  // The French inserts a line about apples after the translation of the German third sentence;
  // the two share no name, number or cognate, and the apple line's length fits better. The
  // German-French FreeDict ("Kritiker" critique, "warnen" mettre en garde, "Stadt" ville) decides.
  if (claimdiff::find_dictionary("de", "fr").empty()) {
    WARN("freedict-deu-fra is not installed (dict-freedict-deu-fra); nothing to check");
    return;
  }
  auto de = test::doc(
      test::kCouncilGerman,
      "de", claimdiff::SegmentMode::Lines);
  auto fr = test::doc(
      test::kCouncilFrench,
      "fr", claimdiff::SegmentMode::Lines);
  REQUIRE(de.sentences.size() == 4);
  REQUIRE(fr.sentences.size() == 5);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(de, fr, o);
  check_cover(de, fr, beads);
  const std::pair<std::uint32_t, std::uint32_t> pairs[] = {{0, 0}, {1, 1}, {2, 2}, {3, 4}};
  for (const auto& [d, f] : pairs) {
    const Bead* p = bead_with_base(beads, d);
    REQUIRE(p);
    CHECK(p->other == std::vector<std::uint32_t>{f});
  }
  REQUIRE(bead_with_other(beads, 3));
  CHECK(bead_with_other(beads, 3)->base.empty());
}

TEST_CASE("across languages, a damaged installed dictionary is not used: the alignment is the one without a dictionary, not an error", "[align][cross]") {
  // The installed FreeDict database is optional: its compressed data damaged (bytes flipped,
  // cut short, empty or missing) or its index lines cut leave the alignment as it is with none.
  // The undamaged copy decides the pairing of the German third sentence, so using the damaged one
  // would show.
  const std::string installed = claimdiff::find_dictionary("de", "fr");
  if (installed.empty()) {
    WARN("freedict-deu-fra is not installed (dict-freedict-deu-fra); nothing to check");
    return;
  }
  const std::string stem = installed.substr(0, installed.size() - std::string(".index").size());
  const std::string index = test::slurp(stem + ".index");
  const std::string data = test::slurp(stem + ".dict.dz");
  auto de = test::doc(
      test::kCouncilGerman,
      "de", claimdiff::SegmentMode::Lines);
  auto fr = test::doc(
      test::kCouncilFrench,
      "fr", claimdiff::SegmentMode::Lines);
  auto pairs = [](const std::vector<Bead>& beads) {
    std::vector<std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>> out;
    for (const Bead& b : beads) out.emplace_back(b.base, b.other);
    return out;
  };
  claimdiff::AlignOptions o;
  o.cross_language = true;
  const auto with_installed = pairs(claimdiff::align(de, fr, o));
  o.installed_dictionary = false;
  const auto without = pairs(claimdiff::align(de, fr, o));
  REQUIRE(with_installed != without);
  o.installed_dictionary = true;

  std::string flipped = data;
  for (std::size_t i = 2000; i < flipped.size(); i += 997) flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
  std::string cut_index;
  for (std::size_t start = 0, line = 0; start < index.size(); ++line) {
    std::size_t end = index.find('\n', start);
    if (end == std::string::npos) end = index.size();
    std::string_view l(index.data() + start, end - start);
    if (line % 2 == 0 && l.rfind('\t') != std::string_view::npos) l = l.substr(0, l.rfind('\t'));
    cut_index.append(l).push_back('\n');
    start = end + 1;
  }
  const std::pair<const char*, std::pair<std::string, std::optional<std::string>>> damages[] = {
      {"flipped bytes", {index, flipped}},
      {"cut short", {index, data.substr(0, data.size() / 3)}},
      {"empty data", {index, std::string()}},
      {"missing data", {index, std::nullopt}},
      {"index lines without an offset", {cut_index, data}},
  };
  for (const auto& [what, files] : damages) {
    SECTION(what) {
      test::Scratch dir;
      dir.write("freedict-deu-fra.index", files.first);
      if (files.second) dir.write("freedict-deu-fra.dict.dz", *files.second);
      o.dictionary_directory = dir.dir().string();
      auto beads = claimdiff::align(de, fr, o);
      check_cover(de, fr, beads);
      CHECK(pairs(beads) == without);
    }
  }
}

TEST_CASE("across languages, a dropped sentence next to an unrelated added one comes out removed and added, not glued into a 2-2 bead", "[align][cross]") {
  // The English drops the Russian fourth sentence (the closed meeting) and adds an unrelated one
  // (football) after the police statement: each pairs with nothing, and the police statement
  // stays 1-1 with its translation.
  auto ru = test::doc(
      "Губернатор штата Тамаулипас Франсиско Кабеса де Вака встретился в понедельник с мэром Монтеррея "
      "Адрианом де ла Гарсой. "
      "Они обсудили безопасность на федеральной трассе 85, где в 2020 году было похищено 12 грузовиков. "
      "Мэр сказал журналистам, что город выделит на охрану дорог ещё 40 миллионов песо. "
      "Встреча прошла в закрытом режиме и продолжалась почти три часа. "
      "Представитель полиции Хуан Эрнандес сообщил, что на дорогах штата дежурят 450 патрульных машин. "
      "По его словам, за год число угонов в Тамаулипасе сократилось на 37 процентов.",
      "ru");
  auto en = test::doc(
      "Tamaulipas governor Francisco Cabeza de Vaca met Monterrey mayor Adrian de la Garza on Monday. "
      "They discussed security on federal highway 85, where 12 trucks were hijacked in 2020. "
      "The mayor told reporters that the city will allocate another 40 million pesos to road security. "
      "Police spokesman Juan Hernandez said that 450 patrol cars are on duty on the state's roads. "
      "Local football club Tigres will play its next home game without spectators, the league announced. "
      "According to him, car thefts in Tamaulipas fell by 37 percent over the year.",
      "en");
  REQUIRE(ru.sentences.size() == 6);
  REQUIRE(en.sentences.size() == 6);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(ru, en, o);
  check_cover(ru, en, beads);
  REQUIRE(bead_with_base(beads, 3));
  CHECK(bead_with_base(beads, 3)->other.empty());
  REQUIRE(bead_with_other(beads, 4));
  CHECK(bead_with_other(beads, 4)->base.empty());
  const std::pair<std::uint32_t, std::uint32_t> pairs[] = {{0, 0}, {1, 1}, {2, 2}, {4, 3}, {5, 5}};
  for (const auto& [r, e] : pairs) {
    const Bead* p = bead_with_base(beads, r);
    REQUIRE(p);
    CHECK(p->base == std::vector<std::uint32_t>{r});
    CHECK(p->other == std::vector<std::uint32_t>{e});
  }
}

TEST_CASE("across languages, a dropped sentence and an added one whose lengths balance are not glued around the faithful pair between them", "[align][cross]") {
  // The French drops the German third sentence (the opposition's criticism) and adds an
  // unrelated one (hockey) after the translation of the fourth: the two unrelated sentences
  // would make the lengths of a 2-2 bead fit, but neither shares anything with the bead.
  auto de = test::doc(
      "Die Stadtverwaltung hat am Montag einen neuen Plan f\u00FCr den Ausbau der Radwege vorgestellt. "
      "B\u00FCrgermeisterin Karin Vollmer sprach von einem wichtigen Schritt f\u00FCr die Verkehrswende. "
      "Die Opposition im Stadtrat kritisierte dagegen die hohen Kosten des Vorhabens. "
      "Nach Angaben von Baudezernent Lukas Brenner sollen bis 2030 mehr als 60 Kilometer neue Wege entstehen. "
      "Die Arbeiten beginnen im Fr\u00FChjahr in der Innenstadt. "
      "Anwohner k\u00F6nnen ihre Vorschl\u00E4ge bis Ende des Monats online einreichen. "
      "Der Fahrradclub begr\u00FC\u00DFte die Pl\u00E4ne, forderte aber mehr Tempo.",
      "de");
  auto fr = test::doc(
      "Lundi, l\u2019administration municipale a pr\u00E9sent\u00E9 un nouveau plan pour l\u2019extension des pistes cyclables. "
      "La maire Karin Vollmer a parl\u00E9 d\u2019une \u00E9tape importante pour la transition des transports. "
      "Selon l\u2019adjoint \u00E0 l\u2019urbanisme Lukas Brenner, plus de 60 kilom\u00E8tres de nouvelles pistes doivent voir le jour d\u2019ici 2030. "
      "Le club de hockey local a annonc\u00E9 l\u2019arriv\u00E9e de deux nouveaux joueurs venus de Su\u00E8de. "
      "Les travaux commenceront au printemps dans le centre-ville. "
      "Les riverains peuvent soumettre leurs propositions en ligne jusqu\u2019\u00E0 la fin du mois. "
      "Le club cycliste a salu\u00E9 les projets, tout en demandant d\u2019aller plus vite.",
      "fr");
  REQUIRE(de.sentences.size() == 7);
  REQUIRE(fr.sentences.size() == 7);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(de, fr, o);
  check_cover(de, fr, beads);
  REQUIRE(bead_with_base(beads, 2));
  CHECK(bead_with_base(beads, 2)->other.empty());
  REQUIRE(bead_with_other(beads, 3));
  CHECK(bead_with_other(beads, 3)->base.empty());
  const Bead* brenner = bead_with_base(beads, 3);
  REQUIRE(brenner);
  CHECK(brenner->base == std::vector<std::uint32_t>{3});
  CHECK(brenner->other == std::vector<std::uint32_t>{2});
}

TEST_CASE("across languages, a dropped sentence beside a longer neighbour comes out removed though it shares a few letters with the translation", "[align][cross]") {
  // The English drops the Russian third sentence (where the report was published). Its
  // "официальном" shares a few transliterated n-grams with "officials" in the next translation, but
  // gluing it there only makes the lengths fit worse: it must come out alone.
  auto ru = test::doc(
      "Командующий Северным флотом адмирал Александр Моисеев вручил в понедельник государственные награды "
      "военнослужащим в Североморске. "
      "Церемония прошла в Доме офицеров флота в присутствии ветеранов и членов семей награждённых. "
      "Об этом говорится в сообщении на официальном сайте министерства обороны. "
      "Как отмечается в сообщении, ордена и медали получили 14 старших офицеров из подводных сил, армейского "
      "корпуса, авиации и противовоздушной обороны, Беломорской военно-морской базы и штаба Северного флота. "
      "Моисеев поблагодарил моряков за службу и пожелал им новых успехов в 2021 году.",
      "ru");
  auto en = test::doc(
      "Northern Fleet commander Admiral Alexander Moiseyev presented state awards to servicemen in Severomorsk "
      "on Monday. "
      "The ceremony took place at the Fleet Officers' House in the presence of veterans and family members of "
      "those awarded. "
      "As noted in the report, 14 senior officials of the submarine forces, the army corps, aviation and air "
      "defence, the White Sea naval base and the Northern Fleet headquarters received orders and medals. "
      "Moiseyev thanked the sailors for their service and wished them further success in 2021.",
      "en");
  REQUIRE(ru.sentences.size() == 5);
  REQUIRE(en.sentences.size() == 4);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(ru, en, o);
  check_cover(ru, en, beads);
  REQUIRE(bead_with_base(beads, 2));
  CHECK(bead_with_base(beads, 2)->other.empty());
  const Bead* medals = bead_with_base(beads, 3);
  REQUIRE(medals);
  CHECK(medals->base == std::vector<std::uint32_t>{3});
  CHECK(medals->other == std::vector<std::uint32_t>{2});
}

TEST_CASE("across languages, an unrelated added sentence comes out added though it repeats a word of the sentence before", "[align][cross]") {
  // The French adds a sentence about a hockey club after the translation of the German third one.
  // Its "kilomètres" and "grands axes" echo that translation, but it makes the bead's lengths fit
  // worse and its words barely lift the bead: it is added, not the second half of a 1-2 bead.
  auto de = test::doc(
      "Die Stadtverwaltung hat am Montag einen neuen Plan f\u00FCr den Ausbau der Radwege vorgestellt. "
      "B\u00FCrgermeisterin Karin Vollmer sprach von einem wichtigen Schritt f\u00FCr die Verkehrswende in der ganzen Region. "
      "Nach Angaben von Baudezernent Lukas Brenner sollen bis 2030 mehr als 60 Kilometer neue Wege entstehen, "
      "vor allem entlang der gro\u00DFen Ausfallstra\u00DFen und an den Schulen. "
      "Die Arbeiten beginnen im Fr\u00FChjahr in der Innenstadt. "
      "Der Fahrradclub begr\u00FC\u00DFte die Pl\u00E4ne, forderte aber mehr Tempo.",
      "de");
  auto fr = test::doc(
      "Lundi, l\u2019administration municipale a pr\u00E9sent\u00E9 un nouveau plan pour l\u2019extension des pistes cyclables. "
      "La maire Karin Vollmer a parl\u00E9 d\u2019une \u00E9tape importante pour la transition des transports dans toute la r\u00E9gion. "
      "Selon l\u2019adjoint \u00E0 l\u2019urbanisme Lukas Brenner, plus de 60 kilom\u00E8tres de nouvelles pistes doivent voir le jour "
      "d\u2019ici 2030, surtout le long des grands axes et pr\u00E8s des \u00E9coles. "
      "Le club de hockey a annonc\u00E9 que sa nouvelle patinoire ouvrira \u00E0 quelques kilom\u00E8tres des grands axes. "
      "Les travaux commenceront au printemps dans le centre-ville. "
      "Le club cycliste a salu\u00E9 les projets, tout en demandant d\u2019aller plus vite.",
      "fr");
  REQUIRE(de.sentences.size() == 5);
  REQUIRE(fr.sentences.size() == 6);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(de, fr, o);
  check_cover(de, fr, beads);
  REQUIRE(bead_with_other(beads, 3));
  CHECK(bead_with_other(beads, 3)->base.empty());
  const Bead* brenner = bead_with_base(beads, 2);
  REQUIRE(brenner);
  CHECK(brenner->other == std::vector<std::uint32_t>{2});
}

TEST_CASE("across languages, a dropped sentence and an added one that echo a few words of the pair between them are not glued into a 2-2 bead", "[align][cross]") {
  // The French drops the German third sentence (the opposition's criticism) and adds an unrelated
  // one (hockey) after the translation of the fourth. Each echoes the Brenner pair ("Pisten",
  // "Urbanisierung"; "kilomètres", "nouvelles pistes"), so neither is below chance, and their
  // lengths balance a 2-2 bead; but neither lifts the bead's words by a skip's worth.
  auto de = test::doc(
      "Die Stadtverwaltung hat am Montag einen neuen Plan für den Ausbau der Radwege vorgestellt. "
      "Bürgermeisterin Karin Vollmer sprach von einem wichtigen Schritt für die Verkehrswende. "
      "Die Opposition im Stadtrat kritisierte dagegen die hohen Kosten der neuen Pisten und der Urbanisierung. "
      "Nach Angaben von Baudezernent Lukas Brenner sollen bis 2030 mehr als 60 Kilometer neue Wege entstehen. "
      "Die Arbeiten beginnen im Frühjahr in der Innenstadt. "
      "Anwohner können ihre Vorschläge bis Ende des Monats online einreichen. "
      "Der Fahrradclub begrüßte die Pläne, forderte aber mehr Tempo.",
      "de");
  auto fr = test::doc(
      "Lundi, l’administration municipale a présenté un nouveau plan pour l’extension des pistes cyclables. "
      "La maire Karin Vollmer a parlé d’une étape importante pour la transition des transports. "
      "Selon l’adjoint à l’urbanisme Lukas Brenner, plus de 60 kilomètres de nouvelles pistes doivent voir le jour d’ici 2030. "
      "Le club de hockey local a annoncé l’arrivée de deux nouveaux joueurs venus de Suède, à quelques kilomètres des nouvelles pistes. "
      "Les travaux commenceront au printemps dans le centre-ville. "
      "Les riverains peuvent soumettre leurs propositions en ligne jusqu’à la fin du mois. "
      "Le club cycliste a salué les projets, tout en demandant d’aller plus vite.",
      "fr");
  REQUIRE(de.sentences.size() == 7);
  REQUIRE(fr.sentences.size() == 7);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(de, fr, o);
  check_cover(de, fr, beads);
  REQUIRE(bead_with_base(beads, 2));
  CHECK(bead_with_base(beads, 2)->other.empty());
  REQUIRE(bead_with_other(beads, 3));
  CHECK(bead_with_other(beads, 3)->base.empty());
  const Bead* brenner = bead_with_base(beads, 3);
  REQUIRE(brenner);
  CHECK(brenner->base == std::vector<std::uint32_t>{3});
  CHECK(brenner->other == std::vector<std::uint32_t>{2});
}

TEST_CASE("across languages, a number written in Russian words shares its key with the English digits", "[align][cross]") {
  auto ru = test::doc(
      "\u041E\u0433\u043E\u043D\u044C \u043E\u0445\u0432\u0430\u0442\u0438\u043B \u043F\u043B\u043E\u0449\u0430\u0434\u044C \u0432 "
      "\u0434\u0432\u0435\u043D\u0430\u0434\u0446\u0430\u0442\u044C \u0442\u044B\u0441\u044F\u0447 \u043A\u0432\u0430\u0434\u0440\u0430\u0442\u043D\u044B\u0445 "
      "\u043C\u0435\u0442\u0440\u043E\u0432.",
      "ru");
  auto en = test::doc("The fire covered an area of 12,000 square meters.", "en");
  REQUIRE(ru.sentences.size() == 1);
  REQUIRE(en.sentences.size() == 1);
  const std::uint32_t only[] = {0};
  claimdiff::detail::Scorer digits_only(ru, en, true, true);
  claimdiff::detail::Scorer with_values(ru, en, true, true, nullptr, &test::resources().language("ru"),
                                        &test::resources().language("en"));
  auto shared_keys = [](const claimdiff::detail::Scorer& s) {
    return claimdiff::detail::sum_shared(s.bag_a(0), s.bag_b(0), [](float, float) { return 1.0; });
  };
  // "двенадцать тысяч" is 12000, the key of "12,000": one more key in common, and more weight.
  CHECK(shared_keys(with_values) == shared_keys(digits_only) + 1);
  CHECK(with_values.similarity(only, only) > digits_only.similarity(only, only));
}

TEST_CASE("across languages, a sentence moved to the end is paired as a move by its names and numbers", "[align][cross]") {
  // The French puts the German second sentence (Kutscher's departure) last: it shares the names
  // and the year count with its translation and nothing with its new neighbours.
  auto de = test::doc(
      "Der Immobilienkonzern Corestate hat einen neuen Finanzvorstand ernannt. "
      "Reinhard Kutscher hatte das Unternehmen nach über 20 Jahren in der Branche im Januar verlassen. "
      "Die Aktie legte am Montag in Frankfurt um vier Prozent zu. "
      "Analysten hatten mit einem Wechsel an der Spitze gerechnet. "
      "Der Aufsichtsrat will im Herbst über die Strategie beraten. "
      "Eine Sprecherin wollte sich zu den Gründen nicht äußern. "
      "Das Unternehmen verwaltet Immobilien im Wert von mehreren Milliarden Euro. "
      "Die Hauptversammlung findet im Dezember statt.",
      "de");
  auto fr = test::doc(
      "Le groupe immobilier Corestate a nommé un nouveau directeur financier. "
      "L’action a gagné quatre pour cent lundi à Francfort. "
      "Les analystes s’attendaient à un changement à la tête du groupe. "
      "Le conseil de surveillance veut discuter de la stratégie à l’automne. "
      "Une porte-parole n’a pas souhaité s’exprimer sur les raisons. "
      "Le groupe gère des biens immobiliers d’une valeur de plusieurs milliards d’euros. "
      "L’assemblée générale aura lieu en décembre. "
      "Reinhard Kutscher avait quitté l’entreprise en janvier après plus de 20 ans dans le secteur.",
      "fr");
  REQUIRE(de.sentences.size() == 8);
  REQUIRE(fr.sentences.size() == 8);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(de, fr, o);
  check_cover(de, fr, beads);
  const Bead* moved = bead_with_base(beads, 1);
  REQUIRE(moved);
  CHECK(moved->other == std::vector<std::uint32_t>{7});
  CHECK(moved->moved);
}

TEST_CASE("across languages, a dropped sentence and an added one sharing only a company name stay removed and added", "[align][cross]") {
  // The German drops Vonovia's spokesman; the French ends on Vonovia's job cuts, with a number
  // the German never states. One shared name is no translation.
  auto de = test::doc(
      "Der Immobilienkonzern Corestate hat einen neuen Finanzvorstand ernannt. "
      "Ein Sprecher von Vonovia lehnte am Montag eine Stellungnahme ab. "
      "Die Aktie legte am Montag in Frankfurt um vier Prozent zu. "
      "Analysten hatten mit einem Wechsel an der Spitze gerechnet. "
      "Der Aufsichtsrat will im Herbst über die Strategie beraten. "
      "Eine Sprecherin wollte sich zu den Gründen nicht äußern. "
      "Das Unternehmen verwaltet Immobilien im Wert von mehreren Milliarden Euro. "
      "Die Hauptversammlung findet im Dezember statt.",
      "de");
  auto fr = test::doc(
      "Le groupe immobilier Corestate a nommé un nouveau directeur financier. "
      "L’action a gagné quatre pour cent lundi à Francfort. "
      "Les analystes s’attendaient à un changement à la tête du groupe. "
      "Le conseil de surveillance veut discuter de la stratégie à l’automne. "
      "Une porte-parole n’a pas souhaité s’exprimer sur les raisons. "
      "Le groupe gère des biens immobiliers d’une valeur de plusieurs milliards d’euros. "
      "L’assemblée générale aura lieu en décembre. "
      "Vonovia a annoncé mardi la suppression de 3000 postes en Allemagne.",
      "fr");
  REQUIRE(de.sentences.size() == 8);
  REQUIRE(fr.sentences.size() == 8);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(de, fr, o);
  check_cover(de, fr, beads);
  check_removed(beads, 1);
  const auto added = std::find_if(beads.begin(), beads.end(), [](const Bead& b) {
    return b.other == std::vector<std::uint32_t>{7};
  });
  REQUIRE(added != beads.end());
  CHECK(added->base.empty());
  CHECK_FALSE(added->moved);
}

TEST_CASE("across languages, Russian finds its English translation through the English-Russian dictionary read backwards, so a dropped line and an unrelated added one stay unpaired", "[align][cross]") {
  // FreeDict has English into Russian only. Read backwards, with Russian case and verb endings
  // taken off both its headwords and the text ("школы" / "школа", tested below), it gives
  // the sentences that share no name or number something in common with their translations.
  // Without it every line shares nothing and the six English lines pair one by one with the six
  // Russian ones, the dropped third line with the next one's translation.
  if (claimdiff::find_dictionary("en", "ru").empty()) {
    WARN("freedict-eng-rus is not installed (dict-freedict-eng-rus); nothing to check");
    return;
  }
  auto ru = test::doc(
      "В городе закрыли все школы из-за сильного снега.\n"
      "Дети останутся дома до понедельника.\n"
      "Власти просят водителей не выезжать на дороги.\n"
      "На улицах работают сотни машин и рабочих.\n"
      "Врачи советуют пить больше горячей воды.\n"
      "Синоптики ожидают, что погода улучшится к среде.\n",
      "ru", claimdiff::SegmentMode::Lines);
  auto en = test::doc(
      "All schools in the city were closed because of heavy snow.\n"
      "Children will stay at home until Monday.\n"
      "Hundreds of machines and workers are working on the streets.\n"
      "The museum will open a new exhibition of paintings by young artists next month.\n"
      "Doctors advise drinking more hot water.\n"
      "Forecasters expect the weather to improve by Wednesday.\n",
      "en", claimdiff::SegmentMode::Lines);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  o.base_language = &test::resources().language("ru");
  o.other_language = &test::resources().language("en");
  auto beads = claimdiff::align(ru, en, o);
  REQUIRE(bead_with_base(beads, 2) != nullptr);
  CHECK(bead_with_base(beads, 2)->other.empty());
  REQUIRE(bead_with_other(beads, 3) != nullptr);
  CHECK(bead_with_other(beads, 3)->base.empty());
  REQUIRE(bead_with_base(beads, 3) != nullptr);
  CHECK(bead_with_base(beads, 3)->other == std::vector<std::uint32_t>{2});
  REQUIRE(bead_with_base(beads, 4) != nullptr);
  CHECK(bead_with_base(beads, 4)->other == std::vector<std::uint32_t>{4});

  o.installed_dictionary = false;
  auto without = claimdiff::align(ru, en, o);
  REQUIRE(bead_with_base(without, 2) != nullptr);
  CHECK_FALSE(bead_with_base(without, 2)->other.empty());
}

TEST_CASE("across scripts, a Russian sentence moved to the end is paired as a move by its names, though a case ending and the romanisation change their spelling", "[align][cross]") {
  // "Дегтярев" reads "degtarev" in Latin letters and the English writes "Degtyarev"; "Хабаровска"
  // carries a case ending the English "Khabarovsk" has not. Spelt alike (half their character
  // 4-grams in common), they are the two names the moved sentence shares with its translation.
  auto ru = test::doc(
      "Жители города вышли на улицы в субботу.\n"
      "Губернатор Михаил Дегтярев встретился с жителями Хабаровска на главной площади.\n"
      "Полиция не вмешивалась, и никто не был задержан.\n"
      "Люди несли флаги и пели песни.\n"
      "Вечером участники разошлись по домам.\n",
      "ru", claimdiff::SegmentMode::Lines);
  auto en = test::doc(
      "Residents of the city took to the streets on Saturday.\n"
      "The police did not intervene, and no one was detained.\n"
      "People carried flags and sang songs.\n"
      "In the evening the participants went home.\n"
      "Governor Mikhail Degtyarev met residents of Khabarovsk on the main square.\n",
      "en", claimdiff::SegmentMode::Lines);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  o.base_language = &test::resources().language("ru");
  o.other_language = &test::resources().language("en");
  auto beads = claimdiff::align(ru, en, o);
  const Bead* moved = bead_with_base(beads, 1);
  REQUIRE(moved != nullptr);
  CHECK(moved->other == std::vector<std::uint32_t>{4});
  CHECK(moved->moved);
}

TEST_CASE("across scripts, one name in two case forms counts once, so a Russian sentence sharing only that name with an English one is not paired as a move", "[align][cross]") {
  // "Путин" and "Путина" are one man; with the English "Putin" they are one name in common, not
  // the two a move needs. The third Russian line is dropped and the last English line added.
  auto ru = test::doc(
      "В понедельник в Москве прошло заседание правительства.\n"
      "Министры обсудили бюджет на следующий год.\n"
      "Песков сказал, что Путин не знал о письме, и Путина это не удивило.\n"
      "Заседание продолжалось почти четыре часа.\n"
      "Журналистов на него не пустили.\n",
      "ru", claimdiff::SegmentMode::Lines);
  auto en = test::doc(
      "A government meeting was held in Moscow on Monday.\n"
      "Ministers discussed the budget for next year.\n"
      "The meeting lasted almost four hours.\n"
      "Journalists were not allowed in.\n"
      "Putin will visit China next week, the Kremlin said.\n",
      "en", claimdiff::SegmentMode::Lines);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  o.base_language = &test::resources().language("ru");
  o.other_language = &test::resources().language("en");
  auto beads = claimdiff::align(ru, en, o);
  check_cover(ru, en, beads);
  REQUIRE(bead_with_base(beads, 2) != nullptr);
  CHECK(bead_with_base(beads, 2)->other.empty());
  REQUIRE(bead_with_other(beads, 4) != nullptr);
  CHECK(bead_with_other(beads, 4)->base.empty());
}

TEST_CASE("names spelt alike are different people unless one is a romanisation of the other, so a line of scorers is not paired as a move with another team's", "[align][cross]") {
  // German and English write names alike: "Hansen" and "Jansen", "Petersen" and "Peterson",
  // "Schmidt" and "Schmitt" are six players. From Russian, "Хансен" reads "hansen", which is not
  // "Jansen" either: a romanisation changes a name's letters, not where it begins.
  auto de = test::doc(
      "Borussia Dortmund gewann am Samstag das Spiel gegen den Hamburger SV.\n"
      "Für Dortmund trafen Schmidt, Hansen und Petersen.\n"
      "Der Trainer lobte die Abwehr nach dem Spiel.\n"
      "Die Fans feierten bis spät in die Nacht.\n"
      "Das nächste Spiel findet in einer Woche statt.\n",
      "de", claimdiff::SegmentMode::Lines);
  auto ru = test::doc(
      "Боруссия Дортмунд в субботу выиграла матч у Гамбурга.\n"
      "За Дортмунд забили Шмидт, Хансен и Петерсен.\n"
      "Тренер похвалил защиту после матча.\n"
      "Болельщики праздновали до поздней ночи.\n"
      "Следующий матч состоится через неделю.\n",
      "ru", claimdiff::SegmentMode::Lines);
  auto en = test::doc(
      "Borussia Dortmund won the match against Hamburger SV on Saturday.\n"
      "The coach praised the defence after the match.\n"
      "The fans celebrated late into the night.\n"
      "The next match takes place in a week.\n"
      "Jansen, Peterson and Schmitt were booked for Hamburg.\n",
      "en", claimdiff::SegmentMode::Lines);
  for (const auto* base : {&de, &ru}) {
    INFO(base->language);
    claimdiff::AlignOptions o;
    o.cross_language = true;
    o.base_language = &test::resources().language(base->language);
    o.other_language = &test::resources().language("en");
    auto beads = claimdiff::align(*base, en, o);
    check_cover(*base, en, beads);
    REQUIRE(bead_with_base(beads, 1) != nullptr);
    CHECK(bead_with_base(beads, 1)->other.empty());
    REQUIRE(bead_with_other(beads, 4) != nullptr);
    CHECK(bead_with_other(beads, 4)->base.empty());
  }
}

TEST_CASE("a dictionary read backwards and then rewritten at the same path is read afresh", "[align][cross]") {
  // The stem index of a database read backwards is kept for the process, as read_dictionary keeps
  // the files it opened; a database replaced in place (an upgraded package) must not be answered
  // from the old one.
  test::Scratch s;
  const auto& ru = test::resources().language("ru");
  // dictd's base64 lengths: "school /skul/\nшкола\n" is 25 bytes ("Z"), the college entry 28 ("c").
  s.write("freedict-eng-rus.dict", "school /skul/\n\xD1\x88\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xB0\n");
  s.write("freedict-eng-rus.index", "school\tA\tZ\n");
  const std::string path = s.path("freedict-eng-rus.index").string();
  CHECK(claimdiff::detail::reversed_translations("школы", path, ru) == std::vector<std::string>{"school"});
  s.write("freedict-eng-rus.dict", "college /kolidz/\n\xD1\x88\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xB0\n");
  s.write("freedict-eng-rus.index", "college\tA\tc\n");
  CHECK(claimdiff::detail::reversed_translations("школы", path, ru) == std::vector<std::string>{"college"});
}

TEST_CASE("a Russian word finds its English headword in the English-Russian dictionary read backwards whatever case ending either carries", "[align][cross]") {
  // FreeDict translates "school" as "школа"; the text writes "школы" (plural) or "школу"
  // (accusative). Both lose an ending to meet the headword's "школ".
  const std::string path = claimdiff::find_dictionary("en", "ru");
  if (path.empty()) {
    WARN("freedict-eng-rus is not installed (dict-freedict-eng-rus); nothing to check");
    return;
  }
  const auto& ru = test::resources().language("ru");
  for (const char* word : {"школа", "школы", "школу", "школой"}) {
    INFO(word);
    const auto found = claimdiff::detail::reversed_translations(word, path, ru);
    CHECK(std::find(found.begin(), found.end(), "school") != found.end());
  }
}

TEST_CASE("the token model prices a dropped Russian line beside an unrelated longer English one as two skips, and an unrelated line of fitting length as a pair", "[align][cross]") {
  // Between two pairs that share their names and years, the Russian middle line and the English
  // one have nothing in common. When the path being refined left them unpaired and their lengths
  // do not fit, they stay a dropped line and an added one; of fitting length, they are a pair on
  // their position (a loose rendering), as before.
  auto ru = test::doc(
      "Лондон и Париж подписали договор в 2020 году.\n"
      "Власти просят водителей не выезжать.\n"
      "Договор Лондона и Парижа вступит в силу в 2021 году.\n",
      "ru", claimdiff::SegmentMode::Lines);
  auto long_en = test::doc(
      "London and Paris signed a treaty in 2020.\n"
      "The museum will open a new exhibition of paintings by young artists from three continents next month, the curators said.\n"
      "The treaty of London and Paris will enter into force in 2021.\n",
      "en", claimdiff::SegmentMode::Lines);
  auto short_en = test::doc(
      "London and Paris signed a treaty in 2020.\n"
      "The museum opens a new exhibition.\n"
      "The treaty of London and Paris will enter into force in 2021.\n",
      "en", claimdiff::SegmentMode::Lines);
  std::vector<Bead> path(4);
  path[0].base = {0}, path[0].other = {0};
  path[1].base = {1};
  path[2].other = {1};
  path[3].base = {2}, path[3].other = {2};
  claimdiff::detail::TokenModel::Scratch scratch;
  for (const auto* en : {&long_en, &short_en}) {
    const bool fits = en == &short_en;
    CAPTURE(fits);
    claimdiff::detail::TokenModel model(ru, *en);
    model.prepare(std::vector<std::size_t>(3, 0), std::vector<std::size_t>(3, 3));
    const double skips = model.skip_cost(true, 1) + model.skip_cost(false, 1);
    // Without the path, any two sentences pair for less than two skips.
    CHECK(model.cost(1, 1, 1, 1, scratch) < skips);
    model.note_unpaired(path);
    CHECK((model.cost(1, 1, 1, 1, scratch) >= skips) == !fits);
    // The pairs that share names and numbers are not touched.
    CHECK(model.cost(0, 1, 0, 1, scratch) < model.skip_cost(true, 0) + model.skip_cost(false, 0));
  }
}

TEST_CASE("across scripts, numbers each side states once keep a dropped line and an added one from shifting their neighbours", "[align][cross]") {
  // Nothing but the numbers "14" and "57" ties any Russian sentence to its English translation
  // here; an unrelated sentence added after the first and the fourth sentence dropped would
  // otherwise pair every sentence between them with its neighbour's translation.
  auto ru = test::doc(
      "В пятницу, 14 мая, на область обрушились сильные дожди.\n"
      "Спасатели эвакуировали 57 жителей из прибрежных сел.\n"
      "Вода затопила дороги и подвалы жилых домов.\n"
      "Электричество до сих пор отключено в нескольких районах.\n"
      "Синоптики ожидают улучшения погоды к понедельнику.\n",
      "ru");
  auto en = test::doc(
      "Heavy rain hit the region on Friday, May 14.\n"
      "The museum will reopen its east wing after a long renovation.\n"
      "Rescuers evacuated 57 residents from villages along the coast.\n"
      "Water flooded roads and the basements of homes.\n"
      "Forecasters expect the weather to improve by Monday.\n",
      "en");
  REQUIRE(ru.sentences.size() == 5);
  REQUIRE(en.sentences.size() == 5);
  const auto anchors = claimdiff::detail::number_anchors(ru, en);
  REQUIRE(anchors.size() == 2);
  CHECK(anchors[0].a == 0);
  CHECK(anchors[0].b == 0);
  CHECK(anchors[1].a == 1);
  CHECK(anchors[1].b == 2);
  // Without a dictionary the bags share only transliterated n-grams and the number.
  const claimdiff::detail::Scorer scorer(ru, en, true, true);
  auto beads = claimdiff::detail::align_cross_language(scorer, 1 << 20, anchors);
  check_cover(ru, en, beads);
  const Bead* rain = bead_with_base(beads, 0);
  REQUIRE(rain);
  CHECK(rain->other == std::vector<std::uint32_t>{0});
  const Bead* evacuated = bead_with_base(beads, 1);
  REQUIRE(evacuated);
  CHECK(evacuated->other == std::vector<std::uint32_t>{2});
  const Bead* flooded = bead_with_base(beads, 2);
  REQUIRE(flooded);
  CHECK(flooded->other == std::vector<std::uint32_t>{3});
  check_removed(beads, 3);
}

TEST_CASE("a number stated twice on one side anchors nothing, and of two anchors that cross only one is kept", "[align][cross]") {
  auto ru = test::doc(
      "В 2019 году в городе открылись 12 школ. Еще 12 школ откроются позже. Бюджет составил 480 миллионов.", "ru");
  auto en = test::doc(
      "The budget was 480 million. In 2019, 12 schools opened in the city. Another 12 will open later.", "en");
  REQUIRE(ru.sentences.size() == 3);
  REQUIRE(en.sentences.size() == 3);
  const auto anchors = claimdiff::detail::number_anchors(ru, en);
  // "12" is stated twice; "2019" and "480" are each stated once but cross, so only one stays.
  REQUIRE(anchors.size() == 1);
  CHECK(((anchors[0].a == 0 && anchors[0].b == 1) || (anchors[0].a == 2 && anchors[0].b == 0)));
}

TEST_CASE("a single digit anchors nothing: '5 residents' and 'Route 5' are not the same fact", "[align][cross]") {
  auto ru = test::doc(
      "В пятницу на область обрушились сильные дожди.\n"
      "Спасатели эвакуировали 5 жителей из прибрежных сел.\n"
      "Вода затопила дороги и подвалы жилых домов.\n",
      "ru");
  auto en = test::doc(
      "Heavy rain hit the region on Friday.\n"
      "Rescuers evacuated five residents from villages along the coast.\n"
      "Water flooded roads and the basements of homes along Route 5.\n",
      "en");
  REQUIRE(ru.sentences.size() == 3);
  REQUIRE(en.sentences.size() == 3);
  CHECK(claimdiff::detail::number_anchors(ru, en).empty());
  // Two digits or more still anchor.
  auto ru2 = test::doc("Спасатели эвакуировали 57 жителей.", "ru");
  auto en2 = test::doc("Rescuers evacuated 57 residents.", "en");
  CHECK(claimdiff::detail::number_anchors(ru2, en2).size() == 1);
}

TEST_CASE("a translation that moves a year to the next sentence keeps its sentences one to one: the move is reported, not merged away", "[align][cross]") {
  // "2019" is stated once on each side, in the second Russian sentence and the third English one:
  // the anchor must not glue sentences 1-2 to 1-2, which would hide the moved date.
  auto ru = test::doc(
      "Правительство объявило о новой программе поддержки фермеров.\n"
      "Программа была запущена в 2019 году после засухи.\n"
      "Фермеры получили субсидии на покупку семян и удобрений.\n"
      "Критики считают, что помощь пришла слишком поздно.\n"
      "Министр обещал расширить программу в следующем году.\n",
      "ru");
  auto en = test::doc(
      "The government announced a new support programme for farmers.\n"
      "The programme was launched after the drought.\n"
      "Farmers received subsidies to buy seeds and fertiliser in 2019.\n"
      "Critics say the help came too late.\n"
      "The minister promised to expand the programme next year.\n",
      "en");
  REQUIRE(ru.sentences.size() == 5);
  REQUIRE(en.sentences.size() == 5);
  const auto anchors = claimdiff::detail::number_anchors(ru, en);
  REQUIRE(anchors.size() == 1);
  const claimdiff::detail::Scorer scorer(ru, en, true, true);
  auto beads = claimdiff::detail::align_cross_language(scorer, 1 << 20, anchors);
  check_cover(ru, en, beads);
  for (std::uint32_t i = 0; i < 5; ++i) {
    const Bead* bead = bead_with_base(beads, i);
    REQUIRE(bead);
    CHECK(bead->base == std::vector<std::uint32_t>{i});
    CHECK(bead->other == std::vector<std::uint32_t>{i});
  }
}

TEST_CASE("across scripts, an added sentence naming someone the other story never mentions is not paired with a Russian sentence whose translation follows it", "[align][cross]") {
  // The Russian sentence about the witnesses shares no name, number or dictionary word with its
  // translation, and the added line about Kepler fits its length better: only the name, found
  // nowhere in the Russian, tells that the added line belongs to another story.
  auto ru = test::doc(
      "Во вторник в Бразилии столкнулись два грузовика, погибли 12 человек.\n"
      "Об этом сообщила газета \"Фолья де Сан-Паулу\".\n"
      "По словам очевидцев, машина перевернулась.\n"
      "Среди пострадавших 27 пассажиров автобуса.\n",
      "ru");
  auto en = test::doc(
      "Two trucks collided in Brazil on Tuesday, killing 12 people.\n"
      "This was reported by the Folha de Sao Paulo newspaper.\n"
      "But Kepler believed that planets moved in circles.\n"
      "Witnesses said the car overturned.\n"
      "Among the injured were 27 bus passengers.\n",
      "en");
  REQUIRE(ru.sentences.size() == 4);
  REQUIRE(en.sentences.size() == 5);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(ru, en, o);
  check_cover(ru, en, beads);
  const Bead* witnesses = bead_with_base(beads, 2);
  REQUIRE(witnesses);
  CHECK(witnesses->other == std::vector<std::uint32_t>{3});
  check_added(beads, 2);
}

TEST_CASE("a sentence points to another story when none of its names is found in the other document, spelt in either script", "[align][cross]") {
  auto ru = test::doc(
      "Ураган \"Ханна\" принесет в Мексику сильные ливни.\n"
      "В Техасе скорость ветра достигла 150 км/ч, сообщает МЧС.\n"
      "Испытания ракеты \"Циркон\" идут в плановом порядке.\n",
      "ru");
  auto en = test::doc(
      "Hurricane Hanna will bring heavy rain to Mexico.\n"
      "Winds reached 150 km/h in Texas, the Emergencies Ministry reports.\n"
      "The tests of the Tsirkon missile are going to plan.\n"
      "But Einstein always thought black holes were a mathematical oddity.\n",
      "en");
  REQUIRE(ru.sentences.size() == 3);
  REQUIRE(en.sentences.size() == 4);
  const auto foreign = claimdiff::detail::foreign_names(ru, en, true, true);
  CHECK(foreign.a == std::vector<std::uint8_t>{0, 0, 0});
  // "Emergencies" and "Ministry" are not found ("МЧС" is an acronym), but "Texas" is.
  CHECK(foreign.b == std::vector<std::uint8_t>{0, 0, 0, 1});
  // Where capitals do not mark names, nothing points away.
  CHECK(claimdiff::detail::foreign_names(ru, en, true, false).b == std::vector<std::uint8_t>{0, 0, 0, 0});
  CHECK(claimdiff::detail::sound_key("meksiku") == claimdiff::detail::sound_key("mexico"));
  CHECK(claimdiff::detail::sound_key("cirkon") == claimdiff::detail::sound_key("tsirkon"));
  CHECK(claimdiff::detail::sound_key("tehas") == claimdiff::detail::sound_key("texas"));
  CHECK(claimdiff::detail::sound_key("einstein") != claimdiff::detail::sound_key("ministerstva"));
}

TEST_CASE("a faithful Chinese story pairs one to one with its English translation: names cannot be compared by sound against Han, so none points away", "[align][cross]") {
  // The pinyin of 岸田 is "an tian" and of 日本 "riben": were English names checked against it,
  // "Kishida", "Japanese" and "Taiwan" would all be "found nowhere" and the pairs would shift.
  auto zh = test::doc(
      "美国总统拜登周二在白宫会见了日本首相岸田文雄。\n"
      "两人讨论了台湾海峡局势和半导体供应链问题。\n"
      "拜登表示，美日同盟是印太地区和平的基石。\n"
      "会谈持续了大约两个小时。\n",
      "zh");
  auto en = test::doc(
      "US President Joe Biden met Japanese Prime Minister Fumio Kishida at the White House on Tuesday.\n"
      "The two discussed the situation in the Taiwan Strait and semiconductor supply chains.\n"
      "Biden said the US-Japan alliance was the cornerstone of peace in the Indo-Pacific.\n"
      "The talks lasted about two hours.\n",
      "en");
  REQUIRE(zh.sentences.size() == 4);
  REQUIRE(en.sentences.size() == 4);
  const auto foreign = claimdiff::detail::foreign_names(zh, en, false, true);
  CHECK(foreign.b == std::vector<std::uint8_t>{0, 0, 0, 0});
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(zh, en, o);
  check_cover(zh, en, beads);
  for (std::uint32_t i = 0; i < 4; ++i) {
    const Bead* bead = bead_with_base(beads, i);
    REQUIRE(bead);
    CHECK(bead->other == std::vector<std::uint32_t>{i});
  }
}

TEST_CASE("a Russian sentence split into two English ones stays one bead though the second names only a month, which English capitalises and Russian does not", "[align][cross]") {
  // "January" is found nowhere in the Russian ("в январе"), but it is no name a translation keeps
  // by its sound: counted as one, it made the Syria half an added sentence.
  auto ru = test::doc(
      "Во вторник в Москве прошли переговоры министров иностранных дел России и Турции.\n"
      "Стороны обсудили ситуацию в Сирии и поставки зерна, а также возможную встречу президентов в январе.\n"
      "Переговоры продолжались около пяти часов.\n",
      "ru");
  auto en = test::doc(
      "Foreign ministers of Russia and Turkey held talks in Moscow on Tuesday.\n"
      "The two sides discussed the situation in Syria and grain supplies.\n"
      "They also talked about a possible meeting of the presidents in January.\n"
      "The talks lasted about five hours.\n",
      "en");
  REQUIRE(ru.sentences.size() == 3);
  REQUIRE(en.sentences.size() == 4);
  CHECK(claimdiff::detail::foreign_names(ru, en, true, true).b == std::vector<std::uint8_t>{0, 0, 0, 0});
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(ru, en, o);
  check_cover(ru, en, beads);
  const Bead* split = bead_with_base(beads, 1);
  REQUIRE(split);
  CHECK(split->other == std::vector<std::uint32_t>{1, 2});
  if (claimdiff::detail::english_lexicon_ready()) {
    CHECK(claimdiff::detail::english_capital_not_name("january"));
    CHECK(claimdiff::detail::english_capital_not_name("tuesday"));
    CHECK(claimdiff::detail::english_capital_not_name("sunday"));
    CHECK(claimdiff::detail::english_capital_not_name("russian"));
    CHECK_FALSE(claimdiff::detail::english_capital_not_name("syria"));
    CHECK_FALSE(claimdiff::detail::english_capital_not_name("einstein"));
    CHECK_FALSE(claimdiff::detail::english_capital_not_name("kishida"));
  }
}

TEST_CASE("a number counts whatever script writes its digits: Devanagari and fullwidth digits as well as ASCII, and a single digit in none", "[align][cross]") {
  auto hi = test::doc("२०२१ में चुनाव हुए।\nमतदान शांतिपूर्ण रहा।\nलगभग ७ लोग घायल हुए।\n", "hi");
  REQUIRE(hi.sentences.size() == 3);
  CHECK(claimdiff::detail::digit_numbers(hi) == std::vector<std::uint8_t>{1, 0, 0});
  auto ja = test::doc("東京大学は１８９５年に新しい建物を建てた。\n会談は約２時間続いた。\n", "ja");
  REQUIRE(ja.sentences.size() == 2);
  CHECK(claimdiff::detail::digit_numbers(ja) == std::vector<std::uint8_t>{1, 0});
}

TEST_CASE("in one script, names do not point to another story: the bags' n-grams already weigh them", "[align][cross]") {
  auto fr = test::doc("Le Commissaire fédéral a ouvert une enquête.\nKepler croyait aux cercles.\n", "fr");
  auto en = test::doc("The federal commissioner opened an inquiry.\nKepler believed in circles.\n", "en");
  const auto foreign = claimdiff::detail::foreign_names(fr, en, true, true);
  CHECK(foreign.a == std::vector<std::uint8_t>{0, 0});
  CHECK(foreign.b == std::vector<std::uint8_t>{0, 0});
}

TEST_CASE("across scripts, a Russian sentence with a number pairs with the English one that has a number, not with an added line without any whose length fits better", "[align][cross]") {
  // The translation's number differs (a fault to report), so no number anchor ties the pair, and
  // the two share no word: only that translations keep numbers tells the added line apart.
  auto ru = test::doc(
      "Ураган обрушился на побережье Флориды в субботу.\n"
      "Власти открыли около 600 приютов для жителей.\n"
      "Губернатор Флориды Рон Десантис объявил режим чрезвычайной ситуации.\n",
      "ru");
  auto en = test::doc(
      "The hurricane hit the Florida coast on Saturday.\n"
      "It is a question that nobody wanted to answer.\n"
      "Officials set up 640 shelters.\n"
      "Florida Governor Ron DeSantis declared a state of emergency.\n",
      "en");
  REQUIRE(ru.sentences.size() == 3);
  REQUIRE(en.sentences.size() == 4);
  claimdiff::AlignOptions o;
  o.cross_language = true;
  auto beads = claimdiff::align(ru, en, o);
  check_cover(ru, en, beads);
  const Bead* shelters = bead_with_base(beads, 1);
  REQUIRE(shelters);
  CHECK(shelters->other == std::vector<std::uint32_t>{2});
  check_added(beads, 1);
  CHECK(claimdiff::detail::digit_numbers(ru) == std::vector<std::uint8_t>{0, 1, 0});
}
