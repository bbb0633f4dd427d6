import { describe, expect, it } from 'vitest';
import { serverModelSources, withFile } from '../../../test/support/server-model.ts';
import { doc } from '../../../test/support/yaml-model.ts';
import { type CompiledModel, loadModel, type RunModel } from '../../model/index.ts';
import { type RouteAlertOptions, routeAlert } from './route-alert.ts';

function modelOf(sources = serverModelSources()): CompiledModel {
  const loaded = loadModel(sources);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.model;
}

const model = modelOf();
const agreed = (name: string): RunModel => model.services.get(name)?.spec.runModel ?? 'unorganized';
const firstMember = (r: { spec: { members: readonly string[] } }) => r.spec.members[0] ?? null;

function route(service: string | undefined, overrides: Partial<RouteAlertOptions> = {}) {
  return routeAlert({
    model,
    service,
    runModel: agreed,
    fallbackRotation: undefined,
    onCall: firstMember,
    ...overrides,
  });
}

describe('routing an alert (§12.6)', () => {
  it('sends it to the thin layer when the thin layer covers the service and it has runbooks', () => {
    expect(route('checkout-api')).toEqual({
      rotation: 'noc-thin-layer',
      person: 'tom',
      reason: 'thin-layer-runbooks',
    });
  });

  it('sends it to the SRE rotation while SRE runs a service without runbooks', () => {
    expect(route('payments-api')).toEqual({
      rotation: 'sre-payments',
      person: 'sam',
      reason: 'run-model-rotation',
    });
  });

  it("sends it to the developers' rotation once SRE has handed the service back (§12.5)", () => {
    const handedBack = (name: string): RunModel =>
      name === 'payments-api' ? 'you-run-it' : agreed(name);
    expect(route('payments-api', { runModel: handedBack })).toEqual({
      rotation: 'payments-dev',
      person: 'pat',
      reason: 'run-model-rotation',
    });
  });

  it('sends it to the team rotation when no thin layer covers the service', () => {
    expect(route('search-api')).toMatchObject({ rotation: 'checkout-oncall', person: 'ana' });
  });

  it('hands it to the 24x7 thin layer when the team rotation has nobody on duty', () => {
    const offHours = (r: { name: string; spec: { members: readonly string[] } }) =>
      r.name === 'sre-payments' ? null : firstMember(r);
    expect(route('payments-api', { onCall: offHours })).toEqual({
      rotation: 'noc-thin-layer',
      person: 'tom',
      reason: 'thin-layer-off-hours',
    });
  });

  it('keeps the team rotation when who is on call cannot be told', () => {
    expect(route('payments-api', { onCall: () => undefined })).toEqual({
      rotation: 'sre-payments',
      person: null,
      reason: 'run-model-rotation',
    });
  });

  it('routes an unknown service or a missing label to the fallback, by default the thin layer', () => {
    expect(route('no-such-service')).toEqual({
      rotation: 'noc-thin-layer',
      person: 'tom',
      reason: 'fallback-unknown-service',
    });
    expect(route(undefined, { fallbackRotation: 'checkout-oncall' })).toEqual({
      rotation: 'checkout-oncall',
      person: 'ana',
      reason: 'fallback-no-service-label',
    });
  });

  it('routes a service no rotation covers to the fallback', () => {
    const lonely = modelOf(
      withFile(
        serverModelSources(),
        'lonely.yaml',
        doc('Team', 'lonely', 'type: development\norganization: dev') +
          '---\n' +
          doc('Service', 'lonely-api', 'owner: lonely\nrunModel: you-run-it'),
      ),
    );
    expect(route('lonely-api', { model: lonely })).toMatchObject({
      rotation: 'noc-thin-layer',
      reason: 'fallback-no-rotation',
    });
  });

  it('names no rotation when there is no fallback at all, and still decides', () => {
    const sources = serverModelSources().map((s) =>
      s.name === 'rotations.yaml'
        ? { ...s, text: s.text.split('---\n').slice(0, 3).join('---\n') }
        : s,
    );
    expect(route('nope', { model: modelOf(sources) })).toEqual({
      rotation: null,
      person: null,
      reason: 'fallback-unknown-service',
    });
  });

  it('prefers the shared rotation of developers and SRE for you-and-sre-run-it (§12.4)', () => {
    const shared = modelOf(
      withFile(
        serverModelSources(),
        'shared.yaml',
        doc(
          'Rotation',
          'payments-shared',
          'type: team\ncoverage: 24x7\nmembers: [sue, pat]\ncovers: { services: [payments-api] }',
        ),
      ),
    );
    const together = (): RunModel => 'you-and-sre-run-it';
    expect(route('payments-api', { model: shared, runModel: together })).toMatchObject({
      rotation: 'payments-shared',
      reason: 'run-model-rotation',
    });
  });
});
