#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "segment/transliterate.hpp"

using claimdiff::detail::transliteration_key;

TEST_CASE("a Russian name and its English spelling share one key", "[segment][transliterate]") {
  CHECK(transliteration_key("Ханна") == "hanna");
  CHECK(transliteration_key("Hanna") == "hanna");
  CHECK(transliteration_key("Тамаулипас") == transliteration_key("Tamaulipas"));
}

TEST_CASE("accents are dropped, so Nuevo León matches Nuevo Leon", "[segment][transliterate]") {
  CHECK(transliteration_key("Nuevo León") == "nuevo leon");
  CHECK(transliteration_key("Grenzübergang") == "grenzubergang");
  CHECK(transliteration_key("Kaesong") == "kaesong");
}

TEST_CASE("Chinese, Japanese and Hindi names come out in plain Latin letters", "[segment][transliterate]") {
  for (const char* word : {"北京", "東京", "दिल्ली", "Ελλάδα"}) {
    std::string key = transliteration_key(word);
    INFO(word << " -> " << key);
    REQUIRE_FALSE(key.empty());
    for (unsigned char c : key) CHECK(c < 0x80);
  }
  CHECK(transliteration_key("北京") == "bei jing");
  CHECK(transliteration_key("Ελλάδα") == "ellada");
}

TEST_CASE("threads transliterating at once agree with one thread", "[segment][transliterate]") {
  const std::vector<std::string> words{"Москва", "Хабаровск", "Дегтярев", "Фургал", "Île-de-France", "São Paulo"};
  std::vector<std::string> expected;
  for (const auto& w : words) expected.push_back(transliteration_key(w));
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (auto& out : got)
    threads.emplace_back([&words, &out] {
      for (int round = 0; round < 50; ++round)
        for (const auto& w : words) out.push_back(transliteration_key(w));
    });
  for (auto& t : threads) t.join();
  for (const auto& out : got)
    for (std::size_t i = 0; i < out.size(); ++i) CHECK(out[i] == expected[i % words.size()]);
  CHECK(expected[1] == "habarovsk");
  CHECK(expected[5] == "sao paulo");
}
