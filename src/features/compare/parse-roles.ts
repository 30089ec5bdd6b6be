// Reads the roles to compare from the URL: the path (`/compare/a/b`) or, for older links,
// the query (`?roles=a,b`). Never throws and never trusts the raw text: only known role
// ids come back; everything else is named as a problem.
import { shorten } from '../../engine';
import { isRoleId } from '../../content/roles';
import type { RoleId } from '../../content/types';
import { canonicalRoleOrder, COMPARE_ROLES_PARAM, MAX_COMPARED } from '../../routes/manifest';

export type CompareProblem =
  | { readonly kind: 'unknown'; readonly value: string }
  | { readonly kind: 'duplicate'; readonly roleId: RoleId; readonly count: number }
  | { readonly kind: 'too-many'; readonly leftOut: readonly RoleId[] };

export interface ParsedCompare {
  /** Known, distinct, at most three (the first three given), in catalogue order: the order of their one address. */
  readonly roleIds: readonly RoleId[];
  readonly problems: readonly CompareProblem[];
}

/** The raw role names of a query-form link: `roles=a,b,c`, also `roles=a&roles=b` (and a `Roles` key). */
export function roleNamesInQuery(params: URLSearchParams): string[] {
  const values: string[] = [];
  for (const [key, value] of params) {
    if (key.trim().toLowerCase() === COMPARE_ROLES_PARAM) values.push(...value.split(','));
  }
  return values;
}

/** Known, distinct role ids from raw names (path segments or query values); trimmed, lower-cased, empties ignored. */
export function parseCompareRoles(rawNames: readonly string[]): ParsedCompare {
  const values = rawNames.map((name) => name.trim()).filter((name) => name !== '');

  const known: RoleId[] = [];
  const counts = new Map<RoleId, number>();
  const unknown: string[] = [];
  for (const value of values) {
    const id = value.toLowerCase();
    if (isRoleId(id)) {
      const count = counts.get(id) ?? 0;
      if (count === 0) known.push(id);
      counts.set(id, count + 1);
    } else {
      const shown = shorten(value);
      if (!unknown.includes(shown)) unknown.push(shown);
    }
  }

  const problems: CompareProblem[] = unknown.map((value) => ({ kind: 'unknown', value }));
  for (const id of known) {
    const count = counts.get(id) ?? 1;
    if (count > 1) problems.push({ kind: 'duplicate', roleId: id, count });
  }
  if (known.length > MAX_COMPARED) problems.push({ kind: 'too-many', leftOut: known.slice(MAX_COMPARED) });

  return { roleIds: canonicalRoleOrder(known.slice(0, MAX_COMPARED)), problems };
}
