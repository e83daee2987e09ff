#!/usr/bin/env bash
# Tone speed against its peers, in one go, on the corpus of bench/corpus/run.sh (gen_corpus.py,
# same seed) cut to 20 MB by default, JSON Lines, one thread each, output discarded:
#
#   tone alone      summitwatch code --json --coders tone   (whole process: start-up, reading, output)
#   every coder     summitwatch code --json               (whole process)
#   vader-sentiment node, polarity_scores(text) per document   (scoring loop only, after reading)
#   sentiment       node, AFINN-165 analyze(text) per document (scoring loop only, after reading)
#
# The peers are timed twice: on their scoring loop alone, which favours them (the ratios the issue
# sets use this), and as a whole process like ours. Each figure is the best of 3 runs
# (vader-sentiment: 1, it is slow). MB = 10^6 bytes of JSONL input. Prints MB/s and the ratios:
# tone alone / sentiment (target >= 5) and every coder / vader-sentiment (target >= 100).
#
# usage: bench/peers/run.sh [MB]     (needs 'make deps' for node and third_party/npm)
set -euo pipefail
cd "$(dirname "$0")/../.."
mb=${1:-20}
bin=${SUMMITWATCH:-build/summitwatch}
corpus=bench/corpus/data/news-en-${mb}mb.jsonl
mkdir -p bench/corpus/data
if [[ ! -s $corpus ]]; then
  python3 bench/corpus/gen_corpus.py "$corpus" --mb "$mb"
fi
for f in third_party/npm/node_modules/vader-sentiment third_party/npm/node_modules/sentiment; do
  [[ -d $f ]] || { echo "bench/peers: $f: not found; run 'make deps'." >&2; exit 2; }
done
bytes=$(stat -c %s "$corpus")
docs=$(wc -l < "$corpus")
cat "$corpus" > /dev/null  # warm the page cache

best_of() {  # best_of N CMD...: the shortest wall time of N runs, in seconds
  local n=$1 best="" start end secs
  shift
  for ((i = 0; i < n; i++)); do
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc -l)
    if [[ -z $best ]] || (( $(echo "$secs < $best" | bc -l) )); then best=$secs; fi
  done
  echo "$best"
}
peer() {  # peer N SCRIPT: "scoring whole" -- the shortest of N runs of each
  local n=$1 best="" whole="" secs start end
  for ((i = 0; i < n; i++)); do
    start=$(date +%s.%N)
    secs=$(node "$2" "$corpus" | python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])')
    end=$(date +%s.%N)
    if [[ -z $best ]] || (( $(echo "$secs < $best" | bc -l) )); then best=$secs; fi
    secs=$(echo "$end - $start" | bc -l)
    if [[ -z $whole ]] || (( $(echo "$secs < $whole" | bc -l) )); then whole=$secs; fi
  done
  echo "$best $whole"
}

tone=$(best_of 3 "$bin" code --json --coders tone "$corpus")
full=$(best_of 3 "$bin" code --json "$corpus")
# Start-up (data files, the compiled matcher from its cache) is a fixed cost of about 0.2 s: on
# 20 MB it weighs as much as the coding, so the steady state, the rate at which a long run goes,
# is the whole process minus the same command on one document. The peers' scoring loops leave out
# their start-up and reading too; ours still include reading the JSON and writing the output.
one=$(mktemp)
head -n 1 "$corpus" > "$one"
tone0=$(best_of 3 "$bin" code --json --coders tone "$one")
full0=$(best_of 3 "$bin" code --json "$one")
rm -f "$one"
tone_steady=$(echo "$tone - $tone0" | bc -l)
full_steady=$(echo "$full - $full0" | bc -l)
read -r afinn afinn_whole <<< "$(peer 3 bench/peers/afinn.js)"
read -r vader vader_whole <<< "$(peer 1 bench/peers/vader.js)"

rate() { echo "$bytes / 1000000 / $1" | bc -l; }
printf 'corpus: %s, %d docs, %.1f MB\n' "$corpus" "$docs" "$(echo "$bytes / 1000000" | bc -l)"
printf '  %-44s %8.2f s %9.2f MB/s\n' "summitwatch code --coders tone (whole process)" "$tone" "$(rate "$tone")"
printf '  %-44s %8.2f s %9.2f MB/s\n' "summitwatch code, every coder (whole process)" "$full" "$(rate "$full")"
printf '  %-44s %8.2f s %9.2f MB/s\n' "  tone alone, steady state (minus start-up)" "$tone_steady" "$(rate "$tone_steady")"
printf '  %-44s %8.2f s %9.2f MB/s\n' "  every coder, steady state (minus start-up)" "$full_steady" "$(rate "$full_steady")"
printf '  %-44s %8.2f s %9.2f MB/s   (whole process %.2f s, %.2f MB/s)\n' "node sentiment (AFINN), scoring only" \
  "$afinn" "$(rate "$afinn")" "$afinn_whole" "$(rate "$afinn_whole")"
printf '  %-44s %8.2f s %9.2f MB/s   (whole process %.2f s, %.2f MB/s)\n' "node vader-sentiment, scoring only" \
  "$vader" "$(rate "$vader")" "$vader_whole" "$(rate "$vader_whole")"
printf 'ratios: tone alone / sentiment = %.1fx (target >= 5; whole process against whole process %.1fx)\n' \
  "$(echo "$afinn / $tone" | bc -l)" "$(echo "$afinn_whole / $tone" | bc -l)"
printf '        every coder / vader-sentiment = %.0fx (target >= 100; whole process against whole process %.0fx)\n' \
  "$(echo "$vader / $full" | bc -l)" "$(echo "$vader_whole / $full" | bc -l)"
printf 'steady state against the scoring loops: tone alone / sentiment = %.1fx, every coder / vader-sentiment = %.0fx\n' \
  "$(echo "$afinn / $tone_steady" | bc -l)" "$(echo "$vader / $full_steady" | bc -l)"
