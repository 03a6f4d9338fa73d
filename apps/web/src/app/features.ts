import type { Feature, FeatureRoute, MenuEntry } from './feature';

const modules = import.meta.glob<{ default: Feature }>('../features/*/index.tsx', { eager: true });

/** Every feature's routes and menu entries. */
export const features: Feature[] = Object.values(modules).map((m) => m.default);
export const allRoutes: FeatureRoute[] = features.flatMap((f) => f.routes);
export const allMenu: MenuEntry[] = features.flatMap((f) => f.menu).sort((a, b) => a.order - b.order);
