/** What option-count.ts's findings say (`stacked-retreat`, `too-many-options`). */
export const OPTION_COUNT_WORDING = {
  fullList: (count: number) => `\`full\` lists ${count} options: give one recommended option as an object.`,
  retreatList: (count: number) =>
    `\`retreat\` lists ${count} retreats: a visitor is shown one retreat only. Keep one; use \`retreatFor\` (per constraint) or \`retreatVariants\` (experiments) for alternatives.`,
  retreatForList: (key: string, count: number) =>
    `\`retreatFor.${key}\` lists ${count} retreats: give one retreat per constraint.`,
  anotherRetreat: (key: string) =>
    `\`${key}\` adds another retreat: a visitor is shown one retreat only. Remove it, or use \`retreatFor\` / \`retreatVariants\` so each visitor still sees one.`,
  moreOptions: (key: string, count: number) =>
    `\`${key}\` adds ${count} more option${count === 1 ? '' : 's'}: an offer has two options (full and retreat) plus the stop path. Remove it.`,
  nestedOption: (path: string) => `\`${path}\` nests another option: a visitor is shown one retreat only. Remove it.`,
  optionCount: (count: number) =>
    `The offer has ${count} options: give exactly two (full and retreat) plus the stop path.`,
};
