// The <head> tags that name a page and preview its link: title, description, canonical, Open
// Graph and X's card. Link previews need absolute addresses (unfurlers drop relative ones), so
// og:url and the picture's tags are written only when the build knows its site (SITE_URL).

export const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const property = (name, content) => `<meta property="${name}" content="${escapeHtml(String(content))}" />`;
const named = (name, content) => `<meta name="${name}" content="${escapeHtml(String(content))}" />`;

/**
 * @typedef {{ path: string, width: number, height: number, type: string, alt: string }} PreviewPicture
 * @param {{ documentTitle: string, meta: { title: string, description: string }, canonical: string | null,
 *   siteUrl: string, siteName: string, picture?: PreviewPicture | null,
 *   alternates?: { hreflang: string, href: string }[] }} page
 *   `canonical`: the page's path, or null for a shell (whose address is not its own);
 *   `alternates`: the same page in each language (and x-default), as paths;
 *   `siteUrl`: the site's origin without a trailing slash, or '' when unknown;
 *   `picture`: its link-preview picture, or null.
 */
export function headTags({ documentTitle, meta, canonical, siteUrl, siteName, picture = null, alternates = [] }) {
  const tags = [`<title>${escapeHtml(documentTitle)}</title>`, named('description', meta.description)];
  if (canonical !== null) {
    const absolute = `${siteUrl}${canonical}`;
    tags.push(
      `<link rel="canonical" href="${escapeHtml(absolute)}" />`,
      ...alternates.map(({ hreflang, href }) => `<link rel="alternate" hreflang="${escapeHtml(hreflang)}" href="${escapeHtml(`${siteUrl}${href}`)}" />`),
      property('og:type', 'website'),
      property('og:site_name', siteName),
      property('og:title', meta.title),
      property('og:description', meta.description),
    );
    if (siteUrl) tags.push(property('og:url', absolute));
  }
  if (siteUrl && picture) {
    tags.push(
      property('og:image', `${siteUrl}${picture.path}`),
      property('og:image:width', picture.width),
      property('og:image:height', picture.height),
      property('og:image:type', picture.type),
      property('og:image:alt', picture.alt),
      named('twitter:card', 'summary_large_image'),
      named('twitter:image:alt', picture.alt),
    );
  }
  return tags.join('\n    ');
}
