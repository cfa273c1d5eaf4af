/** What retreat-size.ts's findings say (`retreat-not-smaller`). */
export const RETREAT_SIZE_WORDING = {
  runsOngoing: (fullDays: number | undefined) =>
    `runs until the visitor stops (time.ongoing) while the full option ends after ${fullDays} days`,
  takesLonger: (retreatDays: number | undefined, fullDays: number | undefined) =>
    `takes ${retreatDays} days, longer than the full option's ${fullDays}`,
  longerRetreat: (path: string, what: string) =>
    `\`${path}\` ${what}: a retreat that costs or binds the visitor must not ask for more time. Shorten it.`,
  notSmaller: (path: string, sameCurrency: boolean) =>
    `\`${path}\` is not smaller than the full option: make it shorter (time.days), cheaper in total commitment or per period` +
    `${sameCurrency ? '' : ' (in the same currency, so the two can be compared)'}, narrower in data access, or not auto-renewing.`,
};
