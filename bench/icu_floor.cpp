// The floor of a comparison: ICU's sentence BreakIterator over every paragraph of each input, the
// least any sentence-level tool built on ICU has to do. Prints the seconds of the best of three
// runs (both inputs, one after the other) on stdout.
//
//   build/claimdiff_icu_floor A B

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>

namespace {

std::size_t sentences(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
  if (U_FAILURE(status)) return 0;
  std::size_t count = 0, from = 0;
  while (from < text.size()) {
    std::size_t nl = text.find('\n', from);
    if (nl == std::string::npos) nl = text.size();
    UText* ut = utext_openUTF8(nullptr, text.data() + from, static_cast<int64_t>(nl - from), &status);
    it->setText(ut, status);
    it->first();
    while (it->next() != icu::BreakIterator::DONE) ++count;
    utext_close(ut);
    from = nl + 1;
  }
  return count;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: claimdiff_icu_floor FILE...\n");
    return 2;
  }
  double best = 1e9;
  std::size_t count = 0;
  for (int round = 0; round < 3; ++round) {
    count = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 1; i < argc; ++i) {
      std::ifstream in(argv[i], std::ios::binary);
      const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      count += sentences(text);
    }
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::printf("%.3f\n", best);
  std::fprintf(stderr, "%zu sentences\n", count);
  return 0;
}
