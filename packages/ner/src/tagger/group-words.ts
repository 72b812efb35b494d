import groupClusters from './group-clusters.json' with { type: 'json' };
import { wordCluster } from './clusters.js';

/**
 * The coarse word clusters (model/clusters.json) in which CoNLL-2003 train's one-word plural names
 * are mostly groups of people ("Kurds", "Catholics", "Palestinians") rather than surnames ("Davis")
 * or teams ("Yankees"): src/tagger/group-clusters.json, from scripts/build-group-clusters.ts.
 */
const GROUP_CLUSTERS: ReadonlySet<number> = new Set(Object.keys(groupClusters.clusters).map(Number));

/** Whether a lower-cased word sits in one of the clusters of groups' names ("muslims", "latino"). */
export function inGroupCluster(lower: string): boolean {
  const cluster = wordCluster(lower);
  return cluster !== undefined && GROUP_CLUSTERS.has(cluster.coarse);
}

/**
 * Whether a lower-cased word names a group with its plural: the word and its plural both sit in the
 * clusters of groups' names ("latino" and "latinos", "sunni"), which a family's name ("obama") does not.
 */
export function isGroupWord(lower: string): boolean {
  return inGroupCluster(lower) && inGroupCluster(`${lower}s`);
}

/** Whether a lower-cased word is such a group's name or its plural ("latino", "latinos", "sunnis"). */
export function isGroupName(lower: string): boolean {
  return isGroupWord(lower) || (lower.endsWith('s') && isGroupWord(lower.slice(0, -1)));
}
