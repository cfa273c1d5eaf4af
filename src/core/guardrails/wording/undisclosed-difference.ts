/** What undisclosed-difference.ts's findings say. */
export const UNDISCLOSED_DIFFERENCE_WORDING = {
  placeholderTerm: (path: string, text: string, term: string) =>
    `\`${path}\` is a placeholder (${text}): state the ${term} in words the buyer can compare with the other option.`,
};
