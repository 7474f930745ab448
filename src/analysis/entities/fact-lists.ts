/** The fact lists as stored in data/entities/facts/: one sorted array of entries per file (see facts.ts). */
export interface FactLists {
  places: string[];
  orgs: string[];
  orgWords: string[];
  placeWords: string[];
  titles: string[];
  firstNames: string[];
  demonyms: string[];
}
