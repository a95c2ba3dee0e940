#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 20)
# on a corpus seeded from fixtures/. Usage: tests/fuzz/run.sh [SECONDS] [TARGET...]
# Targets: load_segment align compare html (all by default); inputs that once broke one are kept in
# tests/fuzz/regressions/TARGET, seed every run, and are replayed by ctest. The corpus grows in
# $CLAIMDIFF_FUZZ_BUILD/corpus/TARGET (default build-fuzz/), so later runs start where earlier ones
# stopped; a crash, leak, timeout or broken invariant is saved in .../crashes/TARGET/ and fails
# the script. Replay one with: build-fuzz/TARGET_fuzz FILE
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-20}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(load_segment align compare html)
build="${CLAIMDIFF_FUZZ_BUILD:-$root/build-fuzz}"
cxx="${CLAIMDIFF_FUZZ_CXX:-$(command -v clang++ || command -v clang++-14 || true)}"
[ -n "$cxx" ] || { echo "fuzz: clang++ not found (Debian: apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }

# A build folder already configured with CLAIMDIFF_FUZZ (as .ci/test's ASan build) is used as it
# is: configuring it again here would change its flags and rebuild everything.
if ! grep -qs '^CLAIMDIFF_FUZZ:BOOL=ON$' "$build/CMakeCache.txt"; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
    -DCLAIMDIFF_FUZZ=ON -DCLAIMDIFF_TESTS=OFF >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/%/_fuzz}" >"$build/build.log" 2>&1 ||
  { tail -40 "$build/build.log" >&2; exit 2; }

# Seeds: each fixture behind an option byte (load_segment), and fixture versions that belong
# together joined by NUL bytes behind an option byte (align, compare).
fx="$root/fixtures"
seed() {  # seed DIR NAME FLAGS FILE...
  local dir="$1" name="$2" flags="$3"
  shift 3
  {
    printf "\\$(printf '%03o' "$flags")"
    local first=1
    for f in "$@"; do
      [ $first -eq 1 ] || printf '\000'
      first=0
      cat "$f"
    done
  } >"$dir/$name"
}
make_seeds() {
  local target="$1" dir="$build/seeds/$1"
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$target" = html ]; then
    local i=0
    for f in "$fx"/html/*.html; do
      seed "$dir" "$i-page" 0 "$f"
      seed "$dir" "$i-body" 2 "$f"
      i=$((i + 1))
    done
    for f in "$fx"/markdown/*.md; do
      seed "$dir" "$i-markdown" 1 "$f"
      i=$((i + 1))
    done
  elif [ "$target" = load_segment ]; then
    local i=0
    for f in "$fx"/*/*.txt; do
      seed "$dir" "$i-plain" 0 "$f"
      seed "$dir" "$i-lines-short" $((4 + 16)) "$f"
      i=$((i + 1))
    done
  else
    seed "$dir" bbc 0 "$fx/bbc/original.txt" "$fx/bbc/copy.txt"
    seed "$dir" bbc-ignore 30 "$fx/bbc/original.txt" "$fx/bbc/copy.txt"
    seed "$dir" revisions 0 "$fx/revisions/v1.txt" "$fx/revisions/v2.txt" "$fx/revisions/v3.txt"
    seed "$dir" revisions-small 130 "$fx/revisions/v1.txt" "$fx/revisions/v2.txt"
    seed "$dir" translation 0 "$fx/bbc/original.txt" "$fx/bbc/original.es.txt"
    seed "$dir" abbreviations-lines 1 "$fx/segment/abbreviations.txt" "$fx/segment/abbreviations.txt"
    seed "$dir" clean 2 "$fx/clean/article.txt" "$fx/bbc/original.txt"
  fi
}

status=0 passed=0 failed=0
for t in "${targets[@]}"; do
  make_seeds "$t"
  corpus="$build/corpus/$t" crashes="$build/crashes/$t"
  mkdir -p "$corpus" "$crashes"
  log="$build/fuzz-$t.log"
  start=$(date +%s)
  if "$build/${t}_fuzz" -max_total_time="$seconds" -seed="${CLAIMDIFF_FUZZ_SEED:-0}" -timeout=20 -rss_limit_mb=2048 -max_len=16384 \
      -dict="$root/tests/fuzz/claimdiff.dict" -artifact_prefix="$crashes/" -print_final_stats=1 \
      "$corpus" "$build/seeds/$t" "$root/tests/fuzz/regressions/$t" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz: $t: $runs runs in $(( $(date +%s) - start )) s, corpus $(ls "$corpus" | wc -l) inputs, no crash"
    passed=$((passed + 1))
  else
    echo "fuzz: $t: FAILED, see $log; inputs in $crashes/" >&2
    grep -E 'ERROR|invariant|refusal|accepted|SUMMARY|==[0-9]+==' "$log" | head -20 >&2 || true
    status=1
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
exit $status
