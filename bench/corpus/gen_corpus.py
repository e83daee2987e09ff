#!/usr/bin/env python3
"""Generates a news-like English JSON Lines corpus for the throughput benchmark.

Sentences mix ordinary English with names and terms drawn from the project's own data files
(knowledge-base aliases, codebook terms, stance cues), in roughly the density of real coverage
of the formats: most sentences mention something, a few take a stance. Deterministic for a seed.

usage: gen_corpus.py OUT.jsonl --mb 200 [--seed 1] [--data DIR]
"""
import argparse
import json
import random
import sys
from pathlib import Path

import yaml

FILLER = ("the a of and to in on for with that by from as at was were is are has have had will "
          "would could said officials government minister ministers delegation meeting talks region "
          "regional countries country leaders president week year month statement press agency "
          "according report reported new plan plans talks visit visited capital also more than "
          "after before during while which who this these those their its into over under about "
          "between against among both each other such many most some several first second next "
          "last latest further major important key local national international public private "
          "sector officials experts analysts observers sides parties discussed agreed noted stressed "
          "announced signed held expected continued remain remains issue issues matter matters").split()


def english(items):
    out = []
    for it in items or []:
        out.append(it if isinstance(it, str) else it.get("text", ""))
    return [x.rstrip("*") for x in out if x and "*" not in x.rstrip("*")]


def load_vocab(data: Path):
    names, terms, cues = [], [], []
    for f in sorted((data / "kb").glob("*.yaml")):
        for e in yaml.safe_load(f.read_text()) or []:
            names += [a for a in english((e.get("aliases") or {}).get("en")) if len(a) > 2]
    cb = yaml.safe_load((data / "codebook" / "areas.yaml").read_text())
    for a in cb["areas"]:
        terms += english(a["terms"].get("en"))
    st = yaml.safe_load((data / "cues" / "stance.yaml").read_text())
    for s in st["stances"]:
        cues += english(s["terms"].get("en"))
    return names, terms, cues


def sentence(rng, names, terms, cues):
    words = [rng.choice(FILLER) for _ in range(rng.randint(6, 16))]
    for _ in range(rng.randint(0, 2)):
        words.insert(rng.randrange(len(words) + 1), rng.choice(names))
    for _ in range(rng.randint(0, 2)):
        words.insert(rng.randrange(len(words) + 1), rng.choice(terms))
    if rng.random() < 0.15:
        words.insert(rng.randrange(len(words) // 2 + 1), rng.choice(cues))
    s = " ".join(words)
    return s[0].upper() + s[1:] + rng.choice([".", ".", ".", "?", "!"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "data"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    names, terms, cues = load_vocab(Path(args.data))
    countries = ["KAZ", "KGZ", "TJK", "TKM", "UZB", "RUS", "CHN", "USA", "DEU", "TUR"]
    target = int(args.mb * 1e6)
    written = 0
    n = 0
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        while written < target:
            paras = []
            for _ in range(rng.randint(2, 6)):
                paras.append(" ".join(sentence(rng, names, terms, cues) for _ in range(rng.randint(2, 6))))
            year = rng.randint(2015, 2025)
            doc = {"id": f"bench-{n}", "title": sentence(rng, names, terms, cues)[:80],
                   "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "kind": "news",
                   "country": rng.choice(countries), "lang": "en", "source": "generated",
                   "text": "\n\n".join(paras)}
            line = json.dumps(doc, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"wrote {n} documents, {written / 1e6:.1f} MB to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
