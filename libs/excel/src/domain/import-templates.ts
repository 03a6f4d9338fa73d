import { ENTERPRISE_TEMPLATE } from './enterprise-template.js';
import { HOUSEHOLD_TEMPLATE } from './household-template.js';
import { LAND_OWNERSHIP_TEMPLATE } from './land-ownership-template.js';
import { PARCEL_TEMPLATE } from './parcel-template.js';
import { UNIT_TEMPLATE } from './unit-template.js';
import type { ImportKind, TemplateDefinition } from './template-definition.js';

/** Every import template by kind. */
export const IMPORT_TEMPLATES: { readonly [K in ImportKind]: TemplateDefinition } = {
  households: HOUSEHOLD_TEMPLATE,
  enterprises: ENTERPRISE_TEMPLATE,
  parcels: PARCEL_TEMPLATE,
  units: UNIT_TEMPLATE,
  'land-ownership': LAND_OWNERSHIP_TEMPLATE,
};
