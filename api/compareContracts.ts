/**
 * Compares our OpenAPI contract (api/openapi.yaml) with the published Astro Platform API v1 document
 * and lists every place where the two would differ on the wire.
 *
 * Pure: takes two parsed OpenAPI 3.0 documents, returns human-readable drift messages ([] = no drift).
 * Prose (description, summary, example) is ignored on purpose: ours is written in our own words.
 *
 * Checked for every operation of ours that is not marked `x-flightdeck-extension`:
 *  - the path and method exist in the reference;
 *  - success status codes (2xx) are the same, and so are the documented error codes;
 *  - path and query parameters: name, in, required, schema (type, format, enum, bounds, default, items);
 *  - request body (required flag, media types, schema) and success/error response schemas, recursively:
 *    properties both ways, type, format, enum, nullable, bounds, required lists, array items,
 *    additionalProperties, oneOf/anyOf/allOf variants and discriminator.
 * A shared component schema pair is compared once and reported with the first operation that reached it.
 */

type Json = Record<string, unknown>;
type Doc = Json;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;
const EXTENSION = 'x-flightdeck-extension';
/** Keywords compared by plain equality (when either side has them). */
const SCALAR_KEYWORDS = [
  'type',
  'format',
  'nullable',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'default',
  'readOnly',
  'writeOnly',
] as const;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => (v === undefined ? '(absent)' : JSON.stringify(v));
const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Follows a local JSON pointer ("#/components/schemas/X"). Returns undefined when it does not resolve. */
export function resolvePointer(doc: Doc, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const parts = ref
    .slice(1)
    .split('/')
    .filter((p, i) => !(i === 0 && p === ''))
    .map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc;
  for (const part of parts) {
    if (!isObj(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[part];
    if (node === undefined) return undefined;
  }
  return node;
}

interface Resolved {
  node: Json;
  /** Name of the last component followed (e.g. "Deployment"), if any. */
  name?: string;
  /** The $ref string followed last, if any. */
  ref?: string;
}

/** Resolves a chain of $refs. Unresolvable refs are reported through `onBroken` and yield {}. */
function deref(doc: Doc, value: unknown, onBroken: (ref: string) => void): Resolved {
  let node = value;
  let name: string | undefined;
  let ref: string | undefined;
  for (let hops = 0; isObj(node) && typeof node.$ref === 'string'; hops++) {
    if (hops > 50) {
      onBroken(`${node.$ref} (ref cycle)`);
      return { node: {} };
    }
    ref = node.$ref;
    name = ref.split('/').pop();
    const target = resolvePointer(doc, ref);
    if (target === undefined) {
      onBroken(ref);
      return { node: {}, name, ref };
    }
    node = target;
  }
  return { node: isObj(node) ? node : {}, name, ref };
}

export function compareContracts(ours: Doc, reference: Doc): string[] {
  const drift: string[] = [];
  const report = (msg: string) => drift.push(msg);
  /** Component pairs already compared (keeps output short and stops recursion on cycles). */
  const seen = new Set<string>();

  const derefOurs = (v: unknown, where: string) =>
    deref(ours, v, (ref) => report(`${where}: our $ref ${ref} does not resolve`));
  const derefTheirs = (v: unknown, where: string) =>
    deref(reference, v, (ref) => report(`${where}: reference $ref ${ref} does not resolve`));

  // ---- schemas -------------------------------------------------------------------------------
  function compareSchema(oursRaw: unknown, theirsRaw: unknown, label: string, origin: string): void {
    const a = derefOurs(oursRaw, `${origin}: ${label}`);
    const b = derefTheirs(theirsRaw, `${origin}: ${label}`);
    // Name the place after the component we are in, e.g. "DeploymentsPaginated.deployments[] → Deployment".
    let here = label;
    if (a.name || b.name) {
      const name = a.name === b.name || !b.name ? a.name : !a.name ? b.name : `${a.name} (reference: ${b.name})`;
      here = label ? `${label} → ${name}` : String(name);
      if (a.ref && b.ref) {
        const key = `${a.ref}|${b.ref}`;
        if (seen.has(key)) return;
        seen.add(key);
      }
    }
    const at = (suffix = '') => `${here}${suffix}: `;
    const o = a.node;
    const t = b.node;
    const tail = ` (at ${origin})`;

    for (const kw of SCALAR_KEYWORDS) {
      if (!sameJson(o[kw], t[kw])) {
        report(`${at()}${kw} is ${show(o[kw])} in ours but ${show(t[kw])} in the reference${tail}`);
      }
    }

    // enum: same set of values
    if (o.enum !== undefined || t.enum !== undefined) {
      const oe = Array.isArray(o.enum) ? o.enum : [];
      const te = Array.isArray(t.enum) ? t.enum : [];
      if (o.enum === undefined || t.enum === undefined) {
        report(`${at()}enum is ${show(o.enum)} in ours but ${show(t.enum)} in the reference${tail}`);
      } else {
        const missing = te.filter((v) => !oe.some((x) => sameJson(x, v)));
        const extra = oe.filter((v) => !te.some((x) => sameJson(x, v)));
        if (missing.length) report(`${at()}enum lacks reference value(s) ${missing.map(show).join(', ')}${tail}`);
        if (extra.length) report(`${at()}enum has value(s) ${extra.map(show).join(', ')} not in the reference${tail}`);
      }
    }

    // required lists
    if (o.required !== undefined || t.required !== undefined) {
      const or = Array.isArray(o.required) ? (o.required as string[]) : [];
      const tr = Array.isArray(t.required) ? (t.required as string[]) : [];
      const missing = tr.filter((r) => !or.includes(r));
      const extra = or.filter((r) => !tr.includes(r));
      if (missing.length) report(`${at()}required list lacks ${missing.join(', ')} (required in the reference)${tail}`);
      if (extra.length) report(`${at()}required list has ${extra.join(', ')} (optional or absent in the reference)${tail}`);
    }

    // properties, both ways
    const op = isObj(o.properties) ? o.properties : {};
    const tp = isObj(t.properties) ? t.properties : {};
    for (const key of Object.keys(tp)) {
      if (!(key in op)) report(`${at(`.${key}`)}property is in the reference but missing in ours${tail}`);
    }
    for (const key of Object.keys(op)) {
      if (!(key in tp)) {
        report(`${at(`.${key}`)}property is in ours but not in the reference${tail}`);
        continue;
      }
      compareSchema(op[key], tp[key], `${here}.${key}`, origin);
    }

    // additionalProperties
    if (o.additionalProperties !== undefined || t.additionalProperties !== undefined) {
      if (isObj(o.additionalProperties) && isObj(t.additionalProperties)) {
        compareSchema(o.additionalProperties, t.additionalProperties, `${here}{*}`, origin);
      } else if (!sameJson(o.additionalProperties, t.additionalProperties)) {
        report(
          `${at()}additionalProperties is ${show(o.additionalProperties)} in ours but ${show(t.additionalProperties)} in the reference${tail}`,
        );
      }
    }

    // array items
    if (o.items !== undefined || t.items !== undefined) {
      if (o.items === undefined || t.items === undefined) {
        report(`${at()}items is ${o.items === undefined ? 'absent' : 'present'} in ours but ${t.items === undefined ? 'absent' : 'present'} in the reference${tail}`);
      } else {
        compareSchema(o.items, t.items, `${here}[]`, origin);
      }
    }

    // composition
    for (const kw of ['oneOf', 'anyOf', 'allOf'] as const) {
      const ov = Array.isArray(o[kw]) ? (o[kw] as unknown[]) : undefined;
      const tv = Array.isArray(t[kw]) ? (t[kw] as unknown[]) : undefined;
      if (!ov && !tv) continue;
      if (!ov || !tv) {
        report(`${at()}${kw} is ${ov ? 'present' : 'absent'} in ours but ${tv ? 'present' : 'absent'} in the reference${tail}`);
        continue;
      }
      if (ov.length !== tv.length) {
        report(`${at()}${kw} has ${ov.length} variant(s) in ours but ${tv.length} in the reference${tail}`);
      }
      const refName = (v: unknown) => (isObj(v) && typeof v.$ref === 'string' ? v.$ref.split('/').pop() : undefined);
      const used = new Set<number>();
      ov.forEach((variant, i) => {
        // Pair variants by component name when both use $refs, else by position.
        let j = tv.findIndex((x, k) => !used.has(k) && refName(x) !== undefined && refName(x) === refName(variant));
        if (j < 0 && refName(variant) !== undefined && tv.some((x) => refName(x) !== undefined)) {
          report(`${at()}${kw} variant ${refName(variant)} is not a variant in the reference${tail}`);
          return;
        }
        if (j < 0) j = i < tv.length && !used.has(i) ? i : -1;
        if (j < 0) return;
        used.add(j);
        compareSchema(variant, tv[j], `${here}.${kw}[${i}]`, origin);
      });
      tv.forEach((variant, k) => {
        if (!used.has(k) && refName(variant) !== undefined) {
          report(`${at()}${kw} lacks the reference variant ${refName(variant)}${tail}`);
        }
      });
    }

    // discriminator
    if (o.discriminator !== undefined || t.discriminator !== undefined) {
      const od = isObj(o.discriminator) ? o.discriminator : undefined;
      const td = isObj(t.discriminator) ? t.discriminator : undefined;
      if (!od || !td) {
        report(`${at()}discriminator is ${od ? 'present' : 'absent'} in ours but ${td ? 'present' : 'absent'} in the reference${tail}`);
      } else {
        if (od.propertyName !== td.propertyName) {
          report(`${at()}discriminator.propertyName is ${show(od.propertyName)} in ours but ${show(td.propertyName)} in the reference${tail}`);
        }
        const om = isObj(od.mapping) ? od.mapping : {};
        const tm = isObj(td.mapping) ? td.mapping : {};
        const targetName = (v: unknown) => (typeof v === 'string' ? v.split('/').pop() : show(v));
        for (const key of new Set([...Object.keys(om), ...Object.keys(tm)])) {
          if (!(key in om)) report(`${at()}discriminator.mapping lacks ${show(key)}${tail}`);
          else if (!(key in tm)) report(`${at()}discriminator.mapping has ${show(key)} not in the reference${tail}`);
          else if (targetName(om[key]) !== targetName(tm[key])) {
            report(`${at()}discriminator.mapping[${show(key)}] points to ${targetName(om[key])} in ours but ${targetName(tm[key])} in the reference${tail}`);
          }
        }
      }
    }
  }

  // ---- bodies -------------------------------------------------------------------------------
  function compareContent(oursContent: unknown, theirsContent: unknown, where: string): void {
    const oc = isObj(oursContent) ? oursContent : {};
    const tc = isObj(theirsContent) ? theirsContent : {};
    for (const media of Object.keys(tc)) {
      if (!(media in oc)) report(`${where}: media type ${media} is in the reference but missing in ours`);
    }
    for (const media of Object.keys(oc)) {
      if (!(media in tc)) {
        report(`${where}: media type ${media} is in ours but not in the reference`);
        continue;
      }
      const os = isObj(oc[media]) ? (oc[media] as Json).schema : undefined;
      const ts = isObj(tc[media]) ? (tc[media] as Json).schema : undefined;
      if (os === undefined && ts === undefined) continue;
      if (os === undefined || ts === undefined) {
        report(`${where} ${media}: schema is ${os ? 'present' : 'absent'} in ours but ${ts ? 'present' : 'absent'} in the reference`);
        continue;
      }
      compareSchema(os, ts, '', `${where} ${media}`);
    }
  }

  // ---- parameters ---------------------------------------------------------------------------
  function collectParams(doc: Doc, pathItem: Json, op: Json, where: string, isOurs: boolean): Map<string, Json> {
    const out = new Map<string, Json>();
    const list = [
      ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
      ...(Array.isArray(op.parameters) ? op.parameters : []),
    ];
    for (const raw of list) {
      const p = deref(doc, raw, (ref) =>
        report(`${where}: ${isOurs ? 'our' : 'reference'} parameter $ref ${ref} does not resolve`),
      ).node;
      if (p.in !== 'query' && p.in !== 'path') continue;
      out.set(`${String(p.in)} parameter '${String(p.name)}'`, p); // operation-level wins (listed last)
    }
    return out;
  }

  function compareParams(oursPath: Json, oursOp: Json, theirsPath: Json, theirsOp: Json, where: string): void {
    const op = collectParams(ours, oursPath, oursOp, where, true);
    const tp = collectParams(reference, theirsPath, theirsOp, where, false);
    for (const key of tp.keys()) if (!op.has(key)) report(`${where}: ${key} is in the reference but missing in ours`);
    for (const [key, p] of op) {
      const t = tp.get(key);
      if (!t) {
        report(`${where}: ${key} is in ours but not in the reference`);
        continue;
      }
      if (Boolean(p.required) !== Boolean(t.required)) {
        report(`${where}: ${key} required is ${Boolean(p.required)} in ours but ${Boolean(t.required)} in the reference`);
      }
      for (const kw of ['style', 'explode', 'allowReserved'] as const) {
        if (!sameJson(p[kw], t[kw])) report(`${where}: ${key} ${kw} is ${show(p[kw])} in ours but ${show(t[kw])} in the reference`);
      }
      compareSchema(p.schema, t.schema, key, where);
    }
  }

  // ---- responses ----------------------------------------------------------------------------
  const isSuccess = (code: string) => /^2(\d\d|XX)$/i.test(code);

  function compareResponses(oursOp: Json, theirsOp: Json, where: string): void {
    const or = isObj(oursOp.responses) ? oursOp.responses : {};
    const tr = isObj(theirsOp.responses) ? theirsOp.responses : {};
    const oCodes = Object.keys(or);
    const tCodes = Object.keys(tr);
    const oOk = oCodes.filter(isSuccess).sort();
    const tOk = tCodes.filter(isSuccess).sort();
    if (!sameJson(oOk, tOk)) {
      report(`${where}: success status codes are [${oOk.join(', ')}] in ours but [${tOk.join(', ')}] in the reference`);
    }
    const oErr = oCodes.filter((c) => !isSuccess(c)).sort();
    const tErr = tCodes.filter((c) => !isSuccess(c)).sort();
    if (!sameJson(oErr, tErr)) {
      report(`${where}: documented error status codes are [${oErr.join(', ')}] in ours but [${tErr.join(', ')}] in the reference`);
    }
    for (const code of oCodes) {
      if (!(code in tr)) continue;
      const o = derefOurs(or[code], `${where} response ${code}`).node;
      const t = derefTheirs(tr[code], `${where} response ${code}`).node;
      compareContent(o.content, t.content, `${where} response ${code}`);
    }
  }

  // ---- top level ----------------------------------------------------------------------------
  const oursSchemes = isObj(ours.components) && isObj((ours.components as Json).securitySchemes) ? ((ours.components as Json).securitySchemes as Json) : {};
  const theirSchemes = isObj(reference.components) && isObj((reference.components as Json).securitySchemes) ? ((reference.components as Json).securitySchemes as Json) : {};
  for (const [name, scheme] of Object.entries(theirSchemes)) {
    const mine = oursSchemes[name];
    if (!isObj(mine) || !isObj(scheme)) {
      report(`security scheme ${name} is in the reference but missing in ours`);
      continue;
    }
    for (const kw of ['type', 'scheme', 'in', 'name', 'bearerFormat'] as const) {
      if (!sameJson(mine[kw], scheme[kw])) report(`security scheme ${name}: ${kw} is ${show(mine[kw])} in ours but ${show(scheme[kw])} in the reference`);
    }
  }
  if (!sameJson(ours.security, reference.security)) {
    report(`global security is ${show(ours.security)} in ours but ${show(reference.security)} in the reference`);
  }

  const oursPaths = isObj(ours.paths) ? ours.paths : {};
  const theirPaths = isObj(reference.paths) ? reference.paths : {};
  for (const [path, rawItem] of Object.entries(oursPaths)) {
    if (!isObj(rawItem)) continue;
    if (rawItem[EXTENSION] === true) continue;
    const theirItem = theirPaths[path];
    for (const method of METHODS) {
      const op = rawItem[method];
      if (!isObj(op) || op[EXTENSION] === true) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (!isObj(theirItem)) {
        report(`${where}: path ${path} is not in the reference (mark console-only operations with ${EXTENSION}: true)`);
        continue;
      }
      const theirOp = theirItem[method];
      if (!isObj(theirOp)) {
        report(`${where}: method ${method.toUpperCase()} is not defined for this path in the reference`);
        continue;
      }
      if (op.operationId !== theirOp.operationId) {
        report(`${where}: operationId is ${show(op.operationId)} in ours but ${show(theirOp.operationId)} in the reference`);
      }
      compareParams(rawItem, op, theirItem, theirOp, where);

      // request body
      const ob = op.requestBody === undefined ? undefined : derefOurs(op.requestBody, `${where} request body`).node;
      const tb = theirOp.requestBody === undefined ? undefined : derefTheirs(theirOp.requestBody, `${where} request body`).node;
      if (!ob || !tb) {
        if (ob || tb) report(`${where}: request body is ${ob ? 'present' : 'absent'} in ours but ${tb ? 'present' : 'absent'} in the reference`);
      } else {
        if (Boolean(ob.required) !== Boolean(tb.required)) {
          report(`${where}: request body required is ${Boolean(ob.required)} in ours but ${Boolean(tb.required)} in the reference`);
        }
        compareContent(ob.content, tb.content, `${where} request body`);
      }

      compareResponses(op, theirOp, where);
    }
  }
  return drift;
}
