/**
 * Hostile `data` objects, a class of the catalogue (catalogue.suite.ts): getters and Proxy traps that throw (at
 * the top, nested, in arrays), revoked Proxies, cycles through arrays, fields whose `toJSON`, `valueOf`,
 * `toString` or `Symbol.toPrimitive` throws, and frozen documents. Each one is drawn or refused with a located
 * message; nothing thrown reaches the page.
 */
import type { Case, Expect } from './catalogue.js';
import type { LoadedWidget } from './registry.js';
import { clone } from './schema-walk.js';

type Doc = Record<string, any>;

const boom = (): never => {
  throw new Error('hostile object');
};

/** `obj` with an enumerable property `key` whose getter throws. */
function throwingGetter<T extends object>(obj: T, key: string | number): T {
  Object.defineProperty(obj, key, { get: boom, enumerable: true, configurable: true });
  return obj;
}

/** A Proxy of `target` whose `trap` throws. */
const trapping = (target: object, trap: keyof ProxyHandler<object>): object => new Proxy(target, { [trap]: boom });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** The hostile-object cases of one widget. */
export function hostileObjectCases(w: LoadedWidget): Case[] {
  const ex = w.example as Doc;
  const list = w.lists[0];
  const firstKey = Object.keys(ex)[0];
  const item = ex[list][0] as Doc;
  const textKey = Object.keys(item).find((k) => k !== 'id' && (typeof item[k] === 'string' || (item[k] && typeof item[k] === 'object')))!;
  const numberKey = Object.keys(item).find((k) => typeof item[k] === 'number');
  const out: Case[] = [];
  const add = (name: string, data: unknown, expect: Expect) =>
    out.push({ widget: w.name, group: 'hostile object', name, input: { kind: 'data', data }, lang: 'vi', expect });
  const err = (path: string, code?: string): Expect => ({ status: 'error', path, code });
  const withItem = (change: (doc: Doc) => void): Doc => {
    const doc = clone(ex);
    change(doc);
    return doc;
  };

  add('a getter that throws (top level)', throwingGetter(clone(ex), 'title'), err('title', 'errInvalid'));
  add(
    `a getter that throws (nested: ${list}[0].${textKey})`,
    withItem((d) => throwingGetter(d[list][0], textKey)),
    err(`${list}[0].${textKey}`, 'errInvalid'),
  );
  add(
    `a getter that throws (an array element: ${list}[1])`,
    withItem((d) => throwingGetter(d[list], 1)),
    err(`${list}[1]`, 'errInvalid'),
  );
  add(
    'a getter that throws (an array length)',
    withItem((d) => (d[list] = new Proxy(d[list], { get: (t, k) => (k === 'length' ? boom() : t[k as any]) }))),
    err(list, 'errInvalid'),
  );
  add('a Proxy whose get trap throws', trapping(clone(ex), 'get'), err(firstKey, 'errInvalid'));
  add('a Proxy whose ownKeys trap throws', trapping(clone(ex), 'ownKeys'), err('', 'errInvalid'));
  add('a Proxy whose getOwnPropertyDescriptor trap throws', trapping(clone(ex), 'getOwnPropertyDescriptor'), err('', 'errInvalid'));
  add(
    `a Proxy whose get trap throws (nested: ${list}[0])`,
    withItem((d) => (d[list][0] = trapping(d[list][0], 'get'))),
    err(`${list}[0].${Object.keys(item)[0]}`, 'errInvalid'),
  );
  add(
    `a Proxy whose ownKeys trap throws (nested: ${list}[0])`,
    withItem((d) => (d[list][0] = trapping(d[list][0], 'ownKeys'))),
    err(`${list}[0]`, 'errInvalid'),
  );
  const revoked = Proxy.revocable(clone(ex), {});
  revoked.revoke();
  add('a revoked Proxy', revoked.proxy, err('', 'errInvalid'));
  // Traps that reading the document never calls: it is drawn.
  add('a Proxy whose has trap throws', trapping(clone(ex), 'has'), { status: 'ready' });
  add(
    'a Proxy whose set, defineProperty and deleteProperty traps throw',
    new Proxy(clone(ex), { set: boom, defineProperty: boom, deleteProperty: boom }),
    {
      status: 'ready',
    },
  );
  add('a frozen document', deepFreeze(clone(ex)), { status: 'ready' });
  add(
    `a cycle through an array (${list}[0].again = ${list})`,
    withItem((d) => (d[list][0].again = d[list])),
    err(`${list}[0]`, 'errUnknownField'),
  );
  add('a document whose toJSON throws', Object.assign(clone(ex), { toJSON: boom }), err('', 'errUnknownField'));
  add(
    `${list}[0].${textKey} with a throwing toString and valueOf`,
    withItem((d) => (d[list][0][textKey] = { toString: boom, valueOf: boom })),
    err(`${list}[0].${textKey}`),
  );
  add(
    `${list}[0].${textKey} with a throwing Symbol.toPrimitive`,
    withItem((d) => (d[list][0][textKey] = { [Symbol.toPrimitive]: boom })),
    err(`${list}[0].${textKey}`),
  );
  if (numberKey)
    add(
      `${list}[0].${numberKey} = an object whose valueOf throws`,
      withItem((d) => (d[list][0][numberKey] = { valueOf: boom })),
      err(`${list}[0].${numberKey}`),
    );
  return out;
}
