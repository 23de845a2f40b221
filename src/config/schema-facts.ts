/**
 * What the JSON Schemas for editors say beyond what zod converts by itself: descriptions (editors show them on
 * hover), and the JSON Schema form of a rule a refinement enforces, which the conversion cannot see. Recorded
 * beside each field, read only when the JSON Schemas are generated.
 */
import * as z from 'zod/mini';

export type JsonSchemaFacts = Pick<
  z.core.JSONSchema.BaseSchema,
  'type' | 'description' | 'pattern' | 'examples' | 'additionalProperties'
>;

export const jsonSchemaFacts = z.registry<JsonSchemaFacts>();

/** `schema` itself, with `facts` added to those recorded for its JSON Schema. */
export function withFacts<Schema extends z.core.$ZodType>(schema: Schema, facts: JsonSchemaFacts): Schema {
  jsonSchemaFacts.add(schema, { ...jsonSchemaFacts.get(schema), ...facts });
  return schema;
}

/** `schema` itself, with the description editors show for it. */
export function described<Schema extends z.core.$ZodType>(schema: Schema, description: string): Schema {
  return withFacts(schema, { description });
}
