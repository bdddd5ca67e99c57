#!/usr/bin/env python3
"""The baseline an analyst would write instead of gwr: Python's re module over the report texts,
finding each number with its unit and the words before it. Scripts/bench times it against gwr."""
import os, re, sys, time

FIGURE = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:增长|达到|达|为)?(\d+(?:\.\d+)?)(个百分点|万亿元|亿元|万元|万人|%|家|个|项|公里|亩)(左右|以上|以内)?")


def main(folder):
    files = [os.path.join(folder, f) for f in sorted(os.listdir(folder)) if f.endswith(".txt")]
    size, found = 0, 0
    started = time.perf_counter()
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                size += len(line.encode("utf-8"))
                found += sum(1 for _ in FIGURE.finditer(line))
    elapsed = time.perf_counter() - started
    print(f"bytes {size} seconds {elapsed} figures {found}")


if __name__ == "__main__":
    main(sys.argv[1])
