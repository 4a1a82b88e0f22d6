-- AlterTable
ALTER TABLE "submissions" ADD COLUMN     "classmates_seen_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "annotations" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "deleted_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "annotation_feedback" ADD COLUMN     "annotation_revision" INTEGER NOT NULL DEFAULT 1;
