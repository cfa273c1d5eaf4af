import { fileURLToPath } from 'node:url';
import type { PluginOption, UserConfig } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));

/**
 * Where `fair-offer` and `fair-offer/define` resolve to. Defaults to the sources, as a consumer of the
 * package would see them; FAIR_OFFER_DEFINE / FAIR_OFFER_INDEX point the apps at a built `dist/` instead.
 */
const defineEntry = process.env.FAIR_OFFER_DEFINE ?? `${repo}src/define.ts`;
const indexEntry = process.env.FAIR_OFFER_INDEX ?? `${repo}src/index.ts`;

/** One Vite config per framework app; only the plugin differs. */
export function appConfig(app: string, plugins: PluginOption[] = [], extra: UserConfig = {}): UserConfig {
  return {
    root: fileURLToPath(new URL(`./${app}/`, import.meta.url)),
    base: './',
    plugins,
    logLevel: 'warn',
    resolve: {
      alias: [
        { find: /^fair-offer\/define$/, replacement: defineEntry },
        { find: /^fair-offer$/, replacement: indexEntry },
      ],
    },
    build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
    ...extra,
  };
}
