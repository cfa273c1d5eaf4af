/** vague-cta: labels of actions and of the ways to say no that do not say what happens. A warning. */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../src/core/copy/check-copy.js';
import { rulesFor } from './helpers.js';

const VAGUE_ACTIONS = [
  'Submit',
  'OK',
  'Ok!',
  'Okay',
  'Click here',
  'Click here to start',
  'Tap here',
  'Continue',
  'Continue »',
  'Continue →',
  'Go',
  'Go!',
  'Yes',
  'Next',
  'Proceed',
  'Confirm',
  'Send',
  'Done',
  'Learn more',
  'Read more',
  'Submit now',
  'Click',
  'Start',
];
const CLEAR_ACTIONS = [
  'Start the 2-week proof',
  'Give €20 a month',
  'Book the 90-minute workshop',
  'Send me the summary',
  'Continue to payment',
  'Yes, start my trial',
  'Confirm my booking',
  'Download the report',
];
const VAGUE_DECLINES = ['No', 'Cancel', 'Close', 'OK', 'Dismiss'];
const CLEAR_DECLINES = [
  'No thanks',
  'Not now',
  'Maybe later',
  'Not this one',
  'Cancel my subscription',
  'Keep my current plan',
  'Stop the monthly gift',
];

describe('vague-cta', () => {
  it.each(VAGUE_ACTIONS)('warns about the action label %j', (text) => {
    expect(rulesFor(text, { role: 'action' })).toContain('vague-cta');
  });

  it.each(CLEAR_ACTIONS)('accepts the action label %j', (text) => {
    expect(rulesFor(text, { role: 'action' })).not.toContain('vague-cta');
  });

  it.each(VAGUE_DECLINES)('warns about the decline and stop label %j', (text) => {
    expect(rulesFor(text, { role: 'decline' })).toContain('vague-cta');
    expect(rulesFor(text, { role: 'stop' })).toContain('vague-cta');
  });

  it.each(CLEAR_DECLINES)('accepts the decline and stop label %j', (text) => {
    expect(rulesFor(text, { role: 'decline' })).not.toContain('vague-cta');
    expect(rulesFor(text, { role: 'stop' })).not.toContain('vague-cta');
  });

  it('applies only to actions and the ways to say no', () => {
    for (const role of [undefined, 'heading', 'body', 'secondary', 'claim'] as const) {
      expect(rulesFor('Continue', role ? { role } : {}), String(role)).not.toContain('vague-cta');
    }
  });

  it('is a warning that names the label, suggests a better one and carries the path', () => {
    const [finding] = checkCopy('Submit', { role: 'action', path: 'full.action.label' });
    expect(finding).toMatchObject({ rule: 'vague-cta', severity: 'warning', path: 'full.action.label' });
    expect(finding!.message).toContain('"Submit"');
    expect(finding!.message).toContain('Start the 2-week proof');
    expect(checkCopy('Cancel', { role: 'stop' })[0]!.message).toContain('Cancel my subscription');
  });
});
