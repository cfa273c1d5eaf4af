/**
 * `fair-offer render <offer.json> [--mode] [--locale] [--lang] [--visitor-id] [--arm]`: prints the offer
 * prerendered (fair-offer/ssr) for a static page or a build step. The guardrails run first, as in `lint`.
 * Exit 0: the HTML is on stdout; 1: the offer was refused (findings on stderr); 2: unreadable input or usage error,
 * or the optional dependency @lit-labs/ssr is missing.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Finding } from '../core/finding.js';
import { MODES, type Mode } from '../core/sequence.js';
import type { Io } from './lint-types.js';

export const RENDER_USAGE = `Usage: fair-offer render <offer.json> [options]

Prints <fair-offer> prerendered as static HTML (declarative shadow DOM, the offer as its JSON child, a
light-DOM fallback). Load the standalone script after it and the element adopts the markup.
  --mode sequential|side-by-side
  --locale <tag>       override the offer's locale (prices, dates and strings)
  --lang <tag>         the element's lang attribute (the strings' language when the offer has no locale)
  --visitor-id <id>    assign the experiment arm from this id on the server (the browser agrees)
  --arm <name>         show this experiment arm (your server assigned it)
Exit codes: 0 printed, 1 refused by the guardrails (findings on stderr), 2 unreadable input or usage error.
`;

/**
 * Loaded at run time, not bundled: @lit-labs/ssr is optional, and the renderer must share the one Lit it loads.
 * From the bundle dist/cli.js that is dist/ssr/index.js; from this source file, src/ssr/index.ts (through tsx).
 */
const SSR_MODULE = import.meta.url.endsWith('/dist/cli.js') ? './ssr/index.js' : '../ssr/index.js';

function listFindings(findings: readonly Finding[]): string {
  return findings
    .map(
      (finding) =>
        `  ${finding.severity} [${finding.rule}]${finding.path ? ` ${finding.path}:` : ''} ${finding.message}\n`,
    )
    .join('');
}

export async function runRender(args: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        mode: { type: 'string' },
        locale: { type: 'string' },
        lang: { type: 'string' },
        'visitor-id': { type: 'string' },
        arm: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`fair-offer render: ${(error as Error).message}\n\n${RENDER_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(RENDER_USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`fair-offer render: give exactly one offer file\n\n${RENDER_USAGE}`);
    return 2;
  }
  if (values.mode !== undefined && !MODES.includes(values.mode as Mode)) {
    io.stderr(`fair-offer render: --mode must be one of ${MODES.join(', ')}, not "${values.mode}"\n`);
    return 2;
  }
  const file = positionals[0]!;
  let offer: unknown;
  try {
    offer = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    io.stderr(`fair-offer render: ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  let ssr: typeof import('../ssr/index.js');
  try {
    ssr = (await import(SSR_MODULE)) as typeof import('../ssr/index.js');
  } catch (error) {
    io.stderr(
      `fair-offer render needs the optional dependency @lit-labs/ssr (npm install @lit-labs/ssr): ${(error as Error).message}\n`,
    );
    return 2;
  }
  try {
    const html = ssr.renderOffer(offer, {
      mode: values.mode as Mode | undefined,
      locale: values.locale,
      lang: values.lang,
      visitorId: values['visitor-id'],
      arm: values.arm,
    });
    io.stdout(`${html}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ssr.OfferRefusedError) {
      io.stderr(
        `fair-offer render: ${file}: the offer was refused; nothing was rendered. Fix:\n${listFindings(error.findings)}`,
      );
      return 1;
    }
    throw error;
  }
}
