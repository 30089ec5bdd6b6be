// A persist storage that never throws: reads that fail or return garbage are
// reported through `onProblem` and treated as "nothing saved"; writes that fail
// (private browsing, quota full) are reported once and the app carries on in memory.
import type { PersistStorage, StorageValue } from 'zustand/middleware';

export type StorageProblem = 'unreadable' | 'corrupt' | 'unwritable';

function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function createSafeStorage<S>(onProblem: (problem: StorageProblem) => void): PersistStorage<S> {
  let reportedUnwritable = false;
  return {
    getItem(name): StorageValue<S> | null {
      let raw: string | null;
      try {
        raw = browserStorage()?.getItem(name) ?? null;
      } catch {
        onProblem('unreadable');
        return null;
      }
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed === 'object' && parsed !== null && 'state' in parsed) {
          const { state, version } = parsed as { state: unknown; version?: unknown };
          // The shape of `state` is checked by the store's merge; here only the envelope.
          return { state: state as S, version: typeof version === 'number' ? version : 0 };
        }
      } catch {
        // fall through: truncated or non-JSON text
      }
      onProblem('corrupt');
      return null;
    },
    setItem(name, value) {
      try {
        const storage = browserStorage();
        if (!storage) throw new Error('no storage');
        storage.setItem(name, JSON.stringify(value));
      } catch {
        // Set the flag first: reporting updates the store, whose persist middleware writes
        // again, and that write fails too; reporting after it would recurse without end.
        if (reportedUnwritable) return;
        reportedUnwritable = true;
        onProblem('unwritable');
      }
    },
    removeItem(name) {
      try {
        browserStorage()?.removeItem(name);
      } catch {
        // Nothing to do: if storage cannot be used there is nothing saved to remove.
      }
    },
  };
}
