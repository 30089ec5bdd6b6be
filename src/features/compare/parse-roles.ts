// Reads the roles to compare from the URL. Never throws and never trusts the raw
// text: only known role ids come back; everything else is named as a problem.
import { shorten } from '../../engine';
import { isRoleId } from '../../content/roles';
import type { RoleId } from '../../content/types';

export const MAX_COMPARED = 3;
export const ROLES_PARAM = 'roles';

export type CompareProblem =
  | { readonly kind: 'unknown'; readonly value: string }
  | { readonly kind: 'duplicate'; readonly roleId: RoleId; readonly count: number }
  | { readonly kind: 'too-many'; readonly leftOut: readonly RoleId[] };

export interface ParsedCompare {
  /** Known, distinct, at most three, in the order given. */
  readonly roleIds: readonly RoleId[];
  readonly problems: readonly CompareProblem[];
}

/** `roles=a,b,c`, also `roles=a&roles=b` (and a `Roles` key); trimmed, lower-cased, empties ignored. */
export function parseCompareRoles(params: URLSearchParams): ParsedCompare {
  const values: string[] = [];
  for (const [key, value] of params) {
    if (key.trim().toLowerCase() !== ROLES_PARAM) continue;
    for (const part of value.split(',')) {
      const trimmed = part.trim();
      if (trimmed !== '') values.push(trimmed);
    }
  }

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

  return { roleIds: known.slice(0, MAX_COMPARED), problems };
}

/** The canonical query string for a list of known ids: "?roles=a,b" (ids need no escaping), or "". */
export function compareSearch(roleIds: readonly RoleId[]): string {
  return roleIds.length > 0 ? `?${ROLES_PARAM}=${roleIds.join(',')}` : '';
}
