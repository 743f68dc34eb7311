import { PAGE_TEXT } from './page-text';

export const WEBCHAT_BUNDLE_PATH = '/webchat/webchat.js';
export const WEBCHAT_CLIENT_PATH = '/webchat/app.js';
export const WEBCHAT_STYLE_PATH = '/webchat/app.css';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface WebChatPageModel {
  configured: boolean;
  directLineDomain: string;
}

export function renderWebChatPage({ configured, directLineDomain }: WebChatPageModel): string {
  const chat = configured
    ? `<p id="status" role="status">${escapeHtml(PAGE_TEXT.connecting)}</p>
    <div id="webchat" role="main" data-directline-domain="${escapeHtml(directLineDomain)}" data-error-text="${escapeHtml(PAGE_TEXT.connectFailed)}"></div>
    <noscript><p class="note">${escapeHtml(PAGE_TEXT.noScript)}</p></noscript>
    <script src="${WEBCHAT_BUNDLE_PATH}"></script>
    <script src="${WEBCHAT_CLIENT_PATH}"></script>`
    : `<div class="note" id="not-configured" role="main">
      <p>${escapeHtml(PAGE_TEXT.notConfigured)}</p>
      <p class="small">${escapeHtml(PAGE_TEXT.notConfiguredOperator)}</p>
    </div>`;

  return `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>${escapeHtml(PAGE_TEXT.title)}</title>
    <link rel="stylesheet" href="${WEBCHAT_STYLE_PATH}">
  </head>
  <body>
    <header>
      <h1>${escapeHtml(PAGE_TEXT.title)}</h1>
      <p>${escapeHtml(PAGE_TEXT.intro)}</p>
      <p class="urgent">${escapeHtml(PAGE_TEXT.urgent)}</p>
    </header>
    ${chat}
  </body>
</html>
`;
}

export const WEBCHAT_STYLE = `
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; background: #fbf7f4; color: #2b2b2b; }
header { padding: 0.75rem 1rem; background: #fff; border-bottom: 1px solid #eadfd8; }
h1 { font-size: 1.25rem; margin: 0 0 0.25rem; }
header p { margin: 0.25rem 0; font-size: 0.95rem; }
.urgent { font-weight: 600; }
#status, .note { padding: 1rem; }
.small { font-size: 0.85rem; color: #555; }
#webchat { flex: 1; min-height: 0; max-width: 48rem; width: 100%; margin: 0 auto; background: #fff; }
`;

/** Runs in the browser: fetch a token from our server, then hand Web Chat a Direct Line connection. */
export const WEBCHAT_CLIENT_SCRIPT = `'use strict';
(function () {
  var root = document.getElementById('webchat');
  var status = document.getElementById('status');
  if (!root || !window.WebChat) return;
  fetch('/api/directline/token', { method: 'POST', credentials: 'same-origin', cache: 'no-store' })
    .then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    })
    .then(function (session) {
      var directLine = window.WebChat.createDirectLine({
        token: session.token,
        domain: root.getAttribute('data-directline-domain')
      });
      window.WebChat.renderWebChat(
        { directLine: directLine, locale: 'nb-NO', styleOptions: { hideUploadButton: true, emojiSet: false } },
        root
      );
      if (status) status.hidden = true;
    })
    .catch(function () {
      if (status) status.textContent = root.getAttribute('data-error-text');
    });
})();
`;
