/**
 * Whether making `nodeId` depend on `dependsOnId` closes a cycle, given every other node's current
 * dependency (`dependencies.get(x)` = the node x depends on). Answers the cycle as a list of ids
 * (`nodeId → dependsOnId → … → nodeId`), or null when there is none.
 */
export function dependencyCycle(nodeId: string, dependsOnId: string | null, dependencies: ReadonlyMap<string, string | null>): string[] | null {
  if (dependsOnId === null) return null;
  const path = [nodeId];
  const seen = new Set<string>([nodeId]);
  let current: string | null = dependsOnId;
  while (current !== null) {
    path.push(current);
    if (current === nodeId) return path;
    if (seen.has(current)) return null; // an older loop not through this node (cannot happen once checked on every write)
    seen.add(current);
    current = dependencies.get(current) ?? null;
  }
  return null;
}
