export { SeedModule } from './seed.module.js';
export { SeedService, type SeedOutcome } from './seed.service.js';
export { createDemoSeeder } from './demo-seeder.js';
export { buildDemoData } from './domain/demo-data.js';
export { countDemoData, type DemoCounts, type DemoData } from './domain/demo-types.js';
export { DEMO_ACQUIRER, PARCEL_PLANS, PROJECT_PLANS } from './domain/demo-plan.js';
export { seedUuid } from './domain/seed-ids.js';
export { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './domain/demo-users.js';
