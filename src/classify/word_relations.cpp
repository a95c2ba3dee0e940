#include "classify/word_relations.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <optional>
#include <span>

#include "claimdiff/text.hpp"

namespace claimdiff::detail {
namespace {

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, s.size(), c);
    out.push_back(static_cast<char32_t>(c < 0 ? 0xFFFD : c));
  }
  return out;
}

bool has_letter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, s.size(), c);
    if (u_isalpha(c)) return true;
  }
  return false;
}

// Calls fn(x, y) with the code points of `a` and `b` as two string views of one type: the bytes
// themselves when both words are ASCII (most are), else their decoded code points.
template <typename Fn>
bool with_code_points(std::string_view a, std::string_view b, Fn fn) {
  if (is_ascii(a) && is_ascii(b)) return fn(a, b);
  const std::u32string x = code_points(a), y = code_points(b);
  return fn(std::u32string_view(x), std::u32string_view(y));
}

// Whether two words are one when hyphens are left out ("cease-fire", "ceasefire"), one of them
// writing at least one.
bool same_but_hyphens(std::string_view x, std::string_view y) {
  if (x.find('-') == std::string_view::npos && y.find('-') == std::string_view::npos) return false;
  std::size_t i = 0, j = 0;
  while (true) {
    while (i < x.size() && x[i] == '-') ++i;
    while (j < y.size() && y[j] == '-') ++j;
    if (i == x.size() || j == y.size()) return i == x.size() && j == y.size();
    if (x[i++] != y[j++]) return false;
  }
}

// Whether a lexicon's list holds `w`; a compound written with or without its hyphen is one word.
bool lists_word(const std::vector<std::string>& list, const std::string& w) {
  if (std::find(list.begin(), list.end(), w) != list.end()) return true;
  return std::any_of(list.begin(), list.end(), [&](const std::string& x) { return same_but_hyphens(x, w); });
}

// `w` without its hyphens ("cease-fire" -> "ceasefire").
std::string solid_form(const std::string& w) {
  std::string out;
  for (char c : w) {
    if (c != '-') out.push_back(c);
  }
  return out;
}

// The lemma candidates of `w`: the table made for the comparison's words, else worked out into
// `scratch`; `w` alone without English morphology.
std::span<const std::string> lemmas(const Lexicons& lex, const std::string& w, std::vector<std::string>& scratch) {
  if (!lex.english_morphology) return {&w, 1};
  if (auto it = lex.lemmas.find(w); it != lex.lemmas.end()) return it->second;
  scratch = lex.irregular != nullptr ? english_lemmas(w, *lex.irregular) : english_lemmas(w);
  return scratch;
}

bool content_word(const std::string& w, const LanguageData& lang) {
  // A word with digits ("7th", "1990s", "5km") states a value: the number rule compares it.
  if (!has_letter(w) || lang.is_function_word(w) || lang.numbers.count(w) != 0 || (w[0] >= '0' && w[0] <= '9')) return false;
  return is_ascii(w) ? w.size() >= 2 : code_points(w).size() >= 2;
}

// One letter added, dropped or changed, after a shared beginning of `i` letters.
template <typename View>
bool one_edit(View x, View y, std::size_t i) {
  return x.size() == y.size() ? x.substr(i + 1) == y.substr(i + 1)
         : x.size() > y.size() ? x.substr(i + 1) == y.substr(i)
                               : x.substr(i) == y.substr(i + 1);
}

template <typename View>
std::size_t shared_prefix(View x, View y) {
  std::size_t i = 0;
  while (i < x.size() && i < y.size() && x[i] == y[i]) ++i;
  return i;
}

}  // namespace

bool typo_of(std::string_view a, std::string_view b) {
  return with_code_points(a, b, [](auto x, auto y) {
    if (x == y || std::min(x.size(), y.size()) < 3) return false;
    if (x.size() > y.size() + 1 || y.size() > x.size() + 1) return false;
    const std::size_t i = shared_prefix(x, y);
    // Two neighbours swapped keeps every letter: a typo even in a short word ("adn", "yuo").
    if (x.size() == y.size() && i + 1 < x.size() && x[i] == y[i + 1] && x[i + 1] == y[i] &&
        x.substr(i + 2) == y.substr(i + 2)) {
      return true;
    }
    return std::min(x.size(), y.size()) >= 5 && one_edit(x, y, i);
  });
}

bool misspelt(const Lexicons& lex, std::string_view a, std::string_view b) {
  if (typo_of(a, b)) return true;
  if (lex.synonyms.entries.empty()) return false;
  const bool edit = with_code_points(a, b, [](auto x, auto y) {
    if (x == y || std::min(x.size(), y.size()) < 3 || x.size() > y.size() + 1 || y.size() > x.size() + 1) return false;
    return one_edit(x, y, shared_prefix(x, y));
  });
  // A letter doubled in the wrong place ("alegged" / "alleged"): the same word once each run of
  // a letter is written once.
  const bool doubling = !edit && with_code_points(a, b, [](auto x, auto y) {
    auto single = [](auto v) {
      std::basic_string<typename decltype(v)::value_type> out;
      for (auto c : v) if (out.empty() || out.back() != c) out.push_back(c);
      return out;
    };
    return x != y && std::min(x.size(), y.size()) >= 4 && single(x) == single(y);
  });
  return (edit || doubling) && (!known_word(lex, std::string(a)) || !known_word(lex, std::string(b)));
}

bool same_stem(std::string_view a, std::string_view b) {
  return with_code_points(a, b, [](auto x, auto y) {
    const std::size_t shared = shared_prefix(x, y);
    const std::size_t shorter = std::min(x.size(), y.size());
    return shared >= 4 && shared * 4 >= shorter * 3;
  });
}

namespace {

// The size of the intersection of two sorted bags.
template <typename T>
std::size_t common_count(const std::vector<T>& x, const std::vector<T>& y) {
  std::size_t n = 0;
  for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else ++n, ++i, ++j;
  }
  return n;
}

// A word as a bag sorts it: by its hash, then by its text (so that equal means equal text).
struct Keyed {
  std::uint64_t hash;
  std::string_view text;
  auto operator<=>(const Keyed&) const = default;
};

// Two neighbouring words, the same way: by a hash of both, then by their texts.
struct Keyed2 {
  std::uint64_t hash;
  std::string_view first, second;
  auto operator<=>(const Keyed2&) const = default;
};

}  // namespace

bool scrambled(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b, std::size_t kept_at_least) {
  if (a.size() < 4 || b.size() < 4) return false;
  if (kept_at_least * 10 >= (b.size() - 1) * 4) return false;  // enough neighbours are known to stay
  // The bags cannot share four fifths of the longer side when the shorter one is smaller than that.
  if (std::min(a.size(), b.size()) * 5 < std::max(a.size(), b.size()) * 4) return false;
  auto keyed = [](const std::vector<std::string_view>& words) {
    std::vector<Keyed> out;
    out.reserve(words.size());
    for (auto w : words) out.push_back({hash_bytes(w), w});
    return out;
  };
  const std::vector<Keyed> ka = keyed(a), kb = keyed(b);
  std::vector<Keyed> x(ka), y(kb);
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  if (common_count(x, y) * 5 < std::max(a.size(), b.size()) * 4) return false;
  // Phrases moved as wholes keep most neighbours together ("X told Y in an interview" / "in an
  // interview, X told Y"); scrambled words lose them.
  auto neighbours = [](const std::vector<Keyed>& words) {
    std::vector<Keyed2> out;
    out.reserve(words.size());
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      out.push_back({words[i].hash * 31 + words[i + 1].hash, words[i].text, words[i + 1].text});
    }
    return out;
  };
  std::vector<Keyed2> p = neighbours(ka), q = neighbours(kb);
  std::sort(p.begin(), p.end());
  std::sort(q.begin(), q.end());
  return common_count(p, q) * 10 < (b.size() - 1) * 4;
}

int script_of(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(word.data()), i, word.size(), c);
    if (!u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode s = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && s != USCRIPT_COMMON && s != USCRIPT_INHERITED) return s;
  }
  return -1;
}

int main_script(const std::vector<std::string_view>& words) {
  std::map<int, std::size_t> count;
  for (auto w : words) {
    if (int s = script_of(w); s >= 0) count[s] += w.size();
  }
  int best = -1;
  std::size_t most = 0;
  for (auto [s, n] : count) {
    if (n > most) best = s, most = n;
  }
  return best;
}

bool antonyms(const Lexicons& lex, const std::string& a, const std::string& b) {
  if (lex.antonyms == nullptr || lex.antonyms->entries.empty() || a == b) return false;
  std::vector<std::string> sa, sb;
  const std::span<const std::string> ys = lemmas(lex, b, sb);
  for (const auto& x : lemmas(lex, a, sa)) {
    const auto it = lex.antonyms->entries.find(x);
    if (it == lex.antonyms->entries.end()) continue;
    for (const auto& y : ys) {
      if (x != y && lists_word(it->second, y)) return true;
    }
  }
  return false;
}

void add_solid_forms(Dictionary& d) {
  for (auto& [word, list] : d.entries) {
    const std::size_t n = list.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (list[i].find('-') == std::string::npos) continue;
      std::string solid = solid_form(list[i]);
      if (std::find(list.begin(), list.end(), solid) == list.end()) list.push_back(std::move(solid));
    }
  }
}

bool known_word(const Lexicons& lex, const std::string& w) {
  std::vector<std::string> scratch;
  for (const auto& x : lemmas(lex, w, scratch)) {
    if (lex.synonyms.entries.count(x) != 0) return true;
  }
  return false;
}

namespace {

using Entries = WordEntries;

void look_up_entries(const Lexicons& lex, const std::string& w, Entries& out) {
  out.forms = lemmas(lex, w, out.scratch);
  // Without English morphology the form is `w` itself, which belongs to the caller's claim:
  // entries kept across claims hold a copy of their own.
  if (out.forms.data() == &w) {
    out.scratch.assign(1, w);
    out.forms = out.scratch;
  }
  out.listed.clear();
  out.solid.clear();
  for (const auto& f : out.forms) {
    const auto it = lex.synonyms.entries.find(f);
    if (it != lex.synonyms.entries.end()) out.listed.insert(out.listed.end(), it->second.begin(), it->second.end());
    out.solid.push_back(solid_form(f));
  }
  std::sort(out.listed.begin(), out.listed.end());
}

// Whether a lemma of one word lists a lemma of the other among its synonyms, either way (the
// lists completed by add_solid_forms: a form is looked up without its hyphens).
bool listed_either_way(const Entries& a, const Entries& b) {
  auto lists_one_of = [](const Entries& lister, const Entries& listed) {
    return !lister.listed.empty() && std::any_of(listed.solid.begin(), listed.solid.end(), [&](const std::string& f) {
      return std::binary_search(lister.listed.begin(), lister.listed.end(), std::string_view(f));
    });
  };
  return lists_one_of(a, b) || lists_one_of(b, a);
}

}  // namespace

bool synonyms(const Lexicons& lex, const std::string& a, const std::string& b) {
  if (lex.synonyms.entries.empty()) return false;
  Entries x, y;
  look_up_entries(lex, a, x);
  look_up_entries(lex, b, y);
  return listed_either_way(x, y);
}

namespace {
bool short_form(const std::string& s, const std::string& l);
}  // namespace

// Whether `key` (a clitic aside: "friday's") is one of the words of day_names.
static bool day_word(std::string_view key, const LanguageData& lang) {
  for (std::string_view clitic : {std::string_view("'s"), std::string_view("\u2019s")}) {
    if (key.size() > 3 && key.ends_with(clitic)) key.remove_suffix(clitic.size());
  }
  return std::any_of(lang.day_names.begin(), lang.day_names.end(),
                     [&](const std::vector<std::string>& g) { return std::find(g.begin(), g.end(), key) != g.end(); });
}

Unmatched unmatched_content(const std::vector<std::string>& dropped, const std::vector<std::string>& added,
                            const std::vector<std::string>& kept, const LanguageData& lang, const Lexicons& lex,
                            WordPairs* pairs) {
  // Two words run together ("Peskovsaid", "Wikinewsthat"), a string the lexicon does not know,
  // are those words with the space lost: each part the other side writes is its counterpart.
  auto run_together = [&](const std::string& joined, std::string_view part) {
    return joined.size() >= part.size() + 3 && part.size() >= 3 && (joined.starts_with(part) || joined.ends_with(part)) &&
           !lex.synonyms.entries.empty() && !known_word(lex, joined);
  };
  // The lemmas and thesaurus entries of every word, looked up on first need.
  std::vector<Entries> entries_of[2];
  std::vector<bool> ready[2];
  for (int side : {0, 1}) {
    if (pairs != nullptr) break;  // kept in `pairs` instead
    const std::size_t n = (side == 0 ? dropped : added).size();
    entries_of[side] = std::vector<Entries>(n);
    ready[side].assign(n, false);
  }
  std::vector<std::uint32_t> ids[2];
  auto entries = [&](int side, std::size_t i) -> const Entries& {
    if (pairs != nullptr) {
      auto& kept_entries = pairs->entries[ids[side][i]];
      if (kept_entries == nullptr) {
        kept_entries = std::make_unique<Entries>();
        look_up_entries(lex, (side == 0 ? dropped : added)[i], *kept_entries);
      }
      return *kept_entries;
    }
    Entries& e = entries_of[side][i];
    if (!ready[side][i]) {
      ready[side][i] = true;
      look_up_entries(lex, (side == 0 ? dropped : added)[i], e);
    }
    return e;
  };
  const bool thesaurus = !lex.synonyms.entries.empty();
  auto matches = [&](int side, std::size_t i, std::size_t j) {
    const std::string& w = (side == 0 ? dropped : added)[i];
    const std::string& o = (side == 0 ? added : dropped)[j];
    // A plural, or a title's short form ("MP" / "MPs", "Sts" / "Saints"), is the same word.
    if (o == w || misspelt(lex, w, o) || same_stem(w, o) || short_form(w, o) || short_form(o, w)) return true;
    // A day put for another ("today" / "Friday"): the claim dated otherwise, which the number
    // rule judges (day_swapped), not a fact dropped and another added.
    if (day_word(w, lang) && day_word(o, lang)) return true;
    const Entries &x = entries(side, i), &y = entries(1 - side, j);
    if (thesaurus && listed_either_way(x, y)) return true;
    return std::any_of(x.forms.begin(), x.forms.end(), [&](const std::string& f) {
      return std::find(y.forms.begin(), y.forms.end(), f) != y.forms.end();
    });
  };
  if (pairs != nullptr) {
    for (int side : {0, 1}) {
      for (const std::string& w : side == 0 ? dropped : added) {
        ids[side].push_back(pairs->ids.try_emplace(w, static_cast<std::uint32_t>(pairs->ids.size())).first->second);
      }
    }
    pairs->entries.resize(pairs->ids.size());
  }
  auto counterpart = [&](int side, std::size_t i) {
    const std::string& w = (side == 0 ? dropped : added)[i];
    const std::vector<std::string>& other = side == 0 ? added : dropped;
    if (std::find(kept.begin(), kept.end(), w) != kept.end()) return true;  // repeated or moved
    if (std::any_of(other.begin(), other.end(), [&](const std::string& o) { return run_together(w, o) || run_together(o, w); })) return true;
    for (std::size_t j = 0; j < other.size(); ++j) {
      if (pairs == nullptr) {
        if (matches(side, i, j)) return true;
        continue;
      }
      const std::uint64_t key = std::uint64_t{ids[side][i]} << 32 | ids[1 - side][j];
      const auto [it, fresh] = pairs->answers.try_emplace(key, false);
      if (fresh) it->second = matches(side, i, j);
      if (it->second) return true;
    }
    return false;
  };
  Unmatched out;
  for (std::size_t i = 0; i < dropped.size(); ++i) {
    if (content_word(dropped[i], lang) && !counterpart(0, i)) out.dropped.push_back(dropped[i]);
  }
  for (std::size_t i = 0; i < added.size(); ++i) {
    if (content_word(added[i], lang) && !counterpart(1, i)) out.added.push_back(added[i]);
  }
  return out;
}

namespace {

// A word without its diacritics ("nääs" -> "naas", "león" -> "leon"): canonical decomposition,
// combining marks dropped.
std::string without_marks(const std::string& w) {
  if (std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return w;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return w;
  icu::UnicodeString d = nfd->normalize(icu::UnicodeString::fromUTF8(w), status);
  if (U_FAILURE(status)) return w;
  icu::UnicodeString out;
  for (int32_t i = 0; i < d.length();) {
    const UChar32 c = d.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) out.append(c);
    i += U16_LENGTH(c);
  }
  std::string r;
  out.toUTF8String(r);
  return r;
}

// A name's letters, the dots and hyphens of its spelling dropped ("U.S." and "US").
std::string letters_of(const std::string& w) {
  std::string out;
  for (char c : w) {
    if (c != '.' && c != '-' && c != '\'') out.push_back(c);
  }
  return out;
}

// The consonant skeleton of a romanised name, which the common ways of writing one foreign name
// in Latin letters share ("Sergey" / "Sergei", "Aleksei" / "Alexei", "Tsirkon" / "Zircon"): the
// digraphs of the transliteration systems folded to one letter, vowels (and y, j) and doubled
// letters dropped. Empty for a word not in ASCII letters.
std::string skeleton(const std::string& w) {
  static constexpr std::pair<std::string_view, std::string_view> kFolds[] = {
      {"shch", "S"}, {"sch", "S"}, {"sh", "S"}, {"zh", "Z"}, {"tch", "C"}, {"ch", "C"}, {"kh", "h"},
      {"ts", "z"},   {"tz", "z"},  {"x", "ks"}, {"ck", "k"}, {"c", "k"},   {"ph", "f"}, {"w", "v"}, {"q", "k"}};
  std::string out;
  auto put = [&](std::string_view s) {
    for (char c : s) {
      if (out.empty() || out.back() != c) out.push_back(c);
    }
  };
  for (std::size_t i = 0; i < w.size();) {
    if (w[i] < 'a' || w[i] > 'z') return {};
    const auto fold = std::find_if(std::begin(kFolds), std::end(kFolds),
                                   [&](const auto& f) { return f.first[0] == w[i] && w.compare(i, f.first.size(), f.first) == 0; });
    if (fold != std::end(kFolds)) {
      put(fold->second);
      i += fold->first.size();
      continue;
    }
    if (std::string_view("aeiouyj").find(w[i]) == std::string_view::npos) put(std::string_view(&w[i], 1));
    ++i;
  }
  return out;
}

// A name word with the spellings same_name compares, worked out once per word rather than once
// per pair of words; the skeleton only when a pair gets that far.
struct NameForm {
  const std::string* word;
  std::string unmarked;  // without_marks(word)
  std::string letters;   // letters_of(unmarked)
  mutable std::optional<std::string> skeleton_;

  // skeleton(letters), empty when the letters are fewer than four.
  const std::string& skeleton() const {
    if (!skeleton_) skeleton_ = letters.size() >= 4 ? detail::skeleton(letters) : std::string();
    return *skeleton_;
  }
};

NameForm name_form(const std::string& w) {
  NameForm f{&w, without_marks(w), {}, {}};
  f.letters = letters_of(f.unmarked);
  return f;
}

// A word and its plural or its short form: "MP" / "MPs"; a contraction of two or three letters
// keeping the first and last letters ("St" / "Saint", "Sts" / "Saints", "Dr" / "Doctor"); a
// truncation of three letters ("Rev" / "Reverend", "Gov" / "Governor"). Titles are abbreviated so
// short; a name of four letters is a name ("Mali" is not short for "Malawi", nor "Laos" for "Lagos").
bool short_form(const std::string& s, const std::string& l) {
  if (s.size() < 2 || l.size() <= s.size() || s[0] != l[0]) return false;
  if (l.size() == s.size() + 1 && l.back() == 's' && l.compare(0, s.size(), s) == 0) return true;
  if (s.size() > 3) return false;
  if (s.size() >= 3 && l.compare(0, s.size(), s) == 0) return true;
  if (s.back() != l.back()) return false;
  std::size_t at = 1;  // the inner letters of `s` in order in `l`
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    at = l.find(s[i], at);
    if (at == std::string::npos || at + 1 >= l.size()) return false;
    ++at;
  }
  return true;
}

// Where the tongue or lips make a consonant of a skeleton (S, Z, C: the folded sh, zh, ch):
// 0 the lips, 1 the teeth and gums, 2 the back of the mouth; -1 for any other letter.
int place_of(char c) {
  if (std::string_view("pbfvm").find(c) != std::string_view::npos) return 0;
  if (std::string_view("tdszlrnSZC").find(c) != std::string_view::npos) return 1;
  if (std::string_view("kgh").find(c) != std::string_view::npos) return 2;
  return -1;
}

// Whether one of two skeletons is the other with one consonant inserted after the first, next to
// a consonant made at the same place: transliterations disagree on such clusters ("dzh" / "zh",
// "tch" / "ch", "ks" / "x"); a consonant of its own is another name ("Hilton" / "Hamilton").
bool one_consonant_more(const std::string& a, const std::string& b) {
  const std::string& l = a.size() > b.size() ? a : b;
  const std::string& s = a.size() > b.size() ? b : a;
  if (l.size() != s.size() + 1 || l[0] != s[0]) return false;
  std::size_t i = 0;
  while (i < s.size() && l[i] == s[i]) ++i;
  if (i == 0 || l.compare(i + 1, std::string::npos, s, i, std::string::npos) != 0) return false;
  const int place = place_of(l[i]);
  return place >= 0 && (place_of(l[i - 1]) == place || (i + 1 < l.size() && place_of(l[i + 1]) == place));
}

bool same_name(const NameForm& x, const NameForm& y) {
  const std::string &wx = *x.word, &wy = *y.word;
  if (wx == wy || typo_of(wx, wy) || same_stem(wx, wy)) return true;
  const std::string &fx = x.unmarked, &fy = y.unmarked;
  if ((fx != wx || fy != wy) && (fx == fy || typo_of(fx, fy))) return true;
  if (!x.letters.empty() && x.letters == y.letters) return true;
  if (short_form(x.letters, y.letters) || short_form(y.letters, x.letters)) return true;
  if (x.letters.size() < 4 || y.letters.size() < 4) return false;
  if (x.skeleton().size() >= 3 && x.skeleton() == y.skeleton()) return true;
  // A consonant one romanisation writes beside a like one and another leaves out
  // ("Dzhugashvili" / "Djugashvili"); a consonant replaced is another name ("Slovakia" / "Slovenia").
  return std::min(x.skeleton().size(), y.skeleton().size()) >= 4 && one_consonant_more(x.skeleton(), y.skeleton());
}

// The vowels of a word in order, a doubled one once ("Mohammed": "oae", "Aaron": "ao").
std::string vowels_of(const std::string& w) {
  std::string out;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (std::string_view("aeiou").find(w[i]) != std::string_view::npos && (i == 0 || w[i - 1] != w[i])) out.push_back(w[i]);
  }
  return out;
}

std::vector<std::vector<NameForm>> name_forms(const std::vector<NameRun>& runs) {
  std::vector<std::vector<NameForm>> out(runs.size());
  for (std::size_t r = 0; r < runs.size(); ++r) {
    for (const auto& w : runs[r].words) out[r].push_back(name_form(w));
  }
  return out;
}

}  // namespace

// Schwartz & Hearst (2003), abbreviation definitions: the letters of `short_form` occur in order
// in the words of `long_form`, its first letter beginning the long form ("FCC" / "Federal
// Communications Commission", "PA" / "Pennsylvania", "LDPR" / "Liberal Democratic Party of Russia").
bool abbreviates(const std::string& short_form, const std::vector<std::string>& long_form) {
  const std::string s = letters_of(short_form);
  std::string l;
  for (const auto& w : long_form) l += (l.empty() ? "" : " ") + letters_of(w);
  if (s.size() < 2 || l.size() <= s.size() || l[0] != s[0]) return false;
  std::size_t li = l.size();
  for (std::size_t si = s.size(); si-- > 0;) {
    // The first letter must start a word; the others may sit anywhere, right to left.
    while (li > 0 && (l[li - 1] != s[si] || (si == 0 && li - 1 > 0 && l[li - 2] != ' '))) --li;
    if (li == 0) return false;
    --li;
  }
  return true;
}

namespace {

std::string initials(const NameRun& run) {
  std::string out;
  for (const auto& w : run.words) {
    if (!w.empty()) out.push_back(w[0]);
  }
  return out;
}

// Words of `from` with no counterpart among `to`, and whether each lies in a run that kept another word.
std::vector<std::pair<std::string, bool>> lost_words(const std::vector<NameRun>& from, const std::vector<NameRun>& to,
                                                     const std::vector<std::vector<NameForm>>& from_forms,
                                                     const std::vector<std::vector<NameForm>>& to_forms) {
  std::vector<std::pair<std::string, bool>> out;
  for (std::size_t r = 0; r < from.size(); ++r) {
    const NameRun& run = from[r];
    std::vector<bool> found(run.words.size(), false);
    bool kept_one = false;
    for (std::size_t i = 0; i < run.words.size(); ++i) {
      const std::string& w = run.words[i];
      for (std::size_t t = 0; t < to.size(); ++t) {
        const NameRun& other = to[t];
        for (const NameForm& o : to_forms[t]) found[i] = found[i] || same_name(from_forms[r][i], o);
        if (!found[i] && run.acronym[i] && w.size() >= 2 && (initials(other) == w || abbreviates(w, other.words))) found[i] = true;
        // An acronym inside a longer name ("the SMP RCRS Trophy") abbreviates words of a run
        // from one of them on ("SMP Russian Circuit Racing Series Trophy"), a run it is not itself
        // a word of.
        for (std::size_t j = 0; !found[i] && j < other.words.size(); ++j) {
          const std::string& a = other.words[j];
          if (!other.acronym[j] || a.size() < 3 || std::find(run.words.begin(), run.words.end(), a) != run.words.end()) continue;
          for (std::size_t from = 0; !found[i] && from <= i; ++from) {
            found[i] = abbreviates(a, std::vector<std::string>(run.words.begin() + static_cast<std::ptrdiff_t>(from), run.words.end()));
          }
        }
      }
      kept_one = kept_one || found[i];
    }
    for (std::size_t i = 0; i < run.words.size(); ++i) {
      if (!found[i]) out.emplace_back(run.words[i], kept_one);
    }
  }
  return out;
}

}  // namespace

bool spelling_fixed(const Lexicons& lex, const std::string& a, const std::string& b) {
  if (lex.synonyms.entries.empty() || known_word(lex, a) || !known_word(lex, b)) return false;
  const std::u32string x = code_points(a), y = code_points(b);
  // Misspellings keep a word's first letter; "organic" / "inorganic" are two words.
  if (std::min(x.size(), y.size()) < 6 || x[0] != y[0]) return false;
  // Damerau-Levenshtein (optimal string alignment) distance, rows of the shorter word's length.
  std::vector<std::size_t> before(y.size() + 1), prev(y.size() + 1), row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) row[j] = std::min(row[j], before[j - 2] + 1);
    }
    before.swap(prev);
    prev.swap(row);
  }
  return prev[y.size()] * 4 <= std::max(x.size(), y.size());
}

namespace {

// Whether every word of `from`'s runs is also a word of `to`'s: each then finds itself as its
// counterpart, so no name is lost.
bool all_words_in(const std::vector<NameRun>& from, const std::vector<NameRun>& to) {
  for (const NameRun& run : from) {
    for (const std::string& w : run.words) {
      const bool found = std::any_of(to.begin(), to.end(), [&](const NameRun& other) {
        return std::find(other.words.begin(), other.words.end(), w) != other.words.end();
      });
      if (!found) return false;
    }
  }
  return true;
}

}  // namespace

Unmatched changed_names(const std::vector<NameRun>& a, const std::vector<NameRun>& b) {
  // The common case, the same names on both sides, needs none of the spellings below.
  if (all_words_in(a, b) && all_words_in(b, a)) return {};
  const auto forms_a = name_forms(a), forms_b = name_forms(b);
  const auto lost = lost_words(a, b, forms_a, forms_b), gained = lost_words(b, a, forms_b, forms_a);
  Unmatched out;
  for (const auto& [w, partial] : lost) {
    if (!partial || !gained.empty()) out.dropped.push_back(w);
  }
  for (const auto& [w, partial] : gained) {
    if (!partial || !lost.empty()) out.added.push_back(w);
  }
  return out;
}

bool romanised_alike(const std::string& a, const std::string& b) {
  if (a == b) return false;
  const NameForm x = name_form(a), y = name_form(b);
  if (x.letters.size() < 4 || y.letters.size() < 4 || vowels_of(x.letters) != vowels_of(y.letters)) return false;
  const std::string &sx = x.skeleton(), &sy = y.skeleton();
  if (sx.size() < 3 || sy.size() < 3) return false;
  return sx == sy || (std::min(sx.size(), sy.size()) >= 4 && one_consonant_more(sx, sy));
}

bool place_adjective(const std::string& adjective, const std::string& noun, const std::vector<std::string>& endings) {
  const NameForm adj = name_form(adjective), place = name_form(noun);
  const std::string& a = adj.letters;
  const std::string& n = place.letters;
  if (n.empty() || std::string_view("aeiouy").find(n.back()) == std::string_view::npos) return false;
  if (std::none_of(endings.begin(), endings.end(), [&](const std::string& e) { return a.size() > e.size() + 2 && a.ends_with(e); })) return false;
  const std::string &sa = adj.skeleton(), &sn = place.skeleton();
  if (!sa.ends_with("sk") || sn.size() < 3) return false;
  std::string_view stem(sa);
  stem.remove_suffix(2);
  std::string_view noun_stem(sn);
  if (stem == noun_stem) return true;
  if (noun_stem.ends_with('k') && n.ends_with("ka") && stem == noun_stem.substr(0, noun_stem.size() - 1)) return true;
  return stem.ends_with('n') && stem.substr(0, stem.size() - 1) == noun_stem;
}

bool respelt(const std::string& a, const std::string& b, const std::string& from, const std::string& to) {
  if (from.empty() || a == b) return false;
  auto written = [&](std::string w) {
    for (std::size_t at = w.find(from, 1); at != std::string::npos; at = w.find(from, at)) {
      if (std::string_view("aeiouy").find(w[at - 1]) != std::string_view::npos) {
        ++at;
        continue;
      }
      w.replace(at, from.size(), to);
      at += to.size();
    }
    return w;
  };
  return written(name_form(a).letters) == written(name_form(b).letters);
}

}  // namespace claimdiff::detail
