#!/usr/bin/env bash
# The browser test of the report (ctest: browser_report): builds a fresh store from data/demo with
# the built CLI in a temporary directory, writes the report, and has report_test.mjs open it in
# headless Chromium. The screenshot is left in BUILD_DIR/browser_report.png.
#
# usage: tests/browser/run_report_test.sh SUMMITWATCH BUILD_DIR     (from the source directory)
#
# Node, Chromium and playwright-core come from `make deps` (scripts/install-deps). When one is
# missing the test fails under CI=true, so that CI cannot pass without having run it; elsewhere it
# is skipped (exit 77) with the same message.
set -euo pipefail
bin=$(realpath "$1")
build=$(realpath "$2")
src=$(cd "$(dirname "$0")/../.." && pwd)
chromium=${CHROMIUM:-/usr/bin/chromium}
npm_dir="$src/third_party/npm"

missing() {
  echo "browser_report: $1; run 'make deps' (scripts/install-deps) to install it." >&2
  if [[ ${CI:-} == true ]]; then exit 1; fi
  echo "browser_report: skipped (outside CI)." >&2
  exit 77
}
command -v node >/dev/null 2>&1 || missing "node is not installed"
[[ -x $chromium ]] || missing "Chromium is not installed at $chromium"
[[ -f $npm_dir/node_modules/playwright-core/package.json ]] ||
  missing "playwright-core is not installed in third_party/npm/node_modules"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sw-browser-report.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$src"
"$bin" init --db "$tmp/demo.db" >/dev/null
"$bin" ingest --db "$tmp/demo.db" data/demo/declarations data/demo/news >/dev/null
"$bin" report --db "$tmp/demo.db" --out "$tmp/out" --title "summitwatch: demo corpus (illustrative data)"
CHROMIUM="$chromium" node "$src/tests/browser/report_test.mjs" "$tmp/out/report.html" "$build/browser_report.png" "$npm_dir"
