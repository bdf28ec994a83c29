// Keyboard users keep their place: when an in-place editor closes by Enter or Escape, focus goes
// back to the button that opened it. Closing by clicking elsewhere leaves focus where it went.
import { useEffect, useRef } from 'preact/hooks';
import type { CloseHow } from './FieldEditor';

export function useRefocus(editing: boolean) {
  const target = useRef<HTMLButtonElement>(null);
  const wanted = useRef(false);
  useEffect(() => {
    if (!editing && wanted.current) {
      wanted.current = false;
      target.current?.focus();
    }
  }, [editing]);
  return {
    target,
    request: (how: CloseHow) => {
      wanted.current = how === 'key';
    },
  };
}
