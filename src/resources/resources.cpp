#include "claimdiff/resources.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "claimdiff/error.hpp"
#include "claimdiff/text.hpp"

#ifndef CLAIMDIFF_SOURCE_DATA_DIR
#define CLAIMDIFF_SOURCE_DATA_DIR ""
#endif
#ifndef CLAIMDIFF_INSTALL_DATA_DIR
#define CLAIMDIFF_INSTALL_DATA_DIR ""
#endif

namespace claimdiff {
namespace fs = std::filesystem;

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t from = 0;
  while (true) {
    std::size_t tab = line.find('\t', from);
    fields.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
    if (tab == std::string::npos) break;
    from = tab + 1;
  }
  return fields;
}

// The words of a phrase written with single spaces ("and a half").
std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> words;
  while (!phrase.empty()) {
    const std::size_t space = phrase.find(' ');
    if (space != 0) words.emplace_back(phrase.substr(0, space));
    if (space == std::string_view::npos) break;
    phrase.remove_prefix(space + 1);
  }
  return words;
}

// Calls `fn(fields, line_number)` for each data line of a file; comments and blank lines skipped.
// A missing file is not an error (a language may lack a resource); an unreadable one is.
template <typename Fn>
void for_each_line(const fs::path& path, Fn fn) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return;
  std::ifstream in(path);
  if (!in) throw Error(path.string(), "cannot read data file");
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string t(trim(line));
    if (t.empty() || t[0] == '#') continue;
    fn(split_tabs(line), number);
  }
}

Gender parse_gender(const std::string& g, const fs::path& path, std::size_t line) {
  std::string v(trim(g));
  if (v == "f") return Gender::Female;
  if (v == "m") return Gender::Male;
  if (v == "n") return Gender::Neutral;
  throw Error(path.string(), "gender must be f, m or n, not '" + v + "'", line);
}

std::vector<std::string> read_list(const fs::path& path) {
  std::vector<std::string> out;
  for_each_line(path, [&](const std::vector<std::string>& f, std::size_t) { out.push_back(std::string(trim(f[0]))); });
  return out;
}

std::unordered_map<std::string, Gender> read_genders(const fs::path& path) {
  std::unordered_map<std::string, Gender> out;
  for_each_line(path, [&](const std::vector<std::string>& f, std::size_t line) {
    if (f.size() < 2) throw Error(path.string(), "expected WORD<TAB>GENDER", line);
    out[std::string(trim(f[0]))] = parse_gender(f[1], path, line);
  });
  return out;
}

// A field of conventions.tsv: "U+00A0" names an invisible character, "space" the plain space.
std::string mark_of(const std::string& field, const fs::path& path, std::size_t line) {
  std::string v(trim(field));
  if (v == "space") return " ";
  if (v.size() > 2 && v[0] == 'U' && v[1] == '+') {
    char32_t cp = 0;
    try {
      cp = static_cast<char32_t>(std::stoul(v.substr(2), nullptr, 16));
    } catch (const std::exception&) {
      throw Error(path.string(), "not a code point: '" + v + "'", line);
    }
    std::string out;
    if (cp < 0x80) out.push_back(static_cast<char>(cp));
    else if (cp < 0x800) out += {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    else out += {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                 static_cast<char>(0x80 | (cp & 0x3F))};
    return out;
  }
  if (v.empty()) throw Error(path.string(), "empty mark", line);
  return v;
}

void read_conventions(LanguageData& d, const fs::path& path) {
  for_each_line(path, [&](const std::vector<std::string>& f, std::size_t line) {
    const std::string key(trim(f[0]));
    if (key == "decimal" && f.size() == 2) {
      d.decimal_mark = mark_of(f[1], path, line);
    } else if (key == "group" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.group_marks.push_back(mark_of(f[i], path, line));
    } else if (key == "quotes" && f.size() == 3) {
      d.quotes.emplace_back(mark_of(f[1], path, line), mark_of(f[2], path, line));
    } else if (key == "time_words" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.time_words.emplace_back(trim(f[i]));
    } else if (key == "and_half" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.half_phrases.push_back(split_words(trim(f[i])));
    } else if (key == "day_names" && f.size() >= 3) {
      auto& group = d.day_names.emplace_back();
      for (std::size_t i = 1; i < f.size(); ++i) group.emplace_back(trim(f[i]));
    } else if (key == "number_bounds" && f.size() >= 2) {
      auto& group = d.number_bounds.emplace_back();
      for (std::size_t i = 1; i < f.size(); ++i) group.push_back(split_words(trim(f[i])));
    } else if (key == "one_article" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.one_articles.emplace_back(trim(f[i]));
    } else if (key == "half_part_after" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.half_part_after.emplace_back(trim(f[i]));
    } else if (key == "negative_prefixes" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.negative_prefixes.emplace_back(trim(f[i]));
    } else if (key == "decade_words" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.decade_words.emplace_back(trim(f[i]));
    } else if (key == "speech_verbs" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.speech_verbs.emplace_back(trim(f[i]));
    } else if (key == "quotative_particles" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.quotative_particles.emplace_back(trim(f[i]));
    } else if (key == "decade_endings" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.decade_endings.emplace_back(trim(f[i]));
    } else if (key == "place_adjectives" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.place_adjectives.emplace_back(trim(f[i]));
    } else if (key == "romanised_head" && f.size() >= 3) {
      auto& renderings = d.romanised_heads[std::string(trim(f[1]))];
      for (std::size_t i = 2; i < f.size(); ++i) renderings.emplace_back(trim(f[i]));
    } else if (key == "romanised_spelling" && f.size() == 3) {
      d.romanised_spellings.emplace_back(trim(f[1]), trim(f[2]));
    } else if (key == "romanised_adjective_endings" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.romanised_adjective_endings.emplace_back(trim(f[i]));
    } else if (key == "not_negative_prefixes" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.not_negative_prefixes.emplace_back(trim(f[i]));
    } else if (key == "negation_ends" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.negation_ends.emplace_back(trim(f[i]));
    } else if (key == "roman_numeral_words" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.roman_numeral_words.emplace_back(trim(f[i]));
    } else if (key == "month_marker" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.month_markers.emplace_back(trim(f[i]));
    } else if (key == "day_marker" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.day_markers.emplace_back(trim(f[i]));
    } else if (key == "roman_ordinal_endings" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.roman_ordinal_endings.emplace_back(trim(f[i]));
    } else if (key == "ordinal_period" && f.size() == 2 && (trim(f[1]) == "yes" || trim(f[1]) == "no")) {
      d.ordinal_period = trim(f[1]) == "yes";
    } else if (key == "speech_dash" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.speech_dashes.push_back(mark_of(f[i], path, line));
    } else if (key == "clock_12h" && f.size() == 3) {
      d.clock_12h = {std::string(trim(f[1])), std::string(trim(f[2]))};
    } else if (key == "nouns_capitalised" && f.size() == 2 && (trim(f[1]) == "yes" || trim(f[1]) == "no")) {
      d.nouns_capitalised = trim(f[1]) == "yes";
    } else if (key == "pronouns_persons_only" && f.size() == 2 && (trim(f[1]) == "yes" || trim(f[1]) == "no")) {
      d.pronouns_persons_only = trim(f[1]) == "yes";
    } else if (key == "vowel_change" && f.size() == 3) {
      d.vowel_changes.emplace_back(trim(f[1]), trim(f[2]));
    } else if (key == "endings" && f.size() >= 2) {
      for (std::size_t i = 1; i < f.size(); ++i) d.endings.emplace_back(trim(f[i]));
      std::stable_sort(d.endings.begin(), d.endings.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    } else {
      throw Error(path.string(), "expected decimal<TAB>MARK, group<TAB>MARK..., quotes<TAB>OPEN<TAB>CLOSE, time_words<TAB>WORD..., and_half<TAB>PHRASE..., one_article<TAB>WORD..., half_part_after<TAB>WORD..., negative_prefixes<TAB>PREFIX..., not_negative_prefixes<TAB>BEGINNING..., negation_ends<TAB>WORD..., roman_numeral_words<TAB>WORD..., roman_ordinal_endings<TAB>ENDING..., month_marker<TAB>WORD..., day_marker<TAB>WORD..., place_adjectives<TAB>WORD..., romanised_head<TAB>HEAD<TAB>TRANSLATION..., romanised_spelling<TAB>SPELLING<TAB>SPELLING, romanised_adjective_endings<TAB>ENDING..., decade_words<TAB>WORD..., decade_endings<TAB>ENDING..., speech_verbs<TAB>WORD..., quotative_particles<TAB>WORD..., clock_12h<TAB>AM<TAB>PM, speech_dash<TAB>MARK..., day_names<TAB>WORD<TAB>WORD..., number_bounds<TAB>PHRASE..., ordinal_period<TAB>yes|no, nouns_capitalised<TAB>yes|no, pronouns_persons_only<TAB>yes|no, endings<TAB>ENDING... or vowel_change<TAB>CHANGED<TAB>PLAIN", line);
    }
  });
}

void load_language(LanguageData& d, const fs::path& dir) {
  d.abbreviations = read_list(dir / "abbreviations.txt");
  d.negations = read_list(dir / "negations.txt");
  d.not_negations = read_list(dir / "not_negations.txt");
  d.lexical_negations = read_list(dir / "lexical_negations.txt");
  d.implied_negations = read_list(dir / "implied_negations.txt");
  d.modality = read_list(dir / "modality.txt");
  d.not_modality = read_list(dir / "not_modality.txt");
  d.attribution = read_list(dir / "attribution.txt");
  d.attribution_neutral = read_list(dir / "attribution_neutral.txt");
  d.pronouns = read_genders(dir / "pronouns.tsv");
  d.gendered_pronouns = read_genders(dir / "gendered_pronouns.tsv");
  d.honorifics = read_genders(dir / "honorifics.tsv");
  // A function word with an apostrophe ("won't") is the same word written with the typographic
  // one ("won\u2019t").
  for (auto& w : read_list(dir / "function_words.txt")) {
    std::string curly = w;
    for (std::size_t at; (at = curly.find('\'')) != std::string::npos;) curly.replace(at, 1, "\u2019");
    if (curly != w) d.function_words.insert(std::move(curly));
    d.function_words.insert(w);
  }
  for (auto& w : read_list(dir / "determiners.txt")) d.determiners.insert(w);
  for (auto& w : read_list(dir / "repeatable.txt")) d.repeatable.insert(w);
  for (auto& w : read_list(dir / "elisions.txt")) d.elisions.insert(w);
  for (auto& w : read_list(dir / "contractions.txt")) d.contractions.insert(w);
  for (auto& w : read_list(dir / "relatives.txt")) d.relatives.insert(w);
  for (auto& w : read_list(dir / "titles.txt")) d.titles.insert(w);
  for (auto& w : read_list(dir / "spaced_marks.txt")) d.spaced_marks += w;
  for_each_line(dir / "numbers.tsv", [&](const std::vector<std::string>& f, std::size_t line) {
    if (f.size() < 2) throw Error((dir / "numbers.tsv").string(), "expected WORD<TAB>VALUE[<TAB>KIND]", line);
    NumberWord n;
    try {
      n.value = std::stod(std::string(trim(f[1])));
    } catch (const std::exception&) {
      throw Error((dir / "numbers.tsv").string(), "not a number: '" + f[1] + "'", line);
    }
    const std::string kind = f.size() > 2 ? std::string(trim(f[2])) : "cardinal";
    if (kind == "cardinal") n.kind = NumberWord::Kind::Cardinal;
    else if (kind == "ordinal") n.kind = NumberWord::Kind::Ordinal;
    else if (kind == "scale") n.kind = NumberWord::Kind::Scale;
    else if (kind == "plural_scale") n.kind = NumberWord::Kind::Scale, n.counted_only = true;
    else if (kind == "month") n.kind = NumberWord::Kind::Month;
    else if (kind == "dated_month") n.kind = NumberWord::Kind::DatedMonth;
    else if (kind == "connector") n.kind = NumberWord::Kind::Connector;
    else if (kind == "unit") n.kind = NumberWord::Kind::Unit;
    else throw Error((dir / "numbers.tsv").string(), "kind must be cardinal, ordinal, scale, plural_scale, month, dated_month, connector or unit", line);
    d.numbers[std::string(trim(f[0]))] = n;
  });
  read_conventions(d, dir / "conventions.tsv");
  for_each_line(dir / "word_order.tsv", [&](const std::vector<std::string>& f, std::size_t line) {
    if (f.size() < 2) throw Error((dir / "word_order.tsv").string(), "expected CLASS<TAB>WORD... or never<TAB>CLASS<TAB>CLASS", line);
    const std::string head(trim(f[0]));
    if (head == "never") {
      if (f.size() != 3) throw Error((dir / "word_order.tsv").string(), "expected never<TAB>CLASS<TAB>CLASS", line);
      d.never_adjacent.emplace_back(trim(f[1]), trim(f[2]));
    } else if (head == "cased") {
      for (std::size_t i = 1; i < f.size(); ++i) d.cased_classes.insert(std::string(trim(f[i])));
    } else if (head == "gap") {
      if (f.size() != 3) throw Error((dir / "word_order.tsv").string(), "expected gap<TAB>CLASS<TAB>CLASS", line);
      d.gap_pairs.emplace_back(trim(f[1]), trim(f[2]));
    } else if (head == "lexicon") {
      if (f.size() != 3 || trim(f[1]) != "adjective") throw Error((dir / "word_order.tsv").string(), "expected lexicon<TAB>adjective<TAB>CLASS", line);
      d.lexicon_classes.emplace_back(trim(f[1]), trim(f[2]));
    } else {
      for (std::size_t i = 1; i < f.size(); ++i) d.word_classes[std::string(trim(f[i]))] = head;
    }
  });
  std::uint32_t group = 0;
  for_each_line(dir / "spelling.tsv", [&](const std::vector<std::string>& f, std::size_t) {
    ++group;
    for (const auto& w : f) {
      std::string v(trim(w));
      if (!v.empty()) d.spelling_group.emplace(v, group);
    }
  });
  std::uint32_t modal_group = 0;
  for_each_line(dir / "modality_groups.tsv", [&](const std::vector<std::string>& f, std::size_t) {
    ++modal_group;
    for (const auto& w : f) {
      // Phrases are matched word by word, so a phrase is kept with single spaces ("have  to").
      std::string v;
      for (std::string_view rest = trim(w); !rest.empty();) {
        const std::size_t space = rest.find_first_of(" \t");
        if (!v.empty()) v.push_back(' ');
        v.append(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view() : trim(rest.substr(space));
      }
      if (!v.empty()) d.modality_group.emplace(v, modal_group);
    }
  });
  for (const char* name : {"spinner.tsv", "boilerplate.tsv", "mt-glossary.tsv"}) {
    if (!fs::exists(dir / name)) continue;
    auto entries = read_lexicon((dir / name).string(), "spinner-phrase");
    d.lexicon.insert(d.lexicon.end(), entries.begin(), entries.end());
  }
}

fs::path executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

}  // namespace

bool LanguageData::same_spelling(const std::string& a, const std::string& b) const {
  auto ia = spelling_group.find(a);
  if (ia == spelling_group.end()) return false;
  auto ib = spelling_group.find(b);
  return ib != spelling_group.end() && ia->second == ib->second;
}

std::vector<LexiconEntry> read_lexicon(const std::string& path, const std::string& default_rule) {
  std::ifstream in(path);
  if (!in) throw Error(path, "cannot read lexicon");
  std::vector<LexiconEntry> out;
  std::string rule = default_rule;
  std::string severity = "major";
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string t(trim(line));
    if (t.empty()) continue;
    if (t[0] == '#') {
      std::string body(trim(t.substr(1)));
      if (body.rfind("rule:", 0) == 0) rule = std::string(trim(body.substr(5)));
      if (body.rfind("severity:", 0) == 0) {
        severity = std::string(trim(body.substr(9)));
        if (severity != "major" && severity != "minor" && severity != "info") {
          throw Error(path, "severity must be major, minor or info", number);
        }
      }
      continue;
    }
    auto f = split_tabs(line);
    LexiconEntry e;
    e.rule = rule;
    e.severity = severity;
    e.source = path;
    std::istringstream words(std::string(trim(f[0])));
    for (std::string w; words >> w;) e.phrase += (e.phrase.empty() ? "" : " ") + w;
    if (e.phrase.empty()) throw Error(path, "empty phrase", number);
    if (f.size() > 1) e.suggestion = std::string(trim(f[1]));
    if (f.size() > 2) {
      std::string scope(trim(f[2]));
      if (scope == "line") e.whole_line = true;
      else if (!scope.empty() && scope != "any") throw Error(path, "scope must be 'any' or 'line'", number);
    }
    if (f.size() > 3) e.note = std::string(trim(f[3]));
    out.push_back(std::move(e));
  }
  return out;
}

std::string find_data_dir() {
  auto ok = [](const fs::path& p) {
    std::error_code ec;
    return !p.empty() && fs::is_directory(p / "lang", ec);
  };
  if (const char* env = std::getenv("CLAIMDIFF_DATA"); env != nullptr && ok(env)) return env;
  fs::path exe = executable_dir();
  if (!exe.empty()) {
    for (fs::path p : {exe / "../share/claimdiff/data", exe / "data", exe / "../data"}) {
      if (ok(p)) return fs::weakly_canonical(p).string();
    }
  }
  for (const char* p : {CLAIMDIFF_SOURCE_DATA_DIR, CLAIMDIFF_INSTALL_DATA_DIR}) {
    if (ok(p)) return p;
  }
  return {};
}

Resources::Resources(std::string data_dir) : data_dir_(std::move(data_dir)) {
  if (data_dir_.empty()) data_dir_ = find_data_dir();
  if (data_dir_.empty()) {
    throw Error("", "cannot find claimdiff's data directory (set CLAIMDIFF_DATA or use --data-dir)");
  }
  std::error_code ec;
  if (!fs::is_directory(fs::path(data_dir_) / "lang", ec)) {
    throw Error(data_dir_, "not a claimdiff data directory (no lang/ inside)");
  }
}

const LanguageData& Resources::language(const std::string& code) const {
  // Held while loading too: a second thread asking for the same language waits for the first
  // load rather than reading the files again. Loading is a few milliseconds, once per language.
  std::lock_guard<std::mutex> lock(languages_mutex_);
  auto it = languages_.find(code);
  if (it != languages_.end()) return *it->second;
  auto data = std::make_unique<LanguageData>();
  data->code = code;
  fs::path dir = fs::path(data_dir_) / "lang" / code;
  std::error_code ec;
  if (fs::is_directory(dir, ec)) load_language(*data, dir);
  return *languages_.emplace(code, std::move(data)).first->second;
}

void Resources::add_lexicon(const std::string& path) {
  auto entries = read_lexicon(path, "spinner-phrase");
  user_lexicon_.insert(user_lexicon_.end(), entries.begin(), entries.end());
}

}  // namespace claimdiff
