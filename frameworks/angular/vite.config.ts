import { defineConfig } from 'vite';
import { appConfig } from '../vite.shared.js';

// Angular in JIT mode: no Angular plugin, the bundler only compiles the TypeScript decorators
// (experimentalDecorators in ./tsconfig.json) and @angular/compiler compiles the template in the browser.
// Why not AOT here: see docs/frameworks.md ("Angular").
export default defineConfig(appConfig('angular'));
