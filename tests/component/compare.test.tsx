// The compare screen: roles come from the URL, problems in the link are named, and
// adding or removing a role rewrites the URL so the comparison stays shareable.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { sources } from '../../src/content/sources';
import { citeSource } from '../../src/components/cite-source';
import { enumeratePaths } from '../../src/engine';
import { paths } from '../../src/routes/manifest';
import { useQuizStore } from '../../src/state';
import { renderApp } from '../render-app';
import { roleName } from '../support/app-content';

function table() {
  return screen.getByRole('table');
}

function columnNames() {
  return within(table())
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
}

/** The list items in the table whose text is exactly this skill. */
function skillItems(text: string) {
  return within(table())
    .getAllByText(text)
    .map((node) => node.closest('li'));
}

describe('ComparePage', () => {
  it('shows two roles from the URL with their salaries and the shared skills marked', async () => {
    renderApp('/compare?roles=ml-engineer,data-scientist');

    expect(await screen.findByRole('heading', { level: 1, name: 'Compare AI roles' })).toBeInTheDocument();
    expect(columnNames()).toEqual([roleName('ml-engineer'), roleName('data-scientist')]);
    expect(within(table()).getByRole('link', { name: roleName('ml-engineer') })).toHaveAttribute('href', '/roles/ml-engineer');
    expect(within(table()).getByRole('link', { name: roleName('data-scientist') })).toHaveAttribute('href', '/roles/data-scientist');

    // Salaries, UK and US, for both.
    const figures = ['ml-engineer', 'data-scientist'].flatMap((id) => [getRole(id)?.salary?.uk, getRole(id)?.salary?.us]);
    expect(figures.every(Boolean)).toBe(true);
    for (const figure of figures) expect(within(table()).getByText(figure?.asPrinted ?? '')).toBeInTheDocument();
    expect(within(table()).getByRole('rowheader', { name: 'Salary, UK' })).toBeInTheDocument();

    // "Python" is a core skill of both: highlighted, and named as shared for screen readers.
    const python = skillItems('Python');
    expect(python).toHaveLength(2);
    for (const item of python) {
      expect(item).toHaveClass('is-shared');
      expect(item).toHaveTextContent('(shared)');
    }
    // "model training" belongs to the ML Engineer only.
    const training = skillItems('model training');
    expect(training).toHaveLength(1);
    expect(training[0]).not.toHaveClass('is-shared');
    expect(training[0]).not.toHaveTextContent('(shared)');
    expect(screen.getByText('Shared: two or more of these roles list the skill in the same words.')).toBeInTheDocument();

    // Data Scientist has no "how to break in" in the sources; the cell says so.
    const breakingIn = within(table()).getByRole('rowheader', { name: 'How to break in' }).closest('tr');
    expect(within(breakingIn as HTMLElement).getByText('Our sources don’t cover this.')).toBeInTheDocument();
    // The title is set after the render.
    await waitFor(() => expect(document.title).toBe(`Compare ${roleName('ml-engineer')} and ${roleName('data-scientist')} – AI Career Pathfinder`));
  });

  it('shows three roles and marks a skill shared by all three', async () => {
    renderApp('/compare?roles=ml-engineer,ai-engineer-llm,ai-research-scientist');

    await screen.findByRole('table');
    // In catalogue order, the order of the comparison's one address.
    expect(columnNames()).toEqual([roleName('ml-engineer'), roleName('ai-research-scientist'), roleName('ai-engineer-llm')]);
    for (const figure of ['£65K–£120K', '£55K–£105K', '£80K–£150K+', '$130K–$220K', '$180K–$350K+']) {
      expect(within(table()).getByText(figure)).toBeInTheDocument();
    }
    const python = skillItems('Python');
    expect(python).toHaveLength(3);
    python.forEach((item) => expect(item).toHaveClass('is-shared'));
    // "RAG" is only the AI Engineer's.
    expect(skillItems('RAG')[0]).not.toHaveClass('is-shared');
    // The research scientist is only near its track, and the page says so.
    expect(within(table()).getAllByText(/this is the nearest one/)).toHaveLength(1);

    // At three roles the add control is disabled, with the reason.
    expect(screen.getByRole('combobox', { name: 'Add a role to compare' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
    expect(screen.getByText(/comparing three roles, the most at once/)).toBeInTheDocument();
  });

  it('with three roles, each value names its role, so the table reads row by row on a phone', async () => {
    const ids = ['ml-engineer', 'data-scientist', 'mlops-engineer'] as const;
    const names = ids.map(roleName);
    renderApp(paths.compare([...ids]));
    await screen.findByRole('table');
    // Still one table: a column header per role and a row header per aspect.
    expect(columnNames()).toEqual(names);
    const bodyRows = within(table())
      .getAllByRole('row')
      .filter((row) => row.closest('tbody'));
    expect(bodyRows.length).toBeGreaterThan(5);
    for (const row of bodyRows) {
      expect(within(row).getAllByRole('rowheader')).toHaveLength(1);
      const cells = within(row).getAllByRole('cell');
      // Each value starts with its role's name, in column order (screen readers have the column header instead).
      expect(cells.map((cell) => cell.firstElementChild?.textContent)).toEqual(names);
      cells.forEach((cell, index) => expect(within(cell).getByText(names[index]!)).toHaveAttribute('aria-hidden', 'true'));
    }
    // Nothing to scroll sideways, so no scrolling region and no hint to scroll.
    expect(screen.queryByRole('region', { name: 'Comparison table' })).not.toBeInTheDocument();
    expect(screen.queryByText(/scroll/i)).not.toBeInTheDocument();
    // Each "Remove" button is named in full, whether or not the role's name shows beside the word.
    for (const name of names) expect(screen.getByRole('button', { name: `Remove ${name}` })).toHaveTextContent(`Remove ${name}`);
  });

  it('with two roles, each value names its role too, beside the other role’s', async () => {
    const ids = ['ml-engineer', 'data-scientist'] as const;
    renderApp(paths.compare([...ids]));
    await screen.findByRole('table');
    const salary = within(table()).getByRole('rowheader', { name: 'Salary, UK' }).closest('tr')!;
    const cells = within(salary).getAllByRole('cell');
    expect(cells.map((cell) => cell.firstElementChild?.textContent)).toEqual(ids.map(roleName));
    cells.forEach((cell, index) => expect(cell).toHaveTextContent(getRole(ids[index]!)?.salary?.uk?.asPrinted ?? 'missing'));
  });

  it('cites each source once, under the table', async () => {
    renderApp(paths.compare(['ml-engineer', 'data-scientist', 'ai-product-manager']));
    await screen.findByRole('table');
    const main = screen.getByRole('main');
    expect(within(main).getAllByText(/^Sources?:/)).toHaveLength(1);
    for (const id of Object.keys(sources) as (keyof typeof sources)[]) {
      const citation = citeSource(id);
      expect(main.textContent?.split(citation).length ?? 0).toBeLessThanOrEqual(2);
    }
  });

  it('accepts repeated keys, spaces and capitals', async () => {
    renderApp('/compare?roles=%20Prompt-Engineer%20&roles=ai-product-manager,,');
    await screen.findByRole('table');
    expect(columnNames()).toEqual([roleName('ai-product-manager'), roleName('prompt-engineer')]);
    expect(screen.getByRole('status', { name: 'Problems with this link' })).toBeEmptyDOMElement();
  });

  it('names an unknown id, a duplicate and a fourth role, and still shows the valid ones', async () => {
    renderApp('/compare?roles=ml-engineer,astronaut,ml-engineer,data-scientist,prompt-engineer,ai-product-manager');

    const status = await screen.findByRole('status', { name: 'Problems with this link' });
    expect(within(status).getByText('“astronaut” is not one of our roles, so it was left out.')).toBeInTheDocument();
    expect(within(status).getByText(/“ml-engineer” was listed twice/)).toBeInTheDocument();
    expect(
      within(status).getByText(
        `You can compare up to three roles at once; showing the first three. Left out: ${roleName('ai-product-manager')}.`,
      ),
    ).toBeInTheDocument();
    expect(columnNames()).toEqual([roleName('ml-engineer'), roleName('data-scientist'), roleName('prompt-engineer')]);
    // Nothing from the raw link is rendered as a role.
    expect(within(table()).queryByText(/astronaut/)).not.toBeInTheDocument();
  });

  it('shortens a very long unknown name and counts a flood of them', async () => {
    const long = 'x'.repeat(200);
    const flood = Array.from({ length: 12 }, (_, index) => `nope${index}`).join(',');
    renderApp(`/compare?roles=${long},${flood},ml-engineer`);

    const status = await screen.findByRole('status', { name: 'Problems with this link' });
    expect(within(status).getByText(`“${'x'.repeat(40)}…” is not one of our roles, so it was left out.`)).toBeInTheDocument();
    expect(within(status).getByText('8 more names are not among our roles and were left out.')).toBeInTheDocument();
    expect(columnNames()).toEqual([roleName('ml-engineer')]);
  });

  it('survives a malformed link: bad escapes and markup are named as text, never rendered', async () => {
    renderApp('/compare?roles=%E0%A4%A,%3Cimg%20src%3Dx%3E,data-scientist&Roles=ml-engineer');
    const status = await screen.findByRole('status', { name: 'Problems with this link' });
    expect(within(status).getByText('“<img src=x>” is not one of our roles, so it was left out.')).toBeInTheDocument();
    expect(document.querySelector('main img')).toBeNull();
    expect(columnNames()).toEqual([roleName('ml-engineer'), roleName('data-scientist')]);
  });

  it('with one valid role explains that another is needed and offers to add one', async () => {
    renderApp('/compare?roles=astronaut,ml-engineer');
    expect(await screen.findByText(`Add at least one more role below to compare it with ${roleName('ml-engineer')}.`)).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Add a role to compare' });
    expect(select).toBeEnabled();
    expect(within(select).queryByRole('option', { name: roleName('ml-engineer') })).not.toBeInTheDocument();
    expect(within(select).getAllByRole('option')).toHaveLength(9);
  });

  it('an empty /compare invites choosing roles instead of showing a blank page', async () => {
    renderApp('/compare');
    expect(await screen.findByText(/Choose two or three roles/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(screen.getByRole('combobox', { name: 'Add a role to compare' })).getAllByRole('option')).toHaveLength(10);
    expect(screen.getByRole('link', { name: 'Browse all AI roles' })).toHaveAttribute('href', paths.roles());
  });

  it('adding and removing roles moves to each set’s one address, with the columns in catalogue order', async () => {
    const { user, path } = renderApp(paths.compare(['ml-engineer']));
    await screen.findByRole('table');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a role to compare' }), roleName('mlops-engineer'));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(path()).toBe(paths.compare(['ml-engineer', 'mlops-engineer']));
    expect(columnNames()).toEqual([roleName('ml-engineer'), roleName('mlops-engineer')]);

    // The select now defaults to the first role not shown.
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(path()).toBe('/compare/ml-engineer/data-scientist/mlops-engineer');
    expect(columnNames()).toEqual([roleName('ml-engineer'), roleName('data-scientist'), roleName('mlops-engineer')]);
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: `Remove ${roleName('mlops-engineer')}` }));
    expect(path()).toBe(paths.compare(['ml-engineer', 'data-scientist']));
    expect(columnNames()).toEqual([roleName('ml-engineer'), roleName('data-scientist')]);
    expect(screen.getByRole('button', { name: 'Add' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: `Remove ${roleName('ml-engineer')}` }));
    await user.click(screen.getByRole('button', { name: `Remove ${roleName('data-scientist')}` }));
    expect(path()).toBe(paths.compare([]));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/Choose two or three roles/)).toBeInTheDocument();
  });

  it('moves a valid query-form link to its canonical address, and leaves a link with problems where it is', async () => {
    const valid = renderApp('/compare?roles=mlops-engineer,ML-Engineer');
    await screen.findByRole('table');
    await waitFor(() => expect(valid.path()).toBe('/compare/ml-engineer/mlops-engineer'));
    expect(valid.router.state.historyAction).toBe('REPLACE');
    valid.unmount();

    const withProblems = renderApp('/compare/ml-engineer/astronaut');
    await screen.findByRole('status', { name: 'Problems with this link' });
    expect(screen.getByText('“astronaut” is not one of our roles, so it was left out.')).toBeInTheDocument();
    expect(withProblems.path()).toBe('/compare/ml-engineer/astronaut');
  });

  it('removing a role from a link with problems keeps only the valid roles in the new URL', async () => {
    const { user, path } = renderApp('/compare?roles=ml-engineer,astronaut,data-scientist,prompt-engineer');
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: `Remove ${roleName('data-scientist')}` }));
    expect(path()).toBe(paths.compare(['ml-engineer', 'prompt-engineer']));
    expect(screen.getByRole('status', { name: 'Problems with this link' })).toBeEmptyDOMElement();
  });

  it('links back to the quiz without answers, and to the results with complete answers', async () => {
    renderApp('/compare?roles=ml-engineer,data-scientist');
    expect(await screen.findByRole('link', { name: 'Take the quiz' })).toHaveAttribute('href', '/quiz');
    expect(screen.queryByRole('link', { name: 'Back to your results' })).not.toBeInTheDocument();
  });

  it('links back to the results carrying complete answers', async () => {
    const [answers] = enumeratePaths(questionTree);
    if (!answers) throw new Error('The question tree has no complete path.');
    useQuizStore.setState({ answers });
    renderApp('/compare?roles=ml-engineer,data-scientist');
    const link = await screen.findByRole('link', { name: 'Back to your results' });
    expect(link).toHaveAttribute('href', paths.results(answers));
  });
});

describe('ComparePage: skills in common, by meaning', () => {
  const rowOf = (name: string) => within(table()).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
  /** The cells of a row, one per role, in column order. */
  const cellsOf = (name: string) => within(rowOf(name)).getAllByRole('cell');

  it('shows a nearest track’s lists as borrowed and never counts them in common with the track’s own roles', async () => {
    renderApp(paths.compare(['ml-engineer', 'mlops-engineer']));
    await screen.findByRole('table');
    expect(getRole('mlops-engineer')?.track?.fit).toBe('nearest');
    for (const row of ['Must-have skills for the track', 'Nice-to-have skills for the track']) {
      const [engineer, mlops] = cellsOf(row);
      expect(mlops).toHaveTextContent('Borrowed from the nearest track');
      expect(engineer).not.toHaveTextContent('Borrowed');
      // The same printed lists in both columns, yet none marked: MLOps only borrows them.
      const names = (cell: HTMLElement) =>
        within(cell)
          .getAllByRole('listitem')
          .map((item) => item.textContent?.replace(/^[★≈]\s*|\s*\((shared|related)\)$/g, ''));
      expect(names(engineer!)).toEqual(names(mlops!));
      for (const item of [...within(engineer!).getAllByRole('listitem'), ...within(mlops!).getAllByRole('listitem')]) {
        expect(item).not.toHaveClass('is-shared');
        expect(item).not.toHaveTextContent('(shared)');
      }
    }
    expect(screen.getByText('Lists borrowed from a nearest track are not counted.')).toBeInTheDocument();
  });

  it('says both tracks list AI/ML literacy, worded differently, each in its own printed words', async () => {
    renderApp(paths.compare(['ai-product-manager', 'ai-ethics-policy']));
    await screen.findByRole('table');
    expect(screen.queryByText(/None of the/)).not.toBeInTheDocument();
    expect(
      screen.getByText(`${roleName('ai-product-manager')} and ${roleName('ai-ethics-policy')} both list AI/ML literacy, worded differently.`),
    ).toBeInTheDocument();
    const [product, ethics] = cellsOf('Must-have skills for the track');
    const first = (cell: HTMLElement | undefined) => within(cell!).getAllByRole('listitem')[0]!;
    expect(first(product)).toHaveTextContent('AI/ML literacy — understanding capabilities and limitations');
    expect(first(ethics)).toHaveTextContent('AI/ML literacy — enough to evaluate risks and capabilities claims');
    for (const item of [first(product), first(ethics)]) {
      expect(item).toHaveClass('is-related');
      expect(item).toHaveTextContent('(related)');
    }
  });

  it('says plainly when the roles’ own lists have nothing in common', async () => {
    renderApp(paths.compare(['ai-research-scientist', 'ai-solutions-specialist']));
    await screen.findByRole('table');
    expect(screen.getByText(/None of the skills these roles list as their own are shared or related\./)).toBeInTheDocument();
  });
});
