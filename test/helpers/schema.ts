import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from '../../schema/extraction.schema.json';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);

export const validateRecord = ajv.compile(schema);

/** The validator's errors as one readable string, for assertion messages. */
export function schemaErrors(record: unknown): string {
  return validateRecord(record) ? '' : ajv.errorsText(validateRecord.errors, { separator: '\n' });
}
