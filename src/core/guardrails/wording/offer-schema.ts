/**
 * What each structure issue says: the offer model's own messages (offer-schema.ts names them by key). Nothing is
 * imported from offer-schema.ts: a chunk importing that file alone makes the bundler split the schema out of the
 * first-paint file.
 */
export const OFFER_SCHEMA_WORDING = {
  text: (what: string) => `${what} must be text`,
  empty: (what: string) => `${what} must not be empty`,
  textTooLong: (what: string, max: number) => `${what} is longer than ${max} characters: shorten it`,
  urlText: (what: string) => `${what} must be a URL string`,
  urlTooLong: (what: string) => `${what} is too long`,
  urlAbsolute: (what: string) => `${what} must be an absolute URL`,
  urlScheme: (what: string) => `${what} must start with https: or http:`,
  amountNumber: () => 'price.amount must be a number',
  amountMin: () => 'price.amount must be 0 or more',
  currency: () => 'price.currency must be a three-letter ISO 4217 code such as "EUR"',
  period: () => 'price.period must be "once", "month" or "year"',
  daysNumber: () => 'time.days must be a number',
  ongoingBoolean: () => 'time.ongoing must be true or false',
  daysOrOngoing: () =>
    'give time.days (the calendar time in days), or time.ongoing: true for a commitment that runs until the visitor stops',
  notBothDaysAndOngoing: () => 'time.ongoing: true has no length in days: remove time.days (or ongoing)',
  accessLevel: () => 'dataAccess.level must be "none", "read", "write" or "admin"',
  renewalAuto: () => 'renewal.auto must be true or false',
  optionId: () => 'option id must be 1-64 letters, digits, "-" or "_"',
  addOnId: () => 'add-on id must be 1-64 letters, digits, "-" or "_"',
  selected: () => 'selected must be false or left out: the visitor opts in',
  armName: () => 'arm name must be 1-64 letters, digits, "-" or "_"',
  armKind: () => 'arm kind must be "rtr", "small-only" or "full-only"',
  idText: () => 'id must be text',
  idShape: () => 'id must be 1-128 letters, digits, ".", ":", "-" or "_"',
  successCriteria: () => 'give at least one success criterion',
  deadlineAt: () => 'deadline.at must be an ISO 8601 date-time with a time zone, e.g. "2026-12-31T23:59:00Z"',
  timeZone: () => 'deadline.timeZone must be an IANA time zone such as "Europe/Berlin" or "UTC"',
  jurisdictions: (list: string) => `jurisdictions must be ${list}`,
  withdrawalDays: () => 'withdrawal.days must be a number',
};
