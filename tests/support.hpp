#pragma once
// Helpers shared by the test files: documents from strings and fixtures, one Resources object.

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

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

// A scratch directory of its own, removed with everything in it (made writable first).
class Scratch {
 public:
  Scratch() {
    static int counter = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("claimdiff_scratch_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
  }
  ~Scratch() {
    std::error_code ec;
    std::filesystem::permissions(dir_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(dir_, ec);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  // Writes `bytes` to `name` (a path inside the directory; folders made as needed); returns its path.
  std::filesystem::path write(const std::string& name, const std::string& bytes) const {
    std::filesystem::path p = dir_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  std::filesystem::path path(const std::string& name) const { return dir_ / name; }
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
};

// Runs the built executable in `dir` with `args` (shell words), `stdin_text` on standard input
// (none when empty). A run over two minutes is killed and reports status 124: a hang.
inline Run run_in(const std::string& dir, const std::string& args, const std::string& stdin_text = {}) {
  static int counter = 0;
  namespace fs = std::filesystem;
  fs::path io = fs::temp_directory_path() / ("claimdiff_run_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  fs::create_directories(io);
  std::string cmd = "cd '" + dir + "' && timeout 120 '" + CLAIMDIFF_EXE + "' " + args;
  if (stdin_text.empty()) {
    cmd += " < /dev/null";
  } else {
    std::ofstream(io / "in", std::ios::binary) << stdin_text;
    cmd += " < '" + (io / "in").string() + "'";
  }
  cmd += " > '" + (io / "out").string() + "' 2> '" + (io / "err").string() + "'";
  int raw = std::system(cmd.c_str());
  Run r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = slurp(io / "out");
  r.err = slurp(io / "err");
  fs::remove_all(io);
  return r;
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

// 1-based number of the first line of fixture `rel` that contains `needle`, or 0.
inline std::size_t fixture_line(const std::string& rel, const std::string& needle) {
  std::istringstream lines(read_fixture(rel));
  std::size_t n = 1;
  for (std::string line; std::getline(lines, line); ++n) {
    if (line.find(needle) != std::string::npos) return n;
  }
  return 0;
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

// The one claim of a source sentence against its English translation, compared across languages.
inline claimdiff::Claim translation_claim(const std::string& source, const std::string& lang, const std::string& english) {
  auto a = doc(source, lang);
  auto b = doc(english, "en");
  claimdiff::AlignOptions across;
  across.cross_language = true;
  auto beads = claimdiff::align(a, b, across);
  auto claims = claimdiff::classify(a, b, beads, resources().language(lang), resources().language("en"));
  REQUIRE(claims.size() == 1);
  return claims[0];
}

// A German council report and its French translation with one unrelated line inserted (the
// apple harvest), whose length fits the German third line better than its real translation does:
// only a German-French dictionary ("Kritiker" critique, "Stadt" ville) pairs the third lines.
inline constexpr const char* kCouncilGerman =
    "Der Stadtrat von Freiburg hat am Dienstag einen neuen Haushalt f\u00FCr 2025 beschlossen.\n"
    "Die Ausgaben f\u00FCr Schulen steigen um 12 Millionen Euro.\n"
    "Kritiker warnen vor den Schulden der Stadt und vor neuen Abgaben.\n"
    "Der B\u00FCrgermeister verteidigte den Plan am Abend im Rathaus.\n";
inline constexpr const char* kCouncilFrench =
    "Le conseil municipal de Fribourg a adopt\u00E9 mardi un nouveau budget pour 2025.\n"
    "Les d\u00E9penses pour les \u00E9coles augmentent de 12 millions d'euros.\n"
    "Les critiques mettent en garde contre la dette de la ville.\n"
    "La r\u00E9colte de pommes a \u00E9t\u00E9 excellente cette ann\u00E9e dans toute la vall\u00E9e.\n"
    "Le maire a d\u00E9fendu le plan le soir \u00E0 l'h\u00F4tel de ville.\n";

}  // namespace test
