import type { ReactNode } from 'react';

/**
 * Fills `{name}` placeholders with values wrapped in `<bdi data-slot="name">`:
 * a domain keeps its left-to-right order inside a right-to-left sentence, can
 * be styled, and stays text (React escapes it), whatever it contains.
 */
export function formatNodes(
  template: string,
  values: Readonly<Record<string, string>>,
): ReactNode[] {
  return template.split(/\{(\w+)\}/).map((part, index) =>
    // split() with a capture group puts the placeholder names at odd indexes.
    index % 2 === 0 || !Object.hasOwn(values, part) ? (
      part
    ) : (
      <bdi key={index} data-slot={part}>
        {values[part]}
      </bdi>
    ),
  );
}
