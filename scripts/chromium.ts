// Debian's Chromium, shared by every browser test: test tools cannot download
// browsers on these machines, so each launch names the binary and these flags
// (headless as root on a closed network; see the README's requirements).

/** The Chromium binary: `CHROMIUM_PATH`, or Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium as root without network access. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
