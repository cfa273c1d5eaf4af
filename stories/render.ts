/**
 * One render function for every story: builds a <fair-offer> from story args inside a frame that carries the
 * story's direction and theme. Imperative on purpose: the offer must be set before the restored `state`, and an
 * unset arg must leave the element's default alone (a template binding would assign `undefined`).
 */
import { FairOffer } from '../src/element/fair-offer.js';

// Registered explicitly: package.json `sideEffects` lists only the dist entries, so bundlers (Storybook's Vite)
// drop a bare `import '../src/define.js'` from source.
FairOffer.define();

export type StoryStage = 'full' | 'constraint' | 'retreat' | 'chosen' | 'stopped';
export type StoryConstraint = 'time' | 'budget' | 'policy' | 'other';

export interface OfferStoryArgs {
  /** The offer (plain JSON following src/core/offer-schema.ts); validated by the element. */
  offer: unknown;
  mode?: 'sequential' | 'side-by-side';
  debug?: boolean;
  /** Restores a stage without events (the element's public `state` property). */
  state?: { stage: StoryStage; constraint: StoryConstraint | null; choice: 'full' | 'retreat' | null };
  dir?: 'ltr' | 'rtl';
  /** `brand` sets the public custom properties; `dark` marks the story for a dark colour scheme (see themes.stories.ts). */
  theme?: 'light' | 'dark' | 'brand';
  /** Width of the frame in CSS pixels (the element reflows to its container); 960 when unset. */
  width?: number;
}

/** What the stories and their test need from the element, without depending on its class. */
export interface FairOfferLike extends HTMLElement {
  offer: unknown;
  state: unknown;
  updateComplete: Promise<boolean>;
}

/** The brand theme: only the documented custom properties, nothing reaching into the shadow root. */
export const BRAND_THEME: Record<string, string> = {
  '--fair-offer-accent': '#7a1f5c',
  '--fair-offer-radius': '0',
  '--fair-offer-font': "Georgia, 'Times New Roman', serif",
  '--fair-offer-gap': '1.25rem',
};

export function renderOffer(args: OfferStoryArgs): HTMLElement {
  const frame = document.createElement('div');
  frame.className = 'story-frame';
  frame.dir = args.dir ?? 'ltr';
  frame.style.maxInlineSize = `${args.width ?? 960}px`;
  if (args.theme === 'brand')
    for (const [name, value] of Object.entries(BRAND_THEME)) frame.style.setProperty(name, value);
  if (args.theme === 'dark') frame.style.colorScheme = 'dark';

  const el = document.createElement('fair-offer') as FairOfferLike;
  el.offer = args.offer;
  if (args.mode) el.setAttribute('mode', args.mode);
  if (args.debug) el.setAttribute('debug', '');
  if (args.state) el.state = { ...args.state };
  frame.append(el);
  return frame;
}

/** The rendered element of a story (the test and the play functions use it). */
export function offerIn(canvas: HTMLElement): FairOfferLike {
  const el = canvas.querySelector('fair-offer');
  if (!el) throw new Error('the story rendered no <fair-offer>');
  return el as FairOfferLike;
}
