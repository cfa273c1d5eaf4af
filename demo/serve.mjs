#!/usr/bin/env node
// `npm start`: the demo's Vite dev server, stopped cleanly on Ctrl+C (SIGINT) or SIGTERM: the server closes its
// port and watchers, says so, and the process exits 0 (so npm reports no failure and the shell prompt comes back
// after the server is gone, not before). Arguments are Vite's: `npm start -- --port 5174`.
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    strictPort: { type: 'boolean' },
    open: { type: 'boolean' },
  },
});
const server = await createServer({
  configFile: new URL('./vite.config.ts', import.meta.url).pathname,
  server: {
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values.host ? { host: values.host } : {}),
    ...(values.strictPort ? { strictPort: true } : {}),
    ...(values.open ? { open: true } : {}),
  },
});
await server.listen();
server.printUrls();
console.log('  Press Ctrl+C to stop.');

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  try {
    await server.close();
    console.log(`\nDemo server stopped (${signal}).`);
    process.exit(0);
  } catch (err) {
    console.error(`\nDemo server did not close cleanly: ${err?.message ?? err}`);
    process.exit(1);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
