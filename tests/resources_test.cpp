// The readers of run-time resources: a language's data files (data/lang/<code>/), bilingual
// dictionaries, MyThes thesauri and lint lexicons, on small real-looking files this test writes.
// What each reads, and a malformed file refused with one claimdiff::Error naming file and line.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimdiff/error.hpp"
#include "claimdiff/resources.hpp"
#include "claimdiff/text.hpp"
#include "resources/thesaurus_headwords.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

using test::Scratch;

// Runs `read` and returns the claimdiff::Error it throws; fails the test when it throws none.
template <typename Fn>
claimdiff::Error error_of(Fn read) {
  try {
    read();
  } catch (const claimdiff::Error& e) {
    return e;
  }
  FAIL("no claimdiff::Error thrown");
  return claimdiff::Error("", "");
}

// Checks that `read` throws a claimdiff::Error naming `file` and `line`, whose message contains
// `message`.
template <typename Fn>
void check_error(Fn read, const fs::path& file, std::size_t line, const std::string& message) {
  claimdiff::Error e = error_of(read);
  CHECK(e.file == file.string());
  CHECK(e.line == line);
  CHECK_THAT(e.message, Catch::Contains(message));
}

}  // namespace

TEST_CASE("a language's data files are read: abbreviations, pronouns, number words, spellings", "[resources]") {
  Scratch s;
  s.write("lang/xx/abbreviations.txt", "# abbreviations, with the final period\nGen.\nSen.\n");
  s.write("lang/xx/pronouns.tsv", "# pronoun<TAB>gender\nshe\tf\nhe\tm\nthey\tn\n");
  s.write("lang/xx/numbers.tsv", "twelve\t12\nthird\t3\tordinal\nmillion\t1000000\tscale\n");
  s.write("lang/xx/spelling.tsv", "kyiv\tkiev\nodesa\todessa\n");
  s.write("lang/xx/function_words.txt", "the\nof\n");
  claimdiff::Resources res(s.dir().string());
  const claimdiff::LanguageData& xx = res.language("xx");
  CHECK(xx.abbreviations == std::vector<std::string>{"Gen.", "Sen."});
  CHECK(xx.pronouns.at("she") == claimdiff::Gender::Female);
  CHECK(xx.pronouns.at("they") == claimdiff::Gender::Neutral);
  CHECK(xx.numbers.at("twelve").value == 12);
  CHECK(xx.numbers.at("third").kind == claimdiff::NumberWord::Kind::Ordinal);
  CHECK(xx.numbers.at("million").kind == claimdiff::NumberWord::Kind::Scale);
  CHECK(xx.same_spelling("kyiv", "kiev"));
  CHECK_FALSE(xx.same_spelling("kyiv", "odessa"));
  CHECK(xx.is_function_word("of"));
  // A language with no folder gets an empty set, not an error.
  CHECK(res.language("zz").pronouns.empty());
}

TEST_CASE("a malformed language data file is one error naming the file and the line", "[resources]") {
  struct Case { std::string file, bytes; std::size_t line; std::string message; };
  const Case cases[] = {
      {"pronouns.tsv", "she\tf\nhe\tmasculine\n", 2, "gender must be f, m or n"},
      {"numbers.tsv", "# word<TAB>value\ntwelve\t12\ndozen\ttwelve\n", 3, "not a number"},
      {"honorifics.tsv", "mrs.\tf\nmr.\n", 2, "expected WORD<TAB>GENDER"},
  };
  for (const Case& c : cases) {
    Scratch s;
    fs::path file = s.write("lang/xx/" + c.file, c.bytes);
    CAPTURE(c.file);
    check_error([&] { claimdiff::Resources(s.dir().string()).language("xx"); }, file, c.line, c.message);
  }
}

TEST_CASE("a lint lexicon is read with its rule and severity, and a bad severity names its line", "[resources]") {
  Scratch s;
  fs::path good = s.write("house.tsv",
                          "# rule: glossary\n# severity: minor\n"
                          "BBC  News World\tBBC News Mundo\tany\tthe brand's name\n"
                          "Download our app\t\tline\n");
  auto entries = claimdiff::read_lexicon(good.string(), "spinner-phrase");
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].rule == "glossary");
  CHECK(entries[0].severity == "minor");
  CHECK(entries[0].phrase == "BBC News World");  // white space folded to single spaces
  CHECK(entries[0].suggestion == "BBC News Mundo");
  CHECK_FALSE(entries[0].whole_line);
  CHECK(entries[1].whole_line);
  fs::path bad = s.write("bad.tsv", "once more\tonce again\n# severity: urgent\n");
  check_error([&] { claimdiff::read_lexicon(bad.string(), "spinner-phrase"); }, bad, 2, "severity must be");
}

TEST_CASE("a dictd dictionary and a TSV dictionary are both read", "[resources]") {
  auto dir = std::filesystem::temp_directory_path() / ("claimdiff_dict_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream data(dir / "tiny.dict");
    data << "casa /ˈkasa/ <n, fem>\nhouse, home\nedificio para habitar\n";
    data << "soldado /solˈdaðo/ <n>\n1. soldier\n2. private\n";
  }
  // dictd offsets and lengths are base64 numbers: A = 0, 3 = 55, 5 = 57, 8 = 60 ...
  std::string first = "casa /\xCB\x88kasa/ <n, fem>\nhouse, home\nedificio para habitar\n";
  std::string second = "soldado /sol\xCB\x88" "da\xC3\xB0o/ <n>\n1. soldier\n2. private\n";
  auto b64 = [](std::size_t v) {
    const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string s;
    do {
      s.insert(s.begin(), digits[v % 64]);
      v /= 64;
    } while (v > 0);
    return s;
  };
  {
    std::ofstream index(dir / "tiny.index");
    index << "00databaseshort\tA\tB\n";
    index << "casa\t" << b64(0) << "\t" << b64(first.size()) << "\n";
    index << "soldado\t" << b64(first.size()) << "\t" << b64(second.size()) << "\n";
  }
  auto d = claimdiff::read_dictionary((dir / "tiny.index").string());
  REQUIRE(d.entries.count("casa"));
  CHECK(d.entries.at("casa") == std::vector<std::string>{"house", "home"});
  CHECK(d.entries.at("soldado") == std::vector<std::string>{"soldier", "private"});
  {
    std::ofstream tsv(dir / "tiny.tsv");
    tsv << "# es -> en\nportavoz\tspokesman\tspokeswoman\n";
  }
  auto t = claimdiff::read_dictionary((dir / "tiny.tsv").string());
  CHECK(t.entries.at("portavoz") == std::vector<std::string>{"spokesman", "spokeswoman"});
  std::filesystem::remove_all(dir);
}

TEST_CASE("a dictd headword with many entries keeps its first four translations, read whole or for a document's words", "[resources]") {
  // freedict-eng-deu gives English "set" 34 entries; the main senses come first. Later entries
  // would put much of German into the bags of every sentence saying "set".
  test::Scratch dir;
  const std::string entries[] = {"set /s\u025Bt/\nSatz, Menge\n", "set /s\u025Bt/\nsetzen, stellen, legen\n",
                                 "set /s\u025Bt/\nKulisse\n", "setting /\u02C8s\u025Bt\u026A\u014B/\nUmgebung\n"};
  auto b64 = [](std::size_t v) {
    const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    do {
      out.insert(out.begin(), digits[v % 64]);
      v /= 64;
    } while (v > 0);
    return out;
  };
  std::string data, index;
  for (const std::string& e : entries) {
    index += e.substr(0, e.find(' ')) + "\t" + b64(data.size()) + "\t" + b64(e.size()) + "\n";
    data += e;
  }
  dir.write("freedict-eng-deu.dict", data);
  const std::string path = dir.write("freedict-eng-deu.index", index).string();
  const std::vector<std::string> four = {"satz", "menge", "setzen", "stellen"};
  const claimdiff::Dictionary all = claimdiff::read_dictionary(path);
  const claimdiff::Dictionary some = claimdiff::read_dictionary(path, {"set", "Setting"});
  for (const auto* d : {&all, &some}) {
    REQUIRE(d->entries.count("set"));
    CHECK(d->entries.at("set") == four);
    REQUIRE(d->entries.count("setting"));
    CHECK(d->entries.at("setting") == std::vector<std::string>{"umgebung"});
  }
}

TEST_CASE("a dictd dictionary read for a document's words holds just their entries, as the whole file gives them", "[resources]") {
  // The installed German-French FreeDict is dictzip: only the chunks holding these entries are
  // inflated. Each word is looked up as the document writes it (capitalised nouns included).
  const std::string path = claimdiff::find_dictionary("de", "fr");
  if (path.empty()) {
    WARN("freedict-deu-fra is not installed (dict-freedict-deu-fra); nothing to compare");
    return;
  }
  const std::vector<std::string> words = {"Regierung", "Haus", "Welt", "zwingt", "Zugang", "Abfälle", "Wirecard", "Bank"};
  const claimdiff::Dictionary some = claimdiff::read_dictionary(path, words);
  const claimdiff::Dictionary all = claimdiff::read_dictionary(path);
  CHECK(some.entries.count("wirecard") == 0);
  REQUIRE(some.entries.count("bank"));
  const auto& bank = some.entries.at("bank");
  CHECK(std::find(bank.begin(), bank.end(), "banque") != bank.end());
  REQUIRE(some.entries.count("welt"));
  for (const auto& [word, translations] : some.entries) {
    CAPTURE(word);
    REQUIRE(all.entries.count(word));
    CHECK(translations == all.entries.at(word));
  }
  for (const std::string& word : words) {
    const std::string key = claimdiff::comparison_key(word);
    CAPTURE(key);
    CHECK(some.entries.count(key) == all.entries.count(key));
  }
  // Neighbouring headwords share chunks: asked in index order and backwards, a chunk is inflated
  // further for a later entry or already far enough for an earlier one; the entries are the same.
  std::vector<std::string> run;
  {
    std::ifstream index(path);
    std::string line;
    for (std::size_t n = 0; std::getline(index, line) && run.size() < 400; ++n)
      if (n >= 20000 && n % 3 == 0) run.push_back(line.substr(0, line.find('\t')));
  }
  REQUIRE(run.size() == 400);
  for (bool backwards : {false, true}) {
    CAPTURE(backwards);
    std::vector<std::string> asked = run;
    if (backwards) std::reverse(asked.begin(), asked.end());
    const claimdiff::Dictionary got = claimdiff::read_dictionary(path, asked);
    std::size_t compared = 0;
    for (const std::string& word : asked) {
      const std::string key = claimdiff::comparison_key(word);
      if (all.entries.count(key) == 0) continue;
      CAPTURE(key);
      REQUIRE(got.entries.count(key));
      CHECK(got.entries.at(key) == all.entries.at(key));
      ++compared;
    }
    CHECK(compared > 300);
  }
  // A process keeps what it inflated for later reads of the same file, and threads read it at
  // once (`claimdiff batch -j2`). A copy at a path of its own starts with nothing inflated; two
  // threads ask for every fifth headword, one forwards and one backwards, so they meet in the
  // same chunks while each is still partly inflated; then a third read asks again.
  Scratch copy;
  const std::filesystem::path copied = copy.path("freedict-deu-fra.index");
  std::filesystem::copy_file(path, copied);
  std::filesystem::copy_file(path.substr(0, path.size() - 6) + ".dict.dz", copy.path("freedict-deu-fra.dict.dz"));
  std::vector<std::string> every_fifth;
  std::unordered_map<std::string, std::unordered_set<std::string>> headwords_of;  // key -> index headwords
  {
    std::ifstream index(path);
    std::string line;
    for (std::size_t n = 0; std::getline(index, line); ++n) {
      const std::string headword = line.substr(0, line.find('\t'));
      headwords_of[claimdiff::comparison_key(claimdiff::trim(headword))].insert(headword);
      if (n % 5 == 0) every_fifth.push_back(headword);
    }
  }
  std::vector<std::string> backwards(every_fifth.rbegin(), every_fifth.rend());
  claimdiff::Dictionary forwards_read, backwards_read;
  {
    std::thread one([&] { forwards_read = claimdiff::read_dictionary(copied.string(), every_fifth); });
    std::thread two([&] { backwards_read = claimdiff::read_dictionary(copied.string(), backwards); });
    one.join();
    two.join();
  }
  const claimdiff::Dictionary again = claimdiff::read_dictionary(copied.string(), every_fifth);
  CHECK(forwards_read.entries.size() > 8000);
  CHECK(forwards_read.entries == again.entries);
  CHECK(backwards_read.entries == again.entries);
  // The whole read merges headwords one key folds together ("generation" and "generation "); a
  // lookup finds the spelling asked for, so only keys one headword gives are compared with it.
  std::size_t compared = 0;
  for (const std::string& word : every_fifth) {
    const std::string key = claimdiff::comparison_key(word);
    if (all.entries.count(key) == 0 || headwords_of[key].size() != 1) continue;
    CAPTURE(key);
    REQUIRE(again.entries.count(key));
    CHECK(again.entries.at(key) == all.entries.at(key));
    ++compared;
  }
  CHECK(compared > 8000);
}

TEST_CASE("a plain dictd file and a TSV file read for some words keep only those words", "[resources]") {
  Scratch s;
  const std::string entry = "haus /ha\xCA\x8As/ <n, neut>\nmaison, b\xC3\xA2timent\n";
  s.write("tiny.dict", entry + "welt /v\xC9\x9Blt/ <n, fem>\nmonde\n");
  // dictd's base64 numbers: the first entry is 41 bytes long ("p"), the second 28 ("c").
  s.write("tiny.index", "haus\tA\tp\nwelt\tp\tc\n");
  const auto d = claimdiff::read_dictionary(s.path("tiny.index").string(), {"Welt"});
  CHECK(d.entries.count("haus") == 0);
  REQUIRE(d.entries.count("welt"));
  CHECK(d.entries.at("welt") == std::vector<std::string>{"monde"});
  // The process keeps the files it read; rewritten at the same paths, they are read afresh.
  s.write("tiny.dict", entry + "welt /v\xC9\x9Blt/ <n, fem>\nunivers\n");
  s.write("tiny.index", "haus\tA\tp\nwelt\tp\te\n");
  const auto rewritten = claimdiff::read_dictionary(s.path("tiny.index").string(), {"Welt"});
  REQUIRE(rewritten.entries.count("welt"));
  CHECK(rewritten.entries.at("welt") == std::vector<std::string>{"univers"});
  s.write("tiny.tsv", "haus\tmaison\nwelt\tmonde\n");
  const auto t = claimdiff::read_dictionary(s.path("tiny.tsv").string(), {"Haus"});
  CHECK(t.entries.size() == 1);
  CHECK(t.entries.count("haus") == 1);
}

TEST_CASE("a MyThes thesaurus is read in its own encoding, without antonyms, phrases or unwanted words", "[resources]") {
  auto dir = std::filesystem::temp_directory_path() / ("claimdiff_thes_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream utf8(dir / "th_fr_FR_v2.dat");
    utf8 << "UTF-8\n"
            "d\u00E9clin|2\n"
            "(Nom)|descente|baisse|mont\u00E9e (antonyme)|chute libre\n"
            "(Nom)|Affaiblissement (litt\u00E9raire)|baisse\n"
            "|1\n"
            "-|anno|im Jahr (...)\n"
            "rapide|1\n"
            "(Adjectif)|prompt|v\u00E9loce\n";
  }
  auto all = claimdiff::read_thesaurus((dir / "th_fr_FR_v2.dat").string());
  REQUIRE(all.entries.count("d\u00E9clin"));
  // Notes in brackets dropped, case folded, duplicates once; antonyms and phrases left out.
  CHECK(all.entries.at("d\u00E9clin") == std::vector<std::string>{"descente", "baisse", "affaiblissement"});
  CHECK(all.entries.at("rapide") == std::vector<std::string>{"prompt", "v\u00E9loce"});
  CHECK(all.entries.count("") == 0);
  // Only the words a document uses (their token keys) are kept.
  std::unordered_set<std::uint64_t> used{claimdiff::hash_bytes("d\u00E9clin"), claimdiff::hash_bytes("baisse")};
  auto some = claimdiff::read_thesaurus((dir / "th_fr_FR_v2.dat").string(), &used);
  CHECK(some.entries.size() == 1);
  CHECK(some.entries.at("d\u00E9clin") == std::vector<std::string>{"baisse"});
  {
    // Latin-1, as the Spanish one is: "alt\xEDsimo" is "alt\u00EDsimo".
    std::ofstream latin1(dir / "th_es_ES_v2.dat", std::ios::binary);
    latin1 << "ISO8859-1\nal\xED|1\n-|Dios|Alt\xEDsimo\n";
  }
  auto es = claimdiff::read_thesaurus((dir / "th_es_ES_v2.dat").string());
  CHECK(es.entries.at("al\u00ED") == std::vector<std::string>{"dios", "alt\u00EDsimo"});
  // The installed one of a language: its own country's first, then any other.
  std::ofstream(dir / "th_fr_CA_v2.dat") << "UTF-8\n";
  CHECK(claimdiff::find_thesaurus("fr", {dir.string()}) == (dir / "th_fr_FR_v2.dat").string());
  std::filesystem::remove(dir / "th_fr_FR_v2.dat");
  CHECK(claimdiff::find_thesaurus("fr", {dir.string()}) == (dir / "th_fr_CA_v2.dat").string());
  CHECK(claimdiff::find_thesaurus("de", {dir.string()}).empty());
  CHECK(claimdiff::find_thesaurus("../fr", {dir.string()}).empty());
  // A file that is not a thesaurus says so.
  std::ofstream(dir / "text.dat") << "Himalaya-Chronik 1956\nDas Jahr 1956 war reich.\n";
  CHECK_THROWS_WITH(claimdiff::read_thesaurus((dir / "text.dat").string()), Catch::Contains("not a MyThes thesaurus"));
  std::ofstream(dir / "count.dat") << "UTF-8\nwort|viele\n";
  CHECK_THROWS_WITH(claimdiff::read_thesaurus((dir / "count.dat").string()), Catch::Contains("expected WORD|COUNT"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("a thesaurus with its .idx index is read entry by entry, and an index that does not match is not trusted", "[resources]") {
  Scratch s;
  const std::string head = "UTF-8\n";
  const std::string decline = "d\u00E9clin|2\n(Nom)|descente|baisse\n(Nom)|Affaiblissement (litt\u00E9raire)|baisse\n";
  const std::string broken = "beaucoup|plusieurs\n";  // not an entry: a scan stops here
  const std::string fast = "rapide|1\n(Adjectif)|prompt|v\u00E9loce\n";
  const fs::path dat = s.write("th_fr_FR_v2.dat", head + decline + broken + fast);
  const std::size_t at_decline = head.size(), at_fast = head.size() + decline.size() + broken.size();
  s.write("th_fr_FR_v2.idx", "UTF-8\n2\nd\u00E9clin|" + std::to_string(at_decline) + "\nrapide|" + std::to_string(at_fast) + "\n");
  const std::unordered_set<std::uint64_t> used{claimdiff::hash_bytes("d\u00E9clin"), claimdiff::hash_bytes("baisse"),
                                               claimdiff::hash_bytes("rapide"), claimdiff::hash_bytes("prompt")};
  // Only the entries the index points to are read: the malformed line between them is never seen.
  auto some = claimdiff::read_thesaurus(dat.string(), &used);
  CHECK(some.entries.size() == 2);
  CHECK(some.entries.at("d\u00E9clin") == std::vector<std::string>{"baisse"});
  CHECK(some.entries.at("rapide") == std::vector<std::string>{"prompt"});
  // Without a wanted list the whole file is read, and the malformed line is found.
  check_error([&] { claimdiff::read_thesaurus(dat.string()); }, dat, 5, "expected WORD|COUNT");
  // An index whose offsets do not point at its words is set aside: the file is scanned instead.
  s.write("th_fr_FR_v2.idx", "UTF-8\n2\nd\u00E9clin|" + std::to_string(at_fast) + "\nrapide|" + std::to_string(at_decline) + "\n");
  check_error([&] { claimdiff::read_thesaurus(dat.string(), &used); }, dat, 5, "expected WORD|COUNT");
  const fs::path good = s.write("th_fr_FR_v2.dat", head + decline + fast);
  CHECK(claimdiff::read_thesaurus(good.string(), &used).entries == some.entries);
}

TEST_CASE("a thesaurus read again and again for other words gives each read the entries a scan gives it", "[resources]") {
  // `batch` reads the same installed thesaurus for pair after pair: from the second read its index is
  // parsed and its entries kept, and each read still gets only its own words.
  Scratch s;
  const std::string text = std::string("UTF-8\n") + "Bush|1\n(noun)|shrub|plant|Shrub\n" + "bush|2\n(noun)|thicket|shrub\n(verb)|plant|grow\n" +
                           "truce|1\n(noun)|cease-fire|armistice|war (antonym)|truce|lull (generic term)\n" +
                           "war|1\n(noun)|conflict|warfare|armed conflict\n";
  const fs::path dat = s.write("th_en_US_v2.dat", text);
  std::string index = "UTF-8\n4\n";
  for (const char* head : {"Bush|", "bush|", "truce|", "war|"}) index += head + std::to_string(text.find(std::string("\n") + head) + 1) + "\n";
  s.write("th_en_US_v2.idx", index);
  const fs::path plain = s.write("unindexed/th_en_US_v2.dat", text);  // no index beside it: always scanned
  auto keys = [](std::initializer_list<const char*> words) {
    std::unordered_set<std::uint64_t> out;
    for (const char* w : words) out.insert(claimdiff::hash_bytes(w));
    return out;
  };
  const std::vector<std::unordered_set<std::uint64_t>> reads{
      keys({"bush", "shrub", "truce", "ceasefire", "war", "lull"}), keys({"bush", "thicket", "plant", "truce", "armistice"}),
      keys({"war", "conflict", "truce"}), keys({"bush", "shrub", "truce", "ceasefire", "war", "lull"}), keys({"nothing"})};
  for (const auto& wanted : reads) {
    const auto got = claimdiff::read_thesaurus(dat.string(), &wanted);
    CHECK(got.entries == claimdiff::read_thesaurus(plain.string(), &wanted).entries);
  }
  const auto first = claimdiff::read_thesaurus(dat.string(), &reads[0]);
  CHECK(first.entries.at("bush") == std::vector<std::string>{"shrub"});
  CHECK(first.entries.at("truce") == std::vector<std::string>{"cease-fire", "lull"});
  CHECK(first.entries.at("war").empty());
  // A thesaurus replaced while the process runs is read anew.
  const std::string changed = std::string("UTF-8\n") + "bush|1\n(noun)|hedge|shrub\n";
  s.write("th_en_US_v2.dat", changed);
  s.write("th_en_US_v2.idx", "UTF-8\n1\nbush|6\n");
  for (int round = 0; round < 3; ++round) {
    CHECK(claimdiff::read_thesaurus(dat.string(), &reads[0]).entries.at("bush") == std::vector<std::string>{"shrub"});
    CHECK(claimdiff::read_thesaurus(dat.string(), &reads[1]).entries.at("bush").empty());
  }
}

TEST_CASE("a thesaurus's headwords are found in its index by their keys, as reading the thesaurus finds them", "[resources]") {
  Scratch s;
  // Sorted by bytes, as MyThes's own binary search wants: capitals first, "ß" after every ASCII letter.
  const std::vector<std::string> words{"Afrique", "abstoßen", "haus", "straße", "öffentlich"};
  std::string dat = "UTF-8\n", idx = "UTF-8\n" + std::to_string(words.size()) + "\n";
  for (const std::string& w : words) {
    idx += w + "|" + std::to_string(dat.size()) + "\n";
    dat += w + "|1\n(Nom)|synonyme\n";
  }
  const fs::path path = s.write("th_de_DE_v2.dat", dat);
  s.write("th_de_DE_v2.idx", idx);
  const claimdiff::detail::ThesaurusHeadwords headwords(path.string());
  REQUIRE(headwords.ok());
  // The same answer as the entries read for the word: "straße" is keyed "strasse", "Afrique"
  // "afrique"; as written they are not keys.
  for (const std::string key : {"afrique", "Afrique", "abstossen", "abstoßen", "haus", "hau", "häuser", "strasse",
                                "straße", "öffentlich", "zug", ""}) {
    const std::unordered_set<std::uint64_t> wanted{claimdiff::hash_bytes(key)};
    const bool read = claimdiff::read_thesaurus(path.string(), &wanted).entries.count(key) != 0;
    CHECK(headwords.has(key) == read);
  }
  CHECK(headwords.has("strasse"));
  CHECK_FALSE(headwords.has("straße"));
  // An index out of byte order (sorted by a locale's rules, say) or in another encoding is not used.
  s.write("th_de_DE_v2.idx", "UTF-8\n2\nhaus|6\nabstoßen|20\n");
  CHECK_FALSE(claimdiff::detail::ThesaurusHeadwords(path.string()).ok());
  s.write("th_de_DE_v2.idx", "ISO8859-1\n1\nhaus|6\n");
  CHECK_FALSE(claimdiff::detail::ThesaurusHeadwords(path.string()).ok());
}

TEST_CASE("the installed German thesaurus's index answers for the words of a German article as the thesaurus does", "[resources]") {
  const std::string path = claimdiff::find_thesaurus("de");
  if (path.empty()) {
    WARN("mythes-de is not installed: skipped");
    return;
  }
  const claimdiff::detail::ThesaurusHeadwords* headwords = claimdiff::detail::thesaurus_headwords(path);
  REQUIRE(headwords != nullptr);
  const std::string text =
      "Die Regierung in Berlin hat am Mittwoch neue Maßnahmen gegen die Wohnungsnot beschlossen. In den Großstädten "
      "fehlen seit Jahren bezahlbare Wohnungen, sagte Bauministerin Klara Geywitz. Die Öffentliche Hand soll mehr "
      "bauen; Grundstücke an der Straße nach Potsdam gehen an Genossenschaften.";
  std::unordered_set<std::uint64_t> wanted;
  std::vector<std::string> keys;
  for (const std::string& word : claimdiff::split(text, ' ')) {
    std::string key = claimdiff::fold_case(word);
    std::erase_if(key, [](char c) { return c == '.' || c == ',' || c == ';'; });
    wanted.insert(claimdiff::hash_bytes(key));
    keys.push_back(key);
  }
  const claimdiff::Dictionary read = claimdiff::read_thesaurus(path, &wanted);
  std::size_t known = 0;
  for (const std::string& key : keys) {
    CHECK(headwords->has(key) == (read.entries.count(key) != 0));
    known += headwords->has(key) ? 1 : 0;
  }
  CHECK(headwords->has("strasse"));  // "Straße", keyed as its case folding writes it
  CHECK(known > keys.size() / 2);
}

TEST_CASE("a malformed dictionary index or thesaurus entry is one error naming the file and the line", "[resources]") {
  Scratch s;
  s.write("tiny.dict", "casa\nhouse\n");
  fs::path index = s.write("tiny.index", "casa\tA\tL\nsoldado A L\n");
  check_error([&] { claimdiff::read_dictionary(index.string()); }, index, 2, "expected WORD<TAB>OFFSET<TAB>LENGTH");
  s.write("far.dict", "casa\nhouse\n");
  fs::path outside = s.write("far.index", "casa\tA\tL\nsoldado\tBA\tL\n");
  check_error([&] { claimdiff::read_dictionary(outside.string()); }, outside, 2, "outside the dictionary data");

  fs::path thesaurus = s.write("th_fr_FR_v2.dat", "UTF-8\nrapide|1\n(Adjectif)|prompt\nd\u00E9clin|beaucoup\n");
  check_error([&] { claimdiff::read_thesaurus(thesaurus.string()); }, thesaurus, 4, "expected WORD|COUNT");
  fs::path cut = s.write("th_es_ES_v2.dat", "UTF-8\nr\u00E1pido|2\n(Adjetivo)|veloz\n");
  check_error([&] { claimdiff::read_thesaurus(cut.string()); }, cut, 3, "ends inside an entry");
}
