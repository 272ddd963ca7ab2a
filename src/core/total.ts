import { decimalsOf } from './format.js';

/** Result of comparing a stated total with the sum of its parts. */
export interface TotalCheck {
  /** Sum of the parts that have a value. */
  sum: number;
  /** The stated total, when the data gives one. */
  stated: number | undefined;
  /** True when the stated total and the sum differ by more than the rounding of the shown digits. */
  mismatch: boolean;
  /** The largest difference that rounding of the shown digits can explain. */
  tolerance: number;
}

/**
 * Compares parts with a stated total. Each published figure may be rounded by
 * half a unit of its last shown digit, so the parts may drift from the total by
 * up to the sum of those half-units: 179.05 of parts against 179.04 stated is
 * quiet, 2,500 against 2,526 is flagged. Nothing is ever rescaled.
 */
export function checkTotal(parts: ReadonlyArray<number | null | undefined>, stated?: number): TotalCheck {
  const known = parts.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  // Sum in integer units of the finest decimal to avoid float drift (0.1 + 0.2).
  const d = Math.max(0, ...known.map(decimalsOf), stated === undefined ? 0 : decimalsOf(stated));
  const scale = 10 ** d;
  const sum = known.reduce((acc, v) => acc + Math.round(v * scale), 0) / scale;
  if (stated === undefined || !Number.isFinite(stated)) {
    return { sum, stated: undefined, mismatch: false, tolerance: 0 };
  }
  const halfUnits = [...known, stated].reduce((acc, v) => acc + 0.5 * 10 ** -decimalsOf(v), 0);
  const tolerance = known.length < parts.length ? Infinity : halfUnits;
  const mismatch = Math.abs(sum - stated) > tolerance + 1e-9 * Math.max(1, Math.abs(stated));
  return { sum, stated, mismatch, tolerance };
}
