import { useCallback, useRef, useState } from 'react';

export interface ControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  readonly value: T | undefined;
  readonly defaultValue: T;
  readonly onChange?: ((value: T) => void) | undefined;
}

/**
 * The `value` / `defaultValue` / `onValueChange` pattern: the component owns
 * the state unless the parent passes `value`, and `onChange` fires either way
 * (only for real changes).
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
}: ControllableStateOptions<T>): readonly [T, (next: T) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  const current = value === undefined ? uncontrolled : value;
  // Read through a ref so the setter keeps one identity across renders.
  const state = { value, current, onChange };
  const latest = useRef(state);
  latest.current = state;

  const setValue = useCallback((next: T) => {
    const { value: controlled, current: previous, onChange: notify } = latest.current;
    if (Object.is(previous, next)) return;
    if (controlled === undefined) setUncontrolled(next);
    notify?.(next);
  }, []);

  return [current, setValue] as const;
}
