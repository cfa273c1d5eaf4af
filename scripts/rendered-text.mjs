#!/usr/bin/env node
// What a visitor reads and a screen reader is given, in every state of every example offer, from a build of the
// standalone: for a change to the templates' build (scripts/minify-templates.mjs) that must not change any text.
//   node scripts/rendered-text.mjs DIR [--json FILE]      every state's text, from DIR/fair-offer.js (+ chunks)
//   node scripts/rendered-text.mjs BEFORE AFTER           the same for two builds, then each difference; exit 1 if any
//   --offers donation,saas-pilot                          only these example offers
// Each offer of examples/offers/ is shown sequential and side by side; from each state every visible control
// (buttons, checkboxes) is used in turn, in a fresh element. Every state reached is recorded; one is explored
// further when it shows a new stage or a new set of controls (so a tip opened or a box ticked is recorded, not
// combined with every other), at most 6 steps deep.
// A state is its stage, the innerText of the shadow tree (the rendered text, whitespace as CSS shows it) and
// Playwright's ARIA snapshot of the element (roles, names, text).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
const onlyAt = args.indexOf('--offers');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1].split(',') : null;
const dirs = args.map((dir) => path.resolve(dir));
if (dirs.length < 1 || dirs.length > 2) {
  console.error('usage: node scripts/rendered-text.mjs DIR [DIR2] [--json FILE]');
  process.exit(2);
}
const MAX_DEPTH = 6;
const offersDir = path.join(root, 'examples/offers');
const offers = readdirSync(offersDir)
  .filter((name) => name.endsWith('.json') && (!only || only.includes(name.replace(/\.json$/, ''))))
  .sort()
  .map((name) => ({ name: name.replace(/\.json$/, ''), offer: JSON.parse(readFileSync(path.join(offersDir, name))) }));

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>text</title></head>
<body><main id="host"></main><script type="module" src="/fair-offer.js"></script></body></html>`;

/** In the page: a fresh element for the offer, each control of `steps` used in turn, then what it shows. */
async function stateAfter([offer, mode, steps]) {
  const settle = async (el) => {
    for (let round = 0; round < 20; round++) {
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      if (!el.matches(':state(loading)') && !el.isUpdatePending) return;
    }
  };
  const controls = (el) =>
    [...el.shadowRoot.querySelectorAll('button, input[type="checkbox"]')].filter(
      (control) => !control.disabled && control.checkVisibility(),
    );
  await customElements.whenDefined('fair-offer');
  localStorage.clear();
  const host = document.getElementById('host');
  host.replaceChildren();
  const el = document.createElement('fair-offer');
  el.setAttribute('visitor-id', 'rendered-text');
  el.setAttribute('mode', mode);
  el.offer = structuredClone(offer);
  host.append(el);
  await settle(el);
  for (const step of steps) {
    const control = controls(el)[step];
    if (!control) return { missing: step };
    control.click();
    await settle(el);
  }
  const shown = [...el.shadowRoot.children].filter((node) => node.localName !== 'style');
  return {
    stage: el.shadowRoot.querySelector('[data-stage]')?.getAttribute('data-stage') ?? null,
    text: shown.map((node) => node.innerText ?? node.textContent).join('\n'),
    controls: controls(el).map((control) => control.labels?.[0]?.innerText ?? control.innerText),
  };
}

async function statesOf(dir) {
  const browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: false });
  const tab = await context.newPage();
  tab.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  // No window left open by a control (the plan, a link): the states are all in this tab.
  context.on('page', (opened) => void opened.close());
  await tab.route('http://text.test/**', (route) => {
    const file = new URL(route.request().url()).pathname;
    if (file === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(path.join(dir, file)) });
  });
  await tab.goto('http://text.test/');
  const result = {};
  for (const { name, offer } of offers) {
    for (const mode of ['sequential', 'side-by-side']) {
      const seen = new Map();
      const explored = new Set();
      const queue = [[]];
      while (queue.length) {
        const steps = queue.shift();
        const state = await tab.evaluate(stateAfter, [offer, mode, steps]);
        if (state.missing !== undefined) continue;
        const aria = await tab.locator('fair-offer').ariaSnapshot();
        const key = `${state.stage}\n${state.text}\n${aria}`;
        if (seen.has(key)) continue;
        seen.set(key, { steps: steps.join('.'), stage: state.stage, text: state.text, aria });
        const kind = `${state.stage}\n${state.controls.join('\n')}`;
        if (explored.has(kind) || steps.length >= MAX_DEPTH) continue;
        explored.add(kind);
        state.controls.forEach((_label, index) => queue.push([...steps, index]));
      }
      result[`${name} ${mode}`] = [...seen.values()];
      console.log(`  ${name} ${mode}: ${seen.size} states`);
    }
  }
  await browser.close();
  return result;
}

const runs = [];
for (const dir of dirs) {
  const states = await statesOf(dir);
  const count = Object.values(states).reduce((sum, list) => sum + list.length, 0);
  console.log(`${path.relative(process.cwd(), dir) || '.'}: ${count} states of ${offers.length} offers × 2 modes`);
  runs.push(states);
}
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(runs.length === 1 ? runs[0] : runs, null, 1));

/** The first place two texts part, with a little context on each side. */
function whereTheyDiffer(before, after) {
  if (typeof before !== 'string' || typeof after !== 'string') return `${before} → ${after}`;
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  const around = (text) => JSON.stringify(text.slice(Math.max(0, start - 40), start + 40));
  return `${around(before)} → ${around(after)}`;
}

if (runs.length === 2) {
  const [before, after] = runs;
  let differences = 0;
  for (const key of Object.keys(before)) {
    const afterStates = new Map((after[key] ?? []).map((state) => [state.steps, state]));
    for (const state of before[key]) {
      const other = afterStates.get(state.steps);
      afterStates.delete(state.steps);
      for (const field of ['stage', 'text', 'aria']) {
        if (other?.[field] === state[field]) continue;
        differences++;
        console.log(`${key}, steps [${state.steps}], ${field}: ${whereTheyDiffer(state[field], other?.[field])}`);
      }
    }
    for (const extra of afterStates.values()) {
      differences++;
      console.log(`${key}, steps [${extra.steps}]: only in the second build (${extra.stage})`);
    }
  }
  console.log(differences ? `\n${differences} differences` : '\nno differences: the same text in every state');
  process.exitCode = differences ? 1 : 0;
}
