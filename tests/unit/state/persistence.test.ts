// Every kind of bad saved progress: after rehydrate() the app has a usable state and
// the right one-time notice, and nothing throws. Storage failures are simulated on
// jsdom's Storage; write failures use a fresh store module so its "report once" flag is new.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { STORAGE_KEY, STORAGE_VERSION, useQuizStore, type Notice } from '../../../src/state';

const initial = useQuizStore.getInitialState();

function saved(): unknown {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  return raw === null ? null : JSON.parse(raw);
}

async function rehydrateFrom(raw: string | null): Promise<void> {
  window.localStorage.clear();
  if (raw !== null) window.localStorage.setItem(STORAGE_KEY, raw);
  await useQuizStore.persist.rehydrate();
}

/** A page reload: memory starts from the initial state (without writing it), storage stays. */
async function reloadKeepingStorage(): Promise<void> {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  useQuizStore.setState(initial, true);
  window.localStorage.clear();
  if (raw !== null) window.localStorage.setItem(STORAGE_KEY, raw);
  await useQuizStore.persist.rehydrate();
}

const envelope = (state: unknown, version: number = STORAGE_VERSION) => JSON.stringify({ state, version });

/** A store module of its own, so the storage's "report a failed write once" flag starts fresh. */
async function freshStore() {
  vi.resetModules();
  const module = await import('../../../src/state/store');
  return module.useQuizStore;
}

beforeEach(() => {
  // tests/setup.ts resets the store after each test, which writes the initial state: start clean.
  window.localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('saved progress that is fine', () => {
  test('nothing saved: empty answers, no notice', async () => {
    await rehydrateFrom(null);
    expect(useQuizStore.getState().answers).toEqual({});
    expect(useQuizStore.getState().notice).toBeNull();
  });

  test('valid progress is restored as it was', async () => {
    await rehydrateFrom(envelope({ answers: { code: 'yes', research: 'no' }, shortcutsEnabled: false }));
    expect(useQuizStore.getState().answers).toEqual({ code: 'yes', research: 'no' });
    expect(useQuizStore.getState().shortcutsEnabled).toBe(false);
    expect(useQuizStore.getState().notice).toBeNull();
  });
});

describe('unusable saved progress starts fresh with the "reset" notice', () => {
  const cases: [string, string][] = [
    ['truncated JSON', '{"state":'],
    ['an empty string', ''],
    ['not JSON at all', 'answers=code:yes'],
    ['null', 'null'],
    ['a number', '42'],
    ['a JSON string', '"text"'],
    ['an array', '[]'],
    ['an envelope without state', '{"version":1}'],
    ['{"state":null}', '{"state":null}'],
    ['state that is a string', envelope('text')],
    ['state without answers', envelope({ shortcutsEnabled: true })],
    ['answers null', '{"state":{"answers":null},"version":1}'],
    ['answers as an array', envelope({ answers: ['yes', 'no'] })],
    ['answers with a non-string value', envelope({ answers: { code: 1 } })],
    ['answers with a nested object', envelope({ answers: { code: { id: 'yes' } } })],
  ];

  test.each(cases)('%s', async (_name, raw) => {
    await rehydrateFrom(raw);
    const state = useQuizStore.getState();
    expect(state.answers).toEqual({});
    expect(state.shortcutsEnabled).toBe(initial.shortcutsEnabled);
    expect(state.notice).toBe<Notice>('saved-progress-reset');
    expect(useQuizStore.persist.hasHydrated()).toBe(true);
    // The damaged value is replaced, so the next visit starts clean without the notice.
    expect(saved()).toEqual({ state: { answers: {}, skills: {}, shortcutsEnabled: true }, version: STORAGE_VERSION });
  });

  test.each([
    ['a damaged envelope', '{"state":'],
    ['a damaged state', '{"state":{"answers":null},"version":1}'],
  ])('the notice is shown once: with %s, the next reload is quiet even without dismissing', async (_name, raw) => {
    await rehydrateFrom(raw);
    expect(useQuizStore.getState().notice).toBe<Notice>('saved-progress-reset');
    await reloadKeepingStorage();
    expect(useQuizStore.getState().notice).toBeNull();
    expect(useQuizStore.getState().answers).toEqual({});
  });
});

describe('answers that no longer fit the quiz', () => {
  test('answers to questions that no longer exist are dropped, the rest kept', async () => {
    await rehydrateFrom(envelope({ answers: { code: 'yes', salary: 'high', 'old-question': 'x' }, shortcutsEnabled: true }));
    expect(useQuizStore.getState().answers).toEqual({ code: 'yes' });
    expect(useQuizStore.getState().notice).toBe<Notice>('saved-answers-dropped');
  });

  test('the kept answers are saved back, so the next reload is quiet', async () => {
    await rehydrateFrom(envelope({ answers: { code: 'yes', salary: 'high' }, shortcutsEnabled: true }));
    expect(saved()).toEqual({ state: { answers: { code: 'yes' }, skills: {}, shortcutsEnabled: true }, version: STORAGE_VERSION });
    await reloadKeepingStorage();
    expect(useQuizStore.getState().answers).toEqual({ code: 'yes' });
    expect(useQuizStore.getState().notice).toBeNull();
  });

  test('an option that no longer exists is dropped', async () => {
    await rehydrateFrom(envelope({ answers: { code: 'maybe', research: 'yes' } }));
    // Without an answer to `code`, both of its branches are still reachable: research is kept.
    expect(useQuizStore.getState().answers).toEqual({ research: 'yes' });
    expect(useQuizStore.getState().notice).toBe<Notice>('saved-answers-dropped');
  });

  test('an answer on a branch the other answers no longer lead to is dropped', async () => {
    // code = yes goes straight to research, so python is off the path.
    await rehydrateFrom(envelope({ answers: { code: 'yes', python: 'no', research: 'no' } }));
    expect(useQuizStore.getState().answers).toEqual({ code: 'yes', research: 'no' });
    expect(useQuizStore.getState().notice).toBe<Notice>('saved-answers-dropped');
  });
});

describe('other schema versions with the same shape keep the answers', () => {
  test.each([
    ['an older version (0)', 0],
    ['a newer version (99)', 99],
  ])('%s', async (_name, version) => {
    await rehydrateFrom(envelope({ answers: { code: 'no', python: 'yes' }, shortcutsEnabled: false }, version));
    expect(useQuizStore.getState().answers).toEqual({ code: 'no', python: 'yes' });
    expect(useQuizStore.getState().shortcutsEnabled).toBe(false);
    expect(useQuizStore.getState().notice).toBeNull();
    // Written back in the current version.
    expect(saved()).toMatchObject({ version: STORAGE_VERSION, state: { answers: { code: 'no', python: 'yes' } } });
  });

  test('a version that is not a number is read as version 0', async () => {
    await rehydrateFrom(JSON.stringify({ state: { answers: { code: 'yes' } }, version: 'one' }));
    expect(useQuizStore.getState().answers).toEqual({ code: 'yes' });
    expect(useQuizStore.getState().notice).toBeNull();
  });

  test('a newer version with a different shape is treated as damaged', async () => {
    await rehydrateFrom(envelope({ answers: [{ question: 'code', option: 'yes' }] }, 99));
    expect(useQuizStore.getState().answers).toEqual({});
    expect(useQuizStore.getState().notice).toBe<Notice>('saved-progress-reset');
  });
});

describe('skills (saved since version 2)', () => {
  test('version 1 progress, which had no skills, keeps every answer and starts with no skills', async () => {
    await rehydrateFrom(envelope({ answers: { code: 'no', python: 'yes' }, shortcutsEnabled: false }, 1));
    const state = useQuizStore.getState();
    expect(state.answers).toEqual({ code: 'no', python: 'yes' });
    expect(state.shortcutsEnabled).toBe(false);
    expect(state.skills).toEqual({});
    expect(state.notice).toBeNull();
    expect(saved()).toEqual({ state: { answers: { code: 'no', python: 'yes' }, skills: {}, shortcutsEnabled: false }, version: STORAGE_VERSION });
  });

  test('saved skills are restored with the answers', async () => {
    await rehydrateFrom(envelope({ answers: { code: 'yes' }, skills: { python: 'have', rag: 'learning' } }));
    expect(useQuizStore.getState().skills).toEqual({ python: 'have', rag: 'learning' });
    expect(useQuizStore.getState().notice).toBeNull();
  });

  test('unknown skill ids and unknown states are dropped, the rest kept, with a notice shown once', async () => {
    await rehydrateFrom(envelope({ answers: { code: 'yes' }, skills: { python: 'have', cobol: 'have', sql: 'expert', constructor: 'have' } }));
    expect(useQuizStore.getState().skills).toEqual({ python: 'have' });
    expect(useQuizStore.getState().answers).toEqual({ code: 'yes' });
    expect(useQuizStore.getState().notice).toBe<Notice>('saved-skills-dropped');
    await reloadKeepingStorage();
    expect(useQuizStore.getState().skills).toEqual({ python: 'have' });
    expect(useQuizStore.getState().notice).toBeNull();
  });

  test.each([
    ['an array', ['python']],
    ['a string', 'python'],
    ['null', null],
    ['a nested object', { python: { state: 'have' } }],
  ])('damaged skills (%s) cost only the skills: the answers are kept', async (_name, skills) => {
    await rehydrateFrom(envelope({ answers: { code: 'yes' }, skills }));
    expect(useQuizStore.getState().answers).toEqual({ code: 'yes' });
    expect(useQuizStore.getState().skills).toEqual({});
    expect(useQuizStore.getState().notice).toBe<Notice>('saved-skills-dropped');
  });

  test('setSkill sets and clears one skill; unknown ids are ignored; starting over keeps the skills', async () => {
    await rehydrateFrom(null);
    const store = useQuizStore.getState();
    store.setSkill('python', 'have');
    store.setSkill('rag', 'learning');
    store.setSkill('cobol', 'have');
    expect(useQuizStore.getState().skills).toEqual({ python: 'have', rag: 'learning' });
    store.setSkill('python', 'missing');
    expect(useQuizStore.getState().skills).toEqual({ rag: 'learning' });
    store.answer('code', 'yes');
    store.startOver();
    expect(useQuizStore.getState().answers).toEqual({});
    expect(useQuizStore.getState().skills).toEqual({ rag: 'learning' });
    expect(saved()).toMatchObject({ state: { skills: { rag: 'learning' } } });
  });

  test('loadSkills replaces every skill with the known ones', async () => {
    await rehydrateFrom(envelope({ answers: {}, skills: { python: 'have' } }));
    useQuizStore.getState().loadSkills({ sql: 'learning', nonsense: 'have' });
    expect(useQuizStore.getState().skills).toEqual({ sql: 'learning' });
  });
});

describe('storage that fails', () => {
  test('getItem throws: empty state and the "unreadable" notice', async () => {
    window.localStorage.setItem(STORAGE_KEY, envelope({ answers: { code: 'yes' } }));
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await expect(useQuizStore.persist.rehydrate()).resolves.toBeUndefined();
    expect(useQuizStore.getState().answers).toEqual({});
    expect(useQuizStore.getState().notice).toBe<Notice>('saved-progress-unreadable');
    expect(useQuizStore.persist.hasHydrated()).toBe(true);
    // The quiz still works.
    useQuizStore.getState().answer('code', 'no');
    expect(useQuizStore.getState().answers).toEqual({ code: 'no' });
  });

  test('setItem throws: state updates in memory and "storage-unavailable" is reported once', async () => {
    const store = await freshStore();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    await store.persist.rehydrate();
    expect(store.getState().notice).toBeNull();

    expect(() => store.getState().answer('code', 'yes')).not.toThrow();
    expect(store.getState().answers).toEqual({ code: 'yes' });
    expect(store.getState().notice).toBe<Notice>('storage-unavailable');

    store.getState().dismissNotice();
    store.getState().answer('research', 'no');
    store.getState().setShortcutsEnabled(false);
    expect(store.getState().answers).toEqual({ code: 'yes', research: 'no' });
    expect(store.getState().shortcutsEnabled).toBe(false);
    expect(store.getState().notice).toBeNull();
    expect(setItem).toHaveBeenCalled();
  });

  test('both throw (storage blocked): empty state and "storage-unavailable", no crash', async () => {
    const store = await freshStore();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await store.persist.rehydrate();
    expect(store.getState().answers).toEqual({});
    expect(store.getState().notice).toBe<Notice>('storage-unavailable');
    store.getState().answer('code', 'no');
    expect(store.getState().answers).toEqual({ code: 'no' });
  });

  test('window.localStorage itself throws: nothing restored, the first answer reports it', async () => {
    const store = await freshStore();
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await store.persist.rehydrate();
    expect(store.getState().answers).toEqual({});
    store.getState().answer('code', 'yes');
    expect(store.getState().answers).toEqual({ code: 'yes' });
    expect(store.getState().notice).toBe<Notice>('storage-unavailable');
  });
});
