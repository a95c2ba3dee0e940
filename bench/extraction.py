#!/usr/bin/env python3
"""Article extraction on the benchmark pages: runs `claimdiff extract` over every page of
../shared/corpora/article-extraction/html/ into a directory and scores it with
../shared/eval/score_extraction.py (word 4-gram F1, as the scrapinghub benchmark defines it).
Also times extraction on the largest pages (CPU time per MB).

usage: bench/extraction.py [--claimdiff build/claimdiff] [--corpora ../shared/corpora] [--out bench/out] [--full]
  --full: score the whole extracted text (headline, byline and dates too); by default
          --body-only, the article body the benchmark's ground truth marks."""
import argparse, os, resource, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument("--claimdiff", default=os.path.join(root, "build", "claimdiff"))
ap.add_argument("--corpora", default=os.path.join(root, "..", "shared", "corpora"))
ap.add_argument("--out", default=os.path.join(root, "bench", "out"))
ap.add_argument("--full", action="store_true")
ap.add_argument("--jobs", type=int, default=2)
args = ap.parse_args()
corpus = os.path.join(os.path.abspath(args.corpora), "article-extraction")
out = os.path.join(args.out, "extraction", "full" if args.full else "body")
os.makedirs(out, exist_ok=True)
ids = open(os.path.join(corpus, "ids.txt")).read().split()

def extract(i):
    cmd = [args.claimdiff, "extract", os.path.join(corpus, "html", i + ".html")] + ([] if args.full else ["--body-only"])
    r = subprocess.run(cmd, capture_output=True)
    with open(os.path.join(out, i + ".txt"), "wb") as f:
        f.write(r.stdout)
    return i, r.returncode, r.stderr.decode(errors="replace").strip()

with ThreadPoolExecutor(args.jobs) as ex:
    for i, rc, err in ex.map(extract, ids):
        if rc != 0:
            print(f"{i}: exit {rc}: {err}", file=sys.stderr)
score = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(args.corpora)), "eval", "score_extraction.py"),
                        os.path.join(corpus, "ground-truth.json"), os.path.join(corpus, "ids.txt"), out],
                       capture_output=True, text=True)
print(("full text: " if args.full else "body only: ") + score.stdout.strip() + f"   (extracts in {out})")

# Speed: CPU time (user + system) of `claimdiff extract` on the largest pages, best of 5 runs
# each, minus that of the same command on a tiny page (process start, the data directory). CPU
# time rather than wall time: the machine is shared, and wall time measures the neighbours.
pages = sorted(ids, key=lambda i: -os.path.getsize(os.path.join(corpus, "html", i + ".html")))[:3]
def best(path):
    t = []
    for _ in range(5):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([args.claimdiff, "extract", "--input-format", "html", path], capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        t.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return min(t)
empty = os.path.join(out, "_empty.html")
open(empty, "w").write("<!doctype html><title>x</title><p>One short paragraph of text.</p>")
base = best(empty)
for i in pages:
    p = os.path.join(corpus, "html", i + ".html")
    mb = os.path.getsize(p) / 1e6
    ms = 1000 * (best(p) - base)
    print(f"speed: {i[:12]} {mb:.2f} MB: {ms:.1f} ms CPU, {ms / mb:.1f} ms per MB ({1000 * base:.1f} ms process start not counted)")

# The worst case for the parser: 1 MB of article markup and nothing else (no scripts to cut),
# the paragraphs of fixtures/html/story-v1.html repeated.
story = open(os.path.join(root, "fixtures", "html", "story-v1.html"), encoding="utf-8").read()
a, b = story.index('<div class="story-body">'), story.index('<div class="related-stories">')
dense = os.path.join(out, "_dense.html")
open(dense, "w", encoding="utf-8").write(story[:a] + story[a:b] * (1_000_000 // (b - a) + 1) + story[b:])
mb = os.path.getsize(dense) / 1e6
ms = 1000 * (best(dense) - base)
print(f"speed: dense article markup {mb:.2f} MB: {ms:.1f} ms CPU, {ms / mb:.1f} ms per MB")
