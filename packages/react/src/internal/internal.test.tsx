import { act, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { createSafeContext } from './create-safe-context.js';
import { useControllableState } from './use-controllable-state.js';

describe('createSafeContext', () => {
  const [CountProvider, useCount] = createSafeContext<number>('CountProvider');
  function Count() {
    return <output>{useCount('useCount')}</output>;
  }

  test('gives the provided value', () => {
    render(
      <CountProvider value={3}>
        <Count />
      </CountProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('3');
  });

  test('throws an error naming the provider when used outside it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Count />)).toThrow('useCount must be used inside <CountProvider>.');
    vi.restoreAllMocks();
  });
});

describe('useControllableState', () => {
  test('uncontrolled: owns the value and reports changes once', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useControllableState({ value: undefined, defaultValue: 'a', onChange }),
    );
    act(() => result.current[1]('b'));
    act(() => result.current[1]('b'));
    expect(result.current[0]).toBe('b');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('controlled: follows the parent and only asks for changes', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(
      ({ value }) => useControllableState({ value, defaultValue: 'a', onChange }),
      { initialProps: { value: 'x' } },
    );
    act(() => result.current[1]('y'));
    expect(result.current[0]).toBe('x');
    expect(onChange).toHaveBeenCalledWith('y');
    rerender({ value: 'y' });
    expect(result.current[0]).toBe('y');
  });
});
