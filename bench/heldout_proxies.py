#!/usr/bin/env python3
"""Proxies for the held-out translation directions, built from the dev corpora.

The held-out WMT sets include pairs whose ORIGINAL is English and whose copy is in another
language (en-de, en-es, en-ru, ...), the reverse of our ru-en dev direction. This script builds
sets in the layout of ../shared/corpora/wmt21/<pair>/ (<stem>.src.txt the original,
<stem>.ref.txt the translation, one segment per line, line k of one translating line k of the
other, and a manifest.tsv whose second column names the documents), so that
../shared/eval/wmt_audit.py and bench/wmt_align.py (`--pairs`) read them unchanged:

  rev_en-ru, rev_fr-de, rev_de-fr   a wmt21 dev set reversed: its translation (.ref.txt) becomes
                                    the original, its original (.src.txt) the copy. rev_en-ru is
                                    English -> Russian; rev_de-fr (from fr-de) is a second set
                                    whose copy is French original prose.
  demetr_en-XX (de es fr it pl cs)  pseudo-documents from DEMETR's checked translations
                                    (base_id35_reference.json): the English `mt_sent` as the
                                    original line, the source `src_sent` as its translation,
                                    --doc-size consecutive ids of one language per document.

Caveats. A reversed set's "original" is itself a translation (translationese), so its copy is
unusually close to it. A DEMETR pseudo-document strings together unrelated sentences: each line
shares nothing with its neighbours, which makes alignment far easier than in a real article, so
these proxies test the classification of a faithful English -> X translation (false alarms,
planted faults) more than alignment.

    python3 bench/heldout_proxies.py                         # writes bench/out/heldout/wmt21/*
    python3 ../shared/eval/wmt_audit.py build/claimdiff bench/out/heldout/wmt21/rev_en-ru
    python3 bench/wmt_align.py --corpora bench/out/heldout --pairs rev_en-ru,rev_de-fr --set cross
    python3 bench/heldout_proxies.py --self-test
"""

import argparse
import json
import os
import sys

sys.dont_write_bytecode = True  # keep bench/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

REVERSED = {"rev_en-ru": "ru-en", "rev_de-fr": "fr-de", "rev_fr-de": "de-fr"}
DEMETR_LANGS = {"de": "german", "es": "spanish", "fr": "french", "it": "italian", "pl": "polish", "cs": "czech"}
MANIFEST_HEADER = "docid\tfile_stem\torig_lang\tdomain\tsrc_lang\tref_lang\tn_segs\trefs\n"


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def stems_of(folder):
    with open(os.path.join(folder, "manifest.tsv"), encoding="utf-8") as f:
        return [line.split("\t")[1] for line in f.read().splitlines()[1:] if line.strip()]


def reversed_set(corpora, dev_pair):
    """[(stem, original lines, translation lines)]: the dev set's translation as the original."""
    folder = os.path.join(corpora, "wmt21", dev_pair)
    if not os.path.isfile(os.path.join(folder, "manifest.tsv")):
        common.die(f"missing {folder}/manifest.tsv (pass --corpora DIR)")
    docs = []
    for stem in stems_of(folder):
        src = read_lines(os.path.join(folder, stem + ".src.txt"))
        ref = read_lines(os.path.join(folder, stem + ".ref.txt"))
        docs.append((stem, ref, src))
    return docs


def demetr_set(corpora, lang_name, doc_size):
    """Pseudo-documents of doc_size consecutive DEMETR items of one language (the last one keeps
    the remainder when it is at least half a document, else joins the previous one)."""
    path = os.path.join(corpora, "demetr", "base_id35_reference.json")
    if not os.path.isfile(path):
        common.die(f"missing {path} (pass --corpora DIR)")
    with open(path, encoding="utf-8") as f:
        # Even ids only, stated here rather than assumed of the corpus: the odd ids are held out.
        items = sorted((x for x in json.load(f) if x["lang_tag"] == lang_name and int(x["id"]) % 2 == 0), key=lambda x: x["id"])
    one_line = lambda s: " ".join(s.split())
    groups = [items[k:k + doc_size] for k in range(0, len(items), doc_size)]
    if len(groups) > 1 and len(groups[-1]) < doc_size // 2:
        groups[-2].extend(groups.pop())
    docs = []
    for g in groups:
        stem = f"demetr.{lang_name}.{g[0]['id']}-{g[-1]['id']}"
        docs.append((stem, [one_line(x["mt_sent"]) for x in g], [one_line(x["src_sent"]) for x in g]))
    return docs


def write_set(out_root, name, docs):
    folder = common.ensure_dir(os.path.join(out_root, name))
    orig_lang, copy_lang = name.rsplit("_", 1)[-1].split("-")
    with open(os.path.join(folder, "manifest.tsv"), "w", encoding="utf-8") as m:
        m.write(MANIFEST_HEADER)
        for stem, orig, copy in docs:
            for suffix, lines in ((".src.txt", orig), (".ref.txt", copy)):
                with open(os.path.join(folder, stem + suffix), "w", encoding="utf-8") as f:
                    f.writelines(l + "\n" for l in lines)
            m.write(f"{stem}\t{stem}\t{orig_lang}\t\t{orig_lang}\t{copy_lang}\t{len(orig)}\t\n")
    return folder


def build_all(corpora, doc_size):
    sets = {name: reversed_set(corpora, dev) for name, dev in REVERSED.items()}
    for code, lang_name in DEMETR_LANGS.items():
        sets[f"demetr_en-{code}"] = demetr_set(corpora, lang_name, doc_size)
    return sets


def self_test(args):
    test = common.SelfTest()
    check = test.check

    sets = build_all(args.corpora, args.doc_size)
    check(sorted(sets) == sorted(list(REVERSED) + [f"demetr_en-{c}" for c in DEMETR_LANGS]), "all sets built")
    for name, docs in sets.items():
        check(all(len(o) == len(c) for _, o, c in docs), f"{name}: {len(docs)} line-parallel documents")
    ru = dict((s, (o, c)) for s, o, c in sets["rev_en-ru"])
    orig, copy = next(iter(ru.values()))
    check(any("a" <= ch <= "z" for ch in orig[0].lower()) and any("\u0400" <= ch <= "\u04ff" for ch in "".join(copy)),
          "rev_en-ru: English original, Russian copy")
    de = sets["demetr_en-de"]
    check(all(args.doc_size // 2 <= len(o) < 2 * args.doc_size for _, o, _ in de), "demetr_en-de: document sizes")
    check(all("\n" not in l for _, o, c in de for l in o + c), "demetr_en-de: one item a line")
    return test.status()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    common.add_common_args(ap)
    ap.add_argument("--doc-size", type=int, default=25, help="DEMETR items per pseudo-document (default 25)")
    ap.add_argument("--self-test", action="store_true", help="check the sets without writing them")
    args = ap.parse_args()
    if args.self_test:
        return self_test(args)
    out_root = os.path.join(os.path.abspath(args.out), "heldout", "wmt21")
    for name, docs in build_all(args.corpora, args.doc_size).items():
        folder = write_set(out_root, name, docs)
        print(f"{folder}: {len(docs)} documents, {sum(len(o) for _, o, _ in docs)} lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
