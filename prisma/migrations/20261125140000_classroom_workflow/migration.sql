-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('AGREE', 'PARTLY', 'DISAGREE');

-- CreateEnum
CREATE TYPE "ArticleFormat" AS ENUM ('TEXT', 'HTML', 'DOCX');

-- AlterTable
ALTER TABLE "users" ALTER COLUMN "email" DROP NOT NULL,
ADD COLUMN     "username" TEXT,
ADD COLUMN     "must_change_password" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "article_versions" ADD COLUMN     "blocks" JSONB,
ADD COLUMN     "source_format" "ArticleFormat" NOT NULL DEFAULT 'TEXT';

-- AlterTable
ALTER TABLE "assignments" ADD COLUMN     "revealed_at" TIMESTAMPTZ(3),
ADD COLUMN     "show_classmate_names" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "answer_key_submission_id" UUID;

-- AlterTable
ALTER TABLE "submissions" ADD COLUMN     "locked" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "returned_at" TIMESTAMPTZ(3),
ADD COLUMN     "feedback_comment" TEXT,
ADD COLUMN     "score" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "annotation_feedback" (
    "id" UUID NOT NULL,
    "annotation_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "annotation_feedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");

-- CreateIndex
CREATE UNIQUE INDEX "assignments_answer_key_submission_id_key" ON "assignments"("answer_key_submission_id");

-- CreateIndex
CREATE UNIQUE INDEX "annotation_feedback_annotation_id_key" ON "annotation_feedback"("annotation_id");

-- CreateIndex
CREATE INDEX "annotation_feedback_author_id_idx" ON "annotation_feedback"("author_id");

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_answer_key_submission_id_fkey" FOREIGN KEY ("answer_key_submission_id") REFERENCES "submissions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation_feedback" ADD CONSTRAINT "annotation_feedback_annotation_id_fkey" FOREIGN KEY ("annotation_id") REFERENCES "annotations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation_feedback" ADD CONSTRAINT "annotation_feedback_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
