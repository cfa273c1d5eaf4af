/**
 * A generated events log with known rates, for the analysis tests and the CLI demo. Not a test file itself.
 * Arms are assigned with the real assignArm (50/25/25); each visit's outcome is drawn from the true rates below.
 */
import { assignArm, type Experiment } from '../../src/core/experiment.js';
import type { EventRecord } from '../../src/core/analyze.js';
import { drawChoice, mulberry32 } from '../../bench/analyze-generate.js';

export const TRUE_RATES = {
  rtr: { full: 0.3, retreat: 0.12, stop: 0.2 },
  'small-only': { full: 0, retreat: 0.25, stop: 0.15 },
  'full-only': { full: 0.22, retreat: 0, stop: 0.18 },
} as const;
export type ArmName = keyof typeof TRUE_RATES;

export const EXPERIMENT: Experiment = {
  id: 'acme-rtr-test',
  arms: [
    { name: 'rtr', kind: 'rtr', weight: 50 },
    { name: 'small-only', kind: 'small-only', weight: 25 },
    { name: 'full-only', kind: 'full-only', weight: 25 },
  ],
};

export function generateLog(visitors: number, seed: number, offerId = 'acme-pilot-2026'): EventRecord[] {
  const random = mulberry32(seed);
  const log: EventRecord[] = [];
  for (let i = 0; i < visitors; i++) {
    const visitorId = `visitor-${seed}-${i}`;
    const arm = assignArm(EXPERIMENT, visitorId).name as ArmName;
    const rates = TRUE_RATES[arm];
    const ev = (type: string, detail: Record<string, unknown>) =>
      log.push({ type, detail: { offerId, variant: arm, ...detail }, visitorId });
    const outcome = drawChoice(random(), rates) ?? 'abandoned';
    ev('offer-view', { stage: arm === 'small-only' ? 'retreat' : 'full' });
    if (arm === 'rtr' && (outcome === 'retreat' || (outcome === 'abandoned' && random() < 0.5))) {
      ev('offer-decline', { constraint: random() < 0.5 ? 'time' : null });
      ev('offer-view', { stage: 'retreat' });
    }
    if (outcome === 'abandoned') continue;
    // Some visitors change their mind once ("Change my choice"): only the final choice counts.
    if (outcome !== 'stop' && random() < 0.05) ev('offer-choice', { choice: 'stop', addOns: [] });
    ev('offer-choice', { choice: outcome, addOns: [] });
    if (random() < 0.3) {
      const f = random();
      ev('offer-feedback', { answer: f < 0.6 ? 'yes' : f < 0.9 ? 'partly' : 'no' });
    }
  }
  return log;
}
