/**
 * The `fair-offer` command. bin/fair-offer.js calls `main` (from dist/cli.js in the published package,
 * from this source via tsx in the repository). No side effects on import, so the bundle can be tested.
 */
import { VERSION } from '../core/version.js';
import { runLint, type Io } from './lint.js';

export const USAGE = `fair-offer ${VERSION}

Usage:
  fair-offer lint <files, directories or globs...> [--format text|json|sarif]
      Check offer files with the widget's guardrails. Exit 0: no errors, 1: errors, 2: unreadable input.
  fair-offer analyze <events.jsonl> [options]
      Summarise recorded offer events (run "fair-offer analyze --help").
  fair-offer --version
`;

const processIo: Io = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
};

export async function main(args: readonly string[] = process.argv.slice(2), io: Io = processIo): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'lint':
      return runLint(rest, io);
    case 'analyze': {
      // Loaded on demand: lint users never pay for the analyzer.
      const { runAnalyze } = await import('./analyze.js');
      return runAnalyze([...rest], io);
    }
    case '--version':
    case '-v':
      io.stdout(`${VERSION}\n`);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.stderr(`fair-offer: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
      return 2;
  }
}
