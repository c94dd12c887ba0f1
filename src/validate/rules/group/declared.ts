// What the group rules share: the groups report.yaml declares, and how to name them.
import type { ProjectContext, RosterEntry } from '../types.js';

export function declaredGroups(project: ProjectContext): readonly string[] {
  return project.config.groups ?? [];
}

/** The declared groups as messages list them. */
export function groupList(groups: readonly string[]): string {
  return groups.join(', ');
}

/** The roster's entry for each unit id (the first, where an id is listed twice). */
export function rosterById(project: ProjectContext): Map<string, RosterEntry> {
  const byId = new Map<string, RosterEntry>();
  for (const entry of project.roster?.entries ?? []) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return byId;
}

/** `agencies.N.group` beside `agencies.N.id`. */
export function rosterGroupPath(entry: RosterEntry): string[] {
  return [...entry.path.slice(0, -1), 'group'];
}
