import { useState } from 'react';

type Status = 'idle' | 'copied' | 'failed';

/** Copies the page's URL, which holds the whole view. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<Status>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2500);
  }

  return (
    <div className="flex items-center gap-2">
      <button type="button" onClick={() => void copy()} className="button-secondary">
        Copy link
      </button>
      <span role="status" className="text-sm text-slate-600">
        {status === 'copied' ? 'Link copied' : status === 'failed' ? 'Copy failed: copy the address bar instead' : ''}
      </span>
    </div>
  );
}
