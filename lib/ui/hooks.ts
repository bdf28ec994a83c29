// Small shared hooks.
import { useEffect, useState } from 'preact/hooks';

/** `value`, updated only after it has stayed the same for `ms` (search boxes). */
export function useDebounced<V>(value: V, ms: number): V {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms, settled]);
  return settled;
}
