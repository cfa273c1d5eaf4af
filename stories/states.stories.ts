/** Every stage and mode of <fair-offer>, on the playbook's SaaS pilot (6 weeks in 2 regions → 2 weeks in 1, read-only). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import pilot from '../examples/offers/saas-pilot.json';
import pilotConstraints from '../examples/offers/saas-pilot-constraints.json';
import { offerIn, renderOffer, type OfferStoryArgs } from './render.js';

/**
 * A pilot offer the guardrails refuse: the add-on is pre-ticked and the stop label shames the visitor.
 * Everything else is the valid pilot, so the refusal comes from those two rules only.
 */
const refusedOffer = {
  ...pilot,
  id: 'acme-pilot-refused',
  addOns: [{ id: 'priority-support', label: 'Priority support during the pilot', selected: true }],
  stop: { label: "No, I don't care about accurate reports" },
};
/** The rules the story test expects the element to report for `refusedOffer`. */
const refused = { expectRules: ['prechecked-upsell', 'confirmshaming'] };

const meta = {
  title: 'Element/States',
  component: 'fair-offer',
  render: (args) => renderOffer(args),
  args: { offer: pilot, mode: 'sequential' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['sequential', 'side-by-side'] },
    debug: { control: 'boolean' },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    offer: { control: 'object' },
  },
} satisfies Meta<OfferStoryArgs>;
export default meta;
type Story = StoryObj<OfferStoryArgs>;

export const Full: Story = {};

export const ConstraintQuestion: Story = {
  args: { offer: pilotConstraints, state: { stage: 'constraint', constraint: null, choice: null } },
};

export const Retreat: Story = {
  args: { state: { stage: 'retreat', constraint: null, choice: null } },
};

export const RetreatForTime: Story = {
  args: { offer: pilotConstraints, state: { stage: 'retreat', constraint: 'time', choice: null } },
};

export const RetreatForBudget: Story = {
  args: { offer: pilotConstraints, state: { stage: 'retreat', constraint: 'budget', choice: null } },
};

export const RetreatForPolicy: Story = {
  args: { offer: pilotConstraints, state: { stage: 'retreat', constraint: 'policy', choice: null } },
};

export const ChosenFull: Story = {
  args: { state: { stage: 'chosen', constraint: null, choice: 'full' } },
};

export const ChosenRetreat: Story = {
  args: { state: { stage: 'chosen', constraint: null, choice: 'retreat' } },
};

export const Stopped: Story = {
  args: { state: { stage: 'stopped', constraint: null, choice: null } },
};

/** Guardrails refused the offer: the element renders nothing visible and fires `offer-invalid`. */
export const Invalid: Story = {
  args: { offer: refusedOffer },
  parameters: refused,
};

/** The same refusal with `debug`: a readable diagnostics panel lists each finding and what to change. */
export const InvalidWithDebugPanel: Story = {
  args: { offer: refusedOffer, debug: true },
  parameters: refused,
};

export const SideBySide: Story = {
  args: { mode: 'side-by-side' },
};

export const SideBySideChosenRetreat: Story = {
  args: { mode: 'side-by-side', state: { stage: 'chosen', constraint: null, choice: 'retreat' } },
};

/** The "what's different" toggletip for the Scope row, opened by a real click on its button. */
export const ToggletipOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = offerIn(canvasElement);
    await el.updateComplete;
    const button = el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="term-info"][data-term="scope"]');
    if (!button) throw new Error('no toggletip button for the scope row');
    button.click();
    await el.updateComplete;
    if (button.getAttribute('aria-expanded') !== 'true') throw new Error('the scope toggletip did not open');
  },
};
