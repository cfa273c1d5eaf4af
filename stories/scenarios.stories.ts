/** The playbook's scenarios, each with its own offer file in examples/offers/. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import pilot from '../examples/offers/saas-pilot.json';
import subscription from '../examples/offers/subscription.json';
import donation from '../examples/offers/donation.json';
import securityReview from '../examples/offers/security-review.json';
import execWorkshop from '../examples/offers/exec-workshop.json';
import { renderOffer, type OfferStoryArgs } from './render.js';

const meta = {
  title: 'Scenarios',
  component: 'fair-offer',
  render: (args) => renderOffer(args),
  argTypes: {
    mode: { control: 'inline-radio', options: ['sequential', 'side-by-side'] },
    offer: { control: 'object' },
  },
} satisfies Meta<OfferStoryArgs>;
export default meta;
type Story = StoryObj<OfferStoryArgs>;

/** "Ideal: 6-week pilot in 2 regions. Retreat: 2-week proof in 1 region, read-only." */
export const SaasPilot: Story = { args: { offer: pilot } };

/** Product UX row: "Full pilot" and "Read-only validation" buttons side by side. */
export const SaasPilotSideBySide: Story = { args: { offer: pilot, mode: 'side-by-side' } };

/** A fitness app's annual plan → one month with the same onboarding, cancel any time. */
export const Subscription: Story = { args: { offer: subscription } };

export const SubscriptionRetreat: Story = {
  args: { offer: subscription, state: { stage: 'retreat', constraint: null, choice: null } },
};

/** "A monthly pledge funds the clinic sustainably. If a monthly is not possible, a one-time gift adds the weekend shift." */
export const Donation: Story = { args: { offer: donation } };

export const DonationRetreat: Story = {
  args: { offer: donation, state: { stage: 'retreat', constraint: null, choice: null } },
};

/** "Security prefers full control mapping. If timeline is tight, we can limit to SSO and audit trails first." */
export const SecurityReview: Story = { args: { offer: securityReview } };

export const SecurityReviewRetreat: Story = {
  args: { offer: securityReview, state: { stage: 'retreat', constraint: 'policy', choice: null } },
};

/** "The executive workshop is 90 minutes. If calendars are tight, let's retreat to a 30 minute risk-readout." */
export const ExecutiveWorkshop: Story = { args: { offer: execWorkshop } };

export const ExecutiveWorkshopRetreat: Story = {
  args: { offer: execWorkshop, state: { stage: 'retreat', constraint: 'time', choice: null } },
};
