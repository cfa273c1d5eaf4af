import { fileURLToPath } from 'node:url';
import type { Plugin, PluginOption, UserConfig } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));

/**
 * Where `fair-offer` and `fair-offer/define` resolve to. Defaults to the sources, as a consumer of the
 * package would see them; FAIR_OFFER_DEFINE / FAIR_OFFER_INDEX point the apps at a built `dist/` instead.
 */
const defineEntry = process.env.FAIR_OFFER_DEFINE ?? `${repo}src/define.ts`;
const indexEntry = process.env.FAIR_OFFER_INDEX ?? `${repo}src/index.ts`;

/**
 * Resolves `fair-offer/define` to its entry and keeps it as a side effect. An alias alone is not enough:
 * package.json declares only the dist files as side effects, so the bundler would drop `src/define.ts`
 * (and with it the registration) from a bare `import 'fair-offer/define'`.
 */
function fairOfferDefine(): Plugin {
  return {
    name: 'fair-offer-define',
    enforce: 'pre',
    resolveId(source) {
      return source === 'fair-offer/define' ? { id: defineEntry, moduleSideEffects: true } : null;
    },
  };
}

/** One Vite config per framework app; only the framework plugin differs. */
export function appConfig(app: string, plugins: PluginOption[] = [], extra: UserConfig = {}): UserConfig {
  return {
    root: fileURLToPath(new URL(`./${app}/`, import.meta.url)),
    base: './',
    plugins: [fairOfferDefine(), ...plugins],
    logLevel: 'warn',
    resolve: {
      alias: [{ find: /^fair-offer$/, replacement: indexEntry }],
    },
    build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
    ...extra,
  };
}
