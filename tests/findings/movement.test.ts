// The judging rules shared above compute (scripts/findings/movement.ts): tolerance edges and better or worse by
// direction; and the one direction sign (scripts/compute/direction.ts), which has no better side for neutraal.
import { describe, expect, it } from 'vitest';
import { directionSign, improvementSign } from '../../scripts/compute/direction.ts';
import { evaluation, movement, tolerance } from '../../scripts/findings/movement.ts';

describe('tolerance: when a difference is "vrijwel gelijk"', () => {
  it('uses half a percentage point for procent, exactly at the edge', () => {
    expect(tolerance('procent')).toBe(0.5);
    expect(movement(0.49, 'procent')).toBe('gelijk');
    expect(movement(-0.49, 'procent')).toBe('gelijk');
    expect(movement(0.5, 'procent')).toBe('stijging');
    expect(movement(-0.5, 'procent')).toBe('daling');
  });

  it('uses five hundredths for grades, so "gelijk" is what shows as 0,0', () => {
    expect(movement(0.04, 'cijfer')).toBe('gelijk');
    expect(movement(0.05, 'cijfer')).toBe('stijging');
    expect(movement(-0.3, 'cijfer')).toBe('daling');
  });

  it('uses one percent of the base for counts and money, at least half a unit', () => {
    expect(tolerance('aantal', 30000)).toBe(300);
    expect(movement(299, 'aantal', 30000)).toBe('gelijk');
    expect(movement(-300, 'aantal', 30000)).toBe('daling');
    expect(tolerance('aantal', 10)).toBe(0.5);
    expect(movement(1, 'aantal', 10)).toBe('stijging');
    expect(tolerance('euro', -2000)).toBe(20);
  });
});

describe('better or worse depends on the direction', () => {
  it('calls a fall an improvement when lower is better', () => {
    expect(evaluation(-6.3, 'lager_beter', 'procent')).toBe('verbetering');
    expect(evaluation(6.3, 'lager_beter', 'procent')).toBe('verslechtering');
    expect(evaluation(2, 'hoger_beter', 'procent')).toBe('verbetering');
  });

  it('has no verdict for neutraal indicators or changes within the tolerance', () => {
    expect(evaluation(10, 'neutraal', 'aantal')).toBeNull();
    expect(evaluation(0.2, 'hoger_beter', 'procent')).toBeNull();
  });
});

describe('the direction sign', () => {
  it('has no better side for neutraal, and keeps its plain difference on the improvement scale', () => {
    expect([directionSign('hoger_beter'), directionSign('lager_beter'), directionSign('neutraal')]).toEqual([1, -1, 0]);
    expect([improvementSign('hoger_beter'), improvementSign('lager_beter'), improvementSign('neutraal')]).toEqual([1, -1, 1]);
  });
});
