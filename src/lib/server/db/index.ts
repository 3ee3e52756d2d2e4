export {
	openDatabase,
	workerDataVersionOf,
	type Database,
	type DatabaseHandle,
	type DriverName
} from './client';
export * as tables from './schema';
