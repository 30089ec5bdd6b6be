// Values read once saved progress is: what a prerendered page shows before and after, and
// that reading progress which holds nothing for a screen does not render it again.
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';

/** A state module of its own, so saved progress has not been read yet. */
async function freshState() {
  vi.resetModules();
  return import('../../../src/state');
}

beforeEach(() => {
  window.localStorage.clear();
});

describe('useAfterSavedProgress, useSavedSkills and useSavedAnswers', () => {
  test('give the value before until saved progress is read, then the saved one', async () => {
    const state = await freshState();
    window.localStorage.setItem(state.STORAGE_KEY, JSON.stringify({ state: { answers: { code: 'yes' }, skills: { python: 'have' } }, version: state.STORAGE_VERSION }));
    const { result } = renderHook(() => ({
      skills: state.useSavedSkills(),
      answers: state.useSavedAnswers(),
      shortcuts: state.useAfterSavedProgress<boolean | 'not yet'>((s) => s.shortcutsEnabled, 'not yet'),
    }));
    expect(result.current).toEqual({ skills: {}, answers: {}, shortcuts: 'not yet' });
    await act(() => state.useQuizStore.persist.rehydrate());
    expect(result.current).toEqual({ skills: { python: 'have' }, answers: { code: 'yes' }, shortcuts: true });
  });

  test('render nothing again when saved progress holds nothing for them', async () => {
    const state = await freshState();
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return [state.useSavedSkills(), state.useSavedAnswers()];
    });
    const before = result.current;
    await act(() => state.useQuizStore.persist.rehydrate());
    expect(state.useQuizStore.persist.hasHydrated()).toBe(true);
    expect(renders).toBe(1);
    expect(result.current[0]).toBe(before[0]);
    expect(result.current[1]).toBe(before[1]);
  });

  test('follow the store once saved progress is read', async () => {
    const state = await freshState();
    await state.useQuizStore.persist.rehydrate();
    const { result } = renderHook(() => state.useSavedSkills());
    expect(result.current).toEqual({});
    act(() => state.useQuizStore.getState().setSkill('python', 'learning'));
    expect(result.current).toEqual({ python: 'learning' });
    act(() => state.useQuizStore.getState().setSkill('python', 'missing'));
    expect(result.current).toEqual({});
  });
});
