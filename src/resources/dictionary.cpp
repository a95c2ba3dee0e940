#include <zlib.h>

#include <unicode/locid.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "claimdiff/error.hpp"
#include "claimdiff/resources.hpp"
#include "claimdiff/text.hpp"

namespace claimdiff {
namespace {

void add(Dictionary& d, std::string_view source, std::string_view target) {
  std::string s = comparison_key(trim(source)), t = comparison_key(trim(target));
  if (s.empty() || t.empty()) return;
  auto& v = d.entries[s];
  if (std::find(v.begin(), v.end(), t) == v.end()) v.push_back(std::move(t));
}

// dictd's index encodes offsets and lengths in its own base64 (A-Z a-z 0-9 + /, most significant first).
std::size_t b64(std::string_view s) {
  std::size_t v = 0;
  for (char c : s) {
    int d = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52
            : c == '+' ? 62 : c == '/' ? 63 : -1;
    if (d < 0) return SIZE_MAX;
    v = v * 64 + static_cast<std::size_t>(d);
  }
  return v;
}

std::string gunzip_file(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) throw Error(path, "cannot read dictionary data");
  std::string out;
  char buf[1 << 16];
  int n = 0;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  bool bad = n < 0;
  gzclose(f);
  if (bad) throw Error(path, "corrupt compressed dictionary data");
  return out;
}

// A FreeDict entry: the headword line ("Haus /haʊ̯s/ <n, neut>"), then the translations
// ("maison, bâtiment"), then perhaps a definition in the source language; numbered senses
// ("1. maison") each give translations too.
void parse_entry(Dictionary& d, const std::string& headword, std::string_view body) {
  std::istringstream lines{std::string(body)};
  std::string line;
  std::getline(lines, line);  // the headword line
  bool first = true;
  while (std::getline(lines, line)) {
    std::string t(trim(line));
    if (t.empty()) continue;
    bool numbered = t.size() > 2 && std::isdigit(static_cast<unsigned char>(t[0])) && t[1] == '.';
    if (!first && !numbered) break;
    if (numbered) t = trim(std::string_view(t).substr(2));
    first = false;
    std::size_t from = 0;
    while (from <= t.size()) {
      std::size_t comma = t.find_first_of(",;", from);
      std::string part(trim(std::string_view(t).substr(from, comma == std::string::npos ? std::string::npos : comma - from)));
      if (!part.empty() && part.size() < 60) add(d, headword, part);
      if (comma == std::string::npos) break;
      from = comma + 1;
    }
  }
}

Dictionary read_dictd(const std::string& index_path) {
  std::string base = index_path.substr(0, index_path.size() - std::string(".index").size());
  std::string data;
  if (std::ifstream(base + ".dict.dz")) data = gunzip_file(base + ".dict.dz");
  else if (std::ifstream(base + ".dict")) data = gunzip_file(base + ".dict");  // zlib reads plain files too
  else throw Error(index_path, "no .dict.dz or .dict beside the index");
  std::ifstream in(index_path);
  if (!in) throw Error(index_path, "cannot read dictionary index");
  Dictionary d;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::size_t t1 = line.find('\t'), t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos) throw Error(index_path, "expected WORD<TAB>OFFSET<TAB>LENGTH", number);
    std::string word = line.substr(0, t1);
    if (word.rfind("00database", 0) == 0 || word.empty()) continue;
    std::size_t offset = b64(std::string_view(line).substr(t1 + 1, t2 - t1 - 1));
    std::size_t length = b64(std::string_view(line).substr(t2 + 1));
    if (offset == SIZE_MAX || length == SIZE_MAX || offset > data.size() || length > data.size() - offset) {
      throw Error(index_path, "entry points outside the dictionary data", number);
    }
    parse_entry(d, word, std::string_view(data).substr(offset, length));
  }
  return d;
}

Dictionary read_tsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(path, "cannot read dictionary");
  Dictionary d;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string_view rest = std::string_view(line).substr(tab + 1);
    while (true) {
      std::size_t next = rest.find('\t');
      add(d, std::string_view(line).substr(0, tab), rest.substr(0, next));
      if (next == std::string_view::npos) break;
      rest.remove_prefix(next + 1);
    }
  }
  return d;
}

}  // namespace

Dictionary read_dictionary(const std::string& path) {
  if (path.size() > 6 && path.ends_with(".index")) return read_dictd(path);
  return read_tsv(path);
}

std::string find_dictionary(const std::string& from, const std::string& to, const std::vector<std::string>& directories) {
  // FreeDict names its databases by ISO 639-3 codes (freedict-deu-eng); ICU maps the two-letter
  // codes claimdiff takes to those.
  auto three = [](const std::string& code) { return std::string(icu::Locale(code.c_str()).getISO3Language()); };
  const std::string a = three(from), b = three(to);
  if (a.empty() || b.empty() || a == b) return {};
  for (const auto& dir : directories) {
    const std::filesystem::path index = std::filesystem::path(dir) / ("freedict-" + a + "-" + b + ".index");
    std::error_code ec;
    if (std::filesystem::exists(index, ec)) return index.string();
  }
  return {};
}

}  // namespace claimdiff
