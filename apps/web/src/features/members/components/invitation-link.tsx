import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';

/** A one-time link to hand to the new member, with a copy button. */
export function InvitationLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      // No clipboard access (insecure origin, denied): select it for Ctrl+C instead.
      inputRef.current?.select();
      setState('manual');
    }
  }

  return (
    <div className="invitation-link">
      <label className="field__label" htmlFor={id}>
        {t('members.invite.link')}
      </label>
      <div className="invitation-link__row">
        <input
          ref={inputRef}
          id={id}
          className="input"
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
        <Button variant="primary" onClick={() => void copy()}>
          {t('members.invite.copy')}
        </Button>
      </div>
      <p className="small muted" role="status">
        {state === 'copied' && t('members.invite.copied')}
        {state === 'manual' && t('members.invite.copyManually')}
      </p>
    </div>
  );
}
