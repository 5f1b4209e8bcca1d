/**
 * Test-only: checks HTTP answers against the response schemas in api/openapi.yaml.
 *
 * OpenAPI 3.0 schemas are treated as JSON Schema draft-07 after two changes: `nullable: true` becomes a
 * `null` type, and (in closed mode, the default) objects that list `properties` get
 * `additionalProperties: false`. Closed mode is stricter than the contract on purpose: it catches
 * bookkeeping fields (`transition`, `hasSecretValue`, ...) leaking out of the demo backend.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

type Json = Record<string, unknown>;

interface OpenApiDoc {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; responses: Record<string, Json> };
}

export interface ContractCheck {
  ok: boolean;
  /** An error status the operation does not list, checked against the Error schema instead. */
  undocumented?: boolean;
  /** The path template and status key (e.g. `200`, `4XX`) the answer was checked against. */
  operation: string;
  errors: string[];
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

// ajv-formats is CommonJS; depending on the loader its function is the module or its `default`.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

function toJsonSchema(node: unknown, closed: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, closed));
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    // `properties` holds names, not keywords: a field called "nullable" or "example" must survive.
    out[key] = key === 'properties' ? mapValues(value as Json, (v) => toJsonSchema(v, closed)) : toJsonSchema(value, closed);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  if (closed && out.properties && out.additionalProperties === undefined && !out.oneOf && !out.anyOf && !out.allOf) {
    out.additionalProperties = false;
  }
  return out;
}

function mapValues(obj: Json, fn: (v: unknown) => unknown): Json {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fn(v)]));
}

export class ContractValidator {
  readonly doc: OpenApiDoc;
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly templates: { template: string; pattern: RegExp }[];

  constructor(specPath = 'api/openapi.yaml', { closed = true } = {}) {
    this.doc = parse(readFileSync(specPath, 'utf8')) as OpenApiDoc;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    for (const format of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) this.ajv.addFormat(format, true);
    this.ajv.addSchema({ $id: 'openapi.json', components: { schemas: toJsonSchema(this.doc.components.schemas, closed) } });
    // Longest literal prefix first, so `/deploys/{id}/finalize` wins over a shorter template.
    this.templates = Object.keys(this.doc.paths)
      .map((template) => ({ template, pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`) }))
      .sort((a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length);
  }

  /** Every `METHOD /template` the contract defines. */
  operations(): string[] {
    return Object.entries(this.doc.paths).flatMap(([template, item]) =>
      Object.keys(item)
        .filter((m) => HTTP_METHODS.includes(m))
        .map((m) => `${m.toUpperCase()} ${template}`),
    );
  }

  /** The contract path for a request path such as `/api/v1/organizations/abc` (anything before `/v1` is dropped). */
  templateFor(pathname: string): string | undefined {
    const path = pathname.replace(/^.*?\/v1(?=\/)/, '');
    return this.templates.find((t) => t.pattern.test(path))?.template;
  }

  check(method: string, pathname: string, status: number, body: unknown, bodyText: string): ContractCheck {
    const template = this.templateFor(pathname);
    const op = template ? this.doc.paths[template]?.[method.toLowerCase()] : undefined;
    if (!template || !op) {
      // Unknown endpoints must still fail like the API does: an error status with an Error body.
      if (status < 400) return { ok: false, operation: `${method} ${pathname}`, errors: ['no such operation in the contract'] };
      return this.checkError(`${method.toUpperCase()} (not in contract) ${status}`, body);
    }
    const responses = (op.responses ?? {}) as Json;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses);
    const operation = `${method.toUpperCase()} ${template} ${key ?? status}`;
    if (!key) {
      // The public API lists few 404s (none on collections); an undocumented error must still be an Error.
      if (status < 400) return { ok: false, operation, errors: [`status ${status} is not documented for this operation`] };
      return this.checkError(operation, body);
    }
    let response = responses[key] as Json;
    if (typeof response.$ref === 'string') response = this.doc.components.responses[response.$ref.split('/').pop()!]!;
    const content = response.content as Json | undefined;
    const octet = (content?.['application/octet-stream'] as Json | undefined)?.schema as Json | undefined;
    // The audit export declares its NDJSON byte stream as an array of integers: hold it to what it really is.
    if (octet && status < 400) {
      const bad = bodyText.split('\n').filter((line) => line !== '' && !isJsonObject(line));
      return { ok: bad.length === 0, operation, errors: bad.map((line) => `not an NDJSON object line: ${line.slice(0, 80)}`) };
    }
    const schema = ((content?.['application/json'] ?? content?.['application/octet-stream']) as Json | undefined)?.schema as Json | undefined;
    if (!schema) {
      return bodyText === '' ? { ok: true, operation, errors: [] } : { ok: false, operation, errors: [`expected an empty body, got ${bodyText.slice(0, 80)}`] };
    }
    const validate = this.validatorFor(schema);
    const ok = validate(body) as boolean;
    return { ok, operation, errors: ok ? [] : this.messages(validate) };
  }

  private checkError(operation: string, body: unknown): ContractCheck {
    const validate = this.validatorFor({ $ref: '#/components/schemas/Error' });
    const ok = validate(body) as boolean;
    return { ok, undocumented: true, operation, errors: ok ? [] : this.messages(validate) };
  }

  private messages(validate: ValidateFunction): string[] {
    return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }

  private validatorFor(schema: Json): ValidateFunction {
    const ref = typeof schema.$ref === 'string' ? `openapi.json${schema.$ref}` : JSON.stringify(schema);
    let fn = this.compiled.get(ref);
    if (!fn) {
      fn =
        typeof schema.$ref === 'string'
          ? this.ajv.getSchema(ref)!
          : this.ajv.compile(JSON.parse(JSON.stringify(toJsonSchema(schema, true)).replaceAll('"#/components/', '"openapi.json#/components/')) as Json);
      if (!fn) throw new Error(`Unknown schema ${ref}`);
      this.compiled.set(ref, fn);
    }
    return fn;
  }
}

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
