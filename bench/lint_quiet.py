#!/usr/bin/env python3
"""How quiet the artifact lint is on clean, edited prose nobody here wrote.

usage: lint_quiet.py [--claimdiff EXE] [--corpora DIR] [--examples N]

Lints the professional translations and originals of ../shared/corpora/wmt21/ (every .src.txt,
.ref.txt and .refB.txt, as a document of one paragraph a line) and the three Bible versions (one
paragraph a chapter), and prints the findings per 10,000 sentences, by rule and by corpus. Such
prose has (nearly) no artifacts, so the findings are (nearly) all false alarms."""
import argparse, collections, glob, json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common


def lint(exe, path, lang):
    r = subprocess.run([exe, "lint", "--format", "json", "--lang", lang, path], capture_output=True, timeout=600)
    if r.returncode > 1:
        common.die(f"claimdiff exited {r.returncode} on {path}: {r.stderr[:200]!r}")
    return json.loads(r.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    common.add_common_args(ap)
    ap.add_argument("--examples", type=int, default=0, help="print this many findings of each rule")
    a = ap.parse_args()
    common.check_claimdiff(a.claimdiff)
    per_rule, per_corpus, sentences = collections.Counter(), collections.Counter(), collections.Counter()
    examples = collections.defaultdict(list)

    def count(corpus, rep):
        for v in rep["versions"]:
            sentences[corpus] += len(v["sentences"])
        for f in rep["findings"]:
            per_rule[f["rule"]] += 1
            per_corpus[corpus] += 1
            if len(examples[f["rule"]]) < a.examples:
                sent = rep["versions"][f["version"]]["sentences"][f["sentence"]]["text"]
                examples[f["rule"]].append(f"{corpus}: {f['text']!r} in {sent[:160]!r}")

    wmt = os.path.join(a.corpora, "wmt21")
    for pair in sorted(os.listdir(wmt)):
        if not os.path.isdir(os.path.join(wmt, pair)):
            continue
        src_lang, tgt_lang = pair.split("-")
        for suffix, lang in ((".src.txt", src_lang), (".ref.txt", tgt_lang), (".refB.txt", tgt_lang)):
            for path in sorted(glob.glob(os.path.join(wmt, pair, "*" + suffix))):
                count(f"wmt21 {pair} {suffix[1:-4]}", lint(a.claimdiff, path, lang))
    with tempfile.TemporaryDirectory() as t:
        for version in ("KJV", "ASV", "Webster"):
            path = os.path.join(t, version + ".txt")
            with open(path, "w", encoding="utf-8") as out:
                out.write(common.prose_document(common.chapters(common.load_bible(a.corpora, version))))
            count(f"bible {version}", lint(a.claimdiff, path, "en"))

    total = sum(sentences.values())
    found = sum(per_rule.values())
    print(f"{found} findings in {total} sentences: {10000.0 * found / max(1, total):.1f} per 10,000 sentences")
    for rule, n in per_rule.most_common():
        print(f"  {rule:22s} {n:6d}  {10000.0 * n / total:6.1f} per 10,000")
    for corpus in sorted(sentences):
        print(f"  {corpus:26s} {sentences[corpus]:7d} sentences  {10000.0 * per_corpus[corpus] / sentences[corpus]:6.1f} per 10,000")
    for rule, lines in examples.items():
        print(f"## {rule}")
        for line in lines:
            print("   " + line)


main()
