/**
 * Sent by the Refresh button, the `R` key and the automatic refresh: the server then asks
 * ibl.ai afresh instead of answering from its cache (and stores the fresh answer).
 */
export const REFRESH_HEADER = 'X-Dashboard-Refresh';
export const REFRESH_VALUE = '1';
