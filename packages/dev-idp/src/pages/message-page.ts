import { html, type SafeHtml } from './html.js';
import { layout } from './layout.js';

/**
 * A page that only says something: errors, "signed out".
 *
 * @example
 * ```ts
 * const page = messagePage('Signed out', 'You are signed out.');
 * ```
 */
export function messagePage(
  title: string,
  text: string,
  details: readonly string[] = [],
): SafeHtml {
  return layout(
    title,
    html`<h1>${title}</h1>
      <p>${text}</p>
      ${details.map((detail) => html`<p class="muted"><code>${detail}</code></p>`)}`,
  );
}
