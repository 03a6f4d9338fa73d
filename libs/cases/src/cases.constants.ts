/** Injection token of the lifecycle table CaseService checks against (CASE_TRANSITIONS; a test may give its own). */
export const CASE_TRANSITION_TABLE = Symbol('CASE_TRANSITION_TABLE');
