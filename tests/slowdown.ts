// How much longer than on a quiet two-core machine the tests may take. Every timeout in the
// browser tests (and the long unit tests) is a figure for a quiet machine times this factor, so a
// slow or busy machine gets more time instead of failing. Set it with TEST_SLOWDOWN=3; without it,
// it follows the machine: one core for the tests doubles it, and a busy machine raises it.
import { availableParallelism, cpus, loadavg } from 'node:os';

/** The highest factor chosen without TEST_SLOWDOWN (a stuck test still fails within minutes). */
export const MAX_AUTO_SLOWDOWN = 4;

/** What the factor depends on. */
export interface Machine {
  /** The value of TEST_SLOWDOWN, if any. */
  setting: string | undefined;
  /** Cores this process may run on (1 under `taskset -c 0`). */
  cores: number;
  /** Cores in the machine. */
  cpus: number;
  /** The machine's load average over the last minute. */
  load: number;
}

/**
 * The timeout factor for `machine`: TEST_SLOWDOWN when set (a number of 1 or more), otherwise 2
 * on a single core and the load per core on a busy machine, whichever is larger, between 1 and
 * MAX_AUTO_SLOWDOWN, to one decimal.
 */
export function slowdownFor({ setting, cores, cpus: cpuCount, load }: Machine): number {
  if (setting !== undefined && setting.trim() !== '') {
    const factor = Number(setting);
    if (!Number.isFinite(factor) || factor < 1) {
      throw new Error(`TEST_SLOWDOWN must be a number of 1 or more, such as 2 or 1.5, not "${setting}".`);
    }
    return factor;
  }
  const oneCore = cores < 2 ? 2 : 1;
  const busy = load / Math.max(1, cpuCount);
  return Math.round(Math.min(MAX_AUTO_SLOWDOWN, Math.max(1, oneCore, busy)) * 10) / 10;
}

/** The factor for this run. */
export const SLOWDOWN = slowdownFor({
  setting: process.env.TEST_SLOWDOWN,
  cores: availableParallelism(),
  cpus: cpus().length,
  load: loadavg()[0] ?? 0,
});
// Playwright's workers start later, when this run's own load counts too: they inherit the
// factor chosen at the start, so every process of the run uses the same timeouts.
process.env.TEST_SLOWDOWN = String(SLOWDOWN);

/** `ms` on a quiet machine, scaled to this one. */
export const scaled = (ms: number): number => Math.round(ms * SLOWDOWN);

/** A browser test's timeout on a quiet machine. */
export const TEST_TIMEOUT_MS = 30_000;
/** How long an expectation waits on a quiet machine. */
export const EXPECT_TIMEOUT_MS = 10_000;

/** The timeout of a test that does `count` pieces of work of about `msEach` each (on a quiet machine), scaled. */
export const timeoutFor = (count: number, msEach: number): number => scaled(TEST_TIMEOUT_MS + count * msEach);
