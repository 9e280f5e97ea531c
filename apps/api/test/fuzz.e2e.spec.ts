import { testEngines } from '@tdkt/api/database/testing';
import { COMMENDATION_COLUMNS, CommendationRow } from '@tdkt/api/commendations';
import { SheetLayout } from '@tdkt/api/imports';
import { PLEDGE_RESULT_LAYOUT, PledgeResultRow } from '@tdkt/api/pledges';
import { TYPICAL_EXAMPLE_LAYOUT, TypicalExampleRow } from '@tdkt/api/typical-examples';
import { REPORT_SECTION_KEYS } from '@tdkt/shared/contracts';
import fc from 'fast-check';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { GOOD_ROW, SheetRow, commendationWorkbook } from './fixtures/commendation-workbook';
import { LayoutRow, layoutWorkbook } from './fixtures/import-workbook';
import { TEST_USERS, TestApp, TestUser, attachRequiredDocuments, createTestApp, tableCounts } from './test-app';

/**
 * Property-based fuzzing of every write endpoint (and the reads): generated invalid bodies, ids, path
 * parameters and query strings must be answered 4xx in the {statusCode, error, message} shape, never 5xx
 * or 2xx, and must leave the database exactly as it was (checked after every request, then per table).
 *
 * The general runs leave out four kinds of input that each have a test of their own at the end (NUL
 * characters, keys named after Object.prototype's members, path years out of range, records dated inside
 * a locked period), each listing every endpoint it affects, so that one known failure cannot hide others;
 * a fifth such test tries null on every field a PATCH must not empty.
 *
 * FUZZ_SEED replays or varies a run; FUZZ_SCALE multiplies the number of runs.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_240_729);
const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const TIMEOUT = 240_000;

// ---------------------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------------------

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** Who sends: a test account, nobody, a raw Authorization header, or a token whose claims were swapped. */
type Caller = TestUser | 'anonymous' | { authorization: string } | { tampered: TestUser };
/** A JSON value (serialized here), raw text with its content type, or a multipart upload of one file. */
type Payload = { json: unknown } | { raw: string; type: string } | Upload;

/** A multipart/form-data body carrying `bytes` in the form field `field`, named and typed as given. */
class Upload {
  constructor(
    readonly field: string,
    readonly bytes: Buffer,
    readonly filename: string,
    readonly type: string,
    readonly what: string,
  ) {}
  [fc.toStringMethod](): string {
    return `upload(${this.what}, ${this.field}=${JSON.stringify(this.filename)} ${this.type}, ${this.bytes.length} bytes)`;
  }
}

interface Call {
  method: Method;
  path: string;
  query?: string | null;
  caller: Caller;
  payload?: Payload | null;
}

/** Text sent as it is: JSON that JSON.stringify cannot write (1e400, -0) or malformed escapes in a URL. */
class Verbatim {
  constructor(readonly text: string) {}
  [fc.toStringMethod](): string {
    return `verbatim(${JSON.stringify(this.text.length > 40 ? `${this.text.slice(0, 40)}…(${this.text.length})` : this.text)})`;
  }
}

/** A long string, kept short in fast-check's counterexamples. */
class Repeated {
  constructor(
    readonly unit: string,
    readonly times: number,
  ) {}
  toJSON(): string {
    return this.unit.repeat(this.times);
  }
  [fc.toStringMethod](): string {
    return `${JSON.stringify(this.unit)}×${this.times}`;
  }
}

function serialize(value: unknown): string {
  const verbatim: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Verbatim ? `\u0001${verbatim.push(v.text) - 1}\u0001` : v));
  return (text ?? 'undefined').replace(/"\\u0001(\d+)\\u0001"/g, (_m, i: string) => verbatim[Number(i)]);
}

/** Lone surrogates cannot be percent-encoded; the server would never see them anyway. */
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const enc = (s: string) => encodeURIComponent(wellFormed(s));
/** Escapes only what an HTTP client cannot put on the wire, so "%", "&" and "=" arrive raw. */
const loose = (s: string) => wellFormed(s).replace(/[^\x21-\x7e]|#/gu, (c) => encodeURIComponent(c));
const segment = (s: string | Verbatim) => (s instanceof Verbatim ? s.text : enc(s));

function authorization(t: TestApp, caller: Caller): string | null {
  if (caller === 'anonymous') return null;
  if (typeof caller === 'string') return `Bearer ${t.tokens[caller]}`;
  if ('authorization' in caller) return caller.authorization;
  // Another account's claims under this account's signature: an escalation attempt.
  const victim: TestUser = caller.tampered === 'admin' ? 'reviewer' : 'admin';
  const [header, , signature] = t.tokens[caller.tampered].split('.');
  return `Bearer ${header}.${t.tokens[victim].split('.')[1]}.${signature}`;
}

function send(t: TestApp, call: Call): Promise<Response> {
  const url = call.query ? `${call.path}?${call.query}` : call.path;
  let req = t.http()[call.method](url);
  const auth = authorization(t, call.caller);
  if (auth !== null) req = req.set('Authorization', auth);
  const payload = call.payload;
  if (!payload) return req;
  if (payload instanceof Upload) return req.attach(payload.field, payload.bytes, { filename: payload.filename, contentType: payload.type });
  return 'json' in payload
    ? req.set('Content-Type', 'application/json').send(serialize(payload.json))
    : req.set('Content-Type', payload.type).send(payload.raw);
}

const label = (call: Call) => {
  const who = typeof call.caller === 'string' ? call.caller : JSON.stringify(call.caller);
  const body = !call.payload
    ? ''
    : call.payload instanceof Upload
      ? ` ${call.payload[fc.toStringMethod]()}`
      : 'json' in call.payload
        ? ` ${serialize(call.payload.json)}`
        : ` (${call.payload.type}) ${call.payload.raw}`;
  return `${call.method.toUpperCase()} ${call.path}${call.query ? `?${call.query}` : ''} as ${who}${body.length > 240 ? `${body.slice(0, 240)}…` : body}`;
};

// ---------------------------------------------------------------------------------------------------------
// What a right answer is
// ---------------------------------------------------------------------------------------------------------

/** Why an error answer is not in the §6 shape, or null. */
function badErrorShape(res: Response): string | null {
  const body = res.body as Record<string, unknown> | null;
  const message = body?.['message'];
  const ok =
    body !== null &&
    typeof body === 'object' &&
    body['statusCode'] === res.status &&
    typeof body['error'] === 'string' &&
    (typeof message === 'string' || (Array.isArray(message) && message.every((m) => typeof m === 'string')));
  return ok ? null : `answered ${res.status} without the {statusCode, error, message} shape`;
}

type Check = (res: Response) => string | null;

/** Input that must be refused: a 4xx in the error shape. */
const refused: Check = (res) => (res.status < 400 || res.status >= 500 ? `answered ${res.status}` : badErrorShape(res));

/** Input that must be refused as a bad request: an unknown key, sent by an account allowed to write. */
const badRequest: Check = (res) => (res.status !== 400 ? `answered ${res.status}, not 400` : badErrorShape(res));

/** Input a read may accept or refuse, but never fail on. */
const noServerError: Check = (res) => (res.status >= 500 ? `answered ${res.status}` : res.status >= 400 ? badErrorShape(res) : null);

// ---------------------------------------------------------------------------------------------------------
// The database, checked after every request
// ---------------------------------------------------------------------------------------------------------

async function publicTables(ds: DataSource): Promise<string[]> {
  const rows: Array<{ name: string }> = await ds.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  return rows.map((r) => r.name);
}

/** One md5 per table over every row (updates count, not only inserts and deletes), in one round trip. */
async function digests(ds: DataSource, tables: string[]): Promise<Record<string, string>> {
  const columns = tables.map((t, i) => `(SELECT coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') FROM "${t}" x) AS d${i}`);
  const [row] = await ds.query(`SELECT ${columns.join(', ')}`);
  return Object.fromEntries(tables.map((t, i) => [t, row[`d${i}`] as string]));
}

/** Seeded reference data: no endpoint writes it. */
const REFERENCE_TABLES = ['provinces', 'award_types', 'migrations', 'seed_runs'];

/** Bookkeeping, not records (issue #15): rate-limit counters count refused requests too. */
const BOOKKEEPING_TABLES = ['rate_limit_counters'];

const changed = (a: Record<string, string>, b: Record<string, string>) => Object.keys(a).filter((k) => a[k] !== b[k]);

// ---------------------------------------------------------------------------------------------------------
// Generators of invalid values, field by field. Each value here fails its field's validator whatever else
// the body holds, so a body with one of them is invalid for certain.
// ---------------------------------------------------------------------------------------------------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PROVINCE = /^\d{2}$/;
const CLUSTER = /^[A-Z0-9_]{2,20}$/;
const AWARD = /^[A-Z0-9_]{2,60}$/;
const CRITERION = /^[A-Za-z0-9_.-]{1,20}$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,39}$/;
const ROLES = ['ADMIN', 'CLUSTER_CHAIR', 'COUNCIL_REVIEWER', 'PROVINCE_STAFF'];
const PERIODS = ['FY', 'H1'];

/** NUL has its own test (see the header); the general runs strip it. */
const noNul = (s: string) => s.split('\u0000').join('');
/** Text that is valid but hostile: injection, markup, lone surrogates, combining marks, RTL. */
const HOSTILE = [
  "'; DROP TABLE commendations; --",
  "1' OR '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '%s%n%x',
  '../../../etc/passwd',
  '\ud800',
  '\udfff\ud800',
  'Ho\u0300a Bi\u0300nh',
  '🎖️🇻🇳',
  '\u202eRTL',
  'null',
  '\\',
  '%_',
  '"',
  '\r\n',
];
const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }).map(noNul),
);
const jsonish = fc.jsonValue({ maxDepth: 2 });
const bigNumber = fc.constantFrom(new Verbatim('1e400'), new Verbatim('-1e400'));
const notText = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
  bigNumber,
);
const blank = fc.constantFrom('', ' ', '\t\n', '\u00a0\u3000', '\ufeff');
/** Longer than max in UTF-16 units and in code points alike. */
const tooLong = (max: number) =>
  fc.tuple(fc.constantFrom('a', 'Đ', "'", '<b>', '🎖'), fc.integer({ min: max + 1, max: max + 100 })).map(([u, n]) => new Repeated(u, n));

interface Field {
  bad: fc.Arbitrary<unknown>;
  required?: boolean;
}
const field = (required: boolean, ...bad: Array<fc.Arbitrary<unknown>>): Field => ({
  required,
  bad: fc.oneof(...bad, ...(required ? [fc.constant(null)] : [])),
});

const BAD_DATES = [
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-04-31',
  '2024-06-00',
  '0000-01-01',
  '2024-1-1',
  '20240101',
  '2024/01/01',
  '30/06/2024',
  '2024-01-01T00:00:00Z',
  ' 2024-01-01',
  '2024-01-01\n',
  'hôm qua',
  '',
  'now()',
  'infinity',
  "2024-01-01'; --",
  '+002024-01-01',
  '٢٠٢٤-٠١-٠١',
  '２０２４-０１-０１',
];

const F = {
  /** Text with a maximum length; nonEmpty for required text (also when a PATCH makes it optional). */
  text: (max: number, opts: { required?: boolean; nonEmpty?: boolean } = {}) =>
    field(opts.required ?? false, tooLong(max), notText, ...(opts.nonEmpty ? [blank] : [])),
  date: (required: boolean) =>
    field(
      required,
      fc.constantFrom(...BAD_DATES),
      fc.string({ maxLength: 12 }).filter((s) => !ISO_DATE.test(s)),
      fc.constantFrom<unknown>(20240101, 1719705600000, true, [], {}, ['2024-01-01']),
    ),
  year: (required: boolean) =>
    field(
      required,
      fc.integer({ max: 1944 }),
      fc.integer({ min: 2101 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Number.isInteger(d) || d < 1945 || d > 2100),
      fc.constantFrom<unknown>(1800, 3000, 0, -1, 2024.5, 1e21, '2024', '', true, [2024], {}, new Verbatim('-0'), new Verbatim('1e400')),
    ),
  int: (min: number, max: number | null, required: boolean) =>
    field(
      required,
      fc.integer({ min: -(2 ** 31), max: min - 1 }),
      ...(max === null ? [] : [fc.integer({ min: max + 1 })]),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Number.isInteger(d)),
      fc.constantFrom<unknown>(String(min + 1), '', true, [min + 1], {}, new Verbatim(`${min + 1}.5`), new Verbatim('1e400')),
    ),
  num: (min: number, max: number, places: number, required: boolean) =>
    field(
      required,
      fc.double({ min: max, noNaN: true, noDefaultInfinity: true }).filter((d) => d > max),
      fc.double({ max: min, noNaN: true, noDefaultInfinity: true }).filter((d) => d < min),
      fc.constantFrom<unknown>(
        Number(`1.${'0'.repeat(places)}5`),
        '5',
        true,
        [],
        {},
        new Verbatim('1e400'),
        new Verbatim('-1e400'),
        new Verbatim(`0.${'1'.repeat(places + 1)}`),
      ),
    ),
  oneOf: (values: string[], required: boolean, alsoBad: string[] = []) =>
    field(
      required,
      fc.string({ maxLength: 12 }).filter((s) => !values.includes(s)),
      fc.constantFrom<unknown>(...alsoBad, ...values.map((v) => v.toLowerCase()), ...values.map((v) => `${v} `), 0, true, [values[0]], {}),
    ),
  pattern: (re: RegExp, samples: string[], required: boolean) =>
    field(
      required,
      fc.string({ maxLength: 24 }).filter((s) => !re.test(s)),
      fc.constantFrom<unknown>(...samples, 8, 8.5, true, [], {}),
    ),
  province: (required: boolean) => F.pattern(PROVINCE, ['8', '008', 'AB', ' 08', '08 ', '08\n', '０８', '٠٨', '0x8'], required),
  cluster: (required: boolean) => F.pattern(CLUSTER, ['x', 'tdmnpb', 'TDM-NPB', 'A'.repeat(21), ' TDMNPB', 'TDMNPB\n', 'ĐBSH'], required),
  uuid: () =>
    field(
      false,
      fc.string({ maxLength: 40 }).filter((s) => !UUID.test(s)),
      fc.uuid().map((u) => u.replace(/-/g, '')),
      fc.uuid().map((u) => `{${u}}`),
      fc.uuid().map((u) => `${u}0`),
      fc.constantFrom<unknown>('not-a-uuid', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', 123, true, [], {}),
    ),
  bool: () => field(false, fc.constantFrom<unknown>('true', 'false', 1, 0, 'có', 'yes', [], {}, [true])),
  roles: (required: boolean) =>
    field(
      required,
      fc.constantFrom<unknown>([], ['GOD'], ['ADMIN', 'ADMIN'], ['admin'], [...ROLES, 'ADMIN'], 'ADMIN', [null], [['ADMIN']], {}),
      fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 }).filter((a) => a.some((r) => !ROLES.includes(r))),
    ),
  password: (required: boolean) => field(required, fc.string({ maxLength: 11 }), tooLong(200), notText),
  list: (item: Shape, max: number, required: boolean) =>
    field(
      required,
      fc.constantFrom<unknown>([], 'TC1', 5, {}, [1], [null], [[]], [{}]),
      fc.constant(Array.from({ length: max + 1 }, () => item.base)),
      invalidRecord(item).map((bad) => [item.base, bad]),
    ),
};

// ---------------------------------------------------------------------------------------------------------
// Invalid bodies
// ---------------------------------------------------------------------------------------------------------

interface Shape {
  /** A body the endpoint accepts. */
  base: Record<string, unknown>;
  /** Every property of the DTO (an unknown key is one not listed here). */
  fields: Record<string, Field>;
  /** Well-formed changes the service must refuse (unknown reference, stale version, wrong scope…). */
  semantic?: fc.Arbitrary<Record<string, unknown>>;
}

/** Nest's ValidationPipe deletes these before validating (prototype-pollution guard): dropped, not refused. */
const STRIPPED = ['__proto__', 'constructor', 'prototype'];
/** Keys named after Object.prototype's members have their own test (see the header). */
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).filter((k) => !STRIPPED.includes(k));
const unknownKey = (known: string[]) =>
  fc
    .oneof(
      fc.constantFrom(
        'id',
        'isDemo',
        'demo',
        'createdAt',
        'version',
        'status',
        'username',
        'passwordHash',
        'provinceId',
        '$where',
        '',
        ' ',
        'a.b',
      ),
      fc.string({ maxLength: 10 }),
    )
    .filter((k) => !known.includes(k) && !STRIPPED.includes(k) && !PROTOTYPE_KEYS.includes(k));

type Edit = { key: string; value: unknown } | { drop: string };

/**
 * The base body with hostile-but-valid text here and there, then at least one change that makes it invalid:
 * a semantic change, an invalid value, an unknown key, or a required field left out. Changes only ever make
 * the body more invalid, so none can undo another.
 */
function invalidRecord(shape: Shape): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(shape.fields);
  const required = keys.filter((k) => shape.fields[k].required);
  const edit = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...keys).chain((key) => shape.fields[key].bad.map((value): Edit => ({ key, value }))) },
    { weight: 2, arbitrary: fc.tuple(unknownKey(keys), jsonish).map(([key, value]): Edit => ({ key, value })) },
    ...(required.length ? [{ weight: 1, arbitrary: fc.constantFrom(...required).map((drop): Edit => ({ drop })) }] : []),
  );
  const meaning = shape.semantic
    ? fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: shape.semantic })
    : fc.constant(null);
  return fc
    .record({
      noise: fc.array(fc.tuple(fc.constantFrom(...keys), hostileText), { maxLength: 2 }),
      meaning,
      edits: fc.array(edit, { maxLength: 3 }),
    })
    .filter(({ meaning: m, edits }) => m !== null || edits.length > 0)
    .map(({ noise, meaning: m, edits }) => {
      const body: Record<string, unknown> = { ...shape.base, ...Object.fromEntries(noise), ...m };
      for (const e of edits) {
        if ('drop' in e) delete body[e.drop];
        else body[e.key] = e.value;
      }
      return body;
    });
}

const malformedJson = fc
  .oneof(
    fc.constantFrom(
      '{',
      '{"a":',
      '{"a":1,}',
      "{'a':1}",
      '[1,2',
      'nul',
      '{"a":1}}',
      '{"a":"\\x"}',
      '{"a":01}',
      '\u0000{}',
      '{"a":NaN}',
      '/*x*/{}',
    ),
    fc.string({ maxLength: 30 }).filter((s) => {
      if (!s.trim()) return false;
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    }),
  )
  .map((raw): Payload => ({ raw, type: 'application/json' }));

/** Bodies the JSON parser must not read: unsupported charsets, other media types, an oversized body, forms with unknown keys. */
function unreadable(keys: string[], body: fc.Arbitrary<unknown>, emptyIsValid: boolean): fc.Arbitrary<Payload> {
  return fc.oneof(
    fc
      .tuple(
        fc.constantFrom('application/json; charset=latin1', 'application/json; charset=koi8-r', 'application/json; charset=utf-16'),
        body,
      )
      .map(([type, b]): Payload => ({ raw: serialize(b), type })),
    fc.constant<Payload>({ raw: JSON.stringify({ x: 'x'.repeat(120_000) }), type: 'application/json' }),
    fc.array(fc.tuple(unknownKey(keys), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 3 }).map((pairs): Payload => ({
      raw: pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&'),
      type: 'application/x-www-form-urlencoded',
    })),
    // A body the JSON parser skips reaches the pipe as {}: only invalid when the DTO requires something.
    ...(emptyIsValid
      ? []
      : [fc.tuple(fc.constantFrom('text/plain', 'application/xml'), body).map(([type, b]): Payload => ({ raw: serialize(b), type }))]),
  );
}

/** An invalid body for an endpoint that takes one record. */
function invalidBody(shape: Shape, opts: { emptyIsValid?: boolean } = {}): fc.Arbitrary<Payload> {
  const keys = Object.keys(shape.fields);
  const record = invalidRecord(shape);
  return fc.oneof(
    { weight: 14, arbitrary: record.map((json): Payload => ({ json })) },
    // A list, or a bare value, where one record is expected.
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }), fc.anything({ maxDepth: 0 }))
        .map((json): Payload => ({ json })),
    },
    // Any object at all, made invalid for certain by one unknown key.
    {
      weight: 1,
      arbitrary: fc.tuple(fc.object({ maxDepth: 2 }), unknownKey(keys), jsonish).map(([o, k, v]): Payload => ({ json: { ...o, [k]: v } })),
    },
    { weight: 1, arbitrary: malformedJson },
    { weight: 1, arbitrary: unreadable(keys, record, opts.emptyIsValid ?? false) },
  );
}

interface ListShape {
  item: Shape;
  max: number;
  /** Well-formed items the service must refuse, appended to otherwise valid items. */
  semantic?: fc.Arbitrary<Array<Record<string, unknown>>>;
}

/** An invalid body for an endpoint that takes a list of records. */
function invalidList(list: ListShape): fc.Arbitrary<Payload> {
  const keys = Object.keys(list.item.fields);
  const valid = fc.tuple(fc.constant(list.item.base), fc.option(fc.tuple(fc.constantFrom(...keys), hostileText))).map(([base, noise]) => ({
    ...base,
    ...(noise ? { [noise[0]]: noise[1] } : {}),
  }));
  const notAnObject = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 6 }), fc.array(jsonish, { maxLength: 2 }));
  const bad = fc.oneof(
    { weight: 6, arbitrary: invalidRecord(list.item).map((i) => [i]) },
    { weight: 1, arbitrary: notAnObject.map((i) => [i]) },
    ...(list.semantic ? [{ weight: 2, arbitrary: list.semantic }] : []),
  );
  const items = fc.tuple(fc.array(valid, { maxLength: 2 }), bad, fc.array(valid, { maxLength: 2 })).map(([a, b, c]) => [...a, ...b, ...c]);
  return fc.oneof(
    { weight: 14, arbitrary: items.map((json): Payload => ({ json })) },
    { weight: 1, arbitrary: fc.constant<Payload>({ json: Array.from({ length: list.max + 1 }, () => ({})) }) },
    { weight: 2, arbitrary: fc.oneof(fc.object({ maxDepth: 2 }), fc.anything({ maxDepth: 0 })).map((json): Payload => ({ json })) },
    { weight: 1, arbitrary: malformedJson },
    { weight: 1, arbitrary: unreadable(keys, items, false) },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Ids, path parameters, query strings, callers
// ---------------------------------------------------------------------------------------------------------

/** Ids that name no record: well-formed but unknown, malformed, or with broken percent-escapes. */
const badId: fc.Arbitrary<string | Verbatim> = fc.oneof(
  { weight: 3, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.uuid().map((u) => u.toUpperCase()) },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.uuid().map((u) => u.replace(/-/g, '')),
      fc.uuid().map((u) => `${u} `),
      fc.constantFrom(
        'not-a-uuid',
        '0',
        '-1',
        'null',
        "1' OR '1'='1",
        '00000000-0000-0000-0000-000000000000',
        '..',
        '.',
        'a/b',
        'x'.repeat(300),
      ),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...['%', '%zz', '%E0%A4%A', '%C0%AF', '%00', '..%2F..%2Fusers'].map((s) => new Verbatim(s))) },
);

/**
 * Path years that are not numbers. Strings that JavaScript's Number() reads as an integer (" 2024", "0x7E8",
 * "1e3") are not used: the global ValidationPipe converts path numbers with Number() before ParseIntPipe sees
 * them, so they name a year (out-of-range years have their own test).
 */
const badPathYear = fc
  .oneof(fc.string({ maxLength: 8 }), fc.constantFrom('2024.5', 'abc', '2024-01', '٢٠٢٤', 'Infinity', 'NaN', '2024a'))
  .filter((y) => y !== '' && !/^-?\d+$/.test(y) && !Number.isInteger(Number(y)));

const QS_TRICKS = [
  '&&',
  '=',
  '==',
  '%',
  '%zz',
  '%E0%A4%A',
  'a[b]=1',
  'page[]=1',
  'q[$ne]=x',
  '__proto__[admin]=1',
  'constructor[prototype][admin]=1',
];
const QS_VALUES = [
  '1',
  '2',
  '200',
  '201',
  '0',
  '-1',
  '1.5',
  '1e3',
  '99999999999999999999',
  '2024',
  '1800',
  '3000',
  'TDMNPB',
  'DBSH',
  '08',
  '99',
  'APPROVED',
  'DRAFT',
  'decisionDate',
  '-createdAt',
  'true',
  'false',
  '2024-01-01',
  '2024-02-30',
  'BANG_KHEN_TINH',
  'commendation',
  'Nguyễn',
  'x'.repeat(300),
];
const queryValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...QS_VALUES) },
  { weight: 2, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

function queryString(keys: string[]): fc.Arbitrary<string> {
  const key = keys.length
    ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) })
    : fc.string({ maxLength: 8 });
  const pair = fc.oneof(
    { weight: 8, arbitrary: fc.tuple(key, queryValue).map(([k, v]) => `${enc(k)}=${enc(v)}`) },
    { weight: 1, arbitrary: fc.tuple(key, queryValue).map(([k, v]) => `${loose(k)}=${loose(v)}`) },
    { weight: 1, arbitrary: fc.constantFrom(...QS_TRICKS) },
  );
  return fc.array(pair, { minLength: 1, maxLength: 5 }).map((p) => p.join('&'));
}
/** Write endpoints read no query string (but DELETE's version): junk there must change nothing. */
const junkQuery = fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: queryString([]) });

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const ALG_NONE = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: '00000000-0000-0000-0000-000000000000', sid: 'x' })}.`;

const forged = (user: TestUser): fc.Arbitrary<Caller> =>
  fc.oneof(
    fc.constant<Caller>({ tampered: user }),
    fc.stringMatching(/^[\x21-\x7e]{0,60}$/).map((s): Caller => ({ authorization: `Bearer ${s}` })),
    fc.constantFrom<Caller>(
      { authorization: 'Bearer' },
      { authorization: 'Basic YWRtaW46bWF0LWtoYXU=' },
      { authorization: `Bearer ${ALG_NONE}` },
    ),
  );

/** Mostly the account allowed to write that kind of record, so the refusal is about the input; then outsiders. */
function callers(writer: TestUser, outsiders: TestUser[] = ['noScope', 'staff01', 'chairDBSH']): fc.Arbitrary<Caller> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant<Caller>(writer) },
    { weight: 2, arbitrary: fc.constantFrom<Caller>('anonymous', ...outsiders) },
    { weight: 1, arbitrary: forged(writer) },
  );
}
const anyone: fc.Arbitrary<Caller> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<Caller>(...(Object.keys(TEST_USERS) as TestUser[])) },
  { weight: 1, arbitrary: fc.constant<Caller>('anonymous') },
  { weight: 1, arbitrary: forged('staff08') },
);

/** A request whose only fault is the id (a valid body), or a bad id with a bad body too. */
const idOrBody = (fixture: string, body: fc.Arbitrary<Payload>, valid: Payload) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ id: fc.constant<string | Verbatim>(fixture), payload: body }) },
    { weight: 1, arbitrary: fc.record({ id: badId, payload: fc.oneof(fc.constant(valid), body) }) },
  );

// ---------------------------------------------------------------------------------------------------------
// The records: valid bodies, and the DTOs' fields
// ---------------------------------------------------------------------------------------------------------

const COMMENDATION = {
  recipientKind: 'INDIVIDUAL',
  recipientName: 'Nguyễn Thị Hằng',
  position: 'Giáo viên',
  organization: 'Trường THCS Hòa An',
  provinceCode: '08',
  gender: 'FEMALE',
  ethnicMinority: true,
  recipientClass: 'DIRECT_WORKER',
  awardTypeCode: 'BANG_KHEN_TINH',
  kind: 'REGULAR',
  achievementYear: 2023,
  citation: 'Đã có thành tích xuất sắc trong công tác giảng dạy năm học 2022–2023',
};
const CENTRAL = { ...COMMENDATION, awardTypeCode: 'BANG_KHEN_THU_TUONG' };
/** Dated in the second half of 2024: the first half is locked for the cluster (fixtures). */
const DECISION = { decisionNumber: '312/QĐ-UBND', decisionDate: '2024-09-30', decidingAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang' };
const MOVEMENT = {
  name: 'Chung tay xóa nhà tạm, nhà dột nát trên phạm vi cả nước',
  launchedBy: 'PRIME_MINISTER',
  launchedOn: '2024-04-13',
  startsOn: '2024-04-13',
  endsOn: '2025-12-31',
  scope: 'NATIONAL',
};
const CRITERION_1 = { code: 'TC1', name: 'Tỷ lệ hồ sơ khen thưởng giải quyết đúng hạn', unit: '%', targetKind: 'PERCENTAGE', maxScore: 60 };
const PLEDGE = {
  clusterCode: 'TDMNPB',
  year: 2024,
  signedOn: '2024-03-08',
  place: 'Tuyên Quang',
  criteria: [CRITERION_1, { ...CRITERION_1, code: 'TC2', targetKind: 'YES_NO', maxScore: 40 }],
};
const MEETING = {
  clusterCode: 'TDMNPB',
  year: 2024,
  period: 'H1',
  date: '2024-07-29',
  hostProvinceCode: '17',
  place: 'Trung tâm hội nghị APPlaza, tỉnh Hòa Bình',
  chairName: 'Nguyễn Mạnh Tuấn',
  chairTitle: 'Phó Chủ tịch UBND tỉnh Tuyên Quang',
};
const TYPICAL = {
  recipientKind: 'INDIVIDUAL',
  name: 'Ma Thị Hoa',
  provinceCode: '08',
  story: 'Vận động 40 hộ hiến đất làm đường.',
  honouredOn: '2024-07-29',
};
const KINDS = ['CONTRIBUTION', 'EXTRAORDINARY', 'FOREIGN', 'REGULAR', 'RESISTANCE', 'SENIORITY', 'THEMATIC'];
const CLASSES = ['DIRECT_WORKER', 'ENTREPRENEUR', 'LEADER', 'MANAGER', 'OTHER'];

function commendationFields(create: boolean): Record<string, Field> {
  // A PATCH makes every field optional (null passes), but required text still may not be blank.
  return {
    achievementYear: F.year(false),
    awardTypeCode: F.pattern(AWARD, ['bang_khen_tinh', 'X', 'BANG KHEN', 'A'.repeat(61)], create),
    citation: F.text(5000),
    decisionDate: F.date(false),
    decisionNumber: F.text(50),
    decidingAuthority: F.text(300),
    ethnicMinority: F.bool(),
    gender: F.oneOf(['FEMALE', 'MALE'], false),
    kind: F.oneOf(KINDS, create),
    movementId: F.uuid(),
    organization: F.text(300),
    position: F.text(300),
    provinceCode: F.province(create),
    recipientClass: F.oneOf(CLASSES, false),
    recipientKind: F.oneOf(['COLLECTIVE', 'HOUSEHOLD', 'INDIVIDUAL'], create),
    recipientName: F.text(300, { required: create, nonEmpty: true }),
    ...(create
      ? { status: F.oneOf(['APPROVED', 'DRAFT'], false, ['SUBMITTED', 'RETURNED', 'REVOKED']) }
      : { version: F.int(1, null, true) }),
  };
}

/**
 * Changes to a commendation that are well-formed but wrong, each refused on its own, whoever sends them:
 * out-of-scope values name a province (79) and a cluster (DNB) that no test account may write.
 */
const commendationSemantic = fc.oneof(
  fc.constantFrom<Record<string, unknown>>(
    { awardTypeCode: 'NO_SUCH_AWARD' },
    { provinceCode: '99' },
    { provinceCode: '79' },
    { ...DECISION, decisionDate: '2999-01-01' },
    { decisionNumber: 'QĐ 1234' },
    { recipientKind: 'COLLECTIVE', gender: 'MALE' },
  ),
  fc.uuid().map((movementId) => ({ movementId })),
);

function meetingFields(create: boolean): Record<string, Field> {
  return {
    chairName: F.text(200, { required: create, nonEmpty: true }),
    chairTitle: F.text(300),
    clusterCode: F.cluster(create),
    date: F.date(create),
    hostProvinceCode: F.province(create),
    notes: F.text(10000),
    participants: F.text(5000),
    period: F.oneOf(PERIODS, create),
    place: F.text(300),
    year: F.year(create),
    ...(create ? {} : { version: F.int(1, null, true) }),
  };
}
const meetingSemantic = fc.constantFrom<Record<string, unknown>>(
  { year: 2024, period: 'H1', date: '2026-07-29' },
  { clusterCode: 'DNB' },
  { clusterCode: 'NOPE' },
  { hostProvinceCode: '99' },
);

function exampleFields(create: boolean): Record<string, Field> {
  return {
    honouredAtMeetingId: F.uuid(),
    honouredOn: F.date(create),
    movementId: F.uuid(),
    name: F.text(300, { required: create, nonEmpty: true }),
    provinceCode: F.province(create),
    recipientKind: F.oneOf(['COLLECTIVE', 'INDIVIDUAL'], create, ['HOUSEHOLD']),
    story: F.text(10000),
    ...(create ? {} : { version: F.int(1, null, true) }),
  };
}
const exampleSemantic = fc.oneof(
  fc.constantFrom<Record<string, unknown>>({ honouredOn: '2999-01-01' }, { provinceCode: '79' }, { provinceCode: '99' }),
  fc.uuid().map((movementId) => ({ movementId })),
  fc.uuid().map((honouredAtMeetingId) => ({ honouredAtMeetingId })),
);
/** Fixtures of their own: a year-end meeting (FY 2024 stays unlocked) and an example honoured at it, so the meeting is in use. */
const FY_MEETING = { ...MEETING, period: 'FY', date: '2024-12-20' };
const FY_EXAMPLE = { ...TYPICAL, name: 'Lý Thị Sen', honouredOn: '2024-12-20' };

function movementFields(create: boolean): Record<string, Field> {
  return {
    clusterCode: F.cluster(false),
    description: F.text(5000),
    endsOn: F.date(false),
    launchedOn: F.date(create),
    launchedBy: F.oneOf(['CLUSTER', 'OTHER', 'PRIME_MINISTER', 'PROVINCE'], create),
    name: F.text(500, { required: create, nonEmpty: true }),
    provinceCode: F.province(false),
    scope: F.oneOf(['CLUSTER', 'NATIONAL', 'PROVINCE'], create),
    startsOn: F.date(create),
    ...(create ? {} : { version: F.int(1, null, true) }),
  };
}
const movementSemantic = fc.constantFrom<Record<string, unknown>>(
  { startsOn: '2024-04-13', endsOn: '2020-01-01' },
  { scope: 'CLUSTER', clusterCode: null },
  { scope: 'PROVINCE', provinceCode: null },
  { scope: 'CLUSTER', clusterCode: 'NOPE' },
  { scope: 'CLUSTER', clusterCode: 'TDMNPB' },
  { scope: 'PROVINCE', provinceCode: '99' },
);

const movementResult: Shape = {
  base: {
    provinceCode: '08',
    year: 2024,
    period: 'FY',
    summary: 'Hỗ trợ xóa 1.200 nhà tạm',
    subMovementsLaunched: 3,
    modelsBuilt: 12,
    participants: 15000,
  },
  fields: {
    modelsBuilt: F.int(0, 1_000_000, false),
    participants: F.int(0, 1_000_000_000, false),
    period: F.oneOf(PERIODS, true),
    provinceCode: F.province(true),
    subMovementsLaunched: F.int(0, 1_000_000, false),
    summary: F.text(10000),
    year: F.year(true),
  },
};

const criterion: Shape = {
  base: CRITERION_1,
  fields: {
    code: F.pattern(CRITERION, ['', 'TC 1', 'x'.repeat(21), 'TC1\n', 'TC/1', 'Tiêu chí'], true),
    maxScore: F.num(0, 1000, 2, true),
    name: F.text(500, { required: true, nonEmpty: true }),
    targetKind: F.oneOf(['NUMBER', 'PERCENTAGE', 'YES_NO'], true),
    unit: F.text(50),
  },
};

const pledgeResult: Shape = {
  base: { provinceCode: '08', criterionCode: 'TC1', period: 'FY', targetValue: 100, actualValue: 98.5, note: 'Đúng hạn' },
  fields: {
    actualValue: F.num(-1e12, 1e12, 4, false),
    criterionCode: F.pattern(CRITERION, ['', 'TC 1', 'x'.repeat(21)], true),
    note: F.text(2000),
    period: F.oneOf(PERIODS, true),
    provinceCode: F.province(true),
    targetValue: F.num(-1e12, 1e12, 4, false),
  },
};

function userFields(create: boolean): Record<string, Field> {
  return {
    ...(create ? { username: F.pattern(USERNAME, ['ab', 'AB C', '-abc', '.abc', 'a'.repeat(41), 'ádmin', 'admin\n'], true) } : {}),
    password: F.password(create),
    fullName: F.text(200, { required: create, nonEmpty: true }),
    roles: F.roles(create),
    provinceCode: F.province(false),
    clusterCode: F.cluster(false),
    active: F.bool(),
    ...(create ? {} : { version: F.int(1, null, true) }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Excel files the import must refuse
// ---------------------------------------------------------------------------------------------------------

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A well-formed zip archive of stored (uncompressed) entries. */
function zip(entries: Record<string, string>): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(fileName.length, 26);
    local.push(header, fileName, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, dir, end]);
}

/** A row the import accepts (dated in the unlocked second half of 2024). */
const IMPORT_ROW: SheetRow = { ...GOOD_ROW, decisionNumber: '901/QĐ-UBND', decisionDate: new Date(Date.UTC(2024, 8, 30)) };
/** Cells each of which makes its row invalid, so that the whole file is refused. */
const BAD_CELLS: Array<[keyof CommendationRow, unknown]> = [
  ['recipientKind', 'Không rõ'],
  ['recipientName', null],
  ['recipientName', 'x'.repeat(301)],
  ['provinceCode', '99'],
  ['provinceCode', '01'],
  ['provinceCode', 'AB'],
  ['awardTypeCode', 'Không có hình thức này'],
  ['kind', 'Bất thường'],
  ['gender', 'Không rõ'],
  ['ethnicMinority', 'Có lẽ'],
  ['recipientClass', 'Không rõ'],
  ['movementId', 'not-a-uuid'],
  ['achievementYear', 1800],
  ['achievementYear', 'hai nghìn'],
  ['achievementYear', 2023.5],
  ['decisionNumber', 'x'.repeat(51)],
  ['decisionDate', '31/02/2024'],
  ['decisionDate', 'hôm qua'],
  ['decisionDate', new Date(Date.UTC(2999, 0, 1))],
  // The first half of 2024 is locked for TDMNPB (fixtures).
  ['decisionDate', new Date(Date.UTC(2024, 5, 30))],
  ['status', 'Không rõ'],
  ['citation', 'x'.repeat(5001)],
];

/** Rows the pledge result and typical example imports accept (outside TDMNPB's locked first half of 2024). */
const PLEDGE_RESULT_ROW: LayoutRow<keyof PledgeResultRow> = {
  provinceCode: '08',
  criterionCode: 'TC1',
  period: 'Cả năm',
  targetValue: 100,
  actualValue: 95,
};
const EXAMPLE_ROW: LayoutRow<keyof TypicalExampleRow> = {
  recipientKind: 'Cá nhân',
  name: 'Điển hình thử',
  provinceCode: '08',
  honouredOn: new Date(Date.UTC(2024, 8, 30)),
};
const BAD_PLEDGE_RESULT_CELLS: Array<[keyof PledgeResultRow, unknown]> = [
  ['provinceCode', '01'],
  ['provinceCode', '17'],
  ['provinceCode', 'TQ'],
  ['criterionCode', 'TC99'],
  ['criterionCode', null],
  ['period', 'Quý 1'],
  // The first half of 2024 is locked for TDMNPB (fixtures).
  ['period', '6 tháng đầu năm'],
  ['targetValue', 'nhiều'],
  ['actualValue', 1e13],
  ['note', 'x'.repeat(2001)],
];
const BAD_EXAMPLE_CELLS: Array<[keyof TypicalExampleRow, unknown]> = [
  ['recipientKind', 'Hộ gia đình'],
  ['name', null],
  ['name', 'x'.repeat(301)],
  ['provinceCode', '01'],
  ['provinceCode', '99'],
  ['honouredOn', '31/02/2024'],
  ['honouredOn', new Date(Date.UTC(2999, 0, 1))],
  ['honouredOn', new Date(Date.UTC(2024, 4, 20))],
  ['movementId', 'not-a-uuid'],
  ['honouredAtMeetingId', '00000000-0000-4000-8000-000000000001'],
  ['story', 'x'.repeat(10001)],
];

/** Workbooks of another import's layout: the header alone, the header changed, or one invalid cell beside a good row. */
async function layoutJunk<F extends string>(
  layout: SheetLayout<F>,
  good: LayoutRow<F>,
  badCells: Array<[F, unknown]>,
): Promise<Array<{ what: string; bytes: Buffer }>> {
  const headers = layout.columns.map((c) => c.header);
  const out = [
    { what: 'header only', bytes: await layoutWorkbook(layout, []) },
    { what: 'header reversed', bytes: await layoutWorkbook(layout, [good], [...headers].reverse()) },
    { what: 'header short', bytes: await layoutWorkbook(layout, [good], headers.slice(0, -1)) },
    { what: 'commendation workbook', bytes: await commendationWorkbook([IMPORT_ROW]) },
  ];
  for (const [key, value] of badCells) {
    out.push({
      what: `${key}=${JSON.stringify(value).slice(0, 20)}`,
      bytes: await layoutWorkbook(layout, [good, { ...good, [key]: value }]),
    });
  }
  return out;
}

/** Workbooks and zips that are not the template, or that hold at least one invalid row. */
async function junkWorkbooks(): Promise<Array<{ what: string; bytes: Buffer }>> {
  const headers = COMMENDATION_COLUMNS.map((c) => c.header);
  const out: Array<{ what: string; bytes: Buffer }> = [
    { what: 'zip of text', bytes: zip({ 'hello.txt': 'xin chào' }) },
    {
      what: 'zip with broken workbook parts',
      bytes: zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook><sheets>', 'xl/worksheets/sheet1.xml': 'PK' }),
    },
    { what: 'empty zip', bytes: zip({}) },
    { what: 'header only', bytes: await commendationWorkbook([]) },
    { what: 'header reversed', bytes: await commendationWorkbook([IMPORT_ROW], [...headers].reverse()) },
    { what: 'header renamed', bytes: await commendationWorkbook([IMPORT_ROW], ['Tên', ...headers.slice(1)]) },
    { what: 'header short', bytes: await commendationWorkbook([IMPORT_ROW], headers.slice(0, -1)) },
    { what: 'header empty', bytes: await commendationWorkbook([IMPORT_ROW], []) },
    {
      what: 'header in English',
      bytes: await commendationWorkbook(
        [IMPORT_ROW],
        COMMENDATION_COLUMNS.map((c) => c.field),
      ),
    },
  ];
  for (const [i, [key, value]] of BAD_CELLS.entries()) {
    const bad = { ...IMPORT_ROW, recipientName: `Người nhận ${i}`, [key]: value };
    out.push({ what: `${key}=${JSON.stringify(value).slice(0, 20)}`, bytes: await commendationWorkbook([IMPORT_ROW, bad]) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The suite
// ---------------------------------------------------------------------------------------------------------

interface Fixtures {
  movement: string;
  /** A year-end meeting of TDMNPB that `example` was honoured at (so DELETE of it is refused). */
  meeting: string;
  /** A typical example of 08, honoured in the unlocked second half of 2024. */
  example: string;
  pledge: string;
  /** A central-level proposal (DRAFT): PATCH and submit would succeed on it. */
  draft: string;
  /** Another one, for DELETE. */
  deletable: string;
  /** A provincial draft: the province may approve it. */
  provincialDraft: string;
  /** A central-level proposal before the council: return and approve would succeed. */
  submitted: string;
  /** A decided provincial award: the province may revoke it. */
  approved: string;
  user: string;
  clusters: string[];
  /** A draft report of TDMNPB FY 2024 (its chair may edit, recompute and finalize it). */
  report: string;
  /** An open finding, its commendation and the record it names as evidence. */
  finding: string;
  findingCommendation: string;
}

/** A valid request to one write endpoint, on a record of its own, and where its stored text goes. */
interface ValidWrite {
  call: Omit<Call, 'payload'>;
  body: unknown;
  /** Dotted paths of fields stored as text. */
  texts: string[];
  /** Tables this endpoint may write by design even when it refuses (failed sign-ins are audited). */
  ignore?: string[];
}

const WRITES = [
  'POST /commendations',
  'PATCH /commendations/{id}',
  'DELETE /commendations/{id}',
  'POST /commendations/{id}/submit',
  'POST /commendations/{id}/approve',
  'POST /commendations/{id}/return',
  'POST /commendations/{id}/revoke',
  'POST /movements',
  'PATCH /movements/{id}',
  'PUT /movements/{id}/results',
  'POST /pledges',
  'PUT /pledges/{id}/results',
  'POST /typical-examples',
  'PATCH /typical-examples/{id}',
  'DELETE /typical-examples/{id}',
  'POST /meetings',
  'PATCH /meetings/{id}',
  'DELETE /meetings/{id}',
  'POST /clusters',
  'PUT /clusters/{code}/members/{year}',
  'POST /users',
  'PATCH /users/{id}',
  'POST /periods/{c}/{y}/{p}/submit',
  'POST /periods/{c}/{y}/{p}/lock',
  'POST /periods/{c}/{y}/{p}/unlock',
  'POST /auth/login',
  'POST /auth/refresh',
] as const;
type Write = (typeof WRITES)[number];

function setPath(body: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
  return copy;
}

describe.each(testEngines())('fuzz: generated invalid input to every write endpoint on %s', (engine) => {
  let t: TestApp;
  let fx: Fixtures;
  let tables: string[];
  let baseline: { counts: Record<string, number>; digests: Record<string, string> };
  let sent = 0;
  let started = 0;

  beforeAll(async () => {
    started = Date.now();
    t = await createTestApp(engine);
    fx = await createFixtures(t);
    tables = (await publicTables(t.dataSource)).filter((name) => !BOOKKEEPING_TABLES.includes(name));
    baseline = { counts: await tableCounts(t.dataSource), digests: await digests(t.dataSource, tables) };
  }, TIMEOUT);
  afterAll(async () => {
    // The size of the run, for the record.
    console.log(`fuzz on ${engine}: ${sent} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED})`);
    await t?.close();
  });

  async function version(table: string, id: string): Promise<number> {
    const rows: Array<{ version: number }> = await t.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
    if (!rows.length) throw new Error(`fixture ${table} ${id} is gone: an earlier run deleted it`);
    return Number(rows[0].version);
  }

  /**
   * Sends each generated call and checks the answer, then that the database did not change, request by
   * request so that fast-check shrinks to the request that changed it; at the end, every table again.
   * Returns what went wrong, or null. `ignore` leaves tables out (failed sign-ins are audited by design).
   */
  async function probe<T extends Call>(
    arb: fc.Arbitrary<T>,
    numRuns: number,
    check: Check = refused,
    ignore: string[] = [],
  ): Promise<string | null> {
    const watched = tables.filter((name) => !ignore.includes(name));
    // No endpoint writes the reference tables, and hashing them is most of the cost: they are checked once, at the end.
    const perRequest = watched.filter((name) => !REFERENCE_TABLES.includes(name));
    const counts = await tableCounts(t.dataSource);
    const start = await digests(t.dataSource, watched);
    let last = await digests(t.dataSource, perRequest);
    // A failure that wrote something changes what later runs see, so shrinking may end on another
    // symptom (a 409 after the write): the first failure is reported as well.
    let first: string | null = null;
    const property = fc.asyncProperty(arb, async (call) => {
      const res = await send(t, call);
      sent++;
      const now = await digests(t.dataSource, perRequest);
      const touched = changed(last, now);
      last = now;
      const problem = check(res) ?? (touched.length ? `changed ${touched.join(', ')}` : null);
      if (!problem) return;
      const report = `${label(call)} → ${problem}: ${res.text?.slice(0, 200)}`;
      first ??= report;
      throw new Error(report);
    });
    try {
      await fc.assert(property, { numRuns, seed: SEED, includeErrorInReport: true });
    } catch (e) {
      return `FUZZ_SEED=${SEED} replays this run. First failure: ${first}\n${(e as Error).message}`;
    }
    const after = await digests(t.dataSource, watched);
    if (changed(start, after).length) return `changed ${changed(start, after).join(', ')} over the run`;
    const countsAfter = await tableCounts(t.dataSource);
    for (const name of ignore) {
      delete countsAfter[name];
      delete counts[name];
    }
    return JSON.stringify(countsAfter) === JSON.stringify(counts)
      ? null
      : `row counts changed: ${JSON.stringify(counts)} → ${JSON.stringify(countsAfter)}`;
  }

  async function fuzz<T extends Call>(arb: fc.Arbitrary<T>, numRuns: number, check: Check = refused, ignore: string[] = []): Promise<void> {
    const failure = await probe(arb, numRuns, check, ignore);
    if (failure) throw new Error(failure);
  }

  /** Probes each case and lists every one that fails, so that one test shows the whole extent of a bug. */
  async function probeEach(cases: Array<[string, () => Promise<string | null>]>): Promise<void> {
    const failures: string[] = [];
    for (const [name, run] of cases) {
      const failure = await run();
      if (failure) failures.push(`${name}: ${failure.split('\n')[0]}`);
    }
    expect(failures).toEqual([]);
  }

  describe('commendations', () => {
    it(
      'POST /commendations: invalid bodies → 4xx, nothing written',
      async () => {
        const semantic = fc.oneof(
          commendationSemantic,
          fc.constant({ status: 'APPROVED', decisionNumber: null, decisionDate: null, decidingAuthority: null }),
          fc.constant({ ...DECISION, status: 'APPROVED', awardTypeCode: 'BANG_KHEN_THU_TUONG', decisionNumber: '12/QĐ-TTg' }),
        );
        const calls = fc.record({
          method: fc.constant<Method>('post'),
          path: fc.constant('/api/v1/commendations'),
          caller: callers('staff08', ['noScope', 'staff01', 'staff25', 'reviewer', 'chairTDMNPB']),
          payload: invalidBody({ base: COMMENDATION, fields: commendationFields(true), semantic }),
          query: junkQuery,
        });
        await fuzz(calls, runs(300));
      },
      TIMEOUT,
    );

    it(
      'PATCH /commendations/{id}: invalid bodies and unknown ids → 4xx, nothing changed',
      async () => {
        const v = await version('commendations', fx.draft);
        const shape: Shape = {
          base: { version: v, position: 'Hiệu trưởng' },
          fields: commendationFields(false),
          semantic: fc.oneof(commendationSemantic, fc.constant({ version: v + 7 })),
        };
        const calls = fc
          .tuple(
            idOrBody(fx.draft, invalidBody(shape), { json: shape.base }),
            callers('staff08', ['noScope', 'staff01', 'staff25', 'reviewer']),
            junkQuery,
          )
          .map(([{ id, payload }, caller, query]): Call => ({
            method: 'patch',
            path: `/api/v1/commendations/${segment(id)}`,
            caller,
            payload,
            query,
          }));
        await fuzz(calls, runs(250));
      },
      TIMEOUT,
    );

    it(
      'DELETE /commendations/{id}: bad versions and unknown ids → 4xx, the draft stays',
      async () => {
        const v = await version('commendations', fx.deletable);
        // Not a number, or another integer: never the draft's version, however Number() would read it.
        const badVersion = fc
          .oneof(
            fc.string({ maxLength: 12 }),
            fc.integer().map(String),
            fc.constantFrom('1.5', 'abc', '١', '99999999999999999999', 'Infinity'),
          )
          .filter((s) => Number(s) !== v && !(/^-?\d+$/.test(s) && parseInt(s, 10) === v));
        const query = fc.oneof(
          badVersion.map((s) => `version=${enc(s)}`),
          badVersion.map((s) => `version=${loose(s)}`),
          fc.constant(`version=${v}&version=${v}`),
        );
        const target = fc.oneof(
          { weight: 3, arbitrary: fc.record({ id: fc.constant<string | Verbatim>(fx.deletable), query }) },
          { weight: 2, arbitrary: fc.record({ id: badId, query: fc.oneof(query, fc.constant(null), fc.constant(`version=${v}`)) }) },
        );
        const calls = fc
          .tuple(target, callers('staff08', ['noScope', 'staff01', 'staff25', 'reviewer']))
          .map(([{ id, query: q }, caller]): Call => ({
            method: 'delete',
            path: `/api/v1/commendations/${segment(id)}`,
            caller,
            query: q,
          }));
        await fuzz(calls, runs(150));
      },
      TIMEOUT,
    );

    const workflow = (action: string, target: () => string, writer: TestUser, shape: (v: number) => Shape) =>
      it(
        `POST /commendations/{id}/${action} (as ${writer}): invalid bodies and unknown ids → 4xx, status unchanged`,
        async () => {
          const s = shape(await version('commendations', target()));
          const calls = fc
            .tuple(
              idOrBody(target(), invalidBody(s), { json: s.base }),
              callers(writer, ['noScope', 'staff01', 'staff25', 'chairTDMNPB']),
              junkQuery,
            )
            .map(([{ id, payload }, caller, query]): Call => ({
              method: 'post',
              path: `/api/v1/commendations/${segment(id)}/${action}`,
              caller,
              payload,
              query,
            }));
          await fuzz(calls, runs(120));
        },
        TIMEOUT,
      );

    const versionField = { version: F.int(1, null, true) };
    const reason = (v: number): Shape => ({
      base: { reason: 'Hồ sơ thiếu biên bản họp Hội đồng cơ sở', version: v },
      fields: { reason: F.text(2000, { required: true, nonEmpty: true }), ...versionField },
      semantic: fc.constant({ version: v + 7 }),
    });
    const decision = (v: number): Shape => ({
      base: { ...DECISION, version: v },
      fields: {
        decisionNumber: F.text(50, { required: true, nonEmpty: true }),
        decisionDate: F.date(true),
        decidingAuthority: F.text(300, { required: true, nonEmpty: true }),
        ...versionField,
      },
      semantic: fc.constantFrom<Record<string, unknown>>(
        { version: v + 7 },
        { decisionDate: '2999-01-01' },
        { decisionNumber: 'QĐ 12' },
        // In TDMNPB's first half of 2024, which the fixtures lock.
        { decisionDate: '2024-03-01' },
      ),
    });
    workflow(
      'submit',
      () => fx.draft,
      'staff08',
      (v) => ({ base: { version: v }, fields: versionField, semantic: fc.constant({ version: v + 7 }) }),
    );
    workflow('approve', () => fx.provincialDraft, 'staff08', decision);
    workflow('approve', () => fx.submitted, 'reviewer', decision);
    workflow('return', () => fx.submitted, 'reviewer', reason);
    workflow('revoke', () => fx.approved, 'staff08', reason);
  });

  describe('movements', () => {
    it(
      'POST /movements: invalid bodies → 4xx, nothing written',
      async () => {
        const calls = fc.record({
          method: fc.constant<Method>('post'),
          path: fc.constant('/api/v1/movements'),
          caller: callers('admin', ['noScope', 'staff08', 'reviewer', 'chairDBSH']),
          payload: invalidBody({ base: MOVEMENT, fields: movementFields(true), semantic: movementSemantic }),
          query: junkQuery,
        });
        await fuzz(calls, runs(200));
      },
      TIMEOUT,
    );

    it(
      'PATCH /movements/{id}: invalid bodies and unknown ids → 4xx, nothing changed',
      async () => {
        const v = await version('movements', fx.movement);
        const shape: Shape = {
          base: { version: v, description: 'Phát động tại Đà Bắc, Hòa Bình' },
          fields: movementFields(false),
          semantic: fc.oneof(movementSemantic, fc.constant({ version: v + 7 }), fc.constant({ endsOn: '2000-01-01' })),
        };
        const calls = fc
          .tuple(
            idOrBody(fx.movement, invalidBody(shape), { json: shape.base }),
            callers('admin', ['noScope', 'staff08', 'reviewer', 'chairTDMNPB']),
            junkQuery,
          )
          .map(([{ id, payload }, caller, query]): Call => ({
            method: 'patch',
            path: `/api/v1/movements/${segment(id)}`,
            caller,
            payload,
            query,
          }));
        await fuzz(calls, runs(200));
      },
      TIMEOUT,
    );

    it(
      'DELETE /movements/{id}: unknown ids, and a movement in use → 4xx, nothing deleted',
      async () => {
        const calls = fc
          .tuple(
            fc.oneof(fc.constant<string | Verbatim>(fx.movement), badId),
            callers('admin', ['noScope', 'staff08', 'reviewer']),
            junkQuery,
          )
          .map(([id, caller, query]): Call => ({ method: 'delete', path: `/api/v1/movements/${segment(id)}`, caller, query }));
        await fuzz(calls, runs(100));
      },
      TIMEOUT,
    );

    it(
      'PUT /movements/{id}/results: invalid lists and unknown ids → 4xx, nothing written',
      async () => {
        const list: ListShape = {
          item: movementResult,
          max: 1000,
          semantic: fc.constantFrom([{ provinceCode: '79', year: 2024, period: 'FY' }], [{ provinceCode: '99', year: 2024, period: 'FY' }]),
        };
        const calls = fc
          .tuple(
            idOrBody(fx.movement, invalidList(list), { json: [movementResult.base] }),
            callers('staff08', ['noScope', 'staff01', 'admin', 'chairTDMNPB']),
            junkQuery,
          )
          .map(([{ id, payload }, caller, query]): Call => ({
            method: 'put',
            path: `/api/v1/movements/${segment(id)}/results`,
            caller,
            payload,
            query,
          }));
        await fuzz(calls, runs(200));
      },
      TIMEOUT,
    );
  });

  describe('pledges, typical examples, meetings', () => {
    it(
      'POST /pledges: invalid bodies → 4xx, nothing written',
      async () => {
        const shape: Shape = {
          base: { ...PLEDGE, year: 2025, signedOn: '2025-01-15', criteria: [CRITERION_1] },
          fields: {
            criteria: F.list(criterion, 100, true),
            clusterCode: F.cluster(true),
            place: F.text(300),
            signedOn: F.date(true),
            year: F.year(true),
          },
          semantic: fc.constantFrom<Record<string, unknown>>(
            { year: 2024, signedOn: '2024-03-08' },
            { year: 2025, signedOn: '2020-01-01' },
            { criteria: [CRITERION_1, CRITERION_1] },
            { clusterCode: 'DNB' },
            { clusterCode: 'NOPE' },
          ),
        };
        const calls = fc.record({
          method: fc.constant<Method>('post'),
          path: fc.constant('/api/v1/pledges'),
          caller: callers('chairTDMNPB', ['noScope', 'staff08', 'admin', 'chairDBSH']),
          payload: invalidBody(shape),
          query: junkQuery,
        });
        await fuzz(calls, runs(200));
      },
      TIMEOUT,
    );

    it(
      'PUT /pledges/{id}/results: invalid lists and unknown ids → 4xx, nothing written',
      async () => {
        const list: ListShape = {
          item: pledgeResult,
          max: 5000,
          semantic: fc.constantFrom(
            [{ provinceCode: '08', criterionCode: 'TC9', period: 'FY' }],
            [{ provinceCode: '01', criterionCode: 'TC1', period: 'FY' }],
            [{ provinceCode: '15', criterionCode: 'TC1', period: 'FY' }],
          ),
        };
        const calls = fc
          .tuple(
            idOrBody(fx.pledge, invalidList(list), { json: [pledgeResult.base] }),
            callers('staff08', ['noScope', 'staff01', 'chairDBSH', 'reviewer']),
            junkQuery,
          )
          .map(([{ id, payload }, caller, query]): Call => ({
            method: 'put',
            path: `/api/v1/pledges/${segment(id)}/results`,
            caller,
            payload,
            query,
          }));
        await fuzz(calls, runs(200));
      },
      TIMEOUT,
    );

    it(
      'POST /typical-examples: invalid bodies → 4xx, nothing written',
      async () => {
        const shape: Shape = { base: TYPICAL, fields: exampleFields(true), semantic: exampleSemantic };
        const calls = fc.record({
          method: fc.constant<Method>('post'),
          path: fc.constant('/api/v1/typical-examples'),
          caller: callers('staff08'),
          payload: invalidBody(shape),
          query: junkQuery,
        });
        await fuzz(calls, runs(200));
      },
      TIMEOUT,
    );

    it(
      'POST /meetings: invalid bodies → 4xx, nothing written',
      async () => {
        const shape: Shape = { base: MEETING, fields: meetingFields(true), semantic: meetingSemantic };
        const calls = fc.record({
          method: fc.constant<Method>('post'),
          path: fc.constant('/api/v1/meetings'),
          caller: callers('chairTDMNPB', ['noScope', 'staff08', 'admin', 'chairDBSH']),
          payload: invalidBody(shape),
          query: junkQuery,
        });
        await fuzz(calls, runs(200));
      },
      TIMEOUT,
    );

    it(
      'PATCH /typical-examples/{id}: invalid bodies, stale versions and unknown ids → 4xx, nothing changed',
      async () => {
        const v = await version('typical_examples', fx.example);
        const shape: Shape = {
          base: { version: v, story: 'Vận động 50 hộ hiến đất làm đường.' },
          fields: exampleFields(false),
          semantic: fc.oneof(exampleSemantic, fc.constant({ version: v + 7 }), fc.constant({ honouredOn: '2024-03-01' })),
        };
        const calls = fc
          .tuple(
            idOrBody(fx.example, invalidBody(shape), { json: shape.base }),
            callers('staff08', ['noScope', 'staff01', 'staff25', 'chairTDMNPB', 'reviewer']),
            junkQuery,
          )
          .map(([{ id, payload }, caller, query]): Call => ({
            method: 'patch',
            path: `/api/v1/typical-examples/${segment(id)}`,
            caller,
            payload,
            query,
          }));
        await fuzz(calls, runs(200));
      },
      TIMEOUT,
    );

    it(
      'DELETE /typical-examples/{id}: unknown ids, outsiders and stale versions → 4xx, nothing deleted',
      async () => {
        const v = await version('typical_examples', fx.example);
        const calls = fc.oneof(
          fc
            .tuple(badId, callers('staff08'), junkQuery)
            .map(([id, caller, query]): Call => ({ method: 'delete', path: `/api/v1/typical-examples/${segment(id)}`, caller, query })),
          fc
            .constantFrom<Caller>('anonymous', 'noScope', 'staff01', 'staff25', 'chairTDMNPB', 'reviewer', 'admin')
            .map((caller): Call => ({ method: 'delete', path: `/api/v1/typical-examples/${fx.example}`, caller, query: null })),
          fc
            .constantFrom(`version=${v + 7}`, 'version=0', 'version=abc', 'version=1e400', `version=${v}.5`)
            .map((query): Call => ({ method: 'delete', path: `/api/v1/typical-examples/${fx.example}`, caller: 'staff08', query })),
        );
        await fuzz(calls, runs(100));
      },
      TIMEOUT,
    );

    it(
      'PATCH /meetings/{id}: invalid bodies, stale versions and unknown ids → 4xx, nothing changed',
      async () => {
        const v = await version('meetings', fx.meeting);
        const shape: Shape = {
          base: { version: v, notes: 'Bổ sung danh sách đại biểu' },
          fields: meetingFields(false),
          semantic: fc.oneof(meetingSemantic, fc.constant({ version: v + 7 }), fc.constant({ period: 'H1', date: '2024-07-29' })),
        };
        const calls = fc
          .tuple(
            idOrBody(fx.meeting, invalidBody(shape), { json: shape.base }),
            callers('chairTDMNPB', ['noScope', 'staff08', 'admin', 'chairDBSH', 'reviewer']),
            junkQuery,
          )
          .map(([{ id, payload }, caller, query]): Call => ({
            method: 'patch',
            path: `/api/v1/meetings/${segment(id)}`,
            caller,
            payload,
            query,
          }));
        await fuzz(calls, runs(200));
      },
      TIMEOUT,
    );

    it(
      'DELETE /meetings/{id}: unknown ids, outsiders, and a meeting in use → 4xx, nothing deleted',
      async () => {
        const calls = fc
          .tuple(
            fc.oneof(fc.constant<string | Verbatim>(fx.meeting), badId),
            callers('chairTDMNPB', ['noScope', 'staff08', 'admin', 'chairDBSH', 'reviewer']),
            junkQuery,
          )
          .map(([id, caller, query]): Call => ({ method: 'delete', path: `/api/v1/meetings/${segment(id)}`, caller, query }));
        await fuzz(calls, runs(100));
      },
      TIMEOUT,
    );
  });

  describe('clusters and users', () => {
    it(
      'POST /clusters: invalid bodies → 4xx, nothing written',
      async () => {
        const shape: Shape = {
          base: { code: 'FUZZ_CL', name: 'Cụm thi đua thử', description: 'Chỉ để thử' },
          fields: {
            code: F.pattern(CLUSTER, ['x', 'fuzz_cl', 'FUZZ-CL', 'A'.repeat(21), 'FUZZ CL'], true),
            description: F.text(2000),
            name: F.text(200, { required: true, nonEmpty: true }),
          },
          semantic: fc.constant({ code: 'TDMNPB' }),
        };
        const calls = fc.record({
          method: fc.constant<Method>('post'),
          path: fc.constant('/api/v1/clusters'),
          caller: callers('admin', ['noScope', 'staff08', 'reviewer', 'chairTDMNPB']),
          payload: invalidBody(shape),
          query: junkQuery,
        });
        await fuzz(calls, runs(150));
      },
      TIMEOUT,
    );

    it(
      'PUT /clusters/{code}/members/{year}: invalid lists, unknown clusters, malformed years → 4xx, nothing changed',
      async () => {
        const list: ListShape = {
          item: {
            base: { provinceCode: '17', role: 'MEMBER' },
            fields: { provinceCode: F.province(true), role: F.oneOf(['CHAIR', 'MEMBER', 'VICE_CHAIR'], true) },
          },
          max: 100,
          semantic: fc.constantFrom(
            [
              { provinceCode: '25', role: 'CHAIR' },
              { provinceCode: '04', role: 'CHAIR' },
            ],
            [
              { provinceCode: '04', role: 'MEMBER' },
              { provinceCode: '04', role: 'MEMBER' },
            ],
            [{ provinceCode: '99', role: 'MEMBER' }],
          ),
        };
        const valid: Payload = { json: await currentMembers() };
        const body = invalidList(list);
        const code = fc.string({ maxLength: 24 }).filter((c) => c !== '' && !fx.clusters.includes(c));
        // A wrong cluster or year is refused whatever the body.
        const target = fc.oneof(
          { weight: 4, arbitrary: fc.record({ code: fc.constant('TDMNPB'), year: fc.constant('2024'), payload: body }) },
          {
            weight: 1,
            arbitrary: fc.record({ code: code.map(noNul), year: fc.constant('2024'), payload: fc.oneof(fc.constant(valid), body) }),
          },
          {
            weight: 1,
            arbitrary: fc.record({ code: fc.constant('TDMNPB'), year: badPathYear, payload: fc.oneof(fc.constant(valid), body) }),
          },
        );
        const calls = fc
          .tuple(target, callers('admin', ['noScope', 'staff08', 'reviewer', 'chairTDMNPB']), junkQuery)
          .map(([{ code: c, year: y, payload }, caller, query]): Call => ({
            method: 'put',
            path: `/api/v1/clusters/${enc(c)}/members/${enc(y)}`,
            caller,
            payload,
            query,
          }));
        await fuzz(calls, runs(200));
      },
      TIMEOUT,
    );

    it(
      'POST /users: invalid bodies → 4xx, nothing written',
      async () => {
        const shape: Shape = {
          base: {
            username: 'fuzz-new-user',
            password: 'mat-khau-du-dai-12',
            fullName: 'Người dùng mới',
            roles: ['PROVINCE_STAFF'],
            provinceCode: '08',
            active: true,
          },
          fields: userFields(true),
          semantic: fc.constantFrom<Record<string, unknown>>(
            { username: 'staff08' },
            { roles: ['PROVINCE_STAFF'], provinceCode: null },
            { roles: ['CLUSTER_CHAIR'], clusterCode: null },
            { roles: ['PROVINCE_STAFF'], provinceCode: '99' },
            { roles: ['CLUSTER_CHAIR'], clusterCode: 'NOPE' },
          ),
        };
        const calls = fc.record({
          method: fc.constant<Method>('post'),
          path: fc.constant('/api/v1/users'),
          caller: callers('admin', ['noScope', 'staff08', 'reviewer', 'chairTDMNPB']),
          payload: invalidBody(shape),
          query: junkQuery,
        });
        await fuzz(calls, runs(150));
      },
      TIMEOUT,
    );

    it(
      'PATCH /users/{id}: invalid bodies and unknown ids → 4xx, nothing changed',
      async () => {
        const v = await version('users', fx.user);
        const shape: Shape = {
          base: { version: v, fullName: 'Tên đã sửa' },
          fields: userFields(false),
          semantic: fc.constantFrom<Record<string, unknown>>(
            { version: v + 7 },
            { roles: ['CLUSTER_CHAIR'], clusterCode: null },
            { provinceCode: '99' },
            { roles: ['CLUSTER_CHAIR'], clusterCode: 'NOPE' },
          ),
        };
        const calls = fc
          .tuple(
            idOrBody(fx.user, invalidBody(shape), { json: shape.base }),
            callers('admin', ['noScope', 'staff08', 'reviewer', 'chairTDMNPB']),
            junkQuery,
          )
          .map(([{ id, payload }, caller, query]): Call => ({
            method: 'patch',
            path: `/api/v1/users/${segment(id)}`,
            caller,
            payload,
            query,
          }));
        await fuzz(calls, runs(150));
      },
      TIMEOUT,
    );
  });

  describe('periods', () => {
    // Fixtures lock TDMNPB 2024 H1: lock would succeed on 2024 FY, unlock on 2024 H1.
    const reasonShape = (reason: string): Shape => ({
      base: { reason },
      fields: { reason: F.text(2000, { required: true, nonEmpty: true }) },
    });
    const cases: Array<[string, TestUser, string, string, Shape, boolean]> = [
      ['submit', 'staff08', '2024', 'H1', { base: { note: 'Đã nhập đủ số liệu' }, fields: { note: F.text(2000) } }, true],
      ['lock', 'chairTDMNPB', '2024', 'FY', reasonShape('Chốt số liệu tổng kết'), false],
      ['unlock', 'chairTDMNPB', '2024', 'H1', reasonShape('Mở lại để bổ sung'), false],
    ];
    it.each(cases)(
      'POST /periods/{cluster}/{year}/{period}/%s: invalid bodies and malformed paths → 4xx, nothing written',
      async (action, writer, y, p, shape, emptyIsValid) => {
        const cluster = fc.oneof(
          fc.string({ maxLength: 24 }).filter((c) => c !== '' && !fx.clusters.includes(c)),
          fc.constantFrom('tdmnpb', 'TDMNPB ', 'NOPE'),
        );
        const period = fc.oneof(
          fc.string({ maxLength: 6 }).filter((s) => s !== '' && !PERIODS.includes(s)),
          fc.constantFrom('h1', 'Q3', 'FY ', 'H2'),
        );
        const body = invalidBody(shape, { emptyIsValid });
        const anyBody = fc.oneof(fc.constant<Payload>({ json: shape.base }), body);
        const target = fc.oneof(
          { weight: 4, arbitrary: fc.record({ c: fc.constant('TDMNPB'), y: fc.constant(y), p: fc.constant(p), payload: body }) },
          { weight: 1, arbitrary: fc.record({ c: cluster.map(noNul), y: fc.constant(y), p: fc.constant(p), payload: anyBody }) },
          { weight: 1, arbitrary: fc.record({ c: fc.constant('TDMNPB'), y: badPathYear, p: fc.constant(p), payload: anyBody }) },
          { weight: 1, arbitrary: fc.record({ c: fc.constant('TDMNPB'), y: fc.constant(y), p: period, payload: anyBody }) },
        );
        const calls = fc
          .tuple(target, callers(writer, ['noScope', 'staff01', 'chairDBSH', 'admin']), junkQuery)
          .map(([{ c, y: yy, p: pp, payload }, caller, query]): Call => ({
            method: 'post',
            path: `/api/v1/periods/${enc(c)}/${enc(yy)}/${enc(pp)}/${action}`,
            caller,
            payload,
            query,
          }));
        await fuzz(calls, runs(150));
      },
      TIMEOUT,
    );
  });

  describe('reads', () => {
    const lists: Array<[string, string[], number]> = [
      [
        '/api/v1/commendations',
        ['page', 'pageSize', 'awardTypeCode', 'clusterCode', 'from', 'provinceCode', 'q', 'sort', 'status', 'to', 'year', 'demo'],
        200,
      ],
      ['/api/v1/movements', ['page', 'pageSize', 'clusterCode', 'year'], 100],
      ['/api/v1/pledges', ['clusterCode', 'year'], 80],
      ['/api/v1/meetings', ['clusterCode', 'year'], 80],
      ['/api/v1/typical-examples', ['page', 'pageSize', 'clusterCode', 'provinceCode', 'year'], 100],
      ['/api/v1/audit', ['page', 'pageSize', 'entity', 'entityId'], 100],
      ['/api/v1/provinces', ['q', 'validOn'], 100],
      ['/api/v1/clusters/TDMNPB/members', ['year'], 60],
      ['/api/v1/periods/TDMNPB/2024/H1', [], 40],
      ['/api/v1/users', [], 40],
    ];
    it.each(lists)(
      'GET %s with generated query strings → never 5xx, nothing written',
      async (path, keys, n) => {
        const calls = fc.tuple(anyone, queryString(keys)).map(([caller, query]): Call => ({ method: 'get', path, caller, query }));
        await fuzz(calls, runs(n), noServerError);
      },
      TIMEOUT,
    );

    it(
      'GET one record by a malformed or unknown id → 4xx',
      async () => {
        // An empty id or "." would name the list itself (a 200), not a record.
        const oneId = badId.filter((id) => id !== '' && id !== '.');
        const resources = [
          'commendations',
          'movements',
          'pledges',
          'meetings',
          'typical-examples',
          'users',
          'movements/{id}/results',
          'pledges/{id}/results',
        ];
        const calls = fc.tuple(fc.constantFrom(...resources), oneId, anyone).map(([r, id, caller]): Call => ({
          method: 'get',
          path: `/api/v1/${r.includes('{id}') ? r.replace('{id}', segment(id)) : `${r}/${segment(id)}`}`,
          caller,
        }));
        await fuzz(calls, runs(150));
      },
      TIMEOUT,
    );
  });

  describe('reports', () => {
    const REPORT_CREATE = { clusterCode: 'TDMNPB', year: 2025, period: 'H1' };
    const reportCreate: Shape = {
      base: REPORT_CREATE,
      fields: {
        clusterCode: F.cluster(true),
        cutoffDate: F.date(false),
        meetingId: F.uuid(),
        period: F.oneOf(PERIODS, true),
        year: F.year(true),
      },
      semantic: fc.oneof(
        fc.constantFrom<Record<string, unknown>>(
          // The fixture's draft already holds TDMNPB FY 2024.
          { year: 2024, period: 'FY' },
          { clusterCode: 'DBSH' },
          { clusterCode: 'NOPE' },
          { cutoffDate: '2025-12-31' },
          { cutoffDate: '2024-06-30' },
        ),
        fc.uuid().map((meetingId) => ({ meetingId })),
      ),
    };
    const section: Shape = {
      base: { key: 'limitations', text: 'Một số tỉnh gửi số liệu chậm' },
      fields: {
        key: F.oneOf([...REPORT_SECTION_KEYS], true, ['results', 'Limitations', '__proto__', 'sections.0']),
        text: field(true, notText, tooLong(50_000)),
      },
    };

    it(
      'POST /reports: invalid bodies → 4xx, nothing written',
      async () => {
        const calls = fc.record({
          method: fc.constant<Method>('post'),
          path: fc.constant('/api/v1/reports'),
          caller: callers('chairTDMNPB', ['noScope', 'staff08', 'admin', 'reviewer', 'chairDBSH']),
          payload: invalidBody(reportCreate),
          query: junkQuery,
        });
        await fuzz(calls, runs(80));
      },
      TIMEOUT,
    );

    it(
      'PATCH /reports/{id}: stale versions, bad section keys, wrong types, NUL, unknown ids → 4xx, nothing changed',
      async () => {
        const v = await version('reports', fx.report);
        const shape: Shape = {
          base: { version: v, sections: [section.base] },
          fields: { sections: F.list(section, REPORT_SECTION_KEYS.length, true), version: F.int(1, null, true) },
          semantic: fc.oneof(
            fc.constantFrom<Record<string, unknown>>(
              { version: v + 7 },
              { sections: [section.base, section.base] },
              { sections: [{ key: 'tasks', text: 'a' }, section.base, { key: 'tasks', text: 'b' }] },
            ),
            fc.constantFrom(...REPORT_SECTION_KEYS).map((key) => ({ sections: [{ key, text: 'Robert\u0000Tables' }] })),
          ),
        };
        const calls = fc
          .tuple(
            idOrBody(fx.report, invalidBody(shape), { json: shape.base }),
            callers('chairTDMNPB', ['noScope', 'staff08', 'admin', 'reviewer', 'chairDBSH']),
            junkQuery,
          )
          .map(([{ id, payload }, caller, query]): Call => ({
            method: 'patch',
            path: `/api/v1/reports/${segment(id)}`,
            caller,
            payload,
            query,
          }));
        await fuzz(calls, runs(120));
      },
      TIMEOUT,
    );

    // Both take an optional version: an empty body is valid (and would write), so every body here names a bad one.
    it.each(['recompute', 'finalize'])(
      'POST /reports/{id}/%s: bad or stale versions, unknown ids → 4xx, nothing written',
      async (action) => {
        const v = await version('reports', fx.report);
        const shape: Shape = {
          base: { version: v },
          fields: { version: F.int(1, null, false) },
          semantic: fc.constantFrom({ version: v + 7 }, { version: v + 1 }),
        };
        const calls = fc
          .tuple(
            idOrBody(fx.report, invalidBody(shape, { emptyIsValid: true }), { json: shape.base }),
            callers('chairTDMNPB', ['noScope', 'staff08', 'admin', 'reviewer', 'chairDBSH']),
            junkQuery,
          )
          .map(([{ id, payload }, caller, query]): Call => ({
            method: 'post',
            path: `/api/v1/reports/${segment(id)}/${action}`,
            caller,
            payload,
            query,
          }));
        await fuzz(calls, runs(80));
      },
      TIMEOUT,
    );

    // The exports set a document Content-Type before the handler runs: their errors must still be JSON.
    it(
      'GET /reports/{id}, its bulletin and exports by a malformed or unknown id → 4xx JSON; GET /reports with junk queries → never 5xx',
      async () => {
        const oneId = badId.filter((id) => id !== '' && id !== '.');
        const reads = fc
          .tuple(fc.constantFrom('', '/bulletin', '/export.docx', '/export.xlsx'), oneId, anyone)
          .map(([suffix, id, caller]): Call => ({ method: 'get', path: `/api/v1/reports/${segment(id)}${suffix}`, caller }));
        await fuzz(reads, runs(60));
        const lists = fc
          .tuple(anyone, queryString(['clusterCode', 'year']))
          .map(([caller, query]): Call => ({ method: 'get', path: '/api/v1/reports', caller, query }));
        await fuzz(lists, runs(40), noServerError);
      },
      TIMEOUT,
    );
  });

  describe('findings', () => {
    it(
      'POST /findings/run: invalid bodies, neither or both of cluster and province, other scopes → 4xx, nothing written',
      async () => {
        const shape: Shape = {
          base: { provinceCode: '08', year: 2024 },
          fields: { clusterCode: F.cluster(false), provinceCode: F.province(false), year: F.year(true) },
          semantic: fc.constantFrom<Record<string, unknown>>(
            { clusterCode: 'TDMNPB' },
            { provinceCode: null },
            { provinceCode: null, clusterCode: 'TDMNPB' },
            { provinceCode: null, clusterCode: 'NOPE' },
            { provinceCode: '99' },
            { provinceCode: '01' },
            { provinceCode: '79' },
          ),
        };
        const calls = fc.record({
          method: fc.constant<Method>('post'),
          path: fc.constant('/api/v1/findings/run'),
          caller: callers('staff08', ['noScope', 'staff01', 'chairDBSH']),
          payload: invalidBody(shape),
          query: junkQuery,
        });
        await fuzz(calls, runs(120));
      },
      TIMEOUT,
    );

    it(
      'PATCH /findings/{id}: invalid bodies, stale versions, unknown ids → 4xx, nothing changed',
      async () => {
        const v = await version('findings', fx.finding);
        const shape: Shape = {
          base: { comment: 'Đã đối chiếu hồ sơ gốc', status: 'CONFIRMED', version: v },
          fields: {
            comment: F.text(2000, { required: true, nonEmpty: true }),
            status: F.oneOf(['CLEARED', 'CONFIRMED'], true, ['OPEN']),
            version: F.int(1, null, true),
          },
          semantic: fc.constantFrom<Record<string, unknown>>({ version: v + 7 }, { comment: 'Robert\u0000Tables' }),
        };
        const calls = fc
          .tuple(
            idOrBody(fx.finding, invalidBody(shape), { json: shape.base }),
            callers('reviewer', ['noScope', 'staff08', 'admin', 'chairTDMNPB']),
            junkQuery,
          )
          .map(([{ id, payload }, caller, query]): Call => ({
            method: 'patch',
            path: `/api/v1/findings/${segment(id)}`,
            caller,
            payload,
            query,
          }));
        await fuzz(calls, runs(120));
      },
      TIMEOUT,
    );

    it(
      'PUT /commendations/{id}/matches/{matchedId}: invalid bodies, unknown or equal ids → 4xx, nothing written',
      async () => {
        const shape: Shape = {
          base: { decision: 'REJECTED', comment: 'Hai người trùng tên ở hai trường khác nhau' },
          fields: { comment: F.text(2000), decision: F.oneOf(['CONFIRMED', 'REJECTED'], true, ['AUTO', 'CANDIDATE']) },
          semantic: fc.constant({ comment: 'a\u0000b' }),
        };
        const body = invalidBody(shape);
        const anyBody = fc.oneof(fc.constant<Payload>({ json: shape.base }), body);
        const subject = fx.findingCommendation;
        // Two real records with a valid body would record a decision: every case has a bad body or a bad id.
        const target = fc.oneof(
          {
            weight: 4,
            arbitrary: fc.record({
              id: fc.constant<string | Verbatim>(subject),
              other: fc.constant<string | Verbatim>(fx.approved),
              payload: body,
            }),
          },
          { weight: 1, arbitrary: fc.record({ id: fc.constant<string | Verbatim>(subject), other: badId, payload: anyBody }) },
          { weight: 1, arbitrary: fc.record({ id: badId, other: fc.constant<string | Verbatim>(subject), payload: anyBody }) },
          {
            weight: 1,
            arbitrary: fc.record({
              id: fc.constant<string | Verbatim>(subject),
              other: fc.constant<string | Verbatim>(subject),
              payload: anyBody,
            }),
          },
        );
        const calls = fc
          .tuple(target, callers('reviewer', ['noScope', 'staff08', 'admin', 'chairTDMNPB']), junkQuery)
          .map(([{ id, other, payload }, caller, query]): Call => ({
            method: 'put',
            path: `/api/v1/commendations/${segment(id)}/matches/${segment(other)}`,
            caller,
            payload,
            query,
          }));
        await fuzz(calls, runs(120));
      },
      TIMEOUT,
    );

    it.each([
      ['/api/v1/findings', ['page', 'pageSize', 'clusterCode', 'provinceCode', 'ruleId', 'severity', 'status', 'year'], 100],
      ['/api/v1/findings/summary', ['clusterCode', 'year'], 40],
    ] as Array<[string, string[], number]>)(
      'GET %s with generated query strings → never 5xx, nothing written',
      async (path, keys, n) => {
        const calls = fc.tuple(anyone, queryString(keys)).map(([caller, query]): Call => ({ method: 'get', path, caller, query }));
        await fuzz(calls, runs(n), noServerError);
      },
      TIMEOUT,
    );
  });

  describe('Excel', () => {
    it(
      'POST /commendations/import: junk files, wrong types, wrong headers, invalid cells → 4xx, nothing written',
      async () => {
        const files = await junkWorkbooks();
        const name = fc.constantFrom('khen-thuong.xlsx', 'khen-thuong.xls', 'a.csv', '', '../../etc/passwd', 'tệp.xlsx', 'x'.repeat(300));
        const type = fc.constantFrom(XLSX, 'application/octet-stream', 'text/plain', 'application/zip', 'image/png', '');
        const randomBytes = fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.from(a));
        const junk = fc.oneof(
          { weight: 1, arbitrary: randomBytes.map((b) => ({ what: 'random bytes', bytes: b })) },
          { weight: 1, arbitrary: fc.constant({ what: 'empty', bytes: Buffer.alloc(0) }) },
          {
            weight: 1,
            arbitrary: fc
              .constantFrom('PK', 'PK\u0003\u0004', 'Họ và tên;Tỉnh\n"Nguyễn";08\n', '<html></html>', '{}')
              .map((s) => ({ what: 'text', bytes: Buffer.from(s) })),
          },
          {
            weight: 1,
            arbitrary: randomBytes.map((b) => ({
              what: 'zip magic, then junk',
              bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), b]),
            })),
          },
          // Most runs: the template's own format, broken in its header or in one cell.
          { weight: 5, arbitrary: fc.constantFrom(...files) },
        );
        const upload = fc.oneof(
          { weight: 6, arbitrary: fc.tuple(junk, name, type).map(([j, n, ty]) => new Upload('file', j.bytes, n, ty, j.what)) },
          // The right file under another field name, or next to a second file.
          {
            weight: 1,
            arbitrary: fc
              .tuple(fc.constantFrom('files', 'upload', 'File', 'file[]', ''), fc.constantFrom(...files))
              .map(([f, j]) => new Upload(f || 'x', j.bytes, 'khen-thuong.xlsx', XLSX, j.what)),
          },
        );
        // A file sent without multipart: as the raw body.
        const raw = fc
          .tuple(fc.constantFrom(XLSX, 'application/octet-stream', 'application/json', 'text/plain'), fc.string({ maxLength: 40 }))
          .map(([ty, s]): Payload => ({ raw: s, type: ty }));
        // Not dryRun (a dry run answers 200 with every row's errors, by design) nor progress (NDJSON after a 200).
        const query = junkQuery.filter((q) => q === null || !/dryrun|progress/i.test(q));
        const calls = fc
          .tuple(
            fc.oneof({ weight: 8, arbitrary: upload }, { weight: 1, arbitrary: raw }, { weight: 1, arbitrary: fc.constant(null) }),
            callers('staff08', ['noScope', 'staff01', 'reviewer', 'chairTDMNPB']),
            query,
          )
          .map(([payload, caller, q]): Call => ({ method: 'post', path: '/api/v1/commendations/import', caller, payload, query: q }));
        await fuzz(calls, runs(150));
      },
      TIMEOUT,
    );

    it(
      'POST /pledges/{id}/results/import and /typical-examples/import: junk files, wrong headers, invalid cells → 4xx, nothing written',
      async () => {
        const targets = [
          {
            path: `/api/v1/pledges/${fx.pledge}/results/import`,
            files: await layoutJunk(PLEDGE_RESULT_LAYOUT, PLEDGE_RESULT_ROW, BAD_PLEDGE_RESULT_CELLS),
          },
          { path: '/api/v1/typical-examples/import', files: await layoutJunk(TYPICAL_EXAMPLE_LAYOUT, EXAMPLE_ROW, BAD_EXAMPLE_CELLS) },
        ];
        const type = fc.constantFrom(XLSX, 'application/octet-stream', 'text/plain', '');
        const calls = fc
          .constantFrom(...targets)
          .chain(({ path, files }) =>
            fc.tuple(
              fc.constant(path),
              fc.oneof(
                { weight: 5, arbitrary: fc.constantFrom(...files) },
                { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1024 }).map((a) => ({ what: 'random bytes', bytes: Buffer.from(a) })) },
              ),
              type,
              callers('staff08', ['noScope', 'staff01', 'reviewer', 'chairTDMNPB']),
              junkQuery.filter((q) => q === null || !/dryrun|progress/i.test(q)),
            ),
          )
          .map(([path, j, ty, caller, query]): Call => ({
            method: 'post',
            path,
            caller,
            payload: new Upload('file', j.bytes, 'nhap.xlsx', ty, j.what),
            query,
          }));
        await fuzz(calls, runs(120));
      },
      TIMEOUT,
    );

    it(
      'GET /commendations/export.xlsx with generated query strings → never 5xx, nothing written',
      async () => {
        const keys = ['awardTypeCode', 'clusterCode', 'from', 'provinceCode', 'q', 'sort', 'status', 'to', 'year', 'demo'];
        const calls = fc
          .tuple(anyone, queryString(keys))
          .map(([caller, query]): Call => ({ method: 'get', path: '/api/v1/commendations/export.xlsx', caller, query }));
        await fuzz(calls, runs(60), noServerError);
      },
      TIMEOUT,
    );
  });

  it('after all the runs above, every table equals the baseline taken after the fixtures', async () => {
    expect(await tableCounts(t.dataSource)).toEqual(baseline.counts);
    expect(await digests(t.dataSource, tables)).toEqual(baseline.digests);
  });

  // A failed sign-in is audited by design: these runs may add LOGIN_FAILED entries, and nothing else.
  describe('sign-in', () => {
    const login: Shape = {
      base: { username: 'khong-co-tai-khoan-nay', password: 'mat-khau-sai-hoan-toan' },
      fields: { username: field(true, notText, tooLong(100)), password: field(true, notText, tooLong(200)) },
    };

    it(
      'POST /auth/login with malformed bodies → 4xx, nothing written (not even an audit entry)',
      async () => {
        const calls = fc
          .tuple(invalidBody(login), junkQuery)
          .map(([payload, query]): Call => ({ method: 'post', path: '/api/v1/auth/login', caller: 'anonymous', payload, query }));
        await fuzz(calls, runs(120));
      },
      TIMEOUT,
    );

    it(
      'POST /auth/login as accounts that do not exist → 4xx; only LOGIN_FAILED audit entries are added',
      async () => {
        // Never an existing account, however the server normalises the name: failures would lock it.
        const taken = [...Object.keys(TEST_USERS).map((u) => u.toLowerCase()), 'fuzz-target'];
        const username = fc.oneof(
          fc.string({ maxLength: 100 }),
          fc.string({ unit: 'binary', maxLength: 30 }).map(noNul),
          fc.constantFrom(...HOSTILE, 'ADMIN ', ' Admin'),
        );
        const calls = fc
          .record({
            username: username.filter((u) => !taken.includes(u.trim().toLowerCase())),
            password: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...HOSTILE)),
          })
          .map((json): Call => ({ method: 'post', path: '/api/v1/auth/login', caller: 'anonymous', payload: { json } }));
        const [{ seq }] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_entries`);
        // The audit trail's checkpoint follows its head (issue #15).
        await fuzz(calls, runs(40), refused, ['audit_entries', 'audit_checkpoints']);
        const other = await t.dataSource.query(
          `SELECT action, entity, entity_id FROM audit_entries WHERE seq > $1 AND NOT (action = 'LOGIN_FAILED' AND entity = 'user' AND entity_id IS NULL)`,
          [seq],
        );
        expect(other).toEqual([]);
      },
      TIMEOUT,
    );

    it(
      'POST /auth/refresh with invalid bodies and unknown tokens → 4xx, nothing written',
      async () => {
        const shape: Shape = { base: { refreshToken: 'x' }, fields: { refreshToken: field(true, notText, tooLong(200)) } };
        const unknown = fc
          .oneof(fc.string({ maxLength: 200 }), fc.base64String({ maxLength: 60 }), fc.constantFrom(...HOSTILE))
          .map((refreshToken): Payload => ({ json: { refreshToken } }));
        const calls = fc
          .tuple(fc.oneof(invalidBody(shape), unknown), fc.oneof(fc.constant<Caller>('anonymous'), anyone))
          .map(([payload, caller]): Call => ({ method: 'post', path: '/api/v1/auth/refresh', caller, payload }));
        await fuzz(calls, runs(150));
      },
      TIMEOUT,
    );
  });

  // ---------------------------------------------------------------------------------------------------
  // One test per kind of input left out of the general runs. Each works on records of its own, created
  // here, so that a failure (a write that should have been refused) cannot disturb the runs above.
  // ---------------------------------------------------------------------------------------------------

  let serial = 0;
  async function currentMembers(): Promise<Array<{ provinceCode: string; role: string }>> {
    const res = await t.as('admin').get('/api/v1/clusters/TDMNPB/members?year=2024');
    return (res.body as Array<{ provinceCode: string; role: string }>).map(({ provinceCode, role }) => ({ provinceCode, role }));
  }
  const created = async (res: PromiseLike<Response>) => {
    const r = await res;
    if (r.status >= 300) throw new Error(`setting up: ${r.status} ${r.text}`);
    return r.body as { id: string; version: number };
  };

  /** A valid request to the endpoint, on a fresh record where the endpoint acts on one. */
  async function validWrite(write: Write): Promise<ValidWrite> {
    const n = ++serial;
    const staff = (c: Omit<Call, 'caller'>): Omit<Call, 'payload'> => ({ ...c, caller: 'staff08' });
    const as = (caller: TestUser, method: Method, path: string): Omit<Call, 'payload'> => ({ method, path, caller });
    // Central proposals carry their required documents, so that submitting them can succeed.
    const commendation = async (body: object) => {
      const c = await created(t.as('staff08').post('/api/v1/commendations').send(body));
      await attachRequiredDocuments(t, c.id);
      return c;
    };
    switch (write) {
      case 'POST /commendations':
        return {
          call: staff({ method: 'post', path: '/api/v1/commendations' }),
          body: COMMENDATION,
          texts: ['recipientName', 'position', 'organization', 'citation'],
        };
      case 'PATCH /commendations/{id}': {
        const c = await commendation(COMMENDATION);
        return {
          call: staff({ method: 'patch', path: `/api/v1/commendations/${c.id}` }),
          body: { version: c.version, position: 'Hiệu trưởng' },
          texts: ['position', 'recipientName', 'citation'],
        };
      }
      case 'DELETE /commendations/{id}': {
        const c = await commendation(COMMENDATION);
        return {
          call: staff({ method: 'delete', path: `/api/v1/commendations/${c.id}`, query: `version=${c.version}` }),
          body: undefined,
          texts: [],
        };
      }
      case 'POST /commendations/{id}/submit': {
        const c = await commendation(CENTRAL);
        return { call: staff({ method: 'post', path: `/api/v1/commendations/${c.id}/submit` }), body: { version: c.version }, texts: [] };
      }
      case 'POST /commendations/{id}/approve': {
        const c = await commendation(COMMENDATION);
        return {
          call: staff({ method: 'post', path: `/api/v1/commendations/${c.id}/approve` }),
          body: { ...DECISION, version: c.version },
          texts: ['decidingAuthority'],
        };
      }
      case 'POST /commendations/{id}/return': {
        const c = await commendation(CENTRAL);
        await created(t.as('staff08').post(`/api/v1/commendations/${c.id}/submit`).send({ version: c.version }));
        return {
          call: as('reviewer', 'post', `/api/v1/commendations/${c.id}/return`),
          body: { reason: 'Thiếu hồ sơ', version: c.version + 1 },
          texts: ['reason'],
        };
      }
      case 'POST /commendations/{id}/revoke': {
        const c = await commendation({ ...COMMENDATION, ...DECISION, status: 'APPROVED' });
        return {
          call: staff({ method: 'post', path: `/api/v1/commendations/${c.id}/revoke` }),
          body: { reason: 'Thu hồi do sai sót', version: c.version },
          texts: ['reason'],
        };
      }
      case 'POST /movements':
        return { call: as('admin', 'post', '/api/v1/movements'), body: MOVEMENT, texts: ['name', 'description'] };
      case 'PATCH /movements/{id}': {
        const m = await created(t.as('admin').post('/api/v1/movements').send(MOVEMENT));
        return {
          call: as('admin', 'patch', `/api/v1/movements/${m.id}`),
          body: { version: m.version, description: 'Mô tả' },
          texts: ['name', 'description'],
        };
      }
      case 'PUT /movements/{id}/results':
        return {
          call: staff({ method: 'put', path: `/api/v1/movements/${fx.movement}/results` }),
          body: [movementResult.base],
          texts: ['0.summary'],
        };
      case 'POST /pledges': {
        const year = 2030 + n;
        const body = { ...PLEDGE, year, signedOn: `${year}-01-15`, criteria: [CRITERION_1] };
        return { call: as('chairTDMNPB', 'post', '/api/v1/pledges'), body, texts: ['place', 'criteria.0.name', 'criteria.0.unit'] };
      }
      case 'PUT /pledges/{id}/results':
        return {
          call: staff({ method: 'put', path: `/api/v1/pledges/${fx.pledge}/results` }),
          body: [pledgeResult.base],
          texts: ['0.note'],
        };
      case 'POST /typical-examples':
        return { call: staff({ method: 'post', path: '/api/v1/typical-examples' }), body: TYPICAL, texts: ['name', 'story'] };
      case 'PATCH /typical-examples/{id}': {
        const e = await created(t.as('staff08').post('/api/v1/typical-examples').send(FY_EXAMPLE));
        return {
          call: staff({ method: 'patch', path: `/api/v1/typical-examples/${e.id}` }),
          body: { version: e.version, name: 'Lý Thị Sen', story: 'Câu chuyện' },
          texts: ['name', 'story'],
        };
      }
      case 'DELETE /typical-examples/{id}': {
        const e = await created(t.as('staff08').post('/api/v1/typical-examples').send(FY_EXAMPLE));
        return {
          call: staff({ method: 'delete', path: `/api/v1/typical-examples/${e.id}`, query: `version=${e.version}` }),
          body: undefined,
          texts: [],
        };
      }
      case 'POST /meetings':
        return { call: as('chairTDMNPB', 'post', '/api/v1/meetings'), body: MEETING, texts: ['chairName', 'chairTitle', 'place'] };
      case 'PATCH /meetings/{id}': {
        const m = await created(t.as('chairTDMNPB').post('/api/v1/meetings').send(FY_MEETING));
        return {
          call: as('chairTDMNPB', 'patch', `/api/v1/meetings/${m.id}`),
          body: { version: m.version, chairName: 'Nguyễn Mạnh Tuấn', place: 'Tuyên Quang', participants: 'Đại biểu 14 tỉnh' },
          texts: ['chairName', 'place', 'participants'],
        };
      }
      case 'DELETE /meetings/{id}': {
        const m = await created(t.as('chairTDMNPB').post('/api/v1/meetings').send(FY_MEETING));
        return {
          call: { ...as('chairTDMNPB', 'delete', `/api/v1/meetings/${m.id}`), query: `version=${m.version}` },
          body: undefined,
          texts: [],
        };
      }
      case 'POST /clusters':
        return {
          call: as('admin', 'post', '/api/v1/clusters'),
          body: { code: `FUZZ_${n}`, name: 'Cụm thử', description: 'Thử' },
          texts: ['name', 'description'],
        };
      case 'PUT /clusters/{code}/members/{year}':
        // The current membership: accepting it by mistake would change nothing that later tests rely on.
        return { call: as('admin', 'put', '/api/v1/clusters/TDMNPB/members/2024'), body: await currentMembers(), texts: [] };
      case 'POST /users':
        return {
          call: as('admin', 'post', '/api/v1/users'),
          body: {
            username: `fuzz-user-${n}`,
            password: 'mat-khau-du-dai-12',
            fullName: 'Người dùng',
            roles: ['PROVINCE_STAFF'],
            provinceCode: '08',
          },
          texts: ['fullName'],
        };
      case 'PATCH /users/{id}':
        return {
          call: as('admin', 'patch', `/api/v1/users/${fx.user}`),
          body: { version: await version('users', fx.user), fullName: 'Tên mới' },
          texts: ['fullName'],
        };
      case 'POST /periods/{c}/{y}/{p}/submit':
        return {
          call: staff({ method: 'post', path: '/api/v1/periods/TDMNPB/2024/FY/submit' }),
          body: { note: 'Đủ số liệu' },
          texts: ['note'],
        };
      case 'POST /periods/{c}/{y}/{p}/lock':
        return {
          call: as('chairTDMNPB', 'post', `/api/v1/periods/TDMNPB/${2030 + n}/FY/lock`),
          body: { reason: 'Chốt' },
          texts: ['reason'],
        };
      case 'POST /periods/{c}/{y}/{p}/unlock': {
        await created(
          t
            .as('chairTDMNPB')
            .post(`/api/v1/periods/TDMNPB/${2030 + n}/H1/lock`)
            .send({ reason: 'Chốt' }),
        );
        return {
          call: as('chairTDMNPB', 'post', `/api/v1/periods/TDMNPB/${2030 + n}/H1/unlock`),
          body: { reason: 'Mở lại' },
          texts: ['reason'],
        };
      }
      case 'POST /auth/login':
        return {
          call: { method: 'post', path: '/api/v1/auth/login', caller: 'anonymous' },
          body: { username: 'khong-co-tai-khoan-nay', password: 'mat-khau-sai' },
          texts: ['username'],
          ignore: ['audit_entries', 'audit_checkpoints'],
        };
      case 'POST /auth/refresh':
        return {
          call: { method: 'post', path: '/api/v1/auth/refresh', caller: 'anonymous' },
          body: { refreshToken: 'khong-phai-ma-lam-moi' },
          texts: [],
        };
    }
  }

  describe('known failure classes: one test each, listing every endpoint it affects', () => {
    const nul = fc.oneof(
      fc.constantFrom('\u0000', 'Robert\u0000Tables'),
      fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([a, b]) => `${a}\u0000${b}`),
    );

    // PostgreSQL text cannot hold U+0000: such input must be refused, not fail in the database.
    it(
      'NUL (U+0000) in stored text, query strings and path parameters → 4xx, never 5xx, nothing written',
      async () => {
        const writes = WRITES.map((write): [string, () => Promise<string | null>] => [
          write,
          async () => {
            const w = await validWrite(write);
            if (!w.texts.length) return null;
            const calls = fc
              .tuple(fc.constantFrom(...w.texts), nul)
              .map(([path, value]): Call => ({ ...w.call, payload: { json: setPath(w.body, path, value) } }));
            return probe(calls, runs(6), refused, w.ignore);
          },
        ]);
        const queries = [
          ['/api/v1/commendations', 'q'],
          ['/api/v1/provinces', 'q'],
          ['/api/v1/audit', 'entity'],
          ['/api/v1/audit', 'entityId'],
        ].map(([path, key]): [string, () => Promise<string | null>] => [
          `GET ${path}?${key}=`,
          () =>
            probe(
              nul.map((v): Call => ({ method: 'get', path, caller: 'admin', query: `${key}=${enc(v)}` })),
              runs(6),
              noServerError,
            ),
        ]);
        const paths: Array<[string, () => Promise<string | null>]> = [
          [
            'PUT /clusters/{code}/members/2024',
            async () => {
              const json = await currentMembers();
              return probe(
                nul.map((v): Call => ({
                  method: 'put',
                  path: `/api/v1/clusters/${enc(v)}/members/2024`,
                  caller: 'admin',
                  payload: { json },
                })),
                runs(6),
              );
            },
          ],
          [
            'GET /clusters/{code}/members',
            () =>
              probe(
                nul.map((v): Call => ({ method: 'get', path: `/api/v1/clusters/${enc(v)}/members`, query: 'year=2024', caller: 'admin' })),
                runs(6),
              ),
          ],
          [
            'GET /periods/{cluster}/2024/H1',
            () =>
              probe(
                nul.map((v): Call => ({ method: 'get', path: `/api/v1/periods/${enc(v)}/2024/H1`, caller: 'admin' })),
                runs(6),
              ),
          ],
        ];
        await probeEach([...writes, ...queries, ...paths]);
      },
      TIMEOUT,
    );

    // class-transformer skips a key whose name is an inherited method (hasOwnProperty, valueOf…) when it
    // builds the DTO, so forbidNonWhitelisted never sees it: the key is dropped and the request accepted.
    it(
      'a key named after an Object.prototype member (hasOwnProperty, isPrototypeOf…) → 400 on every write endpoint, nothing written',
      async () => {
        await probeEach(
          WRITES.filter((w) => !w.startsWith('DELETE ')).map((write): [string, () => Promise<string | null>] => [
            write,
            async () => {
              const w = await validWrite(write);
              const withKey = (key: string, value: unknown) =>
                Array.isArray(w.body)
                  ? w.body.map((item, i) => (i === 0 ? { [key]: value, ...item } : item))
                  : { [key]: value, ...(w.body as object) };
              const calls = fc
                .tuple(fc.constantFrom(...PROTOTYPE_KEYS), jsonish)
                .map(([key, value]): Call => ({ ...w.call, payload: { json: withKey(key, value) } }));
              return probe(calls, runs(10), badRequest, w.ignore);
            },
          ]),
        );
      },
      TIMEOUT,
    );

    // The DTOs hold years to 1945–2100; a year in the path must be held to the same range.
    it(
      'a path year outside 1945–2100 → 4xx, nothing written',
      async () => {
        const years = fc.constantFrom('3000', '1800', '0', '-1', '1944', '2101', '99999');
        await probeEach([
          [
            'PUT /clusters/{code}/members/{year}',
            // Hà Nội exists in every year, so only the year can be wrong.
            () =>
              probe(
                years.map((y): Call => ({
                  method: 'put',
                  path: `/api/v1/clusters/TDMNPB/members/${y}`,
                  caller: 'admin',
                  payload: { json: [{ provinceCode: '01', role: 'MEMBER' }] },
                })),
                runs(10),
              ),
          ],
          [
            'POST /periods/{cluster}/{year}/FY/lock',
            () =>
              probe(
                years.map((y): Call => ({
                  method: 'post',
                  path: `/api/v1/periods/TDMNPB/${y}/FY/lock`,
                  caller: 'chairTDMNPB',
                  payload: { json: { reason: 'Chốt' } },
                })),
                runs(10),
              ),
          ],
          [
            'POST /periods/{cluster}/{year}/FY/submit',
            () =>
              probe(
                years.map((y): Call => ({
                  method: 'post',
                  path: `/api/v1/periods/TDMNPB/${y}/FY/submit`,
                  caller: 'staff08',
                  payload: { json: {} },
                })),
                runs(10),
              ),
          ],
        ]);
      },
      TIMEOUT,
    );

    // A PATCH DTO is PartialType(...): @IsOptional lets null through, also for fields the record cannot lack.
    // Ignoring the null (no change) is fine, refusing it is fine; failing in the database is not.
    it(
      'PATCH with null for a field the record cannot lack → never 5xx: refused with nothing written, or the null ignored',
      async () => {
        const targets: Array<[string, TestUser, string[], () => Promise<{ id: string; version: number }>]> = [
          [
            'commendations',
            'staff08',
            ['recipientKind', 'recipientName', 'awardTypeCode', 'kind', 'provinceCode', 'ethnicMinority'],
            () => created(t.as('staff08').post('/api/v1/commendations').send(COMMENDATION)),
          ],
          [
            'movements',
            'admin',
            ['name', 'launchedBy', 'launchedOn', 'startsOn', 'scope'],
            () => created(t.as('admin').post('/api/v1/movements').send(MOVEMENT)),
          ],
          [
            'meetings',
            'chairTDMNPB',
            ['chairName', 'clusterCode', 'date', 'hostProvinceCode', 'period', 'year'],
            () => created(t.as('chairTDMNPB').post('/api/v1/meetings').send(FY_MEETING)),
          ],
          [
            'typical-examples',
            'staff08',
            ['honouredOn', 'name', 'provinceCode', 'recipientKind'],
            () => created(t.as('staff08').post('/api/v1/typical-examples').send(FY_EXAMPLE)),
          ],
          [
            'users',
            'admin',
            ['fullName', 'roles', 'active'],
            () =>
              created(
                t
                  .as('admin')
                  .post('/api/v1/users')
                  .send({
                    username: `fuzz-null-${++serial}`,
                    password: 'mat-khau-du-dai-12',
                    fullName: 'Người dùng',
                    roles: ['PROVINCE_STAFF'],
                    provinceCode: '08',
                  }),
              ),
          ],
        ];
        const failures: string[] = [];
        // Few enough fields to try every one of them.
        for (const [resource, caller, fields, make] of targets) {
          for (const name of fields) {
            const record = await make();
            const path = `/api/v1/${resource}/${record.id}`;
            const before = (await t.as(caller).get(path)).body as Record<string, unknown>;
            const stored = await digests(t.dataSource, tables);
            const res = await t
              .as(caller)
              .patch(path)
              .send({ version: record.version, [name]: null });
            sent++;
            const after = (await t.as(caller).get(path)).body as Record<string, unknown>;
            const what = `PATCH /${resource}/{id} {"version":${record.version},"${name}":null} as ${caller} → ${res.status}`;
            if (res.status >= 500) failures.push(`${what}: ${res.text.slice(0, 120)}`);
            else if (res.status < 300 && JSON.stringify(after[name]) !== JSON.stringify(before[name]))
              failures.push(`${what}, and ${name} became ${JSON.stringify(after[name])}`);
            else if (res.status >= 400 && changed(stored, await digests(t.dataSource, tables)).length)
              failures.push(`${what}, and something was written`);
          }
        }
        expect(failures).toEqual([]);
      },
      TIMEOUT,
    );

    // TDMNPB's first half of 2024 is locked (fixtures): nothing dated in it may be written.
    it(
      'a record dated inside a locked period → 4xx (409), nothing written',
      async () => {
        const h1 = fc.integer({ min: 0, max: 181 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
        const commendation = async (body: object) => {
          const c = await created(t.as('staff08').post('/api/v1/commendations').send(body));
          await attachRequiredDocuments(t, c.id);
          return c;
        };
        await probeEach([
          [
            'POST /commendations, decided in H1',
            () =>
              probe(
                h1.map((decisionDate): Call => ({
                  method: 'post',
                  path: '/api/v1/commendations',
                  caller: 'staff08',
                  payload: { json: { ...COMMENDATION, ...DECISION, decisionDate, status: 'APPROVED' } },
                })),
                runs(8),
              ),
          ],
          [
            'PATCH /commendations/{id}, decision date moved into H1',
            async () => {
              const c = await commendation(COMMENDATION);
              return probe(
                h1.map((decisionDate): Call => ({
                  method: 'patch',
                  path: `/api/v1/commendations/${c.id}`,
                  caller: 'staff08',
                  payload: { json: { ...DECISION, decisionDate, version: c.version } },
                })),
                runs(8),
              );
            },
          ],
          [
            'POST /commendations/{id}/approve by the province, decided in H1',
            async () => {
              const c = await commendation(COMMENDATION);
              return probe(
                h1.map((decisionDate): Call => ({
                  method: 'post',
                  path: `/api/v1/commendations/${c.id}/approve`,
                  caller: 'staff08',
                  payload: { json: { ...DECISION, decisionDate, version: c.version } },
                })),
                runs(8),
              );
            },
          ],
          [
            'POST /commendations/{id}/approve by the council, decided in H1',
            async () => {
              const c = await commendation(CENTRAL);
              await created(t.as('staff08').post(`/api/v1/commendations/${c.id}/submit`).send({ version: c.version }));
              const json = (decisionDate: string) => ({ ...DECISION, decisionNumber: '12/QĐ-TTg', decisionDate, version: c.version + 1 });
              return probe(
                h1.map((d): Call => ({
                  method: 'post',
                  path: `/api/v1/commendations/${c.id}/approve`,
                  caller: 'reviewer',
                  payload: { json: json(d) },
                })),
                runs(8),
              );
            },
          ],
          [
            'PATCH /typical-examples/{id}, honouring date moved into H1',
            async () => {
              const e = await created(t.as('staff08').post('/api/v1/typical-examples').send(FY_EXAMPLE));
              return probe(
                h1.map((honouredOn): Call => ({
                  method: 'patch',
                  path: `/api/v1/typical-examples/${e.id}`,
                  caller: 'staff08',
                  payload: { json: { honouredOn, version: e.version } },
                })),
                runs(8),
              );
            },
          ],
          [
            'PATCH /meetings/{id}, moved to the semi-annual review of 2024',
            async () => {
              const m = await created(t.as('chairTDMNPB').post('/api/v1/meetings').send(FY_MEETING));
              const july = fc.integer({ min: 1, max: 31 }).map((d) => `2024-07-${String(d).padStart(2, '0')}`);
              return probe(
                july.map((date): Call => ({
                  method: 'patch',
                  path: `/api/v1/meetings/${m.id}`,
                  caller: 'chairTDMNPB',
                  payload: { json: { period: 'H1', date, version: m.version } },
                })),
                runs(8),
              );
            },
          ],
          [
            'POST /typical-examples, honoured in H1',
            () =>
              probe(
                h1.map((honouredOn): Call => ({
                  method: 'post',
                  path: '/api/v1/typical-examples',
                  caller: 'staff08',
                  payload: { json: { ...TYPICAL, honouredOn } },
                })),
                runs(8),
              ),
          ],
          [
            'PUT /movements/{id}/results for H1 2024',
            () =>
              probe(
                fc.integer({ min: 0, max: 100 }).map((modelsBuilt): Call => ({
                  method: 'put',
                  path: `/api/v1/movements/${fx.movement}/results`,
                  caller: 'staff08',
                  payload: { json: [{ ...movementResult.base, period: 'H1', modelsBuilt }] },
                })),
                runs(8),
              ),
          ],
          [
            'PUT /pledges/{id}/results for H1 2024',
            () =>
              probe(
                fc.integer({ min: 0, max: 100 }).map((actualValue): Call => ({
                  method: 'put',
                  path: `/api/v1/pledges/${fx.pledge}/results`,
                  caller: 'staff08',
                  payload: { json: [{ ...pledgeResult.base, period: 'H1', actualValue }] },
                })),
                runs(8),
              ),
          ],
        ]);
      },
      TIMEOUT,
    );
  });
});

/** The records the fuzzer aims at, each in the state where a valid request would succeed. */
async function createFixtures(t: TestApp): Promise<Fixtures> {
  const ok = async (res: PromiseLike<Response>, status: number) => {
    const r = await res;
    if (r.status !== status) throw new Error(`fixture: expected ${status}, got ${r.status} ${r.text}`);
    return r.body as { id: string; version: number };
  };
  const staff = () => t.as('staff08');
  const movement = await ok(t.as('admin').post('/api/v1/movements').send(MOVEMENT), 201);
  // Results make the movement "in use", so DELETE of it must be refused.
  await ok(
    staff()
      .put(`/api/v1/movements/${movement.id}/results`)
      .send([{ provinceCode: '08', year: 2024, period: 'H1', modelsBuilt: 12 }]),
    200,
  );
  const pledge = await ok(t.as('chairTDMNPB').post('/api/v1/pledges').send(PLEDGE), 201);
  const meeting = await ok(t.as('chairTDMNPB').post('/api/v1/meetings').send(FY_MEETING), 201);
  const example = await ok(
    staff()
      .post('/api/v1/typical-examples')
      .send({ ...FY_EXAMPLE, honouredAtMeetingId: meeting.id }),
    201,
  );
  const draft = await ok(staff().post('/api/v1/commendations').send(CENTRAL), 201);
  const deletable = await ok(
    staff()
      .post('/api/v1/commendations')
      .send({ ...CENTRAL, recipientName: 'Vàng Thị Mai' }),
    201,
  );
  const provincialDraft = await ok(
    staff()
      .post('/api/v1/commendations')
      .send({ ...COMMENDATION, recipientName: 'Lò Văn Đức', gender: 'MALE' }),
    201,
  );
  const submitted = await ok(
    staff()
      .post('/api/v1/commendations')
      .send({ ...CENTRAL, recipientName: 'Hoàng Thị Mai' }),
    201,
  );
  await attachRequiredDocuments(t, submitted.id);
  await ok(staff().post(`/api/v1/commendations/${submitted.id}/submit`).send({ version: submitted.version }), 200);
  const approved = await ok(
    staff()
      .post('/api/v1/commendations')
      .send({
        ...COMMENDATION,
        ...DECISION,
        decisionDate: '2024-09-15',
        recipientName: 'Ma Văn Kháng',
        gender: 'MALE',
        status: 'APPROVED',
      }),
    201,
  );
  const user = await ok(
    t
      .as('admin')
      .post('/api/v1/users')
      .send({
        username: 'fuzz-target',
        password: 'mat-khau-kiem-thu-2024',
        fullName: 'Tài khoản để thử',
        roles: ['PROVINCE_STAFF'],
        provinceCode: '08',
      }),
    201,
  );
  await ok(t.as('chairTDMNPB').post('/api/v1/periods/TDMNPB/2024/H1/lock').send({ reason: 'Đã sơ kết 6 tháng đầu năm 2024' }), 200);
  // Another 2023 award of the draft's recipient (same name, organisation, province): R-ONE-ACHIEVEMENT opens a finding.
  await ok(
    staff()
      .post('/api/v1/commendations')
      .send({ ...COMMENDATION, ...DECISION, decisionNumber: '313/QĐ-UBND', status: 'APPROVED' }),
    201,
  );
  for (const year of [2023, 2024]) await ok(staff().post('/api/v1/findings/run').send({ provinceCode: '08', year }), 200);
  const findings: Array<{ id: string; commendation_id: string }> = await t.dataSource.query(
    `SELECT id, commendation_id FROM findings WHERE status = 'OPEN' ORDER BY id LIMIT 1`,
  );
  if (!findings.length) throw new Error('fixture: no finding was opened');
  const report = await ok(t.as('chairTDMNPB').post('/api/v1/reports').send({ clusterCode: 'TDMNPB', year: 2024, period: 'FY' }), 201);
  const clusters: Array<{ code: string }> = await t.dataSource.query(`SELECT code FROM clusters`);
  return {
    report: report.id,
    finding: findings[0].id,
    findingCommendation: findings[0].commendation_id,
    movement: movement.id,
    meeting: meeting.id,
    example: example.id,
    pledge: pledge.id,
    draft: draft.id,
    deletable: deletable.id,
    provincialDraft: provincialDraft.id,
    submitted: submitted.id,
    approved: approved.id,
    user: user.id,
    clusters: clusters.map((c) => c.code),
  };
}
