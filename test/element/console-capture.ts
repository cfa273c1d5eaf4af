/**
 * The one console spy of the browser tests: replaces `console[method]` with a recorder until `restore()`.
 * Use it in try/finally (or beforeEach/afterEach) so a failing test never leaves the console silenced.
 */
export function captureConsole(method: 'error' | 'warn' | 'info' | 'log') {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => void calls.push(args);
  return {
    /** The arguments of each call, in order. */
    calls,
    /** The calls whose first argument mentions `text`. */
    mentioning: (text: string) => calls.filter((args) => String(args[0]).includes(text)),
    restore: () => {
      console[method] = original;
    },
  };
}
