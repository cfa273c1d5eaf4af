/**
 * Themes and sizes: dark, a brand theme through the public custom properties, right-to-left, and a 320 px wide
 * container (a small phone).
 *
 * Dark: the element follows `prefers-color-scheme`, so the Dark stories set `parameters.colorScheme: 'dark'`.
 * The browser test (test/element/stories.test.ts) emulates that media feature before rendering them; in the
 * Storybook UI, switch your system (or DevTools > Rendering > prefers-color-scheme) to dark to see them.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import pilot from '../examples/offers/saas-pilot.json';
import subscription from '../examples/offers/subscription.json';
import { renderOffer, type OfferStoryArgs } from './render.js';

const meta = {
  title: 'Themes and sizes',
  component: 'fair-offer',
  render: (args) => renderOffer(args),
  args: { offer: pilot },
} satisfies Meta<OfferStoryArgs>;
export default meta;
type Story = StoryObj<OfferStoryArgs>;

const dark = { colorScheme: 'dark', backgrounds: { value: '#0e0f12' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: dark };

export const DarkRetreat: Story = {
  args: { theme: 'dark', state: { stage: 'retreat', constraint: null, choice: null } },
  parameters: dark,
};

export const DarkSideBySide: Story = { args: { theme: 'dark', mode: 'side-by-side' }, parameters: dark };

/** Brand colours, corners, font and spacing set only through `--fair-offer-*` custom properties. */
export const Brand: Story = { args: { theme: 'brand', offer: subscription } };

export const BrandChosen: Story = {
  args: { theme: 'brand', offer: subscription, state: { stage: 'chosen', constraint: null, choice: 'retreat' } },
};

export const RightToLeft: Story = { args: { dir: 'rtl' } };

export const RightToLeftRetreat: Story = {
  args: { dir: 'rtl', state: { stage: 'retreat', constraint: null, choice: null } },
};

export const RightToLeftSideBySide: Story = { args: { dir: 'rtl', mode: 'side-by-side' } };

/** A small phone: the element reflows inside a 320 px container, with no sideways scrolling. */
export const Narrow320: Story = { args: { width: 320 } };

export const Narrow320Retreat: Story = {
  args: { width: 320, offer: subscription, state: { stage: 'retreat', constraint: null, choice: null } },
};

export const Narrow320SideBySide: Story = { args: { width: 320, mode: 'side-by-side' } };
