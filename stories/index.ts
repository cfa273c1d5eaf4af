/**
 * Every stories module, for the browser test that renders each story and runs axe on it.
 * test/core/stories-listed.test.ts fails when a `*.stories.ts` file is missing here, so no story goes unchecked.
 */
import * as states from './states.stories.js';
import * as scenarios from './scenarios.stories.js';
import * as themes from './themes.stories.js';
import * as experiments from './experiments.stories.js';

export const storyModules = {
  'states.stories.ts': states,
  'scenarios.stories.ts': scenarios,
  'themes.stories.ts': themes,
  'experiments.stories.ts': experiments,
} as const;
