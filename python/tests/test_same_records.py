"""One row, one record: the command line, `claimdiff batch` with one thread and two,
compare_files and the Dask runner give the same report for every row of a manifest."""

import json
import os
import subprocess

import claimdiff
import claimdiff._core as core
import claimdiff.dask as runner


def test_every_entry_point_gives_the_same_record_for_every_row(exe, manifest, tmp_path):
    j1, j2 = tmp_path / "j1.jsonl", tmp_path / "j2.jsonl"
    assert subprocess.run([exe, "batch", "-j1", str(manifest), "-o", str(j1)]).returncode == 2
    assert subprocess.run([exe, "batch", "-j2", str(manifest), "-o", str(j2)]).returncode == 2
    assert j1.read_text() == j2.read_text()
    dask_out = tmp_path / "dask"
    assert runner.main([str(manifest), "-o", str(dask_out), "--workers", "2", "--partition-size", "2", "-q"]) == 2
    assert "".join(open(os.path.join(dask_out, p)).read() for p in sorted(os.listdir(dask_out))) == j1.read_text()

    records = [json.loads(line) for line in j1.read_text().splitlines()]
    rows = core.read_manifest(str(manifest))
    assert [json.loads(r[0]) for r in rows] == [r["id"] for r in records]
    for (id_json, files, lang, error, via), record in zip(rows, records):
        cli = subprocess.run([exe, "--format", "json", "--lang", lang or "auto", *files], capture_output=True,
                             text=True)
        if "error" in record:
            assert cli.returncode == 2
            assert record == {"id": json.loads(id_json), "error": cli.stderr.strip()}
            continue
        del record["id"]
        assert record == json.loads(cli.stdout)
        assert record == claimdiff.compare_files(files, lang=lang or "auto")
