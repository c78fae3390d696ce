export const qualityRepKeys = {
  own: ['quality-representatives'] as const,
};
