/**
 * Remembers which row first used each key (project + household code…) in one file: the first row
 * counts, later rows with the same key are rejected. Keys are kept only as long as the import
 * runs; 100 000 short keys are a few megabytes.
 */
export class FirstRowWins {
  private readonly firstRow = new Map<string, number>();

  /** The earlier row that used `key`, or undefined when `rowNumber` is the first (and is now remembered). */
  claim(key: readonly string[], rowNumber: number): number | undefined {
    const joined = key.join('\u0000');
    const earlier = this.firstRow.get(joined);
    if (earlier !== undefined) return earlier;
    this.firstRow.set(joined, rowNumber);
    return undefined;
  }

  get size(): number {
    return this.firstRow.size;
  }
}

/** The rejection message for a repeated code, e.g. `户编号 GJ17-0001 与第 5 行重复（以第一次出现的行为准）`. */
export function duplicateMessage(header: string, code: string, firstRow: number): string {
  return `${header} ${code} 与第 ${firstRow} 行重复（以第一次出现的行为准）`;
}
