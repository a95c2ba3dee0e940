#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

#include "claimdiff/error.hpp"
#include "claimdiff/markup.hpp"
#include "support.hpp"

using claimdiff::Document;
using claimdiff::Error;
using claimdiff::InputFormat;

namespace {

Document page(const std::string& rel, claimdiff::LoadOptions options = {}) {
  std::string bytes = test::read_fixture(rel);
  Document d = claimdiff::load_bytes(rel, bytes, options);
  d.language = "en";
  claimdiff::segment(d, test::resources().language("en"));
  return d;
}

std::vector<std::string> lines(const Document& d) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at <= d.text.size()) {
    std::size_t nl = d.text.find('\n', at);
    if (nl == std::string::npos) nl = d.text.size();
    if (nl > at) out.push_back(d.text.substr(at, nl - at));
    at = nl + 1;
  }
  return out;
}

bool has_line(const Document& d, const std::string& line) {
  for (const auto& l : lines(d)) {
    if (l == line) return true;
  }
  return false;
}

// The text of an HTML source span as a reader sees it: tags dropped, the entities the fixtures
// use decoded, runs of white space made one space.
std::string visible_text(std::string_view html) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&amp;", "&"}, {"&pound;", "\xC2\xA3"}, {"&ldquo;", "\xE2\x80\x9C"}, {"&rdquo;", "\xE2\x80\x9D"},
      {"&rsquo;", "\xE2\x80\x99"}, {"&#8217;", "\xE2\x80\x99"}, {"&copy;", "\xC2\xA9"}, {"&nbsp;", " "}};
  std::string out;
  bool in_tag = false;
  for (std::size_t i = 0; i < html.size(); ++i) {
    char c = html[i];
    if (in_tag) {
      in_tag = c != '>';
      continue;
    }
    if (c == '<') {
      in_tag = true;
      out += ' ';
      continue;
    }
    bool decoded = false;
    for (const auto& [name, value] : kEntities) {
      if (html.substr(i, std::strlen(name)) == name) {
        out += value;
        i += std::strlen(name) - 1;
        decoded = true;
        break;
      }
    }
    if (!decoded) out += c;
  }
  std::string collapsed;
  for (char c : out) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += space ? ' ' : c;
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

// Single-byte Latin text as UTF-8 (the windows-1252 fixture has no bytes in 0x80-0x9F).
std::string latin1_to_utf8(std::string_view bytes) {
  std::string out;
  for (char c : bytes) {
    auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {
      out += c;
    } else {
      out += static_cast<char>(0xC0 | (b >> 6));
      out += static_cast<char>(0x80 | (b & 0x3F));
    }
  }
  return out;
}

// For every sentence: the bytes of the file between its start and end, tags stripped and
// entities decoded, are the sentence's text.
void check_spans(const std::string& rel, const Document& d, bool latin1 = false) {
  std::string bytes = test::read_fixture(rel);
  REQUIRE(!d.sentences.empty());
  for (const auto& s : d.sentences) {
    std::size_t from = d.input_offset(s.start), to = d.input_offset(s.end);
    REQUIRE(from < to);
    REQUIRE(to <= bytes.size());
    INFO(rel << " sentence " << s.id);
    std::string_view span = std::string_view(bytes).substr(from, to - from);
    CHECK(visible_text(latin1 ? latin1_to_utf8(span) : std::string(span)) == visible_text(d.sentence_text(s)));
  }
}

// 1-based line and column (in code points) of a byte offset of `bytes`.
std::pair<std::size_t, std::size_t> line_column(const std::string& bytes, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace

TEST_CASE("the article of a news page leaves out navigation, share bar, ads, related stories, comments and cookie banner",
          "[extract]") {
  Document d = page("html/story-v1.html");
  CHECK(has_line(d, "The flood barrier planned for the River Lune will not be finished before 2027, the Environment "
                    "Agency said on Thursday, two years later than promised."));
  CHECK(has_line(d, "Homes still at risk"));
  CHECK(has_line(d, "The River Lune at Lancaster, where the barrier will stand."));
  for (const char* furniture : {"cookies", "Sport", "Share on", "Advertisement", "Related stories", "Morecambe sea wall",
                                "disgrace", "Most read", "All rights reserved", "dataLayer", "display: flex"}) {
    INFO(furniture);
    CHECK(d.text.find(furniture) == std::string::npos);
  }
}

TEST_CASE("entities are decoded and inline markup does not split a paragraph", "[extract]") {
  Document d = page("html/story-v1.html");
  CHECK(has_line(d, "The agency blamed rising steel prices and a dispute with the main contractor, Harlow & Finch, which "
                    "it said had cost the project \xC2\xA3" "12 million since the spring."));
  CHECK(has_line(d, "Local councillors said residents had been told repeatedly that work would start last year. The "
                    "council will ask the agency to publish a new timetable by the end of April."));
}

TEST_CASE("the headline, byline and date are units of their own before the body, and --body-only drops them",
          "[extract]") {
  Document d = page("html/story-v1.html");
  auto l = lines(d);
  REQUIRE(l.size() >= 4);
  CHECK(l[0] == "Flood barrier on the Lune delayed until 2027");
  CHECK(l[1] == "By Maria Olsen");
  CHECK(l[2] == "14 March 2024");
  claimdiff::LoadOptions body;
  body.body_only = true;
  Document b = page("html/story-v1.html", body);
  CHECK(lines(b).front().rfind("The flood barrier planned", 0) == 0);
  CHECK(b.text.find("Maria Olsen") == std::string::npos);
}

TEST_CASE("every extracted sentence spans its own text in the page once tags are stripped and entities decoded",
          "[extract]") {
  for (const char* rel : {"html/story-v1.html", "html/story-v2.html"}) check_spans(rel, page(rel));
  check_spans("html/windows-1252.html", page("html/windows-1252.html"), true);
}

TEST_CASE("sentences of a page are placed at the page's own line and column", "[extract]") {
  Document d = page("html/story-v1.html");
  std::string bytes = test::read_fixture("html/story-v1.html");
  int id = test::find_sentence(d, "About 3,400 homes");
  REQUIRE(id >= 0);
  const auto& s = d.sentences[static_cast<std::size_t>(id)];
  auto [line, column] = line_column(bytes, bytes.find("About 3,400 homes"));
  CHECK(s.line == line);
  CHECK(s.column == column);
  auto pos = d.position(s.start + 6);
  CHECK(pos.line == line);
  CHECK(pos.column == column + 6);
}

TEST_CASE("a page in windows-1252 is read by its meta charset, offsets counting the page's single bytes", "[extract]") {
  Document d = page("html/windows-1252.html");
  CHECK(d.warnings.empty());
  CHECK(has_line(d, "C\xC3\xA1" "diz aprueba un presupuesto de 412 millones"));
  std::string bytes = test::read_fixture("html/windows-1252.html");
  int id = test::find_sentence(d, "La alcaldesa");
  REQUIRE(id >= 0);
  CHECK(d.input_offset(d.sentences[static_cast<std::size_t>(id)].start) == bytes.find("La alcaldesa"));
}

TEST_CASE("a page that claims UTF-8 but is not is decoded by ICU's detector, with a warning", "[extract]") {
  Document d = page("html/wrong-charset.html");
  REQUIRE(d.warnings.size() == 1);
  CHECK_THAT(d.warnings[0], Catch::Contains("utf-8") && Catch::Contains("windows-1252"));
  CHECK(d.text.find("Beatriz Mu\xC3\xB1oz") != std::string::npos);
}

TEST_CASE("a page with no text is refused with one error naming it", "[extract]") {
  try {
    page("html/no-article.html");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.file == "html/no-article.html");
    CHECK_THAT(e.message, Catch::Contains("no article"));
  }
}

TEST_CASE("tags nested a hundred thousand deep are refused, a few thousand unclosed ones are read", "[extract]") {
  std::string deep = "<!doctype html><html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "<p>The council met on Tuesday and approved the budget for next year.</p>";
  CHECK_THROWS_AS(claimdiff::load_html("deep.html", deep), Error);

  std::string unclosed = "<!doctype html><html><body><article>";
  for (int i = 0; i < 3000; ++i) unclosed += "<p>The council met on Tuesday and <b>approved the budget";
  Document d = claimdiff::load_html("unclosed.html", unclosed);
  CHECK(d.text.find("The council met on Tuesday and approved the budget") != std::string::npos);
}

TEST_CASE("binary junk named .html is refused as binary, not parsed", "[extract]") {
  std::string junk("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20);
  CHECK_THROWS_WITH(claimdiff::load_bytes("photo.html", junk), Catch::Contains("binary"));
}

TEST_CASE("Markdown is compared as rendered text: markers are not words and blocks keep their boundaries",
          "[extract]") {
  Document d = page("markdown/story-v1.md");
  CHECK(has_line(d, "Flood barrier on the Lune delayed until 2027"));
  CHECK(has_line(d, "The flood barrier planned for the River Lune will not be finished before 2027, the Environment "
                    "Agency said on Thursday, two years later than promised."));
  CHECK(has_line(d, "What happens next"));
  CHECK(has_line(d, "The council will ask for a new timetable by April"));
  CHECK(has_line(d, "About 3,400 homes remain at high risk"));
  CHECK(d.text.find("**") == std::string::npos);
  CHECK(d.text.find("](") == std::string::npos);
}

TEST_CASE("Markdown sentences point at their source, inline text found by matching", "[extract]") {
  Document d = page("markdown/story-v1.md");
  std::string bytes = test::read_fixture("markdown/story-v1.md");
  int id = test::find_sentence(d, "About 3,400 homes");
  REQUIRE(id >= 0);
  const auto& s = d.sentences[static_cast<std::size_t>(id)];
  CHECK(d.input_offset(s.start) == bytes.find("About 3,400 homes"));
  CHECK(s.line == 15);
  CHECK(s.column == 3);
  int link = test::find_sentence(d, "The agency blamed");
  REQUIRE(link >= 0);
  const auto& t = d.sentences[static_cast<std::size_t>(link)];
  std::string_view span = std::string_view(bytes).substr(d.input_offset(t.start), d.input_offset(t.end) - d.input_offset(t.start));
  CHECK(span.rfind("The agency blamed", 0) == 0);
  CHECK(span.substr(span.size() - 13) == "\xC2\xA3" "12 million.");
}

TEST_CASE("the input format comes from the extension, else from the first bytes", "[extract]") {
  using claimdiff::detect_format;
  CHECK(detect_format("story.HTML", "Plain words.") == InputFormat::Html);
  CHECK(detect_format("notes.md", "Plain words.") == InputFormat::Markdown);
  CHECK(detect_format("page.txt", "<!doctype html><p>x") == InputFormat::Text);
  CHECK(detect_format("-", "\n  <!DOCTYPE html>\n<html><head>") == InputFormat::Html);
  CHECK(detect_format("-", "# Budget approved\n\nThe **council** met, see [minutes](https://example.com).\n") ==
        InputFormat::Markdown);
  CHECK(detect_format("-", "The council met on Tuesday.\nIt approved the budget.\n") == InputFormat::Text);
  CHECK(detect_format("-", "<3 to all our readers\n") == InputFormat::Text);
}
