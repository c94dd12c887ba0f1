// The watch session's timing, with a clock the test moves: a burst of events is one
// rebuild, changes during a rebuild are one more, never two at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rebuildScheduler } from '../../src/watch/schedule.js';

/** A rebuild the test finishes by hand, recording what each one was told. */
function controlledRebuilds() {
  const calls: string[][] = [];
  const finishers: (() => void)[] = [];
  let running = 0;
  let overlapped = false;
  const rebuild = (changed: readonly string[]): Promise<void> => {
    calls.push([...changed]);
    if (++running > 1) overlapped = true;
    return new Promise<void>((done) => finishers.push(() => {
      running--;
      done();
    }));
  };
  return { rebuild, calls, finish: () => finishers.shift()!(), overlapped: () => overlapped };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('rebuildScheduler', () => {
  it('turns a burst of events (an editor saving) into one rebuild with every path', async () => {
    const r = controlledRebuilds();
    const scheduler = rebuildScheduler(r.rebuild, { quietMs: 40 });
    scheduler.notify('narrative/problems.md');
    await vi.advanceTimersByTimeAsync(10);
    scheduler.notify('narrative/.problems.md.swp');
    scheduler.notify('narrative/problems.md');
    await vi.advanceTimersByTimeAsync(39);
    expect(r.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(r.calls).toEqual([['narrative/.problems.md.swp', 'narrative/problems.md']]);
    r.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(r.calls).toHaveLength(1);
  });

  it('queues exactly one more rebuild for any number of changes during a rebuild', async () => {
    const r = controlledRebuilds();
    const scheduler = rebuildScheduler(r.rebuild, { quietMs: 40 });
    scheduler.notify('a.yaml');
    await vi.advanceTimersByTimeAsync(40);
    expect(r.calls).toEqual([['a.yaml']]);
    scheduler.notify('b.yaml');
    await vi.advanceTimersByTimeAsync(100);
    scheduler.notify('c.yaml');
    await vi.advanceTimersByTimeAsync(100);
    expect(r.calls).toHaveLength(1);
    r.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(r.calls).toEqual([['a.yaml'], ['b.yaml', 'c.yaml']]);
    r.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(r.calls).toHaveLength(2);
    expect(r.overlapped()).toBe(false);
  });

  it('waits for the quiet time of a change that came in just before a rebuild ended', async () => {
    const r = controlledRebuilds();
    const scheduler = rebuildScheduler(r.rebuild, { quietMs: 40 });
    scheduler.notify('a.yaml');
    await vi.advanceTimersByTimeAsync(40);
    scheduler.notify('b.yaml');
    await vi.advanceTimersByTimeAsync(10);
    r.finish();
    await vi.advanceTimersByTimeAsync(29);
    expect(r.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(r.calls).toEqual([['a.yaml'], ['b.yaml']]);
  });

  it('runs the first build at once, and changes during it afterwards', async () => {
    const r = controlledRebuilds();
    const scheduler = rebuildScheduler(r.rebuild, { quietMs: 40 });
    scheduler.now();
    expect(r.calls).toEqual([[]]);
    scheduler.notify('report.yaml');
    await vi.advanceTimersByTimeAsync(500);
    expect(r.calls).toHaveLength(1);
    r.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(r.calls).toEqual([[], ['report.yaml']]);
  });

  it('starts nothing after close, and close waits for the rebuild under way', async () => {
    const r = controlledRebuilds();
    const scheduler = rebuildScheduler(r.rebuild, { quietMs: 40 });
    scheduler.notify('a.yaml');
    await vi.advanceTimersByTimeAsync(40);
    scheduler.notify('b.yaml');
    let closed = false;
    void scheduler.close().then(() => (closed = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(closed).toBe(false);
    r.finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(closed).toBe(true);
    expect(r.calls).toEqual([['a.yaml']]);
  });
});
