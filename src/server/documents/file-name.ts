/** A download's name, e.g. "Auditbericht-Kreis_Größental.pdf": anything but letters, digits and "-" in the name becomes "_". */
export function documentFileName(documentName: string, municipalityName: string, extension: 'pdf' | 'xlsx'): string {
  return `${documentName}-${municipalityName.replace(/[^\p{L}\p{N}-]+/gu, '_')}.${extension}`;
}
