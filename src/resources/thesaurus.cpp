// MyThes thesauri, as LibreOffice uses them and Debian's mythes-* packages install them
// (/usr/share/mythes/th_fr_FR_v2.dat): the first line names the encoding; then each entry is a
// line "word|N" followed by N lines of meanings, "(part of speech)|synonym|synonym|...". A
// synonym may carry notes in brackets: "(ugs.)", "(generic term)", "(antonym)".

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>

#include "claimdiff/error.hpp"
#include "claimdiff/resources.hpp"
#include "claimdiff/text.hpp"

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

// A synonym without its notes, or empty when it is an antonym or more than one word (a phrase
// cannot be matched word for word).
std::string_view synonym_of(std::string_view item) {
  if (item.find("antonym") != std::string_view::npos || item.find("Antonym") != std::string_view::npos) return {};
  std::size_t bracket = item.find('(');
  if (bracket != std::string_view::npos) item = item.substr(0, bracket);
  item = trim(item);
  if (item.find(' ') != std::string_view::npos || item.find("...") != std::string_view::npos) return {};
  return item;
}

}  // namespace

Dictionary read_thesaurus(const std::string& path, const std::unordered_set<std::uint64_t>* wanted) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot read thesaurus");
  std::string line;
  std::getline(in, line);
  const std::string encoding(trim(line));
  if (encoding.empty() || encoding.size() > 32 || encoding.find_first_of("| \t") != std::string::npos) {
    throw Error(path, "not a MyThes thesaurus: its first line should name its encoding (UTF-8, ISO8859-1)", 1);
  }
  // Lines in another encoding are converted one by one (the German thesaurus is 28 MB).
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> converter(nullptr, ucnv_close);
  if (encoding != "UTF-8" && encoding != "utf-8") {
    converter.reset(ucnv_open(encoding.c_str(), &status));
    if (U_FAILURE(status) || converter == nullptr) throw Error(path, "unknown encoding " + encoding, 1);
  }
  std::string converted;
  auto kept = [&](const std::string& key) { return wanted == nullptr || wanted->count(hash_bytes(key)) != 0; };
  Dictionary out;
  std::size_t number = 1, meanings = 0;
  std::vector<std::string>* entry = nullptr;
  std::string head;
  while (std::getline(in, line)) {
    ++number;
    std::string_view text = line;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (converter != nullptr && !is_ascii(text) && (meanings == 0 || entry != nullptr)) {
      status = U_ZERO_ERROR;
      icu::UnicodeString unicode(text.data(), static_cast<int32_t>(text.size()), converter.get(), status);
      if (U_FAILURE(status)) throw Error(path, "not valid " + encoding, number);
      converted.clear();
      unicode.toUTF8String(converted);
      text = converted;
    }
    if (meanings == 0) {
      if (text.empty()) continue;
      const std::size_t bar = text.rfind('|');
      const std::string_view digits = text.substr(bar == std::string_view::npos ? text.size() : bar + 1);
      if (bar == std::string_view::npos || digits.empty() || digits.size() > 6 ||
          !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        throw Error(path, "expected WORD|COUNT", number);
      }
      for (char c : digits) meanings = meanings * 10 + static_cast<std::size_t>(c - '0');
      head = key_of(trim(text.substr(0, bar)));
      entry = !head.empty() && kept(head) ? &out.entries[head] : nullptr;
      continue;
    }
    --meanings;
    if (entry == nullptr) continue;
    const std::size_t first = text.find('|');
    if (first == std::string_view::npos) throw Error(path, "expected (PART OF SPEECH)|SYNONYM|...", number);
    for (std::size_t from = first + 1; from <= text.size();) {
      const std::size_t bar = std::min(text.find('|', from), text.size());
      const std::string_view word = synonym_of(text.substr(from, bar - from));
      from = bar + 1;
      if (word.empty()) continue;
      std::string key = key_of(word);
      if (key == head || !kept(key) || std::find(entry->begin(), entry->end(), key) != entry->end()) continue;
      entry->push_back(std::move(key));
    }
  }
  if (meanings != 0) throw Error(path, "ends inside an entry", number);
  // Read for some words only, a headword stays without synonyms: the language knows the word.
  if (wanted == nullptr) std::erase_if(out.entries, [](const auto& e) { return e.second.empty(); });
  return out;
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
