const SAFE = Symbol('safe html');

/** Markup that is already escaped: only {@link html} makes one. */
export interface SafeHtml {
  readonly [SAFE]: true;
  readonly text: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"x"</b>'); // '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/gu, (character) => ESCAPES[character] ?? character);
}

/**
 * Marks markup as safe without escaping it. Only for markup the dev-idp does not
 * build from input: oidc-provider's own forms and constant scripts.
 *
 * @example
 * ```ts
 * html`<script>${rawHtml(CONSTANT_SCRIPT)}</script>`;
 * ```
 */
export function rawHtml(text: string): SafeHtml {
  return { [SAFE]: true, text };
}

type Interpolation = string | number | SafeHtml | readonly SafeHtml[] | undefined;

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && SAFE in value;
}

function render(value: Interpolation): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  if (isSafe(value)) return value.text;
  return value.map((item) => item.text).join('');
}

/**
 * A template tag that escapes every interpolated string, so page code cannot
 * forget to: only nested `html` fragments pass through unescaped.
 *
 * @example
 * ```ts
 * const page = html`<p>Hello ${name}</p>`; // name is escaped
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += render(value) + (strings[index + 1] ?? '');
  });
  return { [SAFE]: true, text };
}
