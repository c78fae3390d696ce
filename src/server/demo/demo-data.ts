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
  { email: 'wirtschaft@beispielberg.example', displayName: 'Miriam Koch', role: 'municipality_admin', org: 'beispielberg' },
  { email: 'wirtschaft@exempeldorf.example', displayName: 'Tobias Richter', role: 'municipality_admin', org: 'exempeldorf' },
  { email: 'wirtschaft@modellfeld.example', displayName: 'Laura Neumann', role: 'municipality_admin', org: 'modellfeld' },
  { email: 'wirtschaft@musterbach.example', displayName: 'Sebastian Huber', role: 'municipality_admin', org: 'musterbach' },
  { email: 'wirtschaft@kreis-musterhagen.example', displayName: 'Claudia Becker', role: 'municipality_admin', org: 'kreis-nw' },
];

export const IHK_SCHEME = 'ihk-mittelstandsfreundliche-kommune';
