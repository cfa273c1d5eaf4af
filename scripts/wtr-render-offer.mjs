// web-test-runner command `render-offer`: an offer prerendered by the real CLI (`fair-offer render`) in a child
// process, so browser tests hydrate exactly what a server would print. Payload: { offer, args? } → HTML string.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../bin/fair-offer.js', import.meta.url));

export function renderOfferPlugin() {
  return {
    name: 'render-offer',
    async executeCommand({ command, payload }) {
      if (command !== 'render-offer') return undefined;
      const dir = await mkdtemp(join(tmpdir(), 'fair-offer-wtr-'));
      try {
        const file = join(dir, 'offer.json');
        await writeFile(file, JSON.stringify(payload.offer));
        return await new Promise((resolve, reject) =>
          execFile(process.execPath, [cli, 'render', file, ...(payload.args ?? [])], (error, stdout, stderr) =>
            error ? reject(new Error(`fair-offer render failed: ${stderr || error.message}`)) : resolve(stdout),
          ),
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
