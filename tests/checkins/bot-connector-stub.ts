import nock from 'nock';

/** A Bot Connector played by nock: per conversation, a queue of answers; everything posted is recorded. */
export interface ConnectorStub {
  serviceUrl: string;
  /** Posts that reached the connector (answered or not), in order. */
  posts: Array<{ conversationId: string; at: number; status: number | 'hang' }>;
  /** Activities the connector accepted (200) for that conversation. */
  accepted(conversationId: string): Array<Record<string, unknown>>;
  /** The next answers for that conversation; afterwards it answers 200. */
  script(conversationId: string, answers: Array<{ status: number | 'hang'; headers?: Record<string, string> }>): void;
}

const HOST = 'https://smba.connector.test';

export function stubConnector(): ConnectorStub {
  const posts: ConnectorStub['posts'] = [];
  const acceptedByConversation = new Map<string, Array<Record<string, unknown>>>();
  const scripts = new Map<string, Array<{ status: number | 'hang'; headers?: Record<string, string> }>>();
  const route = /^\/emea\/v3\/conversations\/([^/]+)\/activities/;
  nock(HOST)
    .persist()
    .post(route)
    .reply(function (uri, body, callback) {
      const conversationId = decodeURIComponent(route.exec(uri)![1]!);
      const answer = scripts.get(conversationId)?.shift() ?? { status: 200 };
      posts.push({ conversationId, at: Date.now(), status: answer.status });
      // Hanging: never call back; the scheduler's deadline has to abort the request.
      if (answer.status === 'hang') return;
      if (answer.status === 200) {
        const list = acceptedByConversation.get(conversationId) ?? [];
        list.push(body as Record<string, unknown>);
        acceptedByConversation.set(conversationId, list);
        callback(null, [200, { id: `act-${posts.length}` }]);
        return;
      }
      callback(null, [answer.status, { error: { code: 'Fault', message: 'injected' } }, answer.headers ?? {}]);
    });
  return {
    serviceUrl: `${HOST}/emea/`,
    posts,
    accepted: (conversationId) => acceptedByConversation.get(conversationId) ?? [],
    script: (conversationId, answers) => scripts.set(conversationId, [...answers]),
  };
}
