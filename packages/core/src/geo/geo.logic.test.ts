import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  boundingBoxAround,
  distanceMeters,
  EARTH_RADIUS_M,
  formatBoundingBox,
  centreOf,
  inBoundingBox,
  movePoint,
  parseBoundingBox,
} from './geo.logic.js';

/** A point to measure from: Heinola's market square (any point would do). */
const HEINOLA_CENTRE = { lat: 61.2056, lon: 26.0381 };

test('haversine: one degree along a meridian is R·π/180, a quarter meridian is R·π/2', () => {
  const degree = (EARTH_RADIUS_M * Math.PI) / 180;
  assert.ok(Math.abs(distanceMeters({ lat: 61, lon: 26 }, { lat: 62, lon: 26 }) - degree) < 1e-6);
  assert.ok(Math.abs(distanceMeters({ lat: 0, lon: 10 }, { lat: 90, lon: 10 }) - (EARTH_RADIUS_M * Math.PI) / 2) < 1e-6);
  // Along a parallel at 60° N a degree of longitude is about half as long (cos 60° = 0.5).
  const east = distanceMeters({ lat: 60, lon: 25 }, { lat: 60, lon: 25.001 });
  assert.ok(Math.abs(east - degree * 0.001 * 0.5) < 0.01, String(east));
  assert.equal(distanceMeters(HEINOLA_CENTRE, HEINOLA_CENTRE), 0);
});

test('a box around a point holds every point within the distance', () => {
  const box = boundingBoxAround(HEINOLA_CENTRE, 200);
  for (const [n, e] of [[199, 0], [0, 199], [-199, 0], [0, -199], [140, 140]] as const) {
    const p = movePoint(HEINOLA_CENTRE, n, e);
    assert.ok(distanceMeters(HEINOLA_CENTRE, p) < 200.5);
    assert.ok(inBoundingBox(p, box), `${n},${e}`);
  }
  assert.ok(!inBoundingBox(movePoint(HEINOLA_CENTRE, 260, 0), box));
});

test('movePoint moves by metres (10 m north is 10 m away)', () => {
  const p = movePoint(HEINOLA_CENTRE, 10, 0);
  assert.ok(Math.abs(distanceMeters(HEINOLA_CENTRE, p) - 10) < 0.2);
  assert.ok(p.lat > HEINOLA_CENTRE.lat);
});

test('bbox text: parsed in west,south,east,north order, refused when out of range or inverted', () => {
  assert.deepEqual(parseBoundingBox('25.9, 61.1,26.2,61.3'), [25.9, 61.1, 26.2, 61.3]);
  assert.equal(formatBoundingBox([25.9, 61.1, 26.2, 61.3]), '25.9,61.1,26.2,61.3');
  for (const bad of ['', '1,2,3', 'a,b,c,d', '26.2,61.1,25.9,61.3', '0,-91,1,0', '1,2,3,4,5']) assert.equal(parseBoundingBox(bad), null, bad);
});

test('the centre of a box is midway between its edges', () => {
  assert.deepEqual(centreOf([25.5, 60.95, 26.8, 61.5]), { lat: 61.225, lon: 26.15 });
});
