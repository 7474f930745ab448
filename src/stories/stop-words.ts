/** English words that say nothing about which event a report covers. Compared after folding to lower case. */
export const stopWords: ReadonlySet<string> = new Set(
  `a about above after again against ago all almost also although am among an and another any are
  around as at away back be because been before being below between both but by can could did do
  does doing done down during each either else even ever every few for from further get gets getting
  got had has have having he her here hers herself him himself his how however i if in into is it its
  itself just last least less like made make many may me might more most much must my myself near
  never new news no nor not now of off often on once one only or other our ours ourselves out over own
  per perhaps put quite rather really said same say says see seen she should since so some still
  such than that the their theirs them themselves then there these they this those though through
  thus to told too toward towards under until up upon us very via was way we well were what when
  where whether which while who whom whose why will with within without would yet you your yours
  yourself yourselves mr mrs ms dr according reported report reports reporting today yesterday
  tomorrow week weeks year years day days time times people percent s t`.split(/\s+/),
);
