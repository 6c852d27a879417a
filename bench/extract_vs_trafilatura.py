#!/usr/bin/env python3
"""Side-by-side speed of `dossier eval extract` and Python trafilatura on the same pages.

Both run on one thread over the same decompressed pages in this one run; reading and
decompressing files is not timed for either. Prints pages per second for each and the ratio.

Needs: `pip install trafilatura lxml_html_clean` (for the Python interpreter running this script)
and a release build of dossier (`cargo build --release`).

Usage: bench/extract_vs_trafilatura.py [--dossier PATH] [BENCHMARK_DIR ...]
Defaults: target/release/dossier and both benchmarks under ../shared/data/.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "..", "shared", "data")


def pages(bench_dir):
    """The raw page bytes of a benchmark, in the order dossier scores them."""
    gt = os.path.join(bench_dir, "ground-truth.json")
    if os.path.exists(gt):
        ids = sorted(json.load(open(gt, encoding="utf-8")))
        return [gzip.open(os.path.join(bench_dir, "html", f"{i}.html.gz")).read() for i in ids]
    ev = json.load(open(os.path.join(bench_dir, "evaldata.json"), encoding="utf-8"))
    out = []
    for url in sorted(ev):
        path = os.path.join(bench_dir, "html", ev[url]["file"])
        out.append(gzip.open(path + ".gz").read() if os.path.exists(path + ".gz") else open(path, "rb").read())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossier", default=os.path.join(ROOT, "target", "release", "dossier"))
    ap.add_argument("benchmarks", nargs="*", default=[
        os.path.join(DATA, "article-extraction-benchmark"), os.path.join(DATA, "trafilatura-eval")])
    args = ap.parse_args()
    try:
        import trafilatura
    except ImportError:
        sys.exit("trafilatura is not installed: pip install trafilatura lxml_html_clean")

    print(f"{'benchmark':32} {'pages':>6} {'dossier p/s':>12} {'trafilatura p/s':>16} {'ratio':>7}")
    for bench in args.benchmarks:
        name = os.path.basename(os.path.normpath(bench))
        html = pages(bench)
        t = time.perf_counter()
        for h in html:
            trafilatura.extract(h)
        py = len(html) / (time.perf_counter() - t)
        res = subprocess.run([args.dossier, "eval", "extract", "--benchmark", bench, "--json"],
                             check=True, capture_output=True, text=True)
        rs = json.loads(res.stdout)["pages_per_sec"]
        print(f"{name:32} {len(html):6d} {rs:12.1f} {py:16.1f} {rs / py:6.1f}x")


if __name__ == "__main__":
    main()
