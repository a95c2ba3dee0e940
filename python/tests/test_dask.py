"""The Dask runner writes the records of `claimdiff batch` as partitions, atomically, retries a
failed task, skips finished partitions, and runs on a LocalCluster or a running scheduler."""

import glob
import os
import subprocess
import sys
import time

import pytest

import claimdiff.dask as runner


def partitions(folder):
    return sorted(glob.glob(os.path.join(str(folder), "part-*.jsonl")))


def joined(folder):
    return "".join(open(p, encoding="utf-8").read() for p in partitions(folder))


def batch_lines(exe, manifest, tmp_path):
    out = tmp_path / "batch.jsonl"
    status = subprocess.run([exe, "batch", "-j2", str(manifest), "-o", str(out)]).returncode
    assert status == 2
    return out.read_text(encoding="utf-8")


def flaky_run_partition(rows, path, *args):
    """run_partition that fails once for a partition with a marker file beside it."""
    marker = path + ".fail-once"
    if os.path.exists(marker):
        os.unlink(marker)
        raise RuntimeError("planted failure")
    return runner.run_partition(rows, path, *args)


def test_a_local_cluster_writes_batchs_records_retries_and_skips_finished_partitions(exe, manifest, tmp_path,
                                                                                     monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-00001.jsonl.fail-once").write_text("")
    # The workers import this module by name to run the flaky task.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([os.path.dirname(__file__), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setattr(runner, "run_partition", flaky_run_partition)
    status = runner.main([str(manifest), "-o", str(out), "--workers", "2", "--partition-size", "2", "-q"])
    assert status == 2  # the row whose copy is missing
    assert not (out / "part-00001.jsonl.fail-once").exists()  # it failed once, then the retry wrote it
    assert [os.path.basename(p) for p in partitions(out)] == ["part-00000.jsonl", "part-00001.jsonl",
                                                              "part-00002.jsonl"]
    assert joined(out) == batch_lines(exe, manifest, tmp_path)
    assert not [f for f in os.listdir(out) if f.startswith(".")]  # no temporary file left

    # A rerun writes only what is missing.
    stamps = {p: os.stat(p).st_mtime_ns for p in partitions(out)}
    os.unlink(out / "part-00001.jsonl")
    assert runner.main([str(manifest), "-o", str(out), "--workers", "1", "--partition-size", "2", "-q"]) == 2
    assert os.stat(out / "part-00000.jsonl").st_mtime_ns == stamps[str(out / "part-00000.jsonl")]
    assert os.stat(out / "part-00002.jsonl").st_mtime_ns == stamps[str(out / "part-00002.jsonl")]
    assert joined(out) == batch_lines(exe, manifest, tmp_path)


def test_a_running_scheduler_and_worker_on_loopback_run_the_manifest(exe, manifest, tmp_path):
    scheduler_file = tmp_path / "scheduler.json"
    env = dict(os.environ)
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                               "--port", "0", "--no-dashboard", "--scheduler-file", str(scheduler_file)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() or not scheduler_file.read_text():
            assert time.monotonic() < deadline, "the scheduler did not start"
            time.sleep(0.1)
        time.sleep(0.2)
        import json
        address = json.loads(scheduler_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--host",
                                       "127.0.0.1", "--nworkers", "1", "--nthreads", "1", "--no-dashboard"],
                                      env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        out = tmp_path / "out"
        done = subprocess.run([sys.executable, "-m", "claimdiff.dask", str(manifest), "-o", str(out),
                               "--scheduler", address, "--summary", "--partition-size", "3"],
                              env=env, capture_output=True, text=True, timeout=240)
        assert done.returncode == 2, done.stderr
        summary = tmp_path / "summary.jsonl"
        assert subprocess.run([exe, "batch", "--summary", str(manifest), "-o", str(summary)]).returncode == 2
        assert joined(out) == summary.read_text(encoding="utf-8")
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()


def test_a_bad_fail_on_name_or_manifest_is_one_error_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "claimdiff.dask", str(tmp_path / "none.tsv"), "-o",
                           str(tmp_path / "out")], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr == "claimdiff: error: %s: cannot read the manifest\n" % (tmp_path / "none.tsv")
    done = subprocess.run([sys.executable, "-m", "claimdiff.dask", str(tmp_path / "none.tsv"), "-o",
                           str(tmp_path / "out"), "--fail-on", "sometimes"], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.startswith("claimdiff: error: --fail-on: unknown item 'sometimes'")
