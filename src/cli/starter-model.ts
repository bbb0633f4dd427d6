/** The small, valid model `whorunsit init` writes: one file per concern, ready to edit. */
export const STARTER_FILES: Readonly<Record<string, string>> = {
  'organizations.yaml': `# Organizations: the product delivery organization and the ones inside it (§12.4).
apiVersion: whorunsit/v1
kind: Organization
metadata:
  name: product
spec:
  type: product-delivery
  head: pat
  availabilityTiers: { high: 99.9, medium: 99.5 }
---
apiVersion: whorunsit/v1
kind: Organization
metadata:
  name: development
spec:
  type: development
  parent: product
`,
  'teams.yaml': `# Teams and their people. In "you build it, you run it" each team runs what it builds (§12.3).
apiVersion: whorunsit/v1
kind: Team
metadata:
  name: web
spec:
  type: development
  organization: development
  domain: shop
  manager: sam
  setup: developers-on-rotation
---
apiVersion: whorunsit/v1
kind: Person
metadata:
  name: pat
spec:
  displayName: Pat Head
  role: manager
  timezone: Europe/Berlin
---
apiVersion: whorunsit/v1
kind: Person
metadata:
  name: sam
spec:
  displayName: Sam Manager
  team: web
  role: manager
  reportsTo: pat
  timezone: Europe/Berlin
---
apiVersion: whorunsit/v1
kind: Person
metadata:
  name: alex
spec:
  displayName: Alex Developer
  team: web
  role: developer
  reportsTo: sam
  timezone: Europe/Berlin
  onCall: true
---
apiVersion: whorunsit/v1
kind: Person
metadata:
  name: kim
spec:
  displayName: Kim Developer
  team: web
  role: developer
  reportsTo: sam
  timezone: Europe/Berlin
  onCall: true
`,
  'services.yaml': `# Services: who owns each, who runs it, and how reliable it must be.
apiVersion: whorunsit/v1
kind: Service
metadata:
  name: storefront
spec:
  owner: web
  runModel: you-run-it
  domain: shop
  availabilityTarget: 99.5
  demand: medium
`,
  'on-call.yaml': `# On call: who is paged for what, and how standby is compensated (§12.6, §12.9.5).
apiVersion: whorunsit/v1
kind: Rotation
metadata:
  name: web-team
spec:
  type: team
  coverage: 8x7
  timezone: Europe/Berlin
  shiftLength: 1w
  handoff: "Mon 09:00"
  members: [alex, kim]
  covers: { teams: [web] }
---
apiVersion: whorunsit/v1
kind: CompensationPolicy
metadata:
  name: standard
spec:
  currency: EUR
  businessHours: { days: [mon, tue, wed, thu, fri], start: "09:00", end: "17:00" }
  standbyPerHour: 5
  incidentPerHour: 40
  timeOffPerStandbyHour: 0.1
  timeOffPerIncidentHour: 1.5
`,
};
