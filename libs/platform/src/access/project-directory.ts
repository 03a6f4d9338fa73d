/** A project as libraries other than land know it: its id and its code (项目编号, e.g. GJ17). */
export interface ProjectRef {
  id: string;
  code: string;
}

/**
 * Project ids and codes for a library that keeps project ids only and must not depend on the land
 * library (identity: a user's assigned projects); the land library provides it. Required, not
 * optional: without land nobody could tell a code from an unknown one.
 */
export interface ProjectDirectory {
  /** The projects with these codes; unknown codes are simply missing from the answer. */
  findByCodes(codes: readonly string[]): Promise<ProjectRef[]>;
  /** The projects with these ids; unknown ids are simply missing from the answer. */
  findByIds(ids: readonly string[]): Promise<ProjectRef[]>;
}

export const PROJECT_DIRECTORY = Symbol('PROJECT_DIRECTORY');
