-- The scale of an assignment's scores: "8 / 10". Optional, so assignments set before it keep
-- their bare scores. The range is checked here too, so no code path can store a scale of 0.
ALTER TABLE "assignments" ADD COLUMN "score_out_of" INTEGER;
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_score_out_of_range" CHECK ("score_out_of" BETWEEN 1 AND 1000);
