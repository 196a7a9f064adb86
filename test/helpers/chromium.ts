// Debian's Chromium as the tests drive it (the chart renders of test/cli, the site of test/site):
// where it is and the switches that keep it headless and off the network.

/** The browser: Debian's chromium, or the one `QUEUECAST_CHROMIUM` names. */
export const CHROMIUM: string = process.env.QUEUECAST_CHROMIUM ?? '/usr/bin/chromium';

/** Headless, nothing that reaches the network or writes beyond the profile, no scroll bars in screenshots. */
export const CHROMIUM_SWITCHES: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--hide-scrollbars',
];
