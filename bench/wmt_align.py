#!/usr/bin/env python3
"""Alignment accuracy on real news: WMT21 documents, perturbed as bench/bible_align.py perturbs.

Two dev sets from ../shared/corpora/wmt21/ (each document one segment per line, line k of one the
translation of line k of the other):
  * cross: each translation against its original (de->fr, fr->de, ru->en), languages given;
  * ab:    for ru-en, the first English translation (.ref.txt) against the second, independent one
           (.refB.txt): heavy monolingual paraphrase.
The second file of each pair is perturbed with common.perturb, seeded by --seed and the document:
drops, merges of adjacent lines, moves (>= a quarter of the document away) at the Bible's rates
(3%, 3%, 1%, rounded stochastically so that short documents keep the rates on average), and one
foreign line per document: a sentence (>= 8 words) of another article of the same set, in the
perturbed file's language. Gold: line k with line k, followed through the perturbation (a merged
line links to both its lines; dropped and foreign lines link to nothing).

`claimdiff align --segment lines --lang X,Y base other` runs once per document; every base id x
other id of a bead with both sides non-empty is a link. Reported per set (and per language pair):
link precision, recall and F1 summed over documents, and recall of each kind of gold link.

--loco runs a leave-one-corpus-out selection over four corpora (Bible pairs: the worse link F1 of
the two cases; Bleualign dev: the mean strict F1 of the direct and --via runs; WMT cross; WMT ab):
each --candidate is a set of environment assignments (`NAME=VALUE NAME2=VALUE`) handed to claimdiff
(`CLAIMDIFF_BIN=PATH` runs another claimdiff binary instead, to compare two builds);
for each corpus in turn, the candidate with the best mean figure on the other three is picked and
its figure on the left-out corpus reported.

    python3 bench/wmt_align.py --claimdiff build/claimdiff
    python3 bench/wmt_align.py --loco --candidate '' --candidate 'CLAIMDIFF_X=1'
    python3 bench/wmt_align.py --loco --candidate 'CLAIMDIFF_BIN=../main/build/claimdiff' --candidate ''
    python3 bench/wmt_align.py --self-test
"""

import argparse
import hashlib
import os
import random
import re
import shlex
import sys

sys.dont_write_bytecode = True  # keep bench/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

CROSS_PAIRS = ["de-fr", "fr-de", "ru-en"]
AB_PAIR = "ru-en"
DROP_RATE = 0.03
MERGE_RATE = 0.03
MOVE_RATE = 0.01
N_FOREIGN = 1
MIN_FOREIGN_WORDS = 8


class Doc:
    """One perturbed document pair and its gold links."""

    def __init__(self, set_name, pair, stem, langs, base_lines, other_lines, gold, kinds):
        self.set_name, self.pair, self.stem, self.langs = set_name, pair, stem, langs
        self.base_lines = base_lines      # [str]
        self.other_lines = other_lines    # [(text, tag)]
        self.gold = gold                  # {(i, j)}
        self.kinds = kinds                # {(i, j): keep|merged|moved}


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [" ".join(line.split()) for line in f.read().splitlines()]


def stems_of(folder):
    path = os.path.join(folder, "manifest.tsv")
    if not os.path.isfile(path):
        common.die(f"missing {path} (pass --corpora DIR)")
    with open(path, encoding="utf-8") as f:
        return [line.split("\t")[1] for line in f.read().splitlines()[1:] if line.strip()]


def perturb_doc(set_name, pair, stem, langs, base, other, pool, seed):
    """base, other: line-parallel lists. Returns a Doc, or None when the pair is unusable."""
    if len(base) != len(other) or len(base) < 4 or not all(base) or not all(other):
        return None
    rng = random.Random(int(hashlib.md5(f"{seed}:{set_name}:{stem}".encode()).hexdigest()[:12], 16))
    n = len(other)
    items = [[t, (k,), "keep"] for k, t in enumerate(other)]
    counts = [common.stochastic_round(rate * n, rng) for rate in (DROP_RATE, MERGE_RATE, MOVE_RATE)]
    items, _ = common.perturb(items, rng, counts[0], counts[1], counts[2], max(2, n // 4), N_FOREIGN,
                              lambda r, k: r.sample(pool, k))
    gold, kinds = set(), {}
    for j, (_, refs, tag) in enumerate(items):
        for k in refs:
            gold.add((k, j))
            kinds[(k, j)] = "moved" if "moved" in tag else tag
    return Doc(set_name, pair, stem, langs, base, [(t, tag) for t, _, tag in items], gold, kinds)


def langs_of(pair):
    """(original, translation) language of a set folder named like wmt_audit.py reads it:
    "ru-en", "rev_en-ru", "demetr_en-de"."""
    m = re.search(r"(?:^|_)([a-z]{2})-([a-z]{2})(?:_|$)", pair)
    if not m:
        common.die(f"{pair}: a set folder is named <orig>-<copy>, optionally with a _ prefix or suffix")
    return m.group(1), m.group(2)


def build_sets(corpora, seed, pairs=CROSS_PAIRS):
    """{"cross": [Doc], "ab": [Doc]}."""
    root = os.path.join(corpora, "wmt21")
    sets = {"cross": [], "ab": []}
    for pair in pairs:
        folder = os.path.join(root, pair)
        src_lang, tgt_lang = langs_of(pair)
        stems = stems_of(folder)
        refs = {st: read_lines(os.path.join(folder, st + ".ref.txt")) for st in stems}
        for stem in stems:
            pool = [l for st, ls in refs.items() if st != stem for l in ls[1:] if len(l.split()) >= MIN_FOREIGN_WORDS]
            src = read_lines(os.path.join(folder, stem + ".src.txt"))
            doc = perturb_doc("cross", pair, stem, (src_lang, tgt_lang), src, refs[stem], pool, seed)
            if doc:
                sets["cross"].append(doc)
        if pair == AB_PAIR:
            with_b = [st for st in stems if os.path.isfile(os.path.join(folder, st + ".refB.txt"))]
            refs_b = {st: read_lines(os.path.join(folder, st + ".refB.txt")) for st in with_b}
            for stem in with_b:
                pool = [l for st, ls in refs_b.items() if st != stem for l in ls[1:]
                        if len(l.split()) >= MIN_FOREIGN_WORDS]
                doc = perturb_doc("ab", pair, stem, (tgt_lang, tgt_lang), refs[stem], refs_b[stem], pool, seed)
                if doc:
                    sets["ab"].append(doc)
    return sets


def write_doc(doc, out_dir):
    folder = common.ensure_dir(os.path.join(out_dir, "wmt_align", doc.set_name, doc.pair, doc.stem))
    base, other = os.path.join(folder, "base.txt"), os.path.join(folder, "other.txt")
    with open(base, "w", encoding="utf-8") as f:
        f.writelines(t + "\n" for t in doc.base_lines)
    with open(other, "w", encoding="utf-8") as f:
        f.writelines(t + "\n" for t, _ in doc.other_lines)
    with open(os.path.join(folder, "gold.links"), "w") as f:
        f.writelines(f"{i}\t{j}\n" for i, j in sorted(doc.gold))
    return folder, base, other


class Tally:
    def __init__(self):
        self.tp = self.n_hyp = self.n_gold = 0
        self.kind = {}  # kind -> [hit, total]
        self.foreign_links = 0

    def add(self, doc, hyp):
        self.tp += len(doc.gold & hyp)
        self.n_hyp += len(hyp)
        self.n_gold += len(doc.gold)
        for link, kind in doc.kinds.items():
            h = self.kind.setdefault(kind, [0, 0])
            h[0] += link in hyp
            h[1] += 1
        foreign = {j for j, (_, tag) in enumerate(doc.other_lines) if tag == "foreign"}
        self.foreign_links += sum(1 for _, j in hyp if j in foreign)

    def prf(self):
        return common.prf(self.tp, self.n_hyp, self.n_gold)


def run_set(claimdiff, docs, out_dir, extra, timeout):
    """Tallies {set or pair name: Tally}, after running claimdiff on every document."""
    tallies = {}
    for doc in docs:
        folder, base, other = write_doc(doc, out_dir)
        cmd = [claimdiff, "align", "--segment", "lines", "--lang", ",".join(doc.langs)] + list(extra) + [base, other]
        text, _, _ = common.run_capture(cmd, timeout=timeout)
        with open(os.path.join(folder, "claimdiff.beads"), "w") as f:
            f.write(text)
        hyp = common.bead_links(common.parse_beads(text, f"claimdiff align ({doc.stem})"))
        for key in (doc.set_name, f"{doc.set_name} {doc.pair}"):
            tallies.setdefault(key, Tally()).add(doc, hyp)
    return tallies


def table(tallies):
    rows = []
    for name, t in tallies.items():
        p, r, f = t.prf()
        rk = {k: f"{h / n:.3f}" if n else "-" for k, (h, n) in t.kind.items()}
        rows.append([name, f"{p:.4f}", f"{r:.4f}", f"{f:.4f}", rk.get("keep", "-"), rk.get("merged", "-"),
                     rk.get("moved", "-"), t.foreign_links, t.n_gold])
    return common.markdown_table(["set", "precision", "recall", "F1", "recall 1-1", "recall merged",
                                  "recall moved", "links to foreign lines", "gold links"], rows)


# ---------------------------------------------------------------- leave one corpus out

def corpus_figures(args, claimdiff, sets):
    """The four corpus figures for the claimdiff (and environment) in force."""
    import bible_align
    import bleualign
    extra = shlex.split(args.claimdiff_args)
    figures = {}
    kjv = common.load_bible(args.corpora, "KJV")
    f1s = []
    for name, version in bible_align.CASES:
        case = bible_align.build_case(name, kjv, bible_align.load_version(args.corpora, version), 1)
        base, other = bible_align.write_case(case, os.path.join(common.OUT_DIR, "bible_align", name.replace("->", "-")))
        beads, _, _ = bible_align.run_claimdiff(claimdiff, base, other, args.timeout, extra)
        f1s.append(bible_align.score(case.gold, common.bead_links(beads))[2])
    figures["bible"] = min(f1s)
    files, gold = bleualign.load_set(args.corpora)
    f1s = []
    for via in (False, True):
        cmd = ([claimdiff, "align", "--segment", "lines"] + extra + (["--via", files["mt"]] if via else [])
               + [files["de"], files["fr"]])
        text, _, _ = common.run_capture(cmd, timeout=args.timeout)
        f1s.append(bleualign.vecalign_score(gold, common.parse_beads(text))["f1_strict"])
    figures["bleualign"] = sum(f1s) / len(f1s)
    for set_name in ("cross", "ab"):
        figures["wmt " + set_name] = run_set(claimdiff, sets[set_name], common.OUT_DIR, extra, args.timeout)[set_name].prf()[2]
    return figures


def loco(args, claimdiff, sets):
    candidates = args.candidate or [""]
    results = []
    saved = dict(os.environ)
    for cand in candidates:
        os.environ.clear()
        os.environ.update(saved)
        binary = claimdiff
        for assignment in shlex.split(cand):
            name, _, value = assignment.partition("=")
            if name == "CLAIMDIFF_BIN":
                binary = value  # another build: compares code, not only settings
            else:
                os.environ[name] = value
        figs = corpus_figures(args, binary, sets)
        print(f"candidate {cand or '(defaults)'}: " + ", ".join(f"{k} {v:.4f}" for k, v in figs.items()), file=sys.stderr)
        results.append((cand, figs))
    os.environ.clear()
    os.environ.update(saved)
    corpora = list(results[0][1])
    rows = [[cand or "(defaults)"] + [f"{figs[c]:.4f}" for c in corpora] for cand, figs in results]
    print(common.markdown_table(["candidate"] + corpora, rows))
    print()
    rows = []
    for left in corpora:
        others = [c for c in corpora if c != left]
        best = max(results, key=lambda cf: sum(cf[1][c] for c in others) / len(others))
        rows.append([left, best[0] or "(defaults)", f"{best[1][left]:.4f}",
                     f"{max(figs[left] for _, figs in results):.4f}"])
    print(common.markdown_table(["left out", "picked on the other three", "left-out figure",
                                 "best candidate on it (for reference)"], rows))


# ---------------------------------------------------------------- self-test

def self_test(args):
    test = common.SelfTest()
    check = test.check

    sets = build_sets(args.corpora, args.seed)
    again = build_sets(args.corpora, args.seed)
    for name, docs in sets.items():
        check(len(docs) > 50, f"{name}: {len(docs)} documents")
        check([d.other_lines for d in docs] == [d.other_lines for d in again[name]], f"{name}: deterministic")
        tags = [tag for d in docs for _, tag in d.other_lines]
        check(tags.count("foreign") == N_FOREIGN * len(docs), f"{name}: one foreign line per document")
        for kind in ("merged", "moved"):
            check(sum(kind in t for t in tags) > 5, f"{name}: {sum(kind in t for t in tags)} {kind} lines")
        kept = sum(len(d.gold) for d in docs)
        total = sum(len(d.base_lines) for d in docs)
        check(0.95 * total < kept < total, f"{name}: {kept} of {total} lines keep a gold link")
        check(all(all(t for t, _ in d.other_lines) for d in docs), f"{name}: no empty lines")
        doc = docs[0]
        by_other = {}
        for i, j in doc.gold:
            by_other.setdefault(j, []).append(i)
        ok_text = all(" ".join(doc.base_lines[i] for i in sorted(v)) != "" for v in by_other.values())
        check(ok_text, f"{name}: gold of {doc.stem} well formed")
        # the scorer: gold against itself, and a shifted copy
        t = Tally()
        for d in docs:
            t.add(d, set(d.gold))
        check(t.prf() == (1.0, 1.0, 1.0), f"{name}: gold scored against itself is 1")
        t = Tally()
        for d in docs:
            t.add(d, {(i, j + 1) if i % 5 == 0 else (i, j) for i, j in d.gold})
        check(0.7 < t.prf()[2] < 0.9, f"{name}: every fifth link shifted scores {t.prf()[2]:.3f}")
    return test.status()


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    common.add_common_args(ap)
    ap.add_argument("--seed", type=int, default=1, help="perturbation seed (default 1)")
    ap.add_argument("--set", choices=["cross", "ab"], action="append",
                    help="run only this set (repeatable); 'ab' is built from ru-en, so runs only if --pairs holds it")
    ap.add_argument("--pairs", default=",".join(CROSS_PAIRS),
                    help="comma-separated set folders under CORPORA/wmt21 (default: the dev pairs); "
                         "bench/heldout_proxies.py builds more")
    ap.add_argument("--claimdiff-args", default="", help="extra claimdiff align options")
    ap.add_argument("--timeout", type=float, default=120, help="per-run timeout in seconds (default 120)")
    ap.add_argument("--loco", action="store_true", help="leave-one-corpus-out selection over --candidate settings")
    ap.add_argument("--candidate", action="append",
                    help="with --loco: environment assignments for claimdiff, e.g. 'CLAIMDIFF_X=0.2' (repeatable)")
    ap.add_argument("--self-test", action="store_true", help="check data building and scoring, without claimdiff")
    args = ap.parse_args()
    common.OUT_DIR = os.path.abspath(args.out)
    if args.self_test:
        return self_test(args)
    claimdiff = common.check_claimdiff(args.claimdiff)
    sets = build_sets(args.corpora, args.seed, args.pairs.split(","))
    if args.loco:
        loco(args, claimdiff, sets)
        return 0
    tallies = {}
    for name in args.set or ["cross", "ab"]:
        print(f"{name}: {len(sets[name])} documents", file=sys.stderr)
        tallies.update(run_set(claimdiff, sets[name], common.OUT_DIR, shlex.split(args.claimdiff_args), args.timeout))
    print(table(tallies))
    return 0


if __name__ == "__main__":
    status = main()
    common.warn_if_rebuilt()
    sys.exit(status)
