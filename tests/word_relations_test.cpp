// The evidence classify weighs before calling a change of words a change of content: typos,
// stems, scrambled order, scripts and words with no counterpart.

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "classify/name_senses.hpp"
#include "classify/word_relations.hpp"
#include "classify/words.hpp"
#include "support.hpp"

using claimdiff::detail::Lexicons;

TEST_CASE("a word's key is its lower case and its hash is the hash of that key, for ASCII and other text alike") {
  // The word-list filters look words up by hash_bytes(key); make_word computes ASCII hashes in
  // its own pass, so the two must agree for every kind of text.
  for (const char* text : {"Reuters", "Z\u00FCrich", "\u00C6R\u00D8", "\u0130stanbul", "", "MOSCOW", "\u041C\u043E\u0441\u043A\u0432\u0430"}) {
    const auto w = claimdiff::detail::make_word(text, claimdiff::TokenKind::Word, false, 0);
    CHECK(w.key == claimdiff::fold_case(text));
    CHECK(w.hash == claimdiff::hash_bytes(w.key));
  }
  CHECK(claimdiff::detail::make_word("Reuters", claimdiff::TokenKind::Word, false, 0).key == "reuters");
}

TEST_CASE("a typo is one letter added, dropped, changed or swapped in a word of five letters") {
  using claimdiff::detail::typo_of;
  CHECK(typo_of("michigan", "michagan"));
  CHECK(typo_of("because", "becuase"));
  CHECK(typo_of("witness", "witnss"));
  CHECK(typo_of("belgium", "beligum"));
  CHECK_FALSE(typo_of("former", "latter"));
  CHECK_FALSE(typo_of("pain", "rain"));  // too short to tell a typo from another word
  CHECK_FALSE(typo_of("custody", "custody"));
}

TEST_CASE("inflections and derivations of one word share a stem") {
  using claimdiff::detail::same_stem;
  CHECK(same_stem("comparison", "compare"));
  CHECK(same_stem("pain", "painful"));
  CHECK(same_stem("presidential", "president"));
  CHECK_FALSE(same_stem("former", "formal"));
  CHECK_FALSE(same_stem("prosecution", "defense"));
}

TEST_CASE("words shuffled out of order are scrambled; two neighbours swapped are not") {
  using claimdiff::detail::scrambled;
  const std::vector<std::string_view> a = {"he", "has", "been", "unable", "to", "relieve", "the", "pain", "with", "medication"};
  const std::vector<std::string_view> swap = {"he", "has", "been", "to", "unable", "relieve", "the", "pain", "with", "medication"};
  const std::vector<std::string_view> shuffled = {"medication", "pain", "he", "with", "unable", "the", "been", "relieve", "has", "to"};
  CHECK(scrambled(a, shuffled));
  CHECK_FALSE(scrambled(a, swap));
  // Neighbours the caller knows to be kept count as kept: four of the nine are enough.
  CHECK(scrambled(a, shuffled, 3));
  CHECK_FALSE(scrambled(a, shuffled, 4));
  CHECK_FALSE(scrambled(a, {"the", "pain", "could", "not", "be", "relieved", "with", "medication"}));
}

TEST_CASE("a word in another script than its sentence is told by its script") {
  using claimdiff::detail::main_script;
  using claimdiff::detail::script_of;
  CHECK(script_of("拘留") != script_of("custody"));
  CHECK(script_of("Ханна") != script_of("Hanna"));
  CHECK(main_script({"She", "is", "in", "拘留", "pending", "trial"}) == script_of("custody"));
  CHECK(script_of("2021") == -1);
}

TEST_CASE("a content word dropped or added with no counterpart is unmatched; function words, typos and repeats are not") {
  const auto& en = test::resources().language("en");
  const Lexicons lex;
  using claimdiff::detail::unmatched_content;
  const std::vector<std::string> kept = {"she", "is", "in", "custody", "pending", "trial", "pets"};
  auto u = unmatched_content({}, {"private"}, kept, en, lex);
  CHECK(u.added == std::vector<std::string>{"private"});
  u = unmatched_content({"recommended"}, {}, kept, en, lex);
  CHECK(u.dropped == std::vector<std::string>{"recommended"});
  CHECK(unmatched_content({"by"}, {"for"}, kept, en, lex).added.empty());
  CHECK(unmatched_content({"because"}, {"becuase"}, kept, en, lex).added.empty());
  CHECK(unmatched_content({}, {"pets"}, kept, en, lex).added.empty());
  CHECK(unmatched_content({"comparison"}, {"compare"}, kept, en, lex).dropped.empty());
}

TEST_CASE("word answers kept across claims outlive the claims' own words, in a language without English morphology") {
  const auto& fr = test::resources().language("fr");
  const Lexicons lex;
  using claimdiff::detail::unmatched_content;
  claimdiff::detail::WordPairs pairs;
  const std::vector<std::string> kept = {"le", "gouvernement", "a", "annoncé", "hier"};
  const auto fresh = unmatched_content({"émission"}, {"changement"}, kept, fr, lex);
  {
    // The first claim's words are freed before the second claim asks about the same words.
    const std::vector<std::string> dropped = {"émission"}, added = {"changement"};
    const auto first = unmatched_content(dropped, added, kept, fr, lex, &pairs);
    CHECK(first.dropped == fresh.dropped);
    CHECK(first.added == fresh.added);
  }
  // The same dropped word against a word not compared before: its kept entry is read again.
  const std::vector<std::string> overwrite(8, std::string(40, 'x'));
  const auto fresh_again = unmatched_content({"émission"}, {"émissions"}, kept, fr, lex);
  const std::vector<std::string> dropped = {"émission"}, added = {"émissions"};
  const auto second = unmatched_content(dropped, added, kept, fr, lex, &pairs);
  CHECK(second.dropped == fresh_again.dropped);
  CHECK(second.added == fresh_again.added);
  CHECK(overwrite.size() == 8);
}

TEST_CASE("opposites come from the lexicon, inflected forms included") {
  const std::string dir = claimdiff::find_wordnet();
  if (dir.empty()) {
    WARN("wordnet-base is not installed: skipped");
    return;
  }
  const claimdiff::Dictionary antonyms = claimdiff::read_wordnet_antonyms(dir);
  Lexicons lex;
  lex.antonyms = &antonyms;
  lex.english_morphology = true;
  CHECK(claimdiff::detail::antonyms(lex, "refused", "accepted"));
  CHECK(claimdiff::detail::antonyms(lex, "increases", "decreases"));
  CHECK_FALSE(claimdiff::detail::antonyms(lex, "revealed", "showed"));
}

TEST_CASE("WordNet's exception lists give the lemmas of irregular forms") {
  const std::string dir = claimdiff::find_wordnet();
  if (dir.empty()) {
    WARN("wordnet-base is not installed: skipped");
    return;
  }
  const claimdiff::Dictionary irregular = claimdiff::read_wordnet_exceptions(dir);
  auto has = [](const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); };
  CHECK(has(claimdiff::english_lemmas("found", irregular), "find"));
  CHECK(has(claimdiff::english_lemmas("found", irregular), "found"));
  CHECK(has(claimdiff::english_lemmas("said", irregular), "say"));
  CHECK(has(claimdiff::english_lemmas("children", irregular), "child"));
  CHECK_FALSE(has(claimdiff::english_lemmas("foundation", irregular), "find"));
}

TEST_CASE("WordNet's index gives every lemma the same answer by binary search and by the hash table built after many searches") {
  // A long text switches the index over to a hash table of its lines once its searches have read
  // about as much as the file: the answers must not depend on when that happened.
  const std::string dir = claimdiff::find_wordnet();
  REQUIRE_FALSE(dir.empty());
  const claimdiff::detail::NameSenses senses(dir);
  REQUIRE(senses.ok());
  for (const std::string kind : {"verb", "adj"}) {
    std::ifstream in(dir + "/index." + kind);
    std::vector<std::string> queries;
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == ' ') continue;  // the licence at the top of the file
      const std::string lemma = line.substr(0, line.find(' '));
      queries.push_back(lemma);
      queries.push_back(lemma + "q");
      queries.push_back(lemma.substr(1));
    }
    REQUIRE(queries.size() > 3000);
    auto ask = [&](const std::string& q) { return kind == "verb" ? senses.verb(q) : senses.adjective(q); };
    std::vector<bool> first, second;
    for (const auto& q : queries) first.push_back(ask(q));
    for (const auto& q : queries) second.push_back(ask(q));
    INFO(kind);
    CHECK(first == second);
    for (std::size_t i = 0; i < queries.size(); i += 3) {
      if (!first[i] || !second[i]) FAIL_CHECK("lemma not found: " << queries[i]);
    }
  }
}
