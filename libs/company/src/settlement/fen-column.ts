import type { ValueTransformer } from 'typeorm';

/** A `bigint` column of fen: exact `bigint` in memory (PostgreSQL hands int8 over as text). */
export const fenColumn: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};
