export { createSiteApi, SITE_PATH, SiteSettingsSchema, type SiteApi, type SiteSettings } from './site.schema.js';
