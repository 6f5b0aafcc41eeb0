export const SCHEMA_VERSION = '2.0.0';
