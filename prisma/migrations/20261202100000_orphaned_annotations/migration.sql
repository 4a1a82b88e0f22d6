-- AlterTable: an annotation that could not be placed in a new article version is kept, orphaned.
ALTER TABLE "annotations" ADD COLUMN     "orphaned_at" TIMESTAMPTZ(3);
