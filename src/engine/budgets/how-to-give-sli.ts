/**
 * How the reader gives the SLI samples a plan or a change plan was made without (§12.5): in the
 * words of the edge they use (a CLI flag, a server endpoint), so each edge defines its sentence
 * once and passes it in; the engine only carries it. An imperative that reads on with "to …",
 * code in backticks. This neutral one names no edge: for callers that render no advice.
 */
export const GIVE_SLI_SAMPLES =
  'Give the SLI samples (good and total events per service over time)';
