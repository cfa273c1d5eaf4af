/**
 * Every story, rendered in Chromium and checked with axe-core (WCAG 2.0/2.1/2.2 A and AA plus best practices).
 * Stories come from stories/index.ts, which test/core/stories-listed.test.ts keeps complete, so a new story is
 * checked without anyone adding it here. Each story is rendered the way Storybook does (meta and story args
 * merged, the render function, then `play`), inside a small page with a <main> landmark and an <h1>.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import { storyModules } from '../../stories/index.js';
import { BRAND_THEME, type FairOfferLike, type OfferStoryArgs } from '../../stories/render.js';

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface StoryParameters {
  colorScheme?: 'light' | 'dark';
  /** Guardrail rules the story's offer must be refused for; absent = the offer must be accepted. */
  expectRules?: string[];
  [key: string]: unknown;
}
interface StoryLike {
  args?: Partial<OfferStoryArgs>;
  parameters?: StoryParameters;
  render?: (args: OfferStoryArgs) => unknown;
  play?: (context: { canvasElement: HTMLElement; args: OfferStoryArgs }) => Promise<void> | void;
}
interface MetaLike extends StoryLike {
  title: string;
}

function describeViolations(results: AxeResults): string {
  return results.violations
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    at ${JSON.stringify(n.target)}`).join('\n')}`,
    )
    .join('\n');
}

function forgetStops(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('fair-offer:')) localStorage.removeItem(key);
}

/** Waits until every <fair-offer> inside `root` has finished rendering, and one more frame for positioning. */
async function settled(root: HTMLElement): Promise<void> {
  for (const el of root.querySelectorAll('fair-offer')) await (el as FairOfferLike).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

before(() => {
  document.documentElement.lang = 'en';
  document.title = 'fair-offer stories';
});

for (const [file, mod] of Object.entries(storyModules)) {
  const { default: metaExport, ...stories } = mod as unknown as { default: MetaLike } & Record<string, StoryLike>;
  const meta = metaExport;

  describe(`${file} (${meta.title})`, () => {
    afterEach(async () => {
      document.querySelector('main')?.remove();
      forgetStops();
      await emulateMedia({ colorScheme: 'light' });
    });

    for (const [name, story] of Object.entries(stories)) {
      if (name === '__namedExportsOrder') continue;

      it(`${name}: renders and has no axe violations`, async () => {
        forgetStops();
        const args = { ...meta.args, ...story.args } as OfferStoryArgs;
        const parameters = { ...meta.parameters, ...story.parameters };
        const render = story.render ?? meta.render;
        if (!render) throw new Error(`${meta.title}/${name} has no render function`);
        if (parameters.colorScheme === 'dark') await emulateMedia({ colorScheme: 'dark' });

        const main = document.createElement('main');
        const heading = document.createElement('h1');
        heading.textContent = `${meta.title}: ${name}`;
        main.append(heading);
        const invalidEvents: CustomEvent[] = [];
        main.addEventListener('offer-invalid', (e) => invalidEvents.push(e as CustomEvent));
        document.body.append(main);

        const rendered = render(args);
        if (!(rendered instanceof Node)) throw new Error(`${meta.title}/${name}: render must return a DOM node`);
        main.append(rendered);
        await settled(main);
        await story.play?.({ canvasElement: main, args });
        await settled(main);

        const el = main.querySelector('fair-offer') as FairOfferLike | null;
        expect(el, 'the story renders a <fair-offer>').to.exist;

        // The story shows what it says it shows: a refused offer is reported, a valid one renders its stage.
        const expectedRules = parameters.expectRules ?? [];
        if (expectedRules.length) {
          expect(invalidEvents, 'offer-invalid fired once').to.have.length(1);
          const rules = (invalidEvents[0].detail as { findings: { rule: string }[] }).findings.map((f) => f.rule);
          expect(rules).to.include.members(expectedRules);
        } else {
          expect(
            invalidEvents.map((e) => JSON.stringify(e.detail)),
            'no guardrail refused the offer',
          ).to.deep.equal([]);
          expect(el!.shadowRoot?.textContent?.trim(), 'the element rendered content').to.not.equal('');
          if (args.state)
            expect((el!.state as { stage: string }).stage, 'the restored stage').to.equal(args.state.stage);
        }
        // Reflows to its container: nothing sticks out sideways (320 px stories included).
        expect(el!.scrollWidth, 'no sideways overflow').to.be.at.most(el!.clientWidth + 1);
        if (args.width) expect(el!.getBoundingClientRect().width, 'fits the frame').to.be.at.most(args.width);
        if (args.theme === 'brand') {
          const accent = getComputedStyle(el!).getPropertyValue('--fair-offer-accent').trim();
          expect(accent, 'the brand theme reaches the element').to.equal(BRAND_THEME['--fair-offer-accent']);
        }
        if (parameters.colorScheme === 'dark') {
          expect(matchMedia('(prefers-color-scheme: dark)').matches, 'dark colour scheme emulated').to.equal(true);
        }

        const results = await axe.run(document, { runOnly: { type: 'tag', values: AXE_TAGS } });
        expect(
          results.violations.length,
          `axe violations in ${meta.title}/${name}:\n${describeViolations(results)}`,
        ).to.equal(0);
      });
    }
  });
}
