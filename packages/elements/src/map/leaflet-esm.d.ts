// Leaflet 1.9 has no "module" field or exports map: its ES module build is imported by path,
// with the types of @types/leaflet.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
