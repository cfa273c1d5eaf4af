/**
 * confirmshaming: copy that shames, guilts or mocks the visitor for saying no, in any field.
 * Examples written for these tests: self-deprecating first-person refusals of a valued thing, sarcastic
 * preferences for a loss, mockery, and guilt. Honest ways to say no must pass.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../src/core/copy/check-copy.js';
import { rulesFor } from './helpers.js';

const SHAMING = [
  // fixed shapes added after blind batch 2 (patterns.ts); these strings are not in blind2.ts
  "Close it. You'll totally regret it",
  'No, my cats can fend for themselves',
  'My family deserves worse',
  "Hackers don't scare me",
  'Skip and pay retail',
  // from the product brief
  "No thanks, I don't like saving money",
  "I'd rather stay uninformed",
  'No, I prefer paying full price',
  'Abandon the children?',
  // refusing a valued thing, in the first person
  "No thanks, I don't want 10% off",
  'NO THANKS, I DON’T LIKE FREE STUFF',
  'no thanks i dont want a discount',
  'Nope, I hate free shipping',
  "I don't want exclusive member perks",
  "I'm not into saving money",
  "No thanks, I'm not a fan of free food",
  "I'd rather not get rewarded",
  "I don't deserve nice things",
  "No, I don't want to feel better",
  "No thanks, I don't want to be awesome",
  "No, I don't want to be in the know",
  "No thanks, I don't want to improve my skills",
  "I'm not interested in becoming a better marketer",
  'No, I hate learning',
  "I don't want better sleep",
  "No thanks, I'd rather not win.",
  // preferring a loss
  "No thanks, I'd rather keep paying more",
  "No thanks, I'll keep overpaying",
  'No, I want to pay more',
  "No thanks, I'm good with paying full price",
  "No thanks, I'd rather pay shipping",
  "I'm OK with missing out",
  "I'll miss out, thanks",
  "I'll pass on the savings",
  "I'll skip the free gift",
  'No thanks, I enjoy wasting time',
  'Nah, I like losing money',
  "No thanks, I'll stay uninformed",
  "No thanks, I'd rather be left in the dark",
  "No, I'm happy being average",
  "No thanks, I'm fine with being left behind",
  "No, I'd like to stay broke",
  "No thanks, I'll keep being tired",
  "No thanks, I'll keep my boring inbox",
  "I'll stick with my bad habits",
  "No, I'd rather sleep on a bad mattress",
  "No thanks, I'd rather do everything myself the hard way",
  "No thanks, I'd like 0 % off",
  "I'll let this deal slip away",
  "No, I'll save some other time",
  // mockery
  "I'm too cool for discounts",
  'Nope, I’m a cheapskate',
  "No thanks, I'm a genius already",
  "No thanks, I'm already perfect",
  'No thanks, I already know everything',
  'Who needs 20% off anyway?',
  "Saving money isn't for me",
  'Only suckers pay full price',
  "Don't worry, we'll keep the discount for someone smarter",
  // guilt
  'No, let the animals suffer',
  "I'd rather let them starve",
  "I don't care if kids go hungry",
  "No, I don't care about the environment",
  "No, I'm fine with kids going hungry",
  'Leave them behind?',
  'Turn your back on refugees?',
  'Walk away from the families who need you?',
  "No, I don't want to save animals",
  "No thanks, I don't want to make a difference",
  "I don't want to support local farmers",
  "No, I don't want to help children in need",
  "I don't want to make the world a better place",
  "Nope, I'm OK with the planet burning",
  'Are you sure you want to miss out on 50% off?',
  "You're really going to give up your discount?",
  // a loaded yes beside a plain no
  'Yes, I want free shipping! | No',
];

const HONEST = [
  'You deserve less stress',
  "Don't worry, you can cancel anytime",
  'Continue and pay monthly',
  "You won't regret it",
  // from the product brief
  'No thanks',
  'Not now',
  'Maybe later',
  'Cancel my subscription',
  'Not this one',
  // more ways to say no plainly
  'No, thanks',
  'No thank you',
  'Skip',
  'Skip this step',
  "I'll decide later",
  'Remind me next week',
  'Maybe another time',
  "Don't ask again",
  'Not for me',
  'Not interested',
  "No thanks, I'm not interested",
  "I'm not interested right now",
  "No thanks, I'm not ready yet",
  'I already have one',
  'I already donated',
  'Keep my current plan',
  "No, I'll keep my current plan",
  'Keep my old plan',
  "No thanks, I'll stay on the free plan",
  'No thanks, keep me on Basic',
  "No thanks, I'll pay monthly",
  "I'd rather pay monthly",
  'I prefer to pay by invoice',
  'I prefer email',
  "I'd rather talk to a person",
  "I'll think about it",
  "I'll save it for later",
  'Save for later',
  "I don't need this right now",
  "No thanks, I don't need help",
  "I don't want a free trial",
  "I don't want a gift receipt",
  "I'd rather not share my email",
  "I don't want to save my card details",
  "I don't want to receive marketing emails",
  "I don't want offers by email",
  "I don't want deals sent to my phone",
  'I agree to receive deals and discounts by email',
  'I want to receive exclusive offers',
  'Continue without the add-on',
  'Unsubscribe',
  'Stop the donations',
  "No, don't renew",
  // warnings and disclosures that mention a loss honestly
  'Are you sure you want to cancel?',
  'If you leave now, your progress will be lost',
  'If you cancel, you lose the 20% loyalty discount from the next bill',
  'Do not leave children unattended',
  // ordinary copy
  'Donate to help the children',
  'Let them know you care with a gift card',
  'Leave us a review',
  "We won't leave you behind",
  'Never miss a deal',
  'I was paying full price elsewhere, so this is better',
  'I love this shirt, great quality for the price you pay!',
  'Thank you for reading about the clinic. We will not ask again for now.',
];

describe('confirmshaming', () => {
  it.each(SHAMING)('refuses %j', (text) => {
    expect(rulesFor(text)).toContain('confirmshaming');
  });

  it.each(HONEST)('accepts %j', (text) => {
    expect(rulesFor(text)).not.toContain('confirmshaming');
  });

  it('applies to every role and to no role', () => {
    for (const role of [undefined, 'decline', 'stop', 'secondary', 'action', 'heading', 'body', 'claim'] as const) {
      expect(rulesFor("No thanks, I don't like saving money", role ? { role } : {})).toContain('confirmshaming');
    }
  });

  it('is an error that quotes the words, says what to use instead and carries the path', () => {
    const [finding] = checkCopy('Nope — I’d rather pay full price, thanks', { role: 'decline', path: 'declineLabel' });
    expect(finding).toMatchObject({ rule: 'confirmshaming', severity: 'error', path: 'declineLabel' });
    expect(finding!.message).toContain('I’d rather pay full price');
    expect(finding!.message).toMatch(/No thanks|Not now/);
  });
});
