#include "claimdiff/diff.hpp"

#include <algorithm>

#include <dtl/dtl.hpp>

#include "claimdiff/text.hpp"

namespace claimdiff {
namespace {

// One significant token of a side, with the text between it and the previous one.
struct Piece {
  std::size_t gap_start, start, end;  // gap is [gap_start, start)
  std::uint64_t cmp;
  bool operator==(const Piece& o) const { return cmp == o.cmp; }
};

struct Side {
  const Document* doc;
  std::size_t start = 0, end = 0;  // the span of the side's sentences
  std::vector<Piece> pieces;
};

std::uint64_t compare_value(const Token& t, std::string_view text, const DiffOptions& o) {
  if (!o.ignore_case && !o.ignore_quotes) return t.exact;  // hash_bytes(text), from segmentation
  std::string s = o.ignore_quotes ? fold_quotes(text) : std::string(text);
  if (o.ignore_case) s = fold_case(s);
  return hash_bytes(s);
}

Side make_side(const Document& doc, std::span<const std::uint32_t> ids, const DiffOptions& o) {
  Side side{&doc, 0, 0, {}};
  if (ids.empty()) return side;
  side.start = doc.sentences[ids.front()].start;
  side.end = doc.sentences[ids.back()].end;
  std::size_t prev = side.start;
  for (auto id : ids) {
    for (const Token& t : doc.sentences[id].tokens) {
      if (o.ignore_punctuation && t.kind == TokenKind::Punct) continue;
      side.pieces.push_back({prev, t.start, t.end, compare_value(t, doc.token_text(t), o)});
      prev = t.end;
    }
  }
  return side;
}

// An op over byte ranges of both texts; text is cut from the documents at the end.
struct Atom {
  Op op;
  std::size_t bs, be, os, oe;
};

class Builder {
 public:
  Builder(const Side& a, const Side& b, const DiffOptions& o) : a_(a), b_(b), o_(o) {}

  void equal(std::size_t bs, std::size_t be, std::size_t os, std::size_t oe) { push({Op::Equal, bs, be, os, oe}); }
  void del(std::size_t bs, std::size_t be) { if (be > bs) push({Op::Delete, bs, be, 0, 0}); }
  void ins(std::size_t os, std::size_t oe) { if (oe > os) push({Op::Insert, 0, 0, os, oe}); }

  // A gap on both sides before a common token: equal when the same text (or both whitespace and
  // whitespace is ignored), otherwise an edit of its own. An equal op cannot say that its other
  // side is empty (an empty other_text means "same as text"), so ignored text facing nothing is
  // a delete.
  void gaps(std::size_t bs, std::size_t be, std::size_t os, std::size_t oe) {
    std::string_view ga = a_.doc->slice(bs, be), gb = b_.doc->slice(os, oe);
    if (ga.empty() && gb.empty()) return;
    if (ga == gb || (!gb.empty() && comparable(ga) == comparable(gb))) {
      equal(bs, be, os, oe);
    } else {
      del(bs, be);
      ins(os, oe);
    }
  }

  std::vector<Atom>& atoms() { return atoms_; }

 private:
  // A gap holds whitespace and, under --ignore punctuation, punctuation: what is left of it once
  // the ignored parts are dropped (any run of whitespace counts as one space when it is ignored).
  std::string comparable(std::string_view gap) const {
    std::string out;
    for (char c : gap) {
      bool space = c == ' ' || c == '\t' || c == '\n';
      if (!space && o_.ignore_punctuation) continue;
      if (space && o_.ignore_whitespace) {
        if (out.empty() || out.back() != ' ') out.push_back(' ');
        continue;
      }
      out.push_back(c);
    }
    return out;
  }

  void push(Atom at) {
    if (!atoms_.empty() && atoms_.back().op == at.op && at.op != Op::Equal) {
      Atom& last = atoms_.back();
      if (at.op == Op::Delete) last.be = at.be;
      else last.oe = at.oe;
      return;
    }
    if (!atoms_.empty() && at.op == Op::Equal && atoms_.back().op == Op::Equal &&
        atoms_.back().be == at.bs && atoms_.back().oe == at.os) {
      atoms_.back().be = at.be;
      atoms_.back().oe = at.oe;
      return;
    }
    atoms_.push_back(at);
  }

  const Side& a_;
  const Side& b_;
  const DiffOptions& o_;
  std::vector<Atom> atoms_;
};

struct PieceCompare : dtl::Compare<Piece> {
  bool impl(const Piece& x, const Piece& y) const override { return x.cmp == y.cmp; }
};

// dtl's O(NP) grows with the differences: two long runs of unrelated tokens (4 KB of random
// punctuation a side) cost milliseconds a claim and minutes a document. A middle above this many
// tokens on both sides together is one replacement.
constexpr std::size_t kMaxDiffTokens = 2048;

enum class Step : std::uint8_t { Common, Delete, Add };

// The token-level edit script: dtl's SES over the pieces, bounded as said above.
std::vector<Step> edit_script(const Side& a, const Side& b) {
  // The equal head and tail are matched directly (as git does): most claims change a few words,
  // and dtl then runs on the changed middle only.
  std::size_t n = a.pieces.size(), m = b.pieces.size(), head = 0, tail = 0;
  while (head < n && head < m && a.pieces[head] == b.pieces[head]) ++head;
  while (tail < n - head && tail < m - head && a.pieces[n - 1 - tail] == b.pieces[m - 1 - tail]) ++tail;
  std::vector<Step> steps(head, Step::Common);
  std::vector<Piece> ma(a.pieces.begin() + static_cast<std::ptrdiff_t>(head), a.pieces.end() - static_cast<std::ptrdiff_t>(tail));
  std::vector<Piece> mb(b.pieces.begin() + static_cast<std::ptrdiff_t>(head), b.pieces.end() - static_cast<std::ptrdiff_t>(tail));
  if (!ma.empty() && !mb.empty() && ma.size() + mb.size() <= kMaxDiffTokens) {
    dtl::Diff<Piece, std::vector<Piece>, PieceCompare> diff(ma, mb);
    diff.compose();
    for (const auto& [piece, info] : diff.getSes().getSequence()) {
      steps.push_back(info.type == dtl::SES_DELETE ? Step::Delete : info.type == dtl::SES_ADD ? Step::Add : Step::Common);
    }
  } else {
    steps.insert(steps.end(), ma.size(), Step::Delete);
    steps.insert(steps.end(), mb.size(), Step::Add);
  }
  steps.insert(steps.end(), tail, Step::Common);
  return steps;
}

// The raw token-level edit script as atoms, before cleanup.
std::vector<Atom> raw_diff(const Side& a, const Side& b, const DiffOptions& o) {
  Builder out(a, b, o);
  std::size_t ia = 0, ib = 0;  // pieces consumed
  for (Step step : edit_script(a, b)) {
    if (step == Step::Delete) {
      out.del(a.pieces[ia].gap_start, a.pieces[ia].end);
      ++ia;
    } else if (step == Step::Add) {
      out.ins(b.pieces[ib].gap_start, b.pieces[ib].end);
      ++ib;
    } else {
      out.gaps(a.pieces[ia].gap_start, a.pieces[ia].start, b.pieces[ib].gap_start, b.pieces[ib].start);
      out.equal(a.pieces[ia].start, a.pieces[ia].end, b.pieces[ib].start, b.pieces[ib].end);
      ++ia;
      ++ib;
    }
  }
  // Text after the last token of each side (trailing ignored punctuation).
  std::size_t ta = a.pieces.empty() ? a.start : a.pieces.back().end;
  std::size_t tb = b.pieces.empty() ? b.start : b.pieces.back().end;
  out.gaps(ta, a.end, tb, b.end);
  return std::move(out.atoms());
}

// A block is a maximal run of non-equal atoms; normalised to at most one delete then one insert.
std::vector<Atom> normalise_blocks(const std::vector<Atom>& atoms) {
  std::vector<Atom> out;
  for (std::size_t i = 0; i < atoms.size();) {
    if (atoms[i].op == Op::Equal) {
      if (!out.empty() && out.back().op == Op::Equal) {
        out.back().be = atoms[i].be;
        out.back().oe = atoms[i].oe;
      } else {
        out.push_back(atoms[i]);
      }
      ++i;
      continue;
    }
    Atom d{Op::Delete, SIZE_MAX, 0, 0, 0}, n{Op::Insert, 0, 0, SIZE_MAX, 0};
    for (; i < atoms.size() && atoms[i].op != Op::Equal; ++i) {
      if (atoms[i].op == Op::Delete) {
        d.bs = std::min(d.bs, atoms[i].bs);
        d.be = std::max(d.be, atoms[i].be);
      } else {
        n.os = std::min(n.os, atoms[i].os);
        n.oe = std::max(n.oe, atoms[i].oe);
      }
    }
    if (d.bs != SIZE_MAX) out.push_back(d);
    if (n.os != SIZE_MAX) out.push_back(n);
  }
  return out;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\n' || c == '\t';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// Semantic cleanup (after diff-match-patch's cleanupSemantic, Fraser 2006): an equality no longer
// than the edits on both sides of it, and of at most two words, becomes part of those edits.
std::vector<Atom> merge_small_equalities(std::vector<Atom> atoms, const Document& a) {
  auto edit_len = [](const std::vector<Atom>& v, std::size_t from, std::size_t to) {
    std::size_t del = 0, ins = 0;
    for (std::size_t k = from; k < to; ++k) {
      if (v[k].op == Op::Delete) del += v[k].be - v[k].bs;
      if (v[k].op == Op::Insert) ins += v[k].oe - v[k].os;
    }
    return std::max(del, ins);
  };
  // Scans for the first equality that qualifies, merges it, and goes on from the equality before
  // the merged block: only the equalities on either side of a grown block can newly qualify, so
  // this finds what a rescan from the start would, without one rescan per merge.
  for (std::size_t i = 0; i < atoms.size(); ++i) {
    if (atoms[i].op != Op::Equal || i == 0 || i + 1 >= atoms.size()) continue;
    std::size_t l0 = i, r1 = i + 1;
    while (l0 > 0 && atoms[l0 - 1].op != Op::Equal) --l0;
    while (r1 < atoms.size() && atoms[r1].op != Op::Equal) ++r1;
    std::size_t len = atoms[i].be - atoms[i].bs;
    std::string_view text = a.slice(atoms[i].bs, atoms[i].be);
    if (word_count(text) > 2 || len > edit_len(atoms, l0, i) || len > edit_len(atoms, i + 1, r1)) continue;
    Atom eq = atoms[i];
    atoms[i] = {Op::Delete, eq.bs, eq.be, 0, 0};
    atoms.insert(atoms.begin() + static_cast<std::ptrdiff_t>(i) + 1, Atom{Op::Insert, 0, 0, eq.os, eq.oe});
    // The edits from l0 to r1 are one block now: what normalise_blocks would make of it.
    std::vector<Atom> block(atoms.begin() + static_cast<std::ptrdiff_t>(l0), atoms.begin() + static_cast<std::ptrdiff_t>(r1) + 1);
    block = normalise_blocks(block);
    atoms.erase(atoms.begin() + static_cast<std::ptrdiff_t>(l0), atoms.begin() + static_cast<std::ptrdiff_t>(r1) + 1);
    atoms.insert(atoms.begin() + static_cast<std::ptrdiff_t>(l0), block.begin(), block.end());
    // Atoms before l0 are untouched; l0 - 1 is the equality before the merged block.
    i = l0 >= 2 ? l0 - 2 : static_cast<std::size_t>(-1);
  }
  return atoms;
}

bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Moves whitespace at the edges of an edit into the neighbouring equalities, so that edits start
// and end on words: "offensive [-against-] his", not "offensive[- against-] his".
void shift_whitespace(std::vector<Atom>& atoms, const Document& a, const Document& b) {
  for (std::size_t i = 0; i < atoms.size(); ++i) {
    if (atoms[i].op == Op::Equal) continue;
    std::size_t j = i;
    while (j < atoms.size() && atoms[j].op != Op::Equal) ++j;
    Atom* del = nullptr;
    Atom* ins = nullptr;
    for (std::size_t k = i; k < j; ++k) (atoms[k].op == Op::Delete ? del : ins) = &atoms[k];
    Atom* prev = i > 0 ? &atoms[i - 1] : nullptr;
    Atom* next = j < atoms.size() ? &atoms[j] : nullptr;
    if (del && ins && prev) {
      // Common leading whitespace of both edits joins the equality before them.
      while (del->bs < del->be && ins->os < ins->oe && is_ws(a.text[del->bs]) && a.text[del->bs] == b.text[ins->os]) {
        ++del->bs;
        ++ins->os;
        ++prev->be;
        ++prev->oe;
      }
    }
    if (del && ins && next) {
      while (del->bs < del->be && ins->os < ins->oe && is_ws(a.text[del->be - 1]) &&
             a.text[del->be - 1] == b.text[ins->oe - 1]) {
        --del->be;
        --ins->oe;
        --next->bs;
        --next->os;
      }
    }
    // A lone edit starting with whitespace, followed by an equality starting with the same
    // character, rotates right by that character.
    Atom* lone = del && !ins ? del : (!del && ins ? ins : nullptr);
    if (lone && prev && next) {
      bool on_base = lone->op == Op::Delete;
      const std::string& t = on_base ? a.text : b.text;
      std::size_t& s = on_base ? lone->bs : lone->os;
      std::size_t& e = on_base ? lone->be : lone->oe;
      const std::string& u = on_base ? b.text : a.text;
      std::size_t& u_next = on_base ? next->os : next->bs;
      std::size_t u_end = on_base ? next->oe : next->be;
      while (s < e && is_ws(t[s]) && e < t.size() && t[s] == t[e] && (on_base ? next->be : next->oe) > e &&
             u_next < u_end && u[u_next] == t[s]) {
        ++s;
        ++e;
        ++prev->be;
        ++prev->oe;
        ++next->bs;
        ++next->os;
      }
      (void)u_next;
    }
    i = j;
  }
  atoms.erase(std::remove_if(atoms.begin(), atoms.end(),
                             [](const Atom& x) {
                               bool no_base = x.be == x.bs, no_other = x.oe == x.os;
                               if (x.op == Op::Delete) return no_base;
                               if (x.op == Op::Insert) return no_other;
                               return no_base && no_other;
                             }),
              atoms.end());
}

}  // namespace

std::vector<DiffOp> diff_sentences(const Document& base, std::span<const std::uint32_t> base_ids,
                                   const Document& other, std::span<const std::uint32_t> other_ids,
                                   const DiffOptions& options) {
  Side a = make_side(base, base_ids, options);
  Side b = make_side(other, other_ids, options);
  std::vector<Atom> atoms = raw_diff(a, b, options);
  atoms = normalise_blocks(atoms);
  atoms = merge_small_equalities(std::move(atoms), base);
  shift_whitespace(atoms, base, other);
  std::vector<DiffOp> ops;
  ops.reserve(atoms.size());
  for (const Atom& at : atoms) {
    DiffOp op;
    op.op = at.op;
    op.base_start = at.bs;
    op.base_end = at.be;
    op.other_start = at.os;
    op.other_end = at.oe;
    if (at.op == Op::Insert) {
      op.text = std::string(other.slice(at.os, at.oe));
      op.base_start = op.base_end = ops.empty() ? a.start : ops.back().base_end;
    } else {
      op.text = std::string(base.slice(at.bs, at.be));
      if (at.op == Op::Equal) {
        std::string_view ot = other.slice(at.os, at.oe);
        if (ot != op.text) op.other_text = std::string(ot);
      } else {
        op.other_start = op.other_end = ops.empty() ? b.start : ops.back().other_end;
      }
    }
    ops.push_back(std::move(op));
  }
  return ops;
}

}  // namespace claimdiff
