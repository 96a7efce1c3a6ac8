export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * A storage that never throws: private modes and full quotas make Web Storage throw, and a
 * workshop must keep working (in memory) when that happens.
 */
export function safeStorage(get: () => KeyValueStorage | undefined): KeyValueStorage {
  const memory = new Map<string, string>();
  const backend = () => {
    try {
      return get();
    } catch {
      return undefined;
    }
  };
  return {
    getItem(key) {
      try {
        const value = backend()?.getItem(key);
        if (value !== null && value !== undefined) return value;
      } catch {
        // fall through to memory
      }
      return memory.get(key) ?? null;
    },
    setItem(key, value) {
      memory.set(key, value);
      try {
        backend()?.setItem(key, value);
      } catch {
        // kept in memory only
      }
    },
    removeItem(key) {
      memory.delete(key);
      try {
        backend()?.removeItem(key);
      } catch {
        // nothing more to do
      }
    },
  };
}

export const local = safeStorage(() => globalThis.localStorage);
export const session = safeStorage(() => globalThis.sessionStorage);
