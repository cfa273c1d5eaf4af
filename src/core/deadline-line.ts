/**
 * The deadline line, "Until 31 March 2099, 19:00 CEST: the cohort starts in April". One place for the
 * element, the prerendered HTML and the one-page plan, so every visitor reads the same date: in the offer's
 * time zone (`deadline.timeZone`, UTC when the offer names none), never the browser's, with the zone named.
 * The date is written once: when the reason already names the day, the line gives only the time and zone.
 */
import type { Offer } from './offer-schema.js';
import { EN_STRINGS, fill, type Strings } from './strings.js';

/** The zone a deadline is shown in when the offer declares none: the same for every visitor. */
export const DEFAULT_DEADLINE_TIME_ZONE = 'UTC';

type Deadline = NonNullable<Offer['deadline']>;

/** True for a zone `Intl` accepts ("Europe/Berlin", "UTC"); the schema uses it to refuse a misspelt zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Intl can throw on a malformed locale tag: English then, never a broken page. */
function format(locale: string, options: Intl.DateTimeFormatOptions, date: Date): string {
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}

const normalise = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');

/** Does the reason already name the deadline's day (as "31 March", "March 31", "31.03." or "2099-03-31")? */
function reasonNamesTheDay(reason: string, at: Date, locale: string, timeZone: string): boolean {
  const said = normalise(reason);
  const ways = [
    format(locale, { day: 'numeric', month: 'long', timeZone }, at),
    format(locale, { day: 'numeric', month: 'short', timeZone }, at),
    format('en', { day: 'numeric', month: 'long', timeZone }, at),
    format(locale, { day: '2-digit', month: '2-digit', timeZone }, at),
    format('sv', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }, at), // ISO order: 2099-03-31
  ];
  return ways.some((way) => said.includes(normalise(way).replace(/\.$/, '')));
}

export function formatDeadline(deadline: Deadline, locale: string, s: Strings = EN_STRINGS): string {
  const at = new Date(deadline.at);
  const timeZone = deadline.timeZone ?? DEFAULT_DEADLINE_TIME_ZONE;
  if (Number.isNaN(at.getTime())) return fill(s.deadline, { date: deadline.at, reason: deadline.reason });
  const time: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' };
  const date = reasonNamesTheDay(deadline.reason, at, locale, timeZone)
    ? format(locale, time, at)
    : format(locale, { year: 'numeric', month: 'long', day: 'numeric', ...time }, at);
  return fill(s.deadline, { date, reason: deadline.reason });
}
