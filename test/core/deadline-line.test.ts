import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Every check group, as fair-offer/core registers them (the browser loads each on demand).
import '../../src/core/register-all.js';
import { formatDeadline } from '../../src/core/deadline-line.js';
import { stringsFor } from '../../src/core/locales/all.js';
import type { Offer } from '../../src/core/offer-schema.js';
import { renderPlan } from '../../src/core/plan.js';
import { validateOffer } from '../../src/core/validate-offer.js';

const at = '2099-03-31T17:00:00Z';
const reason = 'the pilot cohort starts in April';

describe('the deadline line (issue 12 item 6)', () => {
  it("shows the date once, in the offer's time zone, with the zone named", () => {
    expect(formatDeadline({ at, reason, timeZone: 'Europe/Berlin' }, 'en-GB')).toBe(
      'Until 31 March 2099 at 19:00 CEST: the pilot cohort starts in April',
    );
    expect(formatDeadline({ at, reason, timeZone: 'America/New_York' }, 'en-US')).toBe(
      'Until March 31, 2099 at 1:00 PM EDT: the pilot cohort starts in April',
    );
    expect(formatDeadline({ at, reason, timeZone: 'Europe/Berlin' }, 'de-DE', stringsFor('de'))).toBe(
      'Bis 31. März 2099 um 19:00 MESZ: the pilot cohort starts in April',
    );
  });

  it('uses UTC, named, when the offer declares no zone: every visitor reads the same date', () => {
    expect(formatDeadline({ at, reason }, 'en-GB')).toBe(
      'Until 31 March 2099 at 17:00 UTC: the pilot cohort starts in April',
    );
  });

  it('when the reason already names the day, the line gives only the time and zone', () => {
    expect(
      formatDeadline({ at, reason: 'the early-bird price ends on 31 March', timeZone: 'Europe/London' }, 'en-GB'),
    ).toBe('Until 18:00 BST: the early-bird price ends on 31 March');
    expect(
      formatDeadline({ at, reason: 'Frühbucherpreis bis 31. März', timeZone: 'Europe/Berlin' }, 'de', stringsFor('de')),
    ).toBe('Bis 19:00 MESZ: Frühbucherpreis bis 31. März');
    expect(formatDeadline({ at, reason: 'prices change after 2099-03-31' }, 'en')).toMatch(/^Until 5:00\s?PM UTC: /);
  });

  it('the one-page plan writes the same line', () => {
    const offer = JSON.parse(readFileSync('examples/offers/saas-pilot.json', 'utf8')) as Offer;
    offer.deadline = { at, reason, timeZone: 'Europe/Berlin' };
    expect(renderPlan(offer, { format: 'text', locale: 'en-GB' })).toContain(
      'Until 31 March 2099 at 19:00 CEST: the pilot cohort starts in April',
    );
  });

  it('the schema refuses a zone Intl does not know, naming the field', () => {
    const offer = JSON.parse(readFileSync('examples/offers/saas-pilot.json', 'utf8'));
    offer.deadline = { at, reason, timeZone: 'Europe/Berlinn' };
    const result = validateOffer(offer, { now: new Date('2026-01-01T00:00:00Z') });
    expect(result.ok).toBe(false);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        rule: 'invalid-offer',
        path: 'deadline.timeZone',
        message: expect.stringMatching(/IANA time zone/),
      }),
    );
    offer.deadline.timeZone = 'Europe/Berlin';
    expect(validateOffer(offer, { now: new Date('2026-01-01T00:00:00Z') }).ok).toBe(true);
  });
});
