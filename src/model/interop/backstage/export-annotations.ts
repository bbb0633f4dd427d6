import type { Entity, Model, Service } from '../../model.ts';
import type { Inference } from '../inference.ts';
import { BACKSTAGE_REF_ANNOTATION } from './entity-metadata.ts';
import { parseEntityRef } from './entity-ref.ts';
import { ANNOTATION_PREFIX } from './read-annotations.ts';

/** One Backstage entity to patch: the annotations to merge into its catalog file. */
export interface BackstagePatch {
  /** The entity reference, e.g. `component:default/wayback-search`. */
  readonly ref: string;
  /** False for whorunsit entities the catalog does not have (written only in whorunsit). */
  readonly inCatalog: boolean;
  readonly apiVersion: 'backstage.io/v1alpha1';
  readonly kind: 'Component' | 'Group' | 'User';
  readonly metadata: {
    readonly name: string;
    readonly namespace: string;
    readonly annotations: Readonly<Record<string, unknown>>;
  };
  /** Exported fields whose values were inferred, not written: to confirm before merging. */
  readonly inferred: readonly string[];
}

/** Spec fields exported per kind; the same names import reads back. */
const EXPORTED = {
  Service: ['owner', 'runModel', 'sreTeam', 'errorBudgetPolicy', 'availabilityTarget', 'slo'],
  Team: ['type', 'organization', 'manager', 'setup', 'supports'],
  Organization: ['type', 'parent', 'head'],
  Person: ['team', 'role', 'level'],
} as const;

const BACKSTAGE_KIND = {
  Service: 'Component',
  Team: 'Group',
  Organization: 'Group',
  Person: 'User',
} as const;

/**
 * The model's ownership and run model as Backstage annotations, one merge patch per entity, so
 * the catalog shows who runs each service. Each `whorunsit.dev/<field>` annotation is read back
 * by the import as that field; `whorunsit.dev/run-by` (who runs a service now) and
 * `whorunsit.dev/rotations` (the rotations that cover it) are for people and ignored on import.
 * Values are kept as the model holds them (lists and numbers); the CLI writes them as strings.
 */
export function backstagePatches(
  model: Model,
  inferences: readonly Inference[] = [],
): BackstagePatch[] {
  const guessed = new Set(
    inferences
      .filter((i) => i.code === 'inferred' && i.subject && i.field)
      .map((i) => `${i.subject?.kind}\u0000${i.subject?.name}\u0000${i.field}`),
  );
  const out: BackstagePatch[] = [];
  const add = (
    entity: Entity,
    kind: keyof typeof EXPORTED,
    extra: Record<string, unknown> = {},
  ) => {
    const spec = entity.spec as Readonly<Record<string, unknown>>;
    const annotations: Record<string, unknown> = {};
    for (const field of EXPORTED[kind]) {
      if (spec[field] !== undefined) annotations[`${ANNOTATION_PREFIX}${field}`] = spec[field];
    }
    Object.assign(annotations, extra);
    const written = entity.metadata.annotations?.[BACKSTAGE_REF_ANNOTATION];
    const backstageKind = BACKSTAGE_KIND[kind];
    const ref = (written
      ? parseEntityRef(written, { kind: backstageKind, namespace: 'default' })
      : undefined) ?? {
      kind: backstageKind,
      namespace: 'default',
      name: entity.name,
    };
    out.push({
      ref: `${backstageKind.toLowerCase()}:${ref.namespace}/${ref.name}`,
      inCatalog: written !== undefined,
      apiVersion: 'backstage.io/v1alpha1',
      kind: backstageKind,
      metadata: { name: ref.name, namespace: ref.namespace, annotations },
      inferred: EXPORTED[kind].filter(
        (f) => spec[f] !== undefined && guessed.has(`${entity.kind}\u0000${entity.name}\u0000${f}`),
      ),
    });
  };
  for (const service of model.services.values()) {
    add(service, 'Service', {
      [`${ANNOTATION_PREFIX}run-by`]: runBy(service),
      ...rotationsOf(model, service),
    });
  }
  for (const team of model.teams.values()) add(team, 'Team');
  for (const organization of model.organizations.values()) add(organization, 'Organization');
  for (const person of model.people.values()) add(person, 'Person');
  return out;
}

/** Who runs a service under its run model (§12.2), in words for the catalog page. */
export function runBy(service: Service): string {
  const { owner, sreTeam, runModel } = service.spec;
  switch (runModel) {
    case 'you-run-it':
      return `${owner} (the developers)`;
    case 'you-and-sre-run-it':
      return `${owner} with ${sreTeam ?? 'an SRE team'}`;
    case 'sre-runs-it':
      return sreTeam ?? 'an SRE team';
    case 'ops-runs-it':
      return 'operations';
    case 'unorganized':
      return 'nobody (no organized operations)';
  }
}

function rotationsOf(model: Model, service: Service): Record<string, string> {
  const names = [...model.rotations.values()]
    .filter((r) => {
      const covers = r.spec.covers;
      if (!covers) return false;
      return (
        covers.services?.includes(service.name) === true ||
        covers.teams?.includes(service.spec.owner) === true ||
        (service.spec.sreTeam !== undefined &&
          covers.teams?.includes(service.spec.sreTeam) === true) ||
        (covers.domain !== undefined && covers.domain === service.spec.domain)
      );
    })
    .map((r) => r.name);
  return names.length > 0 ? { [`${ANNOTATION_PREFIX}rotations`]: names.join(', ') } : {};
}
