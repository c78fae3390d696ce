// The quality representatives API as the web sees it (src/server/quality-reps/quality-rep.schemas.ts).

export type QualityRep = {
  id: string;
  department: string;
  name: string;
  email: string;
  phone: string | null;
  centralManager: boolean;
  active: boolean;
  createdAt: string;
};

export type QualityRepList = {
  municipality: { id: string; name: string };
  items: QualityRep[];
  permissions: { edit: boolean };
};

export type QualityRepInput = {
  department: string;
  name: string;
  email: string;
  phone: string | null;
  centralManager: boolean;
  active: boolean;
};
