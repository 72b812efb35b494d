// How the browser tests start Debian's chromium (playwright cannot download browsers here; .ci/run
// installs chromium when it is missing).

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Headless, and with every background connection off: on a machine without a network, chromium's
 * own requests (updates, sync, QUIC probes) are refused, many at a time, and slow its start.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
