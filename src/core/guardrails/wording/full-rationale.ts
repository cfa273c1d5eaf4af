/** What full-rationale.ts's finding says (`unjustified-full`). */
export const FULL_RATIONALE_WORDING = {
  noRationale: () =>
    "The full option has no `rationale`: say why it is worth it in the buyer's outcomes and risks before asking for it.",
};
