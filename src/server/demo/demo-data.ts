// Demo tenants and users. Every name is invented ("Muster…", "Beispiel…") so that no
// real municipality is shown with scores it never had. Passwords are listed in README.md.

export const DEMO_PASSWORD = 'Siegelwerk-Demo-2026';

export const demoCertifier = { key: 'ihk', name: 'IHK Musterregion' };

export const demoDistricts = [
  { key: 'kreis-nw', name: 'Kreis Musterhagen', stateCode: 'NW', ags: '05999000', population: 310_000 },
  { key: 'kreis-by', name: 'Landkreis Mustertal', stateCode: 'BY', ags: '09999000', population: 128_000 },
] as const;

export const demoMunicipalities = [
  { key: 'musterhagen', name: 'Stadt Musterhagen', district: 'kreis-nw', stateCode: 'NW', ags: '05999004', population: 61_000 },
  { key: 'beispielberg', name: 'Stadt Beispielberg', district: 'kreis-nw', stateCode: 'NW', ags: '05999008', population: 38_500 },
  { key: 'exempeldorf', name: 'Gemeinde Exempeldorf', district: 'kreis-nw', stateCode: 'NW', ags: '05999012', population: 12_300 },
  { key: 'modellfeld', name: 'Stadt Modellfeld', district: 'kreis-nw', stateCode: 'NW', ags: '05999016', population: 24_800 },
  { key: 'musterbach', name: 'Markt Musterbach', district: 'kreis-by', stateCode: 'BY', ags: '09999131', population: 9_400 },
] as const;

export type DemoUser = {
  email: string;
  displayName: string;
  role: 'platform_admin' | 'certifier_admin' | 'auditor' | 'municipality_admin' | 'municipality_member';
  org: string; // key of the organisation above, or 'platform'
};

export const demoUsers: DemoUser[] = [
  { email: 'admin@siegelwerk.example', displayName: 'Plattform-Administration', role: 'platform_admin', org: 'platform' },
  { email: 'leitung@ihk-musterregion.example', displayName: 'Dr. Petra Lang', role: 'certifier_admin', org: 'ihk' },
  { email: 'audit@ihk-musterregion.example', displayName: 'Jonas Berger', role: 'auditor', org: 'ihk' },
  { email: 'wirtschaft@musterhagen.example', displayName: 'Anna Schmidt', role: 'municipality_admin', org: 'musterhagen' },
  { email: 'team@musterhagen.example', displayName: 'Felix Wagner', role: 'municipality_member', org: 'musterhagen' },
  { email: 'lotse@musterhagen.example', displayName: 'Jan Petersen', role: 'municipality_member', org: 'musterhagen' },
  { email: 'wirtschaft@beispielberg.example', displayName: 'Miriam Koch', role: 'municipality_admin', org: 'beispielberg' },
  { email: 'wirtschaft@exempeldorf.example', displayName: 'Tobias Richter', role: 'municipality_admin', org: 'exempeldorf' },
  { email: 'wirtschaft@modellfeld.example', displayName: 'Laura Neumann', role: 'municipality_admin', org: 'modellfeld' },
  { email: 'wirtschaft@musterbach.example', displayName: 'Sebastian Huber', role: 'municipality_admin', org: 'musterbach' },
  { email: 'wirtschaft@kreis-musterhagen.example', displayName: 'Claudia Becker', role: 'municipality_admin', org: 'kreis-nw' },
];

export const IHK_SCHEME = 'ihk-mittelstandsfreundliche-kommune';

/** Pilots (Lotsen) of the demo administrations; Jan Petersen logs in and works his worklist. */
export const demoPilots: Record<string, { name: string; jobTitle: string; email: string; phone: string; userEmail?: string }[]> = {
  'kreis-nw': [
    {
      name: 'Claudia Becker',
      jobTitle: 'Wirtschaftsförderung des Kreises',
      email: 'wirtschaft@kreis-musterhagen.example',
      phone: '02361 53-0',
    },
  ],
  musterhagen: [
    {
      name: 'Jan Petersen',
      jobTitle: 'Lotse Wirtschaftsförderung',
      email: 'lotse@musterhagen.example',
      phone: '02365 99-210',
      userEmail: 'lotse@musterhagen.example',
    },
    { name: 'Anna Schmidt', jobTitle: 'Leitung Wirtschaftsförderung', email: 'wirtschaft@musterhagen.example', phone: '02365 99-200' },
  ],
  beispielberg: [
    { name: 'Miriam Koch', jobTitle: 'Lotsin für Unternehmen', email: 'wirtschaft@beispielberg.example', phone: '02366 41-100' },
  ],
  exempeldorf: [
    { name: 'Tobias Richter', jobTitle: 'Wirtschaftsförderung', email: 'wirtschaft@exempeldorf.example', phone: '02367 12-30' },
  ],
  modellfeld: [{ name: 'Laura Neumann', jobTitle: 'Lotsin Wirtschaft', email: 'wirtschaft@modellfeld.example', phone: '02368 70-0' }],
  musterbach: [
    { name: 'Sebastian Huber', jobTitle: 'Geschäftsleitung Markt', email: 'wirtschaft@musterbach.example', phone: '08051 300-0' },
  ],
};

/** Where a demo administration misses a promise more often than the 15 % allowed (so the figures show it). */
export const demoLateShares: Record<string, Record<string, number>> = {
  beispielberg: { baugenehmigung: 0.22, 'bau-eingang': 0.12 },
  exempeldorf: { bauberatung: 0.1 },
  musterbach: { rechnungen: 0.18 },
};

/** The administrations that promise something: email of their admin, Land. */
export const demoAdministrations = [
  { org: 'kreis-nw', admin: 'wirtschaft@kreis-musterhagen.example', stateCode: 'NW' },
  { org: 'musterhagen', admin: 'wirtschaft@musterhagen.example', stateCode: 'NW' },
  { org: 'beispielberg', admin: 'wirtschaft@beispielberg.example', stateCode: 'NW' },
  { org: 'exempeldorf', admin: 'wirtschaft@exempeldorf.example', stateCode: 'NW' },
  { org: 'modellfeld', admin: 'wirtschaft@modellfeld.example', stateCode: 'NW' },
  { org: 'musterbach', admin: 'wirtschaft@musterbach.example', stateCode: 'BY' },
] as const;
