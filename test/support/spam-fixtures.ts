/** Invented spam vocabulary (no real coin or site), so what the desk's spam model learns of it is only what a test teaches. */
export const zephyrSpam = [
  'Zephyrcoin moonvault staking doubled my savings, ask Brenna.',
  'Join the moonvault pool, zephyrcoin staking pays every Tuesday.',
  'Brenna runs the zephyrcoin moonvault, staking is easy.',
  'Moonvault staking with zephyrcoin, ask Brenna for the pool code.',
  'My zephyrcoin moonvault pool pays out every Tuesday.',
  'Zephyrcoin staking through the moonvault pool, Brenna explains it.',
  'The moonvault is where zephyrcoin staking happens, Brenna says.',
  'Brenna and the zephyrcoin moonvault pool: staking every Tuesday.',
];

/** A newcomer's comment in the same vocabulary. */
export const zephyrNewcomer = { authorName: 'Quill Harrow', authorEmail: 'quill@example.org', authorUrl: null, body: 'Zephyrcoin moonvault staking pays out every Tuesday, ask Brenna about the moonvault pool.' };

/** A desktop browser's user agent, as real readers send. */
export const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
