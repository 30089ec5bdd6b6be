// Shares the canonical link to a page (built from what it shows, not the address as typed):
// with the phone's own share sheet where the browser has one (navigator.share), otherwise by
// copying it; where the clipboard is unavailable or refused, the link is shown to copy by hand.
// Both labels are laid out in one place, the unused one invisible, so the button keeps its
// width when the browser's answer replaces the prerendered one: nothing moves.
import { useId, useState, useSyncExternalStore } from 'react';
import { useHref } from 'react-router';
import { m } from '../i18n';
import './share-link.css';

type ShareState = 'idle' | 'copied' | 'failed';

const MESSAGES: Record<ShareState, string> = {
  idle: '',
  copied: m.components_share_copied(),
  failed: m.components_share_failed(),
};

export interface ShareLabels {
  /** The button where the browser has a share sheet: "Share these results". */
  readonly share: string;
  /** The button elsewhere: "Copy link to these results". */
  readonly copy: string;
  /** The field that shows the link when copying fails. */
  readonly field: string;
}

const noSubscription = () => () => {};
const browserCanShare = () => typeof navigator.share === 'function';
const notWhilePrerendering = () => false;

/** A share sheet the person closed without sharing: not an error. */
const isCancelled = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** Said once a results link that carries the person's skills is copied. */
export const COPIED_WITH_SKILLS = m.components_share_copied_with_skills();

/**
 * `copiedMessage`: what is said once the link is copied, when it is more than "Link copied"
 * (one whole message per case, so each language words it its own way). The button's words
 * never change with it: saved skills are read after the page has painted, and
 * a longer label then wrapped onto a second line and pushed the page down (decision 13).
 */
export function ShareLink({ href: to, labels, copiedMessage }: { href: string; labels: ShareLabels; copiedMessage?: string }) {
  const href = useHref(to);
  const canShare = useSyncExternalStore(noSubscription, browserCanShare, notWhilePrerendering);
  const [state, setState] = useState<ShareState>('idle');
  const [url, setUrl] = useState('');
  const fieldId = useId();

  const share = async () => {
    // window is read only here, on a click, never while rendering (pages are prerendered).
    const absolute = new URL(href, window.location.href).href;
    setUrl(absolute);
    setState('idle');
    if (canShare) {
      try {
        await navigator.share({ title: document.title, url: absolute });
        return;
      } catch (error) {
        if (isCancelled(error)) return;
        // Refused (no share target, a policy): copying still works.
      }
    }
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(absolute);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="share-link">
      <button type="button" className="button" onClick={() => void share()}>
        <span className="share-link__labels">
          <span className={canShare ? undefined : 'share-link__unused'} aria-hidden={!canShare}>
            {labels.share}
          </span>
          <span className={canShare ? 'share-link__unused' : undefined} aria-hidden={canShare}>
            {labels.copy}
          </span>
        </span>
      </button>
      <p role="status" className="share-link__status">
        {state === 'copied' ? (copiedMessage ?? MESSAGES.copied) : MESSAGES[state]}
      </p>
      {state === 'failed' ? (
        <div className="share-link__fallback">
          <label htmlFor={fieldId}>{labels.field}</label>
          <input
            id={fieldId}
            type="text"
            className="text-field share-link__field"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      ) : null}
    </div>
  );
}
