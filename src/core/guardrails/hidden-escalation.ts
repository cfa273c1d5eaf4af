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
import { renewalReader, renewsByWording, type RenewalReader } from './renewal-wording.js';
import { say } from './wording.js';

interface Added {
  kind: Escalation;
  /** The field that shows the difference, relative to the option. */
  field: string;
  what: string;
}

/** Renews by its flag or by its words: "renews every month" with `auto: false` still renews. */
const renews = (o: OfferOption, reader: RenewalReader): boolean =>
  o.terms.renewal.auto || renewsByWording(o, reader) !== undefined;
/** Charged again every month or year: a recurring charge, whatever the renewal flag says. */
const recurringCharge = (o: OfferOption): boolean =>
  o.terms.price.period !== 'once' && (o.terms.price.amount > 0 || (o.terms.price.fees ?? 0) > 0);

function added(full: OfferOption, fullRenews: boolean, retreat: OfferOption, reader: RenewalReader): Added[] {
  const out: Added[] = [];
  const retreatRenews = renews(retreat, reader);
  if (retreatRenews && !fullRenews) {
    const byWords = !retreat.terms.renewal.auto;
    out.push({
      kind: 'auto-renewal',
      field: byWords ? renewsByWording(retreat, reader)! : 'terms.renewal.auto',
      what: say(byWords ? 'renewsByWords' : 'renewsByFlag'),
    });
  }
  // A retreat billed every month or year while the full option is paid once: an escalation even with `auto: false`.
  if (recurringCharge(retreat) && full.terms.price.period === 'once' && !retreatRenews) {
    out.push({
      kind: 'recurring-charge',
      field: 'terms.price.period',
      what: say('chargedEvery', retreat.terms.price.period),
    });
  }
  const fullFees = full.terms.price.fees ?? 0;
  const retreatFees = retreat.terms.price.fees ?? 0;
  if (retreatFees > fullFees) {
    out.push({
      kind: 'fees',
      field: 'terms.price.fees',
      what: say('addsFees', retreatFees, fullFees, retreat.terms.price.currency),
    });
  }
  if (accessRank(retreat) > accessRank(full)) {
    out.push({
      kind: 'data-access',
      field: 'terms.dataAccess.level',
      what: say('widerAccess', retreat.terms.dataAccess.level, full.terms.dataAccess.level),
    });
  }
  return out;
}

export function hiddenEscalationFindings(offer: Offer): Finding[] {
  const findings: Finding[] = [];
  const reader = renewalReader();
  const fullRenews = renews(offer.full, reader);
  for (const [path, retreat] of retreatSlots(offer) as Array<[string, OfferOption]>) {
    const escalations = added(offer.full, fullRenews, retreat, reader);
    for (const e of escalations) {
      if (!retreat.escalations?.includes(e.kind)) {
        findings.push({
          rule: 'hidden-escalation',
          severity: 'error',
          path: join(path, e.field),
          message: say('undeclaredEscalation', path, e.what, e.kind),
        });
      }
    }
    if (escalations.length > 0 && retreat.notice === undefined) {
      findings.push({
        rule: 'hidden-escalation',
        severity: 'error',
        path: join(path, 'notice'),
        message: say('escalationWithoutNotice', path, escalations.map((e) => e.what).join(' and ')),
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
