#!/usr/bin/env bash
# Ingest benchmark: a generated English news-like JSON Lines corpus of about a million ~2 KB
# documents (about 2 GB), ingested into a fresh store. Reports documents/s, MB/s (MB = 10^6 bytes
# of input) and peak memory, beside the speed of `code` alone on the same corpus (the target is
# ingest at no less than half of it), then times `areas --by year --json` over the store (target:
# under one second). `code` is timed twice, because the reference matters: with one thread
# (`--threads 1`, the single-threaded speed the target was set against) and at its default (one
# coding thread per processor, as ingest uses); the ratio of ingest to each is printed, labelled.
#
# usage: bench/ingest/run.sh [MB]      (default 2080, about 1,000,000 documents)
#   SUMMITWATCH=path/to/summitwatch   binary (default build/summitwatch)
#   SKIP_CODE=1                       do not time `code` alone (it takes as long as the ingest)
# The corpus is cached in bench/corpus/data/; the store is rebuilt on every run.
set -euo pipefail
cd "$(dirname "$0")/../.."
mb=${1:-2080}
bin=${SUMMITWATCH:-build/summitwatch}
data=bench/corpus/data
corpus=$data/news-en-${mb}mb.jsonl
db=$data/ingest-${mb}mb.db
mkdir -p "$data"
if [[ ! -s $corpus ]]; then
  python3 bench/corpus/gen_corpus.py "$corpus" --mb "$mb"
fi
bytes=$(stat -c %s "$corpus")
docs=$(wc -l < "$corpus")
mbytes=$(echo "$bytes / 1000000" | bc -l)
printf 'corpus: %s, %d documents, %.0f MB (%.2f KB per document)\n' "$corpus" "$docs" "$mbytes" \
  "$(echo "$bytes / $docs / 1000" | bc -l)"
cat "$corpus" > /dev/null  # warm the page cache: the figures measure coding and storing, not the disk

seconds() { # seconds COMMAND...: wall time of one run, output discarded
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

if [[ -z ${SKIP_CODE:-} ]]; then
  code1_s=$(seconds "$bin" code --json --threads 1 "$corpus")
  printf 'code alone, --threads 1:       %.1f s = %.0f documents/s, %.1f MB/s\n' "$code1_s" \
    "$(echo "$docs / $code1_s" | bc -l)" "$(echo "$mbytes / $code1_s" | bc -l)"
  coden_s=$(seconds "$bin" code --json "$corpus")
  printf 'code alone, default threads:   %.1f s = %.0f documents/s, %.1f MB/s (%d processors)\n' "$coden_s" \
    "$(echo "$docs / $coden_s" | bc -l)" "$(echo "$mbytes / $coden_s" | bc -l)" "$(nproc)"
fi

rm -f "$db" "$db-wal" "$db-shm"
"$bin" init --db "$db" > /dev/null
log=$(mktemp)
/usr/bin/time -v "$bin" ingest --db "$db" "$corpus" > "$log.out" 2> "$log"
ingest_s=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
cpu=$(awk -F': ' '/Percent of CPU/ { print $2 }' "$log")
cat "$log.out"
printf 'ingest:       %.1f s = %.0f documents/s, %.1f MB/s; peak memory %.0f MB; CPU %s (coding and writing threads)\n' \
  "$ingest_s" "$(echo "$docs / $ingest_s" | bc -l)" "$(echo "$mbytes / $ingest_s" | bc -l)" \
  "$(echo "$rss_kb / 1024" | bc -l)" "$cpu"
if [[ -n ${code1_s:-} ]]; then
  printf 'ingest speed / code --threads 1 speed:     %.2f (target >= 0.5)\n' "$(echo "$code1_s / $ingest_s" | bc -l)"
  printf 'ingest speed / code default-threads speed: %.2f\n' "$(echo "$coden_s / $ingest_s" | bc -l)"
fi
printf 'store: %.0f MB\n' "$(echo "$(stat -c %s "$db") / 1000000" | bc -l)"
rm -f "$log" "$log.out"

best=""
for run in 1 2 3; do
  s=$(seconds "$bin" areas --db "$db" --by year --json)
  if [[ -z $best ]] || (( $(echo "$s < $best" | bc -l) )); then best=$s; fi
done
printf 'areas --by year --json: %.3f s (best of 3; target < 1 s)\n' "$best"
s=$(seconds "$bin" areas --db "$db" --by year --json --kind news)
printf 'areas --by year --json --kind news (computed from document_areas, no aggregate): %.2f s\n' "$s"
