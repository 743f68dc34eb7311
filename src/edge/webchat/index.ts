export { registerWebChat, DIRECT_LINE_TOKEN_PATH } from './register-web-chat';
export type { WebChatOptions } from './web-chat-options';
export { DEFAULT_DIRECT_LINE_ENDPOINT } from './web-chat-options';
