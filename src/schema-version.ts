export const SCHEMA_VERSION = '1.0.0';
