/**
 * `hidden-escalation`: a retreat may add auto-renewal, a recurring charge, fees or wider data access than the
 * full option only if it declares each in `escalations` AND has a `notice`, which the element shows beside the
 * retreat's button. Renewal is read from the flag and from the words ("renews every month" with `auto: false`
 * renews), and a retreat billed every month or year while the full option is paid once is a recurring charge
 * whatever the flag says.
 */
import type { Escalation, Offer, OfferOption } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import type { Check, RuleInfo } from './rule.js';
import { join, retreatSlots } from './untrusted-input.js';
import { accessRank } from './retreat-size.js';
import { renewsByWording } from './renewal-wording.js';

interface Added {
  kind: Escalation;
  /** The field that shows the difference, relative to the option. */
  field: string;
  what: string;
}

/** Renews by its flag or by its words: "renews every month" with `auto: false` still renews. */
const renews = (o: OfferOption): boolean => o.terms.renewal.auto || renewsByWording(o) !== undefined;
/** Charged again every month or year: a recurring charge, whatever the renewal flag says. */
const recurringCharge = (o: OfferOption): boolean =>
  o.terms.price.period !== 'once' && (o.terms.price.amount > 0 || (o.terms.price.fees ?? 0) > 0);

function added(full: OfferOption, retreat: OfferOption): Added[] {
  const out: Added[] = [];
  if (renews(retreat) && !renews(full)) {
    const byWords = !retreat.terms.renewal.auto;
    out.push({
      kind: 'auto-renewal',
      field: byWords ? renewsByWording(retreat)! : 'terms.renewal.auto',
      what: byWords
        ? 'says it renews (in its words, although `renewal.auto` is false) while the full option does not'
        : 'renews automatically while the full option does not',
    });
  }
  // A retreat billed every month or year while the full option is paid once: an escalation even with `auto: false`.
  if (recurringCharge(retreat) && full.terms.price.period === 'once' && !renews(retreat)) {
    out.push({
      kind: 'recurring-charge',
      field: 'terms.price.period',
      what: `is charged every ${retreat.terms.price.period} while the full option is a one-off payment`,
    });
  }
  const fullFees = full.terms.price.fees ?? 0;
  const retreatFees = retreat.terms.price.fees ?? 0;
  if (retreatFees > fullFees) {
    out.push({
      kind: 'fees',
      field: 'terms.price.fees',
      what: `adds fees (${retreatFees} vs ${fullFees} ${retreat.terms.price.currency})`,
    });
  }
  if (accessRank(retreat) > accessRank(full)) {
    out.push({
      kind: 'data-access',
      field: 'terms.dataAccess.level',
      what: `needs wider data access ("${retreat.terms.dataAccess.level}" vs "${full.terms.dataAccess.level}")`,
    });
  }
  return out;
}

export function hiddenEscalationFindings(offer: Offer): Finding[] {
  const findings: Finding[] = [];
  for (const [path, retreat] of retreatSlots(offer) as Array<[string, OfferOption]>) {
    const escalations = added(offer.full, retreat);
    for (const e of escalations) {
      if (!retreat.escalations?.includes(e.kind)) {
        findings.push({
          rule: 'hidden-escalation',
          severity: 'error',
          path: join(path, e.field),
          message: `\`${path}\` ${e.what}, without declaring it: add "${e.kind}" to \`${path}.escalations\` and explain it in \`${path}.notice\` (shown beside its button), or remove the difference.`,
        });
      }
    }
    if (escalations.length > 0 && retreat.notice === undefined) {
      findings.push({
        rule: 'hidden-escalation',
        severity: 'error',
        path: join(path, 'notice'),
        message: `\`${path}\` ${escalations.map((e) => e.what).join(' and ')}, but has no \`notice\`: add one that says so; the widget shows it beside the retreat's button.`,
      });
    }
  }
  return findings;
}

export const hiddenEscalationRule = {
  id: 'hidden-escalation',
  severity: 'error',
  kind: 'structure',
  refuses:
    'A retreat that adds auto-renewal (by its flag or its words), a recurring charge, fees or wider data access than the full option without declaring it and showing it beside its button.',
  why: 'Seed: "no hidden access escalations, fees, or auto-renewals when switching options".',
  fix: "List the difference in the retreat's `escalations` and explain it in its `notice`, or remove it.",
  readme: 'rules',
} as const satisfies RuleInfo;

export const hiddenEscalationCheck: Check = {
  name: 'hidden escalation',
  needs: 'offer',
  run: ({ offer }) => hiddenEscalationFindings(offer),
};
