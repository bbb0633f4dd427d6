import type { SreEraModel } from '../../model/index.ts';
import type { ComparedHome } from './placement-table.ts';

/**
 * "Reporting Lines" (§12.7.1): who reports into each organization, per model, by the options of
 * §12.7. The chapter's row for the development organization omits the "you build it, SRE run
 * it" cell; it is filled in from §12.7, whose option 1 places that SRE team in the development
 * organization just as for shared on-call. An empty cell is the chapter's "N/A".
 */
export const REPORTING_LINES_TABLE: Readonly<
  Record<ComparedHome, Readonly<Record<SreEraModel, readonly string[]>>>
> = {
  development: {
    'you-run-it': ['Developers (option 1)', 'SREs (option 2, 3)'],
    'you-and-sre-run-it': ['Developers', 'SREs (option 1)'],
    'sre-runs-it': ['Developers', 'SREs (option 1)'],
  },
  operations: {
    'you-run-it': ['SRE infrastructure engineers'],
    'you-and-sre-run-it': ['SREs (option 2)', 'SRE infrastructure engineers (option 1, 2)'],
    'sre-runs-it': ['SREs (option 2)', 'SRE infrastructure engineers (option 1, 2)'],
  },
  sre: {
    'you-run-it': [],
    'you-and-sre-run-it': ['SREs (option 3)', 'SRE infrastructure engineers (option 3)'],
    'sre-runs-it': ['SREs (option 3)', 'SRE infrastructure engineers (option 3)'],
  },
};

/**
 * "New Director or VP for a New SRE Organization" (§12.8.2): only an SRE organization running
 * the SRE team models needs a new director or VP; SREs reporting into the development or
 * operations organization do not. Undefined is the chapter's "-".
 */
export const NEW_DIRECTOR_TABLE: Readonly<
  Record<ComparedHome, Readonly<Record<SreEraModel, string | undefined>>>
> = {
  development: {
    'you-run-it': undefined,
    'you-and-sre-run-it': undefined,
    'sre-runs-it': undefined,
  },
  operations: {
    'you-run-it': undefined,
    'you-and-sre-run-it': undefined,
    'sre-runs-it': undefined,
  },
  sre: {
    'you-run-it': undefined,
    'you-and-sre-run-it': 'New director or VP',
    'sre-runs-it': 'New director or VP',
  },
};
