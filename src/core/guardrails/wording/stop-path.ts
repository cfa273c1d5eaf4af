/** What stop-path.ts's findings say (`missing-stop-path`, and `stacked-retreat` for a re-ask after "Not now"). */
export const STOP_PATH_WORDING = {
  stopRemoved: (value: string) =>
    `\`stop\` is ${value}: the stop path cannot be removed. Leave \`stop\` out to show the default "Not now", or give it a neutral label.`,
  stopHidden: (key: string) =>
    `\`stop.${key}\` hides the stop path: "Not now" must be visible in every state, as a real button. Remove \`${key}\`.`,
  stopReask: (key: string) =>
    `\`stop.${key}\` asks again after "Not now": a stop is final, the widget confirms it and asks nothing more. Remove \`${key}\`.`,
  topStopRemoved: (key: string) =>
    `\`${key}\` removes the stop path: "Not now" must be visible in every state. Remove \`${key}\`.`,
  stopShamed: () =>
    '`stop.label` shames the visitor for stopping: a stop path must carry no penalty. Use neutral words such as "Not now".',
};
