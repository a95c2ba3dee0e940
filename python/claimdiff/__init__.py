"""claimdiff for Python: compare versions or translations of a news story claim by claim.

Every function returns the claimdiff/1 JSON report (see DESIGN.md) as dicts and lists, exactly
what ``claimdiff --format json`` prints. Options are the command line's long options as keyword
arguments, dashes as underscores: ``compare(a, b, lang="es,en", threshold=0.4, ignore=["case"],
no_lint=True)``. Bad input raises :class:`claimdiff.Error`, whose message is the command line's
one-line error. The library runs with the GIL released: threads compare in parallel.
"""

import json
import threading

from ._core import Error, Runner as _Runner, check_fail_on as _check_fail_on

__all__ = ["Error", "compare", "compare_files", "lint", "lint_files", "extract", "extract_file", "batch_record"]

_DEFAULTS = {
    "segment": "sentences",
    "chain": False,
    "no_lint": False,
    "threshold": 0.3,
    "move_threshold": 0.5,
    "ignore": (),
    "dictionary": "",
    "lexicon": (),
    "glossary": (),
    "encoding": "",
    "input_format": "auto",
    "body_only": False,
    "max_input_size": 256 * 1024 * 1024,
    "thesaurus": "auto",
    "data_dir": "",
}

_runners = {}
_runners_lock = threading.Lock()
_MAX_RUNNERS = 8


def _as_list(value):
    if isinstance(value, str):
        return tuple(v for v in value.split(",") if v)
    return tuple(value)


def _settings(options):
    unknown = set(options) - set(_DEFAULTS)
    if unknown:
        raise TypeError("unknown option(s): %s (known: %s)" % (", ".join(sorted(unknown)), ", ".join(sorted(_DEFAULTS))))
    s = dict(_DEFAULTS, **options)
    for key in ("ignore", "lexicon", "glossary"):
        s[key] = _as_list(s[key])
    for key in ("threshold", "move_threshold"):
        if not 0.0 <= float(s[key]) <= 1.0:
            raise Error("claimdiff: error: --%s: %s is not in [0, 1]" % (key.replace("_", "-"), s[key]))
    return tuple(sorted(s.items()))


def _runner(options):
    """The Runner of these options: language data, lexicons and dictionary are loaded once and
    kept for later calls with the same options (a few kept at a time)."""
    key = _settings(options)
    with _runners_lock:
        runner = _runners.get(key)
    if runner is not None:
        return runner
    s = dict(key)
    runner = _Runner(lang="auto", segment=s["segment"], chain=bool(s["chain"]), lint=not s["no_lint"],
                     threshold=float(s["threshold"]), move_threshold=float(s["move_threshold"]),
                     ignore=list(s["ignore"]), dictionary=s["dictionary"], lexicons=list(s["lexicon"]),
                     glossaries=list(s["glossary"]), encoding=s["encoding"],
                     input_format=s["input_format"], body_only=bool(s["body_only"]), max_input=int(s["max_input_size"]),
                     thesaurus=s["thesaurus"], data_dir=s["data_dir"])
    with _runners_lock:
        if len(_runners) >= _MAX_RUNNERS:
            _runners.pop(next(iter(_runners)))
        runner = _runners.setdefault(key, runner)
    return runner


def _names(texts, names, default):
    if names is None:
        return default
    return [str(n) for n in names]


def compare(original, copy, *more_copies, lang="auto", names=None, **options):
    """Compares the original text with one copy or more.

    ``lang``: "auto" (detected), one code ("en"), or one per text ("es,en"). ``names`` name the
    versions in the report (default "original", "copy", or "copy 1", "copy 2", ...)."""
    texts = [original, copy, *more_copies]
    default = ["original", "copy"] if len(texts) == 2 else ["original"] + ["copy %d" % i for i in range(1, len(texts))]
    return json.loads(_runner(options).compare_texts(texts, _names(texts, names, default), lang))


def compare_files(paths, lang="auto", via="", **options):
    """Compares files as ``claimdiff BASE OTHER...`` does: the first is the original, versions
    are named by their paths as given; ``via``: a translation of the original (``--via``)."""
    return json.loads(_runner(options).compare_files([str(p) for p in paths], lang, str(via)))


def lint(*texts, lang="auto", names=None, **options):
    """Lints texts for machine-translation and spinner artifacts; the report's comparisons are empty."""
    default = ["text"] if len(texts) == 1 else ["text %d" % i for i in range(1, len(texts) + 1)]
    return json.loads(_runner(options).lint_texts(list(texts), _names(texts, names, default), lang))


def lint_files(paths, lang="auto", **options):
    """Lints files as ``claimdiff lint FILE...`` does."""
    return json.loads(_runner(options).lint_files([str(p) for p in paths], lang))


def extract(page, name="page", **options):
    """The text claimdiff compares in a web page or a Markdown document, one block (paragraph,
    heading, list item) per line, as ``claimdiff extract`` prints it. The format comes from
    ``input_format`` ("auto": from ``name``'s extension, then the content); ``body_only=True``
    leaves out a page's headline, byline and dates."""
    return _runner(options).extract_text(page, str(name))


def extract_file(path, **options):
    """``extract`` of a file, read as ``claimdiff extract FILE`` reads it."""
    return _runner(options).extract_file(str(path))


def batch_record(id_json, files, lang="", error="", via="", summary=False, fail_on=("any",), **options):
    """The line ``claimdiff batch`` writes for one manifest row (``id_json``: the id as JSON
    text), with whether it is an error record and whether --fail-on counts it:
    ``(line, is_error, fails)``."""
    _check_fail_on(list(fail_on))
    return _runner(options).record(id_json, list(files), lang, error, via, summary, list(fail_on))
