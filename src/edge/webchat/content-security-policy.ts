/**
 * Web Chat styles itself with injected <style> elements, hence 'unsafe-inline' for styles only;
 * scripts come from this server alone. Direct Line is reached over HTTPS and its WebSocket stream.
 */
export function webChatPageCsp(directLineEndpoint: string): string {
  const https = new URL(directLineEndpoint).origin;
  const wss = https.replace(/^https:/, 'wss:').replace(/^http:/, 'ws:');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src 'self' ${https} ${wss}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** For JSON and scripts: nothing may be embedded or run from them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";
