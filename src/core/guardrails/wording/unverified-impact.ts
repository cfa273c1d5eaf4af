/** What unverified-impact.ts's finding says. */
export const UNVERIFIED_IMPACT_WORDING = {
  unverifiedImpact: (path: string) =>
    `\`${path}.impact\` claims an impact without a verification link: add \`impact.verificationUrl\` pointing at where the figure is published.`,
};
