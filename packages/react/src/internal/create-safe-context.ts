import { createContext, type Provider, useContext } from 'react';

const missing = Symbol('missing provider');

/**
 * Creates a context whose hook throws a helpful error when it is used outside
 * its provider, instead of returning a silent default.
 */
export function createSafeContext<T>(
  providerName: string,
): readonly [Provider<T>, (hookName: string) => T] {
  // The explicit return type keeps the private `missing` symbol out of emitted declarations.
  const Context = createContext<T | typeof missing>(missing);
  Context.displayName = providerName;

  return [
    Context.Provider,
    (hookName: string): T => {
      const value = useContext(Context);
      if (value === missing) throw new Error(`${hookName} must be used inside <${providerName}>.`);
      return value;
    },
  ] as const;
}
