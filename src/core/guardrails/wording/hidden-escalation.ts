/** What hidden-escalation.ts's findings say. */
export const HIDDEN_ESCALATION_WORDING = {
  renewsByWords: () => 'says it renews (in its words, although `renewal.auto` is false) while the full option does not',
  renewsByFlag: () => 'renews automatically while the full option does not',
  chargedEvery: (period: string) => `is charged every ${period} while the full option is a one-off payment`,
  addsFees: (retreatFees: number, fullFees: number, currency: string) =>
    `adds fees (${retreatFees} vs ${fullFees} ${currency})`,
  widerAccess: (retreatLevel: string, fullLevel: string) =>
    `needs wider data access ("${retreatLevel}" vs "${fullLevel}")`,
  undeclaredEscalation: (path: string, what: string, kind: string) =>
    `\`${path}\` ${what}, without declaring it: add "${kind}" to \`${path}.escalations\` and explain it in \`${path}.notice\` (shown beside its button), or remove the difference.`,
  escalationWithoutNotice: (path: string, what: string) =>
    `\`${path}\` ${what}, but has no \`notice\`: add one that says so; the widget shows it beside the retreat's button.`,
};
