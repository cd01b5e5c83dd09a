// Issue 10, saved views: a person names the filters of /claims and finds them again; a view is
// the list's own query string, kept only with filters the list accepts.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeUser, resetDatabase } from './db';
import { code } from './claims-helpers';
import { deleteView, listViews, saveView } from '@/lib/data/saved-views';

beforeEach(resetDatabase);

describe('saved views', () => {
  it('saves the list’s filters under a name, lists and deletes only one’s own', async () => {
    const [jo, ed] = [await makeUser('journalist', 'Jo'), await makeUser('editor', 'Ed')];
    // The page position and anything the list does not know are left out.
    await saveView(jo.id, { name: 'Mine in review', query: 'status=in_review&assignee=me&after=abc&evil=1' });
    await saveView(jo.id, { name: 'All', query: '' });
    expect(await listViews(jo.id)).toEqual([
      expect.objectContaining({ name: 'All', href: '/claims' }),
      expect.objectContaining({ name: 'Mine in review', href: '/claims?status=in_review&assignee=me' }),
    ]);
    expect(await listViews(ed.id)).toEqual([]);
    expect(await code(saveView(jo.id, { name: 'All', query: 'status=open' }))).toBe('INVALID');
    expect(await code(saveView(jo.id, { name: 'Bad', query: 'status=nonsense' }))).toBe('INVALID');
    expect(await code(saveView(jo.id, { name: ' ', query: '' }))).toBe('INVALID');
    expect(await code(saveView(null, { name: 'x', query: '' }))).toBe('UNAUTHORIZED');

    const [all] = await listViews(jo.id);
    expect(await code(deleteView(ed.id, { id: all!.id }))).toBe('NOT_FOUND');
    await deleteView(jo.id, { id: all!.id });
    expect((await listViews(jo.id)).map((v) => v.name)).toEqual(['Mine in review']);
  });
});
