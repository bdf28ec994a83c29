// Components that skip re-rendering when their props are the same (shallow), as preact/compat's
// memo does, without compat (which changes Preact's event handling for the whole page). Context
// changes (the language) still re-render them.
import { Component, h, type FunctionComponent } from 'preact';
import { useMemo, useRef } from 'preact/hooks';

export function pure<P extends object>(Inner: FunctionComponent<P>): FunctionComponent<P> {
  class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const prev = this.props as Record<string, unknown>;
      const now = next as Record<string, unknown>;
      for (const key in now) if (now[key] !== prev[key]) return true;
      for (const key in prev) if (!(key in now)) return true;
      return false;
    }
    override render(props: P) {
      return h(Inner, props);
    }
  }
  return Pure as unknown as FunctionComponent<P>;
}

type Methods<T> = { [K in keyof T]: (...args: never[]) => unknown };

/** An object of the same methods that stays the same object, each call going to the latest `methods`. */
export function useStableMethods<T extends Methods<T>>(methods: T): T {
  const latest = useRef(methods);
  latest.current = methods;
  return useMemo(
    () =>
      Object.fromEntries(
        Object.keys(methods).map((key) => [key, (...args: never[]) => (latest.current[key as keyof T] as (...a: never[]) => unknown)(...args)]),
      ) as T,
    [], // the keys never change: the object is made once
  );
}
