// Offers the page in the visitor's preferred language when the site has it and this page is in
// another: in the status tray (it is known only in the browser, after the first paint, so it
// must push nothing: CLS 0), in the offered language's own words, never a redirect.
import { useState, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { StatusMessage } from '../components/status-tray';
import { LOCALE, m } from '../i18n';
import languages from '../i18n/languages.json' with { type: 'json' };
import { browserOffer, rememberDismissed } from '../i18n/language-offer';
import { LOCALES, sameAddressIn } from '../routes/manifest';

const LANGUAGES = languages as Readonly<Record<string, { readonly htmlLang: string }>>;

const noSubscription = () => () => undefined;
const offerHere = () => browserOffer(LOCALE, LOCALES);
const notWhilePrerendering = () => null;

export function LanguageOffer() {
  const { pathname, search } = useLocation();
  // Read in the browser only: nothing while prerendering and hydrating, then the offer.
  const wanted = useSyncExternalStore(noSubscription, offerHere, notWhilePrerendering);
  const [dismissed, setDismissed] = useState(false);
  const offered = dismissed ? null : wanted;
  if (offered === null) return null;
  const options = { locale: offered } as Parameters<typeof m.site_offer_text>[1];
  return (
    <StatusMessage
      label={m.site_offer_label({}, options)}
      lang={LANGUAGES[offered]?.htmlLang ?? offered}
      dismissLabel={m.site_offer_dismiss({}, options)}
      onDismiss={() => {
        rememberDismissed(offered);
        setDismissed(true);
      }}
      actions={
        <a className="button button--small" href={sameAddressIn(offered, pathname, search)} hrefLang={LANGUAGES[offered]?.htmlLang}>
          {m.site_offer_action({}, options)}
        </a>
      }
    >
      <p>{m.site_offer_text({}, options)}</p>
    </StatusMessage>
  );
}
