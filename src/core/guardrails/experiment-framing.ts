/**
 * Experiments vary framing only (which options are offered, which retreat size): never the disclosed terms,
 * the guardrails or the stop path. Reads the raw input too, since the schema drops unknown keys.
 */
import type { Offer } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import type { Check } from './rule.js';

const ARM_KEYS = new Set(['name', 'kind', 'weight', 'retreat']);
const EXPERIMENT_KEYS = new Set(['id', 'arms']);
const STOP_KEY = /stop|decline|not.?now|dismiss|close|exit|cancel/i;
const GUARDRAIL_KEY = /guard|rule|check|lint|valid|skip|allow|ignore|disable|unsafe|force/i;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function extraKeyFinding(path: string, key: string, where: string): Finding {
  if (STOP_KEY.test(key)) {
    return {
      rule: 'missing-stop-path',
      severity: 'error',
      path: `${path}.${key}`,
      message: `${where} sets "${key}": the stop path is the same in every arm. Remove it.`,
    };
  }
  if (GUARDRAIL_KEY.test(key)) {
    return {
      rule: 'invalid-offer',
      severity: 'error',
      path: `${path}.${key}`,
      message: `${where} sets "${key}": an experiment cannot relax the guardrails. Remove it.`,
    };
  }
  return {
    rule: 'invalid-offer',
    severity: 'error',
    path: `${path}.${key}`,
    message: `${where} sets "${key}": experiments vary framing only (which options and which retreat size), never the disclosed terms or copy. Put the difference in a \`retreatVariants\` option and name it in the arm's \`retreat\`, or remove it.`,
  };
}

/**
 * What the experiment may not change. Complements the guardrails in validateOffer (which already check
 * every retreat variant's size, escalations and justification, weights and unknown variant ids):
 * pass the raw input too, because the schema drops unknown keys before the parsed offer gets here.
 */
export function experimentFramingFindings(offer: Offer, raw?: unknown): Finding[] {
  const findings: Finding[] = [];
  const experiment = offer.experiment;
  const variants = offer.retreatVariants ?? [];
  if (!experiment) {
    if (variants.length) {
      findings.push({
        rule: 'invalid-offer',
        severity: 'warning',
        path: 'retreatVariants',
        message:
          'retreatVariants are shown only through experiment arms, and there is no `experiment`: add one, or remove the variants.',
      });
    }
    return findings;
  }
  experiment.arms.forEach((arm, i) => {
    if (arm.kind === 'full-only' && arm.retreat !== undefined) {
      findings.push({
        rule: 'invalid-offer',
        severity: 'error',
        path: `experiment.arms.${i}.retreat`,
        message: `Arm "${arm.name}" is a full-only holdout and shows no retreat, but names retreat "${arm.retreat}": remove \`retreat\` or change the kind.`,
      });
    }
  });
  const used = new Set(experiment.arms.map((a) => a.retreat).filter((r) => r !== undefined));
  variants.forEach((v, i) => {
    if (v.id !== undefined && !used.has(v.id)) {
      findings.push({
        rule: 'invalid-offer',
        severity: 'warning',
        path: `retreatVariants.${i}`,
        message: `Retreat variant "${v.id}" is not shown by any arm: name it in an arm's \`retreat\`, or remove it.`,
      });
    }
  });

  const rawExperiment = isRecord(raw) ? raw['experiment'] : undefined;
  if (isRecord(rawExperiment)) {
    for (const key of Object.keys(rawExperiment)) {
      if (!EXPERIMENT_KEYS.has(key)) findings.push(extraKeyFinding('experiment', key, 'The experiment'));
    }
    const rawArms = rawExperiment['arms'];
    if (Array.isArray(rawArms)) {
      rawArms.forEach((rawArm, i) => {
        if (!isRecord(rawArm)) return;
        const where = `Arm ${JSON.stringify(rawArm['name'] ?? i)}`;
        if (Array.isArray(rawArm['retreat'])) {
          findings.push({
            rule: 'stacked-retreat',
            severity: 'error',
            path: `experiment.arms.${i}.retreat`,
            message: `${where} names several retreats: each visitor sees exactly one. Name one variant.`,
          });
        }
        for (const key of Object.keys(rawArm)) {
          if (!ARM_KEYS.has(key)) findings.push(extraKeyFinding(`experiment.arms.${i}`, key, where));
        }
      });
    }
  }
  return findings;
}

export const experimentFramingCheck: Check = {
  name: 'experiment framing',
  needs: 'offer',
  run: ({ offer, input }) => experimentFramingFindings(offer, input),
};
