// Jest maps CSS imports here: styles do not matter to component tests.
export {};
