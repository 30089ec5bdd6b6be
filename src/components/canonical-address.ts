// Old and hand-edited links (`/results?code=yes&…`, `/compare?roles=…`) keep working; once
// such a page knows its one canonical address, it moves there without a reload, so what the
// person bookmarks, shares or prints is the canonical link.
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

const ADDRESS_ONLY = 'addressOnly';

/** True for a navigation that only rewrote the address: the layout neither moves focus nor announces it. */
export function isAddressOnlyNavigation(state: unknown): boolean {
  return typeof state === 'object' && state !== null && ADDRESS_ONLY in state;
}

/** Replaces the current history entry with `canonical` when it differs; null leaves the address alone. */
export function useCanonicalAddress(canonical: string | null): void {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    if (canonical === null || canonical === `${pathname}${search}`) return;
    void navigate(`${canonical}${hash}`, { replace: true, state: { [ADDRESS_ONLY]: true } });
  }, [canonical, pathname, search, hash, navigate]);
}
