-- Status and assignee are far from independent (suggestions are nobody's; claims past "open" are
-- someone's): without the pair's statistics the planner expected "researching, assigned to
-- nobody" to be found at once by walking the researching claims in order, and walked them all.
-- With these it seeks the (assignee_id, status, …) index: 58 ms → 0.2 ms at 200,000 claims.
CREATE STATISTICS "claims_status_assignee" (mcv) ON "status", "assignee_id" FROM "claims";
CREATE STATISTICS "claims_status_latest_rating" (mcv) ON "status", "latest_rating" FROM "claims";
