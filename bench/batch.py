#!/usr/bin/env python3
"""Corpus scale: pairs per second and peak memory of one process per pair, `claimdiff batch`
with one and two threads, and the Dask runner with one and two worker processes.

The manifest holds --items rows (default 2,000) cycling over the article pairs of
../shared/corpora/wmt21/: each translation against its original (<doc>.src.txt vs <doc>.ref.txt,
--lang from the folder name, e.g. ru,en) and the two English translations against each other
where both exist (<doc>.ref.txt vs <doc>.refB.txt). One process per pair is timed on the first
--per-process rows and its rate extrapolated (said in the table). Every figure is the median of
--runs runs; peak memory is the largest single process of a run (its resident set), as the kernel
accounts it for the waited-for process tree. Batch (-j1, -j2) and Dask records are checked to be
identical, record for record.

    python3 bench/batch.py --claimdiff build/claimdiff --python build/python
"""

import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def article_pairs(corpora):
    """(original, copy, lang, id) for every pair of wmt21, in a fixed order."""
    pairs = []
    root = os.path.join(corpora, "wmt21")
    for folder in sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d))):
        src_lang, ref_lang = folder.split("-")
        for src in sorted(glob.glob(os.path.join(root, folder, "*.src.txt"))):
            stem = src[: -len(".src.txt")]
            doc = os.path.basename(stem)
            pairs.append((src, stem + ".ref.txt", "%s,%s" % (src_lang, ref_lang), "%s/%s" % (folder, doc)))
            if os.path.exists(stem + ".refB.txt"):
                pairs.append((stem + ".ref.txt", stem + ".refB.txt", ref_lang, "%s/%s/B" % (folder, doc)))
    return pairs


def write_manifest(path, pairs, items):
    with open(path, "w", encoding="utf-8") as f:
        f.write("id\toriginal\tcopy\tlang\n")
        for i in range(items):
            original, copy, lang, doc = pairs[i % len(pairs)]
            f.write("%05d:%s\t%s\t%s\t%s\n" % (i, doc, original, copy, lang))


GNU_TIME = "/usr/bin/time"


def run_measured(cmd, out_dir, env=None):
    """(wall seconds, peak RSS in MiB of its largest process, stderr) of one command.

    The peak comes from GNU time, which forks the command: a process forked from this script
    would be charged this script's own resident set when it calls exec."""
    peak_file = os.path.join(out_dir, ".peak")
    start = time.monotonic()
    p = subprocess.run([GNU_TIME, "-f", "%M", "-o", peak_file, *cmd], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, env=env)
    wall = time.monotonic() - start
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode not in (0, 1):
        common.die("%s exited %d: %s" % (" ".join(cmd), p.returncode, err.strip()[-2000:]))
    with open(peak_file) as f:
        peak = int(f.read().split()[-1]) / 1024.0
    return wall, peak, err


def per_process(claimdiff, manifest_rows, out_dir):
    """Runs the CLI once per row of `manifest_rows`; (wall seconds, peak MiB)."""
    start = time.monotonic()
    peak = 0.0
    sink = os.path.join(out_dir, "one.json")
    for _, original, copy, lang in manifest_rows:
        _, mib, _ = run_measured([claimdiff, "--format", "json", "-o", sink, "--lang", lang, original, copy], out_dir)
        peak = max(peak, mib)
    return time.monotonic() - start, peak


def dask_run_seconds(stderr):
    """The seconds `claimdiff.dask --timings` says the tasks took once the cluster was up."""
    for line in stderr.splitlines():
        if line.startswith("claimdiff.dask: timing: tasks"):
            return float(line.split()[-2])
    common.die("no timing line from claimdiff.dask: " + stderr[-500:])


def read_rows(manifest):
    with open(manifest, encoding="utf-8") as f:
        next(f)
        return [line.rstrip("\n").split("\t") for line in f]


def concatenated(folder):
    out = []
    for part in sorted(glob.glob(os.path.join(folder, "part-*.jsonl"))):
        with open(part, encoding="utf-8") as f:
            out.append(f.read())
    return "".join(out)


def self_test(a):
    pairs = article_pairs(a.corpora)
    assert len(pairs) == len(set(pairs)), "a pair listed twice"
    for original, copy, lang, _ in pairs:
        assert os.path.exists(original) and os.path.exists(copy), (original, copy)
        folder = os.path.basename(os.path.dirname(original))
        assert lang == (folder.replace("-", ",") if original.endswith(".src.txt") else folder.split("-")[1]), lang
    os.makedirs(a.out, exist_ok=True)
    manifest = os.path.join(a.out, "batch-self-test.tsv")
    write_manifest(manifest, pairs, a.items)
    rows = read_rows(manifest)
    assert len(rows) == a.items and len({r[0] for r in rows}) == a.items, "ids not unique"
    assert rows[len(pairs)][1:] == rows[0][1:], "the manifest does not cycle over the pairs"
    print("self-test ok: %d pairs (%d translation, %d paraphrase), %d rows"
          % (len(pairs), sum(p[0].endswith(".src.txt") for p in pairs),
             sum(p[1].endswith(".refB.txt") for p in pairs), len(rows)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    common.add_common_args(ap)
    ap.add_argument("--python", default=os.path.join(common.REPO_ROOT, "build", "python"),
                    help="folder holding the built claimdiff package (default build/python)")
    ap.add_argument("--items", type=int, default=2000)
    ap.add_argument("--per-process", type=int, default=200, help="rows timed one process each (default 200)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each measurement; the median is shown")
    ap.add_argument("--partition-size", type=int, default=50)
    ap.add_argument("--only", default="process,batch1,batch2,dask1,dask2")
    ap.add_argument("--self-test", action="store_true", help="build and check the manifest only, run nothing")
    a = ap.parse_args()
    if a.self_test:
        return self_test(a)

    out = os.path.join(a.out, "batch")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    pairs = article_pairs(a.corpora)
    manifest = os.path.join(out, "manifest.tsv")
    write_manifest(manifest, pairs, a.items)
    rows = read_rows(manifest)
    print("%d article pairs, %d rows" % (len(pairs), len(rows)), file=sys.stderr)
    env = dict(os.environ, PYTHONPATH=os.path.abspath(a.python))
    only = set(a.only.split(","))

    results = []  # (name, pairs/s list, peak list, note)
    outputs = {}

    def measure(name, run_once, count, note=""):
        rates, peaks = [], []
        for r in range(a.runs):
            wall, peak = run_once(r)
            rates.append(count / wall)
            peaks.append(peak)
            print("%s run %d: %.1f s, %.1f pairs/s, peak %.0f MiB" % (name, r + 1, wall, count / wall, peak),
                  file=sys.stderr)
        results.append((name, rates, peaks, note))

    if "process" in only:
        subset = rows[: a.per_process]
        measure("one process per pair", lambda r: per_process(a.claimdiff, subset, out), len(subset),
                "first %d rows timed, rate extrapolated" % len(subset))
    for jobs in (1, 2):
        if "batch%d" % jobs not in only:
            continue

        def batch_once(r, jobs=jobs):
            target = os.path.join(out, "batch-j%d.jsonl" % jobs)
            wall, peak, _ = run_measured([a.claimdiff, "batch", "-j%d" % jobs, manifest, "-o", target], out)
            with open(target, encoding="utf-8") as f:
                outputs["batch -j%d" % jobs] = f.read()
            return wall, peak
        measure("batch -j%d" % jobs, batch_once, len(rows))
    for workers in (1, 2):
        if "dask%d" % workers not in only:
            continue

        def dask_once(r, workers=workers, steady=False):
            target = os.path.join(out, "dask-%d" % workers)
            shutil.rmtree(target, ignore_errors=True)
            wall, peak, err = run_measured([sys.executable, "-m", "claimdiff.dask", manifest, "-o", target, "-q",
                                            "--timings", "--workers", str(workers),
                                            "--partition-size", str(a.partition_size)], out, env=env)
            outputs["dask %d" % workers] = concatenated(target)
            dask_runs.setdefault(workers, []).append(dask_run_seconds(err))
            return wall, peak
        name = "Dask, %d worker%s" % (workers, "s" if workers > 1 else "")
        dask_runs = {}
        measure(name, dask_once, len(rows), "the whole command, LocalCluster start-up included")
        results.append((name + ", cluster up", [len(rows) / s for s in dask_runs[workers]], [float("nan")],
                        "from the first task to the last, as claimdiff.dask --timings says"))

    names = sorted(outputs)
    for n in names[1:]:
        if outputs[n] != outputs[names[0]]:
            common.die("records differ between %s and %s" % (names[0], n))
    if names:
        print("records identical across %s (%d lines)" % (", ".join(names), outputs[names[0]].count("\n")),
              file=sys.stderr)

    base = next((statistics.median(r) for n, r, _, _ in results if n == "one process per pair"), None)
    print("| run | pairs/s (median of %d) | min–max | vs one process per pair | peak memory (MiB) | note |" % a.runs)
    print("| --- | --- | --- | --- | --- | --- |")
    for name, rates, peaks, note in results:
        med = statistics.median(rates)
        ratio = "%.1fx" % (med / base) if base else ""
        peak = statistics.median(peaks)
        print("| %s | %.1f | %.1f–%.1f | %s | %s | %s |" % (name, med, min(rates), max(rates), ratio,
                                                         "" if peak != peak else "%.0f" % peak, note))
    by_name = {n: statistics.median(r) for n, r, _, _ in results}
    for one, two in (("batch -j1", "batch -j2"), ("Dask, 1 worker", "Dask, 2 workers"),
                     ("Dask, 1 worker, cluster up", "Dask, 2 workers, cluster up")):
        if one in by_name and two in by_name:
            print("\n%s / %s: %.2fx" % (two, one, by_name[two] / by_name[one]))


if __name__ == "__main__":
    main()
