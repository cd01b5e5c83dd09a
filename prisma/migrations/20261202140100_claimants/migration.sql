-- Claimant records (issue 10): who said it, once across articles. A claim's speaker, as the
-- extractor or an editor wrote it, is linked to a record by alias in the database itself (a
-- trigger on claims), so an import, a new version, a claim marked by hand or an edited
-- attribution all link the same way. Editors rename, describe and merge records
-- (lib/data/claimants.ts); the ClaimReview markup takes its type, jobTitle and sameAs from them.

-- AlterEnum
ALTER TYPE "EventEntity" ADD VALUE 'claimant';
ALTER TYPE "EventAction" ADD VALUE 'claimant.update';
ALTER TYPE "EventAction" ADD VALUE 'claimant.merge';

CREATE TABLE "claimants" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "ClaimantType" NOT NULL DEFAULT 'person',
    "role" TEXT,
    "same_as" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claimants_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "claimants" ADD CONSTRAINT "claimants_version_positive" CHECK ("version" >= 1);
ALTER TABLE "claimants" ADD CONSTRAINT "claimants_same_as_http" CHECK ("same_as" IS NULL OR "same_as" ~ '^https?://');
CREATE INDEX "claimants_name_idx" ON "claimants" ("name");

-- Every name a record answers to, by its key (claimant_key below). A key belongs to one record at
-- most: `derived` keys are surnames taken from a person's full name ("putin" for "Vladimir
-- Putin"); when two people share one, the key is kept with no record (ambiguous: "Johnson" alone
-- links to nobody rather than to the wrong Johnson).
CREATE TABLE "claimant_aliases" (
    "key" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "claimant_id" TEXT,
    "derived" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "claimant_aliases_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "claimant_aliases_claimant_id_idx" ON "claimant_aliases" ("claimant_id");
ALTER TABLE "claimant_aliases" ADD CONSTRAINT "claimant_aliases_claimant_id_fkey" FOREIGN KEY ("claimant_id") REFERENCES "claimants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "claimant_aliases" ADD CONSTRAINT "claimant_aliases_owned" CHECK ("derived" OR "claimant_id" IS NOT NULL);

ALTER TABLE "claims" ADD COLUMN "claimant_id" TEXT;
ALTER TABLE "claims" ADD CONSTRAINT "claims_claimant_id_fkey" FOREIGN KEY ("claimant_id") REFERENCES "claimants"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "claims_claimant_id_idx" ON "claims" ("claimant_id", "updated_at", "id");

-- A name's key: lower case, possessives and punctuation dropped, and for a person one leading
-- honorific or title ("Mr Putin", "President Putin" → "putin"). NULL for what names no one in
-- particular: an indefinite description ("A Ukrainian military spokesman", "officials") or a
-- pronoun, anything without a capital letter.
CREATE FUNCTION claimant_key(name text, person boolean) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN name IS NULL OR name !~ '[[:upper:]]' OR name ~* '^\s*(a|an|some|several|many|two|three|one|officials?|sources?)\s' THEN NULL
    ELSE nullif(btrim(regexp_replace(
      regexp_replace(regexp_replace(lower(name), '[''’]s\y', '', 'g'), '[^[:alnum:]]+', ' ', 'g'),
      CASE WHEN person
        THEN '^\s*(the|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|president|prime minister|pm|minister|senator|sen|rep|representative|gov|governor|mayor|general|gen|chancellor|judge|justice|king|queen|prince|princess)\s+'
        ELSE '^\s*the\s+' END,
      '')), '')
  END
$$;

-- The record a speaker's name links to, created when none answers to it. Concurrent imports of
-- the same new name meet on the key's primary key: the second waits, finds the first's record
-- and drops its own.
CREATE FUNCTION claimant_resolve(p_name text, p_type "ClaimantType", p_role text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  person boolean := coalesce(p_type, 'person') = 'person';
  k text := claimant_key(p_name, person);
  surname text;
  rid text;
BEGIN
  IF k IS NULL THEN RETURN NULL; END IF;
  SELECT claimant_id INTO rid FROM claimant_aliases WHERE key = k;
  IF FOUND THEN RETURN rid; END IF;
  surname := CASE WHEN person AND position(' ' IN k) > 0 THEN regexp_replace(k, '^.* ', '') END;
  -- "Vladimir Putin" after a record made from "Mr Putin" alone: the full name joins that record.
  IF surname IS NOT NULL THEN
    SELECT a.claimant_id INTO rid FROM claimant_aliases a JOIN claimants c ON c.id = a.claimant_id
      WHERE a.key = surname AND NOT a.derived AND c.type = 'person';
    IF rid IS NOT NULL THEN
      INSERT INTO claimant_aliases (key, alias, claimant_id) VALUES (k, btrim(p_name), rid) ON CONFLICT (key) DO NOTHING;
      RETURN rid;
    END IF;
  END IF;
  rid := 'cl' || replace(gen_random_uuid()::text, '-', '');
  INSERT INTO claimants (id, name, type, role) VALUES (rid, btrim(p_name), coalesce(p_type, 'person'), nullif(btrim(p_role), ''));
  INSERT INTO claimant_aliases (key, alias, claimant_id) VALUES (k, btrim(p_name), rid) ON CONFLICT (key) DO NOTHING;
  IF NOT FOUND THEN
    DELETE FROM claimants WHERE id = rid;
    SELECT claimant_id INTO rid FROM claimant_aliases WHERE key = k;
    RETURN rid;
  END IF;
  IF surname IS NOT NULL THEN
    INSERT INTO claimant_aliases (key, alias, claimant_id, derived) VALUES (surname, initcap(surname), rid, true)
      ON CONFLICT (key) DO UPDATE SET claimant_id = NULL
      WHERE claimant_aliases.derived AND claimant_aliases.claimant_id IS DISTINCT FROM EXCLUDED.claimant_id;
  END IF;
  RETURN rid;
END $$;

-- A claim links when it is written with a speaker, and again when its speaker's name changes
-- (unless the same statement sets the link itself).
CREATE FUNCTION claims_link_claimant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW.claimant IS NOT DISTINCT FROM OLD.claimant OR NEW.claimant_id IS DISTINCT FROM OLD.claimant_id) THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' AND NEW.claimant_id IS NOT NULL THEN RETURN NEW; END IF;
  NEW.claimant_id := claimant_resolve(NEW.claimant, NEW.claimant_type, NEW.claimant_role);
  RETURN NEW;
END $$;
CREATE TRIGGER claims_link_claimant BEFORE INSERT OR UPDATE OF claimant ON claims FOR EACH ROW EXECUTE FUNCTION claims_link_claimant();

-- The claims already there, oldest first.
WITH linked AS (
  SELECT c.id, claimant_resolve(c.claimant, c.claimant_type, c.claimant_role) AS claimant_id
  FROM claims c WHERE c.claimant IS NOT NULL ORDER BY c.created_at, c.id
)
UPDATE claims c SET claimant_id = linked.claimant_id FROM linked WHERE linked.id = c.id;

-- A claimant's own events name no article, like accounts'.
ALTER TABLE "events" DROP CONSTRAINT "events_article_named";
ALTER TABLE "events" ADD CONSTRAINT "events_article_named"
  CHECK ("entity_type"::text IN ('user', 'sitepage', 'tip', 'webhook', 'claimant') OR "article_id" IS NOT NULL);
