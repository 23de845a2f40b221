/**
 * JSON Schemas (draft 2020-12) of the two files people write by hand, for editors and other tools. Converted from
 * the zod schemas the builder parses with, so that the two cannot drift apart; `npm run schema` writes them to
 * `schema/`. A JSON Schema may be looser than the builder where it cannot say a rule (a URL that parses), never
 * stricter.
 */
import * as z from 'zod/mini';
import { jsonSchemaFacts } from './schema-facts.js';
import { ProviderSchema, RunConfigSchema } from './schemas.js';

export type JsonSchema = z.core.JSONSchema.BaseSchema;
type JsonSchemaOrBoolean = JsonSchema | boolean;

const NULL_SCHEMA: JsonSchema = { type: 'null' };

/** `schema`, or null. */
function orNull(schema: JsonSchemaOrBoolean): JsonSchemaOrBoolean {
  if (typeof schema === 'boolean') return schema || NULL_SCHEMA;
  // `{}` takes anything already, null included.
  if (Object.keys(schema).length === 0) return schema;
  const { type } = schema;
  if (schema.enum === undefined && schema.const === undefined) {
    if (typeof type === 'string') return { ...schema, type: type === 'null' ? type : [type, 'null'] };
    if (Array.isArray(type)) return { ...schema, type: type.includes('null') ? type : [...type, 'null'] };
    if (type === undefined && schema.anyOf !== undefined) return { ...schema, anyOf: [...schema.anyOf, NULL_SCHEMA] };
  }
  return { anyOf: [schema, NULL_SCHEMA] };
}

/**
 * The builder drops the null-valued keys of mappings, at any depth, before it parses (`withoutNulls`): so an
 * optional key may be null, and so may an unknown key of a closed mapping. Items of lists are not dropped.
 */
function acceptNullAsUnset(schema: JsonSchemaOrBoolean): JsonSchemaOrBoolean {
  if (typeof schema === 'boolean') return schema;
  // The description first, where a reader of the file looks for it.
  const { description } = schema;
  const copy: JsonSchema = description === undefined ? { ...schema } : { description, ...schema };
  if (schema.anyOf !== undefined) copy.anyOf = schema.anyOf.map((branch) => asSchema(acceptNullAsUnset(branch)));
  if (schema.properties !== undefined) {
    const required = new Set(schema.required ?? []);
    copy.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, property]) => {
        const inner = acceptNullAsUnset(property);
        return [key, required.has(key) ? inner : orNull(inner)];
      }),
    );
  }
  const { additionalProperties } = schema;
  if (additionalProperties === false) {
    copy.additionalProperties = {
      type: 'null',
      description: 'Not a field of this mapping: only null (unset) is allowed, anything else is an error.',
    };
  } else if (additionalProperties !== undefined && additionalProperties !== true) {
    copy.additionalProperties = orNull(acceptNullAsUnset(additionalProperties));
  }
  return copy;
}

/** An `anyOf` branch is never a boolean here: every branch the conversion writes is a schema. */
function asSchema(schema: JsonSchemaOrBoolean): JsonSchema {
  return typeof schema === 'boolean' ? (schema ? {} : { not: {} }) : schema;
}

function convert(schema: z.core.$ZodType, title: string): JsonSchema {
  const { $schema, ...body } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    // What people write, before transforms (an integer id becomes a string only after parsing).
    io: 'input',
    metadata: jsonSchemaFacts,
    // A type with no JSON Schema form fails the conversion. (Refinements are left out silently: hence the facts.)
    unrepresentable: 'throw',
  });
  return {
    $schema,
    title,
    $comment: 'Generated from src/config/schemas.ts by `npm run schema`; do not edit.',
    ...asSchema(acceptNullAsUnset(body)),
  };
}

/** The JSON Schema of a provider record (`--provider`, the action's `provider` / `provider-file`). */
export function providerJsonSchema(): JsonSchema {
  return convert(ProviderSchema, 'lighteval-action provider record');
}

/** The JSON Schema of a run configuration (`--run-config`, the action's `run-config` / `run-config-file`). */
export function runConfigJsonSchema(): JsonSchema {
  return convert(RunConfigSchema, 'lighteval-action run configuration');
}

/** The generated files, by their path in the repository. */
export const JSON_SCHEMA_FILES: readonly { readonly path: string; readonly schema: () => JsonSchema }[] = [
  { path: 'schema/provider.schema.json', schema: providerJsonSchema },
  { path: 'schema/run-config.schema.json', schema: runConfigJsonSchema },
];

/** A schema as its file holds it: 2-space JSON with a final newline. */
export function jsonSchemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
