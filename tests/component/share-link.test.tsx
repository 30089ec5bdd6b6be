// Sharing a results or compare link: the phone's share sheet where the browser has one, with the
// page's title and canonical address (skills included when the link carries them); copying the
// link where it has none, or refuses; a share the person cancels is not an error.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/routes/manifest';
import { findWholeResults, renderApp } from '../render-app';

const ANSWERS = { code: 'yes', research: 'no', stakeholders: 'no', background: 'software' };
const SKILLS = { python: 'have', sql: 'learning' } as const;

/** A browser with a share sheet: navigator.share, answering as `answer` does. */
function withShareSheet(answer: () => Promise<void>) {
  const share = vi.fn<(data: ShareData) => Promise<void>>(answer);
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
  return share;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
});

describe('sharing results', () => {
  it('opens the share sheet with the page title and the canonical address, skills included', async () => {
    const share = withShareSheet(() => Promise.resolve());
    const { user } = renderApp(paths.results(ANSWERS, SKILLS));
    await findWholeResults();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');

    await user.click(screen.getByRole('button', { name: 'Share these results' }));
    expect(share).toHaveBeenCalledWith({ title: document.title, url: `${window.location.origin}${paths.results(ANSWERS, SKILLS)}` });
    expect(document.title).toMatch(/^Your top AI roles/);
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: /^Copy link/ })).not.toBeInTheDocument();
  });

  it('says nothing when the person closes the share sheet without sharing', async () => {
    withShareSheet(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    const { user } = renderApp(paths.results(ANSWERS));
    await findWholeResults();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');

    await user.click(screen.getByRole('button', { name: 'Share these results' }));
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.queryByText(/Couldn’t copy|Link copied/)).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('copies the link instead when the share sheet refuses', async () => {
    withShareSheet(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
    const { user } = renderApp(paths.results(ANSWERS));
    await findWholeResults();
    // (user-event puts its clipboard on navigator when the app is rendered.)
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);

    await user.click(screen.getByRole('button', { name: 'Share these results' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${paths.results(ANSWERS)}`));
    expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
  });
});

describe('sharing a comparison', () => {
  const roleIds = ['ml-engineer', 'data-scientist'] as const;

  it('copies its canonical address where the browser has no share sheet', async () => {
    const { user } = renderApp(paths.compare([...roleIds].reverse()));
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(await screen.findByRole('button', { name: 'Copy link to this comparison' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${paths.compare(roleIds)}`);
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  it('opens the share sheet where there is one', async () => {
    const share = withShareSheet(() => Promise.resolve());
    const { user } = renderApp(paths.compare(roleIds));
    await user.click(await screen.findByRole('button', { name: 'Share this comparison' }));
    expect(share).toHaveBeenCalledWith({ title: document.title, url: `${window.location.origin}${paths.compare(roleIds)}` });
  });
});
