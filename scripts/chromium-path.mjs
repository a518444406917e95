// The one Chromium the end-to-end tests, the bench and the screenshots drive: CHROMIUM_PATH
// when set, else Debian's package. Plain JavaScript, as CI runs it before `npm ci`.
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH?.trim() || DEBIAN_CHROMIUM;
}
