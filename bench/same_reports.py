#!/usr/bin/env python3
"""Byte-identity check for refactors: run claimdiff over the fixtures and a corpus sample.

Every case is one claimdiff command line (compare, lint, align; every report format; --via,
--dictionary, --lang, --chain, --stats, error exits). A run records stdout, stderr and the exit
status. Two uses:

    # compare a reference executable with the current build (the default):
    python3 bench/same_reports.py [--before /tmp/claimdiff.before] [--after build/claimdiff]

    # write one executable's outputs to a folder (one file per case) for a later diff -r:
    python3 bench/same_reports.py --write DIR [--after build/claimdiff]

The comparison prints each differing case and exits 1 if there is any, 0 otherwise. The
reports hold no time or date; the HTML page's per-run CSP nonce is the one field replaced before
comparing, and --timings (stderr only) is never passed.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

import common

FORMATS = ["json", "text", "sarif", "markdown"]
WMT_PAIRS = [("de-fr", "de", "fr"), ("fr-de", "fr", "de"), ("ru-en", "ru", "en")]
MYTHES_FR = "/usr/share/mythes/th_fr_FR_v2.dat"
FREEDICT_DE_FR = "/usr/share/dictd/freedict-deu-fra.index"


# Differences made on purpose, with the reason; shown, but not counted as failures.
EXPECTED = {
    "err-align-via-size": "the align command's --via size error now uses the one message compare used",
    "bleualign-compare-via.json": "one bead -> claim-kind mapping: a --via bead of 1-3, 2-3, 3-1... sentences is "
                                  "now split/merged (as across languages), no longer reworded",
}


def fixture_cases(fx):
    bbc = os.path.join(fx, "bbc")
    orig, copy, orig_es = (os.path.join(bbc, f) for f in ("original.txt", "copy.txt", "original.es.txt"))
    rev = [os.path.join(fx, "revisions", f) for f in ("v1.txt", "v2.txt", "v3.txt")]
    cases = []
    for fmt in FORMATS + ["html"]:
        cases.append((f"bbc-compare.{fmt}", ["--format", fmt, orig, copy]))
        cases.append((f"bbc-es-en.{fmt}", ["--format", fmt, "--lang", "es,en", orig_es, copy]))
        cases.append((f"bbc-es-auto.{fmt}", ["--format", fmt, orig_es, copy]))
        cases.append((f"bbc-via-lines.{fmt}",
                      ["--format", fmt, "--segment", "lines", "--lang", "es,en", "--via", orig, orig_es, copy]))
        cases.append((f"revisions.{fmt}", ["--format", fmt] + rev))
        cases.append((f"revisions-chain.{fmt}", ["--format", fmt, "--chain"] + rev))
        cases.append((f"revisions-lines.{fmt}", ["--format", fmt, "--segment", "lines", "--show-equal"] + rev))
        for name in ("clean/article.txt", "segment/abbreviations.txt", "bbc/copy.txt"):
            cases.append((f"lint-{name.replace('/', '-')}.{fmt}", ["lint", "--format", fmt, os.path.join(fx, name)]))
    cases += [
        ("bbc-stats", ["--stats", orig, copy]),
        ("bbc-stats-chain", ["--stats", "--chain"] + rev),
        ("bbc-ignore", ["--format", "json", "--ignore", "case,punctuation,quotes,whitespace,spelling", orig, copy]),
        ("bbc-threshold", ["--format", "json", "--threshold", "0.6", "--move-threshold", "0.7", orig, copy]),
        ("bbc-no-lint", ["--format", "json", "--no-lint", orig, copy]),
        ("bbc-fail-on", ["--fail-on", "major", "--stats", orig, copy]),
        ("bbc-quiet", ["-q", orig, copy]),
        ("bbc-align", ["align", orig, copy]),
        ("bbc-align-lines", ["align", "--segment", "lines", orig, copy]),
        ("bbc-align-es", ["align", "--segment", "lines", "--lang", "es,en", orig_es, copy]),
        ("bbc-align-auto", ["align", orig_es, copy]),
        ("bbc-align-via", ["align", "--segment", "lines", "--lang", "es,en", "--via", orig, orig_es, copy]),
        ("bbc-align-via-none", ["align", "--segment", "lines", "--lang", "es,en", "--via", orig,
                                "--thesaurus", "none", orig_es, copy]),
        # errors: one line on stderr, exit status 2
        ("err-via-size", ["--lang", "es,en", "--via", orig, orig_es, copy]),
        ("err-align-via-size", ["align", "--lang", "es,en", "--via", copy, orig_es, orig]),
        ("err-one-file", [orig]),
        ("err-lang-count", ["--lang", "en,en,en", orig, copy]),
        ("err-align-three", ["align", orig, copy, copy]),
        ("err-missing", [orig, os.path.join(fx, "no-such-file.txt")]),
        ("err-via-missing", ["--via", os.path.join(fx, "no-such-file.txt"), orig, copy]),
    ]
    return cases


def corpus_cases(corpora, tmp):
    cases = []
    for folder, src_lang, ref_lang in WMT_PAIRS:
        d = os.path.join(corpora, "wmt21", folder)
        if not os.path.isdir(d):
            continue
        docs = sorted(f[:-len(".src.txt")] for f in os.listdir(d) if f.endswith(".src.txt"))[:15]
        for doc in docs:
            src, ref = os.path.join(d, doc + ".src.txt"), os.path.join(d, doc + ".ref.txt")
            for fmt in FORMATS:
                cases.append((f"wmt-{folder}-{doc}.{fmt}", ["--format", fmt, "--lang", f"{src_lang},{ref_lang}", src, ref]))
            cases.append((f"wmt-{folder}-{doc}.align", ["align", "--lang", f"{src_lang},{ref_lang}", src, ref]))
            cases.append((f"wmt-{folder}-{doc}.lint", ["lint", "--format", "json", "--lang", ref_lang, ref]))
    b = os.path.join(corpora, "bleualign-dev")
    if os.path.isdir(b):
        de, fr, mt = (os.path.join(b, f) for f in ("de.txt", "fr.txt", "de-mt-fr.txt"))
        cases += [
            ("bleualign-align", ["align", "--segment", "lines", de, fr]),
            ("bleualign-align-via", ["align", "--segment", "lines", "--via", mt, de, fr]),
            ("bleualign-align-reverse", ["align", "--segment", "lines", "--lang", "fr,de", fr, de]),
            ("bleualign-compare-via.json", ["--format", "json", "--segment", "lines", "--via", mt, de, fr]),
            ("bleualign-compare.sarif", ["--format", "sarif", "--segment", "lines", de, fr]),
        ]
        if os.path.isfile(FREEDICT_DE_FR):
            cases.append(("bleualign-align-dict",
                          ["align", "--segment", "lines", "--lang", "de,fr", "--dictionary", FREEDICT_DE_FR, de, fr]))
        if os.path.isfile(MYTHES_FR):
            cases.append(("bleualign-align-via-thesaurus",
                          ["align", "--segment", "lines", "--via", mt, "--thesaurus", MYTHES_FR, de, fr]))
    if os.path.isfile(os.path.join(corpora, "bible", "KJV.tsv.gz")):
        kjv = common.chapters(common.load_bible(corpora, "KJV"))[:12]
        asv = common.chapters(common.load_bible(corpora, "ASV"))[:12]
        paths = {}
        for name, chs in (("kjv", kjv), ("asv", asv)):
            paths[name] = os.path.join(tmp, f"{name}.txt")
            with open(paths[name], "w", encoding="utf-8") as f:
                f.write(common.prose_document(chs))
            paths[name + "-lines"] = os.path.join(tmp, f"{name}-lines.txt")
            with open(paths[name + "-lines"], "w", encoding="utf-8") as f:
                f.write("\n".join(t for _, texts in chs for t in texts) + "\n")
        for fmt in FORMATS:
            cases.append((f"bible-compare.{fmt}", ["--format", fmt, paths["kjv"], paths["asv"]]))
        cases.append(("bible-align", ["align", paths["kjv"], paths["asv"]]))
        cases.append(("bible-align-lines", ["align", "--segment", "lines", paths["kjv-lines"], paths["asv-lines"]]))
    return cases


_NONCE = re.compile(rb"nonce(=\"|-)[0-9a-f]{32}")


def run_case(exe, args, cwd):
    p = subprocess.run([exe] + args, cwd=cwd, capture_output=True, timeout=600)
    return _NONCE.sub(rb"nonce\1NONCE", p.stdout), p.stderr.replace(exe.encode(), b"EXE"), p.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", default="/tmp/claimdiff.before", help="reference executable")
    ap.add_argument("--after", default=common.DEFAULT_CLAIMDIFF, help="executable under test")
    ap.add_argument("--write", metavar="DIR", help="write --after's outputs to DIR instead of comparing")
    ap.add_argument("--corpora", default=common.DEFAULT_CORPORA)
    ap.add_argument("--no-corpora", action="store_true", help="fixtures only")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()

    after = common.check_claimdiff(args.after)
    before = None if args.write else common.check_claimdiff(args.before)
    with tempfile.TemporaryDirectory() as tmp:
        cases = fixture_cases(os.path.join(common.REPO_ROOT, "fixtures"))
        if not args.no_corpora:
            cases += corpus_cases(args.corpora, tmp)
        # Paths are given relative to the repository, so reports name files the same way each run.
        rel = [(name, [os.path.relpath(a, common.REPO_ROOT) if os.path.isabs(a) and a.startswith(common.REPO_ROOT)
                       else a for a in argv]) for name, argv in cases]

        def one(case):
            name, argv = case
            got = run_case(after, argv, common.REPO_ROOT)
            want = None if before is None else run_case(before, argv, common.REPO_ROOT)
            return name, argv, want, got

        differing = 0
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for name, argv, want, got in pool.map(one, rel):
                if args.write:
                    common.ensure_dir(args.write)
                    with open(os.path.join(args.write, name), "wb") as f:
                        f.write(b"$ claimdiff " + " ".join(argv).encode() + b"\n")
                        f.write(b"exit %d\n--- stderr\n" % got[2] + got[1] + b"--- stdout\n" + got[0])
                elif want != got:
                    parts = [what for what, w, g in zip(("stdout", "stderr", "exit status"), want, got) if w != g]
                    if name in EXPECTED:
                        print(f"expected {name} ({', '.join(parts)}): {EXPECTED[name]}")
                        continue
                    differing += 1
                    print(f"DIFFERS {name} ({', '.join(parts)}): claimdiff {' '.join(argv)}")
        common.warn_if_rebuilt()
    if args.write:
        print(f"{len(rel)} cases written to {args.write}")
        return 0
    print(f"{len(rel)} cases, {differing} differing")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
