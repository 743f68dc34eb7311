export const DEFAULT_DIRECT_LINE_ENDPOINT = 'https://directline.botframework.com';

export interface WebChatOptions {
  /** The Direct Line secret of the Azure Bot's Direct Line or Web Chat channel; stays on the server. */
  directLineSecret?: string;
  /** Regional Direct Line, e.g. https://europe.directline.botframework.com. */
  directLineEndpoint?: string;
}

export interface ResolvedWebChatOptions {
  directLineSecret: string | undefined;
  directLineEndpoint: string;
}

export function resolveWebChatOptions(options: WebChatOptions): ResolvedWebChatOptions {
  const secret = options.directLineSecret?.trim();
  const endpoint = (options.directLineEndpoint?.trim() || DEFAULT_DIRECT_LINE_ENDPOINT).replace(/\/+$/, '');
  return { directLineSecret: secret ? secret : undefined, directLineEndpoint: endpoint };
}
