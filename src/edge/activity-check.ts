import type { Activity } from 'botbuilder';

/** Teams' longest ids are a few hundred characters; a longer one would only bloat her document and the reply URLs. */
export const MAX_ID_LENGTH = 1024;

export type CheckedActivity = { ok: true; activity: Activity } | { ok: false; error: string };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAbsent = (value: unknown): boolean => value === undefined || value === null;
const isId = (value: unknown): boolean => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

/** A field's dotted name, for the error, and its steps, split once. */
interface FieldPath {
  name: string;
  keys: readonly string[];
}
const pathsOf = (names: readonly string[]): FieldPath[] => names.map((name) => ({ name, keys: name.split('.') }));

/** What every turn uses: who she is, where her conversation is, where to answer. */
const REQUIRED_IDS = pathsOf(['type', 'serviceUrl', 'channelId', 'from.id', 'recipient.id', 'conversation.id']);
/** Read by the bot or the SDK when present; JSON null counts as absent. */
const OPTIONAL_STRINGS = pathsOf([
  'id',
  'text',
  'action',
  'name',
  'deliveryMode',
  'replyToId',
  'timestamp',
  'localTimestamp',
  'expiration',
  'from.aadObjectId',
  'from.name',
  'conversation.tenantId',
  'conversation.conversationType',
  'channelData.tenant.id',
]);
const OPTIONAL_OBJECTS = pathsOf(['channelData', 'channelData.tenant']);
const OPTIONAL_MEMBER_LISTS = ['membersAdded', 'membersRemoved'];

/** The value at a dotted path; undefined when a step on the way is absent or not an object. */
function at(activity: Json, { keys }: FieldPath): unknown {
  let value: unknown = activity;
  for (const key of keys) value = isObject(value) ? value[key] : undefined;
  return value;
}

function firstProblem(activity: Json): string | undefined {
  for (const path of REQUIRED_IDS) if (!isId(at(activity, path))) return `the activity's ${path.name} must be a string of 1 to ${MAX_ID_LENGTH} characters`;
  for (const path of OPTIONAL_OBJECTS) {
    const value = at(activity, path);
    if (!isAbsent(value) && !isObject(value)) return `the activity's ${path.name} must be an object`;
  }
  if (!isHttpUrl(activity.serviceUrl as string)) return "the activity's serviceUrl must be an http or https URL";
  for (const path of OPTIONAL_STRINGS) {
    const value = at(activity, path);
    if (!isAbsent(value) && typeof value !== 'string') return `the activity's ${path.name} must be a string`;
  }
  for (const path of OPTIONAL_MEMBER_LISTS) {
    const members = activity[path];
    if (!isAbsent(members) && !(Array.isArray(members) && members.every((member) => isObject(member) && isId(member.id)))) return `the activity's ${path} must be a list of accounts with an id`;
  }
  // A message's value is what a card submitted: always an object.
  if (activity.type === 'message' && !isAbsent(activity.value) && !isObject(activity.value)) return "a message's value must be an object";
  return undefined;
}

function isHttpUrl(raw: string): boolean {
  try {
    const { protocol } = new URL(raw);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Checks the type of every activity field the bot or the SDK reads before anything reads it. A
 * field of the wrong type is a malformed request (the error names the field, never its value),
 * except `locale`, which a client may fill oddly: one that is not a string is dropped, as if absent.
 */
export function checkActivity(body: unknown): CheckedActivity {
  if (!isObject(body)) return { ok: false, error: 'the body must be a JSON activity (an object)' };
  const problem = firstProblem(body);
  if (problem) return { ok: false, error: problem };
  if (!isAbsent(body.locale) && typeof body.locale !== 'string') delete body.locale;
  return { ok: true, activity: body as unknown as Activity };
}
