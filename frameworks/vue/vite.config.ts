import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { appConfig } from '../vite.shared.js';

export default defineConfig(
  appConfig('vue', [
    // Without this Vue tries to resolve <fair-offer> as a Vue component and warns.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'fair-offer' } } }),
  ]),
);
