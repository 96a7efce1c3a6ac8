import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Toast {
  id: number;
  message: string;
}

let nextId = 1;

/** A small queue of dismissable notices (rejected changes and the like). */
export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = useCallback((message: string) => {
    const id = nextId++;
    // Keep the last few: a burst of rejections must not cover the screen.
    setToasts((list) => [...list.filter((t) => t.message !== message), { id, message }].slice(-3));
  }, []);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  return { toasts, push, dismiss };
}

export function ToastList({ toasts, onDismiss }: { toasts: Toast[]; onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <div className="toasts" aria-live="assertive">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" role="alert" data-testid="toast">
          <p>{toast.message}</p>
          <button
            type="button"
            className="toast__close"
            aria-label={t('toast.dismiss')}
            title={t('toast.dismiss')}
            onClick={() => onDismiss(toast.id)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  );
}
