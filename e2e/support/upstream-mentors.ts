/** The fake upstream's mentors (e2e/support/fake-upstream.ts), for the proxy specs to choose from. */
// Two mentors share a name, as they can on a real tenant; only the id tells them apart.
export const UPSTREAM_MENTORS = [
  { id: 11, name: 'Physics Pal', unique_id: '42424242-4242-4242-8242-424242424242', slug: 'physics-pal', description: 'Mechanics and waves.' },
  { id: 12, name: 'Physics Pal', unique_id: '7e57ab1e-0000-4000-8000-00000000beef', slug: 'physics-pal-2', description: 'The evening section.' },
  { id: 13, name: 'Chemistry Coach', unique_id: 'c0ffee00-1111-4222-8333-444455556666', slug: 'chemistry-coach', description: 'Reactions and <b>bonds</b>.' },
];
