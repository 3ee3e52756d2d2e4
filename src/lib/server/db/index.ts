export { openDatabase, type Database, type DatabaseHandle, type DriverName } from './client';
export * as tables from './schema';
