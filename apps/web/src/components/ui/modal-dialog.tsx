import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modal-dialog.css';

export interface ModalDialogProps {
  title: string;
  /** Called on Escape and on the close button; the parent then unmounts the dialog. */
  onClose: () => void;
  /** Label of the close button, in the active language. */
  closeLabel: string;
  children: ReactNode;
  /** `wide` for forms with two columns of fields. */
  size?: 'md' | 'wide';
}

const FIRST_FIELD = 'input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea';

/**
 * A native modal `<dialog>`: the browser traps focus, dims the page and closes on Escape. Mount it
 * to open it. Focus goes to its first field and back to the opener when it closes.
 */
export function ModalDialog({
  title,
  onClose,
  closeLabel,
  children,
  size = 'md',
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom (component tests) has no showModal; the open attribute shows the content there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const field = dialog.querySelector<HTMLElement>(FIRST_FIELD);
    field?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className={`modal-dialog modal-dialog--${size}`} aria-labelledby={titleId}>
      <header className="modal-dialog__header">
        <h2 id={titleId} className="modal-dialog__title">
          {title}
        </h2>
        <button
          type="button"
          className="btn btn--ghost btn--sm modal-dialog__close"
          onClick={onClose}
          aria-label={closeLabel}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="modal-dialog__body">{children}</div>
    </dialog>
  );
}
