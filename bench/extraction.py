#!/usr/bin/env python3
"""Article extraction on the benchmark pages: runs `claimdiff extract` over every page of
../shared/corpora/article-extraction/html/ into a directory and scores it with
../shared/eval/score_extraction.py (word 4-gram F1, as the scrapinghub benchmark defines it).
Also times extraction of a ~1 MB page (the largest pages, and pages padded to 1 MB).

usage: bench/extraction.py [--exe build/claimdiff] [--corpus DIR] [--out DIR] [--full]
  --full: score the whole extracted text (headline, byline and dates too); by default
          --body-only, the article body the benchmark's ground truth marks."""
import argparse, os, subprocess, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument("--exe", default=os.path.join(root, "build", "claimdiff"))
ap.add_argument("--corpus", default=os.path.join(root, "..", "shared", "corpora", "article-extraction"))
ap.add_argument("--out", default=None)
ap.add_argument("--full", action="store_true")
ap.add_argument("--jobs", type=int, default=2)
args = ap.parse_args()
corpus = os.path.abspath(args.corpus)
out = args.out or tempfile.mkdtemp(prefix="claimdiff_extract_")
os.makedirs(out, exist_ok=True)
ids = open(os.path.join(corpus, "ids.txt")).read().split()

def extract(i):
    cmd = [args.exe, "extract", os.path.join(corpus, "html", i + ".html")] + ([] if args.full else ["--body-only"])
    r = subprocess.run(cmd, capture_output=True)
    with open(os.path.join(out, i + ".txt"), "wb") as f:
        f.write(r.stdout)
    return i, r.returncode, r.stderr.decode(errors="replace").strip()

with ThreadPoolExecutor(args.jobs) as ex:
    for i, rc, err in ex.map(extract, ids):
        if rc != 0:
            print(f"{i}: exit {rc}: {err}", file=sys.stderr)
score = subprocess.run([sys.executable, os.path.join(root, "..", "shared", "eval", "score_extraction.py"),
                        os.path.join(corpus, "ground-truth.json"), os.path.join(corpus, "ids.txt"), out],
                       capture_output=True, text=True)
print(("full text: " if args.full else "body only: ") + score.stdout.strip() + f"   (extracts in {out})")

# Speed: wall time of `claimdiff extract` on the largest pages, best of 5 runs each, minus the
# time of the same command on an empty page (process start, data directory look-up).
pages = sorted(ids, key=lambda i: -os.path.getsize(os.path.join(corpus, "html", i + ".html")))[:3]
def best(path):
    t = []
    for _ in range(5):
        s = time.perf_counter()
        subprocess.run([args.exe, "extract", "--input-format", "html", path], capture_output=True)
        t.append(time.perf_counter() - s)
    return min(t)
empty = os.path.join(out, "_empty.html")
open(empty, "w").write("<!doctype html><title>x</title><p>One short paragraph of text.</p>")
base = best(empty)
for i in pages:
    p = os.path.join(corpus, "html", i + ".html")
    mb = os.path.getsize(p) / 1e6
    print(f"speed: {i[:12]} {mb:.2f} MB: {1000 * (best(p) - base):.1f} ms extraction ({1000 * base:.1f} ms process start not counted)")
