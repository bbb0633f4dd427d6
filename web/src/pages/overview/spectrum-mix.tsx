import type { GetConsoleOverview200 } from '../../api/openapi.gen.ts';
import { RUN_MODEL_LABELS, RUN_MODEL_SHORT, RUN_MODELS, type RunModel } from '../../run-models.ts';

type ServiceRow = GetConsoleOverview200['services'][number];

/**
 * The spectrum mix at a glance (§12.2): how many services each run model has, as agreed in the
 * model and as run now, so a handback shows as a shift between the two bars.
 */
export function SpectrumMix({ services }: { services: readonly ServiceRow[] }) {
  const rows = [
    { label: 'Agreed', of: (s: ServiceRow) => s.agreedRunModel as RunModel },
    { label: 'Now', of: (s: ServiceRow) => s.currentRunModel as RunModel },
  ];
  return (
    <figure class="mix" aria-labelledby="mix-caption">
      <figcaption id="mix-caption">Who runs the services: the spectrum mix</figcaption>
      {rows.map((row) => {
        const counts = RUN_MODELS.map((m) => ({
          model: m,
          count: services.filter((s) => row.of(s) === m).length,
        })).filter((c) => c.count > 0);
        const total = services.length || 1;
        return (
          <div class="mix-row" key={row.label}>
            <span class="mix-label">{row.label}</span>
            <div
              class="mix-bar"
              role="img"
              aria-label={`${row.label}: ${counts.map((c) => `${c.count} ${RUN_MODEL_LABELS[c.model]}`).join(', ')}`}
            >
              {counts.map((c) => (
                <span
                  key={c.model}
                  class={`mix-part rm-${c.model}`}
                  style={{ flexGrow: c.count / total }}
                  title={`${RUN_MODEL_LABELS[c.model]}: ${c.count}`}
                >
                  {c.count}
                </span>
              ))}
            </div>
          </div>
        );
      })}
      <ul class="legend">
        {RUN_MODELS.map((m) => (
          <li key={m}>
            <span class={`swatch rm-${m}`} aria-hidden="true" /> {RUN_MODEL_SHORT[m]}:{' '}
            {RUN_MODEL_LABELS[m]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
