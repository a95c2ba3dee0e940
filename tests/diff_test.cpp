#include <catch2/catch.hpp>

#include "support.hpp"

using claimdiff::DiffOp;
using claimdiff::Op;

namespace {

std::vector<DiffOp> diff_texts(const std::string& x, const std::string& y, claimdiff::DiffOptions o = {}) {
  auto a = test::doc(x);
  auto b = test::doc(y);
  std::vector<std::uint32_t> ia, ib;
  for (const auto& s : a.sentences) ia.push_back(s.id);
  for (const auto& s : b.sentences) ib.push_back(s.id);
  return claimdiff::diff_sentences(a, ia, b, ib, o);
}

std::string render(const std::vector<DiffOp>& ops) {
  std::string s;
  for (const auto& op : ops) {
    if (op.op == Op::Equal) s += op.text;
    else if (op.op == Op::Delete) s += "[-" + op.text + "-]";
    else s += "{+" + op.text + "+}";
  }
  return s;
}

std::pair<std::string, std::string> rebuild(const std::vector<DiffOp>& ops) {
  std::string a, b;
  for (const auto& op : ops) {
    if (op.op != Op::Insert) a += op.text;
    if (op.op == Op::Equal) b += op.other_text.empty() ? op.text : op.other_text;
    if (op.op == Op::Insert) b += op.text;
  }
  return {a, b};
}

}  // namespace

TEST_CASE("a spinner substitution shows as one whole phrase, with spaces outside the brackets", "[diff]") {
  auto ops = diff_texts("Russia had approved an offensive against his country.",
                        "Russia had approved an offensive once morest his country.");
  CHECK(render(ops) == "Russia had approved an offensive [-against-]{+once morest+} his country.");
}

TEST_CASE("a dropped word leaves single spaces around the deletion", "[diff]") {
  auto ops = diff_texts("The separatist leaders of Donetsk called for help.", "The leaders of Donetsk called for help.");
  CHECK(render(ops) == "The [-separatist -]leaders of Donetsk called for help.");
}

TEST_CASE("a short equality squeezed between edits is merged into them", "[diff]") {
  auto ops = diff_texts("Peskov said the talks had failed.", "Lavrov claimed the talks had failed.");
  CHECK(render(ops) == "[-Peskov said-]{+Lavrov claimed+} the talks had failed.");
}

TEST_CASE("doubled punctuation is a single small deletion", "[diff]") {
  auto ops = diff_texts("Peskov was quoted by the news agency TASS.", "Peskov was quoted by the news agency TASS. .");
  CHECK(render(ops) == "Peskov was quoted by the news agency TASS.{+ .+}");
}

TEST_CASE("the word diff rebuilds both sides exactly, across sentences of a split", "[diff]") {
  std::string x = "Officials said 23 people were taken to hospital, and four of them remain in critical condition.";
  std::string y = "Officials said 23 people were taken to hospital.  Four of them remain in critical condition.";
  auto ops = diff_texts(x, y);
  auto [a, b] = rebuild(ops);
  CHECK(a == x);
  CHECK(b == y);
}

TEST_CASE("with case ignored a capitalisation change is an equality that still rebuilds the other side", "[diff]") {
  claimdiff::DiffOptions o;
  o.ignore_case = true;
  auto ops = diff_texts("Psaki said The US will not go to war.", "Psaki said the US will not go to war.", o);
  for (const auto& op : ops) CHECK(op.op == Op::Equal);
  CHECK(rebuild(ops).second == "Psaki said the US will not go to war.");
}

TEST_CASE("with punctuation ignored only the words are compared", "[diff]") {
  claimdiff::DiffOptions o;
  o.ignore_punctuation = true;
  auto ops = diff_texts("The agency TASS reported it.", "The agency, TASS, reported it!", o);
  for (const auto& op : ops) CHECK(op.op != Op::Delete);
  auto [a, b] = rebuild(ops);
  CHECK(a == "The agency TASS reported it.");
  CHECK(b == "The agency, TASS, reported it!");
}

TEST_CASE("every reworded claim of the fixtures rebuilds both texts from its diff", "[diff]") {
  for (auto [x, y] : {std::pair{"bbc/original.txt", "bbc/copy.txt"}, std::pair{"revisions/v1.txt", "revisions/v2.txt"},
                      std::pair{"revisions/v2.txt", "revisions/v3.txt"}}) {
    auto a = test::fixture(x);
    auto b = test::fixture(y);
    auto beads = claimdiff::align(a, b);
    for (const auto& bead : beads) {
      if (bead.base.empty() || bead.other.empty()) continue;
      auto ops = claimdiff::diff_sentences(a, bead.base, b, bead.other);
      auto [ra, rb] = rebuild(ops);
      CHECK(ra == a.slice(a.sentences[bead.base.front()].start, a.sentences[bead.base.back()].end));
      CHECK(rb == b.slice(b.sentences[bead.other.front()].start, b.sentences[bead.other.back()].end));
    }
  }
}
