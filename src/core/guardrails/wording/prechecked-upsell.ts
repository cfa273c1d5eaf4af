/** What prechecked-upsell.ts's findings say. */
export const PRECHECKED_UPSELL_WORDING = {
  addOnPreselected: (addOn: string, key: string, value: string | undefined) =>
    `Add-on ${addOn} is selected by default (\`${key}: ${value}\`): the visitor must opt in. Remove \`${key}\`${key === 'selected' ? ' or set it to false' : ''}.`,
  recurringOnByDefault: (path: string) =>
    `\`${path}\` turns a recurring option on by default: recurring payments are opt-in. Remove it or set it to false.`,
};
