// Builds the NHS design system assets into the jar: node src/main/frontend/build.mjs OUTPUT_DIR
// Run by Maven (generate-resources) after `npm ci`; OUTPUT_DIR is target/classes/static/nhsuk.
import { compile } from "sass";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const out = resolve(process.argv[2] ?? join(root, "target/classes/static/nhsuk"));
const dist = join(root, "node_modules/nhsuk-frontend/dist/nhsuk");

mkdirSync(out, { recursive: true });
const css = compile(join(here, "openics-nhsuk.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(out, "nhsuk-frontend.min.css"), css.css);
cpSync(join(dist, "nhsuk-frontend.min.js"), join(out, "nhsuk-frontend.min.js"));
cpSync(join(dist, "assets"), join(out, "assets"), { recursive: true });
console.log(`nhsuk-frontend: ${css.css.length} bytes of CSS, script and images in ${out}`);
