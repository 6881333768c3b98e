#!/usr/bin/env bash
# `modeldex search` against `fzf --filter` on the same 100,000 names, wall time per query, in one run.
#
#   bash benches/vs-fzf.sh [ENTRIES] [RUNS]      (defaults: 100000 entries, 5 runs per command)
#
# Needs fzf (Debian: apt-get install fzf) and python3 (to pull the names out of the catalog).
# Builds the release binary and the synthetic catalog, writes the names one per line for fzf, and a
# names-only native catalog (id, name, kind, openness) so both tools read the same names. Prints
# the median wall time of each command and the ratio modeldex / fzf, as a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-100000}
runs=${2:-5}
command -v fzf >/dev/null || { echo "vs-fzf: fzf is not installed (apt-get install fzf)" >&2; exit 2; }
cargo build --release --quiet --bin modeldex --example gen-catalog
work=${TMPDIR:-/tmp}/modeldex-vs-fzf-$entries
mkdir -p "$work"
full=$work/catalog.json names=$work/names.txt slim=$work/names.json
if [[ ! -s $full ]]; then
  echo "vs-fzf: generating $entries entries…" >&2
  target/release/examples/gen-catalog "$entries" > "$full"
fi
if [[ ! -s $names || ! -s $slim ]]; then
  python3 - "$full" "$names" "$slim" <<'PY'
import json, sys
full, names, slim = sys.argv[1:]
d = json.load(open(full))
with open(names, "w") as f:
    for m in d["models"]:
        f.write(m["name"] + "\n")
d["models"] = [{k: m[k] for k in ("id", "name", "kind", "openness")} for m in d["models"]]
json.dump(d, open(slim, "w"))
PY
fi

# Median wall time in milliseconds of running "${@:2}" $runs times with stdin from $1 (reopened
# for every run), output discarded.
median_ms() {
  local input=$1 times=() start end
  shift
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" < "$input" > /dev/null
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {printf "%.1f", a[int((NR + 1) / 2)] / 1000}'
}

modeldex=target/release/modeldex
echo "| query | fzf -f (names.txt) | modeldex search (names-only catalog) | ratio | modeldex search (full catalog) | ratio |"
echo "|---|---|---|---|---|---|"
for query in l lam gpt4 "llama 3 70b" qwen2.5; do
  fzf_ms=$(median_ms "$names" fzf -f "$query")
  slim_ms=$(median_ms /dev/null "$modeldex" --data "$slim" search "$query" --limit 20 --format csv)
  full_ms=$(median_ms /dev/null "$modeldex" --data "$full" search "$query" --limit 20 --format csv)
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f×", a / b}'; }
  echo "| \`$query\` | $fzf_ms ms | $slim_ms ms | $(ratio "$slim_ms" "$fzf_ms") | $full_ms ms | $(ratio "$full_ms" "$fzf_ms") |"
done
echo
echo "$entries entries, $runs runs per command, median wall time; fzf $(fzf --version | cut -d' ' -f1)."
