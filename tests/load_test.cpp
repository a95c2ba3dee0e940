#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "claimdiff/error.hpp"
#include "claimdiff/load.hpp"

using claimdiff::Error;
using claimdiff::load_bytes;

namespace {

std::string utf16(const std::u16string& s, bool little) {
  std::string out = little ? std::string("\xFF\xFE", 2) : std::string("\xFE\xFF", 2);
  for (char16_t c : s) {
    char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    out += little ? std::string{lo, hi} : std::string{hi, lo};
  }
  return out;
}

}  // namespace

TEST_CASE("a UTF-8 byte order mark is dropped and offsets still point into the input as read", "[load]") {
  auto d = load_bytes("bom.txt", "\xEF\xBB\xBFKyiv said no.");
  CHECK(d.text == "Kyiv said no.");
  CHECK(d.input_offset(0) == 3);
  CHECK(d.input_offset(5) == 8);
}

TEST_CASE("CRLF and lone CR line ends become LF with offsets mapped back", "[load]") {
  auto d = load_bytes("crlf.txt", "One line.\r\nTwo lines.\rThree.");
  CHECK(d.text == "One line.\nTwo lines.\nThree.");
  std::size_t two = d.text.find("Two");
  CHECK(d.input_offset(two) == 11);
  std::size_t three = d.text.find("Three");
  CHECK(d.input_offset(three) == 22);
}

TEST_CASE("invalid UTF-8 is refused naming the line and column of the bad byte", "[load]") {
  try {
    load_bytes("bad.txt", "Fine first line.\nKremlin \xC3\x28 said");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.file == "bad.txt");
    CHECK(e.line == 2);
    CHECK(e.column == 9);
    CHECK_THAT(e.message, Catch::Contains("invalid UTF-8"));
  }
}

TEST_CASE("overlong UTF-8 and encoded surrogates are invalid", "[load]") {
  CHECK_THROWS_AS(load_bytes("x", "\xC0\xAF"), Error);
  CHECK_THROWS_AS(load_bytes("x", "\xED\xA0\x80"), Error);
  CHECK_THROWS_AS(load_bytes("x", "abc\xF5\x80\x80\x80"), Error);
}

TEST_CASE("a NUL byte marks binary input and is refused", "[load]") {
  try {
    load_bytes("bin.dat", std::string("PK\x03\x04\x00\x00", 6));
    FAIL("no error");
  } catch (const Error& e) {
    CHECK_THAT(e.message, Catch::Contains("NUL"));
    CHECK(e.line == 1);
    CHECK(e.column == 5);
  }
}

TEST_CASE("UTF-16 with a byte order mark is converted in either byte order", "[load]") {
  std::u16string text = u"Zelensky said \u201Cno\u201D.\nKyiv.";
  auto le = load_bytes("le.txt", utf16(text, true));
  auto be = load_bytes("be.txt", utf16(text, false));
  CHECK(le.text == "Zelensky said \u201Cno\u201D.\nKyiv.");
  CHECK(be.text == le.text);
  // "said" starts at code unit 9, after the two-byte BOM: byte 2 + 18.
  CHECK(le.input_offset(le.text.find("said")) == 20);
}

TEST_CASE("UTF-32 little-endian with a byte order mark is converted", "[load]") {
  std::string bytes("\xFF\xFE\x00\x00", 4);
  for (char c : std::string("Hi.")) bytes += std::string{c, 0, 0, 0};
  CHECK(load_bytes("u32.txt", bytes).text == "Hi.");
}

TEST_CASE("legacy single-byte text is converted through ICU when an encoding is named", "[load]") {
  claimdiff::LoadOptions o;
  o.encoding = "ISO-8859-1";
  auto d = load_bytes("latin1.txt", "Se\xF1or P\xE9rez dijo.", o);
  CHECK(d.text == "Se\u00F1or P\u00E9rez dijo.");
}

TEST_CASE("an unknown encoding name is an error, not a guess", "[load]") {
  claimdiff::LoadOptions o;
  o.encoding = "no-such-charset";
  CHECK_THROWS_WITH(load_bytes("x.txt", "abc", o), Catch::Contains("unknown encoding"));
}

TEST_CASE("decomposed accents are composed to NFC and offsets map through the change", "[load]") {
  auto d = load_bytes("nfd.txt", "Pe\x72\x65\xCC\x81z y Cafe\xCC\x81 hoy.");
  CHECK(d.text == "Per\u00E9z y Caf\u00E9 hoy.");
  std::size_t hoy = d.text.find("hoy");
  // In the input "hoy" comes after two 3-byte "e + combining acute" sequences.
  CHECK(d.input_offset(hoy) == std::string("Pere\xCC\x81z y Cafe\xCC\x81 ").size());
}

TEST_CASE("a missing file, a directory and an oversized file are refused by name", "[load]") {
  CHECK_THROWS_WITH(claimdiff::load_file("/nonexistent/story.txt"), Catch::Contains("No such file"));
  CHECK_THROWS_WITH(claimdiff::load_file("/tmp"), Catch::Contains("is a directory"));
  auto path = std::filesystem::temp_directory_path() / "claimdiff_big_test.txt";
  {
    std::ofstream out(path);
    out << std::string(2000, 'a');
  }
  claimdiff::LoadOptions o;
  o.max_bytes = 1000;
  CHECK_THROWS_WITH(claimdiff::load_file(path.string(), o), Catch::Contains("limit"));
  std::filesystem::remove(path);
}
