// Entry point of the TypeORM CLI (npm run db:*): the same data source the app uses.
import { createDataSource, databaseSettingsFromEnv } from './data-source';

export default createDataSource(databaseSettingsFromEnv());
