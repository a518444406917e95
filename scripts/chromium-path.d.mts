export declare const DEBIAN_CHROMIUM: string;
/** CHROMIUM_PATH when set (and not blank), else Debian's /usr/bin/chromium. */
export declare function chromiumPath(env?: Record<string, string | undefined>): string;
