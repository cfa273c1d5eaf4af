/**
 * The `fair-offer` command. bin/fair-offer.js calls `main` (from dist/cli.js in the published package,
 * from this source via tsx in the repository). No side effects on import, so the bundle can be tested.
 */
import { parseArgs } from 'node:util';
import { VERSION } from '../core/version.js';
import type { Io } from './lint-types.js';

/** A subcommand: its usage lines for the overview, and its runner, loaded on demand (lint users never load the analyzer). */
interface Command {
  usage: string;
  load: () => Promise<(args: readonly string[], io: Io) => Promise<number>>;
}

/** Every subcommand, in the order `--help` lists them. A new command is one entry here and its own file. */
const COMMANDS: Record<string, Command> = {
  lint: {
    usage: `fair-offer lint <files, directories or globs...> [--format text|json|sarif] [--jurisdiction eu,de,...]
                 [--lang de] [--digest]
      Check offer files with the widget's guardrails (run "fair-offer lint --help"). Exit 0: no errors, 1: errors,
      2: unreadable input.`,
    load: async () => (await import('./lint.js')).runLint,
  },
  render: {
    usage: `fair-offer render <offer.json> [--mode side-by-side] [--locale de] [--lang de] [--visitor-id id] [--arm name]
      Print the offer prerendered as static HTML (run "fair-offer render --help"). Exit 0, 1: refused, 2: unreadable.`,
    load: async () => (await import('./render.js')).runRender,
  },
  analyze: {
    usage: `fair-offer analyze <events.jsonl> [options]
      Summarise recorded offer events (run "fair-offer analyze --help").`,
    load: async () => {
      const { runAnalyze } = await import('./analyze.js');
      return (args, io) => runAnalyze([...args], io);
    },
  },
};

export const USAGE = `fair-offer ${VERSION}

Usage:
${Object.values(COMMANDS)
  .map((command) => `  ${command.usage}\n`)
  .join('')}  fair-offer --version
`;

const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

export async function main(args: readonly string[] = process.argv.slice(2), io: Io = processIo): Promise<number> {
  const [name, ...rest] = args;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command) return (await command.load())(rest, io);
  if (name === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  // No command: only the global flags are allowed here; each command parses its own options.
  let flags;
  try {
    flags = parseArgs({
      args: [...args],
      options: { version: { type: 'boolean', short: 'v' }, help: { type: 'boolean', short: 'h' } },
    }).values;
  } catch {
    io.stderr(`fair-offer: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return 2;
  }
  if (flags.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  io.stdout(USAGE);
  return flags.help ? 0 : 2;
}
