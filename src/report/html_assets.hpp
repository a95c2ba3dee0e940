#pragma once
// The stylesheet and script inlined into every HTML report. The script never writes markup: it
// only toggles classes and sets textContent, so nothing from the input can reach a parser.

namespace claimdiff::detail {

inline constexpr const char* kHtmlStyle = R"CSS(
:root{--fg:#1f2328;--muted:#656d76;--faint:#8c959f;--bg:#fff;--panel:#f6f8fa;--line:#d0d7de;--soft:#eaeef2;
--del-bg:#ffebe9;--del-em:#ffc1bc;--del-fg:#82071e;--ins-bg:#e6ffec;--ins-em:#abf2bc;--ins-fg:#055d20;
--major:#cf222e;--minor:#bf8700;--cosmetic:#0969da;--info:#6e7781;--follow:#fff8c5;--focus:#fae17d;
--reworded:#0969da;--added:#1a7f37;--removed:#cf222e;--moved:#8250df;--split:#bc4c00;--merged:#bc4c00;--equal:#8c959f}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9da7b3;--faint:#6e7681;--bg:#0d1117;--panel:#161b22;
--line:#30363d;--soft:#21262d;--del-bg:#3c1618;--del-em:#6e2b2f;--del-fg:#ffdcd7;--ins-bg:#12321f;--ins-em:#1f5b36;
--ins-fg:#d2ffdc;--follow:#3b2f0b;--focus:#5c4813}}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
header.top{padding:18px 24px 8px;border-bottom:1px solid var(--line);background:var(--panel)}
header.top h1{margin:0;font-size:20px;font-weight:600}
header.top h1 .tool{color:var(--muted);font-weight:400}
.versions{margin:6px 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:6px 18px;color:var(--muted)}
.versions li b{color:var(--fg);font-weight:600}
main{padding:0 24px 40px}
h2{font-size:16px;margin:26px 0 10px;font-weight:600}
h2 .arrow{color:var(--faint);padding:0 6px}
.note{color:var(--muted);margin:6px 0}
table.summary{border-collapse:collapse;margin:8px 0 4px;font-variant-numeric:tabular-nums}
table.summary th,table.summary td{padding:5px 10px;border-bottom:1px solid var(--line);text-align:right}
table.summary th{font-weight:600;font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
table.summary th:first-child,table.summary td:first-child{text-align:left}
table.summary td.z{color:var(--faint)}
table.summary td.hot{font-weight:700}
table.summary td.equal.hot{font-weight:400}
.rules a.b{text-decoration:none}
table.findings td:nth-child(3){white-space:nowrap}
table.summary td.major.hot{color:var(--major)}table.summary td.minor.hot{color:var(--minor)}
table.summary td.removed.hot{color:var(--removed)}table.summary td.added.hot{color:var(--added)}
.rules{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0 0}
nav.filters{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;align-items:center;gap:6px 8px;padding:10px 24px;
background:var(--bg);border-bottom:1px solid var(--line);box-shadow:0 1px 3px rgba(0,0,0,.06)}
nav.filters .lbl{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em;margin-left:8px}
nav.filters .lbl:first-child{margin-left:0}
nav.filters label{display:inline-flex;align-items:center;gap:5px;padding:2px 9px 2px 6px;border:1px solid var(--line);
border-radius:999px;cursor:pointer;user-select:none;font-size:13px;background:var(--panel)}
nav.filters label b{font-weight:600;color:var(--muted);font-variant-numeric:tabular-nums}
nav.filters label:has(input:not(:checked)){opacity:.5}
nav.filters input{margin:0}
.dot{display:inline-block;width:8px;height:8px;border-radius:50%;background:var(--faint)}
.b{display:inline-block;padding:0 7px;margin:1px 3px 1px 0;border-radius:999px;font-size:11.5px;line-height:18px;
font-weight:600;white-space:nowrap;border:1px solid transparent}
.b.k{color:#fff;background:var(--equal)}
.b.k.equal{background:transparent;color:var(--faint);border-color:var(--line);font-weight:500}
.b.k.reworded,.dot.reworded{background:var(--reworded)}.b.k.added,.dot.added{background:var(--added)}
.b.k.removed,.dot.removed{background:var(--removed)}.b.k.moved,.dot.moved{background:var(--moved)}
.b.k.split,.dot.split{background:var(--split)}.b.k.merged,.dot.merged{background:var(--merged)}
.b.s{background:transparent}
.b.s.major,.dot.major{border-color:var(--major);color:var(--major)}.dot.major{background:var(--major)}
.b.s.minor,.dot.minor{border-color:var(--minor);color:var(--minor)}.dot.minor{background:var(--minor)}
.b.s.cosmetic,.dot.cosmetic{border-color:var(--cosmetic);color:var(--cosmetic)}.dot.cosmetic{background:var(--cosmetic)}
.b.s.info{border-color:var(--info);color:var(--info)}
.b.t{background:var(--soft);color:var(--fg);font-weight:500}
.b.t.major{background:#ffebe9;color:#a40e26}
@media (prefers-color-scheme:dark){.b.t.major{background:#3c1618;color:#ffa198}}
.b.f{background:transparent;border:1px dashed var(--info);color:var(--info);font-weight:500}
.b.f.major{border-color:var(--major);color:var(--major)}.b.f.minor{border-color:var(--minor);color:var(--minor)}
.b.known{background:var(--soft);color:var(--muted)}
.sim{color:var(--faint);font-size:11.5px;margin-left:2px;font-variant-numeric:tabular-nums}
.where{color:var(--faint);font-size:11.5px;display:block}
.grid{border:1px solid var(--line);border-radius:6px}
.grid-head{position:sticky;top:var(--filters-h,46px);z-index:2;border-radius:6px 6px 0 0}
.chunk{content-visibility:auto;contain-intrinsic-size:auto 6000px}
table.sbs{width:100%;border-collapse:separate;border-spacing:0;table-layout:fixed}
table.sbs col.ln{width:3.6em}table.sbs col.m{width:17em}
table.sbs thead th{background:var(--panel);text-align:left;font-weight:600;
padding:6px 10px;border-bottom:1px solid var(--line);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
table.sbs thead th:first-child{border-top-left-radius:6px}table.sbs thead th:last-child{border-top-right-radius:6px}
table.sbs td{padding:5px 10px;vertical-align:top;border-bottom:1px solid var(--soft)}
table.sbs td.ln{color:var(--faint);text-align:right;font:12px/1.9 ui-monospace,SFMono-Regular,Menlo,monospace;
padding-right:6px;border-right:1px solid var(--soft);user-select:none}
table.sbs td.t{white-space:pre-wrap;overflow-wrap:anywhere}
table.sbs td.t.base{border-right:1px solid var(--line)}
table.sbs td.m{border-left:1px solid var(--line);background:var(--panel)}
tr.c{cursor:pointer}
tr.c:hover td{background-image:linear-gradient(rgba(127,127,127,.06),rgba(127,127,127,.06))}
tr.k-equal td.t{color:var(--muted)}
tr.k-removed td.t.base{background:var(--del-bg)}tr.k-added td.t.other{background:var(--ins-bg)}
tr.k-removed td.t.other,tr.k-added td.t.base{background:repeating-linear-gradient(135deg,transparent 0 6px,var(--soft) 6px 7px)}
tr.k-moved td.t{box-shadow:inset 3px 0 0 var(--moved)}
tr.s-major td.ln:first-child{box-shadow:inset 3px 0 0 var(--major)}
tr.s-minor td.ln:first-child{box-shadow:inset 3px 0 0 var(--minor)}
tr.known td{opacity:.55}
tr.follow td{background:var(--follow)!important}
tr.focus td{background:var(--focus)!important}
tr:target td{background:var(--follow)}
del{background:var(--del-em);color:var(--del-fg);text-decoration:line-through;text-decoration-color:rgba(130,7,30,.45);border-radius:2px}
ins{background:var(--ins-em);color:var(--ins-fg);text-decoration:none;border-radius:2px}
mark.f{background:rgba(110,119,129,.14);color:inherit;text-decoration:underline wavy var(--info);text-underline-offset:3px;
text-decoration-skip-ink:none;border-radius:2px}
mark.f.major{background:rgba(207,34,46,.10);text-decoration-color:var(--major)}
mark.f.minor{background:rgba(191,135,0,.13);text-decoration-color:var(--minor)}
body.hide-marks mark.f{background:none;text-decoration:none}
table.findings{border-collapse:collapse;width:100%}
table.findings td,table.findings th{padding:5px 10px;border-bottom:1px solid var(--soft);text-align:left;vertical-align:top}
table.findings th{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
table.findings td.x{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12.5px;white-space:pre-wrap}
table.findings a{color:var(--cosmetic);text-decoration:none}
#trail{position:fixed;right:18px;bottom:18px;z-index:9;display:flex;gap:8px;align-items:center;padding:8px 12px;
background:var(--bg);border:1px solid var(--line);border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.15)}
#trail[hidden]{display:none}
#trail button{font:inherit;border:1px solid var(--line);background:var(--panel);color:var(--fg);border-radius:6px;padding:1px 9px;cursor:pointer}
footer{color:var(--faint);font-size:12px;padding:16px 24px;border-top:1px solid var(--line)}
body.only-f tr.c:not(.hf){display:none}
body.hide-known tr.known{display:none}
)CSS";

inline constexpr const char* kHtmlScript = R"JS(
(function () {
  'use strict';
  var body = document.body;
  var filters = document.querySelector('nav.filters');
  function fixStickyOffset() {
    if (filters) document.documentElement.style.setProperty('--filters-h', filters.offsetHeight + 'px');
  }
  fixStickyOffset();
  window.addEventListener('resize', fixStickyOffset);
  document.querySelectorAll('input[data-cls]').forEach(function (box) {
    function apply() { body.classList.toggle(box.dataset.cls, box.checked === (box.dataset.on === 'checked')); }
    box.addEventListener('change', apply);
    apply();
  });

  var trail = document.getElementById('trail');
  var info = trail.querySelector('.info');
  var followed = [];
  var at = -1;
  function clear() {
    followed.forEach(function (r) { r.classList.remove('follow', 'focus'); });
    followed = [];
    at = -1;
    trail.hidden = true;
  }
  function focusOn(i, scroll) {
    if (at >= 0) followed[at].classList.remove('focus');
    at = (i + followed.length) % followed.length;
    var row = followed[at];
    row.classList.add('focus');
    if (scroll) row.scrollIntoView({block: 'center', behavior: 'smooth'});
    var section = row.closest('section');
    var title = section ? section.querySelector('h2') : null;
    info.textContent = 'Row ' + (at + 1) + ' of ' + followed.length + ' following this claim' +
      (title ? ' \u2014 ' + title.textContent : '');
  }
  // A claim's rows share sentence keys ("version:sentence"): follow them through every
  // comparison, transitively, so a chain v1 -> v2 -> v3 lights up end to end.
  function follow(row) {
    clear();
    var seen = Object.create(null);
    var queue = (row.dataset.k || '').split(' ').filter(Boolean);
    var rows = new Set();
    while (queue.length) {
      var key = queue.pop();
      if (seen[key]) continue;
      seen[key] = true;
      document.querySelectorAll('tr[data-k~="' + key + '"]').forEach(function (r) {
        if (rows.has(r)) return;
        rows.add(r);
        r.dataset.k.split(' ').forEach(function (k) { if (k && !seen[k]) queue.push(k); });
      });
    }
    followed = Array.from(rows);
    followed.sort(function (a, b) {
      return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    followed.forEach(function (r) { r.classList.add('follow'); });
    trail.hidden = false;
    focusOn(followed.indexOf(row), false);
  }
  document.addEventListener('click', function (e) {
    if (e.target.closest('a, input, label, button, nav')) return;
    var sel = window.getSelection();
    if (sel && String(sel).length > 0) return;
    var row = e.target.closest('tr.c');
    if (!row) return;
    if (row.classList.contains('focus')) { clear(); return; }
    follow(row);
  });
  trail.querySelector('.prev').addEventListener('click', function () { focusOn(at - 1, true); });
  trail.querySelector('.next').addEventListener('click', function () { focusOn(at + 1, true); });
  trail.querySelector('.close').addEventListener('click', clear);
  document.addEventListener('keydown', function (e) {
    if (!followed.length) return;
    if (e.key === 'Escape') clear();
    else if (e.key === 'n' || e.key === 'j') focusOn(at + 1, true);
    else if (e.key === 'p' || e.key === 'k') focusOn(at - 1, true);
  });
  body.classList.add('js');
})();
)JS";

}  // namespace claimdiff::detail
