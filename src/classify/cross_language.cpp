// Claims across languages: no word diff is possible, so each side's facts are read with its own
// language's resources and compared: values (numbers, dates, times), names (in Latin letters,
// through ICU's Any-Latin transliteration), direct speech (a quotation of four words or more) and
// negation, each only where both languages can show it.

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_set>
#include <cstdio>
#include <set>
#include <span>
#include <tuple>
#include <iterator>
#include <sstream>


#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "claimdiff/error.hpp"
#include "claimdiff/resources.hpp"
#include "classify/claims.hpp"
#include "classify/cross_content.hpp"
#include "classify/cross_names.hpp"
#include "classify/words.hpp"
#include "resources/thesaurus_headwords.hpp"
#include "segment/names.hpp"
#include "segment/transliterate.hpp"
#include "segment/values.hpp"

namespace claimdiff::detail {
namespace {

// What a claim says that survives translation, read with its own language's resources.
struct Facts {
  std::vector<Value> values;
  std::vector<double> decades;  // the numbers of values written as a decade ("années 70", "the 1970s")
  bool cased = false;  // written in a script with capital letters
  std::vector<std::string> names;  // multiword proper names, lowercase
  std::vector<std::vector<std::string>> name_words;  // the words of each of `names`, as written
  std::vector<std::string> described;  // the names that describe what they name in English words
  std::vector<std::string> common_names;  // those of them made of the language's common words
  // Names of two words whose first opens the sentence, in a language other than English that
  // capitalises names alone, and whose second is written in a script other than Latin: the first
  // is capitalised whatever it is, so the name may be one word after a common noun ("Звонок
  // Джеймсу", "Группа Кайманов", "Папа Римский": "The call to James", "The group of Caymans",
  // "The Pope"), which a capitalised word of the other side may render, spelt otherwise. Two
  // name words after the first are a full name still ("Психолог Вероника Степанова").
  std::vector<std::string> opening_names;
  // Names quoted whole: titles, terms or nicknames, which translations translate ("Руки Вверх",
  // "Hands Up"). They answer a name of the other side, and go unreported only where the other
  // side has a quotation or an unmatched name that may be their translation (cross_language_changes).
  std::vector<std::string> titles;
  std::vector<std::vector<std::string>> quotations;  // the words of each quoted span, as written
  std::vector<std::string> word_names;  // English names of common words only ("world heritage sites")
  std::vector<std::string> words;  // every word, as written
  std::vector<std::string> capitalised;  // every capitalised word, lowercase
  std::vector<std::string> acronyms;  // words of two or more letters all in capitals, lowercase
  std::vector<std::string> proper_words;  // capitalised words standing alone inside a sentence, lowercase
  std::size_t negations = 0;  // grammatical negators ("nicht", "ne ... pas", "не")
  std::size_t lexical_negations = 0;  // negators a translation may render without one ("ohne", "sans")
  std::size_t implied_negations = 0;  // words negating by their meaning ("ont cessé de", "impossible")
  std::vector<std::string> implied_words;  // the first word of each, in Latin letters
  std::vector<std::string> negated_words;  // the two words after each grammatical negator, in Latin letters
  bool quoted = false;  // holds a quotation of four words or more
  bool marked = false;  // holds a quotation mark or a speech dash at all
  NameWords lone;  // name words one by one, for names dropped or replaced (cross_names.hpp)
  bool male = false, female = false;  // holds a pronoun of that gender (gendered_pronouns.tsv; English: pronouns.tsv)
  bool thing = false;  // English: holds a word that renders a pronoun standing for a thing ("it", "which")
};

// A word in Latin letters without marks, for comparing names across scripts ("Ханна" ->
// "hanna"): the aligner's transliteration key.
std::string latin_key(const std::string& key) { return transliteration_key(key); }

bool quote_mark(std::string_view text, const LanguageData& lang) {
  if (fold_quotes(text) == "\"" || text == "\u00AB" || text == "\u00BB") return true;
  return std::any_of(lang.quotes.begin(), lang.quotes.end(), [&](const auto& q) { return text == q.first || text == q.second; });
}

// Whether every letter of a word of two or more letters is a capital ("КНДР", "ЦБ", "WHO").
bool all_capitals(std::string_view text) {
  int32_t letters = 0;
  for (std::size_t i = 0; i < text.size();) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, text.size(), c);
    if (c >= 0 && u_isalpha(c)) {
      if (!u_isupper(c)) return false;
      ++letters;
    }
  }
  return letters >= 2;
}

// A straight double quote between two letters is an apostrophe typed with the wrong key
// ("l"État", "d"éléments"), not a quotation mark.
bool inside_word(const Document& doc, const Token& t) {
  if (doc.token_text(t) != "\"") return false;  // typographic marks are glued to words in Chinese and Japanese
  auto letter = [](char c) { return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)); };
  return t.start > 0 && t.end < doc.text.size() && letter(doc.text[t.start - 1]) && letter(doc.text[t.end]);
}

// A dash the language sets around direct speech, spaced off from the words.
bool speech_dash(const Document& doc, const Token& t, const LanguageData& lang) {
  const std::string_view text = doc.token_text(t);
  const bool listed = std::find(lang.speech_dashes.begin(), lang.speech_dashes.end(), text) != lang.speech_dashes.end();
  return listed && (t.start == 0 || doc.text[t.start - 1] == ' ' || doc.text[t.start - 1] == '\n');
}

// The capitalised words of a document that are common words of a language which capitalises its
// nouns: known to the language's thesaurus as written or without an inflectional ending
// ("Jahren", "Öffentliche"), or number words ("Drei"). They are looked up in the thesaurus's
// index in place; where the index cannot serve, the document's capitalised words are read from the
// thesaurus.
class CommonWords {
 public:
  CommonWords(const Document& doc, const LanguageData& lang) : lang_(lang) {
    const std::string path = find_thesaurus(lang.code);
    if (path.empty()) return;
    headwords_ = thesaurus_headwords(path);
    if (headwords_ != nullptr) {
      ready_ = true;
      return;
    }
    std::unordered_set<std::uint64_t> wanted;
    for (const Sentence& s : doc.sentences)
      for (const Token& t : s.tokens)
        if (t.kind == TokenKind::Word && starts_upper(doc.token_text(t))) {
          for_each_form(lower(doc.token_text(t)), [&](const std::string& form) { wanted.insert(hash_bytes(form)); return false; });
        }
    try {
      known_ = read_thesaurus(path, &wanted);
      ready_ = true;
    } catch (const Error&) {
      // An unreadable installed thesaurus leaves every capitalised word possibly a name; the
      // comparison still runs.
    }
  }

  bool ready() const { return ready_; }

  bool contains(const std::string& key) const {
    if (lang_.numbers.count(key) != 0) return true;
    return for_each_form(key, [&](const std::string& form) {
      return headwords_ != nullptr ? headwords_->has(form) : known_.entries.count(form) != 0;
    });
  }

 private:
  // Calls `f` on the forms a word may be looked up by, until `f` returns true; returns whether
  // it did. The forms: the word, and each tail of five letters or more after a head of four or
  // more, since the last part of a compound carries its meaning ("Projektausschreibungen" is a
  // kind of "Ausschreibung"); each without a listed ending, and with a plural's vowel change
  // undone ("Räder" -> "rad"). Shorter parts would find words inside names ("Mari-elle").
  template <typename F>
  bool for_each_form(const std::string& key, const F& f) const {
    auto stems = [&](const std::string& w) {
      if (f(w)) return true;
      for (const std::string& e : lang_.endings) {
        if (w.size() < e.size() + 3 || !w.ends_with(e)) continue;
        const std::string stem = w.substr(0, w.size() - e.size());
        if (f(stem)) return true;
        for (const auto& [changed, plain] : lang_.vowel_changes) {
          const std::size_t at = stem.rfind(changed);
          if (at != std::string::npos && f(stem.substr(0, at) + plain + stem.substr(at + changed.size()))) return true;
        }
      }
      return false;
    };
    if (stems(key)) return true;
    for (std::size_t at = 4; at + 5 <= key.size(); ++at) {
      if ((static_cast<unsigned char>(key[at]) & 0xC0) == 0x80) continue;  // inside a UTF-8 sequence
      if (stems(key.substr(at))) return true;
    }
    return false;
  }

  const LanguageData& lang_;
  const ThesaurusHeadwords* headwords_ = nullptr;
  Dictionary known_;
  bool ready_ = false;
};

// The byte ranges of `text` that repeat the word before them ("in 2017 2017", "Spain Spain."): a
// slip of the keyboard, which states nothing twice. Words are runs between spaces; the repeat is
// compared without the punctuation after it, while punctuation after the first word separates
// two values ("6-4, 6-4") and nothing is dropped.
std::vector<std::pair<std::size_t, std::size_t>> doubled_words(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  auto bare = [](std::string_view w) {
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
    return w;
  };
  std::string_view previous;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t start = text.find_first_not_of(" \t\n", at);
    if (start == std::string_view::npos) break;
    std::size_t end = text.find_first_of(" \t\n", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    // Three digits after digits group a number ("1 000 000"), whatever they repeat.
    const bool group = word.size() == 3 && std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (!bare(word).empty() && bare(word) == previous && !group) out.emplace_back(start, end);
    previous = word;
    at = end;
  }
  return out;
}

// The names a side writes word by word (Facts::lone), as runs of adjacent name words. A name word
// starts a run where it opens no sentence or clause (a first word is capitalised anyway: "(Смех)
// Начну") and is not the part of a compound after its hyphen ("19-Jährigen") unless a name stands
// before it. Outside English a run is a name where one of its words is unknown to the language's
// dictionary into English ("Ville" in "ma Ville" is a noun) and, where every noun is capitalised,
// to its lexicon too.
// In English a first word counts where WordNet writes it as a name ("Pope Francis") or knows it not
// at all ("Nääs said"), and acronyms
// count, which render names ("Великобритании", "U.K."); elsewhere acronyms are left out, since
// languages spell them with their own initials ("ONU", "UN") and the acronym check reads them. A
// name quoted whole is a title, a term or a nickname, which translations translate ("„Skipenner“",
// "ski bums"; "Руки Вверх", "Hands Up").
template <typename NameWord>
void lone_name_words(Facts& f, const std::vector<Word>& words, const LanguageData& lang, const CommonWords* common,
                     const NameWord& name_word, bool against_english) {
  f.lone.words = f.capitalised;
  f.lone.latin = true;
  if (lang.nouns_capitalised && common == nullptr) return;
  const bool english = lang.code == "en";
  auto after_hyphen = [&](std::size_t j) {
    return j > 0 && words[j - 1].text == "-" && words[j - 1].start + 1 == words[j].start;
  };
  auto quote = [&](std::size_t j) { return j < words.size() && words[j].kind == TokenKind::Punct && quote_mark(words[j].text, lang); };
  auto opens = [&](std::size_t j) {
    return words[j].sentence_initial || (j > 0 && words[j - 1].kind == TokenKind::Punct && words[j - 1].text != "," && !after_hyphen(j));
  };
  if (english) {
    for (const Word& w : words)
      if (w.kind == TokenKind::Word && all_capitals(w.text)) f.lone.acronyms.push_back(latin_key(w.key));
  }
  // A sentence's first word is a name where the language has a lexicon of its own words (where
  // nouns are capitalised: CommonWords) and neither it nor the language's dictionary, with any
  // inflection, knows the word ("Murray verlor", "Cuomo (53) trat"). A dictionary alone misses
  // too many of the words that open sentences to tell.
  // The dictionary look-ups serve only a comparison with English (lone_name_change, which alone
  // reads these names' dictionary evidence): other pairs pay nothing for them.
  auto unknown_opening = [&](std::size_t j) {
    return against_english && common != nullptr && words[j].sentence_initial && !common->contains(words[j].key) &&
           !source_dictionary_knows(words[j].text, lang.code);
  };
  auto counts = [&](std::size_t j) {
    if (!name_word(j) || after_hyphen(j)) return false;
    return english ? !opens(j) || english_name_word(words[j].key) || !is_english_word(words[j].key, lang) : !opens(j) || unknown_opening(j);
  };
  // Outside English a run is a name where it holds a word the language's lexicons do not list
  // ("Narodowego Funduszu Ochrony Środowiska" is one, for its institution's words), or one its
  // dictionary translates by an English name ("Spanien", "Spain"; "Moscú", "Moscow").
  auto unlisted = [&](std::size_t j) {
    if (against_english && dictionary_name(std::string(words[j].text), lang.code)) return true;
    if (common != nullptr && common->contains(words[j].key)) return false;
    return !source_dictionary_lists(words[j].text, lang.code);
  };
  std::string run;
  std::vector<std::string> written;
  std::size_t first = 0;
  bool name = english;
  for (std::size_t j = 0; j <= words.size(); ++j) {
    // A name hyphened to a name goes on in one run ("Санкт-Петербург").
    if (!run.empty() && j + 1 < words.size() && after_hyphen(j + 1) && name_word(j + 1)) {
      run += " " + latin_key(words[++j].key);
      written.emplace_back(words[j].text);
      continue;
    }
    if (j < words.size() && (counts(j) || (!run.empty() && name_word(j) && !english))) {
      if (run.empty()) first = j;
      f.lone.latin = f.lone.latin && written_in_latin(words[j].text);
      name = name || unlisted(j);
      run += (run.empty() ? "" : " ") + latin_key(words[j].key);
      written.emplace_back(words[j].text);
    } else if (!run.empty()) {
      if (name && !(first > 0 && quote(first - 1) && quote(j))) {
        f.lone.names.push_back(run);
        f.lone.written.push_back(written);
      }
      run.clear();
      written.clear();
      name = english;
    }
  }
}

// The numbers of `values` (read from `text`) written as a decade: after an apostrophe ("the
// '70s"), after one of the language's decade_words ("les années 70"), with one of its
// decade_endings glued ("the 1970s", "die 70er Jahre"), or joined by one short word or a dash to
// a decade before ("les années 70 et 80").
std::vector<double> decades_of(std::string_view text, const std::vector<Value>& values, const LanguageData& lang) {
  std::vector<double> out;
  auto letter = [](char c) { return static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c)); };
  const Value* previous = nullptr;
  for (const Value& v : values) {
    if (v.kind != Value::Kind::Number || v.from_words || std::fmod(v.number, 1) != 0 || v.start > text.size() || v.end > text.size()) {
      previous = nullptr;
      continue;
    }
    const std::string_view before = text.substr(0, v.start);
    const std::string_view after = text.substr(v.end);
    bool decade = before.ends_with("'") || before.ends_with("\u2019");
    std::size_t word_end = before.size();
    while (word_end > 0 && (before[word_end - 1] == ' ' || before.substr(0, word_end).ends_with("\u00A0"))) word_end -= before[word_end - 1] == ' ' ? 1 : 2;
    std::size_t word_start = word_end;
    while (word_start > 0 && letter(before[word_start - 1])) --word_start;
    if (!decade && word_end < before.size() && word_start < word_end) {
      const std::string word = comparison_key(before.substr(word_start, word_end - word_start));
      decade = std::find(lang.decade_words.begin(), lang.decade_words.end(), word) != lang.decade_words.end();
    }
    for (const std::string& ending : lang.decade_endings) {
      // The value read may hold the ending already ("1970s" is one token).
      const bool glued = after.starts_with(ending) && (after.size() == ending.size() || !letter(after[ending.size()]));
      if (glued || text.substr(v.start, v.end - v.start).ends_with(ending)) decade = true;
    }
    if (!decade && previous != nullptr && std::find(out.begin(), out.end(), previous->number) != out.end() && previous->end <= v.start) {
      std::string gap;
      for (const char c : text.substr(previous->end, v.start - previous->end)) {
        if (c != ' ' && c != ',') gap.push_back(c);
      }
      decade = gap.size() <= 3 && std::none_of(gap.begin(), gap.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    }
    if (decade) out.push_back(v.number);
    previous = &v;
  }
  return out;
}

// Whether every entry of a list is written in a script that sets no spaces between words (Han,
// kana): Chinese and Japanese negators.
bool written_unspaced(const std::vector<std::string>& list) {
  return !list.empty() && std::all_of(list.begin(), list.end(), [](const std::string& entry) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(entry);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = u.isEmpty() ? USCRIPT_INVALID_CODE : uscript_getScript(u.char32At(0), &status);
    return U_SUCCESS(status) && (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA);
  });
}

// The entries of `phrases` found in `text`, read left to right, the longest at each place first,
// inside words: in a script written without spaces the word segmentation glues a negator to its
// neighbours ("他不|同意", "不知道", "な|か|っ|た"). A word of `covers` that holds one and negates
// nothing ("不同" different, "少ない" few) is stepped over whole, unless a longer entry of
// `phrases` starts at the same place ("不同意", disagree).
std::vector<std::string> inside_words(std::string_view text, const std::vector<std::string>& phrases, const std::vector<std::string>& covers) {
  std::vector<std::string> out;
  auto longest = [&](const std::vector<std::string>& list, std::string_view at) {
    std::size_t best = 0;
    for (const std::string& p : list) {
      if (p.size() > best && at.starts_with(p)) best = p.size();
    }
    return best;
  };
  for (std::size_t i = 0; i < text.size();) {
    const std::string_view at = text.substr(i);
    const std::size_t cover = longest(covers, at), found = longest(phrases, at);
    if (found > cover) {
      out.emplace_back(at.substr(0, found));
      i += found;
    } else if (cover > 0) {
      i += cover;
    } else {
      ++i;
      while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;  // to the next UTF-8 character
    }
  }
  return out;
}

// The consonants of a word in Latin letters, as a script's transliteration and English spelling
// both write them, each as a class of sounds the two spell differently: the velars and palatals
// as "k" (English "Michael", "Chris" and "George" against Hindi "माइकल" maikala, "क्रिस" krisa,
// "जॉर्ज" jôrja; Hindi writes /k/ and soft "g" as "क" and "ज", and its "c" is English "ch":
// "चोपड़ा" copaṛā, "Chopra"), "m" as "n" (the anusvara, "एंजेला" eṁjelā, "Angela"), digraphs as
// one sound ("sh", "th", "kh": Hindi writes aspirates that English spells with "h"; "ph" as "f"),
// English "c" before "e", "i", "y" as "s"; then vowels and the semivowels "h", "y", "w", "v" (one
// script's "v" is another's "w" or "u") dropped and doubled letters written once. `english` says
// the word is English spelling (a transliteration's "c" is always "ch"). "Plibersek" and
// "प्लिबरसेक" (plibarasēka) both give "plbrsk"; "Dutton" and "डट्टन" (ḍaṭṭana) "dtn".
std::string consonants(std::string_view latin, bool english) {
  std::string s;
  for (const char c : latin) {
    if (c >= 'a' && c <= 'z') s.push_back(c);
  }
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    const char next = i + 1 < s.size() ? s[i + 1] : '\0';
    if (next == 'h' && std::string_view("cstkgdbjp").find(c) != std::string_view::npos) {
      c = c == 'p' ? 'f' : c;
      ++i;
    } else if (c == 'c' && english && (next == 'e' || next == 'i' || next == 'y')) {
      c = 's';
    }
    if (std::string_view("cgjzqx").find(c) != std::string_view::npos) c = 'k';
    else if (c == 'm') c = 'n';
    if (std::string_view("aeiouhywv").find(c) != std::string_view::npos) continue;
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  return out;
}

// Whether two consonant skeletons (consonants()) may spell one name: equal, one inside the other
// when both have three letters or more (a particle or an ending around it), or, from four letters,
// one letter apart (Levenshtein distance 1).
bool skeletons_alike(const std::string& x, const std::string& y) {
  if (x == y) return true;
  if (x.size() >= 3 && y.size() >= 3 && (x.find(y) != std::string::npos || y.find(x) != std::string::npos)) return true;
  if (std::min(x.size(), y.size()) < 4 || (x.size() > y.size() ? x.size() - y.size() : y.size() - x.size()) > 1) return false;
  const std::string& longer = x.size() >= y.size() ? x : y;
  const std::string& shorter = x.size() >= y.size() ? y : x;
  std::size_t i = 0, j = 0;
  bool edited = false;
  while (i < longer.size() && j < shorter.size()) {
    if (longer[i] == shorter[j]) {
      ++i, ++j;
      continue;
    }
    if (edited) return false;
    edited = true;
    ++i;
    if (longer.size() == shorter.size()) ++j;
  }
  return true;
}

Facts facts_of(const Document& doc, const std::vector<std::uint32_t>& ids, const LanguageData& lang,
               const CommonWords* common, const SentenceValues* values, bool against_english) {
  Facts f;
  const NegationCounter& negations = negation_counter(lang, NegationCounter::Scope::AcrossLanguages);
  const NegationCounter& all_negations = negation_counter(lang, NegationCounter::Scope::WithinLanguage);
  std::vector<Word> words;
  // Direct speech: a quotation of four words or more, closed within the claim. Shorter quoted
  // spans are titles, names and terms, which languages quote by different conventions ("Норвич",
  // «Kaesong»); a quotation left open runs over paragraphs, which the other language may open
  // and close elsewhere (see lint/quotes.cpp).
  // In a script written without spaces (Chinese, Japanese) the marks also set off names and titles
  // of any length (「新型コロナウイルス感染症対策本部」, “关于进一步优化营商环境的意见”): there a
  // quotation is speech only when it reads as a clause, ending in sentence punctuation inside the
  // marks, or set off as speech: after a colon or a saying verb of the language's speech_verbs
  // (他表示“…”), or before a quotative particle of its quotative_particles (「…」と述べた).
  bool unspaced = false, speech = false, ends_sentence = false;
  auto unspaced_script = [](std::string_view inner) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(inner.data(), static_cast<int32_t>(std::min<std::size_t>(inner.size(), 8))));
    if (u.isEmpty()) return false;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(u.char32At(0), &status);
    return U_SUCCESS(status) && (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA);
  };
  auto speech_before = [&](std::string_view before) {
    if (before.ends_with(":") || before.ends_with("\uFF1A") || before.ends_with(": ")) return true;
    // A comma may stand between the verb and its quotation (他说，“…”).
    for (const std::string_view comma : {" ", ",", "\uFF0C"}) {
      if (before.ends_with(comma)) before.remove_suffix(comma.size());
    }
    return std::any_of(lang.speech_verbs.begin(), lang.speech_verbs.end(), [&](const std::string& v) { return before.ends_with(v); });
  };
  auto speech_after = [&](std::string_view after) {
    return std::any_of(lang.quotative_particles.begin(), lang.quotative_particles.end(), [&](const std::string& p) { return after.starts_with(p); });
  };
  bool inside = false;
  std::size_t quoted_words = 0;
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> doubled_of;  // by position in ids
  doubled_of.reserve(ids.size());
  for (auto id : ids) {
    const Sentence& s = doc.sentences[id];
    const auto& doubled = doubled_of.emplace_back(doubled_words(doc.text.substr(s.start, s.end - s.start)));
    bool first = true;
    for (const Token& t : s.tokens) {
      std::string_view text = doc.token_text(t);
      if (std::any_of(doubled.begin(), doubled.end(), [&](const auto& r) { return t.start >= s.start + r.first && t.start < s.start + r.second; })) {
        continue;
      }
      if (t.kind == TokenKind::Punct && speech_dash(doc, t, lang)) f.marked = true;
      if (t.kind == TokenKind::Punct && quote_mark(text, lang) && !inside_word(doc, t)) {
        f.marked = true;
        if (inside && quoted_words >= 4 && (!unspaced || speech || ends_sentence || speech_after(doc.text.substr(t.end)))) f.quoted = true;
        if (!inside) {
          f.quotations.emplace_back();
          unspaced = unspaced_script(doc.text.substr(t.end));
          speech = speech_before(doc.text.substr(s.start, t.start - s.start));
        }
        inside = !inside;
        quoted_words = 0;
        ends_sentence = false;
      } else if (inside && t.kind != TokenKind::Punct) {
        ++quoted_words;
        if (t.kind == TokenKind::Word && !f.quotations.empty()) f.quotations.back().emplace_back(text);
        ends_sentence = false;
      } else if (inside) {
        ends_sentence = text == "\u3002" || text == "\uFF01" || text == "\uFF1F" || text == "!" || text == "?" || text == "\u2026";
      }
      words.push_back(make_word(text, t.kind, first && t.kind == TokenKind::Word, t.start));
      if (t.kind != TokenKind::Punct) first = false;
    }
  }
  for (std::size_t k = 0; k < ids.size(); ++k) {
    const auto id = ids[k];
    const Sentence& s = doc.sentences[id];
    std::string text(doc.text.substr(s.start, s.end - s.start));
    const auto& doubled = doubled_of[k];
    for (const auto& [from, to] : doubled) std::fill(text.begin() + static_cast<std::ptrdiff_t>(from), text.begin() + static_cast<std::ptrdiff_t>(to), ' ');
    // The values read already are those of the sentence as written, without a word blanked.
    auto v = values != nullptr && doubled.empty() ? values->of[id] : read_values(text, lang);
    const auto decades = decades_of(text, v, lang);
    f.decades.insert(f.decades.end(), decades.begin(), decades.end());
    f.values.insert(f.values.end(), v.begin(), v.end());
  }
  // Every word, in Latin letters: a name of one side is looked for among all words of the other,
  // whatever their case ("markus söder" in a copy written in lower case).
  for (const Word& w : words) {
    if (w.kind != TokenKind::Word) continue;
    f.capitalised.push_back(latin_key(w.key));
    // An elided article or preposition stays on its word ("dell'Asia", "l’Autriche"): the word
    // after it is one too.
    if (lang.code != "en") {
      for (const std::string_view mark : {"'", "\u2019"}) {
        const std::size_t at = w.key.find(mark);
        if (at != std::string::npos && at > 0 && at + mark.size() < w.key.size()) f.capitalised.push_back(latin_key(w.key.substr(at + mark.size())));
      }
    }
    f.cased = f.cased || starts_upper(w.text);
    if (all_capitals(w.text)) f.acronyms.push_back(latin_key(w.key));
  }
  // Person names (segment/names.hpp): runs of capitalised words that are not function words,
  // which translations keep ("Jen Psaki"), unlike country names ("Ucrania", "Ukraine"). Where
  // every noun is capitalised, a capitalised word after an article or determiner is a noun ("die
  // Münchner Wohnung"); after a plain preposition it may start a name ("gegen Marielle Eckes").
  auto noun = [&](std::size_t j) {
    return lang.nouns_capitalised && j > 0 && words[j - 1].kind == TokenKind::Word && lang.determiners.count(words[j - 1].key) != 0;
  };
  // An acronym is a name of its own, compared as one (f.acronyms), not part of a person's name:
  // "ВМФ России" is the Navy of Russia, "Власти КНДР" the authorities of North Korea. Number
  // words and months are values, compared as such ("Saturday July 25", "Drei Monate").
  // A capitalised word hyphened to a lower-case one heads a compound adjective or noun, which a
  // name capitalises only at its start ("Дня Военно-морского флота", "Северо-западный").
  auto compound_head = [&](std::size_t j) {
    if (j + 2 >= words.size() || words[j + 1].text != "-" || words[j + 2].kind != TokenKind::Word) return false;
    const bool joined = words[j].start + words[j].text.size() == words[j + 1].start && words[j + 1].start + 1 == words[j + 2].start;
    return joined && !starts_upper(words[j + 2].text);
  };
  // A capital letter hyphened to a number is a model's designation ("F-35", "T-34"), a code
  // like an acronym, not a word of a name.
  auto designation = [&](std::size_t j) {
    return words[j].text.size() == 1 && j + 2 < words.size() && words[j + 1].text == "-" && words[j + 2].kind == TokenKind::Number &&
           words[j].start + 1 == words[j + 1].start;
  };
  auto name_word = [&](std::size_t j) {
    return words[j].kind == TokenKind::Word && starts_upper(words[j].text) && !lang.is_function_word(words[j].key) &&
           !noun(j) && !all_capitals(words[j].text) && lang.numbers.count(words[j].key) == 0 && !compound_head(j) && !designation(j);
  };
  // Where nouns are capitalised, a run of common words is a phrase ("Prozent Strom", "Anfang
  // Oktober"): a name holds a word the lexicon does not know ("Max Winkler"), other than a
  // sentence's first word, which is capitalised anyway ("Hohe Preise").
  auto holds_name = [&](std::size_t from, std::size_t to) {
    if (common == nullptr) return true;
    for (std::size_t j = from; j < to; ++j) {
      if (!words[j].sentence_initial && !common->contains(words[j].key)) return true;
    }
    return false;
  };
  // A name of common words headed by a common noun ("Northern Fleet", "Russia's Pacific Fleet")
  // is one a translation translates rather than spells; a name headed by a proper noun is spelt
  // ("Mount Vinson", "John Oliver"). Known only where the language has a word list of its own
  // (English: WordNet); a name elsewhere counts as spelt ("Rick Perry").
  auto common_words = [&](std::size_t from, std::size_t to) {
    if (lang.code != "en" || !english_lexicon_ready()) return false;
    std::string key;
    for (std::size_t j = from; j < to; ++j) {
      if (words[j].kind != TokenKind::Word) continue;
      key = words[j].key;
      for (const char* possessive : {"'s", "\u2019s"})
        if (key.ends_with(possessive)) key.resize(key.size() - std::char_traits<char>::length(possessive));
      if (!is_english_word(key, lang)) return false;
    }
    return common_english_word(key);
  };
  // English common words, which WordNet never writes as a name, capitalised in a language that
  // capitalises its nouns are an English term the translation may translate ("gegen Hate
  // Speech"), not a name ("Rick Perry": "Perry" is a name too).
  auto english_term = [&](std::size_t from, std::size_t to) {
    if (lang.code == "en" || !lang.nouns_capitalised || !english_lexicon_ready()) return false;
    for (std::size_t j = from; j < to; ++j) {
      const std::string& key = words[j].key;
      if (words[j].kind != TokenKind::Word) continue;
      if (!std::all_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; }) || !common_english_word(key) ||
          english_name_word(key)) {
        return false;
      }
    }
    return true;
  };
  lone_name_words(f, words, lang, common, name_word, against_english);
  // English reads a sentence's first word by WordNet, and where nouns are capitalised the
  // lexicon tells (holds_name); elsewhere the first word gives no evidence (opening_names).
  const bool opening_tells_nothing = lang.code != "en" && !lang.nouns_capitalised;
  // A name word written in Latin letters is spelt alike in English ("Сайт KP.ru"); one in another
  // script is transliterated, and its spelling there varies ("Джеймсу", "James").
  auto transliterated = [&](std::size_t from, std::size_t to) {
    for (std::size_t j = from; j < to; ++j)
      if (words[j].kind == TokenKind::Word && written_in_latin(words[j].text)) return false;
    return true;
  };
  // A run quoted whole is a title, a term or a nickname, which translations translate ("Руки
  // Вверх", "Hands Up"), as in Facts::lone: it answers a name of the other side, the title
  // translated, but is never reported missing (Facts::titles).
  auto quoted_whole = [&](std::size_t from, std::size_t to) {
    auto quote = [&](std::size_t j) { return j < words.size() && words[j].kind == TokenKind::Punct && quote_mark(words[j].text, lang); };
    return from > 0 && quote(from - 1) && quote(to);
  };
  for (std::size_t i = 0; i < words.size();) {
    const NameSpan run = name_span(i, words.size(), name_word, [](std::size_t) { return true; },
                                   [](std::size_t j) { return j + 1; });
    if (run.units >= kFullNameUnits && holds_name(i, run.end) && !english_term(i, run.end)) {
      std::string name;
      for (std::size_t j = i; j < run.end; ++j) name += (name.empty() ? "" : " ") + latin_key(words[j].key);
      if (lang.code == "en" && descriptive_english_name(name, lang)) f.described.push_back(name);
      else if (lang.code == "en" && common_words_name(name)) f.word_names.push_back(name);
      f.names.push_back(name);
      auto& written = f.name_words.emplace_back();
      for (std::size_t j = i; j < run.end; ++j)
        if (words[j].kind == TokenKind::Word) written.emplace_back(words[j].text);
      if (common_words(i, run.end)) f.common_names.push_back(name);
      if (quoted_whole(i, run.end)) f.titles.push_back(name);
      if (opening_tells_nothing && run.units == 2 && words[i].sentence_initial && transliterated(i + 1, run.end)) f.opening_names.push_back(name);
      // A sentence's first word joins the run whatever it is ("Офицеры Северного флота"): the
      // word after it may still stand alone.
      if (run.units == 2 && words[i].sentence_initial && !lang.nouns_capitalised) f.proper_words.push_back(latin_key(words[run.last_unit].key));
    } else if (run.units == 1 && !lang.nouns_capitalised && !words[i].sentence_initial) {
      f.proper_words.push_back(latin_key(words[i].key));
    }
    i = std::max(run.end, i + 1);
  }
  // A negator capitalised after a word or an abbreviation's point is a name or the numero sign
  // ("Dr. No", "School No. 30"), not a negation; after a quotation mark or a dash it opens a
  // clause ("Не нужна нам").
  std::vector<Word> negatable = words;
  for (std::size_t j = 1; j < negatable.size(); ++j) {
    const Word& before = words[j - 1];
    if (negatable[j].kind == TokenKind::Word && starts_upper(negatable[j].text) && !all_capitals(negatable[j].text) &&
        (before.kind == TokenKind::Word || before.text == ".")) {
      negatable[j].key.clear();
      negatable[j].hash = hash_bytes(negatable[j].key);
    }
  }
  const auto& gendered = lang.code == "en" ? lang.pronouns : lang.gendered_pronouns;
  for (const Word& w : words) {
    if (w.kind != TokenKind::Word) continue;
    f.words.emplace_back(w.text);
    if (const auto it = gendered.find(w.key); it != gendered.end() && (it->second == Gender::Male || it->second == Gender::Female)) {
      f.male = f.male || it->second == Gender::Male;
      f.female = f.female || it->second == Gender::Female;
    }
    if (lang.code == "en" && (w.key == "it" || w.key == "its" || w.key == "itself" || w.key == "which")) f.thing = true;
  }
  if (written_unspaced(lang.negations)) {
    std::string text;
    for (auto id : ids) text.append(doc.text.substr(doc.sentences[id].start, doc.sentences[id].end - doc.sentences[id].start)).push_back('\n');
    for (const std::string& n : inside_words(text, lang.negations, lang.not_negations)) {
      ++(std::find(lang.lexical_negations.begin(), lang.lexical_negations.end(), n) == lang.lexical_negations.end() ? f.negations : f.lexical_negations);
    }
    f.implied_negations = inside_words(text, lang.implied_negations, lang.not_negations).size();
  } else {
    const auto negators = negations.matches(negatable);
    f.negations = negators.size();
    for (const auto& m : negators) {
      std::size_t taken = 0;
      for (std::size_t j = m.at.back() + 1; j < words.size() && taken < 2; ++j) {
        if (words[j].kind != TokenKind::Word) continue;
        f.negated_words.push_back(latin_key(words[j].key));
        ++taken;
      }
    }
    f.lexical_negations = std::max(all_negations.find(negatable).size(), f.negations) - f.negations;
    // A translation may render a negator by a word that negates by its meaning ("ont cessé de" for
    // "nicht mehr", "lost control" for "не справился с управлением"): implied_negations.txt lists
    // them, and each answers a negator of the other side unless that side says the same word too.
    const auto implied = phrase_set(lang, "implied_negations", lang.implied_negations).matches(negatable);
    f.implied_negations = implied.size();
    for (const auto& m : implied) f.implied_words.push_back(latin_key(words[m.at.front()].key));
  }
  // A negator may come out as a negative prefix ("non è corretta", "incorrect"), and a language
  // that negates its verbs by a prefix (Czech "nezaplatil") writes most negators so. Outside
  // English no lexicon tells the prefix from a word's first letters: a lowercase word that begins
  // with one, and not with a listed look-alike (not_negative_prefixes: "nejvíce", "nemocnice"),
  // counts, as a lexical negator, which answers a negator of the other side and raises no change
  // of its own. A capitalised word is left out: it is a name or opens the sentence, where a
  // noun ("Nemocnice") is likelier than a negated verb.
  // English writes a prefix apart with a hyphen ("non-serious"), which the tokenizer splits: the
  // hyphen must join the two words, with no space either side.
  auto hyphenated = [&](const Word& w) {
    const auto j = static_cast<std::size_t>(&w - words.data());
    const bool joined = j + 2 < words.size() && words[j + 1].text == "-" && words[j + 2].kind == TokenKind::Word &&
                        w.start + w.text.size() == words[j + 1].start && words[j + 1].start + 1 == words[j + 2].start;
    return joined ? w.key + "-" + words[j + 2].key : w.key;
  };
  f.lexical_negations += static_cast<std::size_t>(std::count_if(words.begin(), words.end(), [&](const Word& w) {
    if (w.kind != TokenKind::Word) return false;
    if (lang.code == "en") return negated_by_prefix(hyphenated(w), lang);
    if (starts_upper(w.text)) return false;
    if (std::any_of(lang.not_negative_prefixes.begin(), lang.not_negative_prefixes.end(), [&](const std::string& p) { return w.key.starts_with(p); })) return false;
    return std::any_of(lang.negative_prefixes.begin(), lang.negative_prefixes.end(),
                       [&](const std::string& p) { return w.key.size() >= p.size() + 3 && w.key.starts_with(p); });
  }));
  return f;
}

// Dice coefficient of character bigrams: "zelenski" and "zelensky" are one name. A bigram is its
// two bytes in one number; the two sorted lists are merged to count the bigrams they share, each
// as often as both have it.
double bigram_similarity(const std::string& x, const std::string& y) {
  if (x.size() < 2 || y.size() < 2) return x == y ? 1 : 0;
  // Words are short: their bigrams go in arrays on the stack, a longer string's on the heap.
  constexpr std::size_t kInline = 64;
  std::uint16_t inline_x[kInline], inline_y[kInline];
  std::vector<std::uint16_t> heap_x, heap_y;
  auto grams = [](const std::string& s, std::uint16_t* buffer, std::vector<std::uint16_t>& heap) {
    const std::size_t n = s.size() - 1;
    std::uint16_t* g = buffer;
    if (n > kInline) {
      heap.resize(n);
      g = heap.data();
    }
    for (std::size_t i = 0; i < n; ++i) {
      g[i] = static_cast<std::uint16_t>((static_cast<unsigned char>(s[i]) << 8) | static_cast<unsigned char>(s[i + 1]));
    }
    std::sort(g, g + n);
    return std::span<const std::uint16_t>(g, n);
  };
  const auto gx = grams(x, inline_x, heap_x), gy = grams(y, inline_y, heap_y);
  std::size_t common = 0;
  for (auto i = gx.begin(), j = gy.begin(); i != gx.end() && j != gy.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return 2.0 * double(common) / double(gx.size() + gy.size());
}

// The words of `from` that match no word of `in` by spelling. A word of one or two letters
// matches only itself: its one bigram is half of any short word ("po" of "pope").
std::vector<std::string> unmatched_words(const std::vector<std::string>& from, const std::vector<std::string>& in) {
  std::vector<std::string> out;
  auto same = [](const std::string& w, const std::string& m) { return m.size() < 3 ? w == m : bigram_similarity(w, m) >= 0.5; };
  for (const auto& w : from) {
    if (std::none_of(in.begin(), in.end(), [&](const std::string& m) { return same(w, m); })) out.push_back(w);
  }
  return out;
}

// A language's inflectional endings (conventions.tsv `endings`) in Latin letters, as name keys are
// written, for a side whose names are transliterated (`lone.latin` false): case endings of
// Russian. Empty otherwise: a name in Latin letters is compared as written.
std::vector<std::string> latin_endings(const LanguageData& lang, bool transliterated) {
  std::vector<std::string> out;
  if (!transliterated) return out;
  for (const std::string& e : lang.endings) {
    std::string k = latin_key(e);
    std::erase_if(k, [](char c) { return c < 'a' || c > 'z'; });
    if (!k.empty() && std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
  }
  return out;
}

// A name word's key and its stems: without each ending that leaves three letters or more
// ("dzonu" -> "dzon", "buratskogo" -> "buratsk").
std::vector<std::string> stems_of(const std::string& w, const std::vector<std::string>& endings) {
  std::vector<std::string> out{w};
  for (const std::string& e : endings)
    if (w.size() >= e.size() + 3 && w.ends_with(e)) out.push_back(w.substr(0, w.size() - e.size()));
  return out;
}

// How much a difference of values weighs across languages. A value replaced by another, or a
// number written in digits on one side only, is a fact changed or lost. What only one side has
// and the other may say in words no number reader sees is the translator's phrasing, minor:
// number words ("both" for "die beiden", "twice" for "в два раза", "premier" for "Den Anfang
// machte"), a month named alone ("lipcowym" for "July", English "May" being no month word), and
// a digit one in a language whose numbers claimdiff reads as digits and counters only (the
// article of "a sailor" for "同僚船員１人"); elsewhere "1 person died" states a count.
// `a_counts`, `b_counts`: whether each side's language is such.
Severity values_severity(const std::vector<Value>& a, const std::vector<Value>& b, bool a_counts, bool b_counts) {
  std::vector<Value> left = a, right = b;
  for (auto x = left.begin(); x != left.end();) {
    auto y = std::find_if(right.begin(), right.end(), [&](const Value& v) { return same_values({*x}, {v}); });
    if (y == right.end()) {
      ++x;
    } else {
      right.erase(y);
      x = left.erase(x);
    }
  }
  auto phrasing = [](const Value& x, bool counts) {
    return x.from_words || (x.kind == Value::Kind::Date && std::fmod(x.number, 100) == 0) || (counts && x.kind == Value::Kind::Number && x.number == 1);
  };
  auto words_only = [&](const std::vector<Value>& v, bool counts) {
    return std::all_of(v.begin(), v.end(), [&](const Value& x) { return phrasing(x, counts); });
  };
  const bool one_sided = left.empty() || right.empty();
  return one_sided && words_only(left, a_counts) && words_only(right, b_counts) ? Severity::Minor : Severity::Major;
}

// Claim checks across languages (no word diff is possible): numbers that differ or vanish,
// person names missing on one side, a quotation on one side only, negation on one side only.
std::vector<Change> cross_language_changes(Facts a, Facts b, const LanguageData& la, const LanguageData& lb) {
  std::vector<Change> out;
  // Number words count only where both languages have them ("first" has no counterpart in a
  // language claimdiff cannot read words of). They still answer the other side's digits ("2つ",
  // "two"): a value matched so is the same on both sides, and only number words left unmatched
  // are set aside.
  auto reads_words = [](const LanguageData& l) {
    return std::any_of(l.numbers.begin(), l.numbers.end(), [](const auto& e) { return e.second.kind == NumberWord::Kind::Cardinal; });
  };
  const bool a_counts = !reads_words(la), b_counts = !reads_words(lb);
  if (!reads_words(la) || !reads_words(lb)) {
    // A number word answers a value of the other side that no digits of its own side answer
    // already ("5 + 1 format, no one can" against "5+1"): the digits pair first.
    auto count = [](const std::vector<Value>& values, const Value& w, bool digits_only) {
      return std::count_if(values.begin(), values.end(), [&](const Value& u) { return (!digits_only || !u.from_words) && same_values({w}, {u}); });
    };
    for (auto [x, y] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
      for (auto w = x->values.begin(); w != x->values.end();) {
        const bool unanswered = w->from_words && count(x->values, *w, true) < count(y->values, *w, false);
        auto v = unanswered ? std::find_if(y->values.begin(), y->values.end(), [&](const Value& u) { return same_values({*w}, {u}); })
                            : y->values.end();
        if (v == y->values.end()) {
          ++w;
        } else {
          y->values.erase(v);
          w = x->values.erase(w);
        }
      }
    }
    for (Facts* f : {&a, &b}) std::erase_if(f->values, [](const Value& v) { return v.from_words; });
  }
  // A date one language writes as a month name and the other in digits ("7月19日", "July 19")
  // is the same date; a time one writes with hour and minute words ("в 17 часов 47 минут") and
  // the other on a clock ("5:47 PM") the same time.
  for (auto [x, y] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
    for (const Value& d : std::vector<Value>(x->values)) {
      // A time on the hour is its hour wherever the other language leaves the clock unsaid or
      // writes it as a bare number ("13 Uhr", "13h").
      if (d.kind == Value::Kind::Time && std::fmod(d.number, 60) == 0 &&
          std::none_of(y->values.begin(), y->values.end(), [&](const Value& v) { return same_values({d}, {v}); })) {
        auto hour = std::find_if(y->values.begin(), y->values.end(), [&](const Value& v) {
          return v.kind == Value::Kind::Number && v.number == d.number / 60;
        });
        if (hour != y->values.end()) *hour = d;
        continue;
      }
      const double unit = d.kind == Value::Kind::Date ? 100 : 60;
      if (d.kind == Value::Kind::Number || std::fmod(d.number, unit) == 0) continue;
      const double whole = std::floor(d.number / unit), part = d.number - whole * unit;
      auto hi = std::find_if(y->values.begin(), y->values.end(), [&](const Value& v) { return v.kind == Value::Kind::Number && v.number == whole; });
      if (hi == y->values.end()) continue;
      auto lo = std::find_if(y->values.begin(), y->values.end(), [&](const Value& v) {
        return v.kind == Value::Kind::Number && v.number == part && &v != &*hi;
      });
      if (lo == y->values.end()) continue;
      Value date = d;
      const auto first = std::min(hi, lo), second = std::max(hi, lo);
      y->values.erase(second);
      y->values.erase(first);
      y->values.push_back(date);
    }
  }
  // A decade one language writes by its last two digits ("les années 70", "los 90") is the one
  // the other writes in full as a decade ("the 1970s") when nothing else answers either; a year
  // ("in 1945") answers no other number ("à 45 ans").
  for (auto [x, y] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
    auto written_as_decade = [](const Facts& f, double n) { return std::find(f.decades.begin(), f.decades.end(), n) != f.decades.end(); };
    auto holds = [](const std::vector<Value>& values, double n) {
      return std::any_of(values.begin(), values.end(), [&](const Value& v) { return v.kind == Value::Kind::Number && v.number == n; });
    };
    for (Value& d : x->values) {
      if (d.kind != Value::Kind::Number || d.from_words || d.number < 10 || d.number >= 100 || std::fmod(d.number, 1) != 0 || holds(y->values, d.number) ||
          !written_as_decade(*x, d.number)) {
        continue;
      }
      for (const double full : {1900 + d.number, 2000 + d.number}) {
        if (holds(y->values, full) && !holds(x->values, full) && written_as_decade(*y, full)) {
          d.number = full;
          break;
        }
      }
    }
  }
  // A slash form read by one language's order of day and month ("1/8") takes its other reading
  // (the other order, or a fraction: "1/8 финала" / "1/8 final", "1/2 площади" / "half") when
  // the other side holds that and not the first.
  for (auto [x, y] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
    auto holds = [](const std::vector<Value>& values, Value::Kind kind, double n) {
      return std::any_of(values.begin(), values.end(), [&](const Value& v) { return v.kind == kind && same_values({v}, {Value{kind, n}}); });
    };
    for (Value& d : x->values) {
      if ((d.other_order == 0 && d.fraction == 0) || holds(y->values, d.kind, d.number)) continue;
      if (d.other_order != 0 && holds(y->values, Value::Kind::Date, d.other_order)) {
        d.number = d.other_order;
      } else if (d.fraction != 0 && holds(y->values, Value::Kind::Number, d.fraction)) {
        d.kind = Value::Kind::Number;
        d.number = d.fraction;
      }
    }
  }
  if (!same_values(a.values, b.values)) {
    out.push_back({ChangeType::Number, join_values(a.values), join_values(b.values), values_severity(a.values, b.values, a_counts, b_counts)});
  }
  // A name is kept when one of its words matches a capitalised word of the other side by
  // spelling ("Zelenski" ~ "Zelensky", "Parlamento" ~ "Parliament"). Names unmatched on both
  // sides are usually translations of each other ("Casa Blanca", "White House"): only a name
  // missing on one side alone is reported.
  auto unmatched = [](const std::vector<std::string>& from, const std::vector<std::string>& in) {
    std::vector<std::string> missing;
    for (const auto& name : from) {
      bool found = false;
      std::istringstream words(name);
      for (std::string w; !found && words >> w;) {
        if (w.size() < 3) continue;
        found = std::any_of(in.begin(), in.end(), [&](const std::string& m) { return bigram_similarity(w, m) >= 0.5; });
      }
      if (!found) missing.push_back(name);
    }
    return missing;
  };
  // The words of a name kept by its other words that the other side does not spell: a word
  // glued to a person's name stands apart ("глава Минздрава Михаил Мурашко": "Минздрава" is
  // the "Health Ministry" of "Health Ministry head Mikhail Murashko").
  auto leftover_words = [](const std::vector<std::string>& names, const std::vector<std::string>& in) {
    std::size_t n = 0;
    for (const auto& name : names) {
      std::vector<std::string> words;
      std::istringstream split(name);
      for (std::string w; split >> w;) words.push_back(w);
      const std::size_t left = unmatched_words(words, in).size();
      if (left > 0 && left < words.size()) n += left;
    }
    return n;
  };
  // An acronym of one side that the other does not spell is usually the name the other side
  // spells out, with initials of its own language ("КНДР", "North Korea"; "ЦБ", "Central Bank").
  // So is a capitalised word standing alone inside a sentence: languages that capitalise only a
  // name's first word ("Северного флота", "la Cour fédérale") or clip it into one ("Минобороны")
  // write there what the other spells as a name ("Northern Fleet", "Defense Ministry"), but
  // only a name of common words, which translators translate, or one opening the sentence, which
  // may be a common noun before a name of one word (Facts::opening_names: "Группа Кайманов", "The
  // group of Caymans"); other names are spelt alike in every language, and one put for a word of
  // the source is a name replaced. Each stands for one
  // name: names missing beyond that many are reported.
  // Where capitalised words stand in (`proper_words` > 0), an English name that says what it
  // names ("Russian Navy") needs none: its words are translated one by one.
  auto explained = [](const std::vector<std::string>& missing, const Facts& from, std::size_t acronyms, std::size_t proper_words) {
    std::string out;
    auto listed = [](const std::vector<std::string>& list, const std::string& name) {
      return std::find(list.begin(), list.end(), name) != list.end();
    };
    std::size_t common = 0, described = 0;
    for (const auto& name : missing) {
      if (listed(from.titles, name)) ++described;
      else if (proper_words > 0 && listed(from.described, name)) ++described;
      else if (listed(from.common_names, name) || listed(from.opening_names, name)) ++common;
    }
    if (missing.size() - described <= acronyms + std::min(common, proper_words)) return out;
    for (const auto& name : missing)
      if (!listed(from.titles, name)) out += (out.empty() ? "" : ", ") + name;
    return out;
  };
  // Names missing on both sides are translations of each other, whatever stands in for them; a
  // capitalised word stands in only for a side's names missing alone.
  // A name of a transliterated side is found by its stems too, case endings off ("Усть-Ордынского
  // Бурятского округа", "Ust-Orda Buryat Okrug": "buratsk" ~ "buryat"), and a name of the other
  // side finds those stems ("Джорджа Флойда", "George Floyd": "floyd" ~ "flojd"), so that a name
  // is found both ways or neither.
  auto unmatched_stems = [&](const std::vector<std::string>& from, const Facts& from_facts, const LanguageData& from_lang,
                             const std::vector<std::string>& in, const Facts& in_facts, const LanguageData& in_lang) {
    const auto from_endings = latin_endings(from_lang, !from_facts.lone.latin), in_endings = latin_endings(in_lang, !in_facts.lone.latin);
    auto missing = unmatched(from, in);
    if (from_endings.empty() && in_endings.empty()) return missing;
    std::vector<std::string> in_stems;
    for (const std::string& m : in) {
      const auto stems = stems_of(m, in_endings);
      in_stems.insert(in_stems.end(), stems.begin(), stems.end());
    }
    std::erase_if(missing, [&](const std::string& name) {
      std::istringstream words(name);
      for (std::string w; words >> w;) {
        if (w.size() < 3) continue;
        // An English possessive is no part of the name ("St. Peter's Square", "площади Святого Петра").
        for (const char* possessive : {"'s", "\u2019s"})
          if (w.ends_with(possessive)) w.resize(w.size() - std::char_traits<char>::length(possessive));
        for (const std::string& x : stems_of(w, from_endings))
          if (std::any_of(in_stems.begin(), in_stems.end(), [&](const std::string& m) { return bigram_similarity(x, m) >= 0.5; })) return true;
      }
      return false;
    });
    return missing;
  };
  auto missing_a = unmatched_stems(a.names, a, la, b.capitalised, b, lb), missing_b = unmatched_stems(b.names, b, lb, a.capitalised, a, la);
  // A name whose words the source language's dictionary translates, every content word of it, by
  // words of English names of the other side still open (below) is that name translated,
  // whatever the inflection ("Afryce Zachodniej", "West Africa"; "Deklaracji Niepodległości",
  // "Declaration of Independence"): neither is missing. Each English name answers one source
  // name. A name dropped or replaced leaves a word no English name renders ("Morze Czarne" against
  // "Black Lives Matter").
  auto rendered = [&](const Facts& source, std::vector<std::string>& missing, const Facts& en, std::vector<std::string>& en_missing,
                      const LanguageData& source_lang) {
    std::vector<std::string> taken;  // English names that answered a source name already
    // Candidates: English names not yet taken, save those every word of which another source
    // name spells ("Black Lives Matter" on both sides): that one is paired already. A word
    // spelt alike elsewhere in the sentence pairs nothing ("West", "jest").
    auto split = [](const std::string& name) {
      std::istringstream in(name);
      return std::vector<std::string>{std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()};
    };
    std::vector<std::string> source_names = source.names;
    source_names.insert(source_names.end(), source.lone.names.begin(), source.lone.names.end());
    auto candidates = [&](const std::string& name) {
      std::vector<std::string> english;
      for (const auto* list : {&en.names, &en.lone.names}) {
        for (const std::string& e : *list) {
          const auto words = split(e);
          const bool paired = std::any_of(source_names.begin(), source_names.end(), [&](const std::string& other) {
            return other != name && unmatched(words, split(other)).empty();
          });
          if (!paired && std::find(taken.begin(), taken.end(), e) == taken.end() && std::find(english.begin(), english.end(), e) == english.end()) english.push_back(e);
        }
      }
      return english;
    };
    std::erase_if(missing, [&](const std::string& name) {
      const auto at = std::find(source.names.begin(), source.names.end(), name);
      if (at == source.names.end()) return false;
      const auto& written = source.name_words[static_cast<std::size_t>(at - source.names.begin())];
      const auto english = candidates(name);
      const auto used = rendering_names(written, english, source_lang);
      if (!used) return false;
      for (const std::size_t k : *used) {
        std::erase(en_missing, english[k]);
        taken.push_back(english[k]);
      }
      return true;
    });
    // A source name of one word the English does not spell answers the English name that renders
    // it the same way ("Afroamerykanów", "African Americans"): that one is no name gained.
    for (const std::string& name : unmatched(source.lone.names, en.capitalised)) {
      const auto at = std::find(source.lone.names.begin(), source.lone.names.end(), name);
      const auto english = candidates(name);
      const auto used = rendering_names(source.lone.written[static_cast<std::size_t>(at - source.lone.names.begin())], english, source_lang);
      if (!used) continue;
      for (const std::size_t k : *used) {
        std::erase(en_missing, english[k]);
        taken.push_back(english[k]);
      }
    }
  };
  if (la.code != "en" && lb.code == "en" && !missing_a.empty()) rendered(a, missing_a, b, missing_b, la);
  if (lb.code != "en" && la.code == "en" && !missing_b.empty()) rendered(b, missing_b, a, missing_a, lb);
  // An English name of common words only describes what it names where the other side renders
  // one of its words, or writes no name of its own the English lacks ("lugares del patrimonio de
  // la humanidad", "World Heritage Sites"); otherwise it stands for that other name ("die
  // Financial Times", "the Daily Mail"; "Syriza", "Golden Dawn").
  auto describe = [&](Facts& en, const std::vector<std::string>& missing, const Facts& other, const LanguageData& other_lang) {
    const bool other_name = !unmatched(other.lone.names, en.capitalised).empty();
    for (const auto& name : missing) {
      if (std::find(en.word_names.begin(), en.word_names.end(), name) != en.word_names.end() &&
          (!other_name || renders_a_word_of(name, other.words, other_lang))) {
        en.described.push_back(name);
      }
    }
  };
  if (la.code == "en" && lb.code != "en") describe(a, missing_a, b, lb);
  if (lb.code == "en" && la.code != "en") describe(b, missing_b, a, la);
  // A title quoted whole goes unreported only where the other side has what may translate it: a
  // quotation or an unmatched name ("Руки Вверх", "Hands Up"). Against English, where the
  // source's dictionary can tell, that one must render every content word of the source's title
  // or be spelt alike: a title swapped for another is a name replaced ("Skarb narodów", "Indiana
  // Jones").
  auto answer_titles = [&](Facts& side, const std::vector<std::string>& missing, const LanguageData& lang, const Facts& other,
                           const std::vector<std::string>& other_missing, const LanguageData& other_lang) {
    auto split = [](const std::string& name) {
      std::istringstream in(name);
      return std::vector<std::string>{std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()};
    };
    std::vector<std::vector<std::string>> answers;  // the other side's quotations and unmatched names, as written
    for (const auto& q : other.quotations)
      if (!q.empty()) answers.push_back(q);
    for (const auto& n : other_missing) {
      const auto at = std::find(other.names.begin(), other.names.end(), n);
      if (at != other.names.end()) answers.push_back(other.name_words[static_cast<std::size_t>(at - other.names.begin())]);
    }
    for (const auto& n : unmatched(other.lone.names, side.capitalised)) {
      const auto at = std::find(other.lone.names.begin(), other.lone.names.end(), n);
      answers.push_back(other.lone.written[static_cast<std::size_t>(at - other.lone.names.begin())]);
    }
    auto keys = [](const std::vector<std::string>& written) {
      std::string out;
      for (const std::string& w : written) out += (out.empty() ? "" : " ") + latin_key(lower(w));
      return out;
    };
    std::erase_if(side.titles, [&](const std::string& title) {
      if (std::find(missing.begin(), missing.end(), title) == missing.end()) return false;
      if (answers.empty()) return true;
      const bool english_title = lang.code == "en" && other_lang.code != "en" && source_dictionary_ready(other_lang.code);
      const bool source_title = lang.code != "en" && other_lang.code == "en" && source_dictionary_ready(lang.code);
      if (!english_title && !source_title) return false;
      const auto at = std::find(side.names.begin(), side.names.end(), title);
      const auto& written = side.name_words[static_cast<std::size_t>(at - side.names.begin())];
      return std::none_of(answers.begin(), answers.end(), [&](const std::vector<std::string>& answer) {
        if (unmatched(split(title), split(keys(answer))).empty()) return true;
        return english_title ? rendering_names(answer, {title}, other_lang).has_value()
                             : rendering_names(written, {keys(answer)}, lang).has_value();
      });
    });
  };
  answer_titles(a, missing_a, la, b, missing_b, lb);
  answer_titles(b, missing_b, lb, a, missing_a, la);
  const std::size_t acronyms_a = unmatched_words(a.acronyms, b.capitalised).size();
  const std::size_t acronyms_b = unmatched_words(b.acronyms, a.capitalised).size();
  std::string lost = explained(missing_a, a, acronyms_b, 0), gained = explained(missing_b, b, acronyms_a, 0);
  if (lost.empty() != gained.empty()) {
    lost = explained(missing_a, a, acronyms_b, unmatched_words(b.proper_words, a.capitalised).size() + leftover_words(b.names, a.capitalised));
    gained = explained(missing_b, b, acronyms_a, unmatched_words(a.proper_words, b.capitalised).size() + leftover_words(a.names, b.capitalised));
  }
  // English names that say what they name ("Swedish Championship", "Northern Fleet") are
  // translated word by word, not spelled alike: missing alone, they prove nothing. They still
  // answer a name of the other side ("Guerra Fría", "Cold War").
  auto copied = [](const std::vector<std::string>& names, const Facts& f) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& n) {
      return std::find(f.described.begin(), f.described.end(), n) == f.described.end();
    });
  };
  const bool reported = lost.empty() ? copied(missing_b, b) : copied(missing_a, a);
  // A script without capitals (Han, Devanagari) marks no names: there is nothing to compare.
  if (a.cased && b.cased && lost.empty() != gained.empty() && reported) out.push_back({ChangeType::Entity, lost, gained, Severity::Major});
  // Against a source in Devanagari, a script without capitals, which marks no names:
  // each word of an English name that is no common word, no place (places have exonyms: "भारत",
  // "India"), no word English capitalises by rule ("Wednesday") nor a slip of the keyboard, with
  // three consonants or more (fewer match anything), must be spelt by the consonants of some source word
  // in Latin letters ("Plibersek", "प्लिबरसेक"); one that none spells is a name the source lacks.
  if ((la.code == "en") != (lb.code == "en")) {
    const bool english_is_a = la.code == "en";
    const Facts& english = english_is_a ? a : b;
    const Facts& source = english_is_a ? b : a;
    // Only a Devanagari source, the script the check was measured on, whose spelling follows a
    // name's sounds letter by letter. Han and kana give their own sounds to a foreign name
    // ("格里沃里", Grigory), and Arabic or Hangul write other consonants for it ("بومبيو", Pompeo,
    // with "b"; "패라지", Farage, with "p"): no skeleton of its English spelling finds those, and
    // the check would find every name missing.
    auto script_of = [](const std::string& word) {
      const icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
      UErrorCode status = U_ZERO_ERROR;
      return u.isEmpty() ? USCRIPT_INVALID_CODE : uscript_getScript(u.char32At(0), &status);
    };
    auto other_script = [&](const std::string& word) {
      const UScriptCode script = script_of(word);
      return script != USCRIPT_DEVANAGARI && script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED;
    };
    const bool devanagari = std::any_of(source.words.begin(), source.words.end(), [&](const std::string& w) { return script_of(w) == USCRIPT_DEVANAGARI; }) &&
                            std::none_of(source.words.begin(), source.words.end(), other_script);
    if (english.cased && !source.cased && english_lexicon_ready() && devanagari) {
      std::vector<std::string> skeletons;
      for (const std::string& w : source.lone.words) skeletons.push_back(consonants(w, false));
      std::string unspelt;
      for (const std::string& name : english.lone.names) {
        std::istringstream in(name);
        for (std::string w; in >> w;) {
          if (w.ends_with("'s")) w.resize(w.size() - 2);
          const std::string k = consonants(w, true);
          if (k.size() < 3 || common_english_word(w) || english_place(w) || english_capital_not_name(w) || misspelt_english(w, english_is_a ? la : lb)) continue;
          if (std::none_of(skeletons.begin(), skeletons.end(), [&](const std::string& s) { return skeletons_alike(k, s); })) {
            unspelt += (unspelt.empty() ? "" : ", ") + w;
          }
        }
      }
      if (!unspelt.empty()) out.push_back({ChangeType::Entity, english_is_a ? unspelt : "", english_is_a ? "" : unspelt, Severity::Major});
    }
  }
  // Names of one word, against an English side: dropped, or replaced by a name nothing renders.
  const bool entity = !out.empty() && out.back().type == ChangeType::Entity;
  if (!entity && a.cased && b.cased && (la.code == "en") != (lb.code == "en")) {
    const bool english_is_a = la.code == "en";
    const Facts& source = english_is_a ? b : a;
    const Facts& english = english_is_a ? a : b;
    const LanguageData& source_lang = english_is_a ? lb : la;
    // A name of the source inflected for case is still the name the English writes in its
    // dictionary form ("Джону Льюису", "Бурятского", "Ивановой": "John Lewis", "Buryat",
    // "Ivanova"): a source word is also compared without each of its language's inflectional
    // endings (conventions.tsv `endings`, in Latin letters as the keys are) that leaves three
    // letters or more. The stem must still be spelt alike, so another name stays another
    // ("Маша", "Misha": "mas" shares nothing with "misha").
    const std::vector<std::string> endings = latin_endings(source_lang, !source.lone.latin);
    const std::unordered_set<std::string> source_keys(source.lone.words.begin(), source.lone.words.end());
    auto forms = [&](const std::string& w) { return source_keys.count(w) != 0 ? stems_of(w, endings) : std::vector<std::string>{w}; };
    const auto alike = [&](const std::string& w, const std::vector<std::string>& in) {
      if (unmatched_words({w}, in).empty()) return true;
      if (endings.empty()) return false;
      const auto own = forms(w);
      return std::any_of(in.begin(), in.end(), [&](const std::string& m) {
        const auto other = forms(m);
        for (const std::string& x : own)
          for (const std::string& y : other)
            if ((x != w || y != m) && unmatched_words({x}, {y}).empty()) return true;
        return false;
      });
    };
    // The English words the source's dictionary translates its words outside names by ("brytyjskie",
    // "Montag": "British", "Monday"), read once when asked.
    std::optional<std::vector<std::string>> lower_translations;
    auto translated = [&](const std::string& word) {
      if (!lower_translations) {
        std::vector<std::string> common;
        for (const std::string& w : source.words) {
          const bool named = std::any_of(source.lone.written.begin(), source.lone.written.end(), [&](const std::vector<std::string>& name) {
            return std::find(name.begin(), name.end(), w) != name.end();
          });
          if (!named) common.push_back(w);
        }
        lower_translations = dictionary_translations(common, source_lang.code);
      }
      return std::binary_search(lower_translations->begin(), lower_translations->end(), word);
    };
    auto c = lone_name_change(source.lone, english.lone, english_is_a ? la : lb, alike, english_is_a, translated);
    // A name the source's dictionary translates by a word of an English name is that name,
    // inflected and translated ("Niemczech", "Germany"), not one lost; so is a word it translates
    // by an English word in lower case.
    // The English name is then taken: it renders no other.
    if (c) {
      NameWords kept = source.lone, kept_english = english.lone;
      kept.names.clear();
      kept.written.clear();
      for (std::size_t i = 0; i < source.lone.names.size(); ++i) {
        const auto translations = dictionary_translations(source.lone.written[i], source_lang.code);
        auto& taken = kept_english.names;
        const auto it = std::find_if(taken.begin(), taken.end(), [&](const std::string& e) { return renders_name(e, translations); });
        if (it != taken.end()) {
          taken.erase(it);
          continue;
        }
        // A common word the source capitalises (Italian "vari Paesi", "various countries") is
        // translated by a word the English writes in lower case.
        if (std::any_of(english.lone.words.begin(), english.lone.words.end(), [&](const std::string& w) { return renders_name(w, translations); })) continue;
        kept.names.push_back(source.lone.names[i]);
        kept.written.push_back(source.lone.written[i]);
      }
      if (kept.names.size() != source.lone.names.size()) c = lone_name_change(kept, kept_english, english_is_a ? la : lb, alike, english_is_a, translated);
    }
    if (c) out.push_back(std::move(*c));
  }
  // A person's gender turned against an English side: one side's pronouns say only "he", the
  // other's only "she" ("er", "она" against "she"; "il" against "he" and "she" proves nothing).
  // Only English writes "he" and "she" for persons alone: between two languages that give every
  // noun a gender, "er" and "elle" may both be a thing ("der Plan", "la loi"). Only where the
  // source's pronouns tell a gender apart from everything else (gendered_pronouns.tsv: German
  // "sie" is also "they"); a source that drops its pronouns ("dijo") tells nothing.
  const bool english_pair = (la.code == "en") != (lb.code == "en");
  const bool genders_known = !(la.code == "en" ? la.pronouns : la.gendered_pronouns).empty() && !(lb.code == "en" ? lb.pronouns : lb.gendered_pronouns).empty();
  // German "er", Russian "он", Polish "go" stand for masculine nouns as often as for men ("der
  // Plan ... er", "закон ... он"): English renders such a pronoun as "it", "its" or a relative
  // "which". So the change needs an English side with none of those, unless the source's
  // gendered pronouns stand for persons only (conventions.tsv: Chinese "他"; things are "它").
  const Facts& en_side = la.code == "en" ? a : b;
  const LanguageData& src_lang = la.code == "en" ? lb : la;
  if (english_pair && genders_known && a.male != a.female && b.male != b.female && a.male != b.male && (!en_side.thing || src_lang.pronouns_persons_only)) {
    out.push_back({ChangeType::Pronoun, a.male ? "he" : "she", b.male ? "he" : "she", Severity::Major});
  }
  // Direct speech on one side only: the other side has no quotation at all. Languages quote
  // titles and terms by different conventions, so a short quotation there is the same one.
  if (a.quoted != b.quoted && !(a.quoted ? b.marked : a.marked)) out.push_back({ChangeType::Quote, a.quoted ? "quoted" : "", b.quoted ? "quoted" : "", Severity::Major});
  // Negation on one side only: a grammatical negator there, and no negator of any kind on the
  // other. A lexical negator ("sans participation", "ohne", "kaum") renders a grammatical one as
  // often as not ("es gibt keine Beteiligung"), and alone proves nothing either way.
  // An implied negation ("impossible") answers only beyond those the negated side holds itself:
  // "impossible" -> "impossible not to" adds a negation.
  // Nor does one spelt like the word a negator of the other side stands before: that side
  // negates the same verb ("не игнорировал", "non ha ignorato" against "ignored"), a litotes.
  auto negated_only = [](const Facts& x, const Facts& y) {
    const auto litotes = static_cast<std::size_t>(std::count_if(y.implied_words.begin(), y.implied_words.end(), [&](const std::string& w) {
      return std::any_of(x.negated_words.begin(), x.negated_words.end(), [&](const std::string& n) { return n.size() > 3 && bigram_similarity(w, n) >= 0.5; });
    }));
    const std::size_t answering = y.implied_negations > litotes ? y.implied_negations - litotes : 0;
    const std::size_t implied = answering > x.implied_negations ? answering - x.implied_negations : 0;
    return x.negations > 0 && y.negations + y.lexical_negations + implied == 0;
  };
  if (!la.negations.empty() && !lb.negations.empty() && (negated_only(a, b) || negated_only(b, a))) {
    out.push_back({ChangeType::Negation, a.negations ? "negated" : "", b.negations ? "negated" : "", Severity::Major});
  }
  return out;
}

}  // namespace

std::vector<Claim> classify_across(const Document& base, const Document& other, const std::vector<Bead>& beads,
                                   const LanguageData& base_lang, const LanguageData& other_lang,
                                   const SentenceValues* base_values, const SentenceValues* other_values) {
  base_values = values_of(base_values, base);
  other_values = values_of(other_values, other);
  std::vector<Claim> claims;
  std::optional<CommonWords> base_common, other_common;
  if (base_lang.nouns_capitalised) base_common.emplace(base, base_lang);
  if (other_lang.nouns_capitalised) other_common.emplace(other, other_lang);
  auto usable = [](const std::optional<CommonWords>& c) { return c && c->ready() ? &*c : nullptr; };
  for (const Bead& bead : beads) {
    Claim c;
    c.base = bead.base;
    c.other = bead.other;
    if (bead.base.empty() || bead.other.empty()) {
      c.kind = bead.base.empty() ? ClaimKind::Added : ClaimKind::Removed;
      if (!bead.base.empty() || !bead.other.empty()) claims.push_back(std::move(c));
      continue;
    }
    c.similarity = bead.similarity;  // the alignment's confidence: nothing is word-for-word here
    c.changes = cross_language_changes(facts_of(base, bead.base, base_lang, usable(base_common), base_values, other_lang.code == "en"),
                                       facts_of(other, bead.other, other_lang, usable(other_common), other_values, base_lang.code == "en"),
                                       base_lang, other_lang);
    append_content_changes(c.changes, base, bead.base, other, bead.other, base_lang, other_lang);
    c.severity = claim_severity(c.changes);
    c.kind = claim_kind(bead, !c.changes.empty());
    claims.push_back(std::move(c));
  }
  return claims;
}

}  // namespace claimdiff::detail
