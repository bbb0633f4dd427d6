import type { CompiledModel, Service } from '../../model/index.ts';
import { opsRunHighTarget } from '../checks/ops-run-high-target.ts';
import { suppressedCodes } from '../checks/suppressed-codes.ts';

/**
 * Whether the model accepts operations running a service above low targets (§12.2.2): it is run
 * by operations today and its `whorunsit/ignore` annotation silences `ops-run-high-target` — a
 * vendor's product that operations front and no developer of the company builds (hospital-group's
 * record system), say. The check keeps quiet about it, so the recommendations and the §12.6
 * design keep it with operations too: advising to hand it to developers would contradict the
 * reader's own decision, and a risk register without the finding would not say why.
 */
export function opsRunAccepted(model: CompiledModel, service: Service): boolean {
  return (
    service.spec.runModel === 'ops-runs-it' &&
    suppressedCodes(model, { kind: 'Service', name: service.name }).has(opsRunHighTarget.code)
  );
}
