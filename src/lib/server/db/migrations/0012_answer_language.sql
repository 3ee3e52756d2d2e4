ALTER TABLE "answer_history" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "language" text;