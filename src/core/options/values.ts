// How one input's text becomes a value: the error names the input and links its README entry.
import { InputError } from '../errors.js';
import type { InputName } from './inputs.js';

export function inputError(name: InputName, detail: string): InputError {
  return new InputError(name, `${detail}. See README#${name}`);
}

export function oneOf<T extends string>(name: InputName, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw inputError(name, `must be one of ${allowed.join(', ')}, got "${value}"`);
}

export function bool(name: InputName, value: string): boolean {
  // The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw inputError(name, `must be true or false, got "${value}"`);
}

export function wholeNumber(name: InputName, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw inputError(name, `must be a whole number from ${min} to ${max}, got "${value}"`);
  return Number(value);
}

export function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
