/**
 * What experiment arms show, and the chosen state with the opt-in comprehension check, on the SaaS pilot.
 * A one-arm experiment puts every visitor in that arm, so each story always shows the same thing.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import pilot from '../examples/offers/saas-pilot.json';
import { offerIn, renderOffer, type OfferStoryArgs } from './render.js';

const oneArm = (kind: 'small-only' | 'full-only') => ({
  ...pilot,
  id: `acme-pilot-${kind}`,
  experiment: { id: `story-${kind}`, arms: [{ name: kind, kind, weight: 1 }] },
});

interface ExperimentStoryArgs extends OfferStoryArgs {
  /** Sets the `feedback` attribute: the comprehension check after a choice. */
  feedback?: boolean;
}

const meta = {
  title: 'Element/Experiments and follow-up',
  component: 'fair-offer',
  render: (args) => {
    const frame = renderOffer(args);
    if (args.feedback) offerIn(frame).setAttribute('feedback', '');
    return frame;
  },
  args: { offer: pilot, mode: 'sequential' },
  argTypes: { feedback: { control: 'boolean' }, dir: { control: 'inline-radio', options: ['ltr', 'rtl'] } },
} satisfies Meta<ExperimentStoryArgs>;
export default meta;
type Story = StoryObj<ExperimentStoryArgs>;

/** The `small-only` arm: the single small ask, with the stop path and no full option. */
export const SmallOnlyArm: Story = { args: { offer: oneArm('small-only') } };

/** The `full-only` holdout: the full option and "Not now", no decline and no retreat. */
export const FullOnlyArm: Story = { args: { offer: oneArm('full-only') } };

export const SmallOnlyArmRtl: Story = { args: { offer: oneArm('small-only'), dir: 'rtl' } };

/** After choosing the full option: the recap, "Save this summary", and the one-question check. */
export const ChosenWithFeedback: Story = {
  args: { feedback: true },
  play: async ({ canvasElement }) => {
    const el = offerIn(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[part~="full-action"]')!.click();
    await el.updateComplete;
    if (!el.shadowRoot!.querySelector('.feedback')) throw new Error('the comprehension check did not appear');
  },
};
