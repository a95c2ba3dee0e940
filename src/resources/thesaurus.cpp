// MyThes thesauri, as LibreOffice uses them and Debian's mythes-* packages install them
// (/usr/share/mythes/th_fr_FR_v2.dat): the first line names the encoding; then each entry is a
// line "word|N" followed by N lines of meanings, "(part of speech)|synonym|synonym|...". A
// synonym may carry notes in brackets: "(ugs.)", "(generic term)", "(antonym)".

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "claimdiff/error.hpp"
#include "claimdiff/resources.hpp"
#include "claimdiff/text.hpp"
#include "common/key_filter.hpp"
#include "resources/mapped_file.hpp"

namespace claimdiff {
namespace {

// The comparison key of a word, with the ASCII case (most entries) folded without ICU.
std::string key_of(std::string_view word) {
  if (!is_ascii(word)) return comparison_key(word);
  std::string out(word);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Whether a synonym's notes mark it as an antonym.
bool antonym(std::string_view item) {
  return item.find("antonym") != std::string_view::npos || item.find("Antonym") != std::string_view::npos;
}

// A synonym without its notes, or empty when it is more than one word (a phrase cannot be
// matched word for word).
std::string_view synonym_of(std::string_view item) {
  std::size_t bracket = item.find('(');
  if (bracket != std::string_view::npos) item = item.substr(0, bracket);
  item = trim(item);
  if (item.find(' ') != std::string_view::npos || item.find("...") != std::string_view::npos) return {};
  return item;
}

}  // namespace

namespace {

// The encoding a MyThes file's first line names, and its lines converted to UTF-8.
class Encoding {
 public:
  Encoding(const std::string& path, std::string_view first_line) : path_(path) {
    encoding_ = std::string(trim(first_line));
    if (encoding_.empty() || encoding_.size() > 32 || encoding_.find_first_of("| \t") != std::string::npos) {
      throw Error(path, "not a MyThes thesaurus: its first line should name its encoding (UTF-8, ISO8859-1)", 1);
    }
    // Lines in another encoding are converted one by one (the German thesaurus is 28 MB).
    if (encoding_ != "UTF-8" && encoding_ != "utf-8") {
      UErrorCode status = U_ZERO_ERROR;
      converter_.reset(ucnv_open(encoding_.c_str(), &status));
      if (U_FAILURE(status) || converter_ == nullptr) throw Error(path, "unknown encoding " + encoding_, 1);
    }
  }

  const std::string& name() const { return encoding_; }

  // `text` in UTF-8 (converted into `buffer` when it has to be); throws naming line `number`.
  std::string_view utf8(std::string_view text, std::string& buffer, std::size_t number) {
    if (converter_ == nullptr || is_ascii(text)) return text;
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString unicode(text.data(), static_cast<int32_t>(text.size()), converter_.get(), status);
    if (U_FAILURE(status)) throw Error(path_, "not valid " + encoding_, number);
    buffer.clear();
    unicode.toUTF8String(buffer);
    return buffer;
  }

 private:
  std::string path_;
  std::string encoding_;
  std::unique_ptr<UConverter, void (*)(UConverter*)> converter_{nullptr, ucnv_close};
};

std::string_view without_cr(std::string_view text) {
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

// The line of `text` at byte `at` (without its line break, as std::getline gives it), and `at`
// moved past it; false at the end.
bool next_line(std::string_view text, std::size_t& at, std::string_view& line) {
  if (at >= text.size()) return false;
  const std::size_t end = std::min(text.find('\n', at), text.size());
  line = without_cr(text.substr(at, end - at));
  at = end + 1;
  return true;
}

// An entry's head line "word|COUNT": the word's key and the count, or nullopt.
std::optional<std::pair<std::string, std::size_t>> head_of(std::string_view text) {
  const std::size_t bar = text.rfind('|');
  const std::string_view digits = text.substr(bar == std::string_view::npos ? text.size() : bar + 1);
  if (bar == std::string_view::npos || digits.empty() || digits.size() > 6 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  std::size_t count = 0;
  for (char c : digits) count = count * 10 + static_cast<std::size_t>(c - '0');
  return std::pair{key_of(trim(text.substr(0, bar))), count};
}

// The words to keep: every word, or those whose key hashes are in a set, with a filter in front
// of it that rules out most others without a look-up.
class Wanted {
 public:
  explicit Wanted(const std::unordered_set<std::uint64_t>* set) : set_(set) {
    if (set != nullptr) {
      for (std::uint64_t h : *set) filter_.add(h);
    }
  }
  bool operator()(const std::string& key) const { return set_ == nullptr || has(hash_bytes(key)); }
  // The same for a key already hashed.
  bool has(std::uint64_t h) const { return set_ == nullptr || (filter_.maybe(h) && set_->count(h) != 0); }

 private:
  const std::unordered_set<std::uint64_t>* set_;
  detail::KeyFilter filter_;
};

// Adds the synonyms of one meaning line "(part of speech)|synonym|..." of entry `head`; false
// when the line is not one.
bool add_meaning(std::string_view text, const std::string& head, const Wanted& wanted, std::vector<std::string>& entry) {
  const std::size_t first = text.find('|');
  if (first == std::string_view::npos) return false;
  for (std::size_t from = first + 1; from <= text.size();) {
    const std::size_t bar = std::min(text.find('|', from), text.size());
    const std::string_view item = text.substr(from, bar - from);
    from = bar + 1;
    const std::string_view word = synonym_of(item);
    if (word.empty()) continue;
    std::string key = key_of(word);
    // A compound is looked up with or without its hyphen ("cease-fire" for "ceasefire").
    auto wanted_compound = [&] {
      std::string plain;
      for (char c : key) if (c != '-') plain.push_back(c);
      return plain.size() != key.size() && wanted(plain);
    };
    if (key == head || !(wanted(key) || wanted_compound()) || antonym(item) || std::find(entry.begin(), entry.end(), key) != entry.end()) {
      continue;
    }
    entry.push_back(std::move(key));
  }
  return true;
}

// The whole file, line by line: every entry is checked, the wanted ones kept.
Dictionary scan(const std::string& path, const std::unordered_set<std::uint64_t>* wanted_keys) {
  const auto wanted = std::make_unique<Wanted>(wanted_keys);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot read thesaurus");
  std::string line, converted;
  std::getline(in, line);
  Encoding file(path, line);
  Dictionary out;
  std::size_t number = 1, meanings = 0;
  std::vector<std::string>* entry = nullptr;
  std::string head;
  while (std::getline(in, line)) {
    ++number;
    std::string_view text = without_cr(line);
    if (meanings == 0 || entry != nullptr) text = file.utf8(text, converted, number);
    if (meanings == 0) {
      if (text.empty()) continue;
      auto parsed = head_of(text);
      if (!parsed) throw Error(path, "expected WORD|COUNT", number);
      head = std::move(parsed->first);
      meanings = parsed->second;
      entry = !head.empty() && (*wanted)(head) ? &out.entries[head] : nullptr;
      continue;
    }
    --meanings;
    if (entry != nullptr && !add_meaning(text, head, *wanted, *entry)) {
      throw Error(path, "expected (PART OF SPEECH)|SYNONYM|...", number);
    }
  }
  if (meanings != 0) throw Error(path, "ends inside an entry", number);
  // Read for some words only, a headword stays without synonyms: the language knows the word.
  if (wanted_keys == nullptr) std::erase_if(out.entries, [](const auto& e) { return e.second.empty(); });
  return out;
}

// Calls fn(key, offset) for every entry of a thesaurus's index (th_en_US_v2.idx: the encoding,
// the number of entries, then a line "word|byte offset" per entry); false when the index does
// not fit the file (another encoding, an offset outside it, a malformed line).
template <typename Fn>
bool for_each_indexed(std::string_view all, Encoding& file, std::size_t first_entry, std::size_t file_size, Fn fn) {
  std::size_t at = 0;
  std::string_view text;
  if (!next_line(all, at, text) || trim(text) != file.name() || !next_line(all, at, text)) return false;
  std::string converted, key;
  while (next_line(all, at, text)) {
    const std::size_t bar = text.rfind('|');
    std::uint64_t offset = 0;
    if (bar == std::string_view::npos ||
        std::from_chars(text.data() + bar + 1, text.data() + text.size(), offset).ptr != text.data() + text.size() ||
        offset < first_entry || offset >= file_size) {
      return false;
    }
    const std::string_view word = text.substr(0, bar);
    unsigned char any = 0;  // the bits of every byte: ASCII when below 0x80
    key.assign(word);
    for (char& c : key) {
      any |= static_cast<unsigned char>(c);
      c = ascii_lower(c);
    }
    if (any < 0x80) {
      if (!key.empty() && (std::isspace(static_cast<unsigned char>(key.front())) || std::isspace(static_cast<unsigned char>(key.back())))) {
        key = std::string(trim(key));
      }
    } else {
      key = key_of(trim(file.utf8(trim(word), converted, 0)));
    }
    if (!key.empty()) fn(key, offset);
  }
  return true;
}

// An index as (hash of the word's key, offset) pairs sorted by hash.
using ThesaurusIndex = std::vector<std::pair<std::uint64_t, std::uint64_t>>;

// The parsed index of `path` when this process asks for it a second time (`batch` compares
// thousands of pairs against one installed thesaurus), kept while the file keeps its size and
// time; null the first time, when one filtered pass over the index costs less than sorting it.
std::shared_ptr<const ThesaurusIndex> index_for(const std::string& path, std::string_view all, Encoding& file,
                                                std::size_t first_entry, std::size_t file_size) {
  struct Kept {
    std::uintmax_t size;
    std::filesystem::file_time_type time;
    std::shared_ptr<const ThesaurusIndex> index;
  };
  static std::mutex mutex;
  static std::map<std::string, Kept> kept;
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  const auto time = std::filesystem::last_write_time(path, ec);
  if (ec) return nullptr;
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = kept.find(path);
  if (it == kept.end() || it->second.size != size || it->second.time != time) {
    kept.insert_or_assign(path, Kept{size, time, nullptr});
    return nullptr;
  }
  if (it->second.index == nullptr) {
    auto index = std::make_shared<ThesaurusIndex>();
    if (!for_each_indexed(all, file, first_entry, file_size,
                          [&](const std::string& key, std::uint64_t offset) { index->emplace_back(hash_bytes(key), offset); })) {
      return nullptr;
    }
    std::sort(index->begin(), index->end());
    it->second.index = std::move(index);
  }
  return it->second.index;
}

// The entries of one hashed key (through the parsed index), as add_meaning would keep them from
// a request wanting every word: each synonym once, in file order, without the headword, phrases
// and antonyms. A request then keeps the synonyms it wants, which gives add_meaning's answer:
// a synonym is kept at its first wanted occurrence either way.
struct ParsedHeads {
  struct Synonym {
    std::string key;
    std::uint64_t hash = 0;
    std::optional<std::uint64_t> plain;  // the hash of the key without its hyphens, when it has some
  };
  struct Head {
    std::string key;
    std::uint64_t offset = 0;  // of its first entry: the order in which a request meets it
    std::vector<Synonym> synonyms;
  };
  std::vector<Head> heads;  // usually one; more when keys share a hash
  bool ok = true;           // false when an entry does not fit the index (the caller then scans)
  std::size_t bytes = 0;
};

ParsedHeads parse_heads(std::string_view entries, Encoding& file, const ThesaurusIndex& index, std::uint64_t hash) {
  ParsedHeads out;
  auto range = std::equal_range(index.begin(), index.end(), std::pair{hash, std::uint64_t{0}},
                                [](const auto& x, const auto& y) { return x.first < y.first; });
  std::string converted;
  std::string_view text;
  try {
    for (auto e = range.first; e != range.second; ++e) {
      std::size_t at = e->second;
      auto parsed = next_line(entries, at, text) ? head_of(file.utf8(text, converted, 0)) : std::nullopt;
      if (!parsed || hash_bytes(parsed->first) != hash) {
        out.ok = false;
        return out;
      }
      auto head = std::find_if(out.heads.begin(), out.heads.end(), [&](const ParsedHeads::Head& h) { return h.key == parsed->first; });
      if (head == out.heads.end()) {
        out.heads.push_back({parsed->first, e->second, {}});
        head = out.heads.end() - 1;
        out.bytes += sizeof(ParsedHeads::Head) + head->key.size();
      }
      for (std::size_t k = 0; k < parsed->second; ++k) {
        if (!next_line(entries, at, text)) {
          out.ok = false;
          return out;
        }
        const std::string_view line = file.utf8(text, converted, 0);
        const std::size_t first = line.find('|');
        if (first == std::string_view::npos) {
          out.ok = false;
          return out;
        }
        for (std::size_t from = first + 1; from <= line.size();) {
          const std::size_t bar = std::min(line.find('|', from), line.size());
          const std::string_view item = line.substr(from, bar - from);
          from = bar + 1;
          const std::string_view word = synonym_of(item);
          if (word.empty()) continue;
          std::string key = key_of(word);
          if (key == head->key || antonym(item) ||
              std::any_of(head->synonyms.begin(), head->synonyms.end(), [&](const auto& s) { return s.key == key; })) {
            continue;
          }
          ParsedHeads::Synonym synonym{key, hash_bytes(key), std::nullopt};
          if (key.find('-') != std::string::npos) {
            std::erase(key, '-');
            synonym.plain = hash_bytes(key);
          }
          out.bytes += sizeof(synonym) + synonym.key.size();
          head->synonyms.push_back(std::move(synonym));
        }
      }
    }
  } catch (const Error&) {
    out.ok = false;
  }
  return out;
}

// The wanted entries of `path` through the parsed index, from entries parsed once per process
// (`batch` looks up the same common words for pair after pair) and filtered per request; nullopt
// where an entry does not fit the index. The kept entries are dropped all at once past a bound,
// so memory stays within it whatever the run; a request holds those it uses.
std::optional<Dictionary> through_parsed(const std::string& path, std::string_view entries, Encoding& file,
                                         const std::shared_ptr<const ThesaurusIndex>& index,
                                         const std::unordered_set<std::uint64_t>& wanted) {
  constexpr std::size_t kMaxBytes = 48u << 20;
  struct Kept {
    std::shared_ptr<const ThesaurusIndex> index;  // the index the entries were found through
    std::size_t data_size = 0;
    std::filesystem::file_time_type data_time;
    std::unordered_map<std::uint64_t, std::shared_ptr<const ParsedHeads>> heads;
    std::size_t bytes = 0;
  };
  static std::mutex mutex;
  static std::map<std::string, Kept> kept;
  std::error_code ec;
  const auto data_time = std::filesystem::last_write_time(path, ec);
  if (ec) return std::nullopt;
  std::vector<std::shared_ptr<const ParsedHeads>> found;
  found.reserve(wanted.size());
  {
    const std::lock_guard<std::mutex> lock(mutex);
    Kept& k = kept[path];
    if (k.index != index || k.data_size != entries.size() || k.data_time != data_time) k = Kept{index, entries.size(), data_time, {}, 0};
    for (std::uint64_t h : wanted) {
      auto it = k.heads.find(h);
      if (it == k.heads.end()) {
        auto parsed = std::make_shared<const ParsedHeads>(parse_heads(entries, file, *index, h));
        if (k.bytes + parsed->bytes > kMaxBytes) {
          k.heads.clear();
          k.bytes = 0;
        }
        k.bytes += parsed->bytes + sizeof(h) + sizeof(parsed);
        it = k.heads.emplace(h, std::move(parsed)).first;
      }
      if (!it->second->ok) return std::nullopt;
      if (!it->second->heads.empty()) found.push_back(it->second);
    }
  }
  const auto keep = std::make_unique<Wanted>(&wanted);
  std::vector<const ParsedHeads::Head*> heads;
  for (const auto& parsed : found)
    for (const auto& head : parsed->heads) heads.push_back(&head);
  // In file order, as through_index meets them.
  std::sort(heads.begin(), heads.end(), [](const auto* x, const auto* y) { return x->offset < y->offset; });
  Dictionary out;
  for (const ParsedHeads::Head* head : heads) {
    std::vector<std::string>& entry = out.entries[head->key];
    for (const auto& synonym : head->synonyms)
      if (keep->has(synonym.hash) || (synonym.plain && keep->has(*synonym.plain))) entry.push_back(synonym.key);
  }
  return out;
}

// The wanted entries only, found through the index MyThes keeps beside the file: about a
// hundredth of the English file for an article. nullopt when there is no index or it does not
// match the file; the caller then scans.
std::optional<Dictionary> through_index(const std::string& path, const std::unordered_set<std::uint64_t>& wanted) {
  if (!path.ends_with(".dat")) return std::nullopt;
  const std::string index_path = path.substr(0, path.size() - 4) + ".idx";
  const detail::MappedFile index(index_path), data(path);
  if (!index.ok() || !data.ok()) return std::nullopt;
  const std::string_view entries = data.text();
  std::size_t at = 0;
  std::string_view text;
  try {
    Encoding file(path, next_line(entries, at, text) ? text : std::string_view());
    const auto keep = std::make_unique<Wanted>(&wanted);
    // (offset, key hash) of every wanted entry; file order keeps the synonyms in the order a
    // scan gives.
    std::vector<std::pair<std::uint64_t, std::uint64_t>> found;
    if (const auto parsed_index = index_for(index_path, index.text(), file, at, entries.size())) {
      return through_parsed(path, entries, file, parsed_index, wanted);
    }
    if (!for_each_indexed(index.text(), file, at, entries.size(), [&](const std::string& key, std::uint64_t offset) {
                 if ((*keep)(key)) found.emplace_back(offset, hash_bytes(key));
               })) {
      return std::nullopt;
    }
    std::sort(found.begin(), found.end());
    std::string converted;
    Dictionary out;
    for (const auto& [offset, hash] : found) {
      at = offset;
      if (!next_line(entries, at, text)) return std::nullopt;
      auto parsed = head_of(file.utf8(text, converted, 0));
      if (!parsed || hash_bytes(parsed->first) != hash) return std::nullopt;
      const std::string& want = parsed->first;
      std::vector<std::string>& entry = out.entries[want];
      for (std::size_t k = 0; k < parsed->second; ++k) {
        if (!next_line(entries, at, text) || !add_meaning(file.utf8(text, converted, 0), want, *keep, entry)) {
          return std::nullopt;
        }
      }
    }
    // As in scan(): read for some words only, a headword stays without synonyms.
    return out;
  } catch (const Error&) {
    return std::nullopt;
  }
}

}  // namespace

Dictionary read_thesaurus(const std::string& path, const std::unordered_set<std::uint64_t>* wanted) {
  if (wanted != nullptr) {
    if (auto indexed = through_index(path, *wanted)) return std::move(*indexed);
  }
  return scan(path, wanted);
}

std::string find_thesaurus(const std::string& language, const std::vector<std::string>& directories) {
  if (language.empty() || language.find_first_of("/\\.") != std::string::npos) return {};
  std::string region = language;
  std::transform(region.begin(), region.end(), region.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  for (const std::string& dir : directories) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) continue;
    // The language's own country first (th_fr_FR_v2.dat), then any other (th_de_AT), in order.
    std::filesystem::path main = std::filesystem::path(dir) / ("th_" + language + "_" + region + "_v2.dat");
    if (std::filesystem::is_regular_file(main, ec)) return main.string();
    std::vector<std::string> found;
    for (const auto& item : std::filesystem::directory_iterator(dir, ec)) {
      const std::string name = item.path().filename().string();
      if ((name.rfind("th_" + language + "_", 0) == 0 || name == "th_" + language + "_v2.dat") && name.ends_with("_v2.dat") &&
          std::filesystem::is_regular_file(item.path(), ec)) {
        found.push_back(item.path().string());
      }
    }
    std::sort(found.begin(), found.end());
    if (!found.empty()) return found.front();
  }
  return {};
}

}  // namespace claimdiff
