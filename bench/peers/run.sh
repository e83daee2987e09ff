#!/usr/bin/env bash
# Tone speed against its peers, in one go, on the corpus of bench/corpus/run.sh (gen_corpus.py,
# same seed) cut to 20 MB by default, JSON Lines, output discarded:
#
#   tone alone      summitwatch code --json --coders tone --threads T
#   every coder     summitwatch code --json --threads T
#   sentiment       node, AFINN-165 analyze(text) per document
#   vader-sentiment node, polarity_scores(text) per document
#
# The node peers are single-threaded (one JavaScript thread, as their packages work). summitwatch
# is timed twice: at --threads 1, single-threaded like them, and at --threads 0, one coding thread
# per processor (plus the reading thread), which is how it runs by default; the output says which
# figure is which, and ratios are printed for both, never one passed off as the other.
#
# Ours are timed as a whole process (start-up, reading, coding, JSON output) and in steady state
# (the whole process minus the same command on one document: start-up is a fixed ~0.2 s that on
# 20 MB weighs as much as the coding). The peers are timed on their scoring loop alone (after
# reading and parsing the file; this favours them) and as a whole process (node start-up, reading,
# parsing, scoring). Every ratio is printed against both peer figures. Each figure is the best of 3
# runs (vader-sentiment: 1, it is slow). MB = 10^6 bytes of JSONL input. Targets (issue 4, item 6):
# tone alone >= 5x sentiment, every coder >= 100x vader-sentiment.
#
# usage: bench/peers/run.sh [MB]     (needs 'make deps' for node and third_party/npm)
#        SUMMITWATCH=build-x/summitwatch bench/peers/run.sh   to time another build
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
cpus=$(nproc)
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

one=$(mktemp)
trap 'rm -f "$one"' EXIT
head -n 1 "$corpus" > "$one"
# Compile (and cache) each coder set's matcher first, so no figure includes a compile.
"$bin" code --json --coders tone "$one" > /dev/null
"$bin" code --json "$one" > /dev/null

declare -A secs
for threads in 1 0; do
  for run in tone full; do
    coders=()
    [[ $run == tone ]] && coders=(--coders tone)
    whole=$(best_of 3 "$bin" code --json "${coders[@]}" --threads "$threads" "$corpus")
    start=$(best_of 3 "$bin" code --json "${coders[@]}" --threads "$threads" "$one")
    secs[$run,$threads,whole]=$whole
    secs[$run,$threads,steady]=$(echo "$whole - $start" | bc -l)
  done
done
read -r afinn afinn_whole <<< "$(peer 3 bench/peers/afinn.js)"
read -r vader vader_whole <<< "$(peer 1 bench/peers/vader.js)"

rate() { echo "$bytes / 1000000 / $1" | bc -l; }
line() { printf '  %-70s %7.2f s %9.2f MB/s\n' "$1" "$2" "$(rate "$2")"; }
printf 'corpus: %s, %d docs, %.1f MB; %d processors here\n' "$corpus" "$docs" "$(echo "$bytes / 1000000" | bc -l)" "$cpus"
echo "summitwatch code --json (best of 3):"
for threads in 1 0; do
  if [[ $threads == 1 ]]; then label="--threads 1, single-threaded"; else label="--threads 0, $cpus coding threads + reader"; fi
  line "tone alone   ($label), whole process" "${secs[tone,$threads,whole]}"
  line "tone alone   ($label), steady state" "${secs[tone,$threads,steady]}"
  line "every coder  ($label), whole process" "${secs[full,$threads,whole]}"
  line "every coder  ($label), steady state" "${secs[full,$threads,steady]}"
done
echo "node peers, single-threaded (best of 3; vader-sentiment: 1 run):"
line "sentiment (AFINN-165), scoring loop only" "$afinn"
line "sentiment (AFINN-165), whole process" "$afinn_whole"
line "vader-sentiment, scoring loop only" "$vader"
line "vader-sentiment, whole process" "$vader_whole"

ratio() { echo "$1 / $2" | bc -l; }
ratios() {  # ratios RUN PEER_SCORING PEER_WHOLE FORMAT
  for threads in 1 0; do
    if [[ $threads == 1 ]]; then label="--threads 1"; else label="--threads 0"; fi
    for kind in whole steady; do
      if [[ $kind == whole ]]; then k="whole process"; else k="steady state "; fi
      printf "  ours at %s, %s   $4x against its scoring loop   $4x against its whole process\n" "$label" "$k" \
        "$(ratio "$2" "${secs[$1,$threads,$kind]}")" "$(ratio "$3" "${secs[$1,$threads,$kind]}")"
    done
  done
}
echo "ratios (peer seconds / our seconds; the peers are single-threaded in every row):"
echo "tone alone / sentiment (target >= 5):"
ratios tone "$afinn" "$afinn_whole" '%6.1f'
echo "every coder / vader-sentiment (target >= 100):"
ratios full "$vader" "$vader_whole" '%6.0f'
echo "like for like: single-threaded whole process against the peer's whole process, and steady state against its scoring loop;"
echo "the --threads 0 rows add the other processors, which the peers do not use."
