import type { CSSProperties } from 'react';

/**
 * Hides text from sight but not from screen readers. Inline, because the
 * switcher must work without the optional stylesheet.
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * Hides a few words in the flow of the text around them (which keeps them joined
 * to it in an accessible name), where a positioned element would add a space.
 */
export const clippedText: CSSProperties = { clipPath: 'inset(50%)' };
