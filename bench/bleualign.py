#!/usr/bin/env python3
"""Alignment accuracy on the Bleualign German-French dev set, Vecalign-style.

Runs `claimdiff align --segment lines de.txt fr.txt`, with and without
`--via de-mt-fr.txt` (a machine translation of de.txt into French,
line-parallel with it), and in the reverse direction
(`--lang fr,de fr.txt de.txt`, beads swapped back before scoring), and
scores the beads against gold.defr the way Vecalign's score.py does:

  * beads empty on both sides are ignored;
  * precision: each distinct hypothesis bead is a strict hit if it equals a
    gold bead, a lax hit if it equals one or shares a target id with a gold
    bead that shares one of its source ids (insertion/deletion beads can only
    be strict hits);
  * recall: the same with gold and hypothesis swapped, over beads with both
    sides non-empty only (so 1-0 / 0-1 beads count for precision only);
  * F1 = harmonic mean of precision and recall.

With --hunalign it also runs hunalign (empty dictionary) on de/fr directly,
with -realign, and through the MT translation (de-mt-fr.txt against a lowercased
copy of fr.txt, since the MT is lowercased; ids map to de.txt because the MT
is line-parallel with it).

    python3 bench/bleualign.py --claimdiff build/claimdiff [--hunalign]
    python3 bench/bleualign.py --self-test
"""

import argparse
import os
import random
import sys

sys.dont_write_bytecode = True  # keep bench/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def _counts(gold, test):
    """Vecalign's _precision: (tp_strict, fp_strict, tp_lax, fp_lax) of test against gold."""
    test = {(tuple(s), tuple(t)) for s, t in test if s or t}
    gold = {(tuple(s), tuple(t)) for s, t in gold if s or t}
    src_to_gold_tgt = {}
    for gs, gt in gold:
        for i in gs:
            src_to_gold_tgt.setdefault(i, set()).update(gt)
    tps = fps = tpl = fpl = 0
    for bead in test:
        if bead in gold:
            tps += 1
            tpl += 1
            continue
        fps += 1
        ts, tt = bead
        targets = set()
        for i in ts:
            targets |= src_to_gold_tgt.get(i, set())
        if targets & set(tt):
            tpl += 1
        else:
            fpl += 1
    return tps, fps, tpl, fpl


def vecalign_score(gold, test):
    """Strict and lax precision/recall/F1 as in Vecalign's score_multiple (one file pair)."""
    p = _counts(gold, test)
    test_no_del = [(s, t) for s, t in test if s and t]
    gold_no_del = [(s, t) for s, t in gold if s and t]
    r = _counts(test_no_del, gold_no_del)

    def ratio(a, b):
        return a / (a + b) if a + b else 0.0

    def f1(x, y):
        return 2 * x * y / (x + y) if x + y else 0.0

    ps, pl = ratio(p[0], p[1]), ratio(p[2], p[3])
    rs, rl = ratio(r[0], r[1]), ratio(r[2], r[3])
    return dict(precision_strict=ps, recall_strict=rs, f1_strict=f1(ps, rs),
                precision_lax=pl, recall_lax=rl, f1_lax=f1(pl, rl))


def load_set(corpora):
    d = os.path.join(corpora, "bleualign-dev")
    files = {k: os.path.join(d, v) for k, v in
             dict(de="de.txt", fr="fr.txt", mt="de-mt-fr.txt", gold="gold.defr").items()}
    for path in files.values():
        if not os.path.isfile(path):
            common.die(f"missing corpus file {path} (pass --corpora DIR)")
    with open(files["gold"], encoding="utf-8") as f:
        gold = common.parse_beads(f.read(), files["gold"])
    return files, gold


def self_test(args):
    test = common.SelfTest()
    check = test.check

    files, gold = load_set(args.corpora)
    n_de, n_fr = common.count_lines(files["de"]), common.count_lines(files["fr"])
    check(n_de == 468 and n_fr == 554 and common.count_lines(files["mt"]) == n_de,
          f"line counts: de {n_de}, fr {n_fr}, mt parallel with de")
    with open(files["de"], encoding="utf-8") as f:
        check(sum(1 for _ in f) == n_de, "de.txt has no empty lines (line number == unit id)")
    with open(files["fr"], encoding="utf-8") as f:
        check(sum(1 for _ in f) == n_fr, "fr.txt has no empty lines (line number == unit id)")
    check(len(gold) == 422, f"{len(gold)} gold beads")
    src = sorted(i for s, _ in gold for i in s)
    tgt = sorted(j for _, t in gold for j in t)
    check(src == sorted(set(src)) and tgt == sorted(set(tgt)) and src[-1] < n_de and tgt[-1] < n_fr,
          "gold ids distinct and in range")

    res = vecalign_score(gold, gold)
    check(all(v == 1.0 for v in res.values()), f"gold against itself: {fmt(res)}")

    # corrupted: split every 5th 1-1 run by shifting a target id, drop a few beads
    rng = random.Random(1)
    bad = []
    for s, t in gold:
        x = rng.random()
        if x < 0.05:
            continue
        if x < 0.15 and s and t:
            bad.append((s, tuple(j + 1 for j in t)))
        else:
            bad.append((s, t))
    res = vecalign_score(gold, bad)
    check(res["f1_strict"] < 1 and res["f1_lax"] < 1 and res["f1_lax"] >= res["f1_strict"],
          f"corrupted gold: {fmt(res)}")

    # hand-checked small case (Vecalign semantics)
    g = [((0,), (0,)), ((1,), (1, 2)), ((2,), ()), ((3,), (3,))]
    t = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), ()), ((3,), (4,))]
    res = vecalign_score(g, t)
    # precision: 5 beads, strict hits (0,0),(2,-) = 2; lax adds (1,1) = 3
    # recall over gold non-empty (3 beads) vs test non-empty: strict (0,0)=1; lax adds (1,[1,2]) = 2
    want = dict(precision_strict=2 / 5, precision_lax=3 / 5, recall_strict=1 / 3, recall_lax=2 / 3)
    check(all(abs(res[k] - v) < 1e-9 for k, v in want.items()), f"hand-checked case: {fmt(res)}")

    # hunalign ladder conversion: random monotone beads -> ladder -> same beads
    # (the gold itself is not monotone: e.g. [250]:[291,293,294] then []:[292])
    rng = random.Random(2)
    beads, i, j = [], 0, 0
    for _ in range(500):
        a, b = rng.choice([(1, 1), (1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (1, 3)])
        beads.append((tuple(range(i, i + a)), tuple(range(j, j + b))))
        i, j = i + a, j + b
    # rungs after 1-0 / 0-1 beads: carry the other coordinate forward
    fixed, pi, pj = ["0\t0\t0"], 0, 0
    for s, t in beads:
        pi, pj = (s[-1] + 1 if s else pi), (t[-1] + 1 if t else pj)
        fixed.append(f"{pi}\t{pj}\t0.5")
    back = common.ladder_to_beads("\n".join(fixed), i, j)
    check(back == beads, "monotone beads -> ladder -> beads round trip")
    return test.status()


def fmt(res):
    return " ".join(f"{k}={v:.3f}" for k, v in res.items())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    common.add_common_args(ap)
    ap.add_argument("--hunalign", action="store_true", help="also run hunalign for comparison")
    ap.add_argument("--claimdiff-args", default="",
                    help="extra claimdiff align options, e.g. '--threshold 0.1'")
    ap.add_argument("--no-claimdiff", action="store_true", help="skip claimdiff (e.g. hunalign only)")
    ap.add_argument("--timeout", type=float, default=300, help="per-run timeout in seconds (default 300)")
    ap.add_argument("--self-test", action="store_true", help="check the scorer, without claimdiff")
    args = ap.parse_args()
    common.OUT_DIR = os.path.abspath(args.out)
    if args.self_test:
        return self_test(args)

    files, gold = load_set(args.corpora)
    folder = common.ensure_dir(os.path.join(common.OUT_DIR, "bleualign"))
    runs = []
    if not args.no_claimdiff:
        cd = common.check_claimdiff(args.claimdiff)

        def claimdiff(via, reverse=False):
            pair = [files["fr"], files["de"]] if reverse else [files["de"], files["fr"]]
            cmd = ([cd, "align", "--segment", "lines"] + args.claimdiff_args.split()
                   + (["--via", files["mt"]] if via else [])
                   + (["--lang", "fr,de"] if reverse else []) + pair)
            text, secs, _ = common.run_capture(cmd, timeout=args.timeout)
            beads = common.parse_beads(text, "claimdiff align")
            # Scored in the gold's orientation: de ids first.
            return ([(t, s) for s, t in beads] if reverse else beads), secs

        label = "claimdiff" + (" " + args.claimdiff_args if args.claimdiff_args.strip() else "")
        runs.append((label, "-", lambda: claimdiff(False)))
        runs.append((label + " --via de-mt-fr.txt", "MT", lambda: claimdiff(True)))
        # The same pair with French as the base: the aligner should not depend on the direction.
        if not any(opt in args.claimdiff_args.split() for opt in ("--lang", "--dictionary")):
            # (A language pair or a dictionary given for de -> fr does not hold the other way.)
            runs.append((label + " --lang fr,de (fr.txt de.txt)", "-", lambda: claimdiff(False, reverse=True)))
    if args.hunalign:
        hun, hun_name = common.hunalign_command()
        if hun is None:
            common.die(hun_name)
        fr_lower = os.path.join(folder, "fr.lower.txt")
        with open(files["fr"], encoding="utf-8") as f, open(fr_lower, "w", encoding="utf-8") as g:
            g.write(f.read().lower())

        def hunalign(src, tgt, extra):
            beads, secs, _ = common.run_hunalign(hun, src, tgt, extra, timeout=args.timeout)
            return beads, secs

        runs.append(("hunalign", "-", lambda: hunalign(files["de"], files["fr"], [])))
        runs.append(("hunalign -realign", "-", lambda: hunalign(files["de"], files["fr"], ["-realign"])))
        runs.append(("hunalign (MT vs lowercased fr)", "MT", lambda: hunalign(files["mt"], fr_lower, [])))
        runs.append(("hunalign -realign (MT vs lowercased fr)", "MT", lambda: hunalign(files["mt"], fr_lower, ["-realign"])))

    rows = []
    for tool, via, fn in runs:
        try:
            beads, secs = fn()
        except RuntimeError as e:
            print(f"{tool}: {e}", file=sys.stderr)
            rows.append([tool, via] + ["error"] * 6 + [""])
            continue
        name = tool.replace(" ", "_").replace("(", "").replace(")", "").replace("/", "")
        with open(os.path.join(folder, name + ".beads"), "w") as f:
            f.write(common.format_beads(beads))
        r = vecalign_score(gold, beads)
        rows.append([tool, via] + [f"{r[k]:.3f}" for k in (
            "precision_strict", "recall_strict", "f1_strict", "precision_lax", "recall_lax", "f1_lax")]
            + [f"{secs:.2f}"])
    print(f"Bleualign dev set (de {common.count_lines(files['de'])} lines, fr {common.count_lines(files['fr'])} lines, "
          f"{len(gold)} gold beads)\n")
    print(common.markdown_table(["tool", "via", "P strict", "R strict", "F1 strict",
                                 "P lax", "R lax", "F1 lax", "seconds"], rows))
    return 0


if __name__ == "__main__":
    status = main()
    common.warn_if_rebuilt()
    sys.exit(status)
