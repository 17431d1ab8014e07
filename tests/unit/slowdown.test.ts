import { describe, expect, it } from 'vitest';
import { MAX_AUTO_SLOWDOWN, slowdownFor } from '../slowdown';

const quiet = { setting: undefined, cores: 2, cpus: 2, load: 0.3 };

describe('slowdownFor', () => {
  it('is 1 on a quiet machine with two cores', () => {
    expect(slowdownFor(quiet)).toBe(1);
  });

  it('doubles the timeouts when the tests may use one core only (taskset -c 0)', () => {
    expect(slowdownFor({ ...quiet, cores: 1 })).toBe(2);
  });

  it('follows the load per core on a busy machine, to one decimal', () => {
    expect(slowdownFor({ ...quiet, load: 5 })).toBe(2.5);
    expect(slowdownFor({ ...quiet, cpus: 8, cores: 8, load: 12.4 })).toBe(1.6);
  });

  it('never goes past the ceiling on its own, however busy the machine', () => {
    expect(slowdownFor({ ...quiet, load: 40 })).toBe(MAX_AUTO_SLOWDOWN);
  });

  it('takes TEST_SLOWDOWN as given, even above the ceiling or on a single core', () => {
    expect(slowdownFor({ ...quiet, setting: '6' })).toBe(6);
    expect(slowdownFor({ ...quiet, cores: 1, load: 9, setting: '1' })).toBe(1);
    expect(slowdownFor({ ...quiet, setting: ' 1.5 ' })).toBe(1.5);
  });

  it('ignores an empty TEST_SLOWDOWN', () => {
    expect(slowdownFor({ ...quiet, cores: 1, setting: '' })).toBe(2);
  });

  it('refuses a TEST_SLOWDOWN that is not a number of 1 or more, saying what it wants', () => {
    for (const setting of ['fast', '0.5', '0', '-2', 'Infinity']) {
      expect(() => slowdownFor({ ...quiet, setting })).toThrow(
        `TEST_SLOWDOWN must be a number of 1 or more, such as 2 or 1.5, not "${setting}".`,
      );
    }
  });
});
