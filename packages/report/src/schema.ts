import schema from './report.schema.json' with { type: 'json' };

/** The JSON Schema (draft-07) that every schemaVersion 1 report validates against. */
export const reportSchema: Readonly<Record<string, unknown>> = schema;
