/** What past-deadline.ts's finding says (`false-urgency` for a deadline already past). */
export const PAST_DEADLINE_WORDING = {
  pastDeadline: (at: string) =>
    `The deadline ${at} has passed: remove \`deadline\` (and any urgency copy) or set the real future date.`,
};
