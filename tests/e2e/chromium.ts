/** Launches Debian's Chromium headless, offline-friendly; shared by the browser tests and the benchmark. */
import { chromium, type Browser } from 'playwright-core';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts /usr/bin/chromium with no download and no background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });
}

/** True for requests that stay on this machine (the static server, data: and blob: URLs). */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
}
