/**
 * `undisclosed-difference` when an option's words and its `renewal.auto` flag disagree: the widget states the
 * flag beside the button ("Does not renew.") while the offer's own words say "renews every month" (or the
 * reverse). The renewal term is then disclosed two ways, and a visitor cannot tell which is true. The words
 * are read with the renewal word classes of every language the widget speaks (core/renewal-wording.ts).
 */
import type { Offer, OfferOption } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import { saysItDoesNotRenew, saysItRenews } from '../renewal-wording.js';
import type { Check } from './rule.js';
import { join, retreatSlots } from './untrusted-input.js';
import { say } from './wording.js';

/** The words that speak about renewal, relative to the option. */
function renewalWords(option: OfferOption): Array<[field: string, text: string]> {
  const words: Array<[string, string | undefined]> = [
    ['terms.renewal.detail', option.terms.renewal.detail],
    ['terms.renewal.cancel', option.terms.renewal.cancel],
    ['notice', option.notice],
  ];
  return words.filter((entry): entry is [string, string] => entry[1] !== undefined);
}

/** The renewal readers of one check's pass, each text read once: the same detail repeats under every option. */
export interface RenewalReader {
  renews(text: string): boolean;
  doesNotRenew(text: string): boolean;
}

export function renewalReader(): RenewalReader {
  const renews = new Map<string, boolean>();
  const doesNotRenew = new Map<string, boolean>();
  const memo = (seen: Map<string, boolean>, read: (text: string) => boolean) => (text: string) => {
    let answer = seen.get(text);
    if (answer === undefined) seen.set(text, (answer = read(text)));
    return answer;
  };
  return { renews: memo(renews, saysItRenews), doesNotRenew: memo(doesNotRenew, saysItDoesNotRenew) };
}

/** Where the option's words say it renews (or keeps charging), whatever its flag says. */
export function renewsByWording(option: OfferOption, reader: RenewalReader = renewalReader()): string | undefined {
  return renewalWords(option).find(([, text]) => reader.renews(text))?.[0];
}

export function renewalWordingFindings(offer: Offer): Finding[] {
  const findings: Finding[] = [];
  const reader = renewalReader();
  const options: Array<[string, OfferOption]> = [
    ['full', offer.full],
    ...(retreatSlots(offer) as Array<[string, OfferOption]>),
  ];
  for (const [path, option] of options) {
    const auto = option.terms.renewal.auto;
    for (const [field, text] of renewalWords(option)) {
      const contradicts = auto ? field !== 'terms.renewal.cancel' && reader.doesNotRenew(text) : reader.renews(text);
      if (!contradicts) continue;
      const here = join(path, field);
      findings.push({
        rule: 'undisclosed-difference',
        severity: 'error',
        path: here,
        message: say(auto ? 'saysNoRenewal' : 'saysRenewal', here, JSON.stringify(text), path),
      });
      break; // one finding per option: the first field that contradicts is enough to fix the flag
    }
  }
  return findings;
}

export const renewalWordingCheck: Check = {
  name: 'renewal wording',
  needs: 'offer',
  run: ({ offer }) => renewalWordingFindings(offer),
};
