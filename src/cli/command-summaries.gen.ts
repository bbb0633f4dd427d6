// Generated from the commands by `npm run examples` (scripts/reference-docs.ts); do not edit.

/** What `whorunsit --help` lists of each command, so that listing them loads none of them. */
export const COMMAND_SUMMARIES: Readonly<
  Record<string, { readonly term: string; readonly description: string } | undefined>
> = {
  "validate": {
    "term": "validate [options] <paths...>",
    "description": "check that model files are well-formed and every reference resolves"
  },
  "get": {
    "term": "get [options] <kind> [name]",
    "description": "list the services, teams, rotations or people of the model as a table"
  },
  "describe": {
    "term": "describe [options] <kind> <name>",
    "description": "one service on one screen: owner, run model and why, SRE team, who is on call, error budget, cost, findings"
  },
  "import": {
    "term": "import [options] <paths...>",
    "description": "read a Backstage catalog and OpenSLO, Sloth or slo-generator files with whorunsit documents, and say what the model still needs"
  },
  "check": {
    "term": "check [options] <paths...>",
    "description": "check the organization against the rules of SRE organizational design (§12); exit 1 on any error (or warning, with --fail-on warning)"
  },
  "plan": {
    "term": "plan [options] <paths...>",
    "description": "the operating model plan: what to do, what it costs, what could go wrong — placement options, cost, business case, risks, charts (§12.2–§12.10)"
  },
  "schema": {
    "term": "schema [options]",
    "description": "print the JSON Schema of whorunsit/v1 documents, for editor completion"
  },
  "init": {
    "term": "init [options] <dir>",
    "description": "write a starter model that passes check into a folder"
  },
  "careers": {
    "term": "careers [options] <paths...>",
    "description": "SRE roles, the career path and, per person, met / unmet / unknown criteria for their role and the next level (§12.9, §12.10)"
  },
  "diff": {
    "term": "diff [options] <today...>",
    "description": "plan the change from today's model to the target: its cost, staffing and risks, who goes on call first, run models, reporting lines, roles, rollout (§12.12)"
  },
  "compare": {
    "term": "compare [options] <scenarios...>",
    "description": "put two or three models of the organization side by side: run models, SRE teams and levels, on-call design and cost, total cost, risks"
  },
  "budgets": {
    "term": "budgets [options] <paths...>",
    "description": "error budget per service for its policy window: allowed, consumed, remaining"
  },
  "alerts": {
    "term": "alerts [options] <paths...>",
    "description": "when burn-rate alerts would have fired and resolved (the policy's, else the SRE Workbook's)"
  },
  "rules": {
    "term": "rules [options] <paths...>",
    "description": "Prometheus recording rules for SLI error ratios and multiwindow, multi-burn-rate alerts from each error budget policy"
  },
  "handover": {
    "term": "handover [options] <paths...>",
    "description": "who runs each service, period by period, as its error budget policy decides (§12.5)"
  },
  "kpis": {
    "term": "kpis [options] <paths...>",
    "description": "SRE team KPIs per period (§12.4.8): MTTR, MTBF, downtime, budgets, incidents"
  },
  "value": {
    "term": "value [options] <paths...>",
    "description": "revenue lost to customer-visible incidents and protected against a baseline (§12.8.5)"
  },
  "staffing": {
    "term": "staffing [options] <paths...>",
    "description": "SRE teams, SREs by level and location, a hiring list, rotation sizes, and budget and head count limits (§12.4.1, §12.4.6, §12.6, §12.10.2)"
  },
  "oncall-cost": {
    "term": "oncall-cost [options] <paths...>",
    "description": "on-call design and cost per month: today, the §12.6 optimized design and a team rotation for every team, and compensation per person (§12.9.5)"
  },
  "schedule": {
    "term": "schedule [options] <paths...>",
    "description": "on-call schedule for a range: shifts per rotation at local handoff times across DST, follow-the-sun, fair turns, absences, overrides, gaps and conflicts"
  },
  "oncall": {
    "term": "oncall [options] <paths-and-service...>",
    "description": "who is on call for a service now (or --at a moment): thin layer first, then the team rotation it forwards to"
  },
  "hours": {
    "term": "hours [options] <paths...>",
    "description": "hours on call per person for a range: business hours, off-hours, weekend (the input to compensation, §12.9.5)"
  },
  "chargeback": {
    "term": "chargeback [options] <paths...>",
    "description": "a month's SRE support statements per consumer cost center at the transfer price, and the SRE offerings with their price models (§12.4.3, §12.4.7)"
  },
  "serve": {
    "term": "serve [options]",
    "description": "run the server: model revisions, who runs each service now, alert routing (SQLite by default, PostgreSQL with DATABASE_URL)"
  },
  "push": {
    "term": "push [options] <paths...>",
    "description": "upload model files to a server as a new revision (validated there first)"
  },
  "gate": {
    "term": "gate [options] <service>",
    "description": "whether a service may be deployed now: exit 0 allowed, 1 frozen by its error budget policy's release freeze (§12.5)"
  },
  "token": {
    "term": "token",
    "description": "create, list and revoke API tokens of a server (works on its data folder or database); each takes --json"
  },
  "backup": {
    "term": "backup [options] <file>",
    "description": "copy a server's SQLite database to a file while the server runs (PostgreSQL: pg_dump)"
  },
  "restore": {
    "term": "restore [options] <file>",
    "description": "restore a backup into a data folder that has no database yet, then migrate it"
  },
  "completion": {
    "term": "completion [options] <shell>",
    "description": "print the shell completion script: commands, options and names of services, teams and rotations from the model in the current folder"
  }
};
