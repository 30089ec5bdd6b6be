// The compare screen: roles come from the URL, problems in the link are named, and
// adding or removing a role rewrites the URL so the comparison stays shareable.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { questionTree } from '../../src/content/question-tree';
import { enumeratePaths } from '../../src/engine';
import { paths } from '../../src/routes/manifest';
import { useQuizStore } from '../../src/state';
import { renderApp } from '../render-app';

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
    expect(columnNames()).toEqual(['ML Engineer', 'Data Scientist']);
    expect(within(table()).getByRole('link', { name: 'ML Engineer' })).toHaveAttribute('href', '/roles/ml-engineer');
    expect(within(table()).getByRole('link', { name: 'Data Scientist' })).toHaveAttribute('href', '/roles/data-scientist');

    // Salaries, UK and US, for both.
    for (const figure of ['£65K–£120K', '$140K–$250K+', '£50K–£95K', '$110K–$180K']) {
      expect(within(table()).getByText(figure)).toBeInTheDocument();
    }
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
    expect(screen.getByText(/appear for two or more of the roles shown/)).toBeInTheDocument();

    // Data Scientist has no "how to break in" in the sources; the cell says so.
    const breakingIn = within(table()).getByRole('rowheader', { name: 'How to break in' }).closest('tr');
    expect(within(breakingIn as HTMLElement).getByText('Our sources don’t cover this.')).toBeInTheDocument();
    expect(document.title).toBe('Compare ML Engineer and Data Scientist – AI Career Pathfinder');
  });

  it('shows three roles and marks a skill shared by all three', async () => {
    renderApp('/compare?roles=ml-engineer,ai-engineer-llm,ai-research-scientist');

    await screen.findByRole('table');
    // In catalogue order, the order of the comparison's one address.
    expect(columnNames()).toEqual(['ML Engineer', 'AI Research Scientist', 'AI Engineer (LLM)']);
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

  it('accepts repeated keys, spaces and capitals', async () => {
    renderApp('/compare?roles=%20Prompt-Engineer%20&roles=ai-product-manager,,');
    await screen.findByRole('table');
    expect(columnNames()).toEqual(['AI Product Manager', 'Prompt Engineer']);
    expect(screen.getByRole('status', { name: 'Problems with this link' })).toBeEmptyDOMElement();
  });

  it('names an unknown id, a duplicate and a fourth role, and still shows the valid ones', async () => {
    renderApp('/compare?roles=ml-engineer,astronaut,ml-engineer,data-scientist,prompt-engineer,ai-product-manager');

    const status = await screen.findByRole('status', { name: 'Problems with this link' });
    expect(within(status).getByText('“astronaut” is not one of our roles, so it was left out.')).toBeInTheDocument();
    expect(within(status).getByText(/“ml-engineer” was listed twice/)).toBeInTheDocument();
    expect(
      within(status).getByText(
        'You can compare up to three roles at once; showing the first three. Left out: AI Product Manager.',
      ),
    ).toBeInTheDocument();
    expect(columnNames()).toEqual(['ML Engineer', 'Data Scientist', 'Prompt Engineer']);
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
    expect(columnNames()).toEqual(['ML Engineer']);
  });

  it('survives a malformed link: bad escapes and markup are named as text, never rendered', async () => {
    renderApp('/compare?roles=%E0%A4%A,%3Cimg%20src%3Dx%3E,data-scientist&Roles=ml-engineer');
    const status = await screen.findByRole('status', { name: 'Problems with this link' });
    expect(within(status).getByText('“<img src=x>” is not one of our roles, so it was left out.')).toBeInTheDocument();
    expect(document.querySelector('main img')).toBeNull();
    expect(columnNames()).toEqual(['ML Engineer', 'Data Scientist']);
  });

  it('with one valid role explains that another is needed and offers to add one', async () => {
    renderApp('/compare?roles=astronaut,ml-engineer');
    expect(await screen.findByText('Add at least one more role below to compare it with ML Engineer.')).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Add a role to compare' });
    expect(select).toBeEnabled();
    expect(within(select).queryByRole('option', { name: 'ML Engineer' })).not.toBeInTheDocument();
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

    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a role to compare' }), 'MLOps Engineer');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(path()).toBe(paths.compare(['ml-engineer', 'mlops-engineer']));
    expect(columnNames()).toEqual(['ML Engineer', 'MLOps Engineer']);

    // The select now defaults to the first role not shown.
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(path()).toBe('/compare/ml-engineer/data-scientist/mlops-engineer');
    expect(columnNames()).toEqual(['ML Engineer', 'Data Scientist', 'MLOps Engineer']);
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Remove MLOps Engineer' }));
    expect(path()).toBe(paths.compare(['ml-engineer', 'data-scientist']));
    expect(columnNames()).toEqual(['ML Engineer', 'Data Scientist']);
    expect(screen.getByRole('button', { name: 'Add' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Remove ML Engineer' }));
    await user.click(screen.getByRole('button', { name: 'Remove Data Scientist' }));
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
    await user.click(screen.getByRole('button', { name: 'Remove Data Scientist' }));
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
