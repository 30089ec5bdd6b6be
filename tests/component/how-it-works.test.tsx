// The "How the recommendations work" page, rendered through the real routes: it is written
// out from the tree, the ranking rules and the match thresholds, so the test reads them too.
import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render as prerender } from '../../src/app/entry-server';
import { citeSource } from '../../src/components/cite-source';
import { questionTree, sourcedHoldBacks, sourcedWeights } from '../../src/content/question-tree';
import { getOption, getQuestion, MATCH_THRESHOLDS, nextQuestionIdAfter, RANK_RULES, TIE_ORDER_RULES } from '../../src/engine';
import { HOW_IT_WORKS_MORE, HOW_IT_WORKS_SECTIONS, ON_THIS_PAGE } from '../../src/features/how-it-works/how-it-works-page';
import { paths } from '../../src/routes/manifest';
import { renderApp } from '../render-app';
import { optionLabel, prompt, roleName } from '../support/app-content';

/** The element's closest closed disclosure, if any: what it holds is not shown until opened. */
const closedDisclosureAround = (element: Element) => element.parentElement?.closest('details:not([open])') ?? null;

/** The disclosure whose summary says this, checked to be closed and at the top level. */
function disclosure(summary: string): HTMLDetailsElement {
  const summaryElement = screen.getByText(summary, { selector: 'summary' });
  const details = summaryElement.parentElement as HTMLDetailsElement;
  expect(details.tagName).toBe('DETAILS');
  expect(details.parentElement?.closest('details')).toBeNull();
  return details;
}

const TITLE = 'How the recommendations work';

async function openPage() {
  const view = renderApp(paths.howItWorks());
  expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
  return view;
}

describe('HowItWorksPage', () => {
  it('describes the question flow in words: every question and where each answer leads', async () => {
    await openPage();
    const steps = screen.getByRole('list', { name: 'The questions, step by step' });
    const items = within(steps).getAllByRole('listitem').filter((item) => item.parentElement === steps);
    expect(items).toHaveLength(questionTree.questions.length);
    questionTree.questions.forEach((question, index) => {
      const item = items[index] as HTMLElement;
      expect(within(item).getByText(question.prompt)).toBeInTheDocument();
      const edges = within(item).getAllByRole('listitem').map((edge) => edge.textContent);
      expect(edges).toEqual(
        question.options.map((option) => {
          const next = nextQuestionIdAfter(question, option);
          return `${option.label} → ${next === null ? 'your results' : prompt(next)}`;
        }),
      );
    });
  });

  it('draws the flow as a decorative SVG with a box for every question and the results', async () => {
    await openPage();
    const diagram = document.querySelector('svg.flow-diagram') as SVGSVGElement;
    expect(diagram).toHaveAttribute('aria-hidden', 'true');
    expect(diagram.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    const text = diagram.textContent?.replace(/\s+/g, '') ?? '';
    for (const question of questionTree.questions) expect(text).toContain(question.prompt.replace(/\s+/g, ''));
    expect(text).toContain('Yourresults');
    expect(diagram.querySelectorAll('rect')).toHaveLength(questionTree.questions.length + 1);
    expect(document.querySelector('[style]')).toBeNull();
  });

  it('lists every weight under its question and answer, with its points, reason and source', async () => {
    await openPage();
    // All of them in one disclosure, under the section's explanation.
    const weights = disclosure(HOW_IT_WORKS_MORE.weights);
    expect(weights.closest('section')).toBe(screen.getByRole('region', { name: HOW_IT_WORKS_SECTIONS.weights.title }));
    for (const question of questionTree.questions) {
      const section = screen.getByRole('region', { name: question.prompt });
      expect(section.closest('details')).toBe(weights);
      for (const option of question.options) {
        const heading = within(section).getByRole('heading', { level: 4, name: `Answer: ${option.label}` });
        const block = heading.parentElement as HTMLElement;
        const given = sourcedWeights.filter((weight) => weight.questionId === question.id && weight.optionId === option.id);
        if (given.length === 0) expect(within(block).getByText('This answer gives no points.')).toBeInTheDocument();
        const items = within(block).queryAllByRole('listitem');
        expect(items).toHaveLength(given.length);
        given.forEach((weight, index) => {
          const item = items[index] as HTMLElement;
          expect(item).toHaveTextContent(`${roleName(weight.roleId)}: ${weight.points} point`);
          expect(item).toHaveTextContent(weight.reason);
          expect(item).toHaveTextContent(`Source: ${citeSource(weight.sourceId, { withDate: false })}.`);
        });
      }
    }
  });

  it('lists every answer that holds a role back, with the source line it rests on', async () => {
    await openPage();
    const section = screen.getByRole('region', { name: HOW_IT_WORKS_SECTIONS.holdBacks.title });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(sourcedHoldBacks.length);
    const holdBacks = disclosure(HOW_IT_WORKS_MORE.holdBacks(sourcedHoldBacks.length));
    expect(section).toContainElement(holdBacks);
    for (const item of items) expect(item.closest('details')).toBe(holdBacks);
    sourcedHoldBacks.forEach((holdBack, index) => {
      const item = items[index] as HTMLElement;
      expect(item).toHaveTextContent(`${roleName(holdBack.roleId)}, if you answer “${optionLabel(holdBack.questionId, holdBack.optionId)}” to “${prompt(holdBack.questionId)}”`);
      expect(item).toHaveTextContent(holdBack.text);
      expect(item).toHaveTextContent(`The source says: “${holdBack.sourceLine}” (${citeSource(holdBack.sourceId, { withDate: false })}).`);
    });
  });

  it('lists every caveat with the answer that brings it', async () => {
    await openPage();
    const section = screen.getByRole('region', { name: HOW_IT_WORKS_SECTIONS.caveats.title });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(questionTree.caveats.length);
    const caveats = disclosure(HOW_IT_WORKS_MORE.caveats(questionTree.caveats.length));
    expect(section).toContainElement(caveats);
    for (const item of items) expect(item.closest('details')).toBe(caveats);
    questionTree.caveats.forEach((caveat, index) => {
      const question = getQuestion(questionTree, caveat.questionId);
      expect(question && getOption(question, caveat.optionId)).toBeTruthy();
      expect(items[index]).toHaveTextContent(caveat.text);
      expect(items[index]).toHaveTextContent(`${roleName(caveat.roleId)}, if you answer “${optionLabel(caveat.questionId, caveat.optionId)}” to “${prompt(caveat.questionId)}”`);
    });
  });

  it('states the rules that place a role, the order within a shared place, and the thresholds of every match label', async () => {
    await openPage();
    for (const [name, rules] of [
      ['Rules that place a role', RANK_RULES],
      ['Order within a shared place', TIE_ORDER_RULES],
    ] as const) {
      const ruleItems = within(screen.getByRole('list', { name })).getAllByRole('listitem');
      expect(ruleItems).toHaveLength(rules.length);
      rules.forEach((rule, index) => expect(ruleItems[index]).toHaveTextContent(rule.description));
    }

    const labels = within(screen.getByRole('list', { name: 'Match labels' })).getAllByRole('listitem');
    expect(labels).toHaveLength(MATCH_THRESHOLDS.length + 1);
    expect(labels.at(-1)).toHaveTextContent('Held back by an answer');
    MATCH_THRESHOLDS.forEach((threshold, index) => {
      const item = labels[index] as HTMLElement;
      expect(item.textContent?.toLowerCase()).toContain(`${threshold.label} match`);
      const bound = Number.isFinite(threshold.minScore) ? threshold.minScore : MATCH_THRESHOLDS[index - 1]?.minScore;
      expect(item.textContent).toMatch(new RegExp(`\\b${bound} points?\\b`));
    });
  });

  it('is linked from home, the footer and leads to the quiz', async () => {
    const { user, path } = renderApp('/');
    const links = await screen.findAllByRole('link', { name: TITLE });
    expect(links.length).toBeGreaterThanOrEqual(2);
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: TITLE })).toHaveAttribute('href', paths.howItWorks());
    await user.click(links[0] as HTMLElement);
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
    expect(path()).toBe(paths.howItWorks());
    expect(screen.getByRole('link', { name: 'Take the quiz' })).toHaveAttribute('href', paths.quiz());
    // The title is set by an effect after the page renders: wait for it.
    await waitFor(() => expect(document.title).toBe(`${TITLE} – AI Career Pathfinder`));
  });

  it('opens with an "On this page" list linking, in order, to every section’s heading by a plain fragment link', async () => {
    const { container, path, user } = await openPage();
    const nav = screen.getByRole('navigation', { name: ON_THIS_PAGE });
    const links = within(nav).getAllByRole('link');
    // Every h2 section of the page, in page order (the list's own heading aside).
    const sectionHeadings = [...container.querySelectorAll('main h2')].filter((heading) => !nav.contains(heading));
    expect(sectionHeadings.map((heading) => heading.textContent)).toEqual(Object.values(HOW_IT_WORKS_SECTIONS).map(({ title }) => title));
    expect(links).toHaveLength(sectionHeadings.length);
    links.forEach((link, index) => {
      const href = link.getAttribute('href') ?? '';
      expect(href).toMatch(/^#[\w-]+$/);
      const target = document.getElementById(href.slice(1));
      expect(target, href).toBe(sectionHeadings[index]);
      expect(link).toHaveTextContent(target?.textContent ?? '');
      expect(closedDisclosureAround(target as Element)).toBeNull();
    });
    // At the start of the page: after the introduction, before the first section.
    expect(nav.compareDocumentPosition(sectionHeadings[0] as Element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(nav.closest('details')).toBeNull();
    // The browser follows it within the page: the router does not navigate.
    await user.click(links[1] as HTMLElement);
    expect(path()).toBe(paths.howItWorks());
    expect(screen.getByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
  });

  it('has the contents list and every heading it links to in the prerendered page', async () => {
    const { html } = await prerender(paths.howItWorks());
    const container = document.createElement('div');
    container.append(document.createRange().createContextualFragment(html));
    document.body.append(container);
    try {
      const nav = within(container).getByRole('navigation', { name: ON_THIS_PAGE });
      const hrefs = within(nav)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href'));
      expect(hrefs).toEqual(Object.values(HOW_IT_WORKS_SECTIONS).map(({ id }) => `#${id}`));
      for (const { id, title } of Object.values(HOW_IT_WORKS_SECTIONS)) {
        expect(container.querySelector(`h2#${id}`)).toHaveTextContent(title);
      }
    } finally {
      container.remove();
    }
  });

  it('keeps only the long lists in disclosures, each closed and none inside another, and the rest in view', async () => {
    const { container } = await openPage();
    const disclosures = [...container.querySelectorAll('main details')];
    expect(disclosures.map((each) => each.querySelector(':scope > summary')?.textContent)).toEqual([
      HOW_IT_WORKS_MORE.weights,
      HOW_IT_WORKS_MORE.holdBacks(sourcedHoldBacks.length),
      HOW_IT_WORKS_MORE.caveats(questionTree.caveats.length),
    ]);
    for (const each of disclosures) {
      expect((each as HTMLDetailsElement).open).toBe(false);
      expect(each.parentElement?.closest('details')).toBeNull();
    }
    expect(container.querySelectorAll('details details')).toHaveLength(0);
    // What everyone reads: the question flow in words, how a role is held back, and the ordering rules.
    for (const element of [
      screen.getByRole('list', { name: 'The questions, step by step' }),
      screen.getByText(/^Points alone would let two other answers outweigh/),
      screen.getByRole('list', { name: 'Rules that place a role' }),
      screen.getByRole('list', { name: 'Order within a shared place' }),
      screen.getByRole('list', { name: 'Match labels' }),
    ]) {
      expect(closedDisclosureAround(element)).toBeNull();
    }
  });
});
