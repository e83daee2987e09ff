#!/usr/bin/env bash
# Whole-process throughput of `summitwatch code --json` on a generated 200 MB English news-like
# JSON Lines corpus, single-threaded, output discarded. Prints MB/s (MB = 10^6 bytes of input).
#
# usage: bench/corpus/run.sh [MB]     (default 200; the corpus is cached in bench/corpus/data/)
set -euo pipefail
cd "$(dirname "$0")/../.."
mb=${1:-200}
bin=${SUMMITWATCH:-build/summitwatch}
corpus=bench/corpus/data/news-en-${mb}mb.jsonl
mkdir -p bench/corpus/data
if [[ ! -s $corpus ]]; then
  python3 bench/corpus/gen_corpus.py "$corpus" --mb "$mb"
fi
bytes=$(stat -c %s "$corpus")
docs=$(wc -l < "$corpus")
# Warm the page cache so the figure measures coding, not the disk.
cat "$corpus" > /dev/null
best=""
for run in 1 2 3; do
  start=$(date +%s.%N)
  "$bin" code --json "$corpus" > /dev/null
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc -l)
  if [[ -z $best ]] || (( $(echo "$secs < $best" | bc -l) )); then best=$secs; fi
done
printf 'code (areas + mentions + stance), 1 thread: %d docs, %.1f MB in %.2f s (best of 3) = %.1f MB/s, %.0f docs/s\n' \
  "$docs" "$(echo "$bytes / 1000000" | bc -l)" "$best" "$(echo "$bytes / 1000000 / $best" | bc -l)" \
  "$(echo "$docs / $best" | bc -l)"
