import type { Page } from 'playwright-core';

/** Where a password field appeared: the page's origin and path. */
export type PasswordSighting = string;

/**
 * Records every `input[type=password]` that ever enters a document of the
 * page's browser context, from before the first navigation on: a
 * MutationObserver in every document (init script), reporting through a
 * binding, so a field that flashes in and out is caught too.
 *
 * @example
 * ```ts
 * const sightings = await watchPasswordFields(page);
 * await page.goto(origin);
 * expect(sightings).toEqual([]);
 * ```
 */
export async function watchPasswordFields(page: Page): Promise<readonly PasswordSighting[]> {
  const sightings: PasswordSighting[] = [];
  await page.context().exposeBinding('__tenantkitPasswordSeen', (_source, where: string) => {
    sightings.push(where);
  });
  await page.context().addInitScript(() => {
    const report = (window as unknown as { __tenantkitPasswordSeen: (where: string) => void })
      .__tenantkitPasswordSeen;
    const where = () => `${location.origin}${location.pathname}`;
    const inspect = (node: Node) => {
      if (!(node instanceof Element)) return;
      if (
        node.matches('input[type="password" i]') ||
        node.querySelector('input[type="password" i]')
      ) {
        report(where());
      }
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') inspect(record.target);
        record.addedNodes.forEach(inspect);
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['type'],
    });
  });
  return sightings;
}
