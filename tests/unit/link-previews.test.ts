// What each shared link's preview picture shows, over every prerendered page: the results
// pictures name each path's top three with their match and pay as printed, the comparison
// pictures their roles, the role pictures the role; every other page the site's picture.
import { describe, expect, it } from 'vitest';
import { linkPreview, SITE_PREVIEW, type PreviewCard } from '../../src/app/link-previews';
import { answersToPathSegments, enumeratePaths, isSharedRank, rankRoles } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { ROLE_IDS, type Role } from '../../src/content/types';
import { MATCH_TEXT } from '../../src/features/results/ranked-roles';
import { TOP } from '../../src/features/results/top-roles';
import { prerenderPaths, routeManifest } from '../../src/routes/manifest';

function role(roleId: string): Role {
  const found = getRole(roleId);
  if (!found) throw new Error(`no role ${roleId}`);
  return found;
}

/** The figures as the sources print them: each range, or the plain note where there is none. */
function printedPay(roleId: string): string[] {
  const salary = role(roleId).salary;
  if (!salary) return ['No figure in our sources'];
  return [`UK ${salary.uk?.asPrinted ?? 'no figure'}`, `US ${salary.us?.asPrinted ?? 'no figure'}`];
}

function rowsOf(card: PreviewCard) {
  if (card.layout !== 'list') throw new Error(`expected a list card, got ${card.layout}`);
  return card.rows;
}

describe('link previews', () => {
  it('show each results page’s top three in order, with the place, the match and the pay as printed; the alt names them', () => {
    for (const answers of enumeratePaths(questionTree)) {
      const splat = answersToPathSegments(questionTree, answers).join('/');
      const ranking = rankRoles(questionTree, answers);
      const top = ranking.slice(0, TOP);
      const { card, alt } = linkPreview('results', { '*': splat });
      expect(rowsOf(card), splat).toEqual(
        top.map((ranked) => ({
          mark: `${isSharedRank(ranking, ranked.rank) ? '=' : ''}${ranked.rank}`,
          name: role(ranked.roleId).name,
          note: MATCH_TEXT[ranked.match],
          pay: printedPay(ranked.roleId),
        })),
      );
      for (const ranked of top) expect(alt, splat).toContain(role(ranked.roleId).name);
    }
  });

  it('show a comparison’s roles in its order, with their pay as printed', () => {
    for (const path of routeManifest.compare.prerender()) {
      const roleIds = path.split('/').slice(2);
      const { card, alt } = linkPreview('compare', { '*': roleIds.join('/') });
      expect(rowsOf(card).map((row) => [row.name, row.pay]), path).toEqual(roleIds.map((id) => [role(id).name, printedPay(id)]));
      for (const id of roleIds) expect(alt, path).toContain(role(id).name);
    }
  });

  it('show a role and its pay as printed', () => {
    for (const roleId of ROLE_IDS) {
      const { card, alt } = linkPreview('role', { roleId });
      expect(card.layout === 'statement' && card.title).toBe(role(roleId).name);
      const shown = card.layout === 'statement' ? card.highlights.join(' ') : '';
      for (const figure of printedPay(roleId)) expect(shown, roleId).toContain(figure);
      expect(alt).toContain(role(roleId).name);
    }
  });

  it('give every other page, and an address no page knows, the site’s picture', () => {
    const ownPictures = new Set(['results', 'compare', 'role']);
    for (const { routeId } of prerenderPaths()) {
      if (!ownPictures.has(routeId)) expect(linkPreview(routeId, {}), routeId).toBe(SITE_PREVIEW);
    }
    expect(linkPreview(null, {})).toBe(SITE_PREVIEW);
    expect(linkPreview('role', { roleId: 'astronaut' })).toBe(SITE_PREVIEW);
    expect(linkPreview('results', { '*': 'code-yes' })).toBe(SITE_PREVIEW);
  });
});
