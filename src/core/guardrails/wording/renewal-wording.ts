/** What renewal-wording.ts's findings say (`undisclosed-difference` when the words and the flag disagree). */
export const RENEWAL_WORDING_WORDING = {
  saysNoRenewal: (here: string, text: string, path: string) =>
    `\`${here}\` says it does not renew (${text}), but \`${path}.terms.renewal.auto\` is true and the widget shows "Renews automatically" beside the button: make the words and the flag agree.`,
  saysRenewal: (here: string, text: string, path: string) =>
    `\`${here}\` says it renews or keeps charging (${text}), but \`${path}.terms.renewal.auto\` is false and the widget shows "Does not renew" beside the button: set \`renewal.auto: true\` (and declare it if the full option does not renew), or change the words.`,
};
