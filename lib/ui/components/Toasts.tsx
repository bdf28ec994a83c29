// Non-blocking messages at the bottom of the page: info (polite), errors (assertive), each with an
// optional action button (元に戻す/Undo, 再試行/Retry). Info toasts leave after `timeout` ms.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useUi } from '../context';

export interface ToastInput {
  message: string;
  kind?: 'info' | 'error';
  action?: { label: string; run: () => void };
  /** ms before it leaves by itself; 0 keeps it until closed. Default: 8 s for info, 0 for errors. */
  timeout?: number;
}
export interface Toast extends ToastInput {
  id: number;
}

export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((list) => list.filter((x) => x.id !== id));
  }, []);
  const push = useCallback(
    (input: ToastInput) => {
      const id = next.current++;
      setToasts((list) => [...list.slice(-4), { ...input, id }]);
      const timeout = input.timeout ?? (input.kind === 'error' ? 0 : 8000);
      if (timeout > 0) timers.current.set(id, setTimeout(() => dismiss(id), timeout));
      return id;
    },
    [dismiss],
  );
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);
  return { toasts, push, dismiss };
}

export function Toasts(props: { toasts: readonly Toast[]; dismiss: (id: number) => void }) {
  const { t } = useUi();
  const item = (toast: Toast) => (
    <div class={`toast toast-${toast.kind ?? 'info'}`} key={toast.id}>
      <span class="toast-message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          class="toast-action"
          onClick={() => {
            props.dismiss(toast.id);
            toast.action!.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" class="icon-button" aria-label={t('close')} onClick={() => props.dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
  return (
    <div class="toasts">
      <div role="status" aria-live="polite">
        {props.toasts.filter((x) => x.kind !== 'error').map(item)}
      </div>
      <div role="alert" aria-live="assertive">
        {props.toasts.filter((x) => x.kind === 'error').map(item)}
      </div>
    </div>
  );
}
