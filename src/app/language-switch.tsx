// The same page in each of the site's other languages, in the footer beside "How the
// recommendations work", so it costs no line of its own on a phone. A plain link (each language
// is its own build, so the page loads afresh): on results it keeps the answers (in the path) and
// the skills (in the query); saved progress is shared by every language (same origin).
import { useLocation } from 'react-router';
import { LOCALE, m } from '../i18n';
import languages from '../i18n/languages.json' with { type: 'json' };
import { LOCALES, sameAddressIn } from '../routes/manifest';

const LANGUAGES = languages as Readonly<Record<string, { readonly name: string; readonly htmlLang: string }>>;

export function LanguageSwitch() {
  const { pathname, search } = useLocation();
  return (
    <nav aria-label={m.site_language_label()} className="language-switch">
      <ul>
        {LOCALES.filter((locale) => locale !== LOCALE).map((locale) => {
          const { name, htmlLang } = LANGUAGES[locale]!;
          return (
            <li key={locale}>
              <a href={sameAddressIn(locale, pathname, search)} lang={htmlLang} hrefLang={htmlLang}>
                {name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
