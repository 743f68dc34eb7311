/**
 * Whether a URL points at this machine: http(s) to localhost, 127.x.x.x or [::1], any port. The
 * WHATWG parser has already normalised the host (127.1, 0x7f.1 and 2130706433 all read as 127.0.0.1).
 */
export function isLoopbackUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname);
}
