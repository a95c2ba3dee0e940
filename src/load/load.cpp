#include "claimdiff/load.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/utf16.h>

#include "claimdiff/error.hpp"
#include "claimdiff/markup.hpp"

namespace claimdiff {
namespace {

// Builds the document text and the offset map; line and column are worked out only for errors.
class TextBuilder {
 public:
  TextBuilder(const std::string& name, Document& doc) : name_(name), doc_(doc) {}

  // Appends one code point that started at `input_offset` in the input; folds CR and CRLF to LF.
  void push(char32_t c, std::size_t input_offset) {
    if (pending_cr_) {
      pending_cr_ = false;
      if (c == '\n') return;  // the LF of a CRLF: already emitted at the CR
    }
    if (c == '\r') {
      pending_cr_ = true;
      c = '\n';
    }
    if (c == 0) fail("NUL byte: binary input is not text");
    doc_.offsets.add(doc_.text.size(), input_offset);
    append_utf8(c);
  }

  // Appends bytes already known to be valid UTF-8 without CR or NUL, read at `input_offset`.
  void append_run(std::string_view run, std::size_t input_offset) {
    if (pending_cr_) {
      pending_cr_ = false;
      if (!run.empty() && run.front() == '\n') {
        run.remove_prefix(1);
        ++input_offset;
      }
    }
    if (run.empty()) return;
    doc_.offsets.add(doc_.text.size(), input_offset);
    doc_.text.append(run);
  }

  // Throws with the position just after the text decoded so far (where the bad input starts).
  [[noreturn]] void fail(const std::string& what) const {
    const std::string& t = doc_.text;
    std::size_t line = 1 + static_cast<std::size_t>(std::count(t.begin(), t.end(), '\n'));
    std::size_t nl = t.rfind('\n');
    std::size_t from = nl == std::string::npos ? 0 : nl + 1, column = 1;
    for (std::size_t i = from; i < t.size(); ++i) column += (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80;
    throw Error(name_, what, line, column);
  }

 private:
  void append_utf8(char32_t c) {
    std::string& t = doc_.text;
    if (c < 0x80) {
      t.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      t.push_back(static_cast<char>(0xC0 | (c >> 6)));
      t.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      t.push_back(static_cast<char>(0xE0 | (c >> 12)));
      t.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      t.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      t.push_back(static_cast<char>(0xF0 | (c >> 18)));
      t.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      t.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      t.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }

  const std::string& name_;
  Document& doc_;
  bool pending_cr_ = false;
};

// Decodes one UTF-8 sequence at bytes[i]; returns its length, 0 when invalid (overlong forms,
// surrogates and values past U+10FFFF are invalid, as in RFC 3629).
std::size_t decode_utf8(std::string_view bytes, std::size_t i, char32_t& out) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(bytes[i + k]); };
  unsigned char c = b(0);
  std::size_t left = bytes.size() - i;
  if (c < 0x80) {
    out = c;
    return 1;
  }
  auto cont = [&](std::size_t k) { return k < left && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    out = ((c & 0x1Fu) << 6) | (b(1) & 0x3Fu);
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    out = ((c & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
    if (out < 0x800 || (out >= 0xD800 && out <= 0xDFFF)) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    out = ((c & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
    if (out < 0x10000 || out > 0x10FFFF) return 0;
    return 4;
  }
  return 0;
}

void decode_utf8_input(std::string_view bytes, std::size_t skip, TextBuilder& builder) {
  for (std::size_t i = skip; i < bytes.size();) {
    // Valid UTF-8 is copied as it stands, in runs; only CR, NUL and bad bytes stop a run.
    std::size_t run = i;
    char32_t c = 0;
    while (i < bytes.size()) {
      unsigned char b = static_cast<unsigned char>(bytes[i]);
      if (b == '\r' || b == 0) break;
      if (b < 0x80) {
        ++i;
        continue;
      }
      std::size_t len = decode_utf8(bytes, i, c);
      if (len == 0) break;
      i += len;
    }
    builder.append_run(bytes.substr(run, i - run), run);
    if (i >= bytes.size()) break;
    std::size_t n = decode_utf8(bytes, i, c);
    if (n == 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[i]));
      builder.fail(std::string("invalid UTF-8 (byte ") + hex + "); use --encoding NAME for other encodings");
    }
    builder.push(c, i);
    i += n;
  }
}

void decode_with_icu(const std::string& name, std::string_view bytes, std::size_t skip,
                     const std::string& encoding, TextBuilder& builder) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> cnv(ucnv_open(encoding.c_str(), &status),
                                                          ucnv_close);
  if (U_FAILURE(status)) throw Error(name, "unknown encoding '" + encoding + "'");
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

  const char* source = bytes.data() + skip;
  const char* const source_limit = bytes.data() + bytes.size();
  constexpr std::size_t kChunk = 64 * 1024;
  std::vector<UChar> units(kChunk);
  std::vector<int32_t> offsets(kChunk);
  UChar pending_lead = 0;
  std::size_t pending_offset = 0;
  std::size_t last_at = skip;
  while (true) {
    const char* chunk_start = source;
    UChar* target = units.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &target, units.data() + units.size(), &source, source_limit,
                   offsets.data(), true, &status);
    std::size_t produced = static_cast<std::size_t>(target - units.data());
    for (std::size_t k = 0; k < produced; ++k) {
      // ICU gives -1 for units it made up (a substitution at the end of the input): they belong
      // where the input stopped, and offsets never go backwards.
      std::size_t at = offsets[k] < 0 ? last_at
                                      : static_cast<std::size_t>(chunk_start - bytes.data()) + static_cast<std::size_t>(offsets[k]);
      at = std::max(at, last_at);
      last_at = at;
      UChar u = units[k];
      if (pending_lead != 0) {
        if (U16_IS_TRAIL(u)) {
          builder.push(U16_GET_SUPPLEMENTARY(pending_lead, u), pending_offset);
          pending_lead = 0;
          continue;
        }
        builder.push(0xFFFD, pending_offset);
        pending_lead = 0;
      }
      if (U16_IS_LEAD(u)) {
        pending_lead = u;
        pending_offset = at;
      } else {
        builder.push(U16_IS_TRAIL(u) ? 0xFFFD : u, at);
      }
    }
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) builder.fail("invalid " + encoding + " input");
    break;
  }
  if (pending_lead != 0) builder.push(0xFFFD, pending_offset);
}

struct Bom {
  const char* encoding;
  std::size_t length;
};

Bom detect_bom(std::string_view b) {
  auto starts = [&](std::string_view p) { return b.substr(0, p.size()) == p; };
  using namespace std::string_view_literals;
  if (starts("\xEF\xBB\xBF"sv)) return {"UTF-8", 3};
  if (starts("\xFF\xFE\x00\x00"sv)) return {"UTF-32LE", 4};
  if (starts("\x00\x00\xFE\xFF"sv)) return {"UTF-32BE", 4};
  if (starts("\xFF\xFE"sv)) return {"UTF-16LE", 2};
  if (starts("\xFE\xFF"sv)) return {"UTF-16BE", 2};
  return {nullptr, 0};
}

// Puts the text in NFC, carrying the offset map through ICU's edit record.
void normalize_nfc(Document& doc) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || nfc->isNormalizedUTF8(doc.text, status)) return;
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(doc.text.size());
  icu::StringByteSink<std::string> sink(&out);
  icu::Edits edits;
  nfc->normalizeUTF8(0, doc.text, sink, &edits, status);
  if (U_FAILURE(status)) return;

  OffsetMap mapped;
  const auto& old_points = doc.offsets.points();
  auto it = edits.getFineIterator();
  while (it.next(status)) {
    auto src = static_cast<std::size_t>(it.sourceIndex());
    auto dst = static_cast<std::size_t>(it.destinationIndex());
    mapped.add(dst, doc.offsets.to_input(src));
    if (it.hasChange()) continue;
    auto len = static_cast<std::size_t>(it.oldLength());
    auto p = std::upper_bound(old_points.begin(), old_points.end(), src,
                              [](std::size_t s, const OffsetMap::Point& q) { return s < q.text; });
    for (; p != old_points.end() && p->text < src + len; ++p) mapped.add(dst + (p->text - src), p->input);
  }
  // The end of the text maps to the end of the input, not to wherever 1:1 interpolation from the
  // last change would put it.
  mapped.add(out.size(), doc.offsets.to_input(doc.text.size()));
  doc.text = std::move(out);
  doc.offsets = std::move(mapped);
}

std::string read_all(const std::string& path, std::size_t max_bytes) {
  std::string bytes;
  auto too_big = [&] {
    return Error(path, "input is larger than the limit of " + std::to_string(max_bytes) +
                           " bytes (raise it with --max-input-size)");
  };
  if (path == "-") {
    std::cin.clear();
    char buf[1 << 16];
    while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
      bytes.append(buf, static_cast<std::size_t>(std::cin.gcount()));
      if (bytes.size() > max_bytes) throw too_big();
    }
    return bytes;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) throw Error(path, std::strerror(errno));
  if (S_ISDIR(st.st_mode)) throw Error(path, "is a directory");
  if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > max_bytes) throw too_big();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, std::strerror(errno != 0 ? errno : EACCES));
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    bytes.append(buf, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > max_bytes) throw too_big();
  }
  if (in.bad()) throw Error(path, "read error");
  return bytes;
}

}  // namespace

Document load_bytes(std::string name, std::string_view bytes, const LoadOptions& options) {
  const InputFormat format = options.format == InputFormat::Auto ? detect_format(name, bytes) : options.format;
  if (format == InputFormat::Html) return load_html(std::move(name), bytes, options);
  if (format == InputFormat::Markdown) return load_markdown(std::move(name), bytes, options);
  if (bytes.size() > options.max_bytes) {
    throw Error(name, "input is larger than the limit of " + std::to_string(options.max_bytes) + " bytes");
  }
  Document doc;
  doc.name = std::move(name);
  doc.text.reserve(bytes.size());
  TextBuilder builder(doc.name, doc);
  Bom bom = detect_bom(bytes);
  std::string encoding = options.encoding;
  if (bom.encoding != nullptr && (encoding.empty() || std::string(bom.encoding).rfind("UTF-", 0) == 0)) {
    encoding = bom.encoding;
  }
  auto is_utf8 = [](const std::string& e) {
    std::string lower;
    for (char c : e) if (c != '-' && c != '_') lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return lower.empty() || lower == "utf8";
  };
  if (is_utf8(encoding)) {
    decode_utf8_input(bytes, bom.encoding != nullptr ? bom.length : 0, builder);
  } else {
    decode_with_icu(doc.name, bytes, bom.encoding != nullptr ? bom.length : 0, encoding, builder);
  }
  // The end of the text is the end of the input: without this point the last character of a
  // transcoded text (or the last of a trailing CRLF) would map 1:1 past it.
  doc.offsets.add(doc.text.size(), bytes.size());
  normalize_nfc(doc);
  return doc;
}

Document load_file(const std::string& path, const LoadOptions& options) {
  std::string bytes = read_all(path, options.max_bytes);
  return load_bytes(path, bytes, options);
}

}  // namespace claimdiff
