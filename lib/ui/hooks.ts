// Small shared hooks.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

/**
 * `value`, updated only after it has stayed the same for `ms` (search boxes); `ms` 0: at once.
 * The wait starts as the value changes (a layout effect: not a frame later, after paint).
 */
export function useDebounced<V>(value: V, ms: number): V {
  const [settled, setSettled] = useState(value);
  useLayoutEffect(() => {
    if (ms <= 0 || Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms, settled]);
  return ms <= 0 ? value : settled;
}

/**
 * `value`, passed on in a later task once the browser is idle (after it has painted the change
 * that brought the value): slow work over it (charts) never lengthens that change's own task.
 * Values replaced before their turn are skipped.
 */
export function useDeferred<V>(value: V): V {
  const [late, setLate] = useState(value);
  useEffect(() => {
    if (Object.is(value, late)) return;
    const run = () => setLate(() => value);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: 250 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(run, 16);
    return () => clearTimeout(id);
  }, [value, late]);
  return late;
}
