import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { appConfig } from '../vite.shared.js';

export default defineConfig(appConfig('svelte', [svelte()]));
