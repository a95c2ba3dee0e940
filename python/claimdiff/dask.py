"""Spread a batch manifest over a Dask cluster: python3 -m claimdiff.dask MANIFEST -o OUT_DIR.

The manifest is cut into partitions of consecutive rows; each partition is one task, which
writes OUT_DIR/part-NNNNN.jsonl with the records ``claimdiff batch`` writes for those rows (so the
partitions, concatenated in order, are batch's output). A partition is written to a temporary
file and renamed into place, so a file that exists is complete: a rerun skips it. A failed task
is retried. Without --scheduler the cluster is a LocalCluster of single-threaded worker
processes on this machine; with one, any running ``dask scheduler`` whose workers see the same
files (paths in the manifest are resolved here, relative to the manifest's folder).

Exit status as ``claimdiff batch``: 2 if a row failed (or the run did), 1 if a row holds what
--fail-on counts, else 0.
"""

import argparse
import os
import sys
import tempfile
import time

import claimdiff

_OPTION_NAMES = ("segment", "chain", "no_lint", "threshold", "move_threshold", "ignore", "dictionary", "lexicon",
                 "glossary", "encoding", "max_input_size", "thesaurus", "data_dir")


def partition_name(index):
    return "part-%05d.jsonl" % index


def run_partition(rows, path, lang, summary, fail_on, options):
    """Writes the records of `rows` to `path` atomically; returns (rows, errors, failing)."""
    errors = failing = 0
    directory = os.path.dirname(path) or "."
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for id_json, files, row_lang, error, via in rows:
                line, is_error, fails = claimdiff.batch_record(id_json, files, row_lang or lang, error, via,
                                                               summary, fail_on, **options)
                errors += is_error
                failing += fails and not is_error
                out.write(line)
                out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return len(rows), errors, failing


def count_partition(path, fail_on):
    """(rows, errors, failing) of a partition finished by an earlier run."""
    import claimdiff._core as core
    rows = errors = failing = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            rows += 1
            error, fails = core.record_outcome(line.rstrip("\n"), list(fail_on))
            errors += error
            failing += fails and not error
    return rows, errors, failing


def parse_args(argv):
    p = argparse.ArgumentParser(prog="python3 -m claimdiff.dask",
                                description="Run a claimdiff batch manifest on a Dask cluster; "
                                            "write JSON Lines partitions to OUT_DIR.")
    p.add_argument("manifest", help="TSV with a header (id, original, copy...[, lang][, via]) or JSON Lines")
    p.add_argument("-o", "--output", required=True, metavar="OUT_DIR", help="folder of the partitions")
    p.add_argument("--scheduler", metavar="ADDRESS", help="a running scheduler (tcp://host:8786); default: a LocalCluster")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="worker processes of the LocalCluster (default: the cores)")
    p.add_argument("--partition-size", type=int, default=50, metavar="ROWS", help="rows per partition (default 50)")
    p.add_argument("--retries", type=int, default=2, help="times a failed task is tried again (default 2)")
    p.add_argument("--summary", action="store_true", help="only each comparison's summary and the number of findings")
    p.add_argument("--fail-on", default="any", help="what makes the exit status 1, as for batch (default any)")
    p.add_argument("--lang", default="auto", help="language of rows without one (as for batch)")
    p.add_argument("--segment", default="sentences", choices=["sentences", "lines"])
    p.add_argument("--chain", action="store_true")
    p.add_argument("--no-lint", action="store_true")
    p.add_argument("--threshold", type=float, default=0.3)
    p.add_argument("--move-threshold", type=float, default=0.5)
    p.add_argument("--ignore", default="")
    p.add_argument("--dictionary", default="")
    p.add_argument("--lexicon", action="append", default=[])
    p.add_argument("--glossary", action="append", default=[])
    p.add_argument("--encoding", default="")
    p.add_argument("--max-input-size", type=int, default=256 * 1024 * 1024)
    p.add_argument("--thesaurus", default="auto")
    p.add_argument("--data-dir", default="")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line on stderr")
    p.add_argument("--timings", action="store_true",
                   help="print on stderr the seconds the cluster took to start and the tasks to run")
    a = p.parse_args(argv)
    if a.partition_size < 1 or a.workers < 1 or a.retries < 0:
        p.error("--partition-size and --workers must be at least 1, --retries at least 0")
    return a


def run(a):
    from dask.distributed import Client, LocalCluster, as_completed

    import claimdiff._core as core
    fail_on = [f for f in a.fail_on.split(",") if f]
    core.check_fail_on(fail_on)
    options = {k: getattr(a, k) for k in _OPTION_NAMES}
    options["ignore"] = [i for i in a.ignore.split(",") if i]
    # The options are checked (and the data found) here, once, rather than in every task.
    claimdiff._runner(options)
    rows = core.read_manifest(a.manifest)
    os.makedirs(a.output, exist_ok=True)
    partitions = [rows[i:i + a.partition_size] for i in range(0, len(rows), a.partition_size)]
    totals = [0, 0, 0]
    todo = []
    for index, part in enumerate(partitions):
        path = os.path.join(a.output, partition_name(index))
        if os.path.exists(path):
            for k, v in enumerate(count_partition(path, fail_on)):
                totals[k] += v
        else:
            todo.append((part, path))

    started = time.monotonic()
    if a.scheduler:
        cluster = None
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
    try:
        ready = time.monotonic()
        futures = [client.submit(run_partition, part, path, a.lang, a.summary, fail_on, options,
                                 key="claimdiff-" + os.path.basename(path) + "-" + str(os.getpid()),
                                 retries=a.retries, pure=False)
                   for part, path in todo]
        done = failed = 0
        for future in as_completed(futures):
            if future.status == "error":
                # Still failing after the retries: the partition stays missing for a rerun.
                print("claimdiff: error: %s: %s" % (future.key, future.exception()), file=sys.stderr)
                failed += 1
            else:
                for k, v in enumerate(future.result()):
                    totals[k] += v
            done += 1
            if not a.quiet and sys.stderr.isatty():
                sys.stderr.write("\r%d/%d partitions" % (done, len(futures)))
                sys.stderr.flush()
        if not a.quiet and sys.stderr.isatty() and futures:
            sys.stderr.write("\n")
        if a.timings:
            print("claimdiff.dask: timing: cluster %.3f s" % (ready - started), file=sys.stderr)
            print("claimdiff.dask: timing: tasks %.3f s" % (time.monotonic() - ready), file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if totals[1] or failed:
        return 2
    return 1 if totals[2] else 0


def main(argv=None):
    a = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        return run(a)
    except claimdiff.Error as e:
        print(e, file=sys.stderr)
        return 2


if __name__ == "__main__":
    # Through the package's module, so that tasks name claimdiff.dask.run_partition, which the
    # workers import, rather than this __main__.
    from claimdiff.dask import main as _main
    sys.exit(_main())
