#pragma once
// Language resources and lint lexicons, loaded at run time from data/ (see data/README.md).
// Loaded once into a Resources object that is passed down the pipeline; nothing is global.

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimdiff {

enum class Gender : std::uint8_t { None, Female, Male, Neutral };

struct NumberWord {
  double value = 0;
  // Month: a month name, value 1-12 ("July", "июля"); DatedMonth: a month name that is a month
  // only beside a day ("May 27"; alone, English "may" is the verb); Connector: joins tens and
  // units ("vingt et un", "einundzwanzig"), value 0; Unit: a span of time that states a number
  // when none counts it (Russian "за сутки" is "in 24 hours"; "трое суток" states three).
  enum class Kind : std::uint8_t { Cardinal, Ordinal, Scale, Month, DatedMonth, Connector, Unit } kind = Kind::Cardinal;
  // A plural scale ("milliards", "Millionen", "миллионы"): a scale after a number ("2 milliards"),
  // but alone a vague quantity ("des milliards" = billions), which states no value.
  bool counted_only = false;
};

// One entry of a lint lexicon (spinner phrases, boilerplate, glossary).
struct LexiconEntry {
  std::string rule;        // e.g. "spinner-phrase"
  std::string severity;    // "major", "minor" or "info"
  std::string phrase;      // lowercase, single spaces
  std::string suggestion;
  bool whole_line = false;  // scope `line`: must be the whole unit
  std::string note;
  std::string source;       // file it came from

  bool operator==(const LexiconEntry&) const = default;
};

// Structures a later stage builds from one language's data and reuses for every document (a lint
// rule's word sets, a trie of the lexicon), each under a name of its own. Built once, by the
// first caller, on any thread; a copy starts empty, so it never holds another object's data.
class DerivedData {
 public:
  DerivedData() = default;
  DerivedData(const DerivedData&) {}
  // Assigned data starts over: the structures were built from the fields it replaces.
  DerivedData& operator=(const DerivedData&) {
    const std::lock_guard<std::mutex> lock(mutex_);
    slots_.clear();
    return *this;
  }

  // The structure named `name`, made by `build()` (which returns a T) on first use.
  template <typename T, typename Build>
  const T& get(const std::string& name, const Build& build) const {
    std::shared_ptr<Slot> slot;
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      auto& s = slots_[name];
      if (!s) s = std::make_shared<Slot>();
      slot = s;
    }
    std::call_once(slot->once, [&] { slot->value = std::make_shared<const T>(build()); });
    return *static_cast<const T*>(slot->value.get());
  }

 private:
  struct Slot {
    std::once_flag once;
    std::shared_ptr<const void> value;
  };
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::shared_ptr<Slot>> slots_;
};

struct LanguageData {
  std::string code;
  std::vector<std::string> abbreviations;  // as written, with the final period
  std::vector<std::string> negations;      // lowercase; may be multiword
  std::vector<std::string> not_negations;  // phrases holding a negator that negate nothing ("not only")
  std::vector<std::string> lexical_negations;  // negators a translation may render without one ("refuse to")
  // Words whose meaning holds a negation without being negators ("cease to", "impossible",
  // "lost control"): across a translation they answer a negator of the other side. Optional.
  std::vector<std::string> implied_negations;
  std::vector<std::string> modality;
  std::vector<std::string> not_modality;  // phrases holding a modal that hedge nothing ("would like")
  // modality_groups.tsv: modal phrase -> group id; one group states one modality in its tenses
  // or wordings ("will" / "would", "must" / "have to"). Optional.
  std::unordered_map<std::string, std::uint32_t> modality_group;
  std::vector<std::string> attribution;
  std::vector<std::string> attribution_neutral;  // verbs that report without judging (said, told)
  std::unordered_map<std::string, Gender> pronouns;
  // gendered_pronouns.tsv: the pronouns that tell a person's gender and nothing else (German "er",
  // not "sie", she or they), read against an English translation's "he" and "she". Optional.
  std::unordered_map<std::string, Gender> gendered_pronouns;
  std::unordered_map<std::string, Gender> honorifics;
  std::unordered_map<std::string, NumberWord> numbers;
  std::unordered_map<std::string, std::uint32_t> spelling_group;  // word -> group id
  std::unordered_set<std::string> function_words;
  std::unordered_set<std::string> determiners;  // articles and determiners, with their contractions ("im")
  std::unordered_set<std::string> repeatable;  // words the grammar may write twice in a row
  std::unordered_set<std::string> elisions;      // words written elided before an apostrophe ("qu", "l")
  std::unordered_set<std::string> contractions;  // endings written after an apostrophe ("s", "ll")
  std::unordered_set<std::string> relatives;   // relative pronouns that end a clause ("that")
  std::unordered_set<std::string> titles;  // courtesy titles before a name ("mr", "frau"), without a period
  std::string spaced_marks;  // punctuation the language's typography spaces off (French ";:!?")
  std::vector<LexiconEntry> lexicon;  // lint entries shipped for this language
  // Typographic conventions (conventions.tsv); empty when unknown, and then readers guess.
  std::string decimal_mark;                // "." or ","
  std::vector<std::string> group_marks;    // thousands separators: ",", ".", "'", " ", U+00A0, ...
  std::vector<std::pair<std::string, std::string>> quotes;  // quotation marks, opening and closing
  bool nouns_capitalised = false;          // German: a capitalised word is not by itself a name
  // Chinese "他", "她": the gendered pronouns stand for persons only (things have "它"), never for
  // a noun of that grammatical gender as German "er" does.
  bool pronouns_persons_only = false;
  // Inflectional endings a word may carry beyond its dictionary form ("Jahren" -> "jahr"),
  // longest first; for looking words up in the language's thesaurus, and for meeting the
  // headwords of a dictionary into this language read backwards (align(); "школы" and FreeDict's
  // "школа" share the stem "школ"). Each ending is tried, not only the longest.
  std::vector<std::string> endings;
  // Vowels a plural changes, and the dictionary form's ("ä" -> "a": "Räder" is "Rad").
  std::vector<std::pair<std::string, std::string>> vowel_changes;
  std::vector<std::string> negative_prefixes;  // prefixes that negate a word ("un", "in"), lowercase
  std::vector<std::string> place_adjectives;  // adjectives a translation renders inside a place's name ("south"), lowercase
  // Head words of other languages' place names this language writes transliterated ("krai"), each
  // with the words that translate it ("territory", "region"), lowercase.
  std::map<std::string, std::vector<std::string>> romanised_heads;
  // Spellings romanisations of one foreign name use for each other after a consonant ("yo", "e"),
  // and endings of the adjectives romanised from foreign place names ("sky"), lowercase.
  std::vector<std::pair<std::string, std::string>> romanised_spellings;
  std::vector<std::string> romanised_adjective_endings;
  std::vector<std::string> not_negative_prefixes;  // word beginnings that only look so (Czech "nej"), lowercase
  // Second parts of a two-part negation that negate nothing alone (French "personne", also "a
  // person"): a listed non-negation's gap never crosses one. Lowercase.
  std::vector<std::string> negation_ends;
  // Words beside which a Roman numeral is a number (Russian "век": "XX век" is the 20th century),
  // lowercase.
  std::vector<std::string> roman_numeral_words;
  std::vector<std::string> roman_ordinal_endings;
  // Words written after a month's and a day's number (Chinese and Japanese "月", "日": "7月19日"
  // is July 19, "7月" July), lowercase.
  std::vector<std::string> month_markers, day_markers;  // written after such a numeral (French "XXe"), as is
  std::vector<std::string> time_words;     // words after a clock time ("15.30 Uhr"), lowercase
  // Groups of words that each name one day ("yesterday", "today", "tomorrow"; the weekdays),
  // lowercase: one word of a group put for another names another day.
  std::vector<std::vector<std::string>> day_names;
  // Phrases that make the number after them a bound ("at least", "more than"), each split into
  // its lowercase words, in groups that bound one way (lower, upper): a bound added, dropped or
  // put for one of another group before a number states another value.
  std::vector<std::vector<std::vector<std::string>>> number_bounds;
  // A decade: words written before its number ("les années 70"), lowercase, and endings glued
  // after it ("the 1970s", "die 70er").
  std::vector<std::string> decade_words;
  std::vector<std::string> decade_endings;
  // Words a quotation set off as speech follows ("表示": 他表示“…”) or particles that follow it
  // ("と": 「…」と述べた), for a script without spaces, where marks also set off names and titles.
  std::vector<std::string> speech_verbs;
  std::vector<std::string> quotative_particles;
  // Phrases after a number that add a half ("and a half", "с половиной"), each split into words.
  std::vector<std::vector<std::string>> half_phrases;
  // Indefinite articles that count one before a noun and a half phrase ("a year and a half").
  std::vector<std::string> one_articles;
  // Words after which the half word names a part, not a quantity (English "the": "the half back",
  // where a quantity stands before the article: "half the votes").
  std::vector<std::string> half_part_after;
  bool ordinal_period = false;             // German: "am 7. Oktober", the period ends no sentence
  std::vector<std::string> speech_dashes;  // dashes that mark direct speech (Russian "— сказал он")
  std::vector<std::string> clock_12h;      // before-noon and after-noon words ("am", "pm"), no dots
  // Word order (word_order.tsv): function word -> its class, and the pairs of classes the grammar
  // never writes side by side ("end" stands for the sentence end).
  std::unordered_map<std::string, std::string> word_classes;
  std::vector<std::pair<std::string, std::string>> never_adjacent;
  std::unordered_set<std::string> cased_classes;  // classed only in lower case where the sentence writes capitals ("may", "us")
  std::vector<std::pair<std::string, std::string>> gap_pairs;  // never pairs that show a word dropped between ("the of"), not a slip
  // Classes of words without one of their own, by the only part of speech WordNet gives them
  // ("adjective" -> "adjective": "famous", "urban"; not "used", a form of the verb "use").
  std::vector<std::pair<std::string, std::string>> lexicon_classes;
  DerivedData derived;  // what later stages make of the fields above; filled by them, on first use

  bool is_function_word(const std::string& lower) const { return function_words.count(lower) != 0; }
  // True when two lowercase words are listed as spellings of one word (Kiev/Kyiv).
  bool same_spelling(const std::string& a, const std::string& b) const;
};

class Resources {
 public:
  // `data_dir` holds lang/<code>/...; an empty string means "find it" (see find_data_dir).
  explicit Resources(std::string data_dir = {});

  // The data for `code`, loaded on first use. An unknown language gets an empty set (plain
  // segmentation, no lexicons); a malformed data file throws claimdiff::Error. Safe to call from
  // several threads: each language is loaded once, and the reference stays valid.
  const LanguageData& language(const std::string& code) const;

  // Adds the entries of a user lexicon (--lexicon) to every language. Throws on a bad file.
  void add_lexicon(const std::string& path);
  const std::vector<LexiconEntry>& user_lexicon() const { return user_lexicon_; }

  const std::string& data_dir() const { return data_dir_; }

 private:
  std::string data_dir_;
  mutable std::mutex languages_mutex_;
  mutable std::map<std::string, std::unique_ptr<LanguageData>> languages_;
  std::vector<LexiconEntry> user_lexicon_;
};

// A bilingual dictionary: lowercase source word -> lowercase translations (words or phrases).
struct Dictionary {
  std::unordered_map<std::string, std::vector<std::string>> entries;
};

// Reads a dictionary: a dictd database as Debian's FreeDict packages install it (give the
// `.index` file; the `.dict.dz` or `.dict` beside it is read through zlib), or a TSV file of
// `source<TAB>translation[<TAB>translation...]` lines. Throws claimdiff::Error on a bad file.
Dictionary read_dictionary(const std::string& path);
// The same, with only the entries of `words` (as a document writes them; looked up lowercase):
// a dictd index is searched in place and only the parts of the compressed data holding those
// entries are inflated, so a document's words cost milliseconds where the whole file costs tenths
// of a second.
Dictionary read_dictionary(const std::string& path, const std::vector<std::string>& words);

// The installed FreeDict database translating language `from` into `to` (ISO 639-1 codes: "de",
// "en"), as Debian's dict-freedict-* packages install it (/usr/share/dictd/freedict-deu-eng.index);
// empty when there is none.
std::string find_dictionary(const std::string& from, const std::string& to,
                            const std::vector<std::string>& directories = {"/usr/share/dictd"});

// Reads a thesaurus of one language into a Dictionary of word -> synonyms (single words, lowercase
// comparison keys; antonyms and phrases left out): a MyThes file, as LibreOffice uses and Debian's
// mythes-* packages install (`/usr/share/mythes/th_fr_FR_v2.dat`), in the encoding its first line
// names. With `wanted` (hashes of comparison keys, as Token::key), only those words are kept: a
// thesaurus has tens of thousands of entries and a document uses a sliver of them. Then, when the
// `.idx` index MyThes installs beside the file matches it, only the wanted entries are read (and
// checked). Throws claimdiff::Error on a file that is not one.
Dictionary read_thesaurus(const std::string& path, const std::unordered_set<std::uint64_t>* wanted = nullptr);

// The installed MyThes thesaurus of a language ("fr": th_fr_FR_v2.dat, else the first other
// th_fr_*_v2.dat), looked for in `directories`. Empty when there is none.
std::string find_thesaurus(const std::string& language,
                           const std::vector<std::string>& directories = {"/usr/share/mythes", "/usr/share/myspell/dicts"});

// Reads WordNet's antonym links (the `!` pointers of data.noun, data.verb, data.adj, data.adv in
// `directory`, as Debian's wordnet-base installs them) into a Dictionary of lowercase lemma ->
// its antonyms, both ways ("refuse" <-> "agree" is not one; "accept" <-> "refuse" is). Throws
// claimdiff::Error when the directory holds no data file or a line is malformed.
Dictionary read_wordnet_antonyms(const std::string& directory);

// Reads WordNet's exception lists (noun.exc, verb.exc, adj.exc, adv.exc in `directory`: the
// irregular forms morphy cannot detach, "found find", "said say", "mice mouse") into a Dictionary
// of inflected form -> its lemmas. Missing files are skipped; empty when none is there.
Dictionary read_wordnet_exceptions(const std::string& directory);

// The first of `directories` holding WordNet's data files; empty when there is none.
std::string find_wordnet(const std::vector<std::string>& directories = {"/usr/share/wordnet"});

// The lemmas an English word may be an inflection of, by WordNet's detachment rules ("stopped":
// stopped, stopp, stop, stoppe); the word itself first. Only candidates: look them up.
std::vector<std::string> english_lemmas(std::string_view word);

// The same, and the lemmas `irregular` (read_wordnet_exceptions) lists for the word ("found":
// found, find).
std::vector<std::string> english_lemmas(std::string_view word, const Dictionary& irregular);

// Where data/ is: $CLAIMDIFF_DATA, then beside the executable (../share/claimdiff/data or ./data),
// then the source tree the binary was built from. Empty when none exists.
std::string find_data_dir();

// Reads a lint lexicon file (TSV: phrase, suggestion, scope, note; `# rule:` and `# severity:`
// header lines). Throws claimdiff::Error naming the file and line of a malformed entry.
std::vector<LexiconEntry> read_lexicon(const std::string& path, const std::string& default_rule);

}  // namespace claimdiff
