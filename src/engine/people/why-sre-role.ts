/**
 * Why the SRE role is introduced (§12.9.1): a role is "a comprehensive pattern of behaviour that
 * is socially recognized"; the SRE role recognizes the people who do operations by the SRE
 * principles and practices.
 */
export const WHY_SRE_ROLE = {
  definition:
    'An SRE role is a comprehensive pattern of behavior and reliability practice that is socially recognized in the product delivery organization, providing a means of identifying people who do operations according to the SRE principles and practices.',
  insight:
    'Introduce the SRE role in any model of the "who builds it, who runs it?" spectrum: it gives SRE activities an umbrella recognized on par with architecture and development, and dedicated roles may be required for regulatory compliance.',
  benefits: [
    'Identification and social recognition of people practicing SRE in the product delivery organization',
    'Recognition of the ways SRE is practiced: by developers on rotation, as full-time dedicated SRE practice, as full-time dedicated SRE infrastructure implementation and operations',
    'Fulfillment of regulatory compliance requirements for roles and responsibilities in operations',
    'Enablement of a new SRE career path',
  ],
} as const;
