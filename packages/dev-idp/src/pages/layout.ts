import { html, type SafeHtml } from './html.js';

/**
 * The Content-Security-Policy of every page the dev-idp renders: no scripts
 * (except the hashes a page lists), no framing, no plugins.
 *
 * @example
 * ```ts
 * res.setHeader('Content-Security-Policy', pageSecurityPolicy([]));
 * ```
 */
export function pageSecurityPolicy(scriptHashes: readonly string[]): string {
  const scripts =
    scriptHashes.length === 0 ? "'none'" : scriptHashes.map((hash) => `'sha256-${hash}'`).join(' ');
  return `default-src 'none'; style-src 'unsafe-inline'; script-src ${scripts}; frame-ancestors 'none'; base-uri 'none'`;
}

const STYLE = html`
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; } body { margin: 0;
  min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
  main { width: min(24rem, 100% - 2rem); padding: 1.5rem; border: 1px solid GrayText; border-radius:
  0.75rem; } .dev { margin: 0 0 1rem; padding: 0.5rem 0.75rem; border-radius: 0.5rem; background:
  #fff3cd; color: #5c4400; font-size: 0.85rem; } h1 { font-size: 1.35rem; margin: 0 0 0.25rem; } p {
  margin: 0.5rem 0; } label { display: block; margin: 0.75rem 0 0.25rem; font-weight: 600; } input {
  box-sizing: border-box; width: 100%; padding: 0.55rem; font: inherit; } button { width: 100%;
  margin-top: 1rem; padding: 0.6rem; font: inherit; font-weight: 600; cursor: pointer; } .error {
  color: #b00020; font-weight: 600; } ul { list-style: none; padding: 0; margin: 0; } .muted {
  opacity: 0.75; font-size: 0.9rem; }
`;

/**
 * Wraps a page body in the shared document, with the "development only" banner.
 *
 * @example
 * ```ts
 * const page = layout('Sign in', html`<h1>Sign in</h1>`);
 * ```
 */
export function layout(title: string, body: SafeHtml): SafeHtml {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title} · tenantkit dev-idp</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <main>
          <p class="dev" role="note">
            tenantkit dev identity provider: for development only, never for production.
          </p>
          ${body}
        </main>
      </body>
    </html>`;
}
