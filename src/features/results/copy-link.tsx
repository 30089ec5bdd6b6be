// Copies the canonical link to these results (built from the answers, not the address
// as typed). When the clipboard is unavailable or refused, the link is shown to copy by hand.
import { useId, useState } from 'react';
import { useHref } from 'react-router';

type CopyState = 'idle' | 'copied' | 'failed';

const MESSAGES: Record<CopyState, string> = {
  idle: '',
  copied: 'Link copied',
  failed: 'Couldn’t copy automatically — select the address below',
};

/** `withSkills`: the link carries the person's skills too, and the button says so. */
export function CopyLink({ href: to, withSkills = false }: { href: string; withSkills?: boolean }) {
  const href = useHref(to);
  const [state, setState] = useState<CopyState>('idle');
  const [url, setUrl] = useState('');
  const fieldId = useId();

  const copy = async () => {
    // window is read only here, on a click, never while rendering (pages are prerendered).
    const absolute = new URL(href, window.location.href).href;
    setUrl(absolute);
    setState('idle');
    try {
      if (typeof navigator === 'undefined' || !navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(absolute);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="results-copy">
      <button type="button" className="button" onClick={() => void copy()}>
        {withSkills ? 'Copy link to these results and your skills' : 'Copy link to these results'}
      </button>
      <p role="status" className="results-copy__status">
        {MESSAGES[state]}
      </p>
      {state === 'failed' ? (
        <div className="results-copy__fallback">
          <label htmlFor={fieldId}>Link to these results</label>
          <input
            id={fieldId}
            type="text"
            className="text-field results-copy__field"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      ) : null}
    </div>
  );
}
