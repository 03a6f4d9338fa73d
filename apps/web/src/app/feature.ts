import type { ReactNode } from 'react';
import type { Role } from '../api/views';

/**
 * A feature (an area of the app) contributes its routes and menu entries. Each lives in
 * `src/features/<name>/index.tsx` and default-exports a `Feature`; the app collects them all
 * (import.meta.glob), so adding a screen never means editing a shared route table.
 */
export interface FeatureRoute {
  /** Absolute path, react-router syntax (`/households/:id`). */
  path: string;
  element: ReactNode;
  /** Roles that may open it; omitted: any logged-in user. Others see a 403 page. */
  roles?: Role[];
  /** Shown without the app's menu and header (a print view: the page is the document). */
  bare?: boolean;
}

export interface MenuEntry {
  path: string;
  /** Chinese menu label. */
  name: string;
  icon?: ReactNode;
  /** Roles that see the entry; omitted: everyone. */
  roles?: Role[];
  /** Position in the menu (smaller first). */
  order: number;
  /** Sub-menu label the entry sits under (e.g. 征收对象, 系统管理). */
  group?: string;
  /** A count shown next to the entry (what waits there, e.g. overdue action items), read when pages change. */
  count?: () => Promise<number>;
  /** Roles whose home screen (`/`) this entry is, before the first entry of their menu. */
  home?: Role[];
}

export interface Feature {
  routes: FeatureRoute[];
  menu: MenuEntry[];
}

/** Roles by what they may do, for menu entries and routes. */
export const EVERYONE: Role[] = ['admin', 'officer', 'finance', 'leader', 'company'];
export const WRITERS_OF_SUBJECTS: Role[] = ['admin', 'officer'];
