import { DEMO_SWAP_PRICING } from './demo-money.js';

/**
 * The demo's resettlement flat layouts. Their areas are multiples of the demo scheme's 40 m² per recognised
 * person, so every demo swap household's entitlement (persons × 40 m²) is met exactly by one or two flats and
 * its agreed 差价 stays what it signed; every flat's 安置价 is the scheme's resettlement price.
 */
export const DEMO_LAYOUTS = [
  { layout: '一室户', area: '40.00' },
  { layout: '两室一厅', area: '80.00' },
  { layout: '三室两厅', area: '120.00' },
] as const;

export const DEMO_RESETTLEMENT_PRICE = DEMO_SWAP_PRICING.resettlementPrice;
