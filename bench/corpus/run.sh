#!/usr/bin/env bash
# Whole-process throughput of `summitwatch code --json` on a generated 200 MB English news-like
# JSON Lines corpus, single-threaded (`--threads 1`: this benchmark measures the coders, not the
# processor count), output discarded. Prints MB/s (MB = 10^6 bytes of input)
# for areas + mentions + stance (`--coders areas,mentions`, the issue-2 target: 100 MB/s) and for
# every coder.
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
run() {  # run CODERS LABEL
  local best=""
  # Compile (and cache) this coder set's matcher first, so the figure is not a compile.
  echo '{"text": "warm-up"}' | "$bin" code --json --coders "$1" - > /dev/null
  for _ in 1 2 3; do
    local start end secs
    start=$(date +%s.%N)
    "$bin" code --json --coders "$1" --threads 1 "$corpus" > /dev/null
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc -l)
    if [[ -z $best ]] || (( $(echo "$secs < $best" | bc -l) )); then best=$secs; fi
  done
  printf '%-40s 1 thread: %d docs, %.1f MB in %.2f s (best of 3) = %.1f MB/s, %.0f docs/s\n' "$2" \
    "$docs" "$(echo "$bytes / 1000000" | bc -l)" "$best" "$(echo "$bytes / 1000000 / $best" | bc -l)" \
    "$(echo "$docs / $best" | bc -l)"
}
run areas,mentions "code (areas + mentions + stance)"
run all "code (every coder)"
