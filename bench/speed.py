#!/usr/bin/env python3
"""Whole-process speed of claimdiff against git's word diff and wdiff.

Documents: each chapter of a Bible version becomes one paragraph line (its
verses joined by single spaces), a blank line between chapters: about 4 MB of
prose per version. Pairs: KJV vs Webster and KJV vs ASV.

1. Comparison: rounds of alternating runs (claimdiff, git, wdiff for each pair)
   of
       claimdiff --format json A B                    > /dev/null
       git diff --no-index --word-diff=porcelain A B  > /dev/null
       wdiff -3 A B                                   > /dev/null
   Reported: median wall seconds, claimdiff/git and claimdiff/wdiff ratios,
   and peak resident memory of each tool (from wait4() on the child, the same
   number /usr/bin/time -v prints as "Maximum resident set size").
2. Scaling: claimdiff on KJV vs Webster at ~1 MB (a prefix of whole chapters),
   4 MB (the whole text) and 16 MB (four concatenated copies; note that copies
   make every sentence occur four times, so none is unique).
3. Hard cases, relative to the related KJV/Webster pair:
   * unrelated: KJV vs a word salad made from the Webster text (every word of
     the document shuffled with a fixed seed, paragraphs keep their lengths):
     same vocabulary and sentence lengths, no sentence to align;
   * all moved: KJV vs the ASV with its chapters in shuffled order: everything
     aligns, but nothing is where it was.

    python3 bench/speed.py --claimdiff build/claimdiff [--rounds 5] [--quick]
    python3 bench/speed.py --self-test      # build the documents, check them, time git and wdiff only
"""

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys

sys.dont_write_bytecode = True  # keep bench/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

MB = 1_000_000


def build_documents(corpora, folder, seed):
    """Write the benchmark documents; return {name: path}."""
    common.ensure_dir(folder)
    docs = {}
    chs = {v: common.chapters(common.load_bible(corpora, v)) for v in ("KJV", "Webster", "ASV")}

    def write(name, text):
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        docs[name] = path

    for v in chs:
        write(f"{v}.txt", common.prose_document(chs[v]))

    # ~1 MB prefix: the same leading chapters of both versions
    total, n = 0, 0
    for _, texts in chs["KJV"]:
        total += sum(len(t) + 1 for t in texts) + 1
        n += 1
        if total >= MB:
            break
    write("KJV.1MB.txt", common.prose_document(chs["KJV"][:n]))
    write("Webster.1MB.txt", common.prose_document(chs["Webster"][:n]))
    # ~16 MB: four copies
    for v in ("KJV", "Webster"):
        one = common.prose_document(chs[v])
        write(f"{v}.16MB.txt", "\n".join([one] * 4))

    rng = random.Random(seed)
    # unrelated: Webster's words shuffled over the whole document
    words = [w for _, texts in chs["Webster"] for t in texts for w in t.split()]
    rng.shuffle(words)
    paras, k = [], 0
    for _, texts in chs["Webster"]:
        n_words = sum(len(t.split()) for t in texts)
        paras.append(" ".join(words[k:k + n_words]))
        k += n_words
    write("Webster.shuffled-words.txt", "\n\n".join(paras) + "\n")
    # all moved: ASV chapters in shuffled order
    order = list(chs["ASV"])
    rng.shuffle(order)
    write("ASV.shuffled-chapters.txt", common.prose_document(order))
    return docs


def size_mb(path):
    return os.path.getsize(path) / MB


class Timer:
    """Collects wall times and peak RSS per label; a label that failed stops running."""

    def __init__(self, timeout):
        self.timeout = timeout
        self.times, self.rss, self.failed = {}, {}, {}

    def run(self, label, cmd):
        if label in self.failed:
            return
        rc, secs, rss, err = common.run_timed(cmd, timeout=self.timeout)
        if rc is None:
            self.failed[label] = f"timeout after {self.timeout:.0f} s"
        elif rc not in (0, 1):
            self.failed[label] = f"exit status {rc}: {err.strip().splitlines()[-1] if err.strip() else ''}"
        else:
            self.times.setdefault(label, []).append(secs)
            self.rss[label] = max(self.rss.get(label, 0), rss)
            return
        print(f"{label}: {self.failed[label]}", file=sys.stderr)

    def median(self, label):
        t = self.times.get(label)
        return statistics.median(t) if t else None

    def cell(self, label):
        m = self.median(label)
        return f"{m:.3f}" if m is not None else self.failed.get(label, "-")


def ratio(a, b):
    if a is None or not b:
        return "-"
    r = a / b
    return f"{r:.2f}x" if r < 10 else f"{r:.0f}x"


def claimdiff_cmd(cd, a, b):
    return [cd, "--format", "json", a, b]


def git_cmd(a, b):
    return ["git", "diff", "--no-index", "--word-diff=porcelain", a, b]


def wdiff_cmd(a, b):
    return ["wdiff", "-3", a, b]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    common.add_common_args(ap)
    ap.add_argument("--rounds", type=int, default=5, help="rounds of the comparison (default 5)")
    ap.add_argument("--curve-rounds", type=int, default=2,
                    help="runs per point of the scaling curve and hard cases (default 2)")
    ap.add_argument("--quick", action="store_true",
                    help="2 rounds, 1 run per curve point, no 16 MB point")
    ap.add_argument("--only", choices=["compare", "scaling", "hard"], action="append",
                    help="run only this part (repeatable)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=300, help="per-run timeout in seconds (default 300)")
    ap.add_argument("--self-test", action="store_true",
                    help="build and check the documents, time git and wdiff only (no claimdiff)")
    args = ap.parse_args()
    common.OUT_DIR = os.path.abspath(args.out)
    if args.quick:
        args.rounds, args.curve_rounds = min(args.rounds, 2), 1
    parts = set(args.only or ["compare", "scaling", "hard"])

    for tool in ("git", "wdiff"):
        if not shutil.which(tool):
            common.die(f"{tool} not found on PATH")
    cd = None if args.self_test else common.check_claimdiff(args.claimdiff)
    docs = build_documents(args.corpora, os.path.join(common.OUT_DIR, "speed"), args.seed)
    for path in docs.values():          # warm the page cache
        with open(path, "rb") as f:
            while f.read(1 << 20):
                pass

    if args.self_test:
        return self_test(args, docs)

    if "compare" in parts:
        compare(args, cd, docs)
    if "scaling" in parts:
        scaling(args, cd, docs)
    if "hard" in parts:
        hard(args, cd, docs)
    return 0


def compare(args, cd, docs):
    pairs = [("KJV vs Webster", docs["KJV.txt"], docs["Webster.txt"]),
             ("KJV vs ASV", docs["KJV.txt"], docs["ASV.txt"])]
    t = Timer(args.timeout)
    for r in range(args.rounds):
        print(f"round {r + 1}/{args.rounds}", file=sys.stderr)
        for name, a, b in pairs:
            t.run((name, "claimdiff"), claimdiff_cmd(cd, a, b))
            t.run((name, "git"), git_cmd(a, b))
            t.run((name, "wdiff"), wdiff_cmd(a, b))
    rows = []
    for name, a, b in pairs:
        c, g, w = (t.median((name, x)) for x in ("claimdiff", "git", "wdiff"))
        rows.append([name, f"{size_mb(a):.2f} / {size_mb(b):.2f}",
                     t.cell((name, "claimdiff")), t.cell((name, "git")), t.cell((name, "wdiff")),
                     ratio(c, g), ratio(c, w),
                     common.mib(t.rss.get((name, "claimdiff"), 0)),
                     common.mib(t.rss.get((name, "git"), 0)),
                     common.mib(t.rss.get((name, "wdiff"), 0))])
    print(f"### Whole-process time, median of {args.rounds} alternating rounds (seconds)\n")
    print(common.markdown_table(["pair", "MB (A / B)", "claimdiff", "git word-diff", "wdiff",
                                 "claimdiff/git", "claimdiff/wdiff",
                                 "claimdiff peak RSS", "git peak RSS", "wdiff peak RSS"], rows))
    print()
    floor(cd, pairs)


def floor(cd, pairs):
    """The floor: ICU's sentence iterator over both inputs (claimdiff_icu_floor, built beside
    claimdiff), and claimdiff's own stages from --timings."""
    tool = os.path.join(os.path.dirname(os.path.abspath(cd)), "claimdiff_icu_floor")
    if not os.path.exists(tool):
        print(f"(no {tool}: floor not measured)\n")
        return
    rows = []
    for name, a, b in pairs:
        icu = subprocess.run([tool, a, b], capture_output=True, text=True, check=True).stdout.strip()
        run = subprocess.run([cd, "--timings", "--format", "json", "-o", os.devnull, a, b],
                             capture_output=True, text=True)
        stages = {}
        for line in run.stderr.splitlines():
            if line.startswith("claimdiff: timing:"):
                label, seconds = line[len("claimdiff: timing:"):].rsplit(None, 2)[0:2]
                stages[label.strip()] = float(seconds)
        cells = [stages.get(k) for k in ("load", "segment", "align", "diff+classify", "report")]
        rows.append([name, icu] + [f"{c:.3f}" if c is not None else "-" for c in cells]
                    + [f"{stages.get('lint documents (parallel)', 0):.3f} + {stages.get('lint pairs (parallel)', 0):.3f}"])
    print("### The floor and claimdiff's stages (seconds, one run, --timings)\n")
    print("ICU floor: ICU's sentence iterator over every paragraph of both inputs, best of three.")
    print("Stages are wall times on the main thread; lint runs beside them on other threads.\n")
    print(common.markdown_table(["pair", "ICU floor", "load", "segment", "align", "diff+classify",
                                 "report", "lint (beside)"], rows))
    print()


def scaling(args, cd, docs):
    sizes = [("1MB", docs["KJV.1MB.txt"], docs["Webster.1MB.txt"]),
             ("4MB", docs["KJV.txt"], docs["Webster.txt"])]
    if not args.quick:
        sizes.append(("16MB", docs["KJV.16MB.txt"], docs["Webster.16MB.txt"]))
    t = Timer(args.timeout)
    for r in range(args.curve_rounds):
        for label, a, b in sizes:
            print(f"scaling {label} run {r + 1}/{args.curve_rounds}", file=sys.stderr)
            t.run(label, claimdiff_cmd(cd, a, b))
    rows = []
    for label, a, b in sizes:
        m = t.median(label)
        mb = size_mb(a)
        rows.append([f"{mb:.2f}", t.cell(label), f"{m / mb:.3f}" if m is not None else "-",
                     common.mib(t.rss.get(label, 0))])
    print(f"### Scaling, KJV vs Webster (claimdiff, median of {args.curve_rounds})\n")
    print(common.markdown_table(["MB (base)", "seconds", "seconds per MB", "peak RSS"], rows))
    print()


def hard(args, cd, docs):
    cases = [("related: KJV vs Webster", docs["KJV.txt"], docs["Webster.txt"]),
             ("unrelated: KJV vs Webster word salad", docs["KJV.txt"], docs["Webster.shuffled-words.txt"]),
             ("all moved: KJV vs ASV, chapters shuffled", docs["KJV.txt"], docs["ASV.shuffled-chapters.txt"])]
    t = Timer(args.timeout)
    for r in range(args.curve_rounds):
        for label, a, b in cases:
            print(f"{label} run {r + 1}/{args.curve_rounds}", file=sys.stderr)
            t.run(label, claimdiff_cmd(cd, a, b))
    base = t.median(cases[0][0])
    rows = []
    for label, a, b in cases:
        m = t.median(label)
        rows.append([label, f"{size_mb(b):.2f}", t.cell(label),
                     ratio(m, base), common.mib(t.rss.get(label, 0))])
    print(f"### Hard cases, 4 MB each (claimdiff, median of {args.curve_rounds})\n")
    print(common.markdown_table(["case", "MB (B)", "seconds", "vs related", "peak RSS"], rows))
    print()


def self_test(args, docs):
    test = common.SelfTest()
    check = test.check

    for v in ("KJV", "Webster", "ASV"):
        mb = size_mb(docs[f"{v}.txt"])
        check(3.5 < mb < 5, f"{v}.txt is ~4 MB ({mb:.2f})")
        with open(docs[f"{v}.txt"], encoding="utf-8") as f:
            paras = f.read().split("\n\n")
        check(len(paras) == 1189 and all(p.strip() and "\n" not in p.strip() for p in paras),
              f"{v}.txt: 1189 chapters, one paragraph line each")
    check(0.9 < size_mb(docs["KJV.1MB.txt"]) < 1.2, f"1 MB prefix ({size_mb(docs['KJV.1MB.txt']):.2f})")
    check(15 < size_mb(docs["KJV.16MB.txt"]) < 18, f"16 MB copies ({size_mb(docs['KJV.16MB.txt']):.2f})")
    with open(docs["Webster.txt"], encoding="utf-8") as f:
        w = f.read()
    with open(docs["Webster.shuffled-words.txt"], encoding="utf-8") as f:
        s = f.read()
    check(sorted(w.split()) == sorted(s.split()) and w.count("\n\n") == s.count("\n\n"),
          "word salad: same words, same paragraphs")
    # no sentence-sized run of words survives the shuffle
    import re
    ks = set(x.strip() for x in re.split(r"(?<=[.;:?!])\s+", open(docs["KJV.txt"], encoding="utf-8").read())
             if len(x.split()) >= 6)
    ss = [x.strip() for x in re.split(r"(?<=[.;:?!])\s+", s) if len(x.split()) >= 6]
    common_n = sum(1 for x in ss if x in ks)
    check(common_n == 0, f"word salad shares {common_n} sentences of >= 6 words with KJV")
    with open(docs["ASV.txt"], encoding="utf-8") as f:
        a = f.read().split("\n\n")
    with open(docs["ASV.shuffled-chapters.txt"], encoding="utf-8") as f:
        b = f.read().split("\n\n")
    check(sorted(x.strip() for x in a) == sorted(x.strip() for x in b) and a != b, "ASV chapters shuffled")

    t = Timer(args.timeout)
    for r in range(max(1, min(args.rounds, 2))):
        for name, x, y in (("KJV vs Webster", docs["KJV.txt"], docs["Webster.txt"]),
                           ("KJV vs ASV", docs["KJV.txt"], docs["ASV.txt"])):
            t.run((name, "git"), git_cmd(x, y))
            t.run((name, "wdiff"), wdiff_cmd(x, y))
    rows = [[name, t.cell((name, "git")), t.cell((name, "wdiff")),
             common.mib(t.rss.get((name, "git"), 0)), common.mib(t.rss.get((name, "wdiff"), 0))]
            for name in ("KJV vs Webster", "KJV vs ASV")]
    print()
    print(common.markdown_table(["pair", "git word-diff s", "wdiff s", "git peak RSS", "wdiff peak RSS"], rows))
    check(not t.failed, "git and wdiff ran (exit 0 or 1)")
    return test.status()


if __name__ == "__main__":
    status = main()
    common.warn_if_rebuilt()
    sys.exit(status)
