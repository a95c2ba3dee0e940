// Content across languages, where words cannot be diffed. Two signs need no word alignment:
//
// - An untranslated word: a word of the source copied verbatim into the English that is no English
//   word (WordNet's index and exception lists, after its detachment rules, and the function words)
//   and no part of a name. Names are copied across languages, so a word the source capitalises as
//   a name may be proves nothing, nor do words copied with a name ("von der Leyen", "Lietuvos
//   rytas"). A noun the source capitalises by grammar ("die Trophäe") counts where the source
//   language's FreeDict dictionary lists it, and a word the English capitalises, the source writes
//   in lower case and neither dictionary knows is a loan both write ("Smalahove"), but at the
//   sentence's start only when it holds a letter the source writes in loans alone ("Rakfisk"). In
//   another script ("команда", "拘留") the copied word is untranslated whatever it is.
// - Scrambled words: English function words side by side in an order the grammar never writes
//   (an article before a preposition, "the had"; data/lang/en/word_order.tsv). One such pair is a
//   slip, two adjacent words swapped (a minor error); two or more in one sentence mean its words
//   are scrambled (MQM grades garbled text critical). One pair after an article that no swap of
//   two neighbours mends ("in the of the", "the is bordered") is a word dropped: a garbled claim
//   too, and so is a statement opening with a finite "be" before no noun phrase ("Was robbed by
//   pirates") or "was", "is", "are" before an article or a possessive ("Was the last game for the
//   club."), whose subject is gone, unless a reporting clause or an ellipsis ends it (a question
//   written without "?": "Was the plan a success, she wondered."), and a preposition before a
//   comma ("common of, which has"), unless it ends its phrase there (an adverb too, "Shortly
//   after,"; stranded, "the village he grew up in,"; see `stranded`). A swap moves words, not
//   punctuation, and a slip moves a noun or a number out of its phrase ("the of maintenance the"): a verb or an
//   adverb next to the gap was not moved there. An article before a word WordNet lists only as a
//   verb is no such sign: a noun shifted to its verb ("the develop") is a minor slip.
//
// Left out: words dropped or added with no counterpart. FreeDict's dictionaries leave content
// words of faithful news sentences without a listed counterpart (inflections, compounds,
// paraphrase), so one word more or less cannot be told from that noise (bench/README.md).

#include "classify/cross_content.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "classify/name_senses.hpp"
#include "classify/word_relations.hpp"
#include "classify/words.hpp"
#include "claimdiff/text.hpp"
#include "resources/index_lower.hpp"
#include "resources/mapped_file.hpp"
#include "resources/sorted_lines.hpp"

namespace claimdiff::detail {
namespace {

// English words as WordNet lists them: its four index files (lemmas) and four exception lists
// (irregular forms, "went"), mapped and searched in place.
class EnglishLexicon {
 public:
  explicit EnglishLexicon(const std::string& dir) {
    if (dir.empty()) return;
    std::size_t i = 0;
    for (const char* pos : {"noun", "verb", "adj", "adv"}) {
      files_[i++] = std::make_unique<MappedFile>(dir + "/index." + pos);
      files_[i++] = std::make_unique<MappedFile>(dir + "/" + pos + ".exc");
    }
    ok_ = std::all_of(files_.begin(), files_.end(), [](const auto& f) { return f->ok(); });
    data_noun_ = std::make_unique<MappedFile>(dir + "/data.noun");
    ok_ = ok_ && data_noun_->ok();
  }
  bool ok() const { return ok_; }
  // Whether a lowercase word is an adjective lemma ("swedish", "northern").
  bool adjective(const std::string& word) const { return ok_ && sorted_lines_hold(files_[4]->text(), word, ' '); }
  // Whether WordNet lists a lowercase word as an adjective and as nothing else, nor any form of it
  // ("famous"; not "used", a form of the verb "use", nor "light").
  bool only_adjective(const std::string& word) const {
    if (!adjective(word)) return false;
    for (const std::string& form : english_lemmas(word)) {
      for (std::size_t i : {0, 1, 2, 3, 6, 7}) {
        if (sorted_lines_hold(files_[i]->text(), form, ' ')) return false;
      }
    }
    return true;
  }
  // Whether a lowercase word is an adverb lemma ("after", "on", "off").
  bool adverb(const std::string& word) const { return ok_ && sorted_lines_hold(files_[6]->text(), word, ' '); }
  // Whether a lowercase word is a past form of a verb: an irregular one WordNet's exception list
  // gives ("dealt", "taken") or one in "-ed" of a verb it lists ("agreed").
  bool past_form(const std::string& word) const {
    if (!ok_) return false;
    if (sorted_lines_hold(files_[3]->text(), word, ' ')) return true;
    if (!word.ends_with("ed")) return false;
    for (const std::string& form : english_lemmas(word)) {
      if (form != word && sorted_lines_hold(files_[2]->text(), form, ' ')) return true;
    }
    return false;
  }
  // Whether a lowercase noun lemma (words joined by "_": "south_africa") is one WordNet lists.
  bool noun(const std::string& lemma) const { return ok_ && sorted_lines_hold(files_[0]->text(), lemma, ' '); }
  // Whether WordNet writes a noun in lowercase in one of its senses ("lion", "fleet"), not only as
  // a proper name ("Sinatra", "Africa").
  bool common_noun(const std::string& word) const {
    return any_sense(word, [&](int, const std::vector<std::string>& written) {
      return std::find(written.begin(), written.end(), word) != written.end();
    });
  }
  // Whether a noun lemma ("south_africa") names, in one of its senses, something other than a
  // person: WordNet files persons in lexicographer file 18 (noun.person).
  bool names_no_person(const std::string& lemma) const {
    return any_sense(lemma, [](int file, const std::vector<std::string>&) { return file != 18; });
  }
  // Whether a noun lemma ("black_death", "cold_war") is one WordNet lists with no sense a place
  // or a person (lexicographer files 15, noun.location, and 18, noun.person).
  bool names_neither_place_nor_person(const std::string& lemma) const {
    return noun(lemma) && !any_sense(lemma, [](int file, const std::vector<std::string>&) { return file == 15 || file == 18; });
  }
  // Whether a noun lemma's first (most frequent) sense is a place or a person, WordNet's
  // lexicographer files 15 and 18 ("syria", "einstein"; not "sunday", whose second sense is the
  // evangelist Billy Sunday).
  bool first_sense_place_or_person(const std::string& lemma) const {
    const std::uint32_t offset = first_offset(lemma);
    const std::string_view data = ok_ ? data_noun_->text() : std::string_view{};
    if (offset == 0 || offset >= data.size()) return false;
    std::istringstream fields{std::string(data.substr(offset, data.find('\n', offset) - offset))};
    std::string skip;
    int file = -1;
    fields >> skip >> file;
    return file == 15 || file == 18;
  }
  // Whether a noun lemma ("new_york") names a place in one of its senses: WordNet files places
  // in lexicographer file 15 (noun.location).
  bool names_place(const std::string& lemma) const {
    return any_sense(lemma, [](int file, const std::vector<std::string>&) { return file == 15; });
  }
  // Whether a lowercase word is, as a noun in its first (most frequent) sense, someone who can
  // speak: a person (lexicographer file 18, noun.person: "senator", "officials") or a body of
  // people, a group (file 14, noun.group) under "social group" by its hypernyms ("ministry",
  // "police"; not "data", a collection).
  bool someone(const std::string& word) const {
    for (const std::string& form : english_lemmas(word)) {
      std::uint32_t offset = first_offset(form);
      if (offset == 0) continue;
      // The sense's file, then up its hypernyms (a dozen levels at most to the root).
      const std::string_view data = data_noun_->text();
      for (int depth = 0; depth < 20 && offset != 0 && offset < data.size(); ++depth) {
        std::istringstream fields{std::string(data.substr(offset, data.find('\n', offset) - offset))};
        std::string skip, count, w;
        int file = -1;
        fields >> skip >> file >> skip >> count;
        if (depth == 0 && file == 18) return true;
        if (file != 14) return false;
        const long words = std::strtol(count.c_str(), nullptr, 16);
        for (long i = 0; i < words; ++i) {
          fields >> w >> skip;
          if (w == "social_group") return true;
        }
        std::string symbol, target, pos;
        long pointers = 0;
        fields >> pointers;
        offset = 0;
        for (long i = 0; i < pointers && fields >> symbol >> target >> pos >> skip; ++i) {
          if ((symbol == "@" || symbol == "@i") && pos == "n") {
            offset = static_cast<std::uint32_t>(std::strtoul(target.c_str(), nullptr, 10));
            break;
          }
        }
      }
      return false;
    }
    return false;
  }

  // Whether a lowercase word is English: a lemma, an inflection of one, or an irregular form.
  bool has(const std::string& word) const {
    for (const std::string& form : english_lemmas(word)) {
      if (std::any_of(files_.begin(), files_.end(), [&](const auto& f) { return sorted_lines_hold(f->text(), form, ' '); })) return true;
    }
    return false;
  }
  // How WordNet writes a lowercase word: as a common word (a noun it also writes in lower case,
  // or a word of another part of speech only: "fleet", "northern") and as a name (a noun it
  // writes with a capital: "Vinson", "Perry"), judged on each of its lemmas.
  struct Cases {
    bool common = false, name = false;
  };
  Cases cases(const std::string& word) const {
    Cases out;
    bool noun = false;
    for (const std::string& form : english_lemmas(word)) {
      if (!this->noun(form)) continue;
      noun = true;
      any_sense(form, [&](int, const std::vector<std::string>& written) {
        for (const std::string& w : written) {
          if (w == form) out.common = true;
          else if (w.size() == form.size() && index_lower(w) == form) out.name = true;
        }
        return false;  // every sense counts
      });
    }
    if (!noun) out.common = has(word);
    return out;
  }

 private:
  // Whether `f(lexicographer file, words as written)` holds for a sense of the noun `lemma`: the
  // index line's synset offsets point into data.noun, whose lines read "offset lex_filenum ss_type
  // w_cnt word lex_id ...".
  template <typename F>
  bool any_sense(const std::string& lemma, const F& f) const {
    const auto line = ok_ ? sorted_line(files_[0]->text(), lemma, ' ') : std::nullopt;
    if (!line) return false;
    const std::string_view data = data_noun_->text();
    std::size_t at = line->size();
    while (at > 0 && (*line)[at - 1] == ' ') --at;  // index lines end in spaces
    while (at >= 9) {
      const std::size_t from = line->rfind(' ', at - 1);
      if (from == std::string_view::npos || at - from - 1 != 8) break;  // synset offsets have eight digits
      const std::size_t offset = std::strtoul(std::string(line->substr(from + 1, 8)).c_str(), nullptr, 10);
      at = from;
      if (offset >= data.size()) continue;
      std::istringstream fields{std::string(data.substr(offset, data.find('\n', offset) - offset))};
      std::string skip, count;
      int file = -1;
      fields >> skip >> file >> skip >> count;
      std::vector<std::string> written(static_cast<std::size_t>(std::max(0L, std::strtol(count.c_str(), nullptr, 16))));
      for (std::string& w : written) fields >> w >> skip;
      if (f(file, written)) return true;
    }
    return false;
  }

  // The data.noun offset of the first sense of a noun lemma; 0 when it is no noun.
  std::uint32_t first_offset(const std::string& lemma) const {
    const auto line = ok_ ? sorted_line(files_[0]->text(), lemma, ' ') : std::nullopt;
    if (!line) return 0;
    std::istringstream fields{std::string(*line)};
    std::string skip;
    long synsets = 0, pointers = 0;
    fields >> skip >> skip >> synsets >> pointers;
    for (long i = 0; i < pointers; ++i) fields >> skip;
    fields >> skip >> skip;  // sense_cnt tagsense_cnt
    std::string offset;
    fields >> offset;
    return static_cast<std::uint32_t>(std::strtoul(offset.c_str(), nullptr, 10));
  }

  std::array<std::unique_ptr<MappedFile>, 8> files_;  // index and exceptions of noun, verb, adj, adv
  std::unique_ptr<MappedFile> data_noun_;
  bool ok_ = false;
};

// WordNet does not change while the process runs; mapping it once serves every comparison.
const EnglishLexicon& english_lexicon() {
  static const EnglishLexicon lexicon(find_wordnet());
  return lexicon;
}

// The headwords of an installed FreeDict dictionary from one language into English, looked up in
// its dictd index in place: the index is sorted by lowercase headword, so a binary search touches
// a few pages of it and the compressed definitions are never read.
class Headwords {
 public:
  explicit Headwords(const std::string& index_path) : index_(index_path) {}
  bool ok() const { return index_.ok() && !index_.text().empty(); }
  bool has(const std::string& lower_word) const { return sorted_lines_hold(index_.text(), lower_word, '\t', index_lower); }
  // The headwords a word of an inflected language may be a form of: the word itself if listed,
  // else its stem (up to three final letters dropped, four kept) with an ending of up to three
  // letters, the whole as long as the word or one letter shorter, or no ending ("afryce": "afryka";
  // "niepodległości": "niepodległość"; a name made of a word and a suffix, "Kowalski", is no
  // "kowal"), from the fewest letters dropped that find one. At most `kLemmas` of them: a short
  // stem begins many words.
  std::vector<std::string> lemmas(std::string_view word) const {
    static constexpr std::size_t kLemmas = 4;
    // Index lines read per stem at most: a short stem ("sich", "schl") begins thousands of
    // headwords, and the cost per word must stay bounded whatever the dictionary. A lemma sorted
    // beyond them is missed, which loses a rendering, never reports one.
    static constexpr std::size_t kScanned = 64;
    const std::string lowered = index_lower(word);
    if (has(lowered)) return {lowered};
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(lowered);
    const int32_t length = u.countChar32();
    std::vector<std::string> out;
    for (int32_t drop = 1; drop <= 3 && length - drop >= 4 && out.empty(); ++drop) {
      std::string stem;
      icu::UnicodeString(u, 0, u.moveIndex32(u.length(), -drop)).toUTF8String(stem);
      std::string_view text = index_.text();
      text.remove_prefix(sorted_lines_from(text, stem, '\t', index_lower));
      for (std::size_t scanned = 0; !text.empty() && out.size() < kLemmas && scanned < kScanned; ++scanned) {
        const std::size_t eol = std::min(text.find('\n'), text.size());
        const std::string headword = index_lower(text.substr(0, std::min(text.find('\t'), eol)));
        text.remove_prefix(std::min(eol + 1, text.size()));
        if (!headword.starts_with(stem)) break;
        const int32_t letters = icu::UnicodeString::fromUTF8(headword).countChar32();
        if (letters > length - drop + 3 || (letters < length - 1 && letters != length - drop) || headword.find(' ') != std::string::npos) continue;
        if (out.empty() || out.back() != headword) out.push_back(headword);
      }
    }
    return out;
  }
  // Whether fewer than one headword in 200 holds a Latin letter (Spanish "k", "w"; Italian "j",
  // "x", "y"): a letter the language writes in borrowed words only. Counted on first use, which
  // reads the whole index once.
  bool loan_letter(char letter) const {
    std::call_once(counted_, [this] {
      std::string_view text = index_.text();
      while (!text.empty()) {
        const std::size_t eol = std::min(text.find('\n'), text.size());
        const std::string_view word = text.substr(0, std::min(text.find('\t'), eol));
        std::array<bool, 26> seen{};
        for (const char c : word) {
          const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
          if (l >= 'a' && l <= 'z') seen[static_cast<std::size_t>(l - 'a')] = true;
        }
        for (std::size_t i = 0; i < seen.size(); ++i) letters_[i] += seen[i] ? 1 : 0;
        ++words_;
        text.remove_prefix(std::min(eol + 1, text.size()));
      }
    });
    return letter >= 'a' && letter <= 'z' && letters_[static_cast<std::size_t>(letter - 'a')] * 200 < words_;
  }

 private:
  MappedFile index_;
  mutable std::once_flag counted_;
  mutable std::array<std::size_t, 26> letters_{};  // headwords holding each letter a-z
  mutable std::size_t words_ = 0;
};

// The headwords of the installed dictionary from `language` into English, mapped on first use and
// kept for the process (the files do not change while it runs); null when none is installed.
const Headwords* headwords(const std::string& language) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<Headwords>> loaded;
  const std::lock_guard<std::mutex> lock(mutex);
  auto [it, fresh] = loaded.emplace(language, nullptr);
  if (fresh) {
    if (const std::string path = find_dictionary(language, "en"); !path.empty()) {
      auto h = std::make_unique<Headwords>(path);
      if (h->ok()) it->second = std::move(h);
    }
  }
  return it->second.get();
}

// The headwords of every installed FreeDict dictionary from English ("freedict-eng-deu"): English
// words WordNet 3.0 predates ("selfie", "smartphone", "app").
const std::vector<std::unique_ptr<Headwords>>& english_headwords() {
  static const std::vector<std::unique_ptr<Headwords>> all = [] {
    std::vector<std::unique_ptr<Headwords>> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/usr/share/dictd", ec)) {
      const std::string name = entry.path().filename().string();
      if (!name.starts_with("freedict-eng-") || !name.ends_with(".index")) continue;
      auto h = std::make_unique<Headwords>(entry.path().string());
      if (h->ok()) out.push_back(std::move(h));
    }
    return out;
  }();
  return all;
}

// Whether the source language's dictionary lists a word, as written or as an inflection of a
// headword (up to three final letters dropped: "Behörden", "behörde").
// The answer depends on nothing but the word and the process's installed dictionaries: each
// worker thread memoises it (a name recurs in every claim of a story, and each lookup is up to
// four binary searches of the index), and starts over when the memo is full.
bool source_dictionary_word(std::string_view word, const std::string& language) {
  constexpr std::size_t kMaxMemo = 1 << 16;
  thread_local std::unordered_map<std::string, bool> memo;
  std::string key;
  key.reserve(language.size() + 1 + word.size());
  key.append(language).push_back('\n');
  key.append(word);
  if (auto hit = memo.find(key); hit != memo.end()) return hit->second;
  bool listed = false;
  if (const Headwords* h = headwords(language); h != nullptr) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(index_lower(word));
    for (int32_t drop = 0; drop <= 3 && u.countChar32() - drop >= 4 && !listed; ++drop) {
      std::string form;
      icu::UnicodeString(u, 0, u.moveIndex32(u.length(), -drop)).toUTF8String(form);
      listed = h->has(form);
    }
  }
  if (memo.size() >= kMaxMemo) memo.clear();
  memo.emplace(std::move(key), listed);
  return listed;
}

// Whether a word holds a letter of a script other than Latin (Cyrillic, Han, Devanagari, ...).
bool other_script(std::string_view text) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && u_isalpha(c) && script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) return true;
    i += U16_LENGTH(c);
  }
  return false;
}

// A word of three letters or more, all letters but for apostrophes inside it (an elided article
// stays on its word: "l'erosione", "d’autres").
bool letters_only(std::string_view text) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  int32_t letters = 0;
  for (int32_t i = 0; i < u.length(); i += U16_LENGTH(u.char32At(i))) {
    const UChar32 c = u.char32At(i);
    const bool inside = i > 0 && i + U16_LENGTH(c) < u.length();
    if (u_isalpha(c)) ++letters;
    else if (!(inside && (c == '\'' || c == 0x2019))) return false;
  }
  return letters >= 3;
}

bool is_quote_mark(std::string_view text) {
  const std::string folded = fold_quotes(text);
  return folded == "\"" || folded == "'" || text == "\u00AB" || text == "\u00BB";
}

std::string sentences_text(const Document& doc, const std::vector<std::uint32_t>& ids) {
  std::string out;
  for (auto id : ids) out.append(doc.text.substr(doc.sentences[id].start, doc.sentences[id].end - doc.sentences[id].start)).push_back('\n');
  return out;
}

// How the source writes a word: all in lower case, capitalised only as a noun (after an article,
// in a language that capitalises its nouns: "die Behörden"), or capitalised as a name may be.
enum class SourceCase : std::uint8_t { Lower, Noun, Name };

std::unordered_map<std::string, SourceCase> source_cases(const Document& source, const std::vector<std::uint32_t>& ids,
                                                         const LanguageData& lang) {
  std::unordered_map<std::string, SourceCase> out;
  for (auto id : ids) {
    std::string previous;
    for (const Token& t : source.sentences[id].tokens) {
      if (t.kind != TokenKind::Word) continue;
      const std::string_view text = source.token_text(t);
      // A capital after the first letter marks a brand or a unit ("iPhone", "eBay", "kWh").
      const bool inner_capital = std::any_of(std::next(text.begin()), text.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
      const SourceCase c = inner_capital ? SourceCase::Name
                           : !starts_upper(text) ? SourceCase::Lower
                           : lang.nouns_capitalised && lang.determiners.count(previous) != 0 ? SourceCase::Noun
                                                                                              : SourceCase::Name;
      std::string key = lower(text);
      auto [it, fresh] = out.emplace(key, c);
      if (!fresh) it->second = std::max(it->second, c);
      previous = std::move(key);
    }
  }
  return out;
}

}  // namespace

bool is_english_word(const std::string& key, const LanguageData& english) {
  return english.is_function_word(key) || english_lexicon().has(key) ||
         std::any_of(english_headwords().begin(), english_headwords().end(), [&](const auto& h) { return h->has(key); });
}

bool english_lexicon_ready() { return english_lexicon().ok(); }

bool source_dictionary_lists(std::string_view word, const std::string& language) { return source_dictionary_word(word, language); }

bool source_dictionary_knows(std::string_view word, const std::string& language) {
  const Headwords* h = headwords(language);
  return h == nullptr || source_dictionary_word(word, language) || !h->lemmas(word).empty();
}

bool common_english_word(const std::string& key) { return english_lexicon().cases(key).common; }

bool english_name_word(const std::string& key) { return english_lexicon().cases(key).name; }

bool english_capital_not_name(const std::string& key) {
  const EnglishLexicon& lexicon = english_lexicon();
  if (lexicon.adjective(key)) return true;
  // A noun, and no lemma of it names a place or a person first ("Syria", "Einstein").
  bool noun = false;
  for (const std::string& form : english_lemmas(key)) {
    if (!lexicon.noun(form)) continue;
    if (lexicon.first_sense_place_or_person(form)) return false;
    noun = true;
  }
  return noun;
}

bool english_someone(const std::string& key) { return english_lexicon().someone(key); }

bool english_place(const std::string& key) {
  const EnglishLexicon& lexicon = english_lexicon();
  const auto forms = english_lemmas(key);
  return std::any_of(forms.begin(), forms.end(), [&](const std::string& form) { return lexicon.names_place(form); });
}

namespace {

// The words of English sentences `en_ids` copied untranslated from `source_ids`.
std::vector<std::string> untranslated_words(const Document& en, const std::vector<std::uint32_t>& en_ids,
                                            const Document& source, const std::vector<std::uint32_t>& source_ids,
                                            const LanguageData& english, const LanguageData& source_lang) {
  const std::string source_text = sentences_text(source, source_ids);
  const auto cases = source_cases(source, source_ids, source_lang);
  auto case_of = [&](const Token& t) {
    const auto it = t.kind == TokenKind::Word ? cases.find(lower(en.token_text(t))) : cases.end();
    return it == cases.end() ? std::optional<SourceCase>() : std::optional<SourceCase>(it->second);
  };
  auto english_word = [&](const std::string& key) { return is_english_word(key, english); };
  // A word the English capitalises and the source writes in lower case ("the Rakfisk season" /
  // "la temporada del rakfisk"), of four letters or more, that neither English nor the source's
  // dictionary knows is a third language's, borrowed alike by both (a Norwegian dish): copying it
  // is the translation. A word left untranslated keeps its source's case. At the English
  // sentence's start the capital is the sentence's own and tells nothing ("Aguinaldos were paid",
  // "Lamentablemente, the train"), so there only a letter the source writes in borrowed words
  // alone (Headwords::loan_letter) marks a loan ("Rakfisk is salted trout" / "El rakfisk es":
  // Spanish writes "k" in loans). Shorter words the lookup cannot tell (it needs four letters),
  // nor any word of a language with no dictionary installed.
  const Headwords* source_headwords = headwords(source_lang.code);
  auto loan_spelling = [&](const std::string& key) {
    return std::any_of(key.begin(), key.end(), [&](char c) { return source_headwords->loan_letter(c); });
  };
  auto borrowed = [&](std::string_view text, bool opening) {
    const std::string key = lower(text);
    return source_headwords != nullptr && starts_upper(text) && icu::UnicodeString::fromUTF8(key).countChar32() >= 4 &&
           !source_dictionary_word(text, source_lang.code) && (!opening || loan_spelling(key));
  };
  // A noun the source capitalises is taken for a word, not a name, only where the source's
  // dictionary lists it ("Fleisch", not "Talstrasse"). `opening`: the English sentence's first word.
  auto foreign = [&](const Token& t, bool opening) {
    const auto c = case_of(t);
    if (!c || *c == SourceCase::Name || !letters_only(en.token_text(t))) return false;
    const std::string key = lower(en.token_text(t));
    if (english_word(key)) return false;
    if (*c == SourceCase::Lower) return !borrowed(en.token_text(t), opening);
    return source_dictionary_word(en.token_text(t), source_lang.code);
  };
  // A name both sides spell alike.
  auto name_word = [&](const Token& t) {
    const auto c = case_of(t);
    return c && (*c == SourceCase::Name || (*c == SourceCase::Lower && starts_upper(en.token_text(t))));
  };
  // Copied words next to a name may belong to it: particles before it ("von der Leyen", "de
  // Gaulle": the source's function words or short words), any words but function words after it
  // ("Lietuvos rytas"; "Nantes und" is a conjunction left untranslated).
  auto particle = [&](const Token& t) {
    const std::string key = lower(en.token_text(t));
    return source_lang.is_function_word(key) || icu::UnicodeString::fromUTF8(key).countChar32() <= 3;
  };
  auto quote = [&](const Token& t) { return t.kind == TokenKind::Punct && is_quote_mark(en.token_text(t)); };
  std::vector<std::string> out;
  for (auto id : en_ids) {
    const auto& tokens = en.sentences[id].tokens;
    const auto first_word = std::find_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.kind == TokenKind::Word; });
    auto foreign_at = [&](std::size_t i) { return foreign(tokens[i], tokens.begin() + static_cast<std::ptrdiff_t>(i) == first_word); };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const std::string_view text = en.token_text(tokens[i]);
      if (tokens[i].kind == TokenKind::Word && other_script(text)) {
        if (source_text.find(text) != std::string::npos) out.emplace_back(text);
        continue;
      }
      if (!english_lexicon().ok() || !foreign_at(i)) continue;
      std::size_t end = i;
      while (end < tokens.size() && foreign_at(end)) ++end;
      const auto run = std::span(tokens).subspan(i, end - i);
      const bool before_name = end < tokens.size() && name_word(tokens[end]) && std::all_of(run.begin(), run.end(), particle);
      const bool after_name = i > 0 && name_word(tokens[i - 1]) &&
                              std::none_of(run.begin(), run.end(), [&](const Token& t) { return source_lang.is_function_word(lower(en.token_text(t))); });
      // A word beside a quotation mark is mentioned, not used ("'caro' means 'dear'").
      const bool mentioned = (i > 0 && quote(tokens[i - 1])) || (end < tokens.size() && quote(tokens[end]));
      if (!before_name && !after_name && !mentioned) {
        for (const Token& t : run) out.push_back(lower(en.token_text(t)));
      }
      i = end - 1;
    }
  }
  return out;
}

// The class of a word in the language's word order data: none for a word written in capitals
// ("US"), nor for one that is also a name ("may", "us") unless case tells it apart. `first`: the
// sentence's first word.
const std::string* word_class(std::string_view text, bool sentence_cased, bool first, const LanguageData& lang) {
  const bool capitals = std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (capitals && text.size() >= 2) return nullptr;
  const std::string key = lower(text);
  // A capital letter alone inside a sentence is a label ("Group A", "vitamin A"), unless it is a
  // pronoun ("I").
  if (capitals && !first) {
    auto it = lang.word_classes.find(key);
    if (it == lang.word_classes.end() || it->second != "subject") return nullptr;
  }
  if (lang.cased_classes.count(key) != 0 && (!sentence_cased || starts_upper(text))) return nullptr;
  auto it = lang.word_classes.find(key);
  if (it != lang.word_classes.end()) return &it->second;
  if (capitals || lang.is_function_word(key)) return nullptr;
  for (const auto& [part, name] : lang.lexicon_classes) {
    if (part == "adjective" && english_lexicon().only_adjective(key)) return &name;
  }
  return nullptr;
}

// The class of token `i` of a sentence in the word order data (word_class): none for punctuation
// nor for a word hyphened to another, which is part of a compound ("a to-do list", "the in-depth
// report").
const std::string* token_class(const Document& doc, const std::vector<Token>& tokens, std::size_t i, bool cased, const LanguageData& lang) {
  // A punctuation mark has a class only where the data lists it (a comma: "in, 305 residents").
  if (tokens[i].kind == TokenKind::Punct) {
    const auto it = lang.word_classes.find(std::string(doc.token_text(tokens[i])));
    return it == lang.word_classes.end() ? nullptr : &it->second;
  }
  if (tokens[i].kind != TokenKind::Word) return nullptr;
  auto hyphen = [&](std::size_t h) { return h < tokens.size() && doc.token_text(tokens[h]) == "-"; };
  if (hyphen(i + 1) && tokens[i + 1].start == tokens[i].end && i + 2 < tokens.size() && tokens[i + 2].start == tokens[i + 1].end) return nullptr;
  if (i > 0 && hyphen(i - 1) && tokens[i - 1].end == tokens[i].start) return nullptr;
  return word_class(doc.token_text(tokens[i]), cased, i == 0, lang);
}

// Whether WordNet writes a lowercase English word as a common noun, as written or as the plural
// of one ("volunteers", "churches", "companies"; not "born", which it writes only as a name).
bool english_noun(const std::string& word) {
  const EnglishLexicon& lex = english_lexicon();
  if (lex.common_noun(word)) return true;
  if (!word.ends_with('s')) return false;
  const std::string stem = word.substr(0, word.size() - 1);
  if (lex.common_noun(stem)) return true;
  if (stem.ends_with('e') && lex.common_noun(stem.substr(0, stem.size() - 1))) return true;
  return stem.ends_with("ie") && lex.common_noun(stem.substr(0, stem.size() - 2) + "y");
}

// The class of the sentence's start in the word order data ("never start copula"), and how a pair
// with it is written.
const std::string kStart = "start";
constexpr std::string_view kStartMark = "(start)";

bool never_adjacent(const LanguageData& lang, const std::string& first, const std::string& second) {
  return std::find(lang.never_adjacent.begin(), lang.never_adjacent.end(), std::pair{first, second}) != lang.never_adjacent.end();
}

// Whether a sentence is a statement: running text, not a heading ("# Is this the end of the
// euro"), with no question mark closing a clause, whatever punctuation follows it ('Was it worth
// it?"', "Is it over?[1]", "Are you sure?, she asked.").
bool statement(const Document& doc, const Sentence& s) {
  if (s.heading || s.tokens.empty() || s.tokens[0].kind != TokenKind::Word) return false;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    if (doc.token_text(s.tokens[i]) == "?" && (i + 1 == s.tokens.size() || s.tokens[i + 1].kind == TokenKind::Punct)) return false;
  }
  return true;
}

// Whether the word at `i` opens a noun phrase: a number, a name, a word of a class that does
// ("article", "subject", "object", "possessive", "determiner": "it", "this", "there"), or a
// noun. A finite "be" before one is inverted ("Were it not for the rain", "Were the elections
// fair", "Are You Experienced is an album"); before any other word ("Was born", "Is expected")
// it has lost its subject.
bool opens_noun_phrase(const Document& doc, const std::vector<Token>& tokens, std::size_t i, bool cased, const LanguageData& lang) {
  if (i >= tokens.size()) return false;
  if (tokens[i].kind == TokenKind::Number) return true;
  if (tokens[i].kind != TokenKind::Word) return false;
  const std::string_view text = doc.token_text(tokens[i]);
  if (cased && starts_upper(text)) return true;
  static const std::array<std::string_view, 5> kOpening = {"article", "subject", "object", "possessive", "determiner"};
  if (const std::string* c = token_class(doc, tokens, i, cased, lang)) return std::find(kOpening.begin(), kOpening.end(), *c) != kOpening.end();
  return english_noun(lower(text));
}

// Whether a sentence is a question written without "?": one that ends in an ellipsis, left open
// ("Are their worries justified…"), or in a clause reporting it after a comma, a pronoun or a
// name and at most two more words ("Was the plan a success, she wondered.").
bool unmarked_question(const Document& doc, const Sentence& s, bool cased, const LanguageData& lang) {
  const std::string_view text(doc.text.data() + s.start, s.end - s.start);
  if (text.ends_with("...") || text.ends_with("\u2026")) return true;
  std::size_t end = s.tokens.size();
  while (end > 0 && s.tokens[end - 1].kind == TokenKind::Punct) --end;
  std::size_t comma = end;
  while (comma > 0 && doc.token_text(s.tokens[comma - 1]) != ",") --comma;
  if (comma <= 1 || end - comma < 2 || end - comma > 3) return false;
  for (std::size_t i = comma; i < end; ++i) {
    if (s.tokens[i].kind != TokenKind::Word) return false;
  }
  const std::string* reporter = token_class(doc, s.tokens, comma, cased, lang);
  return (reporter != nullptr && *reporter == "subject") || starts_upper(doc.token_text(s.tokens[comma]));
}

// Whether the sentence's start counts as a class of its own (`start` in word_order.tsv): it is a
// statement's, and no noun phrase follows its first word, which would make that word inverted.
// Before an article or a possessive only a conditional inverts a statement ("Were the vote held
// today, ..."); a copula there opens a question, and a statement that opens so lost its subject
// ("Was the last game for the club."), unless it is a question written without "?"
// (unmarked_question).
bool subjectless_start(const Document& doc, const Sentence& s, bool cased, const LanguageData& lang) {
  if (!statement(doc, s)) return false;
  if (!opens_noun_phrase(doc, s.tokens, 1, cased, lang)) return true;
  const std::string* first = token_class(doc, s.tokens, 0, cased, lang);
  const std::string* second = s.tokens.size() > 1 ? token_class(doc, s.tokens, 1, cased, lang) : nullptr;
  return first != nullptr && *first == "copula" && second != nullptr && (*second == "article" || *second == "possessive") &&
         !unmarked_question(doc, s, cased, lang);
}

// Whether a preposition before punctuation ends its phrase there rather than lost its object
// ("common in, which has"): it is an adverb too ("Shortly after,", "Later on,"); it follows a
// particle or a past form ("signed off on,", "agreed upon,"); it closes a clause whose subject or
// relative word stands just before it ("The company he works for,", "a cause that we believe
// in,"); or its object comes after a parenthesis that opens with a number or a preposition
// ("300 for, 200 against", "for, depending on the heat, up to").
bool stranded(const Document& doc, const std::vector<Token>& tokens, std::size_t i, bool cased, const LanguageData& lang) {
  const EnglishLexicon& lex = english_lexicon();
  if (lex.adverb(lower(doc.token_text(tokens[i])))) return true;
  if (i > 0 && tokens[i - 1].kind == TokenKind::Word) {
    const std::string before = lower(doc.token_text(tokens[i - 1]));
    if (lex.past_form(before) || (lex.adverb(before) && !english_noun(before))) return true;
  }
  static const std::array<std::string_view, 2> kClauseOpening = {"subject", "clause"};
  for (std::size_t back = 1; back <= 3 && back <= i && tokens[i - back].kind != TokenKind::Punct; ++back) {
    const std::string* c = token_class(doc, tokens, i - back, cased, lang);
    if (c != nullptr && std::find(kClauseOpening.begin(), kClauseOpening.end(), *c) != kClauseOpening.end()) return true;
  }
  for (std::size_t next = i + 2; next <= i + 3 && next < tokens.size() && tokens[next].kind != TokenKind::Punct; ++next) {
    const std::string* c = token_class(doc, tokens, next, cased, lang);
    if (tokens[next].kind == TokenKind::Number || (c != nullptr && *c == "preposition")) return true;
  }
  return false;
}

// The distinct pairs of words of one sentence that the grammar never writes side by side ("the had").
std::vector<std::string> misordered_pairs(const Document& doc, const Sentence& s, const LanguageData& lang) {
  static const std::string kEnd = "end";
  std::vector<std::string> out;
  const auto& tokens = s.tokens;
  const bool cased = std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) { return t.kind == TokenKind::Word && starts_upper(doc.token_text(t)); });
  // A statement opening with a word whose class never opens one ("Is almost impossible to
  // exchange."): a question would end in "?".
  if (subjectless_start(doc, s, cased, lang)) {
    if (const std::string* first = token_class(doc, tokens, 0, cased, lang); first != nullptr && never_adjacent(lang, kStart, *first)) {
      out.push_back(std::string(kStartMark) + " " + lower(doc.token_text(tokens[0])));
    }
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string* first = token_class(doc, tokens, i, cased, lang);
    if (first == nullptr) continue;
    const bool last = i + 1 == tokens.size() || (i + 2 == tokens.size() && tokens[i + 1].kind == TokenKind::Punct);
    const std::string* second = last ? &kEnd
                                : token_class(doc, tokens, i + 1, cased, lang);
    if (second == nullptr) continue;
    if (!never_adjacent(lang, *first, *second)) continue;
    // A word written twice ("it it") is a repetition, its own (minor) error, not disorder.
    if (!last && lower(doc.token_text(tokens[i])) == lower(doc.token_text(tokens[i + 1]))) continue;
    if (!last && tokens[i + 1].kind == TokenKind::Punct && stranded(doc, tokens, i, cased, lang)) continue;
    std::string pair = lower(doc.token_text(tokens[i])) + (last ? std::string() : " " + lower(doc.token_text(tokens[i + 1])));
    if (std::find(out.begin(), out.end(), pair) == out.end()) out.push_back(std::move(pair));
  }
  return out;
}

// Whether one slip of two adjacent words explains a sentence's disorder: some transposition of two
// neighbouring words leaves no pair the grammar never writes ("the of" read back as "of the").
// A word dropped leaves its gap whichever neighbours are swapped ("in the of the": no swap
// mends it).
bool one_swap_mends(const Document& doc, const Sentence& s, const LanguageData& lang) {
  static const std::string kEnd = "end";
  const auto& tokens = s.tokens;
  const bool cased = std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) { return t.kind == TokenKind::Word && starts_upper(doc.token_text(t)); });
  // The classes of the sentence's tokens, its end a class of its own; null for a word of no class
  // and for punctuation inside the sentence, which breaks no rule.
  std::vector<const std::string*> seq;
  std::size_t n = tokens.size();
  if (n > 0 && tokens[n - 1].kind == TokenKind::Punct) --n;
  // A statement's start is a class of its own, before its first word; no swap moves it.
  const std::size_t from = subjectless_start(doc, s, cased, lang) ? 1 : 0;
  // Which words a swap may move: any word of a class, and of the words of none a number or a
  // noun, which a slip moves out of its noun phrase ("the of maintenance the"). A word of no class
  // that is neither (a verb, "The bordered is") was not moved out of the gap a dropped noun or
  // subject leaves ("The is bordered by"); punctuation stays where it is.
  std::vector<bool> movable(from, false);
  if (from == 1) seq.push_back(&kStart);
  for (std::size_t i = 0; i < n; ++i) {
    seq.push_back(token_class(doc, tokens, i, cased, lang));
    movable.push_back(tokens[i].kind == TokenKind::Number ||
                      (tokens[i].kind == TokenKind::Word && (seq.back() != nullptr || english_noun(lower(doc.token_text(tokens[i]))))));
  }
  auto never = [&](const std::vector<const std::string*>& v, std::size_t j) {
    const std::string* second = j + 1 == v.size() ? &kEnd : v[j + 1];
    return v[j] != nullptr && second != nullptr && never_adjacent(lang, *v[j], *second);
  };
  std::size_t total = 0;
  for (std::size_t j = 0; j < seq.size(); ++j) total += never(seq, j) ? 1 : 0;
  // A swap of k and k + 1 changes only the pairs that start at k - 1, k and k + 1.
  auto around = [&](std::size_t k) {
    std::size_t n = 0;
    for (std::size_t j = k == 0 ? 0 : k - 1; j <= k + 1 && j < seq.size(); ++j) n += never(seq, j) ? 1 : 0;
    return n;
  };
  for (std::size_t k = from; k + 1 < seq.size(); ++k) {
    if (!movable[k] || !movable[k + 1]) continue;
    const std::size_t before = around(k);
    std::swap(seq[k], seq[k + 1]);
    const std::size_t after = around(k);
    std::swap(seq[k], seq[k + 1]);
    if (total - before + after == 0) return true;
  }
  return false;
}

// Whether a pair of misordered_pairs ("the of", or "the" before the sentence's end) is of classes
// that show a word dropped between them (`gap` in word_order.tsv): an article before a
// preposition is; two prepositions are often English ("from within", "in between").
bool after_gap_class(const std::string& pair, const LanguageData& lang) {
  const std::size_t space = pair.find(' ');
  const std::string head = pair.substr(0, space);
  const auto first = head == kStartMark ? lang.word_classes.end() : lang.word_classes.find(head);
  if (head != kStartMark && first == lang.word_classes.end()) return false;
  const std::string& first_class = head == kStartMark ? kStart : first->second;
  std::string second_class = "end";
  if (space != std::string::npos) {
    const auto second = lang.word_classes.find(pair.substr(space + 1));
    if (second == lang.word_classes.end()) return false;
    second_class = second->second;
  }
  return std::find(lang.gap_pairs.begin(), lang.gap_pairs.end(), std::pair{first_class, second_class}) != lang.gap_pairs.end();
}

std::string joined(const std::vector<std::string>& words, const char* separator) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : separator) + w;
  return out;
}

// The content changes an English side shows against the other side; `english_is_a` says which
// side it is, so that before/after stay in the comparison's order.
void check_english(std::vector<Change>& changes, const Document& en, const std::vector<std::uint32_t>& en_ids,
                   const Document& source, const std::vector<std::uint32_t>& source_ids, const LanguageData& english,
                   const LanguageData& source_lang, bool english_is_a) {
  auto add = [&](std::string what) {
    changes.push_back(english_is_a ? Change{ChangeType::Content, std::move(what), "", Severity::Major}
                                   : Change{ChangeType::Content, "", std::move(what), Severity::Major});
  };
  if (const auto copied = untranslated_words(en, en_ids, source, source_ids, english, source_lang); !copied.empty()) {
    add("untranslated: " + joined(copied, ", "));
  }
  for (auto id : en_ids) {
    const auto pairs = misordered_pairs(en, en.sentences[id], english);
    if (pairs.size() >= 2 || (pairs.size() == 1 && after_gap_class(pairs[0], english) && !one_swap_mends(en, en.sentences[id], english))) {
      add("word order: " + joined(pairs, ", "));
    }
  }
}

}  // namespace

void append_content_changes(std::vector<Change>& changes, const Document& a, const std::vector<std::uint32_t>& a_ids,
                            const Document& b, const std::vector<std::uint32_t>& b_ids, const LanguageData& la,
                            const LanguageData& lb) {
  if (lb.code == "en" && la.code != "en") check_english(changes, b, b_ids, a, a_ids, lb, la, false);
  if (la.code == "en" && lb.code != "en") check_english(changes, a, a_ids, b, b_ids, la, lb, true);
}

// A name of English text, lowercase words separated by spaces, that says what it names in English
// words, which translations render word by word. Before a noun WordNet writes in lowercase: a
// relational adjective, one WordNet relates to a noun by a pertainym ("czech republic", "swedish
// championship"), or one of direction (`place_adjectives` in conventions.tsv: "northern fleet");
// any other adjective only where WordNet lists the whole as neither a place nor a person ("cold
// war", "black death"; whatever the head: "free french", a group, "south america", a continent),
// since an adjective of quality also starts names that are copied ("frank field", "new party"). An adjective before a descriptive name describes too ("former prime
// minister"), unless WordNet lists the whole as a place. And a place WordNet lists whole after an
// adjective of direction ("south africa"); other places are copied or have an exonym of their own
// ("new york", "great britain"), which a word-by-word reading cannot tell from a dropped name.
bool descriptive_english_name(const std::string& name, const LanguageData& english) {
  std::vector<std::string> words;
  std::istringstream in(name);
  for (std::string w; in >> w;) words.push_back(w);
  if (words.size() < 2) return false;
  if (words.back().ends_with("'s")) words.back().resize(words.back().size() - 2);
  const EnglishLexicon& lex = english_lexicon();
  if (!lex.adjective(words.front())) return false;
  std::string lemma;
  for (const std::string& w : words) lemma += (lemma.empty() ? "" : "_") + w;
  const auto& directions = english.place_adjectives;
  const bool direction = std::find(directions.begin(), directions.end(), words.front()) != directions.end();
  if (lex.names_neither_place_nor_person(lemma)) return true;
  if (lex.common_noun(words.back())) {
    const NameSenses* senses = installed_name_senses();
    if (direction || (senses && senses->relational(words.front())) || lex.names_neither_place_nor_person(lemma)) return true;
  }
  if (words.size() > 2 && !lex.names_place(lemma)) {
    std::string rest;
    for (std::size_t i = 1; i < words.size(); ++i) rest += (rest.empty() ? "" : " ") + words[i];
    if (descriptive_english_name(rest, english)) return true;
  }
  return direction && lex.names_place(lemma);
}

namespace {

// The words of a name of English text and their lemmas ("sites": "sites", "site").
std::vector<std::string> name_word_forms(const std::string& name) {
  std::vector<std::string> out;
  std::istringstream in(name);
  for (std::string w; in >> w;) {
    if (w.ends_with("'s")) w.resize(w.size() - 2);
    for (std::string& form : english_lemmas(w)) out.push_back(std::move(form));
    out.push_back(w);
  }
  return out;
}

// The lowercase words of a dictionary's translations, split at anything but a letter.
std::vector<std::string> translation_words(const Dictionary& d) {
  std::vector<std::string> out;
  for (const auto& [headword, phrases] : d.entries) {
    for (const std::string& phrase : phrases) {
      std::string w;
      for (const char c : phrase + " ") {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80) != 0) w.push_back(c);
        else if (!w.empty()) out.push_back(index_lower(std::exchange(w, {})));
      }
    }
  }
  return out;
}

}  // namespace

bool common_words_name(const std::string& name) {
  std::vector<std::string> words;
  std::istringstream in(name);
  for (std::string w; in >> w;) words.push_back(w);
  if (words.size() < 2) return false;
  if (words.back().ends_with("'s")) words.back().resize(words.back().size() - 2);
  return std::all_of(words.begin(), words.end(), [](const std::string& w) { return common_english_word(w) && !english_name_word(w); });
}

bool renders_a_word_of(const std::string& name, const std::vector<std::string>& source_words, const LanguageData& source_lang) {
  const std::string& language = source_lang.code;
  const std::vector<std::string> forms = name_word_forms(name);
  auto in = [](const std::vector<std::string>& list, const std::string& w) { return std::find(list.begin(), list.end(), w) != list.end(); };
  // Function words name nothing, and dictionaries write them around a translation ("die Post").
  std::vector<std::string> lowered;
  for (const std::string& w : source_words) {
    if (std::string l = index_lower(w); !source_lang.is_function_word(l)) lowered.push_back(std::move(l));
  }
  if (std::any_of(lowered.begin(), lowered.end(), [&](const std::string& w) { return in(forms, w); })) return true;
  const std::string from_source = find_dictionary(language, "en"), into_source = find_dictionary("en", language);
  if (!from_source.empty()) {
    for (const std::string& w : translation_words(read_dictionary(from_source, lowered))) {
      if (in(forms, w)) return true;
      for (const std::string& lemma : english_lemmas(w)) {
        if (in(forms, lemma)) return true;
      }
    }
  }
  if (!into_source.empty()) {
    for (const std::string& w : translation_words(read_dictionary(into_source, forms))) {
      if (in(lowered, w)) return true;
    }
  }
  return false;
}

std::vector<std::string> dictionary_translations(const std::vector<std::string>& source_words, const std::string& language) {
  const Headwords* h = headwords(language);
  if (h == nullptr) return {};
  std::vector<std::string> lemmas;
  for (const std::string& w : source_words) {
    for (std::string& lemma : h->lemmas(w)) lemmas.push_back(std::move(lemma));
  }
  if (lemmas.empty()) return {};
  std::vector<std::string> out;
  for (std::string& w : translation_words(read_dictionary(find_dictionary(language, "en"), lemmas))) {
    for (std::string& lemma : english_lemmas(w)) out.push_back(std::move(lemma));
    out.push_back(std::move(w));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool dictionary_name(const std::string& word, const std::string& language) {
  if (headwords(language) == nullptr) return false;
  static std::mutex mutex;
  static std::map<std::pair<std::string, std::string>, bool> known;
  const std::pair<std::string, std::string> key{language, index_lower(word)};
  {
    const std::lock_guard<std::mutex> lock(mutex);
    if (const auto it = known.find(key); it != known.end()) return it->second;
  }
  // Most of the words it translates by that WordNet knows, not one of them: a common word's entry may hold a name
  // among its many senses ("Mensch": "By Jove"), a name's entry holds little else.
  std::vector<std::string> lemmas;
  if (const Headwords* h = headwords(language)) lemmas = h->lemmas(word);
  std::vector<std::string> words =
      lemmas.empty() ? std::vector<std::string>() : translation_words(read_dictionary(find_dictionary(language, "en"), lemmas));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  // Words WordNet does not know are no evidence either way (the entry's labels: "[geogr.]").
  std::erase_if(words, [](const std::string& t) { return t.size() < 3 || !(english_name_word(t) || common_english_word(t)); });
  const auto names = std::count_if(words.begin(), words.end(), [](const std::string& t) { return english_name_word(t) && !common_english_word(t); });
  const bool name = !words.empty() && static_cast<std::size_t>(names) * 2 > words.size();
  const std::lock_guard<std::mutex> lock(mutex);
  // Bounded: a batch over many documents meets ever new words; a full memo starts over.
  static constexpr std::size_t kKnown = 4096;
  if (known.size() >= kKnown) known.clear();
  known.emplace(key, name);
  return name;
}

bool renders_name(const std::string& name, const std::vector<std::string>& translations) {
  if (translations.empty()) return false;
  const std::vector<std::string> forms = name_word_forms(name);
  return std::any_of(forms.begin(), forms.end(), [&](const std::string& w) { return std::binary_search(translations.begin(), translations.end(), w); });
}

bool source_dictionary_ready(const std::string& language) { return headwords(language) != nullptr; }

bool renders_translation(const std::string& name, const std::vector<std::string>& translations) {
  if (renders_name(name, translations)) return true;
  // English derives an adjective from a noun by a short suffix ("western", "West"; "national",
  // "nation").
  const std::vector<std::string> forms = name_word_forms(name);
  auto derived = [](const std::string& from, const std::string& to) { return from.size() >= 4 && to.starts_with(from) && to.size() <= from.size() + 3; };
  return std::any_of(forms.begin(), forms.end(), [&](const std::string& f) {
    return std::any_of(translations.begin(), translations.end(), [&](const std::string& t) { return derived(f, t) || derived(t, f); });
  });
}

std::optional<std::vector<std::size_t>> rendering_names(const std::vector<std::string>& source_words, const std::vector<std::string>& names,
                                                        const LanguageData& source_lang) {
  std::vector<std::size_t> used;
  for (const std::string& w : source_words) {
    if (source_lang.is_function_word(index_lower(w))) continue;
    const auto translations = dictionary_translations({w}, source_lang.code);
    const auto it = std::find_if(names.begin(), names.end(), [&](const std::string& n) { return renders_translation(n, translations); });
    if (it == names.end()) return std::nullopt;
    const auto at = static_cast<std::size_t>(it - names.begin());
    if (std::find(used.begin(), used.end(), at) == used.end()) used.push_back(at);
  }
  if (used.empty()) return std::nullopt;
  return used;
}

bool negated_by_prefix(const std::string& word, const LanguageData& english) {
  for (const std::string& prefix : english.negative_prefixes) {
    if (!word.starts_with(prefix)) continue;
    std::string rest = word.substr(prefix.size());
    const bool hyphenated = rest.starts_with('-');
    if (hyphenated) rest.erase(0, 1);
    // Four letters at least: "unit" and "inner" hold no prefix. Unhyphenated, WordNet must list
    // the two as antonyms ("incorrect" / "correct"): "disclosed", "imposed" and "intense" begin so and
    // negate nothing.
    if (rest.size() < 4 || !english_lexicon().adjective(rest)) continue;
    // "non-serious": the hyphen marks the prefix, unless the prefix is a word of its own, the
    // first word of a compound ("in-kind", "in-patient": in kind, not unkind).
    if (hyphenated) {
      if (english.is_function_word(prefix)) continue;
      return true;
    }
    static const std::string wordnet_dir = find_wordnet();
    if (wordnet_dir.empty()) continue;
    const auto& antonyms = wordnet_once(wordnet_dir, read_wordnet_antonyms).entries;
    const auto it = antonyms.find(word);
    if (it != antonyms.end() && std::find(it->second.begin(), it->second.end(), rest) != it->second.end()) return true;
  }
  return false;
}

}  // namespace claimdiff::detail
