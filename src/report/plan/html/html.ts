/**
 * Tagged templates for Preact (`htm`): components are plain `.ts` (Node runs them with type
 * stripping, no JSX build step), and the web console can import the same components.
 */
export { html } from 'htm/preact';
