import { describe, expect, it } from 'vitest';
import { isValidMentorId } from '../../shared/identifiers.ts';
import { DEMO_MENTORS } from './catalog.ts';
import { DEFAULT_DEMO_SEED } from './dataset.ts';
import { demoMentorId, demoMentorRecords } from './mentors.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demo mentor ids', () => {
  it('are version 4 UUIDs the mentor filter accepts, one per mentor', () => {
    const ids = DEMO_MENTORS.map((mentor) => demoMentorId(DEFAULT_DEMO_SEED, mentor.key));
    for (const id of ids) {
      expect(id).toMatch(UUID_V4);
      expect(isValidMentorId(id)).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stay the same for the same seed and change with it', () => {
    expect(demoMentorId(DEFAULT_DEMO_SEED, 'physics-pal')).toBe(demoMentorId(DEFAULT_DEMO_SEED, 'physics-pal'));
    expect(demoMentorId(7, 'physics-pal')).not.toBe(demoMentorId(DEFAULT_DEMO_SEED, 'physics-pal'));
  });
});

describe('demoMentorRecords', () => {
  const records = demoMentorRecords(DEFAULT_DEMO_SEED, '2026-03-10');

  it('gives every mentor an integer id, its UUID, name, slug, description and creation time', () => {
    expect(records.size).toBe(DEMO_MENTORS.length);
    const pal = records.get('physics-pal');
    expect(pal).toMatchObject({ name: 'Physics Pal', slug: 'physics-pal', unique_id: demoMentorId(DEFAULT_DEMO_SEED, 'physics-pal') });
    for (const record of records.values()) {
      expect(Number.isInteger(record.id)).toBe(true);
      expect(record.description.length).toBeGreaterThan(10);
      expect(record.description).not.toMatch(/\n/);
      expect(record.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T(0[89]|1\d):\d{2}:00Z$/);
      expect(record.created_at.slice(0, 10) <= '2026-03-10').toBe(true);
    }
  });

  it('dates a mentor launched 40 days ago to then', () => {
    expect(records.get('physics-lab-partner')?.created_at.slice(0, 10)).toBe('2026-01-29');
  });

  it('has names that share a prefix, so a search has something to tell apart', () => {
    const phys = [...records.values()].filter((record) => record.name.startsWith('Phys'));
    expect(phys.map((record) => record.name).sort()).toEqual(['Physics Lab Partner', 'Physics Pal', 'Physiology Tutor']);
  });
});
