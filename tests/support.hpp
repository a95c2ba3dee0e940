#pragma once
// Helpers shared by the test files: documents from strings and fixtures, one Resources object.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "claimdiff/claimdiff.hpp"

namespace test {

// What a run of the executable gave: exit status, standard output and standard error.
struct Run {
  int status = -1;
  std::string out, err;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline const claimdiff::Resources& resources() {
  static const claimdiff::Resources res(CLAIMDIFF_DATA_DIR);
  return res;
}

inline std::string fixture_path(const std::string& rel) { return std::string(CLAIMDIFF_FIXTURES_DIR) + "/" + rel; }

inline std::string read_fixture(const std::string& rel) {
  std::ifstream in(fixture_path(rel), std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline claimdiff::Document doc(const std::string& text, const std::string& lang = "en",
                               claimdiff::SegmentMode mode = claimdiff::SegmentMode::Sentences) {
  claimdiff::Document d = claimdiff::load_bytes("test.txt", text);
  d.language = lang;
  claimdiff::SegmentOptions o;
  o.mode = mode;
  claimdiff::segment(d, resources().language(lang), o);
  return d;
}

inline claimdiff::Document fixture(const std::string& rel, const std::string& lang = "en") {
  claimdiff::Document d = claimdiff::load_file(fixture_path(rel));
  d.language = lang;
  claimdiff::segment(d, resources().language(lang));
  return d;
}

inline std::vector<std::string> sentence_texts(const claimdiff::Document& d) {
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.emplace_back(d.sentence_text(s));
  return out;
}

// Sentence id whose text contains `needle`, or -1.
inline int find_sentence(const claimdiff::Document& d, const std::string& needle) {
  for (const auto& s : d.sentences) {
    if (d.sentence_text(s).find(needle) != std::string_view::npos) return static_cast<int>(s.id);
  }
  return -1;
}

}  // namespace test
