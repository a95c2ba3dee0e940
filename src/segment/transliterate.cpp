#include "segment/transliterate.hpp"

#include <memory>
#include <mutex>
#include <unordered_map>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace claimdiff::detail {
namespace {

// ICU compiles the compound's rules on createInstance (milliseconds): that happens once per
// process. Rule-based transliterators are not meant to be shared by running threads, so each
// thread works on its own clone.
const icu::Transliterator* prototype() {
  static std::unique_ptr<icu::Transliterator> instance;
  static std::once_flag once;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    instance.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) instance.reset();
  });
  return instance.get();
}

bool is_ascii(std::string_view text) {
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  return true;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Words recur (names, function words), and a transliteration costs microseconds: each thread
// keeps what it has computed, up to a bound that keeps a book's vocabulary.
constexpr std::size_t kMaxCached = 1 << 17;

}  // namespace

std::string transliteration_key(std::string_view text) {
  if (is_ascii(text)) return ascii_lower(text);
  thread_local std::unique_ptr<icu::Transliterator> mine;
  thread_local std::unordered_map<std::string, std::string> cache;
  auto hit = cache.find(std::string(text));
  if (hit != cache.end()) return hit->second;
  if (!mine) {
    const icu::Transliterator* proto = prototype();
    if (proto == nullptr) return std::string(text);  // ICU data without the transliterators
    mine.reset(proto->clone());
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  mine->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  if (cache.size() >= kMaxCached) cache.clear();
  cache.emplace(std::string(text), out);
  return out;
}

}  // namespace claimdiff::detail
