// Entry point of the TypeORM CLI (npm run db:*): the same data source the app uses; as the owner when DATABASE_OWNER_URL is set.
import { createDataSource, databaseSettingsFromEnv } from './data-source';

const settings = databaseSettingsFromEnv();

export default createDataSource(settings.ownerUrl ? { ...settings, url: settings.ownerUrl, ownerUrl: undefined } : settings);
