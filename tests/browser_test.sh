#!/usr/bin/env bash
# The HTML report in a real browser: headless Chromium loads reports made from the fixtures, runs
# their script, and the DOM it leaves behind is checked against claimdiff's own counts. Screenshots
# are kept for a person to look at.
#
#   tests/browser_test.sh CLAIMDIFF_EXE [OUT_DIR]
#
# Without Chromium the test is skipped (exit 0), unless CLAIMDIFF_REQUIRE_BROWSER=1 (then exit 1),
# so that CI, which installs Chromium, cannot skip it silently.
set -euo pipefail

exe=${1:?usage: browser_test.sh CLAIMDIFF_EXE [OUT_DIR]}
case $exe in */*) exe=$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe") ;; esac
fixtures=$(cd "$(dirname "$0")/../fixtures" && pwd)
out=${2:-$(mktemp -d)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

browser=""
for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then
    browser=$candidate
    break
  fi
done
if [ -z "$browser" ]; then
  if [ "${CLAIMDIFF_REQUIRE_BROWSER:-0}" = 1 ]; then
    echo "FAIL: no Chromium found and CLAIMDIFF_REQUIRE_BROWSER=1 (Debian: apt-get install chromium)"
    exit 1
  fi
  echo "SKIP: no Chromium found (Debian: apt-get install chromium); the HTML report was not tested in a browser"
  exit 0
fi

profile=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$profile" "$work"' EXIT

# A fresh profile, no network services, no sandbox (CI runs as root in a container).
chrome() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" "$@"
}

# Dumps the DOM after the page's script ran into $work/NAME.dom; the console (script errors, CSP
# violations) goes to $work/NAME.console.
dom() {  # dom FILE NAME
  chrome --enable-logging=stderr --v=0 --dump-dom "file://$1" >"$work/$2.dom" 2>"$work/$2.console" || true
  cat "$work/$2.console" >>"$out/chromium.log"
}
quiet_console() { ! grep -q ':CONSOLE' "$work/$1.console" || { grep ':CONSOLE' "$work/$1.console" | head -3; return 1; }; }

failures=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then
    echo "ok:   $what"
  else
    echo "FAIL: $what"
    failures=$((failures + 1))
  fi
}
count() { grep -o -- "$1" "$2" | wc -l | tr -d ' '; }
equals() { [ "$1" = "$2" ] || { echo "      expected $2, got $1"; return 1; }; }
contains() { grep -q -F -- "$2" "$1" || { echo "      not found: $2"; return 1; }; }
# One number from claimdiff --stats: "34 equal, 7 reworded, ..." -> stat "equal".
stat() { grep -o "[0-9]* $1" "$2" | head -1 | cut -d' ' -f1; }

# Adds a script to a report, under the page's own CSP nonce, and dumps the DOM after it ran.
instrument() {  # instrument REPORT SCRIPT OUTPUT
  local nonce
  nonce=$(grep -o 'script nonce="[0-9a-zA-Z]*"' "$1" | head -1 | cut -d'"' -f2)
  { sed '/^<\/body>$/,$d' "$1"; echo "<script nonce=\"$nonce\">$2</script></body></html>"; } >"$3"
}

cd "$fixtures"

# 1. The BBC audit: rows, badges, word changes, marks and counts against claimdiff's own --stats.
"$exe" --format html -o "$out/bbc.html" bbc/original.txt bbc/copy.txt || [ $? = 1 ]
"$exe" --stats bbc/original.txt bbc/copy.txt >"$work/stats.txt" || [ $? = 1 ]
dom "$out/bbc.html" bbc
claims=0
for k in equal reworded added removed moved split merged; do claims=$((claims + $(stat "$k" "$work/stats.txt"))); done
findings=$(grep -o '^[0-9]* findings' "$work/stats.txt" | cut -d' ' -f1)
check "the page's script ran under its CSP nonce and applied the default filters" contains "$work/bbc.dom" '<body class="js">'
check "no script error and no CSP violation on the console" quiet_console bbc
check "one row per claim ($claims)" equals "$(count '<tr class="c ' "$work/bbc.dom")" "$claims"
check "one removed row per removed claim" equals "$(count '<tr class="c k-removed' "$work/bbc.dom")" "$(stat removed "$work/stats.txt")"
check "one added badge per added claim" equals "$(count '<span class="b k added">added</span>' "$work/bbc.dom")" "$(stat added "$work/stats.txt")"
check "a major badge per major claim" equals "$(count '</span><span class="b s major">major</span>' "$work/bbc.dom")" "$(stat major "$work/stats.txt")"
check "the spinner phrase is a word change" contains "$work/bbc.dom" '<del>against</del>'
check "the spinner phrase is inserted in the copy" contains "$work/bbc.dom" '<ins>once morest</ins>'
check "the pronoun change is highlighted" contains "$work/bbc.dom" '<del>she</del>'
check "findings are marked in the text" contains "$work/bbc.dom" 'title="spinner-phrase (major)'
check "the findings table has every finding ($findings)" equals "$(count '<tr class="fs-' "$work/bbc.dom")" "$findings"
check "the summary counts the removed claims" contains "$work/bbc.dom" "<td class=\"removed hot\">$(stat removed "$work/stats.txt")</td>"
chrome --window-size=1400,2000 --screenshot="$out/bbc.png" "file://$out/bbc.html" >/dev/null 2>>"$out/chromium.log"
check "a screenshot of the BBC audit was taken" test -s "$out/bbc.png"

# 2. Three revisions, chained: clicking v1's sentence 7 (split in v2) follows it into v3, and the
# kind filter hides rows.
"$exe" --chain --format html -o "$out/revisions.html" revisions/v1.txt revisions/v2.txt revisions/v3.txt || [ $? = 1 ]
instrument "$out/revisions.html" "
  var row = document.querySelector('tr[data-k~=\"0:7\"]');
  row.querySelector('td.t').click();
  document.body.dataset.followed = document.querySelectorAll('tr.follow').length;
  document.body.dataset.focus = document.querySelectorAll('tr.focus').length;
  document.body.dataset.trail = document.getElementById('trail').hidden ? 'hidden' : 'shown';
  document.body.dataset.trailText = document.querySelector('#trail .info').textContent;
  var equal = document.querySelector('input[data-cls=\"hide-k-equal\"]');
  equal.click();
  document.body.dataset.equalShown = document.querySelectorAll('tr.k-equal').length -
    Array.from(document.querySelectorAll('tr.k-equal')).filter(function (r) { return getComputedStyle(r).display === 'none'; }).length;
  equal.click();
" "$work/follow.html"
dom "$work/follow.html" follow
check "no script error while following a claim and filtering" quiet_console follow
check "two side-by-side grids, one per comparison" equals "$(count 'class="grid"' "$work/follow.dom")" 2
check "following the split claim lights its row in v1->v2 and both rows in v2->v3" contains "$work/follow.dom" 'data-followed="3"'
check "the clicked row has the focus" contains "$work/follow.dom" 'data-focus="1"'
check "the trail box is shown" contains "$work/follow.dom" 'data-trail="shown"'
check "the trail box says where the focus is" contains "$work/follow.dom" 'data-trail-text="Row 1 of 3 following this claim'
check "unticking 'equal' hides every equal row" contains "$work/follow.dom" 'data-equal-shown="0"'
chrome --window-size=1400,2000 --screenshot="$out/revisions-follow.png" "file://$work/follow.html" >/dev/null 2>>"$out/chromium.log"
check "a screenshot of the followed claim was taken" test -s "$out/revisions-follow.png"

# 3. Hostile input: markup in the text and in a file name stays text.
printf 'The minister said the plan was safe.\n\nOfficials met the press on Monday.\n' >"$work/base.txt"
printf 'The minister said the plan was <script>document.title="pwned"</script> safe.\n\nOfficials met the "press" & '"'"'others'"'"' on Monday.\n' \
  >"$work/<img src=x onerror=alert(1)>.txt"
"$exe" --format html -o "$out/hostile.html" "$work/base.txt" "$work/<img src=x onerror=alert(1)>.txt" || [ $? = 1 ]
dom "$out/hostile.html" hostile
check "no CSP violation: nothing from the input tried to run" quiet_console hostile
check "only the report's own script element exists" equals "$(count '<script' "$work/hostile.dom")" 1
check "no element was injected from the file name" equals "$(count '<img' "$work/hostile.dom")" 0
check "the injected script did not run" equals "$(grep -c '<title>pwned' "$work/hostile.dom" || true)" 0
check "the markup is shown as text" contains "$work/hostile.dom" '&lt;script&gt;document.title="pwned"&lt;/script&gt;'

echo "screenshots and reports: $out"
if [ "$failures" -gt 0 ]; then
  echo "$failures browser checks failed (Chromium's log: $out/chromium.log)"
  exit 1
fi
echo "all browser checks passed"
