"""claimdiff's Python functions return the claimdiff/1 report the command line prints."""

import json
import os
import subprocess
import threading
import time

import pytest

import claimdiff
from conftest import FIXTURES

ORIGINAL = ("The fire at the Hallam & Reed plant killed 12 workers, officials said on Tuesday. "
            "The mayor said the town would not reopen the site. Rain is expected on Wednesday.")
COPY = ("The fire at the Hallam & Reed plant killed 19 workers, officials said on Tuesday. "
        "The mayor said the town would reopen the site. Rain is expected on Wednesday.")


def test_a_changed_number_and_a_dropped_negation_are_major_changes():
    r = claimdiff.compare(ORIGINAL, COPY, lang="en")
    assert r["schema"] == "claimdiff/1"
    assert [v["name"] for v in r["versions"]] == ["original", "copy"]
    claims = r["comparisons"][0]["claims"]
    changed = [c for c in claims if c["kind"] == "reworded"]
    assert len(changed) == 2
    types = {ch["type"] for c in changed for ch in c["changes"]}
    assert {"number", "negation"} <= types
    assert all(c["severity"] == "major" for c in changed)
    assert r["comparisons"][0]["summary"]["equal"] == 1


def test_compare_files_gives_what_the_command_line_prints(exe):
    paths = [str(FIXTURES / "bbc" / "original.txt"), str(FIXTURES / "bbc" / "copy.txt")]
    cli = subprocess.run([exe, "--format", "json", *paths], capture_output=True, text=True)
    assert cli.returncode == 1
    assert claimdiff.compare_files(paths) == json.loads(cli.stdout)


def test_languages_options_and_names_are_keyword_arguments():
    es = (FIXTURES / "bbc" / "original.es.txt").read_text(encoding="utf-8")
    en = (FIXTURES / "bbc" / "copy.txt").read_text(encoding="utf-8")
    r = claimdiff.compare(es, en, lang="es,en", names=["mundo.txt", "world.txt"], no_lint=True)
    assert [(v["name"], v["language"]) for v in r["versions"]] == [("mundo.txt", "es"), ("world.txt", "en")]
    assert r["findings"] == []
    detected = claimdiff.compare(es, en)
    assert [v["language"] for v in detected["versions"]] == ["es", "en"]
    shouting = claimdiff.compare(ORIGINAL, ORIGINAL.upper(), lang="en", ignore=["case"])
    assert shouting["comparisons"][0]["summary"]["reworded"] == 0
    with pytest.raises(TypeError, match="unknown option"):
        claimdiff.compare(ORIGINAL, COPY, treshold=0.5)


def test_three_versions_compare_with_the_first_or_in_a_chain():
    v = [(FIXTURES / "revisions" / n).read_text(encoding="utf-8") for n in ("v1.txt", "v2.txt", "v3.txt")]
    first = claimdiff.compare(*v, lang="en")
    chained = claimdiff.compare(*v, lang="en", chain=True)
    assert [(c["base"], c["other"]) for c in first["comparisons"]] == [(0, 1), (0, 2)]
    assert [(c["base"], c["other"]) for c in chained["comparisons"]] == [(0, 1), (1, 2)]
    assert [v["name"] for v in first["versions"]] == ["original", "copy 1", "copy 2"]


def test_lint_finds_the_spinner_phrase_with_its_position():
    r = claimdiff.lint("Ukraine said Russia had approved an offensive once morest the country.", lang="en")
    assert r["comparisons"] == []
    f = [f for f in r["findings"] if f["rule"] == "spinner-phrase"]
    assert len(f) == 1
    assert (f[0]["text"], f[0]["suggestion"], f[0]["column"]) == ("once morest", "against", 47)
    files = claimdiff.lint_files([str(FIXTURES / "bbc" / "copy.txt")])
    assert any(f["rule"] == "spinner-phrase" for f in files["findings"])


def test_errors_raise_claimdiff_error_with_the_command_lines_message(exe, tmp_path):
    missing = str(tmp_path / "gone.txt")
    cli = subprocess.run([exe, missing, missing + "2"], capture_output=True, text=True)
    with pytest.raises(claimdiff.Error) as e:
        claimdiff.compare_files([missing, missing + "2"])
    assert str(e.value) + "\n" == cli.stderr
    assert str(e.value) == "claimdiff: error: %s: No such file or directory" % missing
    with pytest.raises(claimdiff.Error, match=r"^claimdiff: error: copy:1:5: invalid UTF-8"):
        claimdiff.compare(ORIGINAL, b"The \xff fire", lang="en")
    with pytest.raises(claimdiff.Error, match="--lang takes one code, or one per file"):
        claimdiff.compare(ORIGINAL, COPY, lang="en,es,fr")
    with pytest.raises(claimdiff.Error, match="--threshold"):
        claimdiff.compare(ORIGINAL, COPY, threshold=2)
    assert issubclass(claimdiff.Error, Exception)


def _children_of(pid):
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return out


def test_python_threads_run_while_compare_works_in_this_process():
    # A long story: the BBC copy forty times over, each with its numbers changed.
    base = (FIXTURES / "bbc" / "original.txt").read_text(encoding="utf-8")
    copy = (FIXTURES / "bbc" / "copy.txt").read_text(encoding="utf-8")
    original = "\n\n".join(base.replace("200", str(200 + i)) for i in range(40))
    changed = "\n\n".join(copy.replace("200", str(300 + i)) for i in range(40))
    ticks, children, stop = [], [], threading.Event()

    def tick():
        n = 0
        while not stop.is_set():
            n += 1
            if n % 2000 == 0:
                ticks.append(time.monotonic())
                children.extend(_children_of(os.getpid()))

    ticker = threading.Thread(target=tick)
    ticker.start()
    time.sleep(0.05)
    start = time.monotonic()
    r = claimdiff.compare(original, changed, lang="en")
    end = time.monotonic()
    stop.set()
    ticker.join()
    assert r["comparisons"][0]["summary"]["reworded"] > 40
    # With the GIL held for the whole call, no Python bytecode of another thread could run in the
    # middle half of it; released, the ticker keeps ticking there.
    middle = [t for t in ticks if start + (end - start) / 4 < t < end - (end - start) / 4]
    assert end - start > 0.02
    assert middle, "no Python thread ran during compare(): the GIL was held"
    assert children == [], "compare() started a process"


def test_two_threads_compare_at_once_with_the_results_of_one():
    texts = [(FIXTURES / "bbc" / n).read_text(encoding="utf-8") for n in ("original.txt", "copy.txt")]
    alone = claimdiff.compare(*texts, lang="en")
    results = [None] * 4

    def work(i):
        results[i] = claimdiff.compare(*texts, lang="en")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == alone for r in results)


def test_extract_gives_the_article_text_the_command_line_prints(exe):
    page = FIXTURES / "html" / "story-v1.html"
    cli = subprocess.run([exe, "extract", str(page)], capture_output=True, text=True)
    assert cli.returncode == 0
    text = page.read_text(encoding="utf-8")
    assert claimdiff.extract(text) == cli.stdout
    assert claimdiff.extract_file(page) == cli.stdout
    assert "<" not in cli.stdout
    body = subprocess.run([exe, "extract", "--body-only", str(page)], capture_output=True, text=True).stdout
    assert claimdiff.extract_file(page, body_only=True) == body
    assert len(body) < len(cli.stdout)


def test_extract_reads_markdown_by_name_or_by_the_format_named():
    source = (FIXTURES / "markdown" / "story-v1.md").read_text(encoding="utf-8")
    rendered = claimdiff.extract(source, name="story.md")
    assert "](http" in source and "](http" not in rendered
    assert claimdiff.extract(source, name="story.txt", input_format="markdown") == rendered
    assert claimdiff.extract(source, name="story.txt") == "".join(
        line + "\n" for line in source.splitlines() if line)
    with pytest.raises(claimdiff.Error, match="claimdiff: error: .*pdf"):
        claimdiff.extract(source, input_format="pdf")


def test_compare_takes_pages_in_the_format_named(exe):
    pages = [FIXTURES / "html" / "story-v1.html", FIXTURES / "html" / "story-v2.html"]
    texts = [p.read_text(encoding="utf-8") for p in pages]
    cli = subprocess.run([exe, "--format", "json", "--input-format", "html", *map(str, pages)],
                         capture_output=True, text=True)
    report = claimdiff.compare(*texts, names=[str(p) for p in pages], input_format="html")
    assert report == json.loads(cli.stdout)
