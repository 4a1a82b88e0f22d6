-- Change events for live progress (lib/events/): every write that changes a student's progress
-- or the class comparison sends a NOTIFY on the channel "slant_changes", whatever code path made
-- it (a single save, a batch, an import, a cascade, a script). NOTIFY inside a transaction is
-- delivered on commit, and not at all on rollback. The payload carries ids and a kind only,
-- never content: {"k":"annotation"|"submission","a":<assignment id>,"s":<student id>}, or for a
-- class membership {"k":"enrollment","c":<class id>,"s":<user id>}. PostgreSQL sends identical
-- payloads of one transaction once, so an import of a thousand highlights is one notification.

CREATE FUNCTION "slant_notify_annotation_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  owner RECORD;
BEGIN
  SELECT "assignment_id", "user_id" INTO owner FROM "submissions"
   WHERE "id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."submission_id" ELSE NEW."submission_id" END;
  -- A cascade from a deleted submission finds it gone; that delete sends its own notification.
  IF FOUND THEN
    PERFORM pg_notify('slant_changes', json_build_object('k', 'annotation', 'a', owner."assignment_id", 's', owner."user_id")::text);
  END IF;
  RETURN NULL;
END
$$;

-- A change to a row that names its own scope: TG_ARGV is the kind, the payload key of the scope
-- ("a" or "c") and the column holding it; the student is the row's user_id.
CREATE FUNCTION "slant_notify_row_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;
  PERFORM pg_notify('slant_changes', json_build_object('k', TG_ARGV[0], TG_ARGV[1], changed->>TG_ARGV[2], 's', changed->>'user_id')::text);
  RETURN NULL;
END
$$;

CREATE TRIGGER "annotations_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "annotations"
  FOR EACH ROW EXECUTE FUNCTION "slant_notify_annotation_change"();

CREATE TRIGGER "submissions_notify_change" AFTER INSERT OR DELETE ON "submissions"
  FOR EACH ROW EXECUTE FUNCTION "slant_notify_row_change"('submission', 'a', 'assignment_id');

-- Only what progress and the comparison show: not the first look at classmates' work, a comment or a score.
CREATE TRIGGER "submissions_notify_state_change" AFTER UPDATE OF "status", "submitted_at", "returned_at", "locked" ON "submissions"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."submitted_at" IS DISTINCT FROM NEW."submitted_at"
        OR OLD."returned_at" IS DISTINCT FROM NEW."returned_at" OR OLD."locked" IS DISTINCT FROM NEW."locked")
  EXECUTE FUNCTION "slant_notify_row_change"('submission', 'a', 'assignment_id');

CREATE TRIGGER "enrollments_notify_change" AFTER INSERT OR DELETE ON "enrollments"
  FOR EACH ROW EXECUTE FUNCTION "slant_notify_row_change"('enrollment', 'c', 'class_id');
