// Geometry on WGS84 points and boxes, for every domain that places things on a map (feedback
// pins, volunteering sites, bookable units). No city's coordinates live here: the city's map
// centre and area are the server's configuration (GET /api/v1/site, core/site).
/** Mean Earth radius in metres (IUGG), as the haversine formula uses it. */
export const EARTH_RADIUS_M = 6_371_008.8;

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** A bounding box in WGS84 degrees: [west, south, east, north] (the GeoJSON / OGC order). */
export type BoundingBox = readonly [west: number, south: number, east: number, north: number];

/** The centre of a bounding box (where a map opens when only the city's area is known). */
export function centreOf([west, south, east, north]: BoundingBox): LatLon {
  return { lat: (south + north) / 2, lon: (west + east) / 2 };
}

const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres between two WGS84 points (haversine). */
export function distanceMeters(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function inBoundingBox(point: LatLon, [west, south, east, north]: BoundingBox): boolean {
  return point.lon >= west && point.lon <= east && point.lat >= south && point.lat <= north;
}

/**
 * The box around a point that holds every point within `meters` of it (a prefilter for a
 * database query; the exact test is `distanceMeters`).
 */
export function boundingBoxAround(point: LatLon, meters: number): BoundingBox {
  const dLat = (meters / EARTH_RADIUS_M) * (180 / Math.PI);
  const dLon = dLat / Math.max(Math.cos(rad(point.lat)), 1e-6);
  return [point.lon - dLon, point.lat - dLat, point.lon + dLon, point.lat + dLat];
}

/** Parses "west,south,east,north" into a box, or null when it is not one. */
export function parseBoundingBox(text: string): BoundingBox | null {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length !== 4 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [west, south, east, north] = parts.map(Number) as [number, number, number, number];
  if (west < -180 || east > 180 || south < -90 || north > 90 || west > east || south > north) return null;
  return [west, south, east, north];
}

export function formatBoundingBox(box: BoundingBox): string {
  return box.map((n) => Number(n.toFixed(6))).join(',');
}

/** Moves a point by whole metres north and east (keyboard nudging of a map pin). */
export function movePoint(point: LatLon, northMeters: number, eastMeters: number): LatLon {
  const dLat = (northMeters / EARTH_RADIUS_M) * (180 / Math.PI);
  const dLon = (eastMeters / (EARTH_RADIUS_M * Math.cos(rad(point.lat)))) * (180 / Math.PI);
  return { lat: round6(point.lat + dLat), lon: round6(point.lon + dLon) };
}

/** Six decimals of a degree: about 10 cm, more than a phone's GPS knows. */
export const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;
