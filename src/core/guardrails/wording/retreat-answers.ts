/** What retreat-answers.ts's findings say (`retreat-invalid`). */
export const RETREAT_ANSWERS_WORDING = {
  noStillAnswers: (path: string) =>
    `\`${path}\` does not say what decision it still answers: add \`stillAnswers\` ("Same KPIs, fewer variables: it still tells you ...").`,
  sameTerms: (path: string) =>
    `\`${path}\` has exactly the full option's terms: a retreat must be a smaller option. Trim its scope, time, price or access.`,
  sameId: (path: string, id: string) =>
    `\`${path}.id\` is the full option's id ${id}: events and receipts could not tell the two apart. Give it its own id.`,
};
