#!/usr/bin/env python3
"""Alignment accuracy on the Bible: KJV against a perturbed Webster / ASV.

For each case the base file is the KJV, one verse per line. The other file is
the other version, one verse per line, perturbed with a fixed seed:
  * ~3% of lines dropped,
  * ~3% of adjacent pairs merged into one line (joined with a space),
  * ~1% of lines moved far away (>= 1000 lines from where they were),
  * 20 foreign news-like lines inserted (in no version).
Verses the ASV lacks stay unlinked. The gold standard is the set of links
(base line, other line) given by the verse references: a merged line links to
both its verses; inserted and dropped lines link to nothing.

`claimdiff align --segment lines base.txt other.txt` prints beads; every
base id x other id of a bead with both sides non-empty is a link. Reported:
link precision, recall and F1, the wall time of the align run, and a
breakdown of recall by perturbation kind.

    python3 bench/bible_align.py --claimdiff build/claimdiff [--hunalign]
    python3 bench/bible_align.py --self-test
"""

import argparse
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # keep bench/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

CASES = [("KJV->Webster", "Webster"), ("KJV->ASV", "ASV"), ("KJV->ASV-reworded", "ASV-reworded")]

# The reworded case stands in for a modern English Bible against the KJV (held out): the ASV with
# the archaic forms modernised and content words replaced by thesaurus synonyms, so that most
# verses share few words with the KJV while keeping their length and place.
THESAURUS = "/usr/share/mythes/th_en_US_v2.dat"
SYNONYM_RATE = 0.9

DROP_RATE = 0.03
MERGE_RATE = 0.03
MOVE_RATE = 0.01
MOVE_MIN_DISTANCE = 1000
N_FOREIGN = 20


# ---------------------------------------------------------------- data

_CITIES = ["Rotterdam", "Porto Alegre", "Osaka", "Winnipeg", "Tbilisi", "Accra", "Valparaiso",
           "Gdansk", "Brisbane", "Monterrey", "Tampere", "Durban", "Cluj-Napoca", "Halifax"]
_ORGS = ["transport authority", "central bank", "football federation", "health ministry",
         "port operator", "energy regulator", "teachers' union", "weather service",
         "software company", "airline", "water utility", "statistics office"]
_VERBS = ["announced", "confirmed", "denied", "postponed", "criticised", "welcomed"]
_THINGS = ["a new tram line", "interest rates", "the ticket prices", "a data breach",
           "the quarterly figures", "a strike", "the merger", "emissions targets",
           "a recall of electric scooters", "the opening of a vaccine plant"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def foreign_sentences(rng, n):
    """n distinct news-like sentences, none of which can occur in a Bible."""
    out, seen = [], set()
    while len(out) < n:
        s = (f"On {rng.choice(_DAYS)} the {rng.choice(_ORGS)} in {rng.choice(_CITIES)} "
             f"{rng.choice(_VERBS)} {rng.choice(_THINGS)}, citing {rng.randint(2, 98)} percent "
             f"of the {rng.randint(1000, 99999)} survey responses received by email.")
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


_ARCHAIC = {"thee": "you", "thou": "you", "ye": "you", "thy": "your", "thine": "your", "hath": "has",
            "doth": "does", "saith": "says", "unto": "to", "shalt": "shall", "wilt": "will", "hast": "have",
            "didst": "did", "spake": "spoke", "art": "are", "whosoever": "whoever", "behold": "look",
            "shew": "show", "wherefore": "therefore", "verily": "truly", "neither": "nor"}
_STOP = {"and", "the", "that", "this", "with", "from", "they", "them", "their", "which", "shall", "have",
         "will", "were", "when", "what", "there", "into", "upon", "also", "then", "unto", "said", "your"}
_WORD = re.compile(r"[A-Za-z]+")


def load_thesaurus(path):
    """{word: [one-word synonyms, those of its first meaning first]} from a MyThes .dat file."""
    out = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        f.readline()
        for line in f:
            word, _, count = line.rstrip("\n").partition("|")
            meanings = [f.readline().rstrip("\n").split("|")[1:] for _ in range(int(count or 0))]
            syns = [w for m in meanings for w in m if " " not in w and "-" not in w and "(" not in w
                    and w.isalpha() and w.islower() and w != word]
            if syns and " " not in word:
                out[word] = list(dict.fromkeys(syns))
    return out


def reword(verses, thesaurus):
    """A modern-style rewording of [(ref, text)]: archaic forms modernised (thee -> you,
    walketh -> walks, hast -> have; no leading "And"), then SYNONYM_RATE of the other content words replaced by a
    synonym; deterministic per verse."""
    out = []
    for ref, text in verses:
        rng = random.Random("reword:" + ref)

        def one(m):
            w = m.group(0)
            low = w.lower()
            new = _ARCHAIC.get(low)
            if new is None and low.endswith("eth") and len(low) > 5:
                stem = low[:-3]
                new = stem + ("es" if stem.endswith(("s", "sh", "ch", "x")) else "s")
                if stem + "e" in thesaurus:
                    new = stem + "es"
            elif new is None and low.endswith("est") and len(low) > 6 and low[:-3] in thesaurus:
                new = low[:-3]
            if new is None and len(low) >= 4 and low not in _STOP and w[0].islower() and low in thesaurus \
                    and rng.random() < SYNONYM_RATE:
                new = rng.choice(thesaurus[low][:3])
            if new is None:
                return w
            return new[0].upper() + new[1:] if w[0].isupper() else new
        text = _WORD.sub(one, text)
        if text.startswith("And ") and len(text) > 4:  # modern versions drop the leading "And"
            text = text[4].upper() + text[5:]
        out.append((ref, text))
    return out


def load_version(corpora, version):
    """The verses of a version of the corpus, or of the reworded ASV."""
    if version == "ASV-reworded":
        if not os.path.isfile(THESAURUS):
            common.die(f"missing {THESAURUS} (Debian package mythes-en-us) for the reworded case")
        return reword(common.load_bible(corpora, "ASV"), load_thesaurus(THESAURUS))
    return common.load_bible(corpora, version)


class Case:
    """Files and gold for one base/other pair."""

    def __init__(self, name, base_texts, other_lines, gold, kinds):
        self.name = name
        self.base_texts = base_texts      # [str]
        self.other_lines = other_lines    # [(text, tag)] tag: keep|merged|moved|merged,moved|foreign
        self.gold = gold                  # {(base_line, other_line)}
        self.kinds = kinds                # {(i, j): kind} for each gold link


def build_case(name, kjv, other, seed):
    """kjv, other: [(ref, text)]. Returns a Case; deterministic for a seed."""
    rng = random.Random(f"{seed}:{name}")
    base_texts = [t for _, t in kjv]
    base_index = {ref: i for i, (ref, _) in enumerate(kjv)}

    # items: [text, refs tuple, tag]
    items = [[t, (ref,), "keep"] for ref, t in other]
    n = len(items)
    k = round(MOVE_RATE * n)
    items, stats = common.perturb(items, rng, round(DROP_RATE * n), round(MERGE_RATE * n), k,
                                  MOVE_MIN_DISTANCE, N_FOREIGN, foreign_sentences)

    gold, kinds = set(), {}
    for j, (_, refs, tag) in enumerate(items):
        for ref in refs:
            if ref in base_index:
                link = (base_index[ref], j)
                gold.add(link)
                kinds[link] = "moved" if "moved" in tag else tag
    case = Case(name, base_texts, [(t, tag) for t, _, tag in items], gold, kinds)
    case.dropped = len(stats["dropped"])
    case.merged = stats["merged"]
    case.moved = stats["moved"]
    other_refs = {r for r, _ in other}
    case.missing = sum(1 for ref, _ in kjv if ref not in other_refs)
    case.dropped_refs = stats["dropped"]
    return case


def write_case(case, folder):
    common.ensure_dir(folder)
    base = os.path.join(folder, "base.txt")
    other = os.path.join(folder, "other.txt")
    with open(base, "w", encoding="utf-8") as f:
        f.writelines(t + "\n" for t in case.base_texts)
    with open(other, "w", encoding="utf-8") as f:
        f.writelines(t + "\n" for t, _ in case.other_lines)
    with open(os.path.join(folder, "gold.links"), "w") as f:
        f.writelines(f"{i}\t{j}\n" for i, j in sorted(case.gold))
    return base, other


# ---------------------------------------------------------------- scoring

def score(gold, hyp):
    tp = len(gold & hyp)
    return common.prf(tp, len(hyp), len(gold))


def breakdown(case, hyp):
    """Recall per gold-link kind, and false links touching lines that have no gold link."""
    by_kind = {}
    for link, kind in case.kinds.items():
        hit, tot = by_kind.get(kind, (0, 0))
        by_kind[kind] = (hit + (link in hyp), tot + 1)
    foreign = {j for j, (_, tag) in enumerate(case.other_lines) if tag == "foreign"}
    linked_base = {i for i, _ in case.gold}
    false_foreign = sum(1 for _, j in hyp if j in foreign)
    false_unlinked_base = sum(1 for i, _ in hyp if i not in linked_base)
    return by_kind, false_foreign, false_unlinked_base


def check_beads(beads, n_base, n_other):
    """Sanity notes: ids out of range, ids missing or repeated on either side."""
    notes = []
    for side, n, ids in (("base", n_base, [i for s, _ in beads for i in s]),
                         ("other", n_other, [j for _, t in beads for j in t])):
        bad = [x for x in ids if not 0 <= x < n]
        if bad:
            notes.append(f"{len(bad)} {side} ids out of range (e.g. {bad[0]})")
        seen = set(ids)
        if len(seen) != len(ids):
            notes.append(f"{len(ids) - len(seen)} {side} ids repeated")
        missing = n - len(seen & set(range(n)))
        if missing:
            notes.append(f"{missing} {side} ids in no bead")
    return notes


# ---------------------------------------------------------------- self-test

def self_test(args):
    test = common.SelfTest()
    check = test.check

    kjv = common.load_bible(args.corpora, "KJV")
    for name, version in CASES:
        other = load_version(args.corpora, version)
        case = build_case(name, kjv, other, args.seed)
        again = build_case(name, kjv, other, args.seed)
        check(case.other_lines == again.other_lines and case.gold == again.gold,
              f"{name}: perturbation is deterministic for seed {args.seed}")
        tags = [tag for _, tag in case.other_lines]
        check(tags.count("foreign") == N_FOREIGN, f"{name}: {N_FOREIGN} foreign lines")
        check(sum("merged" in t for t in tags) == case.merged > 0, f"{name}: {case.merged} merged lines")
        check(sum("moved" in t for t in tags) == case.moved > 0, f"{name}: {case.moved} moved lines")
        check(all(t.strip() for t in case.base_texts) and all(t.strip() for t, _ in case.other_lines),
              f"{name}: no empty lines (line number == unit id)")
        # moved lines really are far from their neighbours' base positions
        base_of = {}
        for i, j in case.gold:
            base_of.setdefault(j, i)
        far = 0
        for j, (_, tag) in enumerate(case.other_lines):
            if "moved" not in tag:
                continue
            nb = [base_of[x] for x in range(max(0, j - 3), min(len(tags), j + 4))
                  if x != j and x in base_of and tags[x] == "keep"]
            if j in base_of and nb and min(abs(base_of[j] - b) for b in nb) >= common_min_move():
                far += 1
        check(far >= 0.95 * case.moved, f"{name}: {far}/{case.moved} moved lines >= {MOVE_MIN_DISTANCE} lines away")
        texts = {t for _, t in kjv} | {t for _, t in other}
        check(all(t not in texts for t, tag in case.other_lines if tag == "foreign"),
              f"{name}: foreign lines occur in no version")
        check(all(j < len(case.other_lines) and i < len(case.base_texts) for i, j in case.gold),
              f"{name}: gold ids in range")
        n_links = len(case.gold)
        check(n_links == len(other) - case.dropped,
              f"{name}: {n_links} gold links = verses kept")

        # scorer: gold vs itself, through the bead text format
        beads = {}
        for i, j in sorted(case.gold):
            beads.setdefault(j, []).append(i)
        bead_list = [(tuple(v), (j,)) for j, v in sorted(beads.items())]
        bead_list += [((), (j,)) for j in range(len(case.other_lines)) if j not in beads]
        text = "".join(f"[{','.join(map(str, s))}]:[{','.join(map(str, t))}]:1.000\n" for s, t in bead_list)
        hyp = common.bead_links(common.parse_beads(text))
        p, r, f = score(case.gold, hyp)
        check((p, r, f) == (1.0, 1.0, 1.0), f"{name}: gold scored against itself: P={p:.3f} R={r:.3f} F1={f:.3f}")
        by_kind, ff, fu = breakdown(case, hyp)
        check(all(h == t for h, t in by_kind.values()) and ff == 0 and fu == 0,
              f"{name}: breakdown of gold is perfect")

        # corrupted copy: drop 5% of links, shift 5% of the rest by one line
        rng = random.Random(1)
        corrupt = set()
        for i, j in sorted(case.gold):
            x = rng.random()
            if x < 0.05:
                continue
            corrupt.add((i, j + 1) if x < 0.10 else (i, j))
        p, r, f = score(case.gold, corrupt)
        check(p < 1 and r < 1 and f < 1 and 0.85 < f < 0.95,
              f"{name}: corrupted gold scores below 1: P={p:.3f} R={r:.3f} F1={f:.3f}")

    # ladder conversion
    beads = common.ladder_to_beads("0\t0\t0.5\n1\t1\t0.3\n3\t2\t0.1\n3\t3\t0.2\n4\t4\t0.3\n", 4, 4)
    check(beads == [((0,), (0,)), ((1, 2), (1,)), ((), (2,)), ((3,), (3,))],
          f"ladder -> beads: {beads}")
    beads = common.ladder_to_beads("0\t0\t0.5\n2\t2\t0.3\n", 3, 3)
    check(beads == [((0, 1), (0, 1)), ((2,), (2,))], f"ladder without final rung: {beads}")
    check(common.parse_beads("[7,8]:[9]:0.640\n[10]:[]:0.000\n[]:[3]\n") ==
          [((7, 8), (9,)), ((10,), ()), ((), (3,))], "bead parser")
    return test.status()


def common_min_move():
    # neighbours may themselves sit a few verses away; allow that slack
    return MOVE_MIN_DISTANCE - 10


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    common.add_common_args(ap)
    ap.add_argument("--seed", type=int, default=1, help="perturbation seed (default 1)")
    ap.add_argument("--hunalign", action="store_true", help="also run hunalign (empty dictionary) on the same files")
    ap.add_argument("--hunalign-args", default="", help="extra hunalign options, e.g. '-realign'")
    ap.add_argument("--claimdiff-args", default="",
                    help="extra claimdiff align options, e.g. '--threshold 0.1'")
    ap.add_argument("--no-claimdiff", action="store_true", help="skip claimdiff (e.g. hunalign only)")
    ap.add_argument("--case", choices=[c for c, _ in CASES], action="append", help="run only this case (repeatable)")
    ap.add_argument("--timeout", type=float, default=600, help="per-run timeout in seconds (default 600)")
    ap.add_argument("--self-test", action="store_true", help="check data building and scoring, without claimdiff")
    args = ap.parse_args()
    common.OUT_DIR = os.path.abspath(args.out)

    if args.self_test:
        return self_test(args)
    claimdiff = None if args.no_claimdiff else common.check_claimdiff(args.claimdiff)
    hun = None
    if args.hunalign:
        hun, hun_name = common.hunalign_command()
        if hun is None:
            common.die(hun_name)

    kjv = common.load_bible(args.corpora, "KJV")
    rows, detail, notes_out = [], [], []
    for name, version in CASES:
        if args.case and name not in args.case:
            continue
        case = build_case(name, kjv, load_version(args.corpora, version), args.seed)
        folder = os.path.join(common.OUT_DIR, "bible_align", name.replace("->", "-"))
        base, other = write_case(case, folder)
        print(f"{name}: {len(case.base_texts)} base lines, {len(case.other_lines)} other lines, "
              f"{len(case.gold)} gold links (dropped {case.dropped}, merged {case.merged} pairs, "
              f"moved {case.moved}, foreign {N_FOREIGN}, missing from version {case.missing})",
              file=sys.stderr)
        runs = []
        if claimdiff:
            extra_cd = args.claimdiff_args.split()
            runs.append(("claimdiff" + (" " + " ".join(extra_cd) if extra_cd else ""),
                         lambda: run_claimdiff(claimdiff, base, other, args.timeout, extra_cd)))
        if hun:
            extra = args.hunalign_args.split()
            label = "hunalign" + (" " + " ".join(extra) if extra else "")
            runs.append((label, lambda: common.run_hunalign(hun, base, other, extra, timeout=args.timeout)))
        for tool, fn in runs:
            try:
                beads, secs, rss = fn()
            except RuntimeError as e:
                print(f"{name} {tool}: {e}", file=sys.stderr)
                rows.append([name, tool, "error", "", "", ""])
                continue
            with open(os.path.join(folder, tool.split()[0] + ".beads"), "w") as f:
                f.write(common.format_beads(beads))
            hyp = common.bead_links(beads)
            p, r, f1 = score(case.gold, hyp)
            rows.append([name, tool, f"{p:.4f}", f"{r:.4f}", f"{f1:.4f}", f"{secs:.2f}"])
            by_kind, ff, fu = breakdown(case, hyp)
            rk = {k: (f"{h / t:.3f}" if t else "-") for k, (h, t) in by_kind.items()}
            detail.append([name, tool, rk.get("keep", "-"), rk.get("merged", "-"), rk.get("moved", "-"),
                           ff, fu, common.mib(rss)])
            for note in check_beads(beads, len(case.base_texts), len(case.other_lines)):
                notes_out.append(f"{name} {tool}: {note}")

    print(common.markdown_table(["case", "tool", "precision", "recall", "F1", "seconds"], rows))
    print()
    print(common.markdown_table(
        ["case", "tool", "recall 1-1", "recall merged", "recall moved",
         "links to foreign lines", "links from unlinked base", "peak RSS"], detail))
    if notes_out:
        print()
        for n in notes_out:
            print(f"- note: {n}")
    return 0


def run_claimdiff(claimdiff, base, other, timeout, extra=()):
    cmd = [claimdiff, "align", "--segment", "lines"] + list(extra) + [base, other]
    text, secs, rss = common.run_capture(cmd, timeout=timeout)
    return common.parse_beads(text, "claimdiff align"), secs, rss


if __name__ == "__main__":
    status = main()
    common.warn_if_rebuilt()
    sys.exit(status)
