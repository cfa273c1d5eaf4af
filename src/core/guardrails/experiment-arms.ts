/**
 * Experiment arms must be assignable: a positive total weight, unique names, and every `retreat` naming a
 * `retreatVariants` id. Assignment itself lives elsewhere; this only refuses configs it could not honour.
 */
import type { Offer } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import type { Check } from './rule.js';
import { join } from './untrusted-input.js';

const invalid = (path: string, message: string): Finding => ({
  rule: 'invalid-offer',
  severity: 'error',
  path,
  message,
});

export function experimentFindings(offer: Offer): Finding[] {
  const findings: Finding[] = [];
  const variants = offer.retreatVariants ?? [];
  const variantIds = new Set<string>();
  variants.forEach((variant, i) => {
    if (variant.id === undefined) {
      findings.push(
        invalid(
          join('retreatVariants', i, 'id'),
          `\`retreatVariants.${i}\` has no \`id\`: experiment arms pick a variant by id. Add one.`,
        ),
      );
    } else if (variantIds.has(variant.id)) {
      findings.push(
        invalid(
          join('retreatVariants', i, 'id'),
          `\`retreatVariants.${i}.id\` ${JSON.stringify(variant.id)} is used twice: give each variant its own id.`,
        ),
      );
    } else variantIds.add(variant.id);
  });
  const experiment = offer.experiment;
  if (!experiment) return findings;
  const total = experiment.arms.reduce((sum, arm) => sum + arm.weight, 0);
  if (!(total > 0)) {
    findings.push(
      invalid(
        'experiment.arms',
        "The experiment arms' weights add up to 0: give at least one arm a positive `weight`.",
      ),
    );
  }
  const names = new Set<string>();
  experiment.arms.forEach((arm, i) => {
    if (names.has(arm.name)) {
      findings.push(
        invalid(
          join('experiment.arms', i, 'name'),
          `Arm name ${JSON.stringify(arm.name)} is used twice: events report the arm by name, so give each arm its own.`,
        ),
      );
    }
    names.add(arm.name);
    if (arm.retreat !== undefined && !variantIds.has(arm.retreat)) {
      findings.push(
        invalid(
          join('experiment.arms', i, 'retreat'),
          `Arm ${JSON.stringify(arm.name)} shows retreat variant ${JSON.stringify(arm.retreat)}, which is not an id in \`retreatVariants\`` +
            `${variantIds.size ? ` (${[...variantIds].map((id) => JSON.stringify(id)).join(', ')})` : ''}: name an existing variant or remove \`retreat\` to use the default retreat.`,
        ),
      );
    }
  });
  return findings;
}

/** Reports `invalid-offer` (offer-structure.ts holds its metadata): an arm the widget cannot assign. */
export const experimentArmsCheck: Check = {
  name: 'experiment arms',
  needs: 'offer',
  run: ({ offer }) => experimentFindings(offer),
};
