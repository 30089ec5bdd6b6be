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

/** What the copied link holds besides the answers, said once it is copied. */
export const WITH_SKILLS_NOTE = ', with your skills in it';

/**
 * `withSkills`: the link carries the person's skills too, and the message after copying says so.
 * The button's words stay the same either way: saved skills are read after the page has
 * painted, and a longer label then wrapped onto a second line and pushed the page down.
 */
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
        Copy link to these results
      </button>
      <p role="status" className="results-copy__status">
        {MESSAGES[state]}
        {state === 'copied' && withSkills ? WITH_SKILLS_NOTE : ''}
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
