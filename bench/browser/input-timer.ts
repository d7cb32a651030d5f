// Runs in the page: times one user input, from the browser's input event to
// each of several expected DOM states (milestones), laid out. Paint is left
// out: headless frames are throttled and would round every figure to a frame.

/** The kinds of input a measurement starts from. */
export type InputKind = 'pointerdown' | 'keydown';

/** Conditions on the DOM, by name: each is checked after every DOM change. */
export type Milestones = Readonly<Record<string, () => boolean>>;

/** What a page exposes to the benchmark driver. */
export interface InputTimer {
  /** Starts listening: the next `kind` event starts the clock; each milestone stops its own. */
  arm(kind: InputKind, milestones: Milestones): void;
  /** Milliseconds from the input to each milestone, once all are reached. */
  result(): Promise<Record<string, number>>;
}

const timeoutMs = 10_000;

/**
 * Creates the timer a page exposes to Playwright.
 *
 * @example
 * ```ts
 * const timer = createInputTimer();
 * timer.arm('keydown', { list: () => document.querySelectorAll('li').length === 3 });
 * ```
 */
export function createInputTimer(): InputTimer {
  let pending: Promise<Record<string, number>> = Promise.reject(
    new Error('inputTimer: arm() first'),
  );
  pending.catch(() => undefined);
  return {
    arm(kind, milestones) {
      pending = new Promise((resolve, reject) => {
        let started: number | null = null;
        const reached: Record<string, number> = {};
        const observer = new MutationObserver(() => {
          if (started === null) return;
          const now = Object.keys(milestones).filter(
            (name) => !(name in reached) && milestones[name]?.() === true,
          );
          if (now.length === 0) return;
          // Forces style and layout, the work the browser does before it paints.
          document.body.getBoundingClientRect();
          const elapsed = performance.now() - started;
          for (const name of now) reached[name] = elapsed;
          if (Object.keys(reached).length < Object.keys(milestones).length) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(reached);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          const missed = Object.keys(milestones).filter((name) => !(name in reached));
          reject(new Error(`inputTimer: after ${kind}, never reached ${missed.join(', ')}`));
        }, timeoutMs);
        const start = (event: Event) => {
          started = event.timeStamp;
        };
        window.addEventListener(kind, start, { capture: true, once: true });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      });
      pending.catch(() => undefined);
    },
    result: () => pending,
  };
}
