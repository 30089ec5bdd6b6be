// Choose two or three of the ranked roles and open them side by side.
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { topRoleIds, type RankedRole } from '../../engine';
import { getRole, isRoleId } from '../../content/roles';
import { EnglishTerm } from '../../components/english-term';
import { counted, m } from '../../i18n';
import { MAX_COMPARED, paths } from '../../routes/manifest';

const MIN = 2;
const MAX = MAX_COMPARED;

function countMessage(count: number): string {
  if (count === 0) return m.results_picker_none({ min: MIN, max: MAX });
  if (count < MIN) return m.results_picker_too_few({ min: MIN, ...counted(count) });
  if (count < MAX) return m.results_picker_one_more({ count });
  return m.results_picker_most({ count });
}

function errorMessage(count: number): string {
  return count === 0 ? m.results_picker_error_none({ min: MIN }) : m.results_picker_error({ min: MIN, count });
}

/** Keyed by the page on the answers, so new results start from their own top three. */
export function ComparePicker({ ranking }: { ranking: readonly RankedRole[] }) {
  const navigate = useNavigate();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(topRoleIds(ranking, MAX)));
  const [tried, setTried] = useState(false);
  const messageId = useId();

  // In rank order, whatever order they were ticked in.
  const chosen = ranking.map((ranked) => ranked.roleId).filter((roleId) => selected.has(roleId));
  const atMost = chosen.length >= MAX;
  const tooFew = chosen.length < MIN;

  const toggle = (roleId: string, checked: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(roleId);
      else next.delete(roleId);
      return next.size > MAX ? current : next;
    });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (tooFew) {
      setTried(true);
      return;
    }
    navigate(paths.compare(chosen.filter(isRoleId)));
  };

  return (
    <form className="results-compare" onSubmit={submit} noValidate>
      <fieldset className="results-compare__fieldset" aria-describedby={messageId}>
        <legend>{m.results_picker_legend({ min: MIN, max: MAX })}</legend>
        <ul className="results-compare__options">
          {ranking.map((ranked) => {
            const role = getRole(ranked.roleId);
            if (!role) return null;
            const checked = selected.has(role.id);
            return (
              <li key={role.id}>
                <label className="results-compare__option">
                  <input
                    type="checkbox"
                    name="roles"
                    value={role.id}
                    checked={checked}
                    disabled={!checked && atMost}
                    onChange={(event) => toggle(role.id, event.currentTarget.checked)}
                  />
                  <EnglishTerm>{role.name}</EnglishTerm>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <p id={messageId} role="status" className={tried && tooFew ? 'results-compare__message is-error' : 'results-compare__message'}>
        {tried && tooFew ? errorMessage(chosen.length) : countMessage(chosen.length)}
      </p>
      <button type="submit" className="button button--primary" aria-disabled={tooFew} aria-describedby={messageId}>
        {m.results_picker_submit()}
      </button>
    </form>
  );
}
