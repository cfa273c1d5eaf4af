/**
 * Timings for bench:copy that need care to be honest on a shared machine: the first call in fresh processes, and
 * validateOffer warm (enough calls for the optimising compiler to have run, and a median of batches).
 *
 * The first call is judged by the process's CPU time, which also counts V8's background threads (the optimising
 * compiler, the garbage collector's helpers) that run beside the call: a conservative figure. The wall clock is
 * printed beside it; on a loaded machine it also counts other processes' turns. (Node 20 has no per-thread CPU
 * clock; /proc/thread-self/schedstat is only updated at scheduler ticks, too coarse for a 10 ms call.)
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const processCpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

export interface FirstCall {
  importMs: number;
  wallMs: number;
  processMs: number;
}

/** In the child process: import fair-offer/core, then one check; prints the timings as JSON. */
export async function firstCallChild(locale: string): Promise<void> {
  const t0 = performance.now();
  const core = await import('../src/core/index.js');
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  core.checkCopy("No thanks, I'd rather pay full price. Only 2 left!", { role: 'decline', locale });
  const processMs = processCpuMs(cpu0);
  const wallMs = performance.now() - t1;
  console.log(JSON.stringify({ importMs: t1 - t0, wallMs, processMs } satisfies FirstCall));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The median of each timing over `runs` fresh processes running `script --first-call <locale>`. */
export function firstCallMedian(script: string, locale: string, runs: number): FirstCall & { runs: number } {
  const results: FirstCall[] = [];
  for (let run = 0; run < runs; run++)
    results.push(
      JSON.parse(
        execFileSync(process.execPath, [...process.execArgv, script, '--first-call', locale], { encoding: 'utf8' }),
      ) as FirstCall,
    );
  const of = (key: keyof FirstCall) => median(results.map((r) => r[key]));
  return { importMs: of('importMs'), wallMs: of('wallMs'), processMs: of('processMs'), runs };
}

/**
 * Milliseconds of CPU per call of `run`, warm: `warm` calls first (the optimising compiler needs a few hundred),
 * then the median of `batches` batches of `size` calls, so one garbage collection or one other process's burst
 * does not decide the figure.
 */
export function warmCallMs(run: () => unknown, { warm = 400, batches = 9, size = 100 } = {}): number {
  for (let i = 0; i < warm; i++) run();
  const perCall: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < size; i++) run();
    perCall.push(processCpuMs(cpu0) / size);
  }
  return median(perCall);
}
