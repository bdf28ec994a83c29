// The best of a few timed runs, in milliseconds: a busy machine only ever adds time, so the minimum is the least noisy
// figure. Shared by the linearity tests, the bench's hostile shapes and scripts/hostile-fuzz.ts.
export function bestTime(run: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
